// Every indicator that counts or measures people says it is disaggregated by
// sex (seed 002: "systematic collection of sex disaggregated data"). What an
// indicator counts is the head of the phrase after "Number of" / "Percentage
// of": "Number of port provinces where inspection teams..." counts provinces,
// "Number of safety committee members trained" counts members.
import {clauseBounds, compileLexicon, countedPhrase, isFemalePersonNoun, isFeminineOf, isPersonNoun, related, words, type Indicator, type Language, type Lexicon, type Match, type ProposalModel, type Rule, type Sentence, type Token} from '@lessonlint/core'

import {
  countedThings,
  disaggregationColumn,
  frenchMener,
  menAndBoys,
  people,
  peopleRates,
  sexDimension,
  sexDisaggregation,
  womenAndGirls,
} from '../lexicons/gender.js'
import {indicatorWord} from '../lexicons/monitoring.js'
import {insideMatchOf, isBareLabel, within} from '../shared/mentions.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {genderLesson181142} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

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
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    if (model.indicators.length === 0) return notApplicable(context, 'no indicators: no indicator table, logframe or indicator list')
    let counting = 0
    let disaggregated = 0
    const statements = coveringStatements(model)
    for (const indicator of model.indicators) {
      const counted = countedPeople(indicator.text, model.language)
      if (counted === null) continue
      // "Part des livreuses", "Número de costureras afiliadas": a count of women only is specific to one sex already.
      if (countsWomenOnly(indicator.text, counted)) continue
      if (counting++ < MAX_EXPLAINED) applies(context, `indicator counting ${counted}: “${shorten(indicator.text)}”`, indicator.range)
      const bySex = disaggregationOf(model, indicator) ?? statementCovering(statements, indicator)
      if (bySex) {
        if (disaggregated++ < MAX_EXPLAINED) satisfiedBy(context, `${counted} counted by sex`, [bySex])
        continue
      }
      if (hasFiguresBySex(indicator.fullText)) {
        if (disaggregated++ < MAX_EXPLAINED) satisfiedBy(context, `${counted}: figures for women and for men`, indicator.range)
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
    model.find(sexDisaggregation, {within: indicator.range, includeNegated: true}).find((word) => bySex(word) && (!word.negated || labelsTheSplit(word))) ??
    model.find(womenAndGirls, {within: indicator.range})[0] ??
    model.find(menAndBoys, {within: indicator.range}).find(isMen)
  if (own) return own
  // A disaggregation word said of sex in one phrase: "chaque donnée est ventilée selon le sexe", "separately for each sex";
  // or as the label of a line that lists the dimensions: "Desagregación: sexo y edad".
  // Or in one clause with a people noun's feminine and masculine: "distinguiendo entre trabajadoras y trabajadores".
  const dimensions = model.find(sexDimension, {within: indicator.range}).filter(bySex)
  const split = model
    .find(disaggregationColumn, {within: indicator.range})
    .find(
      (word) =>
        dimensions.some((each) => related(word, each, 'phrase') || (isBareLabel(word) && related(word, each, 'sentence'))) ||
        namesBothSexesInItsClause(word),
    )
  if (split) return split
  const row = indicator.row
  if (row) {
    const table = model.tables.find((candidate) => candidate.rows.includes(row))
    if (!table) return null
    const inHeader = model.find(sexDisaggregation, {within: table.header.range}).find(bySex)
    if (inHeader) return inHeader
    // A "Disaggregation" column that names sex for this row ("sex, age, district").
    for (const header of table.header.cells) {
      if (model.find(disaggregationColumn, {within: header.range}).length === 0) continue
      const cell = row.cells.find((each) => each.column === header.column)
      const dimension = cell ? model.find(sexDimension, {within: cell.range}).find(bySex) : undefined
      if (dimension) return dimension
    }
  }
  return null
}

/** Sex markers that, each followed by a figure, give a baseline or target for women and for men ("F : 700 / H : 1 100"). */
const SEX_MARKERS = new Set(['f', 'h', 'm', 'w', 'women', 'men', 'femmes', 'hommes', 'mujeres', 'hombres'])

/**
 * Whether a row or item gives figures for two sexes: "Situation de référence : 1 800 (F : 700 / H : 1 100)",
 * "Target: 600 (W: 300, M: 300)", "Meta: 90 (M: 50 / H: 40)": two different markers, each followed by a number;
 * or a number before a people noun's feminine and another before its masculine ("60 agentes et 60 agents").
 */
function hasFiguresBySex(text: string): boolean {
  const tokens = words(text)
  const marked = new Set<string>()
  // "soit 60 agentes et 60 agents", "1.100 trabajadoras y 900 trabajadores": a figure for a people noun's feminine and one for its masculine.
  const counted: string[] = []
  tokens.forEach((token, index) => {
    if (SEX_MARKERS.has(token.word) && /^\d/u.test(tokens[index + 1]?.word ?? '')) marked.add(token.word)
    const next = tokens[index + 1]
    if (/^\d/u.test(token.word) && next && isPersonNoun(text.slice(next.start, next.end))) counted.push(text.slice(next.start, next.end))
  })
  return marked.size >= 2 || counted.some((noun) => counted.some((other) => isFeminineOf(noun, other)))
}

/**
 * Whether a disaggregation word stands in brackets of its own, as the split's label: "% of workers who paid no
 * recruitment fee (women/men)". A negation before the brackets is the indicator's ("paid no fee"), not the split's.
 */
function labelsTheSplit(word: Match): boolean {
  const {text} = word.sentence
  // The brackets hug the label, spaces at most between: a few characters each side, not the whole sentence per mention.
  const end = word.sentenceIndex + word.text.length
  return (
    text.slice(Math.max(0, word.sentenceIndex - BRACKET_REACH), word.sentenceIndex).trimEnd().endsWith('(') &&
    text.slice(end, end + BRACKET_REACH).trimStart().startsWith(')')
  )
}

/** How far a split label's bracket may stand from it (characters): "( women/men )". */
const BRACKET_REACH = 4

/** A sentence outside the indicators that says they are broken down by sex, and the labels of those it names. */
interface CoveringStatement {
  evidence: Match
  labels: ReadonlySet<string>
  /** The note's footnote marker ("ᵃ", "¹", "*"), when it opens with one: it covers the indicators that carry it. */
  marker?: string
}

/** A footnote marker: a superscript digit or letter, an asterisk, a dagger. */
const FOOTNOTE_MARKER = '[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F\\u1D2C-\\u1D6A\\u1D9B-\\u1DBF*†‡]'
const FOOTNOTE_MARKERS = new RegExp(FOOTNOTE_MARKER, 'gu')
/** A note opened by a footnote marker. */
const OPENING_MARKER = new RegExp(`^\\s*(${FOOTNOTE_MARKER})`, 'u')

/** An indicator's label as it opens its text or its row ("1.1", "2.3.1", "(a)", "b)"), and as a statement names it. */
const OPENING_LABEL = /^\s*\(?(\d+(?:\.\d+)+|\d+|[a-z])[.)]?(?=\s)/iu
const NAMED_LABEL = /\b\d+(?:\.\d+)+\b|\(([a-z])\)|(?<![\p{L}\p{N}])([a-z])\)/giu

