// `lessonlint explain` as a user runs it: per rule, the verdict and the evidence
// behind it with lines; and the same evidence as SARIF related locations.
import {expect, test} from 'vitest'
import {expectNoStackTrace, lessonlint, ROOT, validateSarif, type Run} from './helpers.js'

/** A draft with a training component and no ITC-ILO (fixtures/README.md). */
const DRAFT = 'fixtures/06-malawi-youth-green-works-draft.md'

function expectOneLineFailure(run: Run, pattern: RegExp): void {
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  expectNoStackTrace(run.stderr)
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).toMatch(pattern)
}

test('explain FILE --rule ID prints the verdict and the evidence with line:column', () => {
  const run = lessonlint(['explain', DRAFT, '--rule', 'itcilo-link'], {cwd: ROOT})
  expect(run.status).toBe(0)
  expect(run.stderr).toBe('')
  const lines = run.stdout.split('\n')
  expect(lines[0]).toBe(DRAFT)
  expect(lines).toContain('itcilo-link  reported')
  // "3. **Train youth.**" on line 34: the first mention of the training component.
  expect(run.stdout).toMatch(/^ {2}applies +34:6 +training component: “Train”$/m)
  expect(run.stdout).toMatch(/^ {2}missing +the ITC-ILO \(International Training Centre of the ILO, Turin\) named as a partner in the plans$/m)
  expect(run.stdout).toMatch(/^ {2}finding +34:6 +The proposal plans training but does not involve the ITC-ILO/m)
  // Only the rule asked for.
  expect(run.stdout).not.toMatch(/^gender-budget/m)
})

test('explain --format json holds the evidence with lines', () => {
  const run = lessonlint(['explain', DRAFT, '--rule', 'itcilo-link', '--format', 'json'], {cwd: ROOT})
  expect(run.status).toBe(0)
  const report = JSON.parse(run.stdout) as {
    filePath: string
    rules: Array<{ruleId: string; verdict: string; evidence: Array<{role: string; message: string; line?: number; column?: number}>}>
  }
  expect(report.filePath).toBe(DRAFT)
  expect(report.rules).toHaveLength(1)
  const [rule] = report.rules
  expect(rule).toMatchObject({ruleId: 'itcilo-link', verdict: 'reported'})
  const placed = rule!.evidence.filter((note) => note.line !== undefined)
  expect(placed.length).toBeGreaterThan(0)
  expect(placed[0]).toEqual({role: 'applies', message: 'training component: “Train”', line: 34, column: 6, endLine: 34, endColumn: 11})
  for (const note of placed) expect(note.line).toBeGreaterThanOrEqual(1)
  expect(rule!.evidence.map((note) => note.role)).toContain('missing')
})

test('explain without --rule explains every rule, each with its verdict', () => {
  const run = lessonlint(['explain', DRAFT, '--format', 'json'], {cwd: ROOT})
  expect(run.status).toBe(0)
  const report = JSON.parse(run.stdout) as {rules: Array<{ruleId: string; verdict: string; evidence: unknown[]}>}
  expect(report.rules).toHaveLength(26)
  for (const rule of report.rules) {
    expect(['reported', 'satisfied', 'not-applicable']).toContain(rule.verdict)
    expect(rule.evidence.length).toBeGreaterThan(0)
  }
})

test('explain with an unknown rule id: exit 2, one line on stderr', () => {
  expectOneLineFailure(lessonlint(['explain', DRAFT, '--rule', 'itcilo-lnk'], {cwd: ROOT}), /^lessonlint: Unknown rule id 'itcilo-lnk'\./)
})

test('explain of a missing file: exit 2, one line on stderr', () => {
  expectOneLineFailure(lessonlint(['explain', 'fixtures/no-such-proposal.md'], {cwd: ROOT}), /^lessonlint: .*no-such-proposal\.md/)
})

test('explain --help prints its usage and exits 0', () => {
  const run = lessonlint(['explain', '--help'], {cwd: ROOT})
  expect(run.status).toBe(0)
  expect(run.stdout).toMatch(/^Usage: lessonlint explain FILE/)
  expect(run.stderr).toBe('')
})

test('a SARIF run carries the evidence as related locations', () => {
  const run = lessonlint(['--format', 'sarif', DRAFT], {cwd: ROOT})
  expect(run.status).toBe(1)
  expectNoStackTrace(run.stderr)
  const log = JSON.parse(run.stdout)
  expect(validateSarif(log)).toEqual({valid: true, errors: '[]'})
  const results = log.runs[0].results as any[]
  const itcilo = results.find((result) => result.ruleId === 'itcilo-link')
  expect(itcilo.relatedLocations[0]).toMatchObject({
    message: {text: 'Applies: training component: “Train”'},
    physicalLocation: {artifactLocation: {uri: DRAFT}, region: {startLine: 34, startColumn: 6, endLine: 34, endColumn: 11}},
  })
  // Partial evidence of a reported rule: the sections that exist, beside the ones missing.
  const sections = results.find((result) => result.ruleId === 'required-sections')
  expect(sections.relatedLocations.map((location: any) => location.message.text)).toEqual([
    'Found: objectives section: “Objective”',
    'Found: sustainability section: “Sustainability”',
  ])
})
