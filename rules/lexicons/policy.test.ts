// The policy lexicons: instruments, drafting actions, and implementation support.
import {describe, test} from 'vitest'

import {agreementWord, authorities, othersDuty, othersResponsibility, projectSupport, memorandum, privateParty, publicParty, implementationFunding, measuresExecuted, startingMeasures, interstateAgreement, implementationSupport, implementing, namedInstrument, notAnInstrument, policyAction, policyInstrument, trainingOfAuthorities} from './policy.js'
import {expectMatches, expectNoMatch, hits} from './test-helpers.js'

describe('policyInstrument', () => {
  test('laws, regulations, agreements and plans in three languages', () => {
    expectMatches(policyInstrument, [
      'a national labour migration policy',
      'the Labour Code',
      'the labor code',
      'implementing regulations',
      'a directive on recruitment costs',
      'a bilateral labour agreement',
      'a Memorandum of Understanding',
      'the MoU',
      'a national action plan',
      'le décret d\'application',
      'un accord bilatéral',
      'el memorando de entendimiento',
      'la reglamentación',
    ])
  })
  test('decrees, ordinances, circulars, notifications and other subsidiary instruments', () => {
    expectMatches(policyInstrument, [
      'a state notification fixing minimum wages',
      'a ministerial circular on inspection procedures',
      'a municipal by-law',
      'a statutory instrument under the Employment Act',
      'an executive order',
      'une ordonnance',
      'la circulaire du ministre',
      'un acuerdo ministerial',
      'una ordenanza municipal',
    ])
  })
  test('the list of hazardous work children may not do, as decrees title it', () => {
    expectMatches(policyInstrument, ['the hazardous child labour list', 'la actualización del Listado de Trabajo Infantil Peligroso', 'la liste des travaux dangereux'])
  })
  test('uses of policy words that are not instruments', () => {
    expectMatches(notAnInstrument, ['three policy briefs', 'a regional policy dialogue', 'policymakers', 'policy-makers', 'law enforcement officers'])
    expectMatches(notAnInstrument, ['the accident notification form', 'SMS notifications to members', 'circular migration schemes', 'la migration circulaire', 'the circular economy'])
  })
})

describe('policyAction', () => {
  test('drafting, revising, adopting, signing', () => {
    expectMatches(policyAction, ['drafted', 'redrafting', 'revision', 'amendments', 'adoption', 'signed', 'signature', 'negotiation rounds', 'élaborer', 'révisé', 'redactar', 'firmado'])
  })
  test('not "firms", "significant" or "development"', () => {
    expectNoMatch(policyAction, ['firms', 'a significant share', 'development objective'])
  })
})

describe('implementationSupport', () => {
  test('plans, roll-out, dissemination and gap monitoring', () => {
    expectMatches(implementationSupport, [
      'a costed implementation plan',
      'roll-out plan',
      'rolled out in three regions',
      'rollout',
      'disseminated through community radio',
      'an information campaign',
      'plain-language summaries',
      'practical gaps in enforcement',
      'operationalise the policy',
      'operationalize the policy',
      'un plan de mise en œuvre',
      'un plan de mise en oeuvre',
      'la diffusion de la loi',
      'plan de implementación',
    ])
  })
  test('a heading word alone is not support', () => {
    expectNoMatch(implementationSupport, ['Implementation strategy'])
  })
  test('implementing, training and authorities', () => {
    expectMatches(implementing, ['support the implementation of', 'mise en œuvre', 'enforcement', 'support for putting it into practice', 'sa mise en pratique', 'ponerla en práctica'])
    expectMatches(trainingOfAuthorities, ['trained on its provisions', 'two-day workshops', 'capacity-building', 'formation des agents'])
    expectMatches(authorities, ['labour inspectors', 'labor inspectors', 'officials', 'civil servants', 'fonctionnaires', 'funcionarios'])
    expectNoMatch(trainingOfAuthorities, ['Brief new authorities quickly.'])
  })
})

describe('instruments by name, other drafting words, operational plans', () => {
  test('named statutes and codes, incorporating and concluding, costed operational plans', () => {
    expectMatches(namedInstrument, ['the Work Injury Benefits Act', 'el Código Minero', 'le Code minier', 'la Ley General del Trabajo'])
    expectMatches(policyAction, ['the Labour Code incorporates the provisions', "intégrer dans la loi", 'conclude a bilateral agreement', 'el Código incorpora', 'suscribir un acuerdo', 'renegotiate the MoU', "renégocier l'accord", 'renegociar el convenio'])
    expectMatches(interstateAgreement, ['a bilateral labour agreement', "un protocole d'accord", 'el convenio bilateral'])
    expectMatches(agreementWord, ['the agreement', "l'accord", 'el acuerdo'])
    expectMatches(notAnInstrument, ['our Code of Conduct', 'un code de conduite', 'el Código de Conducta'])
    expectMatches(implementationSupport, ['a costed operational plan', 'un plan opérationnel chiffré', 'un plan operativo costeado', "le suivi de l'exécution"])
  })
})

describe('funding to start the measures, tracking their execution', () => {
  test('in three languages', () => {
    expectMatches(implementationFunding, ['a grant to start the measures', 'une dotation pour démarrer', 'fondos para iniciar'])
    expectMatches(startingMeasures, ['to start the measures', 'pour démarrer les actions', 'poner en marcha las medidas'])
    expectMatches(measuresExecuted, ['the measures not implemented', 'les mesures non exécutées', 'las medidas no ejecutadas'], hits)
  })
})

describe('memoranda and their parties', () => {
  test('memoranda, private and public parties in three languages', () => {
    expectMatches(memorandum, ['an MoU', "un protocole d'accord", 'un memorando de entendimiento'])
    expectMatches(privateParty, ['the NixOS Foundation', "l'université de Rabat", 'la empresa proveedora'])
    expectMatches(publicParty, ['the two labour ministries', 'les ministères du Travail', 'los gobiernos'])
  })
})

describe('applying left to others', () => {
  test('responsibility of others and the project\'s support, in three languages', () => {
    expectMatches(othersResponsibility, ["is the municipality's responsibility", 'la responsabilité de la commune', 'con recursos propios'], hits)
    expectMatches(othersDuty, ['is up to the municipality', 'relève de la commune', 'corresponde a la alcaldía'], hits)
    expectMatches(projectSupport, ['the project supports the municipality', "l'appui du projet", 'el proyecto apoya'])
  })
})