/**
 * Sentences that say which indicators are broken down by sex, naming them by their labels: "Indicators
 * (a) and (b) concern people, so each will be reported with separate figures for women and for men",
 * "Les indicateurs 1.1, 1.3 et 2.2 seront renseignés séparément pour les femmes et pour les hommes". Each
 * covers the indicators it names. A promise for all indicators ("collect sex-disaggregated data on all
 * indicators that concern people") covers none: the lesson is that each indicator says it, and such a
 * promise often sits beside a table where some do not. Not in the background, never negated.
 */
function coveringStatements(model: ProposalModel): CoveringStatement[] {
  const found: CoveringStatement[] = []
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    // "ᵃ Les valeurs … de ces indicateurs sont suivies séparément pour les filles et les garçons": a note under the
    // table, opened by the marker its indicators carry.
    const marker = OPENING_MARKER.exec(sentence.text)?.[1]
    if (!marker && !sentence.has(indicatorWord)) continue
    // "* El registro … no distingue el sexo…, por lo que este indicador se reportará sin desagregación por sexo": a note
    // that denies a split anywhere restricts its indicators rather than covering them.
    if (marker && deniesASplit(sentence)) continue
    if (model.indicators.some((indicator) => within(sentence.range, indicator.range))) continue
    const evidence = sexSplitIn(sentence)
    if (!evidence) continue
    const labels = new Set([...sentence.text.matchAll(NAMED_LABEL)].map((label) => (label[1] ?? label[2] ?? label[0]).toLowerCase()))
    if (labels.size > 0 || marker) found.push({evidence, labels, marker})
  }
  return found
}

/** Whether the clause of a mention coordinates a people noun's feminine and masculine ("socias y socios", "travailleuses et travailleurs"). */
function namesBothSexesInItsClause(match: Match): boolean {
  const text = match.sentence.text
  const [start, end] = clauseBounds(text, match.sentenceIndex, match.sentenceIndex + match.text.length)
  const tokens = words(text).filter((token) => token.start >= start && token.end <= end)
  const written = (token: Token) => text.slice(token.start, token.end)
  return tokens.some(
    (token, index) => COORDINATORS.has(tokens[index + 1]?.word ?? '') && tokens[index + 2] !== undefined && isFeminineOf(written(token), written(tokens[index + 2]!)),
  )
}

/** Whether a sentence holds a negated word of disaggregation ("no distingue el sexo", "without disaggregation"). */
function deniesASplit(sentence: Sentence): boolean {
  const negated = (lexicon: Lexicon) => sentence.find(lexicon, {includeNegated: true}).length > sentence.find(lexicon).length
  return negated(sexDisaggregation) || negated(disaggregationColumn)
}

