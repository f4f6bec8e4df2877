// Someone is named to supply gender expertise (seed 002: "allocation of
// specific expertise (e.g. local gender consultants ...)"; failing that,
// "include implementation of the gender strategy as a key function of a
// project technical officer").
import {compileLexicon, isNegated, type ProposalModel, type Rule} from '@lessonlint/core'

import {expertRole, genderConcept, genderExpertise} from '../lexicons/gender.js'
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
  check({model, report}) {
    // Negated mentions ("no gender specialist is foreseen") and background history do not count.
    if (model.has(genderExpertise, {notIn: ['background'], includeHeadings: false})) return
    if (roleNearGender(model)) return
    const section = model.sectionsOf('gender')[0]
    report({messageId: 'noExpertise', range: section?.heading.range ?? model.titleRange})
  },
}

/** A role with a gender word a few words away, neither negated: "une consultante nationale en genre". */
function roleNearGender(model: ProposalModel): boolean {
  const roles = compileLexicon(expertRole)
  const gender = compileLexicon(genderConcept)
  return model.sentences({notIn: ['background'], includeHeadings: false}).some((sentence) => {
    const text = sentence.text
    const live = (hit: {start: number; end: number}) => !isNegated(text, hit.start, hit.end)
    const genders = gender.hits(text).filter(live)
    if (genders.length === 0) return false
    return roles
      .hits(text)
      .filter(live)
      .some((role) => genders.some((mention) => wordsBetween(text, role, mention) <= NEAR))
  })
}

function wordsBetween(text: string, a: {start: number; end: number}, b: {start: number; end: number}): number {
  const gap = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start))
  if (/[.;:()]/u.test(gap)) return Number.POSITIVE_INFINITY
  return gap.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

export default rule
