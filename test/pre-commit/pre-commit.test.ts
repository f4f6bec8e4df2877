// The pre-commit hook as its user meets it: the real `pre-commit` tool installs the hook
// from a commit of this working tree (npm install, npm pack, npm install -g, as its node
// language does; see pre-commit/README.md), then runs it on a repository with a failing
// and a passing proposal, by `pre-commit run` and by `git commit` through the installed
// git hook.
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {parse} from 'yaml'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {CLEAN} from '../cli/documents.js'
import {ROOT} from '../cli/helpers.js'
import {decide} from '../../pre-commit/install.mjs'

function hasPreCommit(): boolean {
  return spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0
}

/** pre-commit comes from the Debian package `pre-commit` (.ci/run installs it); install it here too when we can. */
function ensurePreCommit(): string | undefined {
  if (hasPreCommit()) return undefined
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    const apt = (args: string[]) => spawnSync('apt-get', args, {stdio: 'ignore', timeout: 600_000, env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}})
    apt(['install', '-y', '-qq', 'pre-commit'])
    if (!hasPreCommit()) {
      apt(['update', '-qq'])
      apt(['install', '-y', '-qq', 'pre-commit'])
    }
    if (hasPreCommit()) return undefined
  }
  return 'pre-commit is not installed and could not be installed (Debian package "pre-commit")'
}

const skipReason = ensurePreCommit()

/** What keeps a root package.json from serving as the hook (pre-commit/README.md lists what it must hold). */
function unreadyForPreCommit(manifest: Record<string, unknown>): string[] {
  const missing: string[] = []
  const specs = ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((key) => Object.values((manifest[key] ?? {}) as Record<string, string>))
  if (specs.some((spec) => spec.startsWith('workspace:'))) missing.push('has workspace:* specifiers')
  if (typeof manifest['version'] !== 'string') missing.push('has no version')
  if ((manifest['bin'] as Record<string, string> | undefined)?.['lessonlint'] !== 'pre-commit/dist/lessonlint.mjs') missing.push('has no bin.lessonlint')
  const files = (manifest['files'] ?? []) as string[]
  if (!files.includes('pre-commit/install.mjs') || !files.includes('pre-commit/dist/')) missing.push('does not pack pre-commit/')
  if ((manifest['scripts'] as Record<string, string> | undefined)?.['postinstall'] !== 'node pre-commit/install.mjs') missing.push('has no postinstall')
  return missing
}

function git(cwd: string, args: readonly string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=lessonlint test', '-c', 'user.email=test@lessonlint.invalid', '-c', 'commit.gpgsign=false', ...args], {cwd, encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`)
  return run.stdout
}

/**
 * The working tree (tracked and untracked files that are not ignored, read with `git ls-files`,
 * which changes nothing) copied into a new repository and committed there: the `repo` and `rev`
 * pre-commit installs from. /work/main itself is never committed to.
 */
function hookRepository(dir: string): {rev: string} {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: ROOT, encoding: 'utf8'})
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const source = join(ROOT, file)
    if (!existsSync(source) || !statSync(source).isFile()) continue // deleted in the working tree, or a submodule
    mkdirSync(dirname(join(dir, file)), {recursive: true})
    cpSync(source, join(dir, file))
  }
  git(dir, ['init', '-q'])
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', 'lessonlint working tree'])
  return {rev: git(dir, ['rev-parse', 'HEAD']).trim()}
}

/** Two rules, so that a proposal can pass: required-sections (error) and evaluation-plan (warning). */
const CONFIG = JSON.stringify({extends: [], rules: {'required-sections': 'error', 'evaluation-plan': 'warning'}}, null, 2)

/** A proposal (objectives and activities headings) with neither budget nor evaluation. */
const FAILING = `# Water for all

## Objectives

Improve access to safe water in 40 villages.

## Activities

Drill 40 wells and train village water committees.
`

/** Every required section and a final evaluation: nothing to report. */
const PASSING = CLEAN

/** No proposal: with the hook's --proposals-only it is skipped, not failed for lacking sections. */
const README = '# Water projects\n\nThe proposals of the water team live in `proposals/`.\n'

let work: string
let hookRepo: {rev: string}
let user: string
/** The environment pre-commit runs in: its own cache, and no variables a package manager running vitest left behind. */
let env: NodeJS.ProcessEnv

beforeAll(() => {
  if (skipReason) return
  work = mkdtempSync(join(tmpdir(), 'lessonlint-pre-commit-'))
  mkdirSync(join(work, 'hook'))
  hookRepo = hookRepository(join(work, 'hook'))
  user = join(work, 'user')
  mkdirSync(join(user, 'proposals'), {recursive: true})
  git(user, ['init', '-q'])
  writeFileSync(
    join(user, '.pre-commit-config.yaml'),
    [
      'repos:',
      `  - repo: ${join(work, 'hook')}`,
      `    rev: ${hookRepo.rev}`,
      '    hooks:',
      '      - id: lessonlint',
      // The system's Node (what pre-commit picks anyway when node and npm are outside $HOME): no download.
      '        language_version: system',
      '',
    ].join('\n'),
  )
  writeFileSync(join(user, '.lessonlintrc.json'), CONFIG)
  writeFileSync(join(user, 'proposals/water.md'), FAILING)
  writeFileSync(join(user, 'proposals/roads.md'), PASSING)
  writeFileSync(join(user, 'README.md'), README)
  env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_)/i.test(key) || /^npm_config_(registry|https?_proxy|proxy|cafile|strict_ssl)$/i.test(key)),
  )
  env['PRE_COMMIT_HOME'] = join(work, 'cache')
  env['PRE_COMMIT_COLOR'] = 'never'
  delete env['FORCE_COLOR']
}, 120_000)

