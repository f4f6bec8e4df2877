import type {Nodes, Paragraph, Root, TableCell as MdTableCell} from 'mdast'
import type {FrontMatterField, Indicator, Range, Section} from '../types.js'
import {firstAtLeast} from '../text/negation.js'
import {fieldText, saysSomething} from './frontmatter.js'
import {flattenInline, flatTextOf, LINE_BREAK_HTML, lineTextOf, type PlacedText} from './inline.js'
import type {ListItemRecord} from './lists.js'
import {blockText} from './lists.js'
import type {Positions} from './positions.js'
import type {TableRecord} from './tables.js'

/**
 * Header of an indicator column, in English, French and Spanish (also "KPIs", and "Metric" as a product team's dashboard
 * names it: "| Métrica | Línea de base | Meta final |"); "Indicative budget" is not one.
 */
const INDICATOR_HEADER = /\bindicat(?:ors?|eurs?)\b|\bindicador(?:es)?\b|\bkpis?\b|\bmetrics?\b|\bm[ée]triques?\b|\bm[ée]tricas?\b/i
/**
 * How indicator statements read when they come as list items ("de" elides before a vowel: "Nombre d'inspecteurs", "Taux
 * d'emploi"), abbreviations as notes write them included: "nb de maîtres formés", "% d'apprentis", "N.º de delegadas".
 */
const INDICATOR_PHRASE =
  /\b(?:number of|no\. of|percentage of|per ?cent(?:age)? of|% of|share of|proportion of|rate of|ratio of|n[uú]mero de|porcentaje de|proporci[oó]n de|tasa de)\b|\b(?:nombre|nb|pourcentage|proportion|part|taux) d(?:es?\b|['’])|\bn\.?\s?[ºo°]\s?de\b|%\s*(?:of\b|de\b|d['’])/i
/** A lead-in naming indicators: a heading title, or a paragraph ending in a colon. */
const INDICATOR_LABEL = /\b(?:key )?(?:performance )?(?:indicators?|indicateurs?|indicadores?|kpis?)\b/i
/**
 * A letter or roman numeral opening a line as an enumeration ("a) …", "(b) …", "c. …", "iv) …"). CommonMark
 * lists take only bullets and "1." or "1)", so writers who letter their indicators, one per line, write a
 * paragraph: each such line is an item all the same.
 */
const ENUMERATION_MARK = /^[ \t]*(?:\([a-z]\)|\([ivx]{1,4}\)|[a-z][.)]|[ivx]{1,4}[.)])[ \t]+(?=\S)/iu

/**
 * A heading or paragraph that opens with the label of one indicator: "Indicator 1.1 – Job seekers placed…",
 * "**Indicateur 1.1 :** Nombre de…", "Indicador 2: …", "KPI 3 - …", "Indicator: Number of…". After a number a
 * dash or a full stop may end the label; without one, only a colon ("Indicators:" leads in to a list).
 */
