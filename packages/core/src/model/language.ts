import type {Language} from '../types.js'
import {RecentTexts} from '../text/recent.js'

/**
 * Frequent function words that the other two languages do not share, so
 * that counting them tells the languages apart ("de", "la", "que", "en"
 * are left out: French and Spanish both use them, English has "en" too).
 */
const FUNCTION_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'are', 'for', 'with', 'will', 'be', 'that', 'this', 'which', 'from', 'by', 'on', 'their', 'have', 'has']),
  fr: new Set(['le', 'les', 'des', 'et', 'du', 'est', 'sont', 'une', 'pour', 'dans', 'avec', 'sur', 'qui', 'au', 'aux', 'par', 'ce', 'cette', 'leur', 'leurs', 'être', 'sera', 'seront', 'projet']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'es', 'son', 'una', 'para', 'con', 'por', 'como', 'su', 'sus', 'este', 'esta', 'será', 'serán', 'proyecto', 'al']),
}

const LANGUAGES: readonly Language[] = ['en', 'fr', 'es']

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value.toLowerCase())
}

/** The language most of the function words belong to; English when the text says too little to tell. */
export function detectLanguage(text: string): Language {
  return readLanguage(text).language
}

/** Fewer function words than this and the text does not tell its language. */
const ENOUGH_WORDS = 5

/**
 * The detected language, and whether the text said enough to tell it (`told`) or English is a default.
 * Given the document's text blocks, each block's words are counted once and kept for the next lint
 * (a single text is counted as it comes: a whole document would be a heavy key to keep).
 */
export function readLanguage(text: string | readonly string[]): {language: Language; told: boolean} {
  const counts: Record<Language, number> = {en: 0, fr: 0, es: 0}
  for (const part of typeof text === 'string' ? [text] : text) {
    const own = typeof text === 'string' ? countFunctionWords(part) : blockCounts.get(part, countFunctionWords)
    for (const language of LANGUAGES) counts[language] += own[language]
  }
  const best = LANGUAGES.reduce((a, b) => (counts[b] > counts[a] ? b : a))
  // A few French or Spanish names in an English text must not flip it.
  if (best !== 'en' && counts[best] >= ENOUGH_WORDS && counts[best] > counts.en * 1.5) return {language: best, told: true}
  return {language: 'en', told: counts.en >= ENOUGH_WORDS}
}

const blockCounts = new RecentTexts<Readonly<Record<Language, number>>>(8_000)

/** How many of each language's own function words a text holds (`readLanguage` adds them up over a document). */
export function countFunctionWords(text: string): Record<Language, number> {
  const counts: Record<Language, number> = {en: 0, fr: 0, es: 0}
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of LANGUAGES) if (FUNCTION_WORDS[language].has(word)) counts[language]++
  }
  return counts
}
