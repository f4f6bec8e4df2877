// Someone is named to supply gender expertise (seed 002: "allocation of
// specific expertise (e.g. local gender consultants ...)"; failing that,
// "include implementation of the gender strategy as a key function of a
// project technical officer").
import {isHistory, related, type Match, type ProposalModel, type Rule} from '@lessonlint/core'

import {expertRole, genderConcept, genderExpertise, genderFunction, genderStrategy, staffRole, trainingWord} from '../lexicons/gender.js'
import {missing, satisfiedBy} from '../shared/explain.js'
import {inRiskColumn} from '../shared/mentions.js'
import {genderLesson181142} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

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
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    // Negated mentions ("no gender specialist is foreseen"), background and past phases do not count.
    const named = current(model, genderExpertise)
    if (named.length > 0) return satisfiedBy(context, 'gender expertise named', named)
    const expert = expertOnGender(model)
    if (expert) return satisfiedBy(context, 'expert on gender named', expert)
    const given = staffGivenGenderFunction(model)
    if (given) return satisfiedBy(context, 'team member given the gender function', given)
    missing(context, 'someone named to supply gender expertise: a gender specialist, consultant, adviser or focal point, or a team member given the gender function')
    const section = model.sectionsOf('gender')[0]
    report({messageId: 'noExpertise', range: section?.heading.range ?? model.titleRange})
  },
}

/** Non-negated mentions of the project's own plans: not background, not a past phase, not a risk named in a risk table. */
function current(model: ProposalModel, lexicon: Parameters<ProposalModel['find']>[0]): Match[] {
  return model
    .find(lexicon, {notIn: ['background'], includeHeadings: false})
    .filter((match) => !isHistory(match.sentence, match) && !inRiskColumn(model, match))
}

/** Gender as a subject: a gender concept, or a gender strategy or action plan. */
function genderMentions(model: ProposalModel): Match[] {
  return [...current(model, genderConcept), ...current(model, genderStrategy)]
}

/**
 * An expert role and gender in one noun phrase ("une consultante nationale
 * en genre", "a national consultant on gender issues"), when the role is not
 * a trainee: "a workshop for union safety officers on gender equality" trains
 * officers, it does not engage them. The role and its gender word, or null.
 */
function expertOnGender(model: ProposalModel): Match[] | null {
  const gender = genderMentions(model)
  if (gender.length === 0) return null
  const training = model.find(trainingWord, {notIn: ['background'], includeHeadings: false, includeNegated: true})
  for (const role of current(model, expertRole)) {
    const topic = gender.find((mention) => related(role, mention, 'phrase'))
    if (!topic) continue
    const trainee = training.some((event) => event.range.end.offset <= role.range.start.offset && related(event, role, 'phrase'))
    if (!trainee) return [role, topic]
  }
  return null
}

/**
 * A team member given the gender function: a function ("responsible for",
 * "advise ... on", "chargée de piloter", "encargada de") said of gender in
 * one clause, in the list item or paragraph that names a member of the team
 * ("Her role is to advise the team on gender questions" after "a national
 * consultant"; "Administratrice technique nationale : ... chargée de piloter
 * le plan d'action pour l'égalité de genre"). The role, the function and its
 * gender word, or null.
 */
function staffGivenGenderFunction(model: ProposalModel): Match[] | null {
  const gender = genderMentions(model)
  if (gender.length === 0) return null
  const staff = current(model, staffRole)
  for (const duty of current(model, genderFunction)) {
    const topic = gender.find((mention) => mention.range.start.offset >= duty.range.start.offset && related(duty, mention, 'clause'))
    if (!topic) continue
    const holder = staff.find((role) => related(role, duty, 'block') || related(role, duty, 'clause'))
    if (holder) return [holder, duty, topic]
  }
  return null
}

export default rule
