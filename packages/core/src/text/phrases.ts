// What an indicator counts: the noun phrase after "Number of", "Nombre de",
// "Número de" (or from the start), split into its coordinated parts, in
// English, French and Spanish. Rules decide whether its head names people or
// things; the phrase itself is read here, once, for every rule.
import type {Language} from '../types.js'
import {isPersonNoun} from './people.js'
import {wordIndexBefore, words, type Token} from './negation.js'

/** Words that open an indicator before what it counts: "Number of", "Pourcentage de", "Número de", "Total annual". */
const PREFIX_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['number', 'no', 'nr', 'count', 'percentage', 'percent', 'per', 'cent', 'share', 'proportion', 'ratio', 'rate', 'average', 'total', 'annual', 'cumulative']),
  fr: new Set(['nombre', 'pourcentage', 'proportion', 'part', 'taux', 'total', 'moyenne']),
  es: new Set(['numero', 'porcentaje', 'proporcion', 'cantidad', 'tasa', 'total', 'promedio']),
}

/** Signs for "number" in any language, as the tokenizer splits them: "N.º de jóvenes", "Nº", "N°", "Nbre de", "Nro. de". */
const NUMBER_SIGNS = new Set(['n', 'º', 'nº', 'nb', 'nbre', 'nro', 'num'])

/** Words that end the counted noun phrase: prepositions, relatives, articles, verbs of the predicate (folded, as `words()` gives them). */
const STOP_EN = new Set([
  'of', 'in', 'at', 'on', 'with', 'by', 'from', 'for', 'who', 'whom', 'whose', 'that', 'which', 'where', 'when', 'under',
  'through', 'to', 'into', 'per', 'across', 'within', 'among', 'between', 'after', 'before', 'during', 'than', 'as', 'using',
  'via', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'can', 'able',
  'reporting', 'against', 'about', 'over', 'out', 'up', 'such', 'including', 'incl',
])
const STOP_FR = new Set([
  'de', 'du', 'des', 'd', 'dans', 'en', 'a', 'au', 'aux', 'par', 'pour', 'qui', 'que', 'dont', 'avec', 'sur', 'sous', 'selon',
  'parmi', 'ayant', 'le', 'la', 'les', 'l', 'un', 'une', 'est', 'sont', 'ont', 'apres', 'avant', 'pendant', 'entre',
])
const STOP_ES = new Set([
  'de', 'del', 'en', 'a', 'al', 'por', 'para', 'que', 'quien', 'quienes', 'con', 'sobre', 'segun', 'entre', 'el', 'la',
  'los', 'las', 'un', 'una', 'es', 'son', 'han', 'tras', 'antes', 'durante',
])
const STOPS: Record<Language, ReadonlySet<string>> = {en: STOP_EN, fr: STOP_FR, es: STOP_ES}
/** Articles and "of" that may open a coordinated part: "Nombre de mareyeurs, de transformateurs et d'aides". */
const CONJUNCT_OPENERS = new Set(['of', 'the', 'de', 'des', 'du', 'd', 'le', 'la', 'les', 'l', 'del', 'los', 'las'])
/** Quantifiers that may open an indicator before its noun ("at least", "more than", "au moins", "al menos"). */
const LEAD_WORDS = new Set(['at', 'least', 'most', 'more', 'fewer', 'less', 'than', 'over', 'about', 'approximately', 'around', 'some', 'all', 'au', 'moins', 'plus', 'al', 'menos', 'mas', 'total'])
const CONJUNCTIONS = new Set(['and', 'or', 'et', 'ou', 'y', 'e', 'o'])
/** Words after which a word shaped like a participle is a noun: articles and "de" ("d'unités", "des entités", "de las entidades"). */
const OPENS_A_NOUN = new Set(['de', 'd', 'des', 'du', 'les', 'la', 'le', 'l', 'un', 'une', 'del', 'los', 'las', 'el', 'una', 'unos', 'unas'])
/** Punctuation that ends the counted phrase: "Number of migrants (M/F): 300". */
const PHRASE_END = /[;:()[\]–—]/u

/** A hyphen, as keyboards and word processors write it. */
const HYPHEN = /^[-‐‑]$/u

/** A participle or gerund, as written: it starts the predicate ("trained", "completing", "formés", "capacitados"). */
function isVerbForm(word: string, language: Language): boolean {
  const lower = word.toLowerCase()
  if (language === 'fr') return /(?:é|ée|és|ées|ant|ants|ante|antes)$/u.test(lower) && lower.length > 4
  if (language === 'es') return /(?:ado|ada|ados|adas|ido|ida|idos|idas|ando|iendo)$/u.test(lower) && lower.length > 4
  return /(?:ed|ing)$/u.test(lower) && lower.length > 4
}

