// A project that works through implementing partners or constituents plans
// targeted gender equality training for them, or a gender manual (seed 002:
// "targeted gender equality training for implementing partners").
import {compileLexicon, isNegated, type ProposalModel, type Rule} from '@lessonlint/core'

import {genderConcept, genderTraining, partnerAudience, trainingWord} from '../lexicons/gender.js'
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
    if (model.has(genderTraining, {notIn: ['background'], includeHeadings: false})) return
    if (trainsPartnersOnGender(model)) return
    const section = model.sectionsOf('gender')[0]
    report({messageId: 'noPartnerTraining', range: section?.heading.range ?? model.titleRange})
  },
}

/**
 * Training "on" gender a few words after a training word, in a sentence that
 * names the partners' people: "labour inspectors will attend a training of
 * trainers on gender-responsive inspection". A course for beneficiaries that
 * lists gender among its topics ("the course covers contracts, gender
 * equality...") names no partners and no "on gender".
 */
function trainsPartnersOnGender(model: ProposalModel): boolean {
  const training = compileLexicon(trainingWord)
  const gender = compileLexicon(genderConcept)
  return model.sentences({notIn: ['background'], includeHeadings: false}).some((sentence) => {
    if (sentence.find(partnerAudience).length === 0) return false
    const text = sentence.text
    const live = (hit: {start: number; end: number}) => !isNegated(text, hit.start, hit.end)
    const mentions = gender.hits(text).filter(live)
    return training
      .hits(text)
      .filter(live)
      .some((word) =>
        mentions.some((mention) => {
          if (mention.start < word.end) return false
          const gap = text.slice(word.end, mention.start)
          const words = gap.split(/\s+/u).filter((each) => each !== '')
          return words.length <= 4 && !/[.;:,()]/u.test(gap) && words.some((each) => PREPOSITIONS.has(each.toLowerCase()))
        }),
      )
  })
}

/** What links a training to its topic: "on", "in", "about", "sur", "en", "sobre". */
const PREPOSITIONS = new Set(['on', 'in', 'about', 'regarding', 'sur', 'en', 'à', 'au', 'sobre', 'de'])

export default rule
