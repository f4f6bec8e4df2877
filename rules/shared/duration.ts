// A project's duration in months: front matter `duration_months`, or the
// text ("Duration: 18 months", "a 24-month project", "would run for about two
// years", "durée de 18 mois"). Other durations in the text ("six months after
// each course") are not the project's: a duration counts only beside a cue
// that it is the project's (a "Duration" label, "the project will last",
// "N-month project"), or as the span the project is said to run over ("Over
// 20 months, the project will…", "se ejecutará de enero de 2026 a junio de 2027").
import {compileLexicon, defineLexicon, isHistory, type ProposalModel, type Range, type Sentence} from '@lessonlint/core'

import {projectOrIntervention} from '../lexicons/monitoring.js'

export interface ProjectDuration {
  months: number
  /** Where the duration is written: the front matter key, or the words in the text. */
  range: Range
  source: 'front-matter' | 'text'
}

/** Words that say a span of time is the project's own. */
export const durationCue = defineLexicon('duration-cue', {
  en: [
    'duration',
    'project duration',
    'project dates',
    'implementation dates',
    'project period',
    'implementation period',
    'period of implementation',
    'timeframe',
    'time frame',
    'lifespan',
    'life of the project',
    'will last',
    'would last',
    'lasts',
    'will run for',
    'would run for',
    'runs for',
    'run for',
    'over a period of',
    'month project',
    'month programme',
    'month program',
    'year project',
    'year programme',
    'year program',
    'month initiative',
    'year initiative',
    'year action',
    'month action',
    'month intervention',
    'month phase',
    'month pilot',
    'year pilot',
    'month-long',
    'year-long',
  ],
  fr: ['durée', 'durée du projet', 'période du projet', 'période de mise en œuvre', 'période de mise en oeuvre', 'sur une période de', 'durera', 'mois projet', 'projet de', "s'étend sur", 's’étend sur', "s'étendra sur", 's’étendra sur'],
  es: ['duración', 'duración del proyecto', 'período de ejecución', 'periodo de ejecución', 'plazo de ejecución', 'durará', 'tendrá una duración', 'proyecto de', 'se extiende', 'se extenderá'],
})

/** The money the proposal asks for: over a span, it is the project's ("The ask: USD 1.4 million over 24 months"). */
const fundingRequest = defineLexicon('funding request', {
  en: ['the ask', 'we request', 'we are requesting', 'we ask for', 'amount requested', 'funding requested', 'requested from'],
  fr: ['montant demandé', 'nous sollicitons', 'nous demandons', 'financement demandé', 'sollicité auprès'],
  es: ['monto solicitado', 'solicitamos', 'financiamiento solicitado', 'financiación solicitada', 'solicitado al', 'solicitado a la'],
})

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-one': 21, 'twenty one': 21,
  'twenty-four': 24, 'twenty four': 24, thirty: 30, 'thirty-six': 36, 'thirty six': 36,
  'forty-eight': 48, 'forty eight': 48, sixty: 60,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
  quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, 'vingt-quatre': 24, trente: 30,
  'trente-six': 36, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, 'dieciséis': 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veinticuatro: 24,
  treinta: 30, 'treinta y seis': 36,
}

const NUMBER = `(\\d{1,3}(?:[.,]5)?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/[ -]/g, '[ -]'))
  .join('|')})`
