import type {Nodes, Paragraph, Root} from 'mdast'
import type {Indicator, Section} from '../types.js'
import {flatTextOf} from './inline.js'
import type {ListItemRecord} from './lists.js'
import {blockText} from './lists.js'
import type {Positions} from './positions.js'
import type {TableRecord} from './tables.js'

/** Header of an indicator column, in English, French and Spanish (also "KPIs"); "Indicative budget" is not one. */
const INDICATOR_HEADER = /\bindicat(?:ors?|eurs?)\b|\bindicador(?:es)?\b|\bkpis?\b/i
/** How indicator statements read when they come as list items ("de" elides before a vowel: "Nombre d'inspecteurs", "Taux d'emploi"). */
const INDICATOR_PHRASE =
  /\b(?:number of|no\. of|percentage of|per ?cent(?:age)? of|% of|share of|proportion of|rate of|ratio of|n[uú]mero de|porcentaje de|proporci[oó]n de|tasa de)\b|\b(?:nombre|pourcentage|proportion|part|taux) d(?:es?\b|['’])|%\s*(?:of|de)\b/i
/** A lead-in naming indicators: a heading title, or a paragraph ending in a colon. */
const INDICATOR_LABEL = /\b(?:key )?(?:performance )?(?:indicators?|indicateurs?|indicadores?|kpis?)\b/i
/**
 * A letter or roman numeral opening a line as an enumeration ("a) …", "(b) …", "c. …", "iv) …"). CommonMark
 * lists take only bullets and "1." or "1)", so writers who letter their indicators, one per line, write a
 * paragraph: each such line is an item all the same.
 */
const ENUMERATION_MARK = /^[ \t]*(?:\([a-z]\)|\([ivx]{1,4}\)|[a-z][.)]|[ivx]{1,4}[.)])[ \t]+(?=\S)/iu

/** Where a paragraph's lines stand, for the indicators lettered one per line in it. */
export interface ParagraphPlaces {
  tree: Root
  positions: Positions
  sectionAt: (offset: number) => Section | null
}

/**
 * Indicators of the results framework: (a) rows of any table with an
 * indicator column (logframes included), (b) list items that read like
 * indicators inside monitoring sections, and list items introduced by a
 * heading or lead-in that names indicators, (c) the same for the lines of a
 * paragraph lettered one by one ("a) Number of …").
 */
export function collectIndicators(
  tables: readonly TableRecord[],
  items: readonly ListItemRecord[],
  text: string,
  places: ParagraphPlaces,
): Indicator[] {
  const found: Array<{offset: number; indicator: Indicator}> = []

  for (const {table} of tables) {
    const column = table.header.cells.find((cell) => INDICATOR_HEADER.test(cell.text))?.column
    if (column === undefined) continue
    for (const row of table.rows) {
      const cell = row.cells.find((candidate) => candidate.column === column)
      if (!cell || cell.text === '') continue
      found.push({
        offset: row.range.start.offset,
        indicator: {
          text: cell.text,
          fullText: row.cells.map((each) => each.text).join(' | '),
          range: row.range,
          row,
          item: null,
          section: table.section,
        },
      })
    }
  }

  // Whether a paragraph introduces indicators, once per paragraph: every item of the list after it asks,
  // and flattening a long paragraph again for each item of a long list was quadratic.
  const leadIns = new Map<Nodes, boolean>()
  for (const record of items) {
    const {item} = record
    if (item.text === '') continue
    const labelled = hasIndicatorLabel(record, text, leadIns)
    const phrased = item.section?.isIn('monitoring') === true && INDICATOR_PHRASE.test(item.text)
    if (!labelled && !phrased) continue
    found.push({
      offset: item.range.start.offset,
      indicator: {text: item.text, fullText: record.fullText, range: item.range, row: null, item, section: item.section},
    })
  }

  places.tree.children.forEach((child, index) => {
    if (child.type !== 'paragraph') return
    const lines = letteredLines(child, text)
    if (lines.length === 0) return
    const section = places.sectionAt(lines[0]!.start)
    const previous = places.tree.children[index - 1]
    const labelled =
      (previous?.type === 'paragraph' && introducesIndicators(previous, text, leadIns)) ||
      (section?.heading !== undefined && INDICATOR_LABEL.test(section.heading.title))
    for (const line of lines) {
      if (!labelled && !(section?.isIn('monitoring') === true && INDICATOR_PHRASE.test(line.text))) continue
      const range = places.positions.rangeOf(line.start, line.end)
      const item = {text: line.text, range, depth: 0, ordered: true, section}
      found.push({offset: line.start, indicator: {text: line.text, fullText: line.text, range, row: null, item, section}})
    }
  })

  return found.sort((a, b) => a.offset - b.offset).map(({indicator}) => indicator)
}

/**
 * The lines of a paragraph when every one of them, two at least, opens with a letter or numeral of an
 * enumeration: each line's text after its mark (inline markup flattened), and where the line stands.
 */
function letteredLines(paragraph: Paragraph, text: string): Array<{text: string; start: number; end: number}> {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return []
  const source = text.slice(start, end)
  if (!source.includes('\n')) return []
  const sourceLines = source.split('\n')
  const marks = sourceLines.map((line) => ENUMERATION_MARK.exec(line)?.[0].length)
  if (marks.some((mark) => mark === undefined)) return []
  const flat = flatTextOf(paragraph, text)
  const lines: Array<{text: string; start: number; end: number}> = []
  let lineStart = start
  let at = 0
  sourceLines.forEach((line, index) => {
    const from = lineStart + marks[index]!
    const to = lineStart + line.trimEnd().length
    while (at < flat.text.length && flat.offsets[at]! + flat.shift < from) at++
    const first = at
    while (at < flat.text.length && flat.offsets[at]! + flat.shift < to) at++
    lines.push({text: flat.text.slice(first, at).replace(/\s+/gu, ' ').trim(), start: lineStart, end: to})
    lineStart += line.length + 1
  })
  return lines
}

/**
 * Whether the list holding the item is introduced as a list of indicators:
 * its section's own heading names indicators ("### Indicators",
 * "**Key indicators:**"), or the paragraph just before the list ends with a
 * colon after naming them ("The project will track these indicators:").
 */
function hasIndicatorLabel(record: ListItemRecord, text: string, leadIns: Map<Nodes, boolean>): boolean {
  if (record.item.depth > 0) return false
  const previous = record.container.children[record.listIndex - 1]
  if (previous?.type === 'paragraph' && introducesIndicators(previous, text, leadIns)) return true
  const heading = record.item.section?.heading
  return heading !== undefined && INDICATOR_LABEL.test(heading.title) && record.container.type === 'root'
}

/** Whether a paragraph ends by naming indicators before a colon ("The project will track these indicators:"). */
function introducesIndicators(paragraph: Paragraph, text: string, leadIns: Map<Nodes, boolean>): boolean {
  let introduces = leadIns.get(paragraph)
  if (introduces === undefined) {
    const lead = blockText(paragraph, text)
    const lastSentence = lead.split(/(?<=[.!?])\s+/).at(-1) ?? ''
    introduces = /:\s*$/.test(lastSentence) && INDICATOR_LABEL.test(lastSentence)
    leadIns.set(paragraph, introduces)
  }
  return introduces
}
