// A project that works through implementing partners or constituents plans
// targeted gender equality training for them, or a gender manual (seed 002:
// "targeted gender equality training for implementing partners").
import {compileLexicon, isNegated, type ProposalModel, type Rule, type Sentence} from '@lessonlint/core'

import {genderConcept, genderTraining, partnerAudience, trainingWord} from '../lexicons/gender.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {partnersEvidence} from '../shared/partners.js'
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
  check(context) {
    const {model, report} = context
    const partners = partnersEvidence(model)
    if (!partners) {
      return notApplicable(context, 'no implementing partners: no stakeholders section with content, and no ministry, partner organisation or social partner named in the plans')
    }
    if ('section' in partners) applies(context, `partners section: “${partners.section.heading.title}”`, partners.section.heading.range)
    else applies(context, 'works through partners', partners.mentions)
    const planned = model.find(genderTraining, {notIn: ['background'], includeHeadings: false})
    if (planned.length > 0) return satisfiedBy(context, 'gender equality training planned', planned)
    const training = partnersTrainedOnGender(model)
    if (training) return satisfiedBy(context, `partners trained on gender: “${training.words}”`, training.sentence.range)
    missing(context, "gender equality training (or a gender manual) for the partners' staff")
    const section = model.sectionsOf('gender')[0]
    report({messageId: 'noPartnerTraining', range: section?.heading.range ?? model.titleRange})
  },
}

/**
 * Training "on" gender a few words after a training word, in a sentence that
 * names the partners' people: "labour inspectors will attend a training of
 * trainers on gender-responsive inspection". A course for beneficiaries that
 * lists gender among its topics ("the course covers contracts, gender
 * equality...") names no partners and no "on gender". The sentence and its
 * words from the training word to the gender word, or null.
 */
function partnersTrainedOnGender(model: ProposalModel): {sentence: Sentence; words: string} | null {
  const training = compileLexicon(trainingWord)
  const gender = compileLexicon(genderConcept)
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    if (sentence.find(partnerAudience).length === 0) continue
    const text = sentence.text
    const live = (hit: {start: number; end: number}) => !isNegated(text, hit.start, hit.end)
    const mentions = gender.hits(text).filter(live)
    for (const word of training.hits(text).filter(live)) {
      const mention = mentions.find((each) => {
        if (each.start < word.end) return false
        const gap = text.slice(word.end, each.start)
        const words = gap.split(/\s+/u).filter((one) => one !== '')
        return words.length <= 4 && !/[.;:,()]/u.test(gap) && words.some((one) => PREPOSITIONS.has(one.toLowerCase()))
      })
      if (mention) return {sentence, words: text.slice(word.start, mention.end)}
    }
  }
  return null
}

/** What links a training to its topic: "on", "in", "about", "sur", "en", "sobre". */
const PREPOSITIONS = new Set(['on', 'in', 'about', 'regarding', 'sur', 'en', 'à', 'au', 'sobre', 'de'])

export default rule
