// Workers' and employers' organisations, recognised by the role the text gives
// them. Shared with participation-balance, which looks for targets for the
// same organisations' representatives among training participants.
import {clauseBounds, deniesInItsFirstClause, detectLanguage, refersBack, related, wordIndexFrom, words, type Lexicon, type Match, type ProposalModel, type Sentence} from '@lessonlint/core'

import {
  attributedTo,
  chamberWord,
  employersOrganisations,
  employersSyndicate,
  employersWord,
  engagement,
  mitigation,
  notEmployersChamber,
  notEmployersOrganisation,
  notTradeUnion,
  obstacleFrom,
  participationSought,
  refusal,
  socialPartners,
  unionWord,
  venue,
  workersOrganisations,
} from '../lexicons/partners.js'
import {acronymMentions, currentMentions, inRiskColumn, insideMatchOf, isLeadInLabel, neighbours, within} from '../shared/mentions.js'
import {nextSentenceOf, opensByNamingItAgain} from '../shared/partners.js'
import {isCourseTopic} from '../shared/training.js'
import {nationalOrganisations, nationalSocialPartner, organisationsUnderASideLabel} from '../shared/national-partners.js'
import {describedOrganisations, namedOrganisations} from '../shared/names.js'
import {unionOfEmployers} from '../shared/organisations.js'

/**
 * "Unions" (plural) or a lowercase "union" ("the fishers' union") is a trade
 * union; a capitalised singular "Union" opens a name that may be anything
 * ("Union tunisienne de l'industrie", "European Union").
 */
