import type {Nodes} from 'mdast'
import type {Indicator} from '../types.js'
import type {ListItemRecord} from './lists.js'
import {blockText} from './lists.js'
import type {TableRecord} from './tables.js'

/** Header of an indicator column, in English, French and Spanish (also "KPIs"); "Indicative budget" is not one. */
const INDICATOR_HEADER = /\bindicat(?:ors?|eurs?)\b|\bindicador(?:es)?\b|\bkpis?\b/i
/** How indicator statements read when they come as list items ("de" elides before a vowel: "Nombre d'inspecteurs", "Taux d'emploi"). */
const INDICATOR_PHRASE =
  /\b(?:number of|no\. of|percentage of|per ?cent(?:age)? of|% of|share of|proportion of|rate of|ratio of|n[uú]mero de|porcentaje de|proporci[oó]n de|tasa de)\b|\b(?:nombre|pourcentage|proportion|part|taux) d(?:es?\b|['’])|%\s*(?:of|de)\b/i
/** A lead-in naming indicators: a heading title, or a paragraph ending in a colon. */
const INDICATOR_LABEL = /\b(?:key )?(?:performance )?(?:indicators?|indicateurs?|indicadores?|kpis?)\b/i

/**
 * Indicators of the results framework: (a) rows of any table with an
 * indicator column (logframes included), (b) list items that read like
 * indicators inside monitoring sections, and list items introduced by a
 * heading or lead-in that names indicators.
 */
export function collectIndicators(
  tables: readonly TableRecord[],
  items: readonly ListItemRecord[],
  text: string,
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

  return found.sort((a, b) => a.offset - b.offset).map(({indicator}) => indicator)
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
  if (previous?.type === 'paragraph') {
    let introduces = leadIns.get(previous)
    if (introduces === undefined) {
      const lead = blockText(previous, text)
      const lastSentence = lead.split(/(?<=[.!?])\s+/).at(-1) ?? ''
      introduces = /:\s*$/.test(lastSentence) && INDICATOR_LABEL.test(lastSentence)
      leadIns.set(previous, introduces)
    }
    if (introduces) return true
  }
  const heading = record.item.section?.heading
  return heading !== undefined && INDICATOR_LABEL.test(heading.title) && record.container.type === 'root'
}
