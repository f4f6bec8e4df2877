// The example plugin as its author and its users meet it: RuleTester runs the
// rule over its fixtures; the CLI, the library and the language server load the
// plugin from a config file; an untrusted workspace refuses it; mistakes in
// `plugins` are one clear line.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, test} from 'vitest'
import {RuleTester, checkFixture, fixturesIn, resolveConfigForFile, type Rule} from '@lessonlint/core'
import {lintText, rules as pack, presets} from 'lessonlint'
import {lessonlint} from '../../test/cli/helpers.js'
import {TestClient} from '../../test/server/support/client.js'
import {TempWorkspace} from '../../test/server/support/workspace.js'
import plugin from './index.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const riskRegister = (plugin.rules as Rule[])[0]!

new RuleTester({describe, test}).run(riskRegister, join(HERE, 'risk-register'))

test('RuleTester says which fixture disagrees with the rule, and how', () => {
  const [fixture] = fixturesIn(join(HERE, 'risk-register'), 'risk-register').filter((each) => each.relativePath === 'invalid/prose.md')
  const wrong = {...fixture!, text: fixture!.text.replace('<!-- expect: risk-register -->\n', '')}
  const problems = checkFixture(riskRegister, wrong)
  expect(problems[0]).toMatch(/^invalid\/prose\.md: an invalid fixture needs at least one <!-- expect: risk-register --> marker/)
  expect(problems[1]).toMatch(/^invalid\/prose\.md: expected no diagnostics \(rule@line\), found risk-register@4\n/)
})

const PROPOSAL = '# Safe water for 40 villages\n\n## Objectives\n\nSafe water.\n\n## Risks\n\nDroughts may come.\n'
const dirs: string[] = []
function project(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'lessonlint-plugin-'))
  dirs.push(dir)
  writeFileSync(join(dir, '.lessonlintrc.json'), JSON.stringify(config))
  writeFileSync(join(dir, 'p.md'), PROPOSAL)
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true})
})
const PLUGIN = join(HERE, 'index.js')

describe('a config that names the plugin', () => {
  test('the CLI runs its rule under the prefix, with its preset, beside the pack', () => {
    const cwd = project({plugins: [PLUGIN], extends: ['lessonlint:recommended', 'undp:recommended']})
    const run = lessonlint(['p.md', '--format', 'json'], {cwd})
    const messages = JSON.parse(run.stdout)[0].messages as Array<{ruleId: string; severity: string; line: number; message: string}>
    expect(messages.find((m) => m.ruleId === 'undp/risk-register')).toMatchObject({severity: 'warning', line: 7, message: expect.stringMatching(/^The risks section has no risk register\./)})
    expect(messages.some((m) => m.ruleId === 'required-sections')).toBe(true)
    expect(JSON.parse(lessonlint(['--print-config', 'p.md'], {cwd}).stdout).rules['undp/risk-register']).toEqual(['warning', {}])
    // A disable comment may name the plugin's rule.
    writeFileSync(join(cwd, 'q.md'), `<!-- lessonlint-disable undp/risk-register -->\n${PROPOSAL}`)
    const silenced = JSON.parse(lessonlint(['q.md', '--format', 'json'], {cwd}).stdout)[0]
    expect(silenced.suppressedMessages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['undp/risk-register'])
  })

  test('the library resolves the config and lints with the plugin', async () => {
    const cwd = project({plugins: [PLUGIN], extends: [], rules: {'undp/risk-register': 'error'}})
    const config = await resolveConfigForFile(join(cwd, 'p.md'), {cwd, rules: pack, presets})
    const result = lintText(PROPOSAL, {config})
    expect(result.diagnostics.map((d) => `${d.ruleId}:${d.severity}:${d.range.start.line}`)).toEqual(['undp/risk-register:error:7'])
  })

  test('mistakes are one line naming the file and key (exit 2)', () => {
    const missing = lessonlint(['p.md'], {cwd: project({plugins: ['lessonlint-plugin-nowhere']})})
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('lessonlint: .lessonlintrc.json: plugins[0]: cannot find plugin package "lessonlint-plugin-nowhere" (install it, or use "./" for a file path)\n')
    const unknownRule = lessonlint(['p.md'], {cwd: project({plugins: [PLUGIN], rules: {'undp/risk-registr': 'error'}})})
    expect(unknownRule.stderr).toBe('lessonlint: .lessonlintrc.json: rules.undp/risk-registr: unknown rule id (did you mean "undp/risk-register"?)\n')
    const notAPlugin = lessonlint(['p.md'], {cwd: project({plugins: [join(HERE, 'risk-register/index.js')]})})
    expect(notAPlugin.stderr).toMatch(/^lessonlint: \.lessonlintrc\.json: plugins\[0\]: plugin ".*risk-register\/index\.js" must export \{name, rules, presets\?\}/)
  })
})

describe('in the editor', () => {
  const clients: TestClient[] = []
  afterAll(async () => {
    for (const client of clients) await client.dispose()
  })

  async function diagnosticsIn(trusted: boolean) {
    const workspace = new TempWorkspace()
    workspace.write('.lessonlintrc.json', JSON.stringify({plugins: [PLUGIN], extends: ['lessonlint:recommended', 'undp:recommended']}))
    const client = new TestClient({rootUri: workspace.uri, initializationOptions: {trusted}})
    clients.push(client)
    await client.initialize()
    const uri = workspace.uriOf('p.md')
    workspace.write('p.md', PROPOSAL)
    await client.open(uri, PROPOSAL)
    return client.diagnosticsAt(uri, 1)
  }

  test('a trusted workspace runs the plugin\'s rule', async () => {
    const diagnostics = await diagnosticsIn(true)
    expect(diagnostics.find((d) => d.code === 'undp/risk-register')?.message).toMatch(/^The risks section has no risk register\./)
  })

  test('an untrusted workspace refuses to load it, with a clear line', async () => {
    const diagnostics = await diagnosticsIn(false)
    expect(diagnostics.map((d) => d.message)).toEqual([
      'lessonlint: config error: .lessonlintrc.json: plugins: not loaded: plugins run workspace code, which an untrusted workspace does not allow (trust the workspace to use them)',
    ])
  })
})

test('the README documents the config the tests use', () => {
  expect(readFileSync(join(HERE, 'README.md'), 'utf8')).toContain('"extends": ["lessonlint:recommended", "undp:recommended"]')
})
