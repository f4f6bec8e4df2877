// A project that works through implementing partners or constituents plans
// targeted gender equality training for them, or a gender manual (seed 002:
// "targeted gender equality training for implementing partners").
import type {Rule} from '@lessonlint/core'

import {genderTraining} from '../lexicons/gender.js'
import {planMatches, sectionsOfKind} from '../shared/kinds.js'
import {worksThroughPartners} from '../shared/partners.js'
import {genderLesson181142} from '../shared/sources.js'

type MessageId = 'noPartnerTraining'

const rule: Rule<MessageId> = {
  meta: {
    id: 'gender-training-partners',
    summary: 'A project that works through partners plans targeted gender equality training (or a gender manual) for them.',
    severity: 'warning',
    tags: ['gender', 'partners', 'training'],
    lesson:
      'The GMS TRIANGLE evaluation found "inadequate capacity of implementing partners" on gender and recommends "targeted gender equality training for implementing partners", based on a gender equality training manual, in the inception phase.',
    sources: [genderLesson181142],
    messages: {
      noPartnerTraining: {
        problem: 'The project works through partners but plans no gender equality training for them.',
        why: 'Implementing partners without gender capacity cannot carry a gender strategy (ILO evaluation 1379, lesson 181142).',
        fix: 'Plan targeted gender equality training for the implementing partners early on, for example based on a short gender manual adapted from ILO material.',
      },
    },
    fixable: false,
  },
  check({model, report}) {
    if (!worksThroughPartners(model)) return
    if (planMatches(model, genderTraining).some((match) => match.sentence.container !== 'heading')) return
    const section = sectionsOfKind(model, 'gender')[0]
    report({messageId: 'noPartnerTraining', range: section?.heading.range ?? model.titleRange})
  },
}

export default rule
