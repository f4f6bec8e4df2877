// `--fix` loses nothing: another program's save, a read-only file, a symbolic link, bytes that
// are not UTF-8, a hard link, the file's permissions. Each as a user meets it: the real bin as a
// child process, real files, one line on stderr per file whose fixes were not written, exit 2.
import {chmodSync, existsSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import {CONFIG, WATER, WATER_FIXED} from './documents.js'
import {expectNoStackTrace, lessonlint, ROOT, tempProject, validateSarif} from './helpers.js'

const CONCURRENT_WRITER = pathToFileURL(join(ROOT, 'test/cli/fixtures/concurrent-writer.mjs')).href
/** What a lint of WATER reports before any fix (under CONFIG). */
const WATER_FINDINGS = ['evaluation-plan', 'required-sections']
const past = new Date('2020-01-02T03:04:05Z')
/** Symbolic links, hard links and permission bits as POSIX has them. */
const posix = process.platform !== 'win32'

let project: ReturnType<typeof tempProject>
let cwd: string

beforeEach(() => {
  project = tempProject({'.lessonlintrc.json': CONFIG, 'water.md': WATER})
  cwd = project.dir
  utimesSync(join(cwd, 'water.md'), past, past)
})
afterEach(() => {
  // A read-only folder or file must not stop the cleanup.
  for (const name of readdirSync(cwd)) if (!lstatSync(join(cwd, name)).isSymbolicLink()) chmodSync(join(cwd, name), 0o755)
  project.cleanup()
})

const path = (name: string) => join(cwd, name)
const read = (name: string) => readFileSync(path(name), 'utf8')
const mode = (name: string) => statSync(path(name)).mode & 0o7777
const tempFiles = () => readdirSync(cwd).filter((name) => name.endsWith('.lessonlint-tmp'))

interface JsonEntry {
  filePath: string
  messages: Array<{ruleId: string; message: string}>
  fixSkipped?: {reason: string; message: string}
}
const json = (stdout: string) => JSON.parse(stdout) as JsonEntry[]
const ruleIds = (entry: JsonEntry | undefined) => entry?.messages.map((m) => m.ruleId).sort()

describe('another program saves the file while --fix runs', () => {
  // The other program writes while lessonlint holds the fixed text in its temporary file, the
  // last moment before the rename; it keeps the size and puts back the modification time, so
  // only a check of the content itself can notice.
  const race = (action: 'write' | 'delete', text = '') => ({
    NODE_OPTIONS: `--import ${CONCURRENT_WRITER}`,
    LESSONLINT_RACE: action,
    LESSONLINT_RACE_FILE: path('water.md'),
    LESSONLINT_RACE_TEXT: text,
    LESSONLINT_RACE_MARKER: path('race-happened'),
  })

  test('its text is kept, byte for byte; the file is named with the reason; exit 2', () => {
    const theirs = WATER.replace('40 villages', '50 villages')
    expect(theirs).toHaveLength(WATER.length)
    const run = lessonlint(['--fix', 'water.md', '--format', 'json'], {cwd, env: race('write', theirs)})
    expect(existsSync(path('race-happened'))).toBe(true)

    expect(read('water.md')).toBe(theirs)
    expect(statSync(path('water.md')).mtime).toEqual(past)
    expect(tempFiles()).toEqual([])
    expect(run.stderr).toBe(
      'lessonlint: water.md: fixes not written: the file changed while it was being fixed (another program wrote to it); its new content is kept; run --fix again.\n',
    )
    expect(run.status).toBe(2)
    // The report is that of the file as it was read: its findings are still there, unfixed.
    const [entry] = json(run.stdout)
    expect(entry?.fixSkipped).toEqual({reason: 'changed', message: 'the file changed while it was being fixed (another program wrote to it); its new content is kept'})
    expect(ruleIds(entry)).toEqual(WATER_FINDINGS)
  })

  test('a file deleted meanwhile stays deleted', () => {
    const run = lessonlint(['--fix', 'water.md'], {cwd, env: race('delete')})
    expect(existsSync(path('race-happened'))).toBe(true)
    expect(existsSync(path('water.md'))).toBe(false)
    expect(tempFiles()).toEqual([])
    expect(run.stderr).toMatch(/^lessonlint: water\.md: fixes not written: the file was deleted or moved while it was being fixed\.\n$/)
    expect(run.status).toBe(2)
  })

  test('without the other program, the same run writes the fix', () => {
    const run = lessonlint(['--fix', 'water.md'], {cwd})
    expect(read('water.md')).toBe(WATER_FIXED)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
  })
})

test('a read-only (444) file is left alone, even for root; the other files are still fixed; exit 2', () => {
  writeFileSync(path('locked.md'), WATER)
  chmodSync(path('locked.md'), 0o444)
  utimesSync(path('locked.md'), past, past)
  const run = lessonlint(['--fix', 'locked.md', 'water.md', '--format', 'json'], {cwd})
  expectNoStackTrace(run.stderr)

  expect(read('locked.md')).toBe(WATER)
  expect(mode('locked.md')).toBe(0o444)
  expect(statSync(path('locked.md')).mtime).toEqual(past)
  expect(read('water.md')).toBe(WATER_FIXED)
  expect(run.stderr).toBe('lessonlint: locked.md: fixes not written: the file is read-only (mode 444); make it writable to fix it.\n')
  expect(run.status).toBe(2)

  const entries = json(run.stdout)
  const locked = entries.find((e) => e.filePath === 'locked.md')
  expect(locked?.fixSkipped?.reason).toBe('read-only')
  expect(ruleIds(locked)).toEqual(WATER_FINDINGS)
  expect(entries.find((e) => e.filePath === 'water.md')?.fixSkipped).toBeUndefined()
})

test('the reports that are not JSON: stylish still prints the report; SARIF marks the run as not successful', () => {
  chmodSync(path('water.md'), 0o444)
  const stylish = lessonlint(['--fix', 'water.md', '--no-color'], {cwd})
  expect(stylish.stdout).toContain('water.md')
  expect(stylish.stdout).toContain('required-sections')
  expect(stylish.stderr).toBe('lessonlint: water.md: fixes not written: the file is read-only (mode 444); make it writable to fix it.\n')
  expect(stylish.status).toBe(2)

  const sarif = lessonlint(['--fix', 'water.md', '--format', 'sarif'], {cwd})
  const log = JSON.parse(sarif.stdout) as unknown
  const validation = validateSarif(log)
  expect(validation.valid, validation.errors).toBe(true)
  const invocation = (log as {runs: Array<{invocations: Array<{executionSuccessful: boolean; toolExecutionNotifications?: Array<{message: {text: string}}>}>}>}).runs[0]!.invocations[0]!
  expect(invocation.executionSuccessful).toBe(false)
  expect(invocation.toolExecutionNotifications?.map((n) => n.message.text)).toEqual(['Fixes not written: the file is read-only (mode 444); make it writable to fix it.'])
  expect(sarif.status).toBe(2)
})

test.runIf(posix)('a symbolic link: its target is fixed and the link stays a link', () => {
  writeFileSync(path('target.md'), WATER)
  symlinkSync('target.md', path('link.md'))
  const run = lessonlint(['--fix', 'link.md'], {cwd})
  expectNoStackTrace(run.stderr)
  expect(run.stderr).toBe('')
  expect(lstatSync(path('link.md')).isSymbolicLink()).toBe(true)
  expect(readlinkSync(path('link.md'))).toBe('target.md')
  expect(read('target.md')).toBe(WATER_FIXED)
  expect(tempFiles()).toEqual([])
  expect(run.status).toBe(1)
})

test.runIf(posix)('a link and its target in one run: fixed once, no false alarm', () => {
  writeFileSync(path('target.md'), WATER)
  symlinkSync('target.md', path('link.md'))
  const run = lessonlint(['--fix', 'link.md', 'target.md'], {cwd})
  expect(run.stderr).toBe('')
  expect(read('target.md')).toBe(WATER_FIXED)
  expect(lstatSync(path('link.md')).isSymbolicLink()).toBe(true)
  expect(run.status).toBe(1)
})

test('bytes that are not UTF-8: no fix is written, the line says why and where; exit 2', () => {
  // Latin-1 "é" (0xe9) on line 5, as an old Word export would have it.
  const latin1 = Buffer.concat([Buffer.from(WATER.slice(0, WATER.indexOf('Improve'))), Buffer.from('Am\xe9liorer l\'acc\xe8s.\n', 'latin1')])
  writeFileSync(path('latin1.md'), latin1)
  const run = lessonlint(['--fix', 'latin1.md', '--format', 'json'], {cwd})
  expectNoStackTrace(run.stderr)
  expect(readFileSync(path('latin1.md')).equals(latin1)).toBe(true)
  expect(run.stderr).toBe(
    'lessonlint: latin1.md: fixes not written: the file is not valid UTF-8 (byte 0xe9 on line 5): writing the fix would replace such bytes; save the file as UTF-8 first.\n',
  )
  expect(json(run.stdout)[0]?.fixSkipped?.reason).toBe('not-utf8')
  expect(run.status).toBe(2)
})

test('--fix-dry-run reports no skipped fix and writes nothing', () => {
  chmodSync(path('water.md'), 0o444)
  const run = lessonlint(['--fix-dry-run', 'water.md', '--format', 'json'], {cwd})
  expect(run.stderr).toBe('')
  expect(json(run.stdout)[0]?.fixSkipped).toBeUndefined()
  expect(read('water.md')).toBe(WATER)
  expect(run.status).toBe(1)
})

test.runIf(posix)("the file's permission bits are kept exactly, whatever the umask", () => {
  const modes: Record<string, number> = {'shared.md': 0o666, 'private.md': 0o600, 'group.md': 0o640, 'script.md': 0o755}
  for (const [name, bits] of Object.entries(modes)) {
    writeFileSync(path(name), WATER)
    chmodSync(path(name), bits)
  }
  // The umask every shell has: without an explicit chmod, 666 would come back as 644.
  const run = lessonlint(['--fix', ...Object.keys(modes)], {cwd, env: {NODE_OPTIONS: `--import data:text/javascript,process.umask(0o022)`}})
  expect(run.stderr).toBe('')
  for (const [name, bits] of Object.entries(modes)) {
    expect(read(name), name).toBe(WATER_FIXED)
    expect(mode(name).toString(8), name).toBe(bits.toString(8))
  }
})

test.runIf(posix)('a file with two hard links is not split in two', () => {
  linkSync(path('water.md'), path('water-copy.md'))
  const run = lessonlint(['--fix', 'water.md'], {cwd})
  expect(read('water.md')).toBe(WATER)
  expect(statSync(path('water.md')).ino).toBe(statSync(path('water-copy.md')).ino)
  expect(run.stderr).toBe('lessonlint: water.md: fixes not written: the file has 2 hard links; replacing it would leave the other names with the old text.\n')
  expect(run.status).toBe(2)
})