/** A French "genre" followed by "de" is a kind of something: "ventilé par genre d'atelier" splits by kind of workshop, not by sex. */
const KIND_OF = /^\s*(?:d['’]|de\s|des\s|du\s)/u

/** Whether a disaggregation word splits by sex, not by a kind of something. */
function bySex(match: Match): boolean {
  return !/genre$/iu.test(match.text) || !KIND_OF.test(match.sentence.text.slice(match.sentenceIndex + match.text.length))
}

/** Words of a sentence that split data by sex: "by sex", or a splitting word with sex or with women and men ("separate figures for women and for men"). */
/** A mention of men, not the French verb "mener" folded like them ("le nombre d'entretiens menés"). */
function isMen(match: Match): boolean {
  return !insideMatchOf(match, frenchMener)
}

function sexSplitIn(sentence: Sentence): Match | null {
  const named = sentence.find(sexDisaggregation).find(bySex)
  if (named) return named
  const split = sentence.find(disaggregationColumn)[0]
  if (!split) return null
  if (sentence.has(sexDimension) || (sentence.has(womenAndGirls) && sentence.find(menAndBoys).some(isMen))) return split
  return null
}

function statementCovering(statements: readonly CoveringStatement[], indicator: Indicator): Match | null {
  const label = labelOf(indicator)
  const carried = new Set(indicator.fullText.match(FOOTNOTE_MARKERS) ?? [])
  return statements.find(({labels, marker}) => (label !== null && labels.has(label)) || (marker !== undefined && carried.has(marker)))?.evidence ?? null
}

/** The label an indicator opens with, or its row's first cell is ("1.1", "(a)"), lower-cased; null when it has none. */
function labelOf(indicator: Indicator): string | null {
  const own = OPENING_LABEL.exec(indicator.text)?.[1]
  if (own) return own.toLowerCase()
  const first = indicator.row?.cells[0]?.text
  return (first === undefined ? undefined : OPENING_LABEL.exec(`${first} `)?.[1]?.toLowerCase()) ?? null
}

const peopleMatcher = () => compileLexicon(people)
const thingsMatcher = () => compileLexicon(countedThings)

/** Words that join coordinated people ("trabajadoras y trabajadores"). */
const COORDINATORS = new Set(['and', 'or', 'et', 'ou', 'y', 'e', 'o'])

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
    if (afterHead && !isPersonNoun(written) && !COORDINATORS.has(token.word)) break
    if (isFemalePersonNoun(written)) women = true
    else if (isPersonNoun(written)) return false
    if (written === head) afterHead = true
  }
  return women
}

/**
 * What the indicator counts, when it is people ("workers", "officials"), or
 * null. The counted phrase is the core's (`countedPhrase`); in English its
 * head is the last noun ("safety committee members"), in French and Spanish
 * the first ("migrants de retour").
 */
export function countedPeople(text: string, fallback: Language): string | null {
  const {language, parts} = countedPhrase(text, fallback)
  for (const conjunct of parts) {
    const head = headOf(conjunct, language)
    if (head?.kind === 'people') return head.text
  }
  if (compileLexicon(peopleRates).hits(text).length > 0) return 'people (a rate of people)'
  // "Tasa de incumplimiento del salario mínimo entre las personas trabajadoras", "non-compliance rate among workers":
  // a rate or share measured among people measures people, whatever it counts.
  if (RATE.test(text)) {
    const among = AMONG.exec(text)
    const population = among ? countedPhrase(text.slice(among.index + among[0].length), language).parts[0] : undefined
    const head = population === undefined ? null : headOf(population, language)
    if (head?.kind === 'people') return head.text
  }
  return null
}

/** A rate, share or proportion. */
const RATE = /\b(?:rate|ratio|share|proportion|percentage|incidence|prevalence|taux|part|pourcentage|tasa|porcentaje|proporción|incidencia|prevalencia)\b/iu
/** Where the population a rate is measured among begins. */
const AMONG = /\b(?:among|amongst|parmi|chez|entre)\s/iu

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
  if (!head) return null
  // French and Spanish put the adjective after its noun: "obras participantes", "entreprises bénéficiaires" count
  // sites and firms. The noun before such a word is the head.
  if (language !== 'en' && TAKING_PART_ADJECTIVE.test(phrase.slice(head.start, head.end))) {
    const before = words(phrase.slice(0, head.start)).at(-1)
    if (before && !/^\d/u.test(before.word) && !ARTICLES.has(before.word)) {
      const noun = phrase.slice(before.start, before.end)
      return {kind: isPersonNoun(noun) ? 'people' : 'thing', text: noun}
    }
  }
  return {kind: head.kind, text: phrase.slice(head.start, head.end)}
}

const ARTICLES = new Set(['la', 'las', 'los', 'el', 'les', 'le', 'l', 'des', 'de', 'del', 'du', 'd', 'un', 'une', 'una', 'unos', 'unas', 'y', 'et', 'o', 'ou'])

/** Words of taking part or benefiting that follow a noun as its adjective in French and Spanish. */
const TAKING_PART_ADJECTIVE = /^(?:participant|participante|participantes|participants|bénéficiaire|bénéficiaires|beneficiaria|beneficiarias|beneficiario|beneficiarios)$/iu

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > 90 ? `${clean.slice(0, 87)}…` : clean
}

export default rule
