// The policy lexicons: instruments, drafting actions, and implementation support.
import {buildModel, type Lexicon} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {authorities, implementationSupport, implementing, notAnInstrument, policyAction, policyInstrument, trainingOfAuthorities} from './policy.js'

function found(lexicon: Lexicon, text: string): string[] {
  return buildModel(`${text}\n`).find(lexicon).map((match) => match.text)
}
function expectMatch(lexicon: Lexicon, phrases: readonly string[]) {
  for (const phrase of phrases) expect(found(lexicon, phrase), `"${phrase}" should match ${lexicon.name}`).not.toEqual([])
}
function expectNoMatch(lexicon: Lexicon, phrases: readonly string[]) {
  for (const phrase of phrases) expect(found(lexicon, phrase), `"${phrase}" should not match ${lexicon.name}`).toEqual([])
}

describe('policyInstrument', () => {
  test('laws, regulations, agreements and plans in three languages', () => {
    expectMatch(policyInstrument, [
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
  test('uses of policy words that are not instruments', () => {
    expectMatch(notAnInstrument, ['three policy briefs', 'a regional policy dialogue', 'policymakers', 'policy-makers', 'law enforcement officers'])
  })
})

describe('policyAction', () => {
  test('drafting, revising, adopting, signing', () => {
    expectMatch(policyAction, ['drafted', 'redrafting', 'revision', 'amendments', 'adoption', 'signed', 'signature', 'negotiation rounds', 'élaborer', 'révisé', 'redactar', 'firmado'])
  })
  test('not "firms", "significant" or "development"', () => {
    expectNoMatch(policyAction, ['firms', 'a significant share', 'development objective'])
  })
})

describe('implementationSupport', () => {
  test('plans, roll-out, dissemination and gap monitoring', () => {
    expectMatch(implementationSupport, [
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
    expectMatch(implementing, ['support the implementation of', 'mise en œuvre', 'enforcement'])
    expectMatch(trainingOfAuthorities, ['trained on its provisions', 'two-day workshops', 'capacity-building', 'formation des agents'])
    expectMatch(authorities, ['labour inspectors', 'labor inspectors', 'officials', 'civil servants', 'fonctionnaires', 'funcionarios'])
    expectNoMatch(trainingOfAuthorities, ['Brief new authorities quickly.'])
  })
})
