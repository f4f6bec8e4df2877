// The sustainability lexicons: exit strategies and the bare word as a lead-in.
import {describe, expect, test} from 'vitest'

import {exitStrategy, sustainability} from './sustainability.js'
import {expectMatches, expectNoMatch, found} from './test-helpers.js'

describe('exitStrategy', () => {
  test('exit, phase-out and handover strategies in three languages', () => {
    expectMatches(exitStrategy, [
      'Exit strategy. The working group continues.',
      'an exit plan agreed by the steering committee',
      'a phase-out strategy',
      'phasing out support in year three',
      'A handover plan is agreed.',
      'A hand-over plan is agreed.',
      'la stratégie de sortie',
      'la pérennité des résultats',
      'la estrategia de salida',
      'a gradual withdrawal of project staff',
      'le retrait progressif du projet',
      'la retirada progresiva del proyecto',
    ])
  })
  test('a negated strategy is not one', () => {
    expectNoMatch(exitStrategy, ['No exit strategy has been defined yet.'])
  })
  test('the bare word, for run-in lead-ins', () => {
    expect(found(sustainability, 'Sustainability. The ministry takes over.')).toEqual(['Sustainability'])
    expect(found(sustainability, 'Pérennité : les centres reprennent le cursus.')).toEqual(['Pérennité'])
    expect(found(sustainability, 'Traspaso: la alcaldía asume la bolsa de empleo.')).toEqual(['Traspaso'])
  })
})
