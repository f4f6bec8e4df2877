// What counts as a section's real content: more than a placeholder or a drafting note.
import {buildModel} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {hasRealContent, isCrossReference, isPlaceholderSentence} from './sections.js'

function realContent(body: string): boolean {
  const model = buildModel(`# P\n\n## Sustainability\n\n${body}\n\n## Budget\n\nUSD 10,000.\n`)
  return hasRealContent(model, model.sectionsOf('sustainability')[0]!)
}

describe('hasRealContent', () => {
  test.each<[string, boolean]>([
    ['TBD', false],
    ['> 🚧 TBD — we settle it after the donor call on 6 May. See also form question 7.2.', false],
    ['Por definir. Ver también la pregunta 7.2.', false],
    // A pointer alone says where the content is.
    ['See Annex 3.', true],
    ['The municipality takes over the two centres from month 18.', true],
  ])('%s → %s', (body, expected) => {
    expect(realContent(body)).toBe(expected)
  })
})

describe('isPlaceholderSentence', () => {
  test.each<[string, boolean]>([
    ['No response', true],
    ["Recrutement d'une experte genre : sera décidé plus tard, selon le budget final", true],
    ['Gender specialist: will be decided later', true],
    ['Especialista de género: se decidirá más adelante con el ministerio', true],
    ['Stratégie genre : à définir avec le ministère (TBD)', true],
    ['Gender specialist: recruited in month 1 for the whole project', false],
    ['The exit plan will be decided with the municipalities and signed in month 30, and it hands the desks to them.', false],
  ])('%s → %s', (text, expected) => {
    expect(isPlaceholderSentence(text)).toBe(expected)
  })
})

describe('isCrossReference', () => {
  test.each<[string, boolean]>([
    ['See also section 4.', true],
    ['[=] Sans changement : se reporter à la section 7 du PRODOC.', true],
    ['Unchanged: refer to section 9 of the project document.', true],
    ['Sin cambios: remitirse al anexo 2.', true],
    ['The municipality will refer cases to the labour office.', false],
    ['Handover: see the plan agreed with the ministry, which transfers the desks in month 30 and funds them from the 2027 budget onwards.', false],
  ])('%s → %s', (text, expected) => {
    expect(isCrossReference(text)).toBe(expected)
  })
})
