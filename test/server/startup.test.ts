// `lessonlint-language-server` starts from one module, and its lint worker from one more
// (dist/server.mjs and dist/server-worker.mjs, with the ILO pack built in; made by
// scripts/build-command.mjs): as some 700 modules they took ~30 MB of each thread.
// Which modules Node loads is read with a module hook that logs them.
import {readFileSync, writeFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {afterEach, expect, test} from 'vitest'
import {DebugStateRequest, type DebugStateResult} from '@lessonlint/language-server/protocol'
import {REPO, TestClient} from './support/client.js'
import {TempWorkspace} from './support/workspace.js'

let workspace: TempWorkspace | undefined
let client: TestClient | undefined
afterEach(async () => {
  await client?.dispose()
  workspace?.dispose()
})

test('the server and its lint worker each load one module besides the bin, and lint in the worker', async () => {
  workspace = new TempWorkspace()
  const log = workspace.path('loaded.log')
  writeFileSync(log, '')
  writeFileSync(
    workspace.path('log-hook.mjs'),
    `import {appendFileSync} from 'node:fs'\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n')\n  return next(url, context)\n}\n`,
  )
  writeFileSync(workspace.path('register.mjs'), `import {register} from 'node:module'\nregister('./log-hook.mjs', import.meta.url)\n`)
  client = new TestClient({rootUri: workspace.uri, env: {NODE_OPTIONS: `--import ${pathToFileURL(workspace.path('register.mjs')).href}`}})
  await client.initialize()
  const uri = workspace.uriOf('proposal.md')
  await client.open(uri, '# Proposal\n\n## Objectives\n\nThe project trains 40 labour inspectors.\n')
  const diagnostics = await client.diagnosticsAt(uri, 1)
  expect(diagnostics.map((d) => d.code)).toContain('required-sections')
  const state = (await client.connection.sendRequest(DebugStateRequest.method)) as DebugStateResult & {linting: {mode: string; restarts: number}}
  expect(state.linting).toMatchObject({mode: 'worker', restarts: 0})
  const loaded = [...new Set(readFileSync(log, 'utf8').split('\n').filter((url) => url !== '' && !url.includes(workspace!.dir)))].sort()
  const url = (path: string) => pathToFileURL(`${REPO}/${path}`).href
  expect(loaded).toEqual([
    url('packages/language-server/bin/lessonlint-language-server.js'),
    url('packages/language-server/dist/server-worker.mjs'),
    url('packages/language-server/dist/server.mjs'),
  ])
  expect(client.stderr).toBe('')
})
