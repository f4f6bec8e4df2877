// RuleTester: runs a rule over its fixture folder, as the ILO pack's own tests
// do, for authors of other organisations' rules (plugins). Each problem is one
// line saying which fixture and what differs; `RuleTester.run` registers one
// test per fixture with the test framework's `describe` and `test`.
import {applyFixes} from '../engine/fix.js'
import {validateRanges} from '../engine/validate.js'
import type {Rule} from '../types.js'
import {
  describeDiagnostics,
  fixesOf,
  fixturesIn,
  keysOfDiagnostics,
  keysOfMarkers,
  lintFixture,
  mapOffsetThroughFixes,
  orphanFixedFilesIn,
  parseHeader,
  parseMarkers,
  type Fixture,
} from './fixtures.js'

/** What is wrong with the rule on one fixture; empty when it behaves as the fixture says. */
export function checkFixture(rule: Rule, fixture: Fixture): string[] {
  const where = fixture.relativePath
  let header
  let markers
  try {
    header = parseHeader(fixture.text)
    markers = parseMarkers(fixture.text)
  } catch (error) {
    return [`${where}: ${(error as Error).message}`]
  }
  const problems: string[] = []
  if (header.verdict !== fixture.verdict) problems.push(`${where}: the verdict comment says ${header.verdict}, but the fixture is in ${fixture.verdict}/`)
  if (fixture.verdict === 'invalid' && markers.length === 0) problems.push(`${where}: an invalid fixture needs at least one <!-- expect: ${rule.meta.id} --> marker`)
  if (fixture.verdict === 'valid' && markers.length > 0) problems.push(`${where}: a valid fixture has no markers`)

  const result = lintFixture(rule, fixture.text, fixture.filePath, header.options)
  if (result.internalErrors.length > 0) return [...problems, `${where}: the rule threw: ${result.internalErrors[0]!.message}`]
  for (const problem of validateRanges(result)) problems.push(`${where}: ${problem}`)
  const found = keysOfDiagnostics(result.diagnostics)
  const expected = keysOfMarkers(markers)
  if (found.join() !== expected.join()) {
    problems.push(`${where}: expected ${expected.join(', ') || 'no diagnostics'} (rule@line), found ${found.join(', ') || 'none'}\n${describeDiagnostics(result.diagnostics)}`)
  }

  const fixes = fixesOf(result.diagnostics)
  if (fixes.length > 0 && rule.meta.fixable !== true) problems.push(`${where}: ${rule.meta.id} reports fixes but its meta.fixable is not true`)
  if (fixture.fixedText === null) return problems
  if (fixes.length === 0) return [...problems, `${where}: a .fixed.md sits beside it but no diagnostic carries a fix`]
  // Offsets point into the text without a byte order mark: apply them there.
  const fixed = applyFixes(result.text, fixes)
  const fixedText = (result.hadBom ? '\uFEFF' : '') + fixed.text
  if (fixed.skipped.length > 0) problems.push(`${where}: fixes skipped as overlapping: ${fixed.skipped.map((fix) => fix.title).join(', ')}`)
  if (fixedText !== fixture.fixedText) problems.push(`${where}: applying every fix does not give ${fixture.name.replace(/\.md$/, '.fixed.md')} exactly`)
  const again = lintFixture(rule, fixedText, fixture.filePath, header.options)
  for (const problem of validateRanges(again)) problems.push(`${where} fixed: ${problem}`)
  const repeated = result.diagnostics.filter(
    (diagnostic) =>
      diagnostic.fix &&
      again.diagnostics.some(
        (later) =>
          later.ruleId === diagnostic.ruleId &&
          later.messageId === diagnostic.messageId &&
          later.range.start.offset === mapOffsetThroughFixes(diagnostic.range.start.offset, fixes),
      ),
  )
  if (repeated.length > 0) problems.push(`${where}: re-linting the fixed text reports the fixed finding again (${repeated.map((d) => d.messageId).join(', ')})`)
  return problems
}

/** What is wrong with a rule folder as a whole: fixtures missing, orphaned .fixed.md files, duplicates. */
export function checkRuleFolder(rule: Rule, ruleDir: string): string[] {
  const fixtures = fixturesIn(ruleDir, rule.meta.id)
  const problems: string[] = []
  if (!fixtures.some((fixture) => fixture.verdict === 'valid')) problems.push('valid/ needs at least one *.md fixture')
  if (!fixtures.some((fixture) => fixture.verdict === 'invalid')) problems.push('invalid/ needs at least one *.md fixture')
  for (const orphan of orphanFixedFilesIn(ruleDir)) problems.push(`${orphan} sits beside no invalid fixture of the same name`)
  if (rule.meta.fixable && !fixtures.some((fixture) => fixture.verdict === 'invalid' && fixture.fixedText !== null)) {
    problems.push(`${rule.meta.id} is fixable: at least one invalid fixture needs a <name>.fixed.md beside it`)
  }
  // As ESLint's RuleTester: two identical cases test nothing more than one.
  const seen = new Map<string, string>()
  for (const fixture of fixtures) {
    const key = fixture.text.replace(/\r\n?/g, '\n').trim()
    const first = seen.get(key)
    if (first) problems.push(`${fixture.relativePath} repeats ${first}`)
    else seen.set(key, fixture.relativePath)
  }
  return problems
}

type Suite = (name: string, body: () => void) => void
type Case = (name: string, body: () => void) => void

/**
 * Registers the tests of a rule folder with a test framework: one for the
 * folder, one per fixture. Pass vitest's or jest's `describe` and `test` (or
 * `it`); by default the globals of that name are used.
 *
 *   new RuleTester({describe, test}).run(rule, ruleFolder)   // ruleFolder holds valid/ and invalid/
 */
export class RuleTester {
  private readonly describe: Suite
  private readonly test: Case

  constructor(framework: {describe?: Suite; test?: Case; it?: Case} = {}) {
    const globals = globalThis as {describe?: Suite; test?: Case; it?: Case}
    const describe = framework.describe ?? globals.describe
    const test = framework.test ?? framework.it ?? globals.test ?? globals.it
    if (!describe || !test) throw new Error('RuleTester needs describe and test: pass them, e.g. new RuleTester({describe, test}) with vitest')
    this.describe = describe
    this.test = test
  }

  run(rule: Rule, ruleDir: string): void {
    this.describe(rule.meta.id, () => {
      this.test('fixture folder', () => failOn(checkRuleFolder(rule, ruleDir)))
      for (const fixture of fixturesIn(ruleDir, rule.meta.id)) {
        this.test(fixture.relativePath, () => failOn(checkFixture(rule, fixture)))
      }
    })
  }
}

function failOn(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(problems.join('\n'))
}