/** The indicator's words after its numbering ("1.3", "2.1"), as the core's tokenizer reads them. */
function wordsAfterNumbering(text: string): ReadonlyArray<Readonly<Token>> {
  const tokens = words(text)
  let first = 0
  // "Indicateur 2.1 : nombre d'ouvriers…", "Indicator 3: number of…": the label before the number goes with it.
  if (INDICATOR_LABELS.has(tokens[0]?.word ?? '') && /^\d/u.test(tokens[1]?.word ?? '')) first = 1
  while (first < tokens.length && /^\d/u.test(tokens[first]!.word)) first++
  // "1.b Nombre d'agents…", "2a Number of…": a letter that continues the number is part of the label.
  const letter = tokens[first]
  if (first > 0 && letter !== undefined && letter.word.length === 1 && /^\.?$/u.test(text.slice(tokens[first - 1]!.end, letter.start))) first++
  // "Injuries. Number of workers suffering…", "Régularité des cotisations : proportion des affiliés…": a short title
  // before the indicator proper, ended by a stop, a colon or a dash; what is counted follows the opening word.
  for (let i = first + 1; i < Math.min(tokens.length, first + TITLE_WORDS + 1); i++) {
    if (isOpeningWord(tokens[i]!.word) && TITLE_END.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return tokens.slice(i)
  }
  return tokens.slice(first)
}

/** How long a title before an indicator may be, in words. */
const TITLE_WORDS = 6
/** What ends a title before an indicator: a stop, a colon, a dash. */
const TITLE_END = /[.:—–]/u

function isOpeningWord(word: string): boolean {
  return PREFIX_WORDS.en.has(word) || PREFIX_WORDS.fr.has(word) || PREFIX_WORDS.es.has(word) || NUMBER_SIGNS.has(word)
}

/** Words that label an indicator by its number ("Indicator 1.2", "Indicateur 2.1", "Indicador 3"). */
const INDICATOR_LABELS = new Set(['indicator', 'indicateur', 'indicador', 'ind', 'kpi'])

/** The language of an indicator, from the word that opens it ("Nombre", "Número"), else the document's. */
function languageOf(tokens: ReadonlyArray<Readonly<Token>>, fallback: Language): Language {
  const opening = tokens.slice(0, 2).map((token) => token.word)
  for (const language of ['fr', 'es', 'en'] as const) {
    if (opening.some((word) => PREFIX_WORDS[language].has(word) && !PREFIX_WORDS.en.has(word))) return language
  }
  return fallback
}

export interface CountedPhrase {
  /** The indicator's language, from the word that opens it ("Nombre", "Número"), else the fallback. */
  language: Language
  /** The coordinated parts of the counted phrase, as written ("health", "safety", "welfare officers"). */
  parts: string[]
}

/**
 * The counted phrase of an indicator: from after "Number of" (or from the
 * start, after any numbering) to the first preposition, relative word,
 * article or verb form, split at "and", "et", "y" and commas.
 */
export function countedPhrase(text: string, fallback: Language): CountedPhrase {
  const tokens = wordsAfterNumbering(text)
  const language = languageOf(tokens, fallback)
  return {language, parts: partsOf(text, tokens, language)}
}

/** The counted phrase, split into its coordinated parts ("inspectors and PIPO officials"), as written. */
function partsOf(text: string, tokens: ReadonlyArray<Readonly<Token>>, language: Language): string[] {
  const stops = STOPS[language]
  const conjuncts: Array<Array<Readonly<Token>>> = [[]]
  let started = false
  let previousEnd = tokens[0]?.start ?? 0
  let lastWord = ''
  for (const token of tokens) {
    const gap = text.slice(previousEnd, token.start)
    previousEnd = token.end
    const previousWord = lastWord
    lastWord = token.word
    const current = conjuncts.at(-1)!
    if (started && PHRASE_END.test(gap)) break
    // "health, safety and welfare officers": a comma coordinates like "and" inside the counted phrase.
    if (gap.includes(',') && current.length > 0) conjuncts.push([])
    const open = conjuncts.at(-1)!
    const {word} = token
    const written = text.slice(token.start, token.end)
    if (/^\d/u.test(word)) {
      if (open.length === 0) continue
      break
    }
    if (CONJUNCTIONS.has(word)) {
      if (open.length > 0) conjuncts.push([])
      continue
    }
    if (!started && (PREFIX_WORDS[language].has(word) || PREFIX_WORDS.en.has(word) || NUMBER_SIGNS.has(word))) continue
    // A word a hyphen joins to the next or the one before is inside a compound, not a preposition: "cash-for-work
    // participants", "out-of-school youth".
    const inCompound = HYPHEN.test(text.charAt(token.start - 1)) || HYPHEN.test(text.charAt(token.end))
    if ((stops.has(word) || LEAD_WORDS.has(word)) && !inCompound) {
      // Before the noun phrase starts, these only introduce it ("At least 3,000 migrants complete...").
      if (!started || (open.length === 0 && CONJUNCT_OPENERS.has(word))) continue
      break
    }
    // "empleados", "salariés", "graduates": people nouns shaped like participles. So are nouns right after an article
    // or "de" that opens the phrase ("Pourcentage d'unités appuyées": "unités" is no participle of "uniter").
    if (isVerbForm(written, language) && !isPersonNoun(written) && !(open.length === 0 && OPENS_A_NOUN.has(previousWord))) {
      // A participle before the noun qualifies it ("trained officials", "licensed agencies"). French and Spanish put it
      // after the noun: one that opens their phrase is the noun ("Arrêté révisé fixant le cahier des charges… adopté").
      if (open.length > 0) break
      if (language === 'en') continue
    }
    open.push(token)
    started = true
  }
  return conjuncts.filter((part) => part.length > 0).map((part) => text.slice(part[0]!.start, part.at(-1)!.end))
}

/** Articles, demonstratives and "each" (folded, as `words()` gives them). */
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'each', 'every',
  'un', 'une', 'le', 'la', 'les', 'l', 'ce', 'cet', 'cette', 'ces', 'chaque', 'du', 'des', 'au', 'aux',
  'el', 'los', 'las', 'una', 'este', 'esta', 'ese', 'esa', 'cada', 'del', 'al',
])

/**
 * Whether the word at `start` comes right after a determiner: then it is a noun, not the verb it may fold to
 * once accents are set aside ("un relevé des plaintes" is a statement, "relève de la commune" puts a duty on it).
 */
export function followsDeterminer(text: string, start: number): boolean {
  // The word before, read in the text's own words (kept with the text), not in a slice of it.
  const tokens = words(text)
  const last = tokens[wordIndexBefore(text, start)]
  return last !== undefined && DETERMINERS.has(last.word) && /^[\s'’]+$/u.test(text.slice(last.end, start))
}
