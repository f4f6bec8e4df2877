// The monitoring lexicons: planned evaluations, participation, milestones, follow-up.
import {buildModel, type Lexicon} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {
  afterProjectEnd,
  followUp,
  milestones,
  monitoringActors,
  monitoringObject,
  monitoringParticipation,
  participatoryMonitoring,
  monitoringWord,
  plannedEvaluation,
  sharedMonitoringAdjective,
} from './monitoring.js'

function found(lexicon: Lexicon, text: string): string[] {
  return buildModel(`${text}\n`).find(lexicon).map((match) => match.text)
}
function expectMatch(lexicon: Lexicon, phrases: readonly string[]) {
  for (const phrase of phrases) expect(found(lexicon, phrase), `"${phrase}" should match ${lexicon.name}`).not.toEqual([])
}
function expectNoMatch(lexicon: Lexicon, phrases: readonly string[]) {
  for (const phrase of phrases) expect(found(lexicon, phrase), `"${phrase}" should not match ${lexicon.name}`).toEqual([])
}

describe('plannedEvaluation', () => {
  test('mid-term, final, independent evaluations in three languages', () => {
    expectMatch(plannedEvaluation, [
      'An independent mid-term evaluation at month 18',
      'a midterm review',
      'a final evaluation in the last quarter',
      'an end-of-project evaluation',
      'an external evaluator',
      'une évaluation à mi-parcours',
      'l\'évaluation finale indépendante',
      'una evaluación final',
      'una evaluación de medio término',
    ])
  })
  test('monitoring and evaluation is not an evaluation, and a negated one is none', () => {
    expectNoMatch(plannedEvaluation, ['Monitoring and evaluation framework', 'No mid-term or final evaluation is planned.'])
  })
})

describe('participation in monitoring', () => {
  test('named participatory monitoring', () => {
    expectMatch(participatoryMonitoring, ['joint monitoring visits', 'a joint review each year', 'community-based monitoring', 'suivi participatif', 'monitoreo participativo'])
  })
  test('actors, their part and its object', () => {
    expectMatch(monitoringActors, ['the Project Steering Committee', 'a worker advisory panel', 'the social partners', 'le comité de pilotage', 'los mandantes'])
    expectMatch(monitoringParticipation, ['reviews', 'take part in', 'discussed', 'examinent', 'revisará'])
    expectMatch(monitoringObject, ['monitoring data', 'progress', 'données de suivi', 'los avances'])
  })
})

describe('shared monitoring', () => {
  test('monitoring described as participatory or joint', () => {
    expectMatch(sharedMonitoringAdjective, ['community-based', 'participatory', 'jointly', 'participatif', 'conjunta'])
    expectMatch(monitoringWord, ['Monitoring will be community-based.', 'le suivi', 'el seguimiento'])
  })
})

describe('milestones and follow-up', () => {
  test('intermediate targets', () => {
    expectMatch(milestones, ['milestones', 'mid-term targets', 'intermediate process indicators', 'cibles intermédiaires', 'indicadores de proceso'])
  })
  test('follow-up after the end', () => {
    expectMatch(afterProjectEnd, ['twelve months after the project ends', 'after project closure', 'ex-post', 'après la fin du projet'])
    expectMatch(followUp, ['a follow-up survey', 'a tracer study', 'will monitor', 'une enquête'])
    expectNoMatch(afterProjectEnd, ['before the project ends'])
  })
})