function isTradeUnionWord(model: ProposalModel, match: Match): boolean {
  if (insideMatchOf(match, notTradeUnion)) return false
  // In French "union" is any union of members ("les unions régionales de l'UTICA", an employers' body):
  // a French trade union is a "syndicat".
  if (model.language === 'fr' && detectLanguage(match.sentence.text) !== 'en') return false
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
 * Whether the organisation is named as the source of an obstacle in one noun
 * phrase ("objections from some of the employers' groups", "resistance of the
 * unions"): that is no role.
 */
function isObstacleSource(match: Match): boolean {
  return match.sentence
    .find(obstacleFrom, {includeNegated: true})
    .some((obstacle) => obstacle.sentenceIndex < match.sentenceIndex && related(obstacle, match, 'phrase'))
}

/**
 * Whether the organisation turns the project down in its clause ("The Growers and Exporters Association declined our
 * invitation to join the project committee"), or the next sentence, referring back to it, does ("We invited the
 * national employers' federation to join. It declined, …"): that is no role. A refusal before the mention is someone
 * else's.
 */
function refuses(model: ProposalModel, match: Match, answers: Map<object, boolean>): boolean {
  // Or in a later clause that refers back to it: "We approached the General Agricultural Workers' Union in March, but it
  // could not commit to a pilot of this size".
  const inSentence = match.sentence
    .find(refusal, {includeNegated: true})
    .some((refused) => refused.sentenceIndex > match.sentenceIndex && (related(refused, match, 'clause') || opensByReferringBack(refused)))
  if (inSentence) return true
  // Asked once per sentence: one may name thousands of organisations.
  let answer = answers.get(match.sentence)
  if (answer === undefined) answers.set(match.sentence, (answer = nextRefusesBack(model, match.sentence)))
  return answer || deniedByTheNextSentence(model, match)
}

/**
 * Whether the organisation's sentence, or the next one in its block, opens by naming it again and denies it a part in
 * its first clause: "… un informe anual dirigido a las centrales sindicales. Las centrales no integran el comité de
 * gestión ni tienen actividades a su cargo", "The unions have no seat on the steering committee".
 */
function deniedByTheNextSentence(model: ProposalModel, match: Match): boolean {
  const denies = (text: string) => deniesInItsFirstClause(text) && opensByNamingItAgain(text, match)
  const after = nextSentenceOf(model, match.sentence)
  return denies(match.sentence.text) || (after !== undefined && denies(after.text))
}

/** Whether the clause of a match opens by referring back to what the clause before it named ("…, but it could not commit"). */
function opensByReferringBack(match: Match): boolean {
  const {text} = match.sentence
  const [clauseStart] = clauseBounds(text, match.sentenceIndex, match.sentenceIndex + match.text.length)
  return clauseStart > 0 && refersBack(text.slice(clauseStart, match.sentenceIndex))
}

/**
 * Whether the text only asks the organisation whether it will take part, in one clause: "Consultar a la CIP sobre su
 * interés en participar", "until the chamber confirms its interest". That is no role yet.
 */
function isParticipationSought(match: Match): boolean {
  return match.sentence.find(participationSought, {includeNegated: true}).some((sought) => related(sought, match, 'clause'))
}

/** Whether the sentence after this one in its block opens by referring back to it and refuses in its first clause. */
function nextRefusesBack(model: ProposalModel, sentence: Sentence): boolean {
  const after = nextSentenceOf(model, sentence)
  if (!after || !refersBack(after.text)) return false
  const [, firstClauseEnd] = clauseBounds(after.text, 0, 0)
  return after.find(refusal, {includeNegated: true}).some((refused) => refused.sentenceIndex < firstClauseEnd)
}

/**
 * Whether the text quotes the organisation for what it says, in one phrase: "According to the Federation of Nepalese
 * Chambers of Commerce and Industry (FNCCI), small enterprises cannot fill vacancies", "selon le patronat". A body
 * quoted has no role.
 */
function isQuoted(match: Match): boolean {
  // Only a few words back: one phrase holds both, and a sentence may hold thousands of each. An acronym in brackets
  // after its name ("… Chambers of Commerce and Industry (FNCCI)") is counted back from the name's end.
  const {text} = match.sentence
  const bracket = /\(\s*$/u.exec(text.slice(Math.max(0, match.sentenceIndex - 3), match.sentenceIndex))
  const anchor = bracket ? match.sentenceIndex - 3 + bracket.index : match.sentenceIndex
  const from = words(text)[Math.max(0, wordIndexFrom(text, Math.max(0, anchor)) - QUOTE_REACH_WORDS)]?.start ?? 0
  return match.sentence
    .find(attributedTo, {includeNegated: true, from, to: match.sentenceIndex})
    .some((quote) => related(quote, match, 'phrase') || (bracket !== null && !text.slice(quote.sentenceIndex + quote.text.length, anchor).includes(',') && related(quote, match, 'clause')))
}

/** How many words before an organisation the words that quote it may start: "according to the Federation of Nepalese Chambers". */
const QUOTE_REACH_WORDS = 12

/**
 * Whether a mention sits in a risks section outside a mitigation: "Employers
 * may object to the notification" names a risk, "Mitigation: the employers'
 * federation co-chairs the consultations" or "the project will involve the
 * employers' federation from the start" a role. In a risk table, the column
 * header says which cells are mitigations.
 */
function isRiskOnly(model: ProposalModel, match: Match): boolean {
  if (!match.section?.isIn('risks')) return false
  if (match.sentence.find(mitigation, {includeNegated: true}).length > 0) return false
  if (match.sentence.container !== 'table-cell') return match.sentence.find(engagement).length === 0
  return inRiskColumn(model, match)
}

/**
 * Whether all the text gives the organisation is a venue it lends or rents out: "| Provincial Chamber of
 * Commerce | Provides its conference hall for the project launch |", "La Chambre de commerce mettra à
 * disposition sa salle de conférence pour l'atelier de lancement". Read in the mention's sentence, or its
 * table row; a venue beside an engagement ("co-chairs the committee, which meets in its hall") is a role.
 */
function isVenueOnly(model: ProposalModel, match: Match, answers: Map<object, boolean>): boolean {
  const row = match.sentence.container === 'table-cell' ? model.tableRowAt(match.range.start.offset) : null
  // Asked once per sentence or row: one may name thousands of organisations.
  const scope = row ?? match.sentence
  let answer = answers.get(scope)
  if (answer === undefined) {
    const within = scope.range
    answers.set(scope, (answer = model.find(venue, {within}).length > 0 && model.find(engagement, {within}).length === 0))
  }
  return answer
}

/**
 * Mentions that give an organisation a role in the proposal's plans, in
 * document order. Left out: course topics ("the role of trade unions and
 * employers' organisations" in a curriculum gives neither a role in the
 * project), risks and obstacles ("objections from employers' groups"), refusals ("declined our invitation"), and bodies only
 * asked whether they will take part ("its interest in participating").
 */
function roleMentions(model: ProposalModel, mentions: Match[], side: readonly Lexicon[]): Match[] {
  const venueAnswers = new Map<object, boolean>()
  const refusalAnswers = new Map<object, boolean>()
  const kept = mentions.filter(
    (match) =>
      !isCourseTopic(model, match) &&
      !isObstacleSource(match) &&
      !isQuoted(match) &&
      !refuses(model, match, refusalAnswers) &&
      !isParticipationSought(match) &&
      !isRiskOnly(model, match) &&
      !isVenueOnly(model, match, venueAnswers),
  )
  return kept
    .filter((match) => !(isLeadInLabel(model, match) || opensAsTopic(match)) || !ruledOutInBlock(model, match, kept, side))
    .sort((a, b) => a.range.start.offset - b.range.start.offset)
}

/** How far into its sentence a side named as its topic may start (characters). */
const TOPIC_OPENING_REACH = 30

/** What may come before a side named as the topic of its sentence: "On the employers' side,", "Quant aux employeurs,". */
const TOPIC_OPENING = /^(?:|on the|as for(?: the)?|as to(?: the)?|quant (?:aux?|à la)|du côté des?|en ce qui concerne les?|del lado de(?: los| las)?|en cuanto a(?: los| las)?|por parte de(?: los| las)?)$/iu

/**
 * Whether the mention opens its sentence as its topic, set off by a comma: "Côté employeurs, nous travaillons
 * directement avec les exploitations", "On the employers' side, …". Like a bold label, it says what the sentences
 * after it are about, and they may rule the side out.
 */
function opensAsTopic(match: Match): boolean {
  const {text} = match.sentence
  // The opening words are short ("en ce qui concerne les"): further in, the mention opens nothing.
  if (match.sentenceIndex > TOPIC_OPENING_REACH) return false
  const before = text.slice(0, match.sentenceIndex).trim()
  return /^\s*,/u.test(text.slice(match.sentenceIndex + match.text.length)) && TOPIC_OPENING.test(before.replace(/\s+/gu, ' '))
}

/**
 * Whether the block a label opens speaks of its organisations only to rule them out, defer them or tell their past:
 * it names them again (by any word of the side's lexicons, negated or not), and none of those mentions gives a role.
 */
function ruledOutInBlock(model: ProposalModel, label: Match, roles: readonly Match[], side: readonly Lexicon[]): boolean {
  const {block} = label.sentence
  const inBody = (match: Match) =>
    match.range.start.offset >= block.start.offset && match.range.end.offset <= block.end.offset && !isLeadInLabel(model, match) && !opensAsTopic(match)
  const named = side.flatMap((lexicon) => model.find(lexicon, {within: block, includeNegated: true})).filter(inBody)
  return named.length > 0 && !roles.some(inBody)
}

/** The words for each side, by which a block names its organisations (`ruledOutInBlock`). */
const WORKERS_SIDE: readonly Lexicon[] = [workersOrganisations, unionWord, socialPartners]
const EMPLOYERS_SIDE: readonly Lexicon[] = [employersOrganisations, employersSyndicate, chamberWord, socialPartners]

/** Mentions that give a role to a workers' organisation. */
export function workersMentions(model: ProposalModel): Match[] {
  const named = [
    ...currentMentions(model, workersOrganisations).filter((match) => !insideMatchOf(match, employersSyndicate) && !unionOfEmployers(match)),
    ...currentMentions(model, unionWord).filter((match) => isTradeUnionWord(model, match) && !unionOfEmployers(match)),
    ...namedOrganisations(model, 'workers'),
    ...describedOrganisations(model, 'workers'),
    ...nationalOrganisations(model, 'workers', currentMentions(model, nationalSocialPartner)),
    ...organisationsUnderASideLabel(model, 'workers'),
  ]
  // A body named in full once is named by its acronym after that, wherever the name gave it (the context often does):
  // "Asociación Obrera Textil (AOT) … | AOT | Delegados en talleres |". Not where the text rules it out ("The
  // Federation of Nepalese Chambers of Commerce and Industry (FNCCI) is not a partner"): negated names give none.
  const definitions = [...model.find(workersOrganisations), ...namedOrganisations(model, 'workers', true)]
  return roleMentions(model, [...named, ...acronymMentions(model, definitions), ...currentMentions(model, socialPartners)], WORKERS_SIDE)
}

/** Mentions that give a role to an employers' organisation. */
export function employersMentions(model: ProposalModel): Match[] {
  const named = [
    ...currentMentions(model, employersOrganisations),
    ...currentMentions(model, employersSyndicate),
    // "le syndicat des exploitants forestiers": a union word told by employers after it.
    ...currentMentions(model, workersOrganisations).filter((match) => unionOfEmployers(match) && !insideMatchOf(match, employersSyndicate)),
    ...currentMentions(model, chamberWord).filter((match) => !insideMatchOf(match, notEmployersChamber)),
    ...currentMentions(model, employersWord).filter(isEmployersName),
    ...namedOrganisations(model, 'employers'),
    ...describedOrganisations(model, 'employers'),
    ...nationalOrganisations(model, 'employers', currentMentions(model, nationalSocialPartner)),
    ...organisationsUnderASideLabel(model, 'employers'),
  ]
  const definitions = [
    ...model.find(employersOrganisations),
    ...model.find(chamberWord).filter((match) => !insideMatchOf(match, notEmployersChamber)),
    ...namedOrganisations(model, 'employers', true),
  ]
  return roleMentions(model, [...named, ...acronymMentions(model, definitions), ...currentMentions(model, socialPartners)], EMPLOYERS_SIDE)
}
