import {describe, expect, test} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/lexicon.js'

const turin = defineLexicon('turin (scenarios test)', {en: ['Turin'], fr: ['Turin'], es: ['Turín']})

/** Whether each mention of Turin in the document is negated, in document order. */
function turinNegated(body: string): boolean[] {
  return buildModel(`# P\n\n${body}\n`).find(turin, {includeNegated: true}).map((match) => match.negated)
}

const PLANNED_ON_B = 'The donor confirmed 60 % of the envelope. Scenario B is the basis of this plan.'

describe('funding scenarios the text does not plan on', () => {
  test.each([
    // A section, a labelled paragraph, a column of a scenario not planned on.
    [`${PLANNED_ON_B}\n\n### Scenario A – full funding\n\n- a course in Turin.\n\n### Scenario B – 60 %\n\n- a course in Lima.`, [true]],
    [`${PLANNED_ON_B}\n\n**Scenario A – full funding.** The course is held in Turin.`, [true]],
    // (A column not planned on is not read at all, as a revision's original column is not.)
    [`${PLANNED_ON_B}\n\n| Item | Scenario A | Scenario B |\n|---|---|---|\n| Course | Turin | Lima |`, []],
    // The planned scenario's "No" declines its row.
    [`${PLANNED_ON_B}\n\n| Item | Scenario A | Scenario B |\n|---|---|---|\n| Course in Turin | Yes | No (dropped) |`, [true]],
    [`${PLANNED_ON_B}\n\n| Item | Scenario A | Scenario B |\n|---|---|---|\n| Course in Turin | Yes | Yes |`, [false]],
    // A scenario told as what more money would add.
    ['El Escenario A describe lo que se añadiría si se movilizan fondos adicionales.\n\n### Escenario A – financiamiento completo\n\nUn curso en Turín.', [true]],
    // The planned scenario's own section stands, and so does everything when the text says nothing of which it plans on.
    [`${PLANNED_ON_B}\n\n### Scenario B – 60 %\n\nA course in Turin.`, [false]],
    ['Two scenarios are set out.\n\n### Scenario A – full funding\n\nA course in Turin.', [false]],
  ])('%s → %s', (body, expected) => {
    expect(turinNegated(body)).toEqual(expected)
  })
})