const INDICATOR_OF_ITS_OWN =
  /^(?:key )?(?:performance )?(?:indicator|indicateur|indicador|kpi)(?:\s+(?:(?:n[°º]|no\.|#)\s*)?(?:\d+[a-z]?|[a-z])(?:\.\d+)*\)?(?:\s*\([^()\n]{1,30}\))?\s*[:.–—-]|\s*:)\s*(?=\S)/iu

/** Header of a target column: "Target", "Cibles", "Meta". */
const TARGET_HEADER = /^\W*(?:targets?|cibles?|metas?)\b/iu

/**
 * A table of activities with no indicator column whose target column states indicators: "| C3 Certification | … |
 * Number of migrants whose occupational competences are certified: 1,200 |". Each target cell that reads as an
 * indicator ("Number of …", "Nombre de …", "Número de …", "% of …") is one, with its row.
 */
function targetIndicators(table: TableRecord['table']): Array<{offset: number; indicator: Indicator}> {
  const column = table.header.cells.find((cell) => TARGET_HEADER.test(cell.text))?.column
  if (column === undefined) return []
  return table.rows.flatMap((row) => {
    const cell = row.cells.find((candidate) => candidate.column === column)
    // The cell opens as an indicator: its phrase within the first few characters.
    const phrase = cell && INDICATOR_PHRASE.exec(cell.text.slice(0, 40))
    if (!cell || !phrase || phrase.index > 2) return []
    return [{offset: row.range.start.offset, indicator: {text: cell.text, fullText: row.cells.map((each) => each.text).join(' | '), range: row.range, row, item: null, section: table.section}}]
  })
}

/**
 * A form's field that names indicators, its label before the value: "| **Indicators** *(List up to 6.)* | 1) Number of
 * …<br>2) … |", "| Indicateurs clés | … |", "| Indicadores de resultado | … |". Help text in brackets is no part of the label.
 * A label has at most three qualifiers ("key project outcome indicators"): bounded, the ReDoS check decides it in a second.
 */
const INDICATORS_FIELD = /^(?:(?:key|main|outcome|output|performance|project|results?)\s+){0,3}(?:indicators?|indicateurs?|indicadores?|kpis?)(?:\s+(?:cl[ée]s?|clave|principa(?:ux|les)|de (?:r[ée]sultados?|resultat|r[ée]sultat|impacto|produit|producto|effet)|d['’]effet))?\s*:?$/iu

/**
 * A table of labels and values (a form's fields, two columns) whose label names indicators: each statement of the
 * value cell is one, with the row ("1) Number of …<br>2) Percentage of …"), or the whole cell when it holds one.
 */
function labelledRowIndicators(table: TableRecord['table'], node: TableRecord['node'], text: string, positions: Positions): Array<{offset: number; indicator: Indicator}> {
  return table.rows.flatMap((row) => {
    const [label, value] = row.cells
    if (row.cells.length !== 2 || !label || !value || value.text === '') return []
    if (!INDICATORS_FIELD.test(label.text.replace(/\([^()]*\)/gu, '').trim())) return []
    const statements = statementsOf(cellLines(node.children[row.index + 1]?.children[1], text))
    const indicator = (statement: string, range: Range) => ({offset: range.start.offset, indicator: {text: statement, fullText: statement, range, row, item: null, section: table.section}})
    if (statements.length === 0) return [indicator(value.text, row.range)]
    return statements.map((statement) => indicator(statement.text, positions.rangeOf(statement.start, statement.end)))
  })
}

/** Where paragraphs and sections stand, for indicators written in them rather than in a table or a list. */
export interface ParagraphPlaces {
  tree: Root
  positions: Positions
  sections: readonly Section[]
  sectionAt: (offset: number) => Section | null
}

/**
 * Indicators of the results framework: (a) rows of any table with an
 * indicator column (logframes included), (b) list items that read like
 * indicators inside monitoring sections, and list items introduced by a
 * heading or lead-in that names indicators, (c) the same for the lines of a
 * paragraph lettered one by one ("a) Number of …"), and (d) a heading or a
 * paragraph labelled as one indicator ("#### Indicator 1.1 – …" with its
 * baseline and disaggregation under it, "**Indicateur 1.1 :** Nombre de …"),
 * (e) the records of a front matter list whose key names indicators, (f) the value of a form's field labelled
 * as indicators ("| Indicators | 1) Number of …<br>2) … |").
 */
/** How much of a column must read as indicators for it to be one without an indicator header: two rows in three. */
const COUNTING_SHARE = 2 / 3

/**
 * A column whose cells read as indicators under a header in other words ("| Ce que nous allons compter | Au départ |
 * … |", "| What we will count | … |"): two rows or more, and two in three of its cells open with "Nombre de", "Number
 * of", "% de" (after a number at most). The first such column, or undefined.
 */
function countingColumn(table: TableRecord['table']): number | undefined {
  if (table.rows.length < 2) return undefined
  return table.header.cells.find((header) => {
    const cells = table.rows.map((row) => row.cells.find((cell) => cell.column === header.column)?.text ?? '').filter((text) => text !== '')
    const counting = cells.filter((text) => {
      const found = INDICATOR_PHRASE.exec(text)
      return found !== null && /^[\s\d.:)-]*$/u.test(text.slice(0, found.index))
    })
    return cells.length >= 2 && counting.length >= COUNTING_SHARE * cells.length
  })?.column
}

export function collectIndicators(
  tables: readonly TableRecord[],
  items: readonly ListItemRecord[],
  text: string,
  places: ParagraphPlaces,
  fields: readonly FrontMatterField[] = [],
): Indicator[] {
  const found: Array<{offset: number; indicator: Indicator}> = fieldIndicators(fields, places)

  for (const {table, node} of tables) {
    const column = table.header.cells.find((cell) => INDICATOR_HEADER.test(cell.text))?.column ?? countingColumn(table)
    if (column === undefined) {
      found.push(...targetIndicators(table), ...labelledRowIndicators(table, node, text, places.positions))
      continue
    }
    for (const row of table.rows) {
      const cell = row.cells.find((candidate) => candidate.column === column)
      if (!cell || cell.text === '') continue
      const cellNodes = node.children[row.index + 1]?.children ?? []
      const lines = row.cells.map((each) => cellLines(cellNodes[each.column], text))
      const statements = statementsOf(lines[row.cells.indexOf(cell)]!)
      if (statements.length === 0) {
        found.push({
          offset: row.range.start.offset,
          indicator: {text: cell.text, fullText: row.cells.map((each) => each.text).join(' | '), range: row.range, row, item: null, section: table.section},
        })
        continue
      }
      // A cell of several statements is several indicators, each its own lines; each reads the line of the row's
      // other cells that stands beside it when a cell has as many lines ("0<br>n/a" under a baseline), else the cell.
      statements.forEach((statement, line) => {
        const beside = row.cells.map((each, index) =>
          each.column === column ? statement.text : lines[index]!.length === statements.length ? lines[index]![line]!.text : each.text,
        )
        found.push({
          offset: statement.start,
          indicator: {
            text: statement.text,
            fullText: beside.join(' | '),
            range: places.positions.rangeOf(statement.start, statement.end),
            row,
            item: null,
            section: table.section,
          },
        })
      })
    }
  }

  // Whether a paragraph introduces indicators, once per paragraph: every item of the list after it asks,
  // and flattening a long paragraph again for each item of a long list was quadratic.
  const leadIns = new Map<Nodes, boolean>()
  // A list under an indicator's own heading gives that indicator's baseline, target or disaggregation.
  const ownHeadings = new Set(places.sections.filter((section) => INDICATOR_OF_ITS_OWN.test(section.heading.title)))
  for (const section of ownHeadings) {
    const statement = section.heading.title.replace(INDICATOR_OF_ITS_OWN, '')
    const content = section.contentRange ? contentText(places.tree, section.contentRange, text) : ''
    found.push({
      offset: section.range.start.offset,
      indicator: {text: statement, fullText: `${statement} ${content}`.trim(), range: section.range, row: null, item: null, section},
    })
  }

  for (const record of items) {
    const {item} = record
    if (item.text === '' || (item.section !== null && ownHeadings.has(item.section))) continue
    const labelled = hasIndicatorLabel(record, text, leadIns)
    const phrased = item.section?.isIn('monitoring') === true && INDICATOR_PHRASE.test(item.text)
    if (!labelled && !phrased) continue
    found.push({
      offset: item.range.start.offset,
      indicator: {text: item.text, fullText: record.fullText, range: item.range, row: null, item, section: item.section},
    })
  }

  // A bold paragraph that heads its own section ("**Indicador 1.2. Personas negociadoras…**" over its details) is read
  // above, with what is under it; read again as a labelled paragraph, it was counted twice.
  const ownHeadingStarts = new Set([...ownHeadings].map((section) => section.heading.range.start.offset))
  places.tree.children.forEach((child, index) => {
    if (child.type !== 'paragraph') return
    if (child.position?.start.offset !== undefined && ownHeadingStarts.has(child.position.start.offset)) return
    const own = labelledParagraph(child, text, places)
    if (own) {
      found.push({offset: own.range.start.offset, indicator: own})
      return
    }
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
 * A proposal kept in its front matter lists its indicators under a key that names them (`indicators:`,
 * `indicadores:`), a record each: its statement is its first value in words (after an id or a level code), and
 * the record's other values (baseline, target, `disaggregation: [sex, sector]`) go with it.
 */
function fieldIndicators(fields: readonly FrontMatterField[], places: ParagraphPlaces): Array<{offset: number; indicator: Indicator}> {
  return fields
    .filter((field) => field.listItem && INDICATOR_LABEL.test(field.section.heading.title))
    .map((field) => {
      const statement = field.parts.find((part) => saysSomething(part.value))!
      const {text: fullText, offsets} = fieldText(field)
      const range = places.positions.rangeOf(offsets[0]!, offsets.at(-1)!)
      return {offset: offsets[0]!, indicator: {text: statement.value, fullText, range, row: null, item: null, section: field.section}}
    })
}

/** A line of a table cell: its flat text and where it stands in the source. */
interface CellLine {
  text: string
  start: number
  end: number
}

/** The lines of a table cell, as `<br>` separates them, each flattened to one line of text; empty lines left out. */
function cellLines(cell: MdTableCell | undefined, text: string): CellLine[] {
  if (!cell) return []
  const runs: Nodes[][] = [[]]
  for (const child of cell.children) {
    if (child.type === 'html' && LINE_BREAK_HTML.test(child.value.trim())) runs.push([])
    else runs.at(-1)!.push(child)
  }
  if (runs.length === 1) return []
  const lines: CellLine[] = []
  for (const nodes of runs) {
    const start = nodes[0]?.position?.start.offset
    const end = nodes.at(-1)?.position?.end.offset
    if (start === undefined || end === undefined) continue
    const line = flattenInline(nodes, text, end).text.replace(/\s+/gu, ' ').trim()
    if (line !== '') lines.push({text: line, start, end})
  }
  return lines
}

/**
 * A line of a cell that opens a statement of its own: a label ("2.1b.", "a)", or a number of two levels without a
 * stop: "1.2 % of coached masters…") or an indicator's wording ("% of …").
 */
const STATEMENT_LABEL = /^(?:\(?\d{1,2}(?:\.\d{1,2})*[a-z]?[.):]|\d{1,2}(?:\.\d{1,2})+[a-z]?|\(?[a-z][.)])\s+/iu

/**
 * The indicator statements of a cell when `<br>` separates several ("Number of officers trained<br>% of participants
 * scoring 70 % (women/men)"): a line that does not open a statement goes on the one before it ("Number of workers
 * trained<br>(by sex)" is one). Empty when the cell (its `cellLines`) holds one statement.
 */
function statementsOf(lines: readonly CellLine[]): CellLine[] {
  const statements: CellLine[] = []
  for (const line of lines) {
    const opens = STATEMENT_LABEL.test(line.text) || INDICATOR_PHRASE.exec(line.text)?.index === 0
    const last = statements.at(-1)
    if (opens || !last) statements.push({...line})
    else statements[statements.length - 1] = {text: `${last.text} ${line.text}`, start: last.start, end: line.end}
  }
  return statements.length > 1 ? statements : []
}

/** A paragraph labelled as one indicator: its first line after the label is the statement, the rest (targets, sources) goes with it. */
function labelledParagraph(paragraph: Paragraph, text: string, places: ParagraphPlaces): Indicator | null {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return null
  const flat = flatTextOf(paragraph, text)
  const label = INDICATOR_OF_ITS_OWN.exec(flat.text)
  if (!label) return null
  // The statement runs to the end of the line the label ends on (a bold label may break across lines: "**Indicator
  // D — Injuries.**"), whatever the line endings.
  const labelEnd = flat.offsets[label[0].length]! + flat.shift
  const lineEnd = lineBreakFrom(text, labelEnd, end)
  const firstLine = flatSlice(flat, start, lineEnd)
  const range = places.positions.rangeOf(start, end)
  const section = places.sectionAt(start)
  return {text: firstLine.slice(label[0].length).trim(), fullText: lineTextOf(paragraph, text), range, row: null, item: null, section}
}

/** Where the first line break (`\n`, `\r\n` or `\r`) at or after `from` is, or `end` when none comes before it. */
function lineBreakFrom(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const char = text.charCodeAt(at)
    if (char === 10 || char === 13) return at
  }
  return end
}

/** The flat text of what stands between two source offsets. */
function flatSlice(flat: PlacedText, from: number, to: number): string {
  const first = Math.min(firstAtLeast(flat.offsets, from - flat.shift), flat.text.length)
  const last = Math.min(firstAtLeast(flat.offsets, to - flat.shift), flat.text.length)
  return flat.text.slice(first, last).replace(/\s+/gu, ' ').trim()
}

/** The flat text of the top-level blocks within a range (a section's content: its lists, paragraphs, tables). */
function contentText(tree: Root, range: Range, text: string): string {
  return tree.children
    .filter((node) => (node.position?.start.offset ?? -1) >= range.start.offset && (node.position?.end.offset ?? Infinity) <= range.end.offset)
    .map((node) => blockText(node, text))
    .filter((part) => part !== '')
    .join(' ')
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
  const marks: number[] = []
  for (const line of sourceLines) {
    const mark = ENUMERATION_MARK.exec(line)
    if (!mark) return []
    marks.push(mark[0].length)
  }
  const flat = flatTextOf(paragraph, text)
  const lines: Array<{text: string; start: number; end: number}> = []
  let lineStart = start
  sourceLines.forEach((line, index) => {
    const end = lineStart + line.trimEnd().length
    lines.push({text: flatSlice(flat, lineStart + marks[index]!, end), start: lineStart, end})
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
  // Comments and other raw HTML between the lead-in and its list are no block of text.
  let at = record.listIndex - 1
  while (at >= 0 && record.container.children[at]!.type === 'html') at--
  const previous = record.container.children[at]
  if (previous?.type === 'paragraph' && introducesIndicators(previous, text, leadIns)) return true
  const heading = record.item.section?.heading
  return heading !== undefined && INDICATOR_LABEL.test(heading.title) && record.container.type === 'root'
}

/**
 * Indicators pointed at, as the list after the sentence gives them: "We will track these indicators, each with a target
 * at month 12 and a target at month 24." A sentence that names them so needs no colon.
 */
const THESE_INDICATORS = /\b(?:these|the following)\s+(?:\p{L}+\s+)?(?:indicators|kpis)\b|\bces\s+(?:\p{L}+\s+)?indicateurs\b|\bindicateurs\s+suivants\b|\b(?:estos|los\s+siguientes)\s+(?:\p{L}+\s+)?indicadores\b|\bindicadores\s+siguientes\b/iu

/**
 * Whether a paragraph ends by naming indicators before a colon ("The project will track these indicators:"), or by
 * pointing at them (`THESE_INDICATORS`).
 */
function introducesIndicators(paragraph: Paragraph, text: string, leadIns: Map<Nodes, boolean>): boolean {
  let introduces = leadIns.get(paragraph)
  if (introduces === undefined) {
    const lead = blockText(paragraph, text)
    const lastSentence = lead.split(/(?<=[.!?])\s+/).at(-1) ?? ''
    introduces = INDICATOR_LABEL.test(lastSentence) && (/:\s*$/.test(lastSentence) || THESE_INDICATORS.test(lastSentence))
    leadIns.set(paragraph, introduces)
  }
  return introduces
}
