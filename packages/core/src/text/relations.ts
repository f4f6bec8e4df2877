// Relations between mentions: whether two concepts are said of one thing.
// Rules ask "is this training about gender?", "is this role given the gender
// function?", "is this target about women?" through these units instead of
// counting words between hits, so every rule reads evidence the same way in
// English, French and Spanish.
import type {Lexicon, Match} from '../types.js'
import {anyIn, clauseBounds, clauseReach, firstAtLeast, wordIndexFrom, words} from './negation.js'
import {RecentTexts} from './recent.js'

/**
 * How close two mentions must be to be said of one thing:
 * - `phrase`: one noun phrase: "gender specialist", "spécialiste en genre",
 *   "experta nacional en igualdad de género" (no punctuation, no verb, at most
 *   four words between);
 * - `clause`: one clause of one sentence ("a one-day workshop for the ministry's
 *   inspectors on gender equality");
 * - `list`: two items of one enumeration ("interviews, focus groups and workshops",
 *   "entretiens, ateliers et enquêtes"): between them only list separators (a comma,
 *   "and", "or", "et", "ou", "y", "o"...) and other items, each of at most four words
 *   and no verb;
 * - `sentence`: one sentence;
 * - `block`: one unit of meaning: a table row (a logframe row's cells), a list
 *   item, a paragraph.
 */
export type RelationUnit = 'phrase' | 'clause' | 'list' | 'sentence' | 'block'

/** Words that make a gap a predicate rather than part of a noun phrase. */
const VERB_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'shall', 'would', 'should', 'can', 'could', 'may', 'might', 'must',
  'has', 'have', 'had', 'do', 'does', 'did', 'who', 'which', 'that', 'whose',
  'est', 'sont', 'sera', 'seront', 'etait', 'etaient', 'ont', 'qui', 'que', 'dont',
  'es', 'son', 'sera', 'seran', 'era', 'eran', 'fue', 'ha', 'han', 'quien', 'quienes', 'cual',
])

const PHRASE_GAP_WORDS = 4

/** Whether `a` and `b` are said of one thing at the given unit. Negation is the caller's: matches come from `find`. */
export function related(a: Match, b: Match, unit: RelationUnit): boolean {
  if (a === b) return false
  if (unit === 'block') return a.sentence.block.start.offset === b.sentence.block.start.offset
  if (a.sentence !== b.sentence) return false
  if (unit === 'sentence') return true
  const text = a.sentence.text
  const [first, second] = a.sentenceIndex <= b.sentenceIndex ? [a, b] : [b, a]
  const firstEnd = first.sentenceIndex + first.text.length
  if (unit === 'clause') {
    const [, clauseEnd] = clauseBounds(text, first.sentenceIndex, firstEnd)
    return second.sentenceIndex < clauseEnd
  }
  if (unit === 'list') return isEnumerationGap(text.slice(firstEnd, second.sentenceIndex))
  // Two answers without reading the gap: rules relate each mention to every other of a sentence, and a
  // sentence may hold thousands, so reading each gap made it cubic. Punctuation in the gap separates them;
  // so do more than four words (each word that starts in the gap is at least one word of the gap).
  if (anyIn(punctuationOf(text), firstEnd, second.sentenceIndex)) return false
  if (wordIndexFrom(text, second.sentenceIndex) - wordIndexFrom(text, firstEnd) > PHRASE_GAP_WORDS) return false
  const gap = text.slice(firstEnd, second.sentenceIndex)
  const between = words(gap)
  return between.length <= PHRASE_GAP_WORDS && !between.some((word) => VERB_WORDS.has(word.word))
}

/** What separates the items of an enumeration: punctuation, or a coordinating word. */
const LIST_PUNCTUATION = /[,;/&]/u
const LIST_WORDS = new Set(['and', 'or', 'as', 'well', 'et', 'ou', 'ainsi', 'que', 'y', 'e', 'o', 'u'])
/** What a gap between two items of one enumeration never holds. */
const NOT_IN_A_LIST = /[.:!?]/u

