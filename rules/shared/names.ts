// Organisations recognised by their names (social-partners and participation-balance). A name says what an organisation is
// through its role words, not through the word that makes it an organisation:
// "National Union of Mineworkers" is a trade union (its members are workers),
// "Union tunisienne de l'industrie, du commerce et de l'artisanat" an employers'
// body (industry and commerce), the "European Union" neither. So a name is an
// organisation word (council, federation, union, chamber, cámara...) written
// with a capital, with the capitalised words before it and the rest of the name
// after it, and its role is read from the role words inside that span.
import {firstAtLeast, relatedMentions, words as tokens, type Match, type ProposalModel, type Sentence} from '@lessonlint/core'

import {employerMembers, employerNameWords, labourNameWord, organisationKind, speaksFor, unionKind, workerNameWords} from '../lexicons/partners.js'
import {currentMentions} from './mentions.js'
import {organisationsOfTheirMembers} from './organisations.js'

export type NameRole = 'workers' | 'employers'

/** What may separate two words of one name: spaces, a possessive apostrophe ("Workers' Union"), "&", a hyphen ("Trade Unions-Kenya"). */
const NAME_GAP = /^[\s'’&‐‑–-]*$/u
/**
 * English connectors: they join capitalised words ("Chamber of Commerce and
 * Industry"). Not "for": what follows it is a purpose, not the members
 * ("National Council for Industry and Trade Promotion" is a government body).
 */
const ENGLISH_CONNECTOR = /^(?:of|the|and)$/u
/** French and Spanish connectors: the noun after them may be lowercase ("Chambre de commerce", "Fédération des entreprises"); not "pour", "para". */
const ROMANCE_CONNECTOR = /^(?:de|des|du|d|l|la|le|les|et|del|el|los|las|y)$/iu
/** Words after which a name goes on with its purpose or topic, not its members. */
const PURPOSE = /^(?:for|on|to|pour|sur|para|sobre|en)$/iu
/** "and" between two names, or inside one ("Chamber of Commerce and Industry"). */
const CONJUNCTION = /^(?:and|et|y)$/iu
const CAPITALISED = /^\p{Lu}/u
/** How far a name reaches from its organisation word. */
const MAX_BEFORE = 4
const MAX_AFTER = 8

interface Word {
  text: string
  start: number
  end: number
}

/**
 * The words of a sentence as written, from the core's tokenizer (elisions such as "l'industrie" split at the
 * apostrophe), where they start, and where its organisation words start; once per sentence, which may name thousands.
 */
interface SentenceWords {
  words: Word[]
  starts: number[]
  organisationStarts: Set<number>
}
const sentenceWords = new WeakMap<Sentence, SentenceWords>()

function wordsOf(sentence: Sentence): SentenceWords {
  let found = sentenceWords.get(sentence)
  if (!found) {
    const {text} = sentence
    const words = tokens(text).map((token) => ({text: text.slice(token.start, token.end), start: token.start, end: token.end}))
    const organisationStarts = new Set(sentence.find(organisationKind, {includeNegated: true}).map((other) => other.sentenceIndex))
    sentenceWords.set(sentence, (found = {words, starts: words.map((word) => word.start), organisationStarts}))
  }
  return found
}

/**
 * The span of sentence text that names the organisation whose organisation
 * word is `match`: "Minerals Council South Africa", "National Union of
 * Metalworkers of South Africa", "Union tunisienne de l'industrie". A
 * lowercase organisation word ("the council", "a customs union") names nothing.
 */
export function nameSpan(match: Match): {start: number; end: number} | null {
  if (!CAPITALISED.test(match.text)) return null
  const text = match.sentence.text
  const {words, starts, organisationStarts: otherNames} = wordsOf(match.sentence)
  const at = firstAtLeast(starts, match.sentenceIndex)
  if (starts[at] !== match.sentenceIndex) return null
  const joined = (left: Word, right: Word) => NAME_GAP.test(text.slice(left.end, right.start))

  let first = at
  while (first > 0 && at - first < MAX_BEFORE) {
    const previous = words[first - 1]!
    if (!CAPITALISED.test(previous.text) || !joined(previous, words[first]!)) break
    first--
  }

  // Where other organisation words start (`otherNames`): "the Minerals Council and Business Unity South Africa" names two.
  let last = at
  let beforeConjunction: number | null = null
  let afterRomance = false
  for (let index = at + 1; index < words.length && index - at <= MAX_AFTER; index++) {
    const word = words[index]!
    if (!joined(words[index - 1]!, word) || PURPOSE.test(word.text)) break
    if (otherNames.has(word.start) && beforeConjunction !== null) {
      last = beforeConjunction
      break
    }
    if (CONJUNCTION.test(word.text)) beforeConjunction = last
    if (ROMANCE_CONNECTOR.test(word.text)) {
      afterRomance = true
      continue
    }
    if (ENGLISH_CONNECTOR.test(word.text)) {
      afterRomance = false
      continue
    }
    const next = words[index + 1]
    // "Fédération des entreprises", "Cámara de comercio"; "Union tunisienne de l'industrie": one adjective, then a connector.
    const adjective = index === at + 1 && next !== undefined && ROMANCE_CONNECTOR.test(next.text) && joined(word, next)
    if (!CAPITALISED.test(word.text) && !afterRomance && !adjective) break
    afterRomance = false
    last = index
  }
  return {start: words[first]!.start, end: words[last]!.end}
}

/** Whether a match of the sentence lies inside a span of its text. */
function inside(match: Match, span: {start: number; end: number}): boolean {
  return span.start <= match.sentenceIndex && match.sentenceIndex + match.text.length <= span.end
}

/** What an organisation's name says it is: workers' when its members are workers, employers' when business or industry. */
export function roleOfName(match: Match): NameRole | null {
  const span = nameSpan(match)
  if (!span) return null
  // Only the words that start inside the name are read: a sentence may hold thousands of names.
  const has = (lexicon: typeof workerNameWords) => match.sentence.find(lexicon, {includeNegated: true, from: span.start, to: span.end}).some((word) => inside(word, span))
  if (has(workerNameWords)) return 'workers'
  if (has(employerNameWords)) return 'employers'
  // "Union marocaine du travail", "Nigeria Labour Congress": labour in a union's name.
  const unionWord = match.sentence.find(unionKind, {includeNegated: true, from: match.sentenceIndex, to: match.sentenceIndex + 1}).length > 0
  if (unionWord && has(labourNameWord)) return 'workers'
  return null
}

/**
 * Current mentions of organisations whose names give them `role`, at their organisation word; with `anywhere`, the
 * mentions in the background too (where a name gives its acronym, whatever section it is in).
 */
export function namedOrganisations(model: ProposalModel, role: NameRole, anywhere = false): Match[] {
  const mentions = anywhere ? model.find(organisationKind) : currentMentions(model, organisationKind)
  return mentions.filter((match) => roleOfName(match) === role)
}

/**
 * Organisations told by whom they speak for, after their organisation word: "La AHM, asociación que agrupa a
 * las empresas maquiladoras", "Le GEFP, groupement qui négocie la convention au nom des entreprises franches",
 * "KTGA, which negotiates the sector agreement on behalf of the large estates". The mention is the organisation
 * word nearest before what it speaks for, in the same sentence; its members, right after, say its side.
 */
export function describedOrganisations(model: ProposalModel, role: NameRole): Match[] {
  const members = role === 'employers' ? employerMembers : workerNameWords
  const found: Match[] = []
  // Each sentence's organisation words once, and the one before each phrase by bisection: a sentence may hold thousands.
  const organisations = new Map<Sentence, {words: Match[]; starts: number[]}>()
  for (const phrase of currentMentions(model, speaksFor)) {
    if (!relatedMentions(phrase, members, 'phrase').some((member) => member.sentenceIndex > phrase.sentenceIndex)) continue
    let inSentence = organisations.get(phrase.sentence)
    if (!inSentence) {
      const words = phrase.sentence.find(organisationKind)
      organisations.set(phrase.sentence, (inSentence = {words, starts: words.map((word) => word.sentenceIndex)}))
    }
    const organisation = inSentence.words[firstAtLeast(inSentence.starts, phrase.sentenceIndex) - 1]
    if (organisation) found.push(organisation)
  }
  // Or by an apposition after its name, of its members: "**Expoflores**, el gremio de los exportadores de flores, designa…",
  // "FKE, the federation of the country's employers, …"; or with its members before the organisation word, in English:
  // "Asocolflores, the flower growers' and exporters' association, …", "Freshuelva (growers' and exporters' association)".
  // Or by its members right beside it ("the growers' associations", "las organizaciones de trabajadoras del hogar").
  found.push(...organisationsOfTheirMembers(model, role))
  for (const word of currentMentions(model, organisationKind)) {
    const {text} = word.sentence
    const lead = text.slice(Math.max(0, word.sentenceIndex - APPOSITION_REACH), word.sentenceIndex)
    if (APPOSITION_BEFORE.test(lead)) {
      if (relatedMentions(word, members, 'phrase').some((member) => member.sentenceIndex > word.sentenceIndex)) found.push(word)
      continue
    }
    const opener = lastOpening(lead)
    if (opener === -1) continue
    const from = word.sentenceIndex - lead.length + opener
    if (word.sentence.find(members, {includeNegated: true, from, to: word.sentenceIndex}).length > 0) found.push(word)
  }
  return found
}

/** How far before an organisation word its apposition may open: "…, the flower growers' and exporters' association". */
const APPOSITION_REACH = 48

/** Where the apposition a text ends in opens (after ", the" or a bracket), with no other comma or bracket after; -1 if none. */
function lastOpening(lead: string): number {
  let at = -1
  for (const opening of lead.matchAll(APPOSITION_OPENING)) at = opening.index + opening[0].length
  return at !== -1 && !/[,()]/u.test(lead.slice(at)) ? at : -1
}

const APPOSITION_OPENING = /,\s*the\s+|\(\s*/gu

/** What opens an apposition right before an organisation word: a comma and an article ("…, el gremio de…", "…, the federation of…"). */
const APPOSITION_BEFORE = /,\s*(?:el|la|los|las|le|les|l['’]|the|an?|un|una|une)\s+$/iu
