// `lessonlint --init` through the real bin: the commented .lessonlintrc.json it writes loads
// (--print-config), with the preset asked for; it never overwrites; `--github` adds a
// workflow that uses this repository's action and uploads its SARIF. The question on a
// terminal is answered in a real TTY (tmux).
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {afterAll, describe, expect, test} from 'vitest'
import {BIN, ROOT, expectNoStackTrace, lessonlint, tempProject} from './helpers.js'

const PROPOSAL = '# Water for all\n\n## Objectives\n\nImprove access to safe water.\n\n## Activities\n\nDrill 40 wells.\n'

const cleanups: Array<() => void> = []
afterAll(() => {
  for (const cleanup of cleanups) cleanup()
})

function project(files: Record<string, string> = {'proposal.md': PROPOSAL}): string {
  const made = tempProject(files)
  cleanups.push(made.cleanup)
  return made.dir
}

/** The rules of FILE's configuration, as --print-config gives them. */
function printedRules(dir: string): Record<string, [string, unknown]> {
  const run = lessonlint(['--print-config', 'proposal.md'], {cwd: dir})
  expect(run.status, run.stderr).toBe(0)
  return (JSON.parse(run.stdout) as {rules: Record<string, [string, unknown]>}).rules
}

/** The rules a config that only extends PRESET gives. */
function presetRules(preset: string): Record<string, [string, unknown]> {
  return printedRules(project({'proposal.md': PROPOSAL, '.lessonlintrc.json': JSON.stringify({extends: `lessonlint:${preset}`})}))
}

describe('lessonlint --init', () => {
  test('off a terminal, without --preset: a commented config extending lessonlint:recommended, which loads', () => {
    const dir = project()
    const run = lessonlint(['--init'], {cwd: dir})
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toBe('Wrote .lessonlintrc.json (lessonlint:recommended).\n')
    const text = readFileSync(join(dir, '.lessonlintrc.json'), 'utf8')
    expect(text).toMatch(/^\/\/ lessonlint configuration/)
    expect(text).toContain('"extends": "lessonlint:recommended"')
    // No node_modules/@lessonlint/core here: the schema from the repository.
    expect(text).toContain('"$schema": "https://github.com/lessonlint/lessonlint/raw/main/packages/core/schema/lessonlint.schema.json"')
    // Only keys of the schema: "ignores" for where proposals do not live; there is no "files" key.
    expect(text).toContain('"ignores": [')
    expect(text).not.toMatch(/^\s*"files"/m)
    expect(printedRules(dir)).toEqual(presetRules('recommended'))
    // And lessonlint lints with it (exit 1: the proposal has findings), not a config error.
    expect(lessonlint(['proposal.md'], {cwd: dir}).status).toBe(1)
  })

  test.each(['development', 'all'])('--preset %s: the config extends that preset', (preset) => {
    const dir = project()
    const run = lessonlint(['--init', '--preset', preset], {cwd: dir})
    expect(run.status, run.stderr).toBe(0)
    expect(readFileSync(join(dir, '.lessonlintrc.json'), 'utf8')).toContain(`"extends": "lessonlint:${preset}"`)
    expect(printedRules(dir)).toEqual(presetRules(preset))
  })

  test('every commented-out line, uncommented, still loads', () => {
    const dir = project()
    expect(lessonlint(['--init'], {cwd: dir}).status).toBe(0)
    const file = join(dir, '.lessonlintrc.json')
    const uncommented = readFileSync(file, 'utf8').replace(/^(\s*)\/\/ ("[^"]+":.*|"[^"]*",?)$/gm, '$1$2')
    expect(uncommented).toContain('\n  "locale": "fr",\n')
    expect(uncommented).toContain('\n    "itcilo-link": "off"\n')
    writeFileSync(file, uncommented)
    // --print-config lists the rules that run: itcilo-link, on in the preset, is off now.
    expect(presetRules('recommended')['itcilo-link']).toBeDefined()
    expect(printedRules(dir)['itcilo-link']).toBeUndefined()
  })

  test('the schema beside a local install, when there is one', () => {
    const dir = project({'proposal.md': PROPOSAL, 'node_modules/@lessonlint/core/schema/lessonlint.schema.json': '{}'})
    expect(lessonlint(['--init'], {cwd: dir}).status).toBe(0)
    expect(readFileSync(join(dir, '.lessonlintrc.json'), 'utf8')).toContain('"$schema": "./node_modules/@lessonlint/core/schema/lessonlint.schema.json"')
  })

  test.each([
    ['.lessonlintrc.json', '{}'],
    ['.lessonlintrc.yaml', 'rules: {}\n'],
    ['package.json', '{"name": "x", "lessonlint": {}}'],
  ])('refuses when %s is there: exit 2, one line, nothing written', (name, content) => {
    const dir = project({'proposal.md': PROPOSAL, [name]: content})
    const run = lessonlint(['--init', '--github'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`lessonlint: ${name} already exists here; --init does not overwrite a configuration.\n`)
    expectNoStackTrace(run.stderr)
    expect(readFileSync(join(dir, name), 'utf8')).toBe(content)
    expect(existsSync(join(dir, '.github'))).toBe(false)
  })

  test('a package.json without a "lessonlint" key is no configuration', () => {
    const dir = project({'proposal.md': PROPOSAL, 'package.json': '{"name": "x"}'})
    expect(lessonlint(['--init'], {cwd: dir}).status).toBe(0)
  })

  test.each([
    [['--init', '--preset', 'strict'], "lessonlint: --preset expects recommended, development or all; not 'strict'.\n"],
    [['--preset', 'all'], 'lessonlint: --preset goes with --init. Run "lessonlint --help" for usage.\n'],
    [['--github'], 'lessonlint: --github goes with --init. Run "lessonlint --help" for usage.\n'],
    [['--init', 'proposals'], 'lessonlint: --init writes a configuration in the current folder: give no paths with it. Run "lessonlint --help" for usage.\n'],
  ])('%j: exit 2, one line', (args, message) => {
    const dir = project()
    const run = lessonlint(args, {cwd: dir})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(message)
    expect(existsSync(join(dir, '.lessonlintrc.json'))).toBe(false)
  })
})

describe('lessonlint --init --github', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {inputs: Record<string, unknown>}

  test('writes a workflow that runs the action and uploads its SARIF with a category', () => {
    const dir = project()
    const run = lessonlint(['--init', '--github', '--preset', 'development'], {cwd: dir})
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('Wrote .github/workflows/lessonlint.yml')
    const workflow = parse(readFileSync(join(dir, '.github/workflows/lessonlint.yml'), 'utf8')) as {
      on: Record<string, unknown>
      permissions: Record<string, string>
      jobs: Record<string, {'runs-on': string; steps: Array<{id?: string; uses?: string; if?: string; with?: Record<string, unknown>}>}>
    }
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request'])
    expect(workflow.permissions).toEqual({contents: 'read', 'security-events': 'write'})
    const steps = workflow.jobs['lessonlint']!.steps
    expect(steps[0]!.uses).toMatch(/^actions\/checkout@v\d+$/)
    const lint = steps[1]!
    expect(lint.uses).toBe('lessonlint/lessonlint@main')
    // Only inputs the action declares.
    for (const key of Object.keys(lint.with ?? {})) expect(Object.keys(action.inputs)).toContain(key)
    const upload = steps[2]!
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/)
    expect(upload.with).toEqual({sarif_file: `\${{ steps.${lint.id}.outputs.sarif-file }}`, category: 'lessonlint'})
    // Uploaded even when lessonlint failed the job.
    expect(upload.if).toContain('!cancelled()')
    expect(readFileSync(join(dir, '.lessonlintrc.json'), 'utf8')).toContain('"extends": "lessonlint:development"')
  })

  test('refuses when the workflow exists, and writes no config either', () => {
    const dir = project({'proposal.md': PROPOSAL, '.github/workflows/lessonlint.yml': 'name: mine\n'})
    const run = lessonlint(['--init', '--github'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('lessonlint: .github/workflows/lessonlint.yml already exists; --init --github does not overwrite it.\n')
    expect(existsSync(join(dir, '.lessonlintrc.json'))).toBe(false)
    expect(readFileSync(join(dir, '.github/workflows/lessonlint.yml'), 'utf8')).toBe('name: mine\n')
  })
})

function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0
}

