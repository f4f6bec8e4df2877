// Every rule explains its verdict (`lessonlint explain`, SARIF related locations):
// on every rule fixture and every whole proposal in fixtures/, each rule that ran
// leaves at least one evidence note, a reported rule says what it missed or why
// it applied, a rule that did not apply says why, and every quoted place lies
// inside the text. Then, on whole proposals, the exact notes a user sees.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {describe, expect, test} from 'vitest'

import {lintText, validateRanges, type Evidence, type LintResult, type RuleExplanation} from '@lessonlint/core'

import {rules} from './index.js'
import {fixturesOf, lintFixture, parseHeader, ruleFolders, rulesDirectory} from './scripts/fixture-harness.mjs'

const rulesDir = rulesDirectory()
const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures')
const proposals = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
const byId = new Map(rules.map((rule) => [rule.meta.id, rule]))

/** What is wrong with a lint result's explanations, one line each; empty when nothing is. */
function explanationProblems(result: LintResult): string[] {
  const problems: string[] = []
  const length = result.text.length
  for (const {ruleId, verdict, evidence} of result.explanations) {
    const roles = new Set(evidence.map((note) => note.role))
    if (verdict === 'failed') problems.push(`${ruleId} failed: ${evidence[0]?.message ?? ''}`)
    if (evidence.length === 0) problems.push(`${ruleId} (${verdict}) left no evidence`)
    if (verdict === 'reported' && !roles.has('missing') && !roles.has('applies')) {
      problems.push(`${ruleId} reported with neither a "missing" nor an "applies" note`)
    }
    if (verdict === 'not-applicable' && !roles.has('not-applicable')) problems.push(`${ruleId} does not apply but says not why`)
    for (const note of evidence) {
      if (note.message.trim() === '') problems.push(`${ruleId} has an empty ${note.role} note`)
      // A wording object put in a template string reads "[object Object]" to the user.
      if (note.message.includes('[object ')) problems.push(`${ruleId} has a ${note.role} note that prints an object: ${note.message}`)
      const range = note.range
      if (!range) continue
      const inside =
        range.start.offset >= 0 &&
        range.start.offset <= range.end.offset &&
        range.end.offset <= length &&
        range.start.line >= 1 &&
        range.start.column >= 1 &&
        range.start.line <= range.end.line
      if (!inside) problems.push(`${ruleId}: "${note.message}" has a range outside the text (${JSON.stringify(range)})`)
    }
  }
  return problems
}

const folders = ruleFolders(rulesDir)

test('every rule of the pack has fixtures to explain', () => {
  expect(folders).toEqual([...byId.keys()].sort())
})

describe.each(folders)('%s fixtures', (folder) => {
  const fixtures = fixturesOf(rulesDir, folder)
  test.each(fixtures.map((fixture) => [fixture.relativePath, fixture] as const))('%s: every rule explains its verdict', (_, fixture) => {
    // The whole pack, as users run it; then the fixture's own rule with the fixture's options.
    const pack = lintText(fixture.text, {filePath: fixture.filePath, rules})
    expect(pack.explanations.length).toBeGreaterThan(0)
    expect(explanationProblems(pack)).toEqual([])
    expect(validateRanges(pack)).toEqual([])
    const own = lintFixture(byId.get(folder)!, fixture.text, fixture.filePath, parseHeader(fixture.text).options)
    expect(own.explanations.map((explanation) => explanation.ruleId)).toEqual([folder])
    expect(explanationProblems(own)).toEqual([])
  })
})

test.each(proposals)('fixtures/%s: every rule explains its verdict', (name) => {
  const result = lintText(readFileSync(path.join(fixturesDir, name), 'utf8'), {filePath: name, rules})
  expect(result.explanations.map((explanation) => explanation.ruleId)).toEqual(rules.map((rule) => rule.meta.id))
  expect(explanationProblems(result)).toEqual([])
  expect(validateRanges(result)).toEqual([])
})

// ---------------------------------------------------------------------------
// What a user sees on the sample proposals

/** One rule's explanation of a sample proposal, its notes as `line: role: message`. */
function explained(name: string, ruleId: string): {verdict: RuleExplanation['verdict']; notes: string[]; result: LintResult} {
  const result = lintText(readFileSync(path.join(fixturesDir, name), 'utf8'), {filePath: name, rules})
  const explanation = result.explanations.find((each) => each.ruleId === ruleId)
  if (!explanation) throw new Error(`${ruleId} did not run on ${name}`)
  return {verdict: explanation.verdict, notes: explanation.evidence.map(noteLine), result}
}