afterAll(() => {
  if (work) rmSync(work, {recursive: true, force: true})
})

/**
 * Runs a command in the user's repository without blocking the test worker (a minute-long
 * spawnSync starves vitest's RPC with the main process).
 */
function inUserRepo(command: string, args: readonly string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: user, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 900_000})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({status, stdout, stderr}))
  })
}

const preCommit = (args: readonly string[]) => inUserRepo('pre-commit', args)
const commit = (message: string) => inUserRepo('git', ['-c', 'user.name=t', '-c', 'user.email=t@lessonlint.invalid', 'commit', '-m', message])

describe('pre-commit/install.mjs, the root postinstall', () => {
  const npm = {npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js', npm_config_user_agent: 'npm/11.0.0 node/v20.19.0 linux x64'}
  test('builds the hook only for npm inside pre-commit\'s node environment', () => {
    expect(decide({...npm, NODE_VIRTUAL_ENV: '/home/u/.cache/pre-commit/repoabc/node_env-system'}, ROOT)).toBe('build')
  })
  test('under pnpm, even inside a node environment, only links the workspace\'s own command', () => {
    expect(decide({npm_execpath: '/usr/lib/node_modules/pnpm/bin/pnpm.cjs', NODE_VIRTUAL_ENV: '/env'}, ROOT)).toBe('workspace')
  })
  test('after pnpm install, ./node_modules/.bin/lessonlint at the root is the CLI of packages/cli', () => {
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'lessonlint'), ['--version'], {cwd: ROOT, encoding: 'utf8'})
    const {version} = JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as {version: string}
    expect(run.error).toBeUndefined()
    expect(run.stdout.trim()).toContain(version)
    expect(run.status).toBe(0)
  })
  test('does nothing when pre-commit installs the packed hook (global, no sources)', () => {
    expect(decide({...npm, NODE_VIRTUAL_ENV: '/env', npm_config_global: 'true'}, ROOT)).toBe('skip')
    expect(decide({...npm, NODE_VIRTUAL_ENV: '/env'}, join(ROOT, 'pre-commit'))).toBe('skip')
  })
  test('says to use pnpm to someone typing npm install in a clone', () => {
    expect(decide(npm, ROOT)).toBe('refuse')
  })
})

test('the root package.json serves as the hook (pre-commit/README.md)', () => {
  expect(unreadyForPreCommit(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>)).toEqual([])
})

describe.skipIf(skipReason !== undefined)(`pre-commit${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  test('.pre-commit-hooks.yaml: a node hook named lessonlint on Markdown files', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
    expect(hooks).toHaveLength(1)
    expect(hooks[0]).toMatchObject({id: 'lessonlint', entry: 'lessonlint', language: 'node', types: ['markdown'], args: ['--proposals-only']})
  })

  test('installs from a commit and fails on the failing proposal, naming the finding', async () => {
    git(user, ['add', '-A'])
    const run = await preCommit(['run', '--files', 'proposals/water.md', 'proposals/roads.md', 'README.md'])
    const output = run.stdout + run.stderr
    expect(run.status, output).toBe(1)
    expect(output).toMatch(/lessonlint\.+Failed/)
    expect(output).toContain('proposals/water.md')
    expect(output).toMatch(/error\s+The proposal has no budget.*required-sections/s)
    expect(output).toContain('evaluation-plan')
    // Neither the passing proposal nor the README has anything to say.
    expect(output).not.toContain('roads.md')
    expect(output).not.toContain('README.md')
  }, 900_000)

  test('passes on the passing proposal and skips the README', async () => {
    const run = await preCommit(['run', '--files', 'proposals/roads.md', 'README.md'])
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toMatch(/lessonlint\.+Passed/)
  }, 900_000)

  test('as a git hook: the commit of the failing proposal is refused, the passing one goes in', async () => {
    expect((await preCommit(['install'])).status).toBe(0)
    git(user, ['rm', '-r', '-q', '--cached', '.'])
    git(user, ['add', 'proposals/roads.md', 'README.md', '.lessonlintrc.json', '.pre-commit-config.yaml'])
    const good = await commit('roads')
    expect(good.status, good.stdout + good.stderr).toBe(0)
    git(user, ['add', 'proposals/water.md'])
    const bad = await commit('water')
    expect(bad.status).not.toBe(0)
    expect(bad.stdout + bad.stderr).toContain('required-sections')
    expect(git(user, ['log', '--format=%s'])).toBe('roads\n')
  }, 900_000)
})