/** "18 months", "24-month", "18 mo", "two years", "four-year", "18 mois", "2 ans", "dos años", "vingt-quatre (24) mois". */
const SPAN = new RegExp(`(?<![\\p{L}\\d])${NUMBER}\\)?[\\s\\u00a0-]*(months?|mos?|mois|mes(?:es)?|years?|yrs?|ans?|années|años?)(?![\\p{L}])`, 'iu')

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10,
  novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10,
  noviembre: 11, diciembre: 12,
}
const MONTH_NAME = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`
/** "March 2026 – August 2027", "1 January 2026 to 30 June 2027", "Jan 2026 → Jun 2027", "janvier 2026 - juin 2027", "01/2026–06/2027". */
const DATE_RANGE = new RegExp(
  `(?:\\d{1,2}\\s+)?${MONTH_NAME}\\s+(?:de\\s+)?(\\d{4})\\s*(?:[-–—→]|->|to|until|au|à|a|hasta)\\s*(?:\\d{1,2}\\s+)?${MONTH_NAME}\\s+(?:de\\s+)?(\\d{4})|(\\d{1,2})[/.](\\d{4})\\s*[-–—]\\s*(\\d{1,2})[/.](\\d{4})`,
  'iu',
)

/** Months from a date range ("March 2026 – August 2027" is 18 months), or null. */
export function parseDateRange(text: string): {months: number; index: number; length: number} | null {
  const match = DATE_RANGE.exec(text)
  if (!match) return null
  const [, m1, y1, m2, y2, n1, ny1, n2, ny2] = match
  const startMonth = m1 ? MONTHS[m1.toLowerCase()] : Number(n1)
  const endMonth = m2 ? MONTHS[m2.toLowerCase()] : Number(n2)
  const startYear = Number(y1 ?? ny1)
  const endYear = Number(y2 ?? ny2)
  if (!startMonth || !endMonth || startMonth > 12 || endMonth > 12) return null
  const months = (endYear - startYear) * 12 + (endMonth - startMonth) + 1
  return months > 0 && months <= 240 ? {months, index: match.index, length: match[0].length} : null
}

const AND_A_HALF = /^\s*(?:y medio|y media|et demi|et demie|and a half)\b/iu

/** Months in a span of text, or null when it names no duration. */
export function parseDuration(text: string): {months: number; index: number; length: number} | null {
  const match = SPAN.exec(text)
  if (!match) return null
  const raw = (match[1] ?? '').toLowerCase().replace(/\s+|-/g, (sep) => (sep.trim() === '' ? ' ' : '-'))
  const count = /^\d/.test(raw) ? Number(raw.replace(',', '.')) : NUMBER_WORDS[raw] ?? NUMBER_WORDS[raw.replace(/-/g, ' ')] ?? NaN
  if (!Number.isFinite(count) || count <= 0) return null
  const unit = (match[2] ?? '').toLowerCase()
  const perUnit = /^(?:months?|mos?|mois|mes)/.test(unit) ? 1 : 12
  // "dos años y medio", "deux ans et demi", "two years and a half": half a unit more.
  const half = AND_A_HALF.exec(text.slice(match.index + match[0].length))
  const months = (count + (half ? 0.5 : 0)) * perUnit
  return {months: Math.round(months), index: match.index, length: match[0].length + (half?.[0].length ?? 0)}
}

/** The project's duration, or null when neither the front matter nor the text says it. */
export function projectDuration(model: ProposalModel): ProjectDuration | null {
  const entry = model.frontMatter?.entries.get('duration_months')
  if (entry) {
    const value = entry.value
    const months = typeof value === 'number' ? value : typeof value === 'string' ? parseDuration(value)?.months ?? null : null
    if (months !== null && Number.isFinite(months) && months > 0) return {months, range: entry.keyRange, source: 'front-matter'}
  }
  const fromText = (sentences: readonly Sentence[]) => {
    for (const sentence of sentences) {
      const found = durationIn(model, sentence)
      if (found) return found
    }
    return null
  }
  // Background text tells of earlier projects ("a two-year project in 2015"): read it last.
  return (
    fromText(model.sentences({notIn: ['background']})) ??
    fromText(model.sentences({in: ['background']})) ??
    fromTables(model) ??
    fromLabelLines(model)
  )
}

function durationIn(model: ProposalModel, sentence: Sentence): ProjectDuration | null {
  // "Duration: 18 months (March 2026 – August 2027)": the span first, the dates when there is no span.
  // "Période : de mars à décembre 2026" dates the project as a label, in a form's field line.
  if (sentence.find(durationCue).length > 0 || PERIOD_LABEL.test(sentence.text)) {
    const span = parseDuration(sentence.text) ?? parseDateRange(sentence.text)
    return span ? {months: span.months, range: rangeOfSpan(model, sentence, sentence.text.slice(span.index, span.index + span.length)), source: 'text'} : null
  }
  // No cue, but the project said to run over the span: "Over 20 months, the project will support…", "Durante 14
  // meses, el proyecto apoyará…", "Le projet, mis en œuvre sur 22 mois…", "se ejecutará de enero de 2026 a junio de 2027".
  if (isHistory(sentence)) return null
  const span = parseDuration(sentence.text)
  // "En un año de ejecución", "al término de los dieciocho meses del proyecto": the span says whose it is.
  if (span && OF_THE_PROJECT.test(sentence.text.slice(span.index + span.length)) && !PART_OF_A_SPAN.test(sentence.text.slice(0, span.index))) {
    return {months: span.months, range: rangeOfSpan(model, sentence, sentence.text.slice(span.index, span.index + span.length)), source: 'text'}
  }
  if (sentence.find(projectOrIntervention).length === 0 && sentence.find(fundingRequest).length === 0) return null
  const dates = parseDateRange(sentence.text)
  const spanned = span && OVER_A_SPAN.test(sentence.text.slice(0, span.index)) && !AFTER_A_SPAN.test(sentence.text.slice(span.index + span.length)) ? span : null
  const dated = dates && FROM_A_DATE.test(sentence.text.slice(0, dates.index)) ? dates : null
  const found = spanned ?? dated
  return found ? {months: found.months, range: rangeOfSpan(model, sentence, sentence.text.slice(found.index, found.index + found.length)), source: 'text'} : null
}

/** The word just before a span that makes it a time frame: "over 20 months", "durante 14 meses", "sur 22 mois", "pendant 18 mois". */
const OVER_A_SPAN = /(?:^|[^\p{L}])(?:over|during|throughout|durante|sur|pendant|a lo largo de)\s+$/iu
/** Words right after a span that make it the project's: "un año de ejecución", "dix-huit mois de mise en œuvre", "the eighteen months of the project". */
const OF_THE_PROJECT = /^\s*(?:de ejecución|de implementación|de mise en (?:œuvre|oeuvre)|of implementation|(?:del|du|of the) (?:proyecto|projet|project))\b/iu
/** Words before a span that make it a part of the project's time: "within the first six months of the project", "los últimos tres meses del proyecto". */
const PART_OF_A_SPAN = /(?:^|[^\p{L}])(?:first|last|initial|final|remaining|primer[oa]s?|últim[oa]s?|premi[eè]re?s?|derni[eè]re?s?)\s+$/iu
/** A span counted after something ("six months after closure") is a delay, not the project's time frame. */
const AFTER_A_SPAN = /^\s*(?:after|later|post|après|plus tard|después|más tarde|tras)\b/iu
/** The word just before a date range that makes it the project's dates: "from March 2026…", "de enero de 2026 a junio de 2027". */
const FROM_A_DATE = /(?:^|[^\p{L}])(?:from|de|du|desde)\s+$/iu

/**
 * Label lines set in bold whose value has no figure stay headings ("**Durée du projet : douze mois**"),
 * and the heading of an empty section is not among the sentences, so their titles are read here.
 */
function fromLabelLines(model: ProposalModel): ProjectDuration | null {
  const cue = compileLexicon(durationCue)
  for (const section of model.sections) {
    const {title, range} = section.heading
    if (!LABEL_LINE.test(title) || (cue.hits(title).length === 0 && !PERIOD_LABEL.test(title))) continue
    const span = parseDuration(title) ?? parseDateRange(title)
    if (span) return {months: span.months, range, source: 'text'}
  }
  return null
}

/** A label that dates the project as a whole: "Période : de février 2026 à janvier 2027". */
const PERIOD_LABEL = /^(?:project )?(?:period|dates|période|periodo|período|fechas)\s?:/iu
/** "Durée : 12 mois", "Duration: 18 months": a label, a colon, a value. */
const LABEL_LINE = /^[\p{L} ]{3,40}\s?:\s*\S/u

/** A property table's label cell that dates the project: "| **Dates** | Jan 2026 → Jun 2027 (18 mo) |". */
const PERIOD_CELL = /^\s*(?:project )?(?:period|dates|période|periodo|período|fechas)\s*$/iu

/** A summary table row "| Duration | 24 months (2026–2027) |": the cue and the span sit in different cells. */
function fromTables(model: ProposalModel): ProjectDuration | null {
  for (const table of model.tables) {
    for (const row of table.rows) {
      const cells = model.sentences({within: row.range})
      if (!cells.some((cell) => cell.find(durationCue).length > 0 || PERIOD_CELL.test(cell.text))) continue
      for (const cell of cells) {
        const span = parseDuration(cell.text) ?? parseDateRange(cell.text)
        if (span) {
          return {months: span.months, range: rangeOfSpan(model, cell, cell.text.slice(span.index, span.index + span.length)), source: 'text'}
        }
      }
    }
  }
  return null
}

/**
 * The range of words inside a sentence. Sentence text has its inline markup
 * removed, so the words are looked up in the sentence's own source span; the
 * whole sentence is the fallback.
 */
function rangeOfSpan(model: ProposalModel, sentence: Sentence, words: string): Range {
  const start = sentence.range.start.offset
  const at = model.text.slice(start, sentence.range.end.offset).indexOf(words)
  return at === -1 ? sentence.range : model.rangeOf(start + at, start + at + words.length)
}