function noteLine(note: Evidence): string {
  return `${note.range ? `${note.range.start.line}:${note.range.start.column}` : '-'} ${note.role}: ${note.message}`
}

describe('explanations of the sample proposals', () => {
  test('itcilo-link applies because of the first training mention and is satisfied by the ITC-ILO as a partner', () => {
    const {verdict, notes} = explained('01-jordan-refugee-skills.md', 'itcilo-link')
    expect(verdict).toBe('satisfied')
    // "...are trained on the new procedures" (Output 1.2), before the training of trainers with the ITC-ILO.
    expect(notes[0]).toBe('37:184 applies: training component: “trained”')
    expect(notes).toContain('4:13 applies: training component declared in the front matter (`components`)')
    expect(notes.filter((note) => note.includes('satisfied-by'))[0]).toBe(
      '42:126 satisfied-by: ITC-ILO named as a partner: “International Training Centre of the ILO”',
    )
  })

  test('itcilo-link on a draft without the ITC-ILO: the training that made it apply, what it missed, and the related location', () => {
    const {verdict, notes, result} = explained('06-malawi-youth-green-works-draft.md', 'itcilo-link')
    expect(verdict).toBe('reported')
    expect(notes[0]).toBe('34:6 applies: training component: “Train”')
    expect(notes.at(-1)).toBe('- missing: the ITC-ILO (International Training Centre of the ILO, Turin) named as a partner in the plans')
    const diagnostic = result.diagnostics.find((each) => each.ruleId === 'itcilo-link')!
    expect(diagnostic.related?.[0]).toMatchObject({
      message: 'Applies: training component: “Train”',
      range: {start: {line: 34, column: 6}},
    })
  })

  test('gender-budget is satisfied by the funded gender line of the budget table', () => {
    const {verdict, notes} = explained('05-bangladesh-jordan-corridor-crlf.md', 'gender-budget')
    expect(verdict).toBe('satisfied')
    expect(notes).toEqual(['79:1 satisfied-by: gender line in the budget table: “Gender specialist and gender activities”'])
  })

  test('gender-budget points at the gender line that has no amount', () => {
    const {verdict, notes} = explained('04-vietnam-labour-inspection-logframe.md', 'gender-budget')
    expect(verdict).toBe('reported')
    expect(notes).toEqual(['84:41 missing: an amount for the gender line “Gender mainstreaming activities”'])
  })

  test('a migration rule applies because of the `themes` entry and is satisfied by the framework cited', () => {
    const {verdict, notes} = explained('10-costa-rica-nicaragua-harvest-es.md', 'migration-framework')
    expect(verdict).toBe('satisfied')
    expect(notes).toEqual([
      '3:9 applies: migration project: `themes` in the front matter lists migration',
      '16:444 satisfied-by: rights-based framework cited: “Marco multilateral de la OIT para las migraciones laborales”',
    ])
  })

  test('impact-horizon applies because of an 18-month duration and policy work, and misses milestones', () => {
    const {verdict, notes} = explained('09-indonesia-platform-riders-concept.md', 'impact-horizon')
    expect(verdict).toBe('reported')
    expect(notes).toEqual([
      '17:16 applies: short project: 18 months',
      '19:93 applies: policy work: “regulation”',
      '- missing: milestones or intermediate targets before the end of the project, or follow-up after it ends',
    ])
  })

  test('sex-disaggregated-data quotes the indicators counting people, and which of them say "by sex"', () => {
    const {verdict, notes} = explained('04-vietnam-labour-inspection-logframe.md', 'sex-disaggregated-data')
    expect(verdict).toBe('reported')
    expect(notes).toEqual([
      '67:1 applies: indicator counting inspectors: “Number of inspectors trained (by sex)”',
      '67:47 satisfied-by: inspectors counted by sex: “by sex”',
      '69:1 applies: indicator counting workers: “Number of construction workers covered by inspected sites”',
      '69:1 missing: “by sex” (or targets for women and men) in the indicator counting workers',
    ])
  })

  test('a rule out of scope says why', () => {
    const {verdict, notes} = explained('03-rwanda-coffee-cooperatives-word.md', 'policy-implementation')
    expect(verdict).toBe('not-applicable')
    expect(notes).toEqual([
      '- not-applicable: no policy work: no output drafts, revises or adopts a policy, law, regulation, agreement or action plan, and no `components: [policy]`',
    ])
  })
})
