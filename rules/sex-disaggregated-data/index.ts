// Every indicator that counts or measures people says it is disaggregated by
// sex (seed 002: "systematic collection of sex disaggregated data"). What an
// indicator counts is the head of the phrase after "Number of" / "Percentage
// of": "Number of port provinces where inspection teams..." counts provinces,
// "Number of safety committee members trained" counts members.
import {compileLexicon, isFemalePersonNoun, isPersonNoun, related, words, type Indicator, type Language, type Match, type ProposalModel, type Rule, type Token} from '@lessonlint/core'

import {
  countedThings,
  disaggregationColumn,
  menAndBoys,
  people,
  peopleRates,
  sexDimension,
  sexDisaggregation,
  womenAndGirls,
} from '../lexicons/gender.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {genderLesson181142} from '../shared/sources.js'

type MessageId = 'notDisaggregated'

/** Indicators quoted as scope, and as disaggregated, in an explanation: enough to see why. */
const MAX_EXPLAINED = 3

const rule: Rule<MessageId> = {
  meta: {
    id: 'sex-disaggregated-data',
    summary: 'Every indicator that counts or measures people is disaggregated by sex.',
    severity: 'error',
    tags: ['gender', 'monitoring'],
    lesson:
      'The GMS TRIANGLE evaluation found a "lack of systematic availability of sex-disaggregated statistics of participation in and benefit from project activities" and recommends "systematic collection of sex disaggregated data" from inception.',
    sources: [genderLesson181142],
    messages: {
      notDisaggregated: {
        problem: 'The indicator "{indicator}" counts {counted} but is not disaggregated by sex.',
        why: 'Without sex-disaggregated data nobody can tell whether women and men take part in and benefit from the project equally (ILO evaluation 1379, lesson 181142).',
        fix: 'Add "by sex" to the indicator (or give targets for women and men).',
      },
    },
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    if (model.indicators.length === 0) return notApplicable(context, 'no indicators: no indicator table, logframe or indicator list')
    let counting = 0
    let disaggregated = 0
    for (const indicator of model.indicators) {
      const counted = countedPeople(indicator.text, model.language)
      if (counted === null) continue
      // "Part des livreuses", "Número de costureras afiliadas": a count of women only is specific to one sex already.
      if (countsWomenOnly(indicator.text, counted)) continue
      if (counting++ < MAX_EXPLAINED) applies(context, `indicator counting ${counted}: “${shorten(indicator.text)}”`, indicator.range)
      const bySex = disaggregationOf(model, indicator)
      if (bySex) {
        if (disaggregated++ < MAX_EXPLAINED) satisfiedBy(context, `${counted} counted by sex`, [bySex])
        continue
      }
      missing(context, `“by sex” (or targets for women and men) in the indicator counting ${counted}`, indicator.range)
      report({
        messageId: 'notDisaggregated',
        data: {indicator: shorten(indicator.text), counted},
        range: indicator.range,
      })
    }
    if (counting === 0) notApplicable(context, `no indicator counts or measures people (${model.indicators.length} indicators read)`)
  },
}

/**
 * A statement of disaggregation in the indicator's row or item (its target
 * may say "3,000 (at least 900 women)"), or in its table's header
 * ("Target (women/men)"); an indicator that counts only women or only men
 * is sex-specific already. The words that say so, or null.
 */
function disaggregationOf(model: ProposalModel, indicator: Indicator): Match | null {
  const own =
    model.find(sexDisaggregation, {within: indicator.range})[0] ??
    model.find(womenAndGirls, {within: indicator.range})[0] ??
    model.find(menAndBoys, {within: indicator.range})[0]
  if (own) return own
  // A disaggregation word said of sex in one phrase: "chaque donnée est ventilée selon le sexe", "separately for each sex".
  const dimensions = model.find(sexDimension, {within: indicator.range})
  const split = model.find(disaggregationColumn, {within: indicator.range}).find((word) => dimensions.some((each) => related(word, each, 'phrase')))
  if (split) return split
  const row = indicator.row
  if (row) {
    const table = model.tables.find((candidate) => candidate.rows.includes(row))
    if (!table) return null
    const inHeader = model.find(sexDisaggregation, {within: table.header.range})[0]
    if (inHeader) return inHeader
    // A "Disaggregation" column that names sex for this row ("sex, age, district").
    for (const header of table.header.cells) {
      if (model.find(disaggregationColumn, {within: header.range}).length === 0) continue
      const cell = row.cells.find((each) => each.column === header.column)
      const dimension = cell ? model.find(sexDimension, {within: cell.range})[0] : undefined
      if (dimension) return dimension
    }
  }
  return null
}

/** Words that open an indicator before what it counts: "Number of", "Pourcentage de", "Número de", "Total annual". */
const PREFIX_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['number', 'no', 'nr', 'count', 'percentage', 'percent', 'per', 'cent', 'share', 'proportion', 'ratio', 'rate', 'average', 'total', 'annual', 'cumulative']),
  fr: new Set(['nombre', 'pourcentage', 'proportion', 'part', 'taux', 'total', 'moyenne']),
  es: new Set(['numero', 'porcentaje', 'proporcion', 'cantidad', 'tasa', 'total', 'promedio']),
}

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
/** Punctuation that ends the counted phrase: "Number of migrants (M/F): 300". */
const PHRASE_END = /[;:()[\]–—]/u

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
  while (first < tokens.length && /^\d/u.test(tokens[first]!.word)) first++
  return tokens.slice(first)
}