/** Whether the text between two mentions makes them items of one enumeration (see `RelationUnit`). */
function isEnumerationGap(gap: string): boolean {
  if (NOT_IN_A_LIST.test(gap)) return false
  let separated = false
  for (const part of gap.split(LIST_PUNCTUATION)) {
    if (part !== gap) separated = true
    // Each part may itself join items with "and", "or", "et", "y"...: what lies between those is an item.
    let item = 0
    for (const {word} of words(part)) {
      if (VERB_WORDS.has(word)) return false
      if (LIST_WORDS.has(word)) {
        separated = true
        item = 0
      } else if (++item > PHRASE_GAP_WORDS) return false
    }
  }
  return separated
}

/** What ends a noun phrase between two mentions. */
const PUNCTUATION = /[.,;:()[\]!?]/gu

/** Where the punctuation of recent texts is, ascending (the sentences whose mentions are being related). */
const punctuations = new RecentTexts<number[]>(1_000)

function punctuationOf(text: string): number[] {
  return punctuations.get(text, (sentence) => [...sentence.matchAll(PUNCTUATION)].map((match) => match.index))
}

/** The mentions of `others` said of one thing with `match`. */
export function relatedTo(match: Match, others: readonly Match[], unit: RelationUnit): Match[] {
  if (unit !== 'phrase') return others.filter((other) => related(match, other, unit))
  // Rules relate each mention to every other of its sentence, and a sentence may hold thousands: only the
  // mentions inside the match's phrase window are weighed in full, the rest are ruled out by two comparisons.
  const {sentence} = match
  const [from, to] = phraseWindow(match)
  return others.filter((other) => other.sentence === sentence && other.sentenceIndex + other.text.length >= from && other.sentenceIndex <= to && related(match, other, unit))
}

/**
 * The mentions of a lexicon in the match's sentence said of one thing with it ("gender" in "a gender
 * specialist"); negated ones too with `includeNegated`. At the phrase unit only the mentions around the match
 * are read, so asking this for each of a sentence's thousands of mentions stays linear.
 */
export function relatedMentions(match: Match, lexicon: Lexicon, unit: Exclude<RelationUnit, 'block'>, options: {includeNegated?: boolean; limit?: number} = {}): Match[] {
  const {includeNegated = false, limit = Infinity} = options
  if (unit === 'clause') {
    // Only the mentions within the clause's reach are weighed, and only until `limit` are found: a clause may hold
    // thousands of mentions, each asking.
    const [start, end] = clauseReach(match.sentence.text, match.sentenceIndex, match.sentenceIndex + match.text.length)
    const found: Match[] = []
    for (const other of match.sentence.find(lexicon, {includeNegated, overlapping: {start, end}})) {
      if (found.length >= limit) break
      if (related(match, other, unit)) found.push(other)
    }
    return found
  }
  if (unit !== 'phrase') return relatedTo(match, match.sentence.find(lexicon, {includeNegated}), unit)
  const [from, to] = phraseWindow(match)
  // The mentions that end at or after `from` and start at or before `to`.
  const near = match.sentence.find(lexicon, {includeNegated, overlapping: {start: from - 1, end: to + 1}})
  return near.filter((other) => related(match, other, unit))
}

/**
 * Where a mention related to `match` at the phrase unit may lie in its sentence: no punctuation and at most
 * four words between them (see `related`). A mention that ends before the window or starts after it is not.
 */
function phraseWindow(match: Match): [number, number] {
  const {text} = match.sentence
  const start = match.sentenceIndex
  const end = start + match.text.length
  const tokens = words(text)
  const punctuation = punctuationOf(text)
  // After the match: up to the first punctuation mark, and to the start of the fifth word after it.
  const nextMark = punctuation[firstAtLeast(punctuation, end)] ?? Infinity
  const fifthWord = tokens[wordIndexFrom(text, end) + PHRASE_GAP_WORDS]?.start ?? Infinity
  // Before it: a mention must end after the last punctuation mark and after the start of the fifth word before it.
  const lastMark = punctuation[firstAtLeast(punctuation, start) - 1] ?? -1
  const fifthWordBefore = tokens[wordIndexFrom(text, start) - PHRASE_GAP_WORDS - 1]?.start ?? -1
  return [Math.max(lastMark, fifthWordBefore), Math.min(nextMark, fifthWord)]
}
