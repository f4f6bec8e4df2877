// A fix never hides a problem: after --fix inserts skeleton headings, the
// skeletons are still reported until a person writes them (issue reproducer:
// delete the Risks section of a sample proposal, run --fix).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {lessonlint, ROOT, tempProject} from './helpers.js'

/** A French proposal numbered in Roman numerals, without a risks section. */
const FRENCH = `# Proposition de projet : emplois verts pour les jeunes au Sénégal

## I. Objectifs

Le projet vise à améliorer l'accès des jeunes femmes et des jeunes hommes à des emplois verts décents dans trois régions.

## II. Activités

Les activités comprennent la formation de 600 jeunes aux métiers du solaire, avec un accompagnement en entreprise pendant six mois.

## III. Suivi et évaluation

Le suivi s'appuie sur des indicateurs ventilés par sexe et sur une évaluation finale indépendante.

## IV. Budget

| Poste | Montant (USD) |
| --- | --- |
| Formation | 300 000 |
| Égalité de genre | 40 000 |

## V. Durabilité

Les centres de formation reprendront les modules dans leur offre régulière, financée par le fonds national de formation.
`

let project: ReturnType<typeof tempProject>
beforeAll(() => {
  const sample = readFileSync(join(ROOT, 'fixtures/01-jordan-refugee-skills.md'), 'utf8')
  // Drop the Risks section: from its heading to the next heading of the same level.
  const withoutRisks = sample.replace(/^## [^\n]*Risk[^\n]*\n[\s\S]*?(?=^## )/mu, '')
  expect(withoutRisks).not.toBe(sample)
  project = tempProject({
    'proposal.md': withoutRisks,
    'todo.md': '# Clean water\n\n## Objectives\n\nWater for 40 villages.\n\n## Risks\n\nTBD\n',
    'proposition.md': FRENCH,
  })
})
afterAll(() => project.cleanup())

test('after --fix, the inserted skeleton is still reported at its heading, and the run fails', () => {
  const before = JSON.parse(lessonlint(['proposal.md', '--format', 'json'], {cwd: project.dir}).stdout)[0].messages
  expect(before.find((m: {ruleId: string}) => m.ruleId === 'required-sections').message).toMatch(/^The proposal has no risks section\./)

  const fixed = lessonlint(['proposal.md', '--fix', '--format', 'json'], {cwd: project.dir})
  expect(fixed.status).toBe(1)
  const text = readFileSync(join(project.dir, 'proposal.md'), 'utf8')
  // The sample numbers its sections 1 to 9: the skeleton follows as the tenth.
  const headingLine = text.split('\n').findIndex((line) => line === '## 10. Risks and assumptions') + 1
  expect(headingLine).toBeGreaterThan(0)
  const after = JSON.parse(fixed.stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'required-sections')
  expect(after).toEqual([
    expect.objectContaining({line: headingLine, column: 1, message: expect.stringMatching(/^The risks section still holds only a placeholder\./)}),
  ])
})

test('a section that says only "TBD" is reported as a placeholder, not taken as written', () => {
  const run = lessonlint(['todo.md', '--format', 'compact', '--rule', 'required-sections:error'], {cwd: project.dir})
  expect(run.stdout).toContain('todo.md:7:1: error required-sections The risks section still holds only a placeholder.')
})

test('in a French proposal the fix writes French, numbered as the document numbers ("VI. Risques", "VII."), and reports in French', () => {
  const before = JSON.parse(lessonlint(['proposition.md', '--format', 'json'], {cwd: project.dir}).stdout)[0].messages
  expect(before.find((m: {ruleId: string}) => m.ruleId === 'required-sections').message).toMatch(/^La proposition ne comporte pas de section « risques »\./)

  const fixed = lessonlint(['proposition.md', '--fix', '--format', 'json'], {cwd: project.dir})
  expect(fixed.status).toBe(1)
  const text = readFileSync(join(project.dir, 'proposition.md'), 'utf8')
  expect(text).toContain('\n## VI. Risques et hypothèses\n\n<!-- TODO : rédiger cette section. -->\n')
  // gender-strategy's skeleton comes in the next pass, numbered after the first.
  expect(text).toContain('\n## VII. Stratégie d\'égalité de genre\n')
  const after = JSON.parse(fixed.stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'required-sections')
  expect(after).toEqual([expect.objectContaining({message: expect.stringMatching(/^La section « risques » ne contient encore qu’un texte provisoire/)})])
})

test('every fixable rule: what its fix inserts is still reported until a person writes it', () => {
  const proposal = [
    '# Clean water for 40 villages',
    '',
    '## Objectives',
    '',
    'Safe water for 40 villages, with women and men on every water committee.',
    '',
    '## Budget',
    '',
    '| Item | USD |',
    '| --- | --- |',
    '| Pumps | 80000 |',
    '| Total | 80000 |',
    '',
  ].join('\n')
  const dir = tempProject({'p.md': proposal, '.lessonlintrc.json': JSON.stringify({extends: [], rules: {'required-sections': 'error', 'gender-budget': 'error', 'gender-strategy': 'warning'}})})
  try {
    const before = JSON.parse(lessonlint(['p.md', '--format', 'json'], {cwd: dir.dir}).stdout)[0].messages as Array<{ruleId: string; fix?: unknown}>
    expect(before.filter((m) => m.fix).map((m) => m.ruleId).sort()).toEqual(['gender-budget', 'gender-strategy', 'required-sections'])

    const fixed = lessonlint(['p.md', '--fix', '--format', 'json'], {cwd: dir.dir})
    expect(fixed.status).toBe(1)
    const text = readFileSync(join(dir.dir, 'p.md'), 'utf8')
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1
    const after = (JSON.parse(fixed.stdout)[0].messages as Array<{ruleId: string; line: number; message: string}>).map((m) => `${m.ruleId}@${m.line}: ${m.message.split('. ')[0]}`)
    expect(after).toEqual([
      `gender-budget@${lineOf('| Gender equality expertise, training and activities | TBD |')}: The gender line "Gender equality expertise, training and activities" has no amount (TBD)`,
      `required-sections@${lineOf('## Outputs and activities')}: The activities, monitoring and evaluation, risks and sustainability sections still hold only a placeholder`,
      `gender-strategy@${lineOf('## Gender equality strategy')}: The "Gender equality strategy" section describes no gender equality strategy`,
    ])
  } finally {
    dir.cleanup()
  }
})
