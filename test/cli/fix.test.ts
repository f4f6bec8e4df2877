// `--fix` on files: what is written, what is left alone, what is reported.
import {readdirSync, readFileSync, statSync, utimesSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {BROKEN, CLEAN, CONFIG, WATER, WATER_FIXED} from './documents.js'
import {expectNoStackTrace, lessonlint, tempProject} from './helpers.js'

const BOM = '\uFEFF'
const crlf = (text: string) => text.replace(/\n/g, '\r\n')

let project: ReturnType<typeof tempProject>
let cwd: string
const past = new Date('2020-01-02T03:04:05Z')

beforeEach(() => {
  project = tempProject({
    '.lessonlintrc.json': CONFIG,
    'water.md': WATER,
    'windows.md': BOM + crlf(WATER),
    'broken.md': BROKEN,
    'clean.md': CLEAN,
  })
  cwd = project.dir
  // An old mtime, so that a rewrite within the same second would still show.
  for (const name of ['water.md', 'windows.md', 'broken.md', 'clean.md']) utimesSync(join(cwd, name), past, past)
})
afterEach(() => project.cleanup())

const read = (name: string) => readFileSync(join(cwd, name), 'utf8')

test('--fix writes fixed files exactly, leaves broken and clean files untouched, and reports what remains', () => {
  const before = readdirSync(cwd).sort()
  const run = lessonlint(['--fix', '.', '--format', 'json'], {cwd})
  expectNoStackTrace(run.stderr)

  expect(read('water.md')).toBe(WATER_FIXED)
  // The byte order mark and CRLF line endings are kept.
  expect(read('windows.md')).toBe(BOM + crlf(WATER_FIXED))
  // Front matter that does not parse: no fix is written, even though required-sections has one.
  expect(read('broken.md')).toBe(BROKEN)
  expect(statSync(join(cwd, 'broken.md')).mtime).toEqual(past)
  // Nothing to fix: not rewritten at all.
  expect(read('clean.md')).toBe(CLEAN)
  expect(statSync(join(cwd, 'clean.md')).mtime).toEqual(past)
  // No temporary file left behind.
  expect(readdirSync(cwd).sort()).toEqual(before)

  const results = JSON.parse(run.stdout) as Array<{filePath: string; messages: Array<{ruleId: string}>; output?: string}>
  const remaining = Object.fromEntries(results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId).sort()]))
  expect(remaining).toEqual({
    'broken.md': ['evaluation-plan', 'frontmatter', 'required-sections'],
    'clean.md': [],
    // The inserted skeletons are still reported, as placeholders, until someone writes them.
    'water.md': ['evaluation-plan', 'participatory-monitoring', 'required-sections'],
    'windows.md': ['evaluation-plan', 'participatory-monitoring', 'required-sections'],
  })
  // The fixed text is in the files, not in the report.
  expect(results.every((r) => r.output === undefined)).toBe(true)
  // broken.md still has errors.
  expect(run.status).toBe(1)
})

test('a second --fix changes nothing more', () => {
  lessonlint(['--fix', 'water.md'], {cwd})
  utimesSync(join(cwd, 'water.md'), past, past)
  const run = lessonlint(['--fix', 'water.md'], {cwd})
  // Still failing: the skeleton sections hold only placeholders, and no fix writes them.
  expect(run.status).toBe(1)
  expect(read('water.md')).toBe(WATER_FIXED)
  expect(statSync(join(cwd, 'water.md')).mtime).toEqual(past)
})

test('--fix-dry-run writes nothing; stylish shows what would remain', () => {
  const run = lessonlint(['--fix-dry-run', '--no-color', 'water.md'], {cwd, env: {COLUMNS: '200'}})
  expect(read('water.md')).toBe(WATER)
  expect(statSync(join(cwd, 'water.md')).mtime).toEqual(past)
  // What remains: the skeletons as placeholders (never silence), and what no fix can write.
  expect(run.stdout).not.toContain('The proposal has no')
  expect(run.stdout).toMatch(/still hold only a placeholder\.\s+required-sections/)
  expect(run.stdout).toContain('evaluation-plan')
  expect(run.stdout).toContain('participatory-monitoring')
  expect(run.status).toBe(1)
})
