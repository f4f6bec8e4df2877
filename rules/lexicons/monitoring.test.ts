// The monitoring lexicons: planned evaluations, participation, milestones, follow-up.
import {describe, test} from 'vitest'

import {
  actorAnaphor,
  evaluationQualifier,
  afterProjectEnd,
  afterWord,
  projectClosure,
  projectEndWord,
  projectWord,
  followUp,
  milestones,
  monitoringActors,
  monitoringObject,
  monitoringParticipation,
  participatoryMonitoring,
  monitoringWord,
  plannedEvaluation,
  reviewMeeting,
  sharedMonitoringAdjective,
} from './monitoring.js'
import {expectMatches, expectNoMatch} from './test-helpers.js'

describe('plannedEvaluation', () => {
  test('mid-term, final, independent evaluations in three languages', () => {
    expectMatches(plannedEvaluation, [
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
    expectMatches(participatoryMonitoring, ['joint monitoring visits', 'a joint review each year', 'community-based monitoring', 'suivi participatif', 'monitoreo participativo'])
  })
  test('actors, their part and its object', () => {
    expectMatches(monitoringActors, ['the Project Steering Committee', 'a worker advisory panel', 'the social partners', 'le comité de pilotage', 'los mandantes'])
    expectMatches(monitoringParticipation, ['reviews', 'take part in', 'discussed', 'examinent', 'revisará'])
    expectMatches(monitoringObject, ['monitoring data', 'progress', 'données de suivi', 'los avances'])
  })
  test('review meetings of the monitoring plan', () => {
    expectMatches(reviewMeeting, ['quarterly review meetings with the project team', 'an annual review', 'une réunion de bilan semestrielle', 'la revue annuelle', 'reuniones de revisión trimestrales'])
    expectNoMatch(reviewMeeting, ['a review of the labour code', 'the meeting reviewed the budget'])
  })
})

describe('shared monitoring', () => {
  test('monitoring described as participatory or joint', () => {
    expectMatches(sharedMonitoringAdjective, ['community-based', 'participatory', 'jointly', 'participatif', 'conjunta'])
    expectMatches(monitoringWord, ['Monitoring will be community-based.', 'le suivi', 'el seguimiento'])
  })
})

describe('milestones and follow-up', () => {
  test('intermediate targets', () => {
    expectMatches(milestones, ['milestones', 'mid-term targets', 'intermediate process indicators', 'cibles intermédiaires', 'indicadores de proceso'])
  })
  test('follow-up after the end', () => {
    expectMatches(afterProjectEnd, ['twelve months after the project ends', 'after project closure', 'ex-post', 'après la fin du projet'])
    expectMatches(followUp, ['a follow-up survey', 'a tracer study', 'will monitor', 'une enquête'])
    expectNoMatch(afterProjectEnd, ['before the project ends'])
  })
})

describe('reviewing in other words', () => {
  test('going through, looking at, analysing the data, in three languages', () => {
    expectMatches(monitoringParticipation, ['will go through the results framework', 'look at the data', 'passent en revue les indicateurs', 'analysera les registres', 'se analizarán los registros'])
    expectMatches(monitoringObject, ['the results framework', 'la progression des indicateurs', 'los registros mensuales'])
    expectMatches(reviewMeeting, ['una sesión de revisión', 'une séance de bilan'])
    expectMatches(actorAnaphor, ['Every six months, it reviews', 'il examine', 'este comité revisa'])
    expectMatches(monitoringActors, ['Returnee self-help groups', 'les coopératives de pêcheurs', 'las cooperativas'])
  })
})

describe('after the end of the project, in other words', () => {
  test('after, closure, end and project in three languages', () => {
    expectMatches(afterWord, ['six months after closure', 'après la clôture', 'después del cierre', 'tras el cierre'])
    expectMatches(projectClosure, ['after closure', 'après la clôture', 'después del cierre'])
    expectMatches(projectEndWord, ['the end of the programme', "l'achèvement du projet", 'la finalización del proyecto'])
    expectMatches(projectWord, ['the programme', 'le projet', 'el proyecto'])
  })
})

describe('an evaluation qualified as the project\'s', () => {
  test('independent, external, final, in three languages; external reviews', () => {
    expectMatches(evaluationQualifier, ['an independent team', 'une équipe externe', 'evaluadores externos', 'la evaluación final'])
    expectMatches(plannedEvaluation, ['an external review', 'un examen externe à mi-parcours'])
  })
})
