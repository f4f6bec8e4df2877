// Workers' and employers' organisations, recognised by the role the text gives
// them. Shared with participation-balance, which looks for targets for the
// same organisations' representatives among training participants.
import type {Match, ProposalModel} from '@lessonlint/core'

import {
  chamberWord,
  employersOrganisations,
  employersWord,
  notEmployersChamber,
  notEmployersOrganisation,
  notTradeUnion,
  socialPartners,
  unionWord,
  workersOrganisations,
} from '../lexicons/partners.js'
import {currentMentions, insideMatchOf, neighbours, within} from '../shared/mentions.js'
import {describedCurricula} from '../shared/training.js'

/**
 * "Unions" (plural) or a lowercase "union" ("the fishers' union") is a trade
 * union; a capitalised singular "Union" opens a name that may be anything
 * ("Union tunisienne de l'industrie", "European Union").
 */
function isTradeUnionWord(match: Match): boolean {
  if (insideMatchOf(match, notTradeUnion)) return false
  return /s['’]?$/u.test(match.text) || /^u/u.test(match.text)
}

/**
 * "Employers" capitalised inside a sentence is a word of an organisation's
 * name: "Federation of Kenya Employers", "Ghana Employers' Association".
 */
function isEmployersName(match: Match): boolean {
  if (!/^E/u.test(match.text) || insideMatchOf(match, notEmployersOrganisation)) return false
  return !neighbours(match).atStart
}

/**
 * Mentions in the proposal's plans, in document order, leaving out course
 * topics: "the role of trade unions and employers' organisations" in a
 * curriculum gives neither a role in the project.
 */
function roleMentions(model: ProposalModel, mentions: Match[]): Match[] {
  const topics = describedCurricula(model).map((description) => description.scope)
  const inTopics = (match: Match) => topics.some((scope) => within(match.range, scope))
  return mentions.filter((match) => !inTopics(match)).sort((a, b) => a.range.start.offset - b.range.start.offset)
}

/** Mentions that give a role to a workers' organisation. */
export function workersMentions(model: ProposalModel): Match[] {
  return roleMentions(model, [
    ...currentMentions(model, workersOrganisations),
    ...currentMentions(model, unionWord).filter(isTradeUnionWord),
    ...currentMentions(model, socialPartners),
  ])
}

/** Mentions that give a role to an employers' organisation. */
export function employersMentions(model: ProposalModel): Match[] {
  return roleMentions(model, [
    ...currentMentions(model, employersOrganisations),
    ...currentMentions(model, chamberWord).filter((match) => !insideMatchOf(match, notEmployersChamber)),
    ...currentMentions(model, employersWord).filter(isEmployersName),
    ...currentMentions(model, socialPartners),
  ])
}
