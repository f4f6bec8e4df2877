// What a user sees when lessonlint cannot read what it was pointed at: a folder it may not
// read, a symbolic link that loops or leads nowhere, a config file built to exhaust the parser.
// A path named on the command line that cannot be read fails the run in one line (exit 2); a
// folder or link met while walking is a warning line, and the run fails only when nothing at
// all could be read. Never a stack trace.
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, test} from 'vitest'
import {CLEAN, CONFIG, ROADS, WATER} from './documents.js'
import {BIN, expectNoStackTrace, lessonlint, tempProject, type Run, type RunOptions} from './helpers.js'

let project: ReturnType<typeof tempProject> | undefined
afterEach(() => {
  project?.cleanup()
  project = undefined
})

function setUp(files: Record<string, string>): string {
  project = tempProject(files)
  return project.dir
}

/** Exit 2, nothing on stdout, exactly `line` on stderr. */
function expectFailure(run: Run, line: string): void {
  expectNoStackTrace(run.stderr)
  expect(run.stderr).toBe(`${line}\n`)
  expect(run.stdout).toBe('')
  expect(run.status).toBe(2)
}

// ---------------------------------------------------------------------------------------------
// Permissions. chmod 000 stops every user but root, and these tests may run as root (CI
// containers do): then lessonlint runs as the unprivileged user "nobody" (uid 65534), for whom
// the folder is as closed as for anyone. Where that user cannot run node and the repository
// (or on Windows, which has no such modes), only these tests are skipped, with that reason.
const NOBODY = {uid: 65534, gid: 65534}
const runningAsRoot = process.getuid?.() === 0
const nobodyCanRun = runningAsRoot && spawnSync(process.execPath, [BIN, '--version'], {cwd: tmpdir(), ...NOBODY}).status === 0
const permissionsSkipReason =
  process.platform === 'win32' ? 'Windows has no POSIX permission bits'
  : runningAsRoot && !nobodyCanRun ? 'running as root, and user "nobody" (uid 65534) cannot run node and this repository, so a chmod 000 folder cannot be made unreadable'
  : undefined
/** The user lessonlint runs as in the permission tests: this one, or "nobody" when this one is root. */
const user: RunOptions['user'] = runningAsRoot ? NOBODY : undefined

/** A project whose folder `private/` (and anything listed in `closed`) nobody may read. */
function closedProject(files: Record<string, string>, closed: readonly string[]): string {
  const dir = setUp(files)
  // mkdtemp makes the project 700: open it to the user lessonlint runs as.
  chmodSync(dir, 0o755)
  for (const path of closed) chmodSync(join(dir, path), 0o000)
  const cleanup = project!.cleanup
  project!.cleanup = () => {
    for (const path of closed) chmodSync(join(dir, path), 0o755)
    cleanup()
  }
  return dir
}

