// Organisations told by their members, named right beside the organisation word: "representatives of the growers'
// associations", "the boat owners' association", "las asociaciones de exportadores", "les organisations de travailleuses
// domestiques". Whose organisation it is says its side, whether or not the name is written with capitals.
import type {Match, ProposalModel} from '@lessonlint/core'

import {employerMembers, organisationKind, workerNameWords} from '../lexicons/partners.js'

import {currentMentions} from './mentions.js'
import type {Side} from './national-partners.js'

/** How far from an organisation word its members may be named next to it: "the coffee growers' associations". */
const MEMBERS_REACH = 24
/** Between members and the organisation word after them: a possessive ("growers' associations", "exporters’ council"). */
const POSSESSIVE_GAP = /^['’]?[ \t]+$/u
/** Between an organisation word and its members after it: "asociaciones de exportadores", "association des exploitants", "Association of Growers". */
const MEMBERS_AFTER_GAP = /^[ \t]+(?:de|des|del|de l[oa]s|d['’]|of|of the)[ \t]*$/iu

/** Current mentions of organisation words whose members, right beside them, are of `side`. */
export function organisationsOfTheirMembers(model: ProposalModel, side: Side): Match[] {
  const members = side === 'employers' ? employerMembers : workerNameWords
  return currentMentions(model, organisationKind).filter((word) => {
    const {sentence, sentenceIndex} = word
    const end = sentenceIndex + word.text.length
    const before = sentence.find(members, {includeNegated: true, from: Math.max(0, sentenceIndex - MEMBERS_REACH), to: sentenceIndex})
    if (before.some((member) => POSSESSIVE_GAP.test(sentence.text.slice(member.sentenceIndex + member.text.length, sentenceIndex)))) return true
    const after = sentence.find(members, {includeNegated: true, from: end, to: end + MEMBERS_REACH})
    return after.some((member) => MEMBERS_AFTER_GAP.test(sentence.text.slice(end, member.sentenceIndex)))
  })
}

/** Between a union word and the employers it is of, one qualifier at most (no "and"): "syndicat professionnel des entrepreneurs". */
const EMPLOYERS_AFTER_GAP = /^[ \t]+(?:(?!(?:and|et|y|or|ou|o)[ \t])\p{L}+[ \t]+)?(?:de|des|del|de l[oa]s|d['’]|of|of the)[ \t]*$/iu
/** The bare union word, which says nothing of whose union it is: "syndicat", "sindicato", "union". */
const BARE_UNION = /^(?:syndicats?|sindicatos?|unions?)$/iu

/**
 * Whether a union word is of employers, told right after it: "le syndicat professionnel des entrepreneurs de BTP", "el
 * sindicato de empresarios del transporte". Such a "syndicat" is an employers' body, not a trade union.
 */
export function unionOfEmployers(word: Match): boolean {
  if (!BARE_UNION.test(word.text)) return false
  const {sentence} = word
  const end = word.sentenceIndex + word.text.length
  return sentence
    .find(employerMembers, {includeNegated: true, from: end, to: end + MEMBERS_REACH + 16})
    .some((member) => EMPLOYERS_AFTER_GAP.test(sentence.text.slice(end, member.sentenceIndex)))
}
