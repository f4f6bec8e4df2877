// Someone is named to supply gender expertise (seed 002: "allocation of
// specific expertise (e.g. local gender consultants ...)"; failing that,
// "include implementation of the gender strategy as a key function of a
// project technical officer").
import type {Rule} from '@lessonlint/core'

import {genderExpertise} from '../lexicons/gender.js'
import {planMatches, sectionsOfKind} from '../shared/kinds.js'
import {genderLesson181142} from '../shared/sources.js'

type MessageId = 'noExpertise'

const rule: Rule<MessageId> = {
  meta: {
    id: 'gender-expertise',
    summary: 'Someone is named to supply gender expertise: a gender specialist, consultant, adviser or focal point.',
    severity: 'warning',
    tags: ['gender', 'staffing'],
    lesson:
      'The GMS TRIANGLE evaluation names the "availability of gender expertise to assist the project" as a challenge and recommends "allocation of specific expertise (e.g. local gender consultants who speak local languages)"; in its absence, the gender strategy should be a key function of a project officer.',
    sources: [genderLesson181142],
    messages: {
      noExpertise: {
        problem: 'Nobody is named to supply gender expertise.',
        why: 'Gender work stalls without someone whose job it is (ILO evaluation 1379, lesson 181142).',
        fix: 'Name a gender specialist, a local gender consultant or adviser, or give a project officer the gender focal point function.',
      },
    },
    fixable: false,
  },
  check({model, report}) {
    // Negated mentions ("no gender specialist is foreseen") and background history do not count.
    if (planMatches(model, genderExpertise).some((match) => match.sentence.container !== 'heading')) return
    const section = sectionsOfKind(model, 'gender')[0]
    report({messageId: 'noExpertise', range: section?.heading.range ?? model.titleRange})
  },
}

export default rule
