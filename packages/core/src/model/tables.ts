import type {Root, Table as MdTable, TableCell as MdTableCell, TableRow as MdTableRow} from 'mdast'
import type {Section, Table, TableCell, TableRow} from '../types.js'
import {amountOfCell} from './amount.js'
import {lineTextOf} from './inline.js'
import type {Positions} from './positions.js'
import {eachNode} from './tree.js'

/** A table with its mdast node, kept for building text blocks of its cells. */
export interface TableRecord {
  table: Table
  node: MdTable
}

const INLINE_ONLY = new Set(['paragraph', 'heading'])

/** GFM tables anywhere in the document (lists and quotes included), in document order. */
export function collectTables(
  tree: Root,
  text: string,
  positions: Positions,
  sectionAt: (offset: number) => Section | null,
): TableRecord[] {
  const records: TableRecord[] = []
  eachNode(tree, (child) => {
    // Paragraphs and headings hold only inline content: no table can be inside (most of a tree's nodes are there).
    if (INLINE_ONLY.has(child.type)) return false
    if (child.type !== 'table') return true
    const node = child as MdTable
    const [headerNode, ...bodyNodes] = node.children
    if (!headerNode) return false
    const header = makeRow(headerNode, -1, text, positions, () => undefined)
    const findColumn = (wanted: string | RegExp): number | undefined => {
      const pattern = typeof wanted === 'string' ? null : new RegExp(wanted.source, wanted.flags.replace(/[gy]/g, '').replace('i', '') + 'i')
      const needle = typeof wanted === 'string' ? wanted.toLowerCase() : ''
      return header.cells.find((cell) => (pattern ? pattern.test(cell.text) : cell.text.toLowerCase().includes(needle)))?.column
    }
    header.cell = (wanted) => {
      const column = findColumn(wanted)
      return column === undefined ? undefined : header.cells[column]
    }
    const rows = bodyNodes.map((row, index) => makeRow(row, index, text, positions, findColumn))
    const start = node.position?.start.offset ?? 0
    records.push({
      node,
      table: {
        header,
        rows,
        align: (node.align ?? []).map((value) => value ?? null),
        range: positions.rangeOfNode(node),
        section: sectionAt(start),
      },
    })
    return false
  })
  return records
}

function makeRow(
  node: MdTableRow,
  index: number,
  text: string,
  positions: Positions,
  findColumn: (wanted: string | RegExp) => number | undefined,
): TableRow {
  const cells = node.children.map((cell, column) => makeCell(cell, column, text, positions))
  return {
    index,
    cells,
    range: positions.rangeOfNode(node),
    cell(wanted) {
      const column = findColumn(wanted)
      return column === undefined ? undefined : cells.find((cell) => cell.column === column)
    },
  }
}

function makeCell(node: MdTableCell, column: number, text: string, positions: Positions): TableCell {
  const cellStart = node.position?.start.offset ?? 0
  const cellEnd = node.position?.end.offset ?? cellStart
  const cellText = lineTextOf(node, text)
  const first = node.children[0]?.position?.start.offset
  const last = node.children.at(-1)?.position?.end.offset
  let range
  if (first !== undefined && last !== undefined) {
    range = positions.rangeOf(first, last)
  } else {
    // An empty cell: an empty range just inside it ("| |" → after "| "), where a fix would type.
    let at = text[cellStart] === '|' ? cellStart + 1 : cellStart
    if (at < cellEnd && (text[at] === ' ' || text[at] === '\t')) at++
    range = positions.rangeOf(at, at)
  }
  return {text: cellText, column, range, amount: amountOfCell(cellText)}
}
