import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/lexicon.js'
import {related, relatedMentions, relatedTo, type RelationUnit} from '../../src/text/relations.js'

const role = defineLexicon('role', {en: ['specialist', 'inspector', 'workshop'], fr: ['spécialiste', 'atelier'], es: ['experta', 'taller']})
const gender = defineLexicon('gender', {en: ['gender'], fr: ['genre'], es: ['género']})

/** Whether the first role mention and the first gender mention of the text are related at `unit`. */
function relatedIn(markdown: string, unit: RelationUnit): boolean {
  const model = buildModel(`# P\n\n## Activities\n\n${markdown}\n`)
  const [a] = model.find(role)
  const [b] = model.find(gender)
  if (!a || !b) throw new Error('both concepts must be mentioned')
  return related(a, b, unit)
}

describe('relations between mentions', () => {
  it.each<[string, RelationUnit, boolean]>([
    ['A gender specialist joins the team.', 'phrase', true],
    ['Un spécialiste en genre rejoint l’équipe.', 'phrase', true],
    ['Una experta nacional en igualdad de género.', 'phrase', true],
    // a verb between: the gender word is said of something else
    ['The specialist will review the gender action plan.', 'phrase', false],
    ['The inspector, who knows the sector, and a gender adviser.', 'phrase', false],
    // one clause, five words apart
    ["A tailored one-day workshop for the ministry's inspectors on gender equality.", 'clause', true],
    ['Un atelier pour les inspecteurs du ministère sur le genre.', 'clause', true],
    // two clauses
    ['The workshop covers safety; gender is handled by the NGO.', 'clause', false],
    ['The workshop covers safety; gender is handled by the NGO.', 'sentence', true],
    ['El taller trata de seguridad. El género lo trata la ONG.', 'sentence', false],
    // items of one enumeration: only separators and short items between
    ['Data from interviews, gender audits and workshops.', 'list', true],
    ['Entretiens, ateliers et audits de genre.', 'list', true],
    ['Talleres y análisis de género con las cooperativas.', 'list', true],
    // a verb, a sentence end or a long item between: no enumeration
    ['The workshop will review the gender action plan.', 'list', false],
    ['Workshops: gender audits follow.', 'list', false],
    ['A workshop, then a long and careful review of the whole gender strategy.', 'list', false],
    // side by side with nothing between: one phrase, not two items
    ['A gender workshop.', 'list', false],
    // a logframe row: the cells of one row are one unit, the next row is not
    ['| Output | Activity |\n|---|---|\n| 1.3 | Workshop for inspectors |\n| 1.4 | Gender audit |', 'block', false],
    ['| Output | Activity |\n|---|---|\n| 1.3 Gender-responsive inspection | Workshop for inspectors |', 'block', true],
    // a list item and its continuation paragraph are one unit
    ['- Workshop for inspectors.\n\n  It covers gender.\n- Other item.', 'block', true],
  ])('%s (%s) → %s', (markdown, unit, expected) => {
    expect(relatedIn(markdown, unit)).toBe(expected)
  })
})

describe('relatedTo at the phrase unit', () => {
  // relatedTo weighs only the mentions inside the match's phrase window; the window must never leave out one
  // that `related` would accept, whatever the words, punctuation and overlapping mentions between them.
  const piece = fc.constantFrom('gender ', 'specialist ', 'gender specialist ', 'workshop ', 'the ', 'will ', 'on ', 'equality ', 'and ', ', ', '; ', '(', ') ', 'inspector. ', 'a-b ', 'x ')
  it('answers as weighing every pair does (relatedTo, relatedMentions)', () => {
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 40}), (pieces) => {
        const model = buildModel(`# P\n\n## Activities\n\nThe ${pieces.join('')}end\n`)
        const mentions = [...model.find(role, {includeNegated: true}), ...model.find(gender, {includeNegated: true})]
        for (const match of mentions) {
          expect(relatedTo(match, mentions, 'phrase')).toEqual(mentions.filter((other) => related(match, other, 'phrase')))
          // Asked of a lexicon, the sentence's own mentions are read only around the match.
          const roles = match.sentence.find(role, {includeNegated: true})
          expect(relatedMentions(match, role, 'phrase', {includeNegated: true})).toEqual(roles.filter((other) => related(match, other, 'phrase')))
        }
      }),
      {numRuns: 300},
    )
  })
})

describe('relatedMentions at the clause unit', () => {
  // Only the mentions within the clause's reach are weighed; the reach must never leave out one that `related`
  // would accept, across clause boundaries, fronted clauses ("When …, …") and mentions that overlap them.
  const piece = fc.constantFrom('gender ', 'specialist ', 'gender specialist ', 'workshop ', 'When ', 'if ', 'but ', 'and ', 'which ', 'Si ', 'pero ', 'will ', ', ', '; ', ': ', '(', ') ', 'inspector. ', 'x ')
  it('answers as weighing every mention of the sentence does, and `limit` keeps the first', () => {
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 40}), fc.integer({min: 1, max: 3}), (pieces, limit) => {
        const model = buildModel(`# P\n\n## Activities\n\nThe ${pieces.join('')}end\n`)
        const mentions = [...model.find(role, {includeNegated: true}), ...model.find(gender, {includeNegated: true})]
        for (const match of mentions) {
          const roles = match.sentence.find(role, {includeNegated: true})
          const expected = roles.filter((other) => related(match, other, 'clause'))
          expect(relatedMentions(match, role, 'clause', {includeNegated: true})).toEqual(expected)
          expect(relatedMentions(match, role, 'clause', {includeNegated: true, limit})).toEqual(expected.slice(0, limit))
        }
      }),
      {numRuns: 300},
    )
  })
})
