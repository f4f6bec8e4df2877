// Blind passages for rules that apply to every proposal (README.md): each folder is named after
// its rule, and each passage says on its first line whether that rule is satisfied or reports it,
// as `lessonlint explain` shows it (the rule's verdict, and for a report the diagnostic).
import {describe, expect, test} from 'vitest'

import {lintText} from '@lessonlint/core'
import {rules} from '@lessonlint/rules-ilo'

import {expectBothVerdicts, passageText, passagesIn} from './passages.js'
const LABEL = /^<!-- blind: (satisfied|reported) -->/u

/**
 * Passages the pack still misreads, each with the mechanism that misreads it. They run as
 * expected failures: when a fix reads one right, its test fails until it is taken off this list.
 */
const KNOWN_MISREADS: Readonly<Record<string, string>> = {
  // A line training women as beneficiaries ("SIYB training of 40 women entrepreneurs", "Formation de 360 femmes
  // coopératrices en gestion") is read as a line for women's own activities, which the rule counts as gender work
  // (women's empowerment); the writer of these passages counts it as business training, not gender work.
  'gender-budget/en-reported-03.md': "women's business training line read as gender work",
  'gender-budget/fr-reported-02.md': "women's bookkeeping training line read as gender work",
  // "The Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC) recruits participating
  // factories": an industry association whose members are firms is an employers' organisation, but nothing in
  // its name says employers.
  'social-partners/en-satisfied-01.md': "an industry association named by its sectors not read as employers'",
  // "Le GICAM sélectionnera les entreprises parmi … les membres de ses syndicats professionnels": an employers'
  // body's sector associations, read as trade unions ("syndicats").
  'social-partners/fr-reported-01.md': "an employers' body's \"syndicats professionnels\" read as trade unions",
  // A sustainability section counts when it has any text that is no placeholder: "designed to be sustainable… benefits
  // expected to last", "se espera que los resultados sean sostenibles", an alignment with the SDGs, "no exit strategy is
  // foreseen" all count. Requiring continuation cues (who takes over, who pays) lost real strategies written in other
  // words on the labelled sets ("FNCR will own the course… and finance it from a levy"), so the content is not read yet.
  'sustainability-strategy/en-reported-03.md': 'a vague one-line promise read as a strategy',
  'sustainability-strategy/en-reported-04.md': '"no exit strategy is foreseen" read as a strategy',
  'sustainability-strategy/es-reported-02.md': 'a vague one-line promise read as a strategy',
  'sustainability-strategy/es-reported-04.md': 'SDG alignment under "Sostenibilidad" read as a strategy',
  // "Young women face different barriers from young men: … Our strategy therefore reserves half of the grants…": a
  // gender analysis told by contrasting women and men, with "our strategy" in the same paragraph, but no gender word.
  'gender-strategy/en-satisfied-02.md': 'an approach told by contrasting young women and young men, with no gender word',
}

function verdictOf(ruleId: string, file: string): {label: string | undefined; verdict: string; reported: number} {
  const text = passageText(file)
  const result = lintText(text, {filePath: file, rules})
  return {
    label: LABEL.exec(text)?.[1],
    verdict: result.explanations.find((entry) => entry.ruleId === ruleId)!.verdict,
    reported: result.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).length,
  }
}

describe.each([
  // A gender line with money in the budget, or a share stated; or gender spoken of with no money for it.
  ['gender-budget', 24],
  // An evaluation of the project planned; or "evaluation" in other senses (a past one, of risks, left out).
  ['evaluation-plan', 24],
  // Someone named to supply gender expertise (a specialist, a focal point, a role given the function); or gender work with no one for it.
  ['gender-expertise', 24],
  // Roles for both trade unions and employers' organisations; or for one of them, or neither, however they are mentioned.
  ['social-partners', 24],
  // All six section kinds under the headings real templates use; or one or two missing, though the text speaks of them.
  ['required-sections', 24],
  // An exit or sustainability strategy with content, in its own section or a paragraph elsewhere; or none (placeholders, other senses of "sustainable").
  ['sustainability-strategy', 24],
  // A gender strategy or approach with content, under any heading or in a paragraph; or none (shares of women, placeholders, a past one).
  ['gender-strategy', 24],
])('%s', (ruleId, count) => {
  const passages = passagesIn(ruleId)

  test('every passage is here, both verdicts in three languages', () => {
    expectBothVerdicts(ruleId, count, ['satisfied', 'reported'], (file) => verdictOf(ruleId, file).label)
  })

  for (const file of passages) {
    const known = KNOWN_MISREADS[file]
    const check = known === undefined ? test : test.fails
    check(`${file}: ${ruleId} is read as labelled${known ? ` (known misread: ${known})` : ''}`, () => {
      const {label, verdict, reported} = verdictOf(ruleId, file)
      expect(label, 'the first line carries the verdict').toBeDefined()
      expect(verdict).toBe(label)
      expect(reported > 0).toBe(label === 'reported')
    })
  }
})
