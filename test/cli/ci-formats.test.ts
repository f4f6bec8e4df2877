// The reports other CI systems read, from the real bin: GitLab code quality
// (checked against the fields GitLab reads, as a JSON Schema) and JUnit XML
// (checked well-formed, then read back by junit2json, a parser CI tools use).
import {Ajv} from 'ajv'
import {XMLValidator} from 'fast-xml-parser'
import {parse as parseJunit} from 'junit2json'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {CONFIG, ROADS, WATER} from './documents.js'
import {lessonlint, tempProject} from './helpers.js'

/** What GitLab's code quality widget reads of each issue (docs: "Code Quality report format"). */
const GITLAB_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: {type: 'string', minLength: 1},
      check_name: {type: 'string', minLength: 1},
      fingerprint: {type: 'string', pattern: '^[0-9a-f]{32}$'},
      severity: {enum: ['info', 'minor', 'major', 'critical', 'blocker']},
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: {type: 'string', pattern: '^[^/]'},
          lines: {type: 'object', required: ['begin'], properties: {begin: {type: 'integer', minimum: 1}, end: {type: 'integer', minimum: 1}}},
        },
      },
    },
  },
}

let project: ReturnType<typeof tempProject>
let cwd: string
beforeAll(() => {
  // Two identical findings on identical lines: their fingerprints must still differ.
  project = tempProject({'.lessonlintrc.json': CONFIG, 'water.md': WATER, 'docs/roads.md': ROADS, 'twin.md': WATER, 'clean & <odd>.md': ROADS.replace('Project staff collect', 'Joint monitoring with the road committees, who collect')})
  cwd = project.dir
})
afterAll(() => project.cleanup())

describe('--format gitlab', () => {
  test('one issue per finding with the fields GitLab reads, unique fingerprints stable across runs', () => {
    const run = lessonlint(['water.md', 'docs/roads.md', 'twin.md', '--format', 'gitlab'], {cwd})
    expect(run.status).toBe(1)
    const issues = JSON.parse(run.stdout) as Array<{check_name: string; severity: string; fingerprint: string; description: string; location: {path: string; lines: {begin: number}}}>
    const validate = new Ajv({strict: false}).compile(GITLAB_SCHEMA)
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true)
    // Files in path order, as every report gives them.
    expect(issues.map((issue) => [issue.location.path, issue.location.lines.begin, issue.check_name, issue.severity])).toEqual([
      ['docs/roads.md', 17, 'participatory-monitoring', 'info'],
      ['twin.md', 1, 'required-sections', 'major'],
      ['twin.md', 1, 'evaluation-plan', 'minor'],
      ['water.md', 1, 'required-sections', 'major'],
      ['water.md', 1, 'evaluation-plan', 'minor'],
    ])
    expect(issues[4]!.description).toBe('No evaluation of the project is planned. (evaluation-plan)')
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
    const again = JSON.parse(lessonlint(['water.md', 'docs/roads.md', 'twin.md', '--format', 'gitlab'], {cwd}).stdout) as typeof issues
    expect(again.map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint))
  })

  test('a clean run is an empty array', () => {
    expect(JSON.parse(lessonlint(['clean & <odd>.md', '--format', 'gitlab'], {cwd}).stdout)).toEqual([])
  })
})

describe('--format junit', () => {
  test('well-formed XML that a JUnit consumer reads back: a suite per file, a failing case per finding, a passing case per clean file', async () => {
    const run = lessonlint(['water.md', 'docs/roads.md', 'clean & <odd>.md', '--format', 'junit'], {cwd})
    expect(run.status).toBe(1)
    expect(XMLValidator.validate(run.stdout)).toBe(true)
    const report = (await parseJunit(run.stdout)) as {
      tests: number
      failures: number
      testsuite: Array<{name: string; tests: number; failures: number; testcase: Array<{name: string; failure?: Array<{type: string; message: string; inner: string}>}>}>
    }
    expect([report.tests, report.failures]).toEqual([4, 3])
    expect(report.testsuite.map((suite) => [suite.name, suite.tests, suite.failures])).toEqual([
      ['clean & <odd>.md', 1, 0],
      ['docs/roads.md', 1, 1],
      ['water.md', 2, 2],
    ])
    const [sections] = report.testsuite[2]!.testcase
    expect(sections!.name).toBe('water.md:1:1 required-sections')
    expect(sections!.failure![0]!.type).toBe('error')
    expect(sections!.failure![0]!.message).toBe('The proposal has no activities, budget, monitoring and evaluation, risks and sustainability sections.')
    expect(sections!.failure![0]!.inner).toMatch(/^error at water\.md:1:1: The proposal has no activities.* \(required-sections\)$/)
    expect(report.testsuite[0]!.testcase[0]!.failure).toBeUndefined()
  })
})

describe('the VS Code problem matcher the extension contributes', () => {
  test('reads every --format compact line: file, line, column, severity, rule id, problem', async () => {
    const {readFileSync} = await import('node:fs')
    const {join} = await import('node:path')
    const {ROOT} = await import('./helpers.js')
    const manifest = JSON.parse(readFileSync(join(ROOT, 'extension/package.json'), 'utf8')) as {
      contributes: {problemMatchers: Array<{name: string; pattern: {regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number}}>}
    }
    const matcher = manifest.contributes.problemMatchers.find((each) => each.name === 'lessonlint')!
    // VS Code runs the pattern as a JavaScript regular expression on each line of the task's output.
    const pattern = new RegExp(matcher.pattern.regexp)
    const lines = lessonlint(['water.md', 'docs/roads.md', 'clean & <odd>.md', '--format', 'compact'], {cwd}).stdout.trimEnd().split('\n')
    const read = lines.map((line) => {
      const match = pattern.exec(line)!
      const {file, line: row, column, severity, code, message} = matcher.pattern
      return [match[file], Number(match[row]), Number(match[column]), match[severity], match[code], match[message]]
    })
    expect(read).toEqual([
      ['docs/roads.md', 17, 1, 'info', 'participatory-monitoring', 'The M&E plan leaves monitoring to project staff: no constituents or beneficiaries take part in it.'],
      ['water.md', 1, 1, 'error', 'required-sections', 'The proposal has no activities, budget, monitoring and evaluation, risks and sustainability sections.'],
      ['water.md', 1, 1, 'warning', 'evaluation-plan', 'No evaluation of the project is planned.'],
    ])
  })
})