/** The language of an indicator, from the word that opens it ("Nombre", "Número"), else the document's. */
function languageOf(tokens: ReadonlyArray<Readonly<Token>>, fallback: Language): Language {
  const opening = tokens.slice(0, 2).map((token) => token.word)
  for (const language of ['fr', 'es', 'en'] as const) {
    if (opening.some((word) => PREFIX_WORDS[language].has(word) && !PREFIX_WORDS.en.has(word))) return language
  }
  return fallback
}

const peopleMatcher = () => compileLexicon(people)
const thingsMatcher = () => compileLexicon(countedThings)

/**
 * What the indicator counts, when it is people ("workers", "officials"), or
 * null. The counted phrase runs from after "Number of" (or from the start,
 * after any numbering) to the first preposition, relative word, article or
 * verb form; in English its head is the last noun ("safety committee
 * members"), in French and Spanish the first ("migrants de retour" stops at
 * "de" anyway).
 */
/**
 * Whether the counted phrase, up to its head, names women only ("livreuses", "costureras
 * afiliadas"); "trabajadoras y trabajadores" names both and is no count of one sex.
 */
function countsWomenOnly(text: string, head: string): boolean {
  let women = false
  let afterHead = false
  for (const token of words(text)) {
    const written = text.slice(token.start, token.end)
    // Past the head, only coordinated people words continue the phrase ("trabajadoras y trabajadores").
    if (afterHead && !isPersonNoun(written) && !CONJUNCTIONS.has(token.word)) break
    if (isFemalePersonNoun(written)) women = true
    else if (isPersonNoun(written)) return false
    if (written === head) afterHead = true
  }
  return women
}

export function countedPeople(text: string, fallback: Language): string | null {
  const tokens = wordsAfterNumbering(text)
  const language = languageOf(tokens, fallback)
  for (const conjunct of countedPhrase(text, tokens, language)) {
    const head = headOf(conjunct, language)
    if (head?.kind === 'people') return head.text
  }
  if (compileLexicon(peopleRates).hits(text).length > 0) return 'people (a rate of people)'
  return null
}

/** The counted phrase, split into its coordinated parts ("inspectors and PIPO officials"), as written. */
function countedPhrase(text: string, tokens: ReadonlyArray<Readonly<Token>>, language: Language): string[] {
  const stops = STOPS[language]
  const conjuncts: Array<Array<Readonly<Token>>> = [[]]
  let started = false
  let previousEnd = tokens[0]?.start ?? 0
  for (const token of tokens) {
    const gap = text.slice(previousEnd, token.start)
    previousEnd = token.end
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
    if (!started && (PREFIX_WORDS[language].has(word) || PREFIX_WORDS.en.has(word))) continue
    if (stops.has(word) || LEAD_WORDS.has(word)) {
      // Before the noun phrase starts, these only introduce it ("At least 3,000 migrants complete...").
      if (!started || (open.length === 0 && CONJUNCT_OPENERS.has(word))) continue
      break
    }
    // "empleados", "salariés", "graduates": people nouns shaped like participles.
    if (isVerbForm(written, language) && !isPersonNoun(written)) {
      // A participle before the noun qualifies it ("trained officials", "licensed agencies").
      if (open.length === 0) continue
      break
    }
    open.push(token)
    started = true
  }
  return conjuncts.filter((part) => part.length > 0).map((part) => text.slice(part[0]!.start, part.at(-1)!.end))
}

/** The head of a noun phrase, as people or a thing: the last term that matches in English, the first in French and Spanish. */
function headOf(phrase: string, language: Language): {kind: 'people' | 'thing'; text: string} | null {
  const hits = [
    ...peopleMatcher().hits(phrase).map((hit) => ({...hit, kind: 'people' as const})),
    ...thingsMatcher().hits(phrase).map((hit) => ({...hit, kind: 'thing' as const})),
  ]
  if (hits.length === 0) {
    // People are an open class: "tailors", "riders", "paralegals", "inspectrices", "periodistas".
    const tokens = words(phrase)
    const head = language === 'en' ? tokens.at(-1) : tokens[0]
    if (!head) return null
    const written = phrase.slice(head.start, head.end)
    return isPersonNoun(written) ? {kind: 'people', text: written} : null
  }
  // On overlap the longer term wins ("employers' organisations" over "employers").
  const kept = hits.filter(
    (hit) => !hits.some((other) => other !== hit && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start),
  )
  kept.sort((a, b) => a.end - b.end || a.start - b.start)
  const head = language === 'en' ? kept.at(-1) : [...kept].sort((a, b) => a.start - b.start)[0]
  return head ? {kind: head.kind, text: phrase.slice(head.start, head.end)} : null
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > 90 ? `${clean.slice(0, 87)}…` : clean
}

export default rule
