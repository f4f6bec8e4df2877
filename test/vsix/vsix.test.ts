// The packaged extension as the marketplace would get it: build the .vsix the
// way `pnpm package:vscode` does, unpack it, check its manifest and contents,
// and run the bundled server alone from the unpacked folder (no node_modules
// anywhere above it) against a real proposal.

import {execFileSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {REPO, TestClient} from '../server/support/client.js'

const EXTENSION = join(REPO, 'extension')
const VSIX = join(EXTENSION, 'lessonlint-vscode-0.1.0.vsix')

let unpacked: string
let entries: string[]
let manifest: Record<string, any>

beforeAll(() => {
  // The package script, step by step, without needing pnpm on PATH.
  execFileSync(process.execPath, [join(EXTENSION, 'build.mjs')], {cwd: EXTENSION, stdio: 'pipe'})
  const vsce = createRequire(join(EXTENSION, 'package.json')).resolve('@vscode/vsce/vsce')
  rmSync(VSIX, {force: true})
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', VSIX], {cwd: EXTENSION, stdio: 'pipe'})
  unpacked = realpathSync(mkdtempSync(join(tmpdir(), 'lessonlint-vsix-')))
  execFileSync('unzip', ['-q', VSIX, '-d', unpacked])
  entries = execFileSync('unzip', ['-Z1', VSIX], {encoding: 'utf8'}).split('\n').filter(Boolean)
  manifest = JSON.parse(readFileSync(join(unpacked, 'extension/package.json'), 'utf8'))
}, 180_000)

afterAll(() => {
  if (unpacked) rmSync(unpacked, {recursive: true, force: true})
})

describe('the .vsix', () => {
  test('holds the bundles, schemas, manifest, README and licence, and no node_modules or sources', () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        'extension/package.json',
        'extension/out/extension.js',
        'extension/out/server.js',
        'extension/out/lint-worker.js',
        'extension/out/lessonlint.schema.json',
        'extension/readme.md',
        'extension/LICENSE.txt',
      ]),
    )
    expect(entries.filter((entry) => entry.includes('node_modules/'))).toEqual([])
    expect(entries.filter((entry) => /\/src\/|\.ts$|\.map$|\.test\./.test(entry))).toEqual([])
  })

  test('has a manifest VS Code 1.90 can load', () => {
    expect(manifest).toMatchObject({
      name: 'lessonlint-vscode',
      publisher: 'lessonlint',
      version: '0.1.0',
      engines: {vscode: '^1.90.0'},
      main: './out/extension.js',
      activationEvents: ['onLanguage:markdown'],
      capabilities: {untrustedWorkspaces: {supported: 'limited'}},
    })
    expect(manifest.repository).toBeTruthy()
    expect(entries).toContain(`extension/${manifest.main.replace(/^\.\//, '')}`)
    // CommonJS, as VS Code requires of an extension's main module.
    expect(manifest.type).toBeUndefined()
    expect(readFileSync(join(unpacked, 'extension/out/extension.js'), 'utf8')).toMatch(/require\("vscode"\)/)
  })

  test('contributes the settings, commands and config schema', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, {description?: string; markdownDescription?: string}>
    expect(Object.keys(properties).sort()).toEqual([
      'lessonlint.documents',
      'lessonlint.enable',
      'lessonlint.locale',
      'lessonlint.requireConfig',
      'lessonlint.rules',
      'lessonlint.run',
      'lessonlint.trace.server',
    ])
    for (const property of Object.values(properties)) expect(property.description ?? property.markdownDescription).toBeTruthy()
    expect(manifest.contributes.commands.map((c: {command: string; title: string}) => `${c.command}: ${c.title}`)).toEqual([
      'lessonlint.lintWorkspace: Lint workspace',
      'lessonlint.fixAll: Fix all in file',
      'lessonlint.lintAsProposal: Lint this document as a proposal',
      'lessonlint.showRuleDocs: Show rule documentation',
      'lessonlint.restartServer: Restart server',
      'lessonlint.showOutput: Show output',
    ])
    const validation = manifest.contributes.jsonValidation.find((v: {fileMatch: string[]}) => v.fileMatch.includes('.lessonlintrc.json'))
    expect(validation.fileMatch).toContain('lessonlint.config.json')
    const schema = JSON.parse(readFileSync(join(unpacked, 'extension', validation.url), 'utf8'))
    // The enumerated schema: every rule of the pack listed, unknown ids refused.
    expect(schema.definitions.rules.properties).toHaveProperty('gender-budget')
    expect(schema.definitions.rules.additionalProperties).toBe(false)
  })
})

describe('the bundled server, alone', () => {
  let client: TestClient
  let workspace: string

  afterAll(async () => {
    await client?.dispose()
    if (workspace) rmSync(workspace, {recursive: true, force: true})
  })

  test('answers initialize and publishes the same findings as the CLI for a proposal', async () => {
    const server = join(unpacked, 'extension/out/server.js')
    expect(existsSync(server)).toBe(true)
    workspace = realpathSync(mkdtempSync(join(tmpdir(), 'lessonlint-vsix-ws-')))
    const file = join(workspace, 'proposal.md')
    copyFileSync(join(REPO, '../shared/corpus/04-bangladesh-garment-osh.md'), file)

    client = new TestClient({rootUri: pathToFileURL(workspace).href, serverScript: server})
    const result = await client.initialize()
    expect(result.serverInfo).toEqual({name: 'lessonlint', version: '0.1.0'})
    const uri = pathToFileURL(file).href
    await client.open(uri, readFileSync(file, 'utf8'))
    const diagnostics = await client.diagnosticsAt(uri, 1)

    let stdout: string
    try {
      stdout = execFileSync(process.execPath, [join(REPO, 'packages/cli/bin/lessonlint.js'), '--format', 'json', file], {encoding: 'utf8'})
    } catch (error) {
      stdout = (error as {stdout: string}).stdout
    }
    const cli = (JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; line: number}>}>)[0]!.messages
    expect(cli.length).toBeGreaterThan(0)
    expect(diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`)).toEqual(cli.map((m) => `${m.ruleId}@${m.line - 1}`))
    const started = client.logs.find((line) => line.startsWith('lessonlint server started (version 0.1.0'))
    // Its lints run in the bundled worker (out/lint-worker.js), with the pack built in.
    expect(started).toContain('linting in a worker thread')
    expect(client.logs.filter((line) => /lint worker|linting in the server's thread instead/.test(line))).toEqual([])
  })
})
