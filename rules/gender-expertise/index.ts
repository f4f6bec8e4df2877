// Someone is named to supply gender expertise (seed 002: "allocation of
// specific expertise (e.g. local gender consultants ...)"; failing that,
// "include implementation of the gender strategy as a key function of a
// project technical officer").
import {compileLexicon, isNegated, type ProposalModel, type Rule, type Sentence} from '@lessonlint/core'

import {expertRole, genderConcept, genderExpertise} from '../lexicons/gender.js'
import {missing, satisfiedBy} from '../shared/explain.js'
import {genderLesson181142} from '../shared/sources.js'

type MessageId = 'noExpertise'

/** How many words may stand between a role and its gender word ("a national consultant on gender issues"). */
const NEAR = 3

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
  check(context) {
    const {model, report} = context
    // Negated mentions ("no gender specialist is foreseen") and background history do not count.
    const named = model.find(genderExpertise, {notIn: ['background'], includeHeadings: false})
    if (named.length > 0) return satisfiedBy(context, 'gender expertise named', named)
    const role = roleNearGender(model)
    if (role) return satisfiedBy(context, `role given the gender function: “${role.words}”`, role.sentence.range)
    missing(context, 'someone named to supply gender expertise: a gender specialist, consultant, adviser or focal point')
    const section = model.sectionsOf('gender')[0]
    report({messageId: 'noExpertise', range: section?.heading.range ?? model.titleRange})
  },
}

/**
 * A role with a gender word a few words away, neither negated: "une consultante nationale en genre".
 * The sentence and its words from the role to the gender word, or null.
 */
function roleNearGender(model: ProposalModel): {sentence: Sentence; words: string} | null {
  const roles = compileLexicon(expertRole)
  const gender = compileLexicon(genderConcept)
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    const text = sentence.text
    const live = (hit: {start: number; end: number}) => !isNegated(text, hit.start, hit.end)
    const genders = gender.hits(text).filter(live)
    if (genders.length === 0) continue
    for (const role of roles.hits(text).filter(live)) {
      const mention = genders.find((each) => wordsBetween(text, role, each) <= NEAR)
      if (mention) return {sentence, words: text.slice(Math.min(role.start, mention.start), Math.max(role.end, mention.end))}
    }
  }
  return null
}

function wordsBetween(text: string, a: {start: number; end: number}, b: {start: number; end: number}): number {
  const gap = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start))
  if (/[.;:()]/u.test(gap)) return Number.POSITIVE_INFINITY
  return gap.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

export default rule
