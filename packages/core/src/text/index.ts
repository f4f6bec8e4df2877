// Finding lexicon terms in running text: sentences, matching, negation.

import type {Lexicon, Match, SearchOptions, Sentence} from '../types.js'
import {compileLexicon, documentWideCount, documentWideHits, documentWidePlace, searchedDocumentWide} from './lexicon.js'
import {matchOffsets, mayMention, mentions, preparedOf, sentenceOffsets} from './sentences.js'

export type {TextBlock} from './blocks.js'
export {defineLexicon, documentLexicon, compileLexicon, termPattern, type CompiledLexicon, type Hit} from './lexicon.js'
export {labelEnd, opensWithBullet, opensWithEnumeration, splitSentences, sentenceSpans, topicEnd} from './sentences.js'
export {deniesInItsFirstClause, isNegated, refersBack} from './negation.js'
export {isFemalePersonNoun, isFeminineOf, isPersonNoun, isWomenGroupNoun} from './people.js'
export {opensWithPlaceholder} from './placeholders.js'

/** The sentences with a mention of the lexicon, negated or not (from the hits kept for each text: no match is built). */
export function sentencesMentioning(sentences: readonly Sentence[], lexicon: Lexicon): Sentence[] {
  const compiled = compileLexicon(lexicon)
  return sentences.filter((sentence) => mentions(sentence, lexicon, compiled))
}

/**
 * `sentencesMentioning` for one document asked about many lexicons. Asking each sentence about
 * each lexicon was a tenth of a re-lint of a long proposal in the language server; instead, the
 * sentences are indexed once by the lexicons they mention among those this process has searched
 * document-wide (which a text keeps: the next lint checks only lexicons new since). A lexicon
 * first searched document-wide after the index was made is looked for sentence by sentence.
 */
export function mentionIndex(sentences: readonly Sentence[]): (lexicon: Lexicon) => Sentence[] {
  let index: {covered: number; bySlot: Map<number, Sentence[]>} | null | undefined
  const build = () => {
    const covered = documentWideCount()
    const bySlot = new Map<number, Sentence[]>()
    for (const sentence of sentences) {
      const prepared = preparedOf(sentence)
      if (!prepared) return null
      for (const slot of documentWideHits(prepared, covered)) {
        const list = bySlot.get(slot)
        if (list) list.push(sentence)
        else bySlot.set(slot, [sentence])
      }
    }
    return {covered, bySlot}
  }
  return (lexicon) => {
    const compiled = compileLexicon(lexicon)
    // Built at the first question, when the lexicons searched document-wide so far are known.
    if (index === undefined && documentWideCount() > 0) index = build()
    const place = documentWidePlace(compiled)
    if (index && place !== -1 && place < index.covered) return [...(index.bySlot.get(compiled.slot) ?? [])]
    searchedDocumentWide(compiled)
    return sentencesMentioning(sentences, lexicon)
  }
}

/**
 * Matches of a lexicon in sentences, in document order; non-negated only
 * unless `includeNegated`. The sentence filters of `SearchOptions` apply too
 * (`in`, `notIn`, `includeHeadings`, and `within` on the matches' ranges), so
 * a caller may pass its options through unchanged.
 */
export function findInSentences(
  sentences: readonly Sentence[],
  lexicon: Lexicon,
  options: SearchOptions = {},
): Match[] {
  const {within, includeNegated = false, includeHeadings = true} = options
  const matches: Match[] = []
  // Sentences come in document order, and so do their matches, unless a caller gave them otherwise.
  let ascending = true
  let lastStart = -1
  const compiled = compileLexicon(lexicon)
  for (const sentence of sentences) {
    if (!mayMention(sentence, compiled)) continue
    if (within) {
      const {start, end} = sentenceOffsets(sentence)
      if (end <= within.start.offset || start >= within.end.offset) continue
    }
    // The sentence's mentions first: most sentences have none, and then its section need not be asked.
    const found = sentence.find(lexicon, {includeNegated})
    if (found.length === 0) continue
    if (!includeHeadings && sentence.container === 'heading') continue
    // An empty `in` list is no filter (a rule option left empty), not "nowhere".
    if (options.in?.length && !options.in.some((kind) => sentence.section?.isIn(kind))) continue
    if (options.notIn?.some((kind) => sentence.section?.isIn(kind))) continue
    // A note's citation of a source is background wherever the text calls it.
    if (sentence.citesASource && options.notIn?.includes('background')) continue
    for (const match of found) {
      const {start, end} = matchOffsets(match)
      if (within && (start < within.start.offset || end > within.end.offset)) continue
      ascending &&= start >= lastStart
      lastStart = start
      matches.push(match)
    }
  }
  if (ascending) return matches
  // By offsets: lines and columns are worked out only for the matches a rule reads the range of.
  const starts = new Map(matches.map((match) => [match, matchOffsets(match).start]))
  return matches.sort((a, b) => starts.get(a)! - starts.get(b)!)
}
export {related, relatedMentions, relatedTo, type RelationUnit} from './relations.js'
export {clauseBounds, firstAtLeast, wordIndexBefore, wordIndexFrom, words, type Token} from './negation.js'
export {trailingRunStart, trimTrailing} from './runs.js'
export {datedPast, isHistory, pastMarkers, planMarkers, saysAlready, statesPlan} from './tense.js'
export {countedPhrase, followsDeterminer, type CountedPhrase} from './phrases.js'