describe.skipIf(permissionsSkipReason !== undefined)(`unreadable folders and files${permissionsSkipReason ? ` (skipped: ${permissionsSkipReason})` : ''}`, () => {
  test('a folder that cannot be read beside one that can: a warning line naming it and why; the rest is linted; the exit code is the lint\'s', () => {
    const cwd = closedProject({'.lessonlintrc.json': CONFIG, 'open/clean.md': CLEAN, 'private/draft.md': WATER}, ['private'])
    const run = lessonlint(['.', '--format', 'json'], {cwd, user})
    expectNoStackTrace(run.stderr)
    expect(run.stderr).toBe('lessonlint: warning: cannot read the folder private: permission denied; the files in it were not linted.\n')
    expect((JSON.parse(run.stdout) as Array<{filePath: string}>).map((r) => r.filePath)).toEqual(['open/clean.md'])
    expect(run.status).toBe(0)
  })

  test('the same under a glob and in a run over the whole tree', () => {
    const cwd = closedProject({'.lessonlintrc.json': CONFIG, 'open/roads.md': ROADS, 'private/draft.md': ROADS}, ['private'])
    for (const args of [['**/*.md'], []]) {
      const run = lessonlint([...args, '--format', 'compact'], {cwd, user})
      expect(run.stderr, args.join(' ')).toBe('lessonlint: warning: cannot read the folder private: permission denied; the files in it were not linted.\n')
      expect(run.stdout).toContain('open/roads.md:17:1: info participatory-monitoring')
      expect(run.status).toBe(0)
    }
  })

  test('nothing could be read: exit 2, one line naming the folder and why', () => {
    const cwd = closedProject({'.lessonlintrc.json': CONFIG, 'private/draft.md': WATER}, ['private'])
    expectFailure(lessonlint(['private'], {cwd, user}), 'lessonlint: Nothing was linted: cannot read the folder private: permission denied.')
    expectFailure(lessonlint([], {cwd, user}), 'lessonlint: Nothing was linted: cannot read the folder private: permission denied.')
  })

  test('a folder that .gitignore ignores anyway is no news', () => {
    const cwd = closedProject({'.lessonlintrc.json': CONFIG, '.gitignore': 'private/\n', 'clean.md': CLEAN, 'private/draft.md': WATER}, ['private'])
    const run = lessonlint(['.'], {cwd, user})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  test('a file that cannot be read: named, exit 2 in one line; met in a folder, a warning', () => {
    const cwd = closedProject({'.lessonlintrc.json': CONFIG, 'clean.md': CLEAN, 'secret.md': WATER}, ['secret.md'])
    expectFailure(lessonlint(['secret.md'], {cwd, user}), 'lessonlint: Cannot read secret.md: permission denied')
    const run = lessonlint(['.'], {cwd, user})
    expect(run.stderr).toBe('lessonlint: warning: cannot read secret.md: permission denied; not linted.\n')
    expect(run.status).toBe(0)
  })
})

// ---------------------------------------------------------------------------------------------
// Symbolic links: the same for every user.
const LOOP = 'symbolic link loop (too many levels of symbolic links)'

describe.skipIf(process.platform === 'win32')('symbolic links that loop or lead nowhere', () => {
  test('a link loop named on the command line says it is a loop, not "No such file or directory"', () => {
    const cwd = setUp({'.lessonlintrc.json': CONFIG, 'clean.md': CLEAN})
    symlinkSync('loop.md', join(cwd, 'loop.md'))
    symlinkSync('pong.md', join(cwd, 'ping.md'))
    symlinkSync('ping.md', join(cwd, 'pong.md'))
    expectFailure(lessonlint(['loop.md'], {cwd}), `lessonlint: Cannot read loop.md: ${LOOP}`)
    expectFailure(lessonlint(['clean.md', 'ping.md'], {cwd}), `lessonlint: Cannot read ping.md: ${LOOP}`)
    expectFailure(lessonlint(['explain', 'loop.md'], {cwd}), `lessonlint: Cannot read ${join(cwd, 'loop.md')}: ${LOOP}`)
  })

  test('a broken link named on the command line says so', () => {
    const cwd = setUp({'.lessonlintrc.json': CONFIG})
    symlinkSync('deleted.md', join(cwd, 'proposal.md'))
    expectFailure(lessonlint(['proposal.md'], {cwd}), 'lessonlint: Cannot read proposal.md: broken symbolic link (its target does not exist)')
  })

  test('loops met in a folder: a warning line each, the rest is linted', () => {
    const cwd = setUp({'.lessonlintrc.json': CONFIG, 'docs/clean.md': CLEAN})
    symlinkSync('loop.md', join(cwd, 'docs/loop.md'))
    // Two folders linked to each other, and a link to the folder itself (followed once, silently).
    symlinkSync('there', join(cwd, 'docs/here'))
    symlinkSync('here', join(cwd, 'docs/there'))
    symlinkSync('.', join(cwd, 'docs/self'))
    // A broken link that is no Markdown file is none of lessonlint's business.
    symlinkSync('nowhere.txt', join(cwd, 'docs/notes'))
    const run = lessonlint(['docs'], {cwd})
    expectNoStackTrace(run.stderr)
    expect(run.stderr.split('\n')).toEqual([
      `lessonlint: warning: cannot read docs/here: ${LOOP}; not linted.`,
      `lessonlint: warning: cannot read docs/loop.md: ${LOOP}; not linted.`,
      `lessonlint: warning: cannot read docs/there: ${LOOP}; not linted.`,
      '',
    ])
    expect(run.status).toBe(0)
  })

  test('a folder holding only a loop: nothing could be read, exit 2 in one line', () => {
    const cwd = setUp({'.lessonlintrc.json': CONFIG})
    mkdirSync(join(cwd, 'docs'))
    symlinkSync('loop.md', join(cwd, 'docs/loop.md'))
    expectFailure(lessonlint(['docs'], {cwd}), `lessonlint: Nothing was linted: cannot read docs/loop.md: ${LOOP}.`)
  })
})

// ---------------------------------------------------------------------------------------------
// Config files built to exhaust the parser: the file, the key, and what is wrong.
describe('config files past the parser\'s limits', () => {
  /** "Billion laughs": nine levels of nine aliases each. */
  const ALIAS_BOMB = [
    'extends: []',
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    'rules: *i',
    '',
  ].join('\n')
  const ALIASES = 'invalid YAML: its aliases expand to too much data (more than 100 alias expansions; a guard against "billion laughs" files)'

  test('a YAML alias bomb names the file, the line and the key where it goes over the limit', () => {
    const cwd = setUp({'.lessonlintrc.yaml': ALIAS_BOMB, 'doc.md': CLEAN})
    expectFailure(lessonlint(['doc.md'], {cwd}), `lessonlint: .lessonlintrc.yaml:5:8: d[0]: ${ALIASES}`)
  })

  test('a YAML alias bomb in an extended file, or under a key of its own, names that file and key', () => {
    const cwd = setUp({
      '.lessonlintrc.json': JSON.stringify({extends: ['./shared/base.yaml']}),
      'shared/base.yaml': [
        'rules:',
        '  required-sections: &a [error, error, error, error, error, error, error, error, error, error]',
        '  evaluation-plan: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        '  gender-budget: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
        '  gender-strategy: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
        '',
      ].join('\n'),
      'doc.md': CLEAN,
    })
    expectFailure(lessonlint(['doc.md'], {cwd}), `lessonlint: shared/base.yaml:4:21: rules.gender-budget: ${ALIASES}`)
  })

  test('YAML nested past the limit: the file, the place and the key path, cut short', () => {
    const cwd = setUp({'.lessonlintrc.yaml': `extends: []\nrules: ${'['.repeat(150)}${']'.repeat(150)}\n`, 'doc.md': CLEAN})
    expectFailure(lessonlint(['doc.md'], {cwd}), 'lessonlint: .lessonlintrc.yaml:2:107: rules[0][0][0]…: nested more than 100 levels deep')
  })

  test('YAML nested deep enough to exhaust the parser\'s stack: the file and the key, not "Maximum call stack size exceeded"', () => {
    const cwd = setUp({'.lessonlintrc.yaml': `extends: []\nrules: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 'doc.md': CLEAN})
    expectFailure(lessonlint(['doc.md'], {cwd}), 'lessonlint: .lessonlintrc.yaml: rules: nested more than 100 levels deep')
  })

  test('JSON nested deep enough to exhaust the parser\'s stack: the file, the place and the key path', () => {
    const deep = `{"extends": [], "overrides": [{"files": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}]}`
    const cwd = setUp({'.lessonlintrc.json': deep, 'doc.md': CLEAN})
    expectFailure(lessonlint(['doc.md'], {cwd}), 'lessonlint: .lessonlintrc.json:1:138: overrides[0].files[0]…: nested more than 100 levels deep')
  })
})
