// The command starts from one module, and so does each of its worker threads
// (dist/command.mjs and dist/command-worker.mjs, made by scripts/build-command.mjs):
// loading core, the pack and their dependencies as some 700 modules was most of a
// `--cache` rerun. Which modules Node loads is read with a module hook that logs them.
// (The sample proposals have findings: exit code 1.)
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, test} from 'vitest'
import {lessonlint, ROOT, tempProject} from './helpers.js'

const proposal = (n: number) => `# Proposal ${n}\n\n## Objectives\n\nThe project trains 40 labour inspectors in ${n} provinces.\n`
const project = tempProject({
  'hooks/log.mjs': [
    `import {appendFileSync} from 'node:fs'`,
    `export async function load(url, context, next) {`,
    `  if (url.startsWith('file:')) appendFileSync(process.env.LESSONLINT_TEST_LOAD_LOG, url + '\\n')`,
    `  return next(url, context)`,
    `}`,
  ].join('\n'),
  'hooks/register.mjs': `import {register} from 'node:module'\nregister('./log.mjs', import.meta.url)\n`,
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`docs/proposal-${n}.md`, proposal(n)])),
})
afterAll(project.cleanup)

/** The modules (file URLs, without the test's hooks) a run of the command loads, in every thread. */
function loadedBy(args: string[]): {modules: string[]; status: number | null; stderr: string} {
  const log = join(project.dir, `load-${Math.random().toString(36).slice(2)}.log`)
  writeFileSync(log, '')
  const run = lessonlint(args, {
    cwd: project.dir,
    env: {NODE_OPTIONS: `--import ${pathToFileURL(join(project.dir, 'hooks/register.mjs')).href}`, LESSONLINT_TEST_LOAD_LOG: log},
  })
  const modules = [...new Set(readFileSync(log, 'utf8').split('\n').filter((url) => url !== '' && !url.includes('/hooks/')))].sort()
  return {modules, status: run.status, stderr: run.stderr}
}

const url = (path: string) => pathToFileURL(join(ROOT, path)).href

describe('start-up', () => {
  test('the command loads one module besides its bin, and each worker thread one more', () => {
    const threaded = loadedBy(['docs', '--concurrency', '2', '--format', 'json'])
    expect(threaded.stderr).toBe('')
    expect(threaded.status).toBe(1)
    expect(threaded.modules).toEqual([url('packages/cli/bin/lessonlint.js'), url('packages/cli/dist/command-worker.mjs'), url('packages/cli/dist/command.mjs')])
  })

  test('a --cache rerun with nothing changed starts no worker thread', () => {
    const args = ['docs', '--concurrency', '2', '--cache', '--cache-location', join(project.dir, '.cache/')]
    expect(loadedBy(args).status).toBe(1)
    const rerun = loadedBy(args)
    expect(rerun.status).toBe(1)
    expect(rerun.modules).toEqual([url('packages/cli/bin/lessonlint.js'), url('packages/cli/dist/command.mjs')])
  })
})