/** tmux comes from the Debian package `tmux` (.ci/run installs it); install it here too when we can. */
function ensureTmux(): string | undefined {
  if (hasTmux()) return undefined
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    spawnSync('apt-get', ['install', '-y', '-qq', 'tmux'], {stdio: 'ignore', timeout: 300_000, env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}})
    if (hasTmux()) return undefined
  }
  return 'tmux is not installed and could not be installed (Debian package "tmux")'
}

const tmuxMissing = ensureTmux()
const SOCKET = `lessonlint-init-${process.pid}`

function tmux(args: readonly string[]): string {
  const run = spawnSync('tmux', ['-L', SOCKET, ...args], {encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`tmux ${args[0]} failed: ${run.stderr}`)
  return run.stdout
}

async function screenUntil(session: string, pattern: RegExp): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const screen = tmux(['capture-pane', '-p', '-t', session])
    if (pattern.test(screen)) return screen
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the screen never showed ${pattern}:\n${tmux(['capture-pane', '-p', '-t', session])}`)
}

describe.skipIf(tmuxMissing !== undefined)(`lessonlint --init on a terminal${tmuxMissing ? ` (skipped: ${tmuxMissing})` : ''}`, () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server'])
  })

  test('asks which preset, takes the answer, and rejects what is not one', async () => {
    const dir = project()
    mkdirSync(join(dir, 'sub'))
    const command = `'${process.execPath}' '${BIN}' --init; echo "exit=$?"; sleep 600`
    tmux(['new-session', '-d', '-s', 'init', '-x', '120', '-y', '40', '-c', dir, command])
    await screenUntil('init', /Preset \[1-3, Enter for recommended\]:\s*$/m)
    const question = tmux(['capture-pane', '-p', '-t', 'init'])
    expect(question).toContain('Which rules should run?')
    expect(question).toMatch(/^ {2}1\. recommended: ILO proposals/m)
    expect(question).toMatch(/^ {2}2\. development: proposals of other organisations/m)
    expect(question).toMatch(/^ {2}3\. all: every rule/m)
    tmux(['send-keys', '-t', 'init', '7', 'Enter'])
    await screenUntil('init', /: 7\nPreset \[1-3, Enter for recommended\]:\s*$/m)
    tmux(['send-keys', '-t', 'init', '2', 'Enter'])
    const done = await screenUntil('init', /^exit=\d+$/m)
    expect(done).toContain('Wrote .lessonlintrc.json (lessonlint:development).')
    expect(done).toMatch(/^exit=0$/m)
    expect(readFileSync(join(dir, '.lessonlintrc.json'), 'utf8')).toContain('"extends": "lessonlint:development"')
  })
})
