// What a user sees when something is wrong: exit 2, one line on stderr, never a stack trace.
import {afterAll, beforeAll, expect, test} from 'vitest'
import {CONFIG, WATER} from './documents.js'
import {expectNoStackTrace, lessonlint, tempProject, type Run} from './helpers.js'

let project: ReturnType<typeof tempProject>
let cwd: string

beforeAll(() => {
  project = tempProject({
    '.lessonlintrc.json': CONFIG,
    'water.md': WATER,
    'bad-json/.lessonlintrc.json': '{\n  "rules": {\n    "evaluation-plan": warning\n  }\n}\n',
    'bad-json/doc.md': WATER,
    'typo/.lessonlintrc.json': JSON.stringify({rules: {'gender-budgt': 'off'}}),
    'typo/doc.md': WATER,
    'preset/.lessonlintrc.json': JSON.stringify({extends: 'lessonlint:recomended'}),
    'preset/doc.md': WATER,
  })
  cwd = project.dir
})
afterAll(() => project.cleanup())

function expectOneLineFailure(run: Run, pattern: RegExp): void {
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  expectNoStackTrace(run.stderr)
  expect(run.stderr.endsWith('\n')).toBe(true)
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).toMatch(pattern)
}

test('a missing path: exit 2 naming it, even beside paths that exist', () => {
  expectOneLineFailure(lessonlint(['water.md', 'nope/missing.md'], {cwd}), /^lessonlint: No such file or directory: nope\/missing\.md\n$/)
})

test('a missing --config file: exit 2 naming it', () => {
  expectOneLineFailure(lessonlint(['water.md', '--config', 'none.json'], {cwd}), /^lessonlint: No such file or directory: none\.json\n$/)
})

test('a glob that matches nothing: exit 2 naming it', () => {
  expectOneLineFailure(lessonlint(['drafts/**/*.md'], {cwd}), /^lessonlint: No Markdown files match 'drafts\/\*\*\/\*\.md'/)
})

test('a config file that is not valid JSON: exit 2 naming the file and the place', () => {
  expectOneLineFailure(lessonlint(['bad-json/doc.md'], {cwd}), /^lessonlint: bad-json\/\.lessonlintrc\.json:3:\d+: invalid JSON/)
})

test('an unknown rule id in a config: exit 2 naming the id and the nearest one', () => {
  expectOneLineFailure(
    lessonlint(['typo/doc.md'], {cwd}),
    /^lessonlint: typo\/\.lessonlintrc\.json: rules\.gender-budgt: unknown rule id \(did you mean "gender-budget"\?\)\n$/,
  )
  expectOneLineFailure(lessonlint(['preset/doc.md'], {cwd}), /unknown preset "lessonlint:recomended" \(did you mean "lessonlint:recommended"\?\)/)
})

test('an unknown rule id in --rule: exit 2 naming the id and the nearest one', () => {
  expectOneLineFailure(
    lessonlint(['water.md', '--rule', 'itcilo-lnk:off'], {cwd}),
    /^lessonlint: --rule: itcilo-lnk: unknown rule id \(did you mean "itcilo-link"\?\)\n$/,
  )
})

test('an unknown option: exit 2, one line, a hint to --help', () => {
  expectOneLineFailure(lessonlint(['--colour', 'water.md'], {cwd}), /^lessonlint: Unknown option '--colour'\. Run "lessonlint --help" for usage\.\n$/)
  expectOneLineFailure(lessonlint(['-x'], {cwd}), /^lessonlint: Unknown option '-x'\./)
})

test('a bad option value: exit 2 with a hint to --help', () => {
  expectOneLineFailure(lessonlint(['--format', 'xml'], {cwd}), /^lessonlint: Unknown format 'xml': expected stylish, compact, json, sarif, github, gitlab or junit\. .*--help/)
  expectOneLineFailure(lessonlint(['--format'], {cwd}), /^lessonlint: Option '-f, --format <value>' argument missing\. .*--help/)
  expectOneLineFailure(lessonlint(['--fix', '--fix-dry-run'], {cwd}), /cannot be used together/)
})

test('LESSONLINT_DEBUG=1 adds the stack for bug reports', () => {
  const run = lessonlint(['water.md', '--config', 'none.json'], {cwd, env: {LESSONLINT_DEBUG: '1'}})
  expect(run.status).toBe(2)
  expect(run.stderr).toMatch(/^lessonlint: No such file or directory: none\.json\n/)
  expect(run.stderr).toMatch(/\n\s+at /)
})

test('an output file that cannot be written: exit 2 naming it', () => {
  expectOneLineFailure(
    lessonlint(['water.md', '--output-file', 'water.md/report.json'], {cwd}),
    /^lessonlint: Cannot write the report to water\.md\/report\.json: part of the path is a file\n$/,
  )
})
