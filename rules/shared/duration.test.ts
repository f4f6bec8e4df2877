// A project's duration as the text says it: which spans are the project's, and how long they are.
import {buildModel} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {parseDuration, projectDuration} from './duration.js'

describe('parseDuration', () => {
  test.each<[string, number | null]>([
    ['18 months', 18],
    ['a 24-month project', 24],
    ['dos años y medio', 30],
    ['deux ans et demi', 30],
    ['two years and a half', 30],
    ['dieciocho meses', 18],
    ['Jan 2026 → Jun 2027 (18 mo)', 18],
    ['over 24 mos', 24],
    // The legal register spells the number and gives its digits in brackets.
    ['sur une durée de vingt-quatre (24) mois', 24],
    ['for a period of thirty-six (36) months', 36],
    ['no span here', null],
  ])('%s → %s', (text, months) => {
    expect(parseDuration(text)?.months ?? null).toBe(months)
  })
})

describe('projectDuration from the text', () => {
  const durationOf = (sentence: string) => projectDuration(buildModel(`# P\n\n## Objectives\n\n${sentence}\n`))?.months ?? null
  test.each<[string, number | null]>([
    ['The union seeks funding for a two-year action to revise the bilateral agreement.', 24],
    ['En un año de ejecución, lograr que el Ministerio expida un acuerdo ministerial.', 12],
    ['Que, al término de los dieciocho meses del proyecto, el reglamento esté aprobado.', 18],
    ["L'intervention, prévue sur dix-huit mois à compter de mars 2026, poursuit deux objectifs.", 18],
    ['El proyecto tendrá una duración de dos años y medio.', 30],
    // The money asked for over a span: the project's span.
    ['The ask: USD 1.4 million over 24 months (July 2026 – June 2028)', 24],
    ['Solicitamos 250.000 euros durante 18 meses.', 18],
    ['Staff costs: USD 40,000 over 12 months.', null],
    // A part of the project's time, or a delay after it, is not its duration.
    ['Criteria for selecting pilots will be developed within the first six months of the project.', null],
    ['A follow-up survey takes place six months after the project.', null],
    // A project's dates with an arrow, after a label: "Project period: Jan 2026 → Jun 2027".
    ['Project period: Jan 2026 → Jun 2027', 18],
  ])('%s → %s', (sentence, months) => {
    expect(durationOf(sentence)).toBe(months)
  })
})
