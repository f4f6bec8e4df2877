// Budget tables as the gender-budget rule reads them: which tables are budgets,
// which columns hold amounts, which rows are totals, and what a sentence says
// about money.
import {parseAmount, type ProposalModel, type Table, type TableCell, type TableRow} from '@lessonlint/core'

import {ISO_4217} from '../shared/codes.js'

/** Header words of an amount column or of a budget table. */
const AMOUNT_HEADER =
  /\b(?:amount|cost|costs|budget|total|sum|subtotal|funding|contribution|year|y\d|q[1-4]|(?:19|20)\d{2}|thousands?|montant|co[uû]ts?|ann[ée]e|milliers|monto|costo|presupuesto|a[ñn]o|miles)\b|'000|\(\s*[A-Z]{3}\s*\)|^\s*[A-Z]{3}\s*$/i
/** Columns that hold numbers that are not money. */
// Quantities are counts of units, not money: "| Unit | Qty | Unit cost | Total |", "| # of units |", "| Cantidad |".
const NOT_AMOUNT_HEADER =
  /^(?:code|no\.?|n[°º]|#|ref\.?|item no\.?|line no\.?|sl\.? ?no\.?|s\/n|%|share|percent(?:age)?|per ?cent|part|porcentaje|pourcentage|notes?|remarks?|comments?|qty\.?|quantit(?:y|ies)|(?:#|no\.?|n[°º]|number|nb\.?|nombre|n[úu]m(?:ero|\.)?) (?:of |d['’]|de )?units?|units?|unit[ée]s?|quantit[ée]s?|cantidad(?:es)?|nombre|unidad(?:es)?)$/i
/** Headers naming the item column. */
const ITEM_HEADER =
  /\b(?:item|line|description|category|categor[ií]a|cat[ée]gorie|component|composante|componente|activity|activit[ée]|actividad|output|outcome|heading|poste|rubrique|libell[ée]|intitul[ée]|partida|concepto|rubro|l[ií]nea|budget line)\b/i
/** A currency symbol in a header ("Cost (€)"). */
const CURRENCY_SIGN = /[$€£¥₹₦₱₩]/u
const TOTAL_ROW = /^(?:grand |sub-?|sous-)?total\b|\btotal$|^total g[ée]n[ée]ral|^total general/i

export interface BudgetTable {
  table: Table
  /** Columns holding money. */
  amountColumns: number[]
  /** The column naming each line. */
  itemColumn: number
  /** Whether it sits in a budget section (rather than being recognised by its header). */
  inBudgetSection: boolean
}

function isMoney(cell: TableCell | undefined): boolean {
  return cell?.amount.kind === 'money' && cell.amount.value > 0
}

export function isTotalRow(row: TableRow, itemColumn: number): boolean {
  const label = row.cells.find((cell) => cell.column === itemColumn)?.text.trim() ?? ''
  const first = row.cells.find((cell) => cell.text.trim() !== '')?.text.trim() ?? ''
  return TOTAL_ROW.test(label) || TOTAL_ROW.test(first)
}

/** Whether a header names money: an amount word ("Amount", "Cost", "Year 2") or a currency ("USD '000", "Total in EUR", "€"). */
function headerNamesMoney(header: string): boolean {
  if (AMOUNT_HEADER.test(header) || CURRENCY_SIGN.test(header)) return true
  return (header.match(/\b[A-Z]{3}\b/g) ?? []).some((code) => ISO_4217.has(code))
}

/**
 * Whether a cell reads as money on its own, without a header to say so: a
 * currency, or a sum of a thousand or more ("1,300,000", "40k", "5 000").
 * Line numbers and output codes ("4", "2.1") are small numbers without one.
 */
function looksLikeMoney(cell: TableCell | undefined): boolean {
  if (cell?.amount.kind !== 'money' || cell.amount.value <= 0) return false
  return cell.amount.currency !== null || cell.amount.value >= 1000
}

/** Line numbers and outline codes: "4", "2.1", "3.2.1". */
const LINE_CODE = /^\d{1,2}(?:\.\d{1,2})*\.?$/u

/**
 * Whether a column numbers the lines rather than costing them: its numbers
 * are 1, 2, 3... in order, or outline codes ("1.1", "2.3").
 */
function isLineNumbering(table: Table, column: number): boolean {
  const texts = table.rows
    .map((row) => row.cells.find((cell) => cell.column === column)?.text.trim() ?? '')
    .filter((text) => text !== '')
  if (texts.length === 0 || !texts.every((text) => LINE_CODE.test(text))) return false
  if (texts.some((text) => /\d\.\d/u.test(text))) return true
  return texts.every((text, index) => Number.parseInt(text, 10) === index + 1)
}

/**
 * The columns of a table that hold money: most body rows have an amount
 * there, and the header names money or, when it names nothing, the cells look
 * like money. A column numbering the lines ("Line" 1–7, "Output" 1.1, 2.1) is
 * not an amount column, so its numbers never fund a line. A table in a budget
 * section whose amounts neither header nor cells make obvious ("| Component |
 * ILO | Government |" in thousands) has them in its numeric columns that do
 * not number the lines.
 */
function amountColumnsOf(table: Table): number[] {
  const width = Math.max(table.header.cells.length, ...table.rows.map((row) => row.cells.length))
  const candidates: number[] = []
  for (let column = 0; column < width; column++) {
    const header = table.header.cells.find((cell) => cell.column === column)?.text.trim() ?? ''
    if (!NOT_AMOUNT_HEADER.test(header)) candidates.push(column)
  }
  const mostly = (column: number, counts: (cell: TableCell | undefined) => boolean) => {
    const money = table.rows.filter((row) => counts(row.cells.find((cell) => cell.column === column))).length
    return money > 0 && money * 2 >= table.rows.length
  }
  const header = (column: number) => table.header.cells.find((cell) => cell.column === column)?.text.trim() ?? ''
  const columns = candidates.filter((column) => mostly(column, headerNamesMoney(header(column)) ? isMoney : looksLikeMoney))
  if (columns.length > 0 || !table.section?.isIn('budget')) return columns
  return candidates.filter((column) => mostly(column, isMoney) && !isLineNumbering(table, column))
}

/** Whether most body cells of a column are numbers: line numbers or codes ("4", "2.1"), not names. */
function isNumberColumn(table: Table, column: number): boolean {
  const numbers = table.rows.filter((row) => row.cells.find((cell) => cell.column === column)?.amount.kind === 'money').length
  return numbers > 0 && numbers * 2 >= table.rows.length
}

function itemColumnOf(table: Table, amountColumns: readonly number[]): number {
  const others = table.header.cells.filter((cell) => !amountColumns.includes(cell.column))
  // "| Line | Description | Amount |": the numbered "Line" column does not name the line.
  const worded = others.filter((cell) => !isNumberColumn(table, cell.column))
  const candidates = worded.length > 0 ? worded : others
  const named = candidates.find((cell) => ITEM_HEADER.test(cell.text) && !NOT_AMOUNT_HEADER.test(cell.text.trim()))
  if (named) return named.column
  // The column whose cells say the most: item names are longer than codes.
  let best = candidates[0]?.column ?? 0
  let bestLength = -1
  for (const cell of candidates) {
    if (NOT_AMOUNT_HEADER.test(cell.text.trim())) continue
    const length = table.rows.reduce((sum, row) => sum + (row.cells.find((each) => each.column === cell.column)?.text.length ?? 0), 0)
    if (length > bestLength) {
      best = cell.column
      bestLength = length
    }
  }
  return best
}

/** A header that says its column costs the rows: what makes a column of a logframe a budget. */
const COST_HEADER = /\b(?:cost|costs|costing|budget|budgeted|montant|co[uû]ts?|monto|costo|costos|presupuesto)\b/i

/**
 * The budget tables: tables in a budget section that hold amounts, and tables
 * elsewhere (an annex) whose header names amounts or costs. An indicator table's
 * numbers are targets and baselines, not money, unless a column's header says it
 * costs the rows (a costed logframe: "| Producto | Indicadores | Costo (USD) |"):
 * that column alone is then a budget.
 */
export function budgetTables(model: ProposalModel): BudgetTable[] {
  const indicatorRows = new Set(model.indicators.map((indicator) => indicator.row).filter((row) => row !== null))
  const found: BudgetTable[] = []
  for (const table of model.tables) {
    const header = (column: number) => table.header.cells.find((cell) => cell.column === column)?.text ?? ''
    const indicatorTable = table.rows.some((row) => indicatorRows.has(row))
    const amountColumns = amountColumnsOf(table).filter((column) => !indicatorTable || COST_HEADER.test(header(column)))
    if (amountColumns.length === 0) continue
    const inBudgetSection = table.section?.isIn('budget') ?? false
    const headerSaysAmounts = amountColumns.some((column) =>
      headerNamesMoney(table.header.cells.find((cell) => cell.column === column)?.text ?? ''),
    )
    if (!inBudgetSection && !headerSaysAmounts) continue
    found.push({table, amountColumns, itemColumn: itemColumnOf(table, amountColumns), inBudgetSection})
  }
  return found
}

/** The text of a row outside its amount columns: what the line is for. */
export function itemCells(budget: BudgetTable, row: TableRow): TableCell[] {
  return row.cells.filter((cell) => !budget.amountColumns.includes(cell.column))
}

/** The row's amount cells, in column order. */
export function amountCells(budget: BudgetTable, row: TableRow): TableCell[] {
  return row.cells.filter((cell) => budget.amountColumns.includes(cell.column))
}

/**
 * Whether the line holds money. Where the table has a total column, the line's total says it: "| Gender specialist | day |
 * 30 | 300 | ~~9,000~~ 0 |" is a line cut to nothing, whatever its unit cost.
 */
export function hasPositiveAmount(budget: BudgetTable, row: TableRow): boolean {
  const total = totalCell(budget, row)
  return total && total.text.trim() !== '' ? isMoney(total) : amountCells(budget, row).some(isMoney)
}

/** The cell that holds a line's amount: its total where the table totals each line, else its first amount cell. */
export function lineAmountCell(budget: BudgetTable, row: TableRow): TableCell | undefined {
  const total = totalCell(budget, row)
  return total && total.text.trim() !== '' ? total : amountCells(budget, row)[0]
}

function totalCell(budget: BudgetTable, row: TableRow): TableCell | undefined {
  const total = budget.table.header.cells.find((cell) => budget.amountColumns.includes(cell.column) && TOTAL_HEADER.test(cell.text.trim()))
  return total && row.cells.find((cell) => cell.column === total.column)
}

/** A column that totals each line: "Total", "Total (USD)", "Montant total", "Monto total". */
const TOTAL_HEADER = /^(?:total|montant total|monto total|importe total|co[uû]t total|costo total|total cost)(?![\p{L}])/iu

const CURRENCY_SYMBOL = '(?:US\\$|A\\$|C\\$|NZ\\$|R\\$|S\\/\\.?|[$€£¥₹₦₱₩])'
const NUMBER = '\\d(?:[\\d,.\'’\\u00a0\\u202f ]*\\d)?'
const SCALE = '(?:\\s?(?:million|millions|mio|mn|m|k|thousand|bn|billion|milliards?|millones|mil))?'
/**
 * An amount of money or a share, tried only where `amountSpans` says one may
 * start (sticky): tried at every offset, a long run of digits and separators
 * with no currency after it ("1 1 1 1 ...") is read from each of its digits
 * to its end, which is quadratic.
 */
const MONEY = new RegExp(
  [
    `\\b([A-Z]{3})\\s?(${NUMBER})${SCALE}`,
    `${CURRENCY_SYMBOL}\\s?(${NUMBER})${SCALE}`,
    `(${NUMBER})${SCALE}\\s?(?:([A-Z]{3})\\b|euros?\\b|dollars?\\b|d[óo]lar(?:es)?\\b|pesos?\\b|francs?\\b|F ?CFA\\b|pounds?\\b|dirhams?\\b|${CURRENCY_SYMBOL})`,
    `(${NUMBER})\\s?(?:%|per ?cent\\b|percent\\b|pour ?cent\\b|por ?ciento\\b)`,
  ].join('|'),
  'uy',
)
/** A maximal run of digits and separators, as `NUMBER` reads it from its first digit: digit groups with separators between. */
const NUMBER_RUN = /\d+(?:[,.'’\u00a0\u202f ]+\d+)*/gu
/** The longest currency code or symbol, with its space, before a number: "USD ", "NZ$ ", "S/. ". */
const MAX_PREFIX = 4

/**
 * Where an amount may start: at the first digit of a run of digits and
 * separators, or up to four characters before it (a code or a symbol and a
 * space). It cannot start anywhere else: from a later digit of a run, the
 * number ends where the run's own does, so it matches only when the run from
 * its first digit does, and then that match has taken the run.
 */
function amountStarts(text: string): number[] {
  const starts = new Set<number>()
  for (const run of text.matchAll(NUMBER_RUN)) {
    for (let at = Math.max(0, run.index - MAX_PREFIX); at <= run.index; at++) starts.add(at)
  }
  return [...starts].sort((a, b) => a - b)
}

/**
 * The non-zero amounts of money or shares a sentence states ("GBP 110,000",
 * "EUR 150 000", "$40k", "about 10 per cent"), as `[start, end)` spans of the
 * text. Three-letter codes count only when they are ISO 4217 currencies, so
 * "ILO 2019" is no amount. The matches are those of `MONEY` tried at every
 * offset, left to right, each search going on after the previous match.
 */
export function amountSpans(text: string): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  let searchFrom = 0
  for (const start of amountStarts(text)) {
    if (start < searchFrom) continue
    MONEY.lastIndex = start
    const match = MONEY.exec(text)
    if (!match) continue
    searchFrom = start + Math.max(1, match[0].length)
    const [, codeBefore, afterCode, afterSymbol, beforeCode, codeAfter, share] = match
    if (codeBefore !== undefined && !ISO_4217.has(codeBefore)) continue
    if (codeAfter !== undefined && !ISO_4217.has(codeAfter)) continue
    const digits = (afterCode ?? afterSymbol ?? beforeCode ?? share ?? '').replace(/\D/g, '')
    if (/[1-9]/.test(digits)) spans.push({start, end: start + match[0].length})
  }
  return spans
}

/** What separates a budget line's label from its value: "Gender specialist: 12k", "Expertise genre — 24 000". */
const LABEL_END = /:|\s[–—-]\s/gu

/**
 * The value that ends a budget line written as "label: value", when it reads as money without a
 * currency of its own: the budget states its currency once ("All figures in EUR", "Presupuesto
 * (PEN)"), and its lines then give "12k" or "36.000". A bare number counts from a thousand or with
 * a multiplier ("12k", "1.2m"), as in a table cell without a currency header, so "Gender audit: 2"
 * is none. The `[start, end)` span of the value in the text, or null.
 */
export function lineValueSpan(text: string): {start: number; end: number} | null {
  let labelEnd = -1
  for (const separator of text.matchAll(LABEL_END)) labelEnd = separator.index + separator[0].length
  if (labelEnd === -1) return null
  const raw = text.slice(labelEnd)
  const value = raw.trim().replace(/\.$/u, '')
  if (value === '') return null
  const amount = parseAmount(value)
  if (amount.kind !== 'money' || amount.value <= 0) return null
  if (amount.currency === null && amount.value < 1000 && !/\d\s*[a-z]+$/iu.test(value)) return null
  const start = labelEnd + raw.indexOf(value)
  return {start, end: start + value.length}
}
