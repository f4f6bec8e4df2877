// Tables and headings written in raw HTML, as pandoc writes a Word or Google Docs table whose cells
// hold paragraphs or line breaks, and as a Google Docs export writes some of its headings
// ("<h2>3. Activities</h2>"):
//
//   <table>
//   <tr><th>Results</th><th>Indicators</th></tr>
//   <tr><td><strong>Outcome 1</strong><br>…</td><td><p>1.1 Number of …</p><p>1.2 % of …</p></td></tr>
//   </table>
//
// CommonMark keeps such a block as one `html` node, which says nothing to the model. It is read
// here as the GFM table it stands for (parse5, through hast-util-from-html), every node placed
// where its text stands in the document, so that the model's tables, indicators and sentences
// read its rows as they read a pipe table's. A cell's paragraphs are its lines, as `<br>`
// separates them.
import type {Element, ElementContent, Nodes as HastNodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Heading, Html, Parents, PhrasingContent, Root, Table, TableCell, TableRow} from 'mdast'
import type {Point, Position} from 'unist'

/** Whether a raw HTML block may hold a table or a heading: the parse is only paid for those. */
const TABLE_TAG = /^\s*<table[\s>]/iu
const HEADING_TAG = /^\s*<h[1-6][\s>]/iu

/** Elements that break a cell's text into lines: a line break, and the edges of paragraphs and other blocks. */
const BLOCK_ELEMENTS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table'])

/** A superscript or subscript that only marks a footnote ("<sup>2</sup>", "<sup>*</sup>"): no words of the text. */
const NOTE_MARK = /^[\s\d*†‡,]*$/u

/**
 * Replaces each raw HTML block that is one table, alone, with that table as mdast reads a GFM table, and each that is
 * one heading with that heading. `text` is
 * what the tree was parsed from (its offsets point into it). A block whose value is not its source as written
 * (one indented in a list or a block quote, whose markers the value leaves out) is left as it is.
 */
export function readHtmlBlocks(tree: Root, text: string): Root {
  visitParents(tree, text)
  return tree
}

function visitParents(parent: Parents, text: string): void {
  parent.children.forEach((child, index) => {
    if (child.type === 'html') {
      const read = tableOf(child, text) ?? headingOf(child, text)
      if (read) parent.children[index] = read
    } else if ('children' in child) {
      visitParents(child, text)
    }
  })
}

function tableOf(node: Html, text: string): Table | undefined {
  const start = node.position?.start
  const end = node.position?.end
  if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
  if (!TABLE_TAG.test(node.value) || text.slice(start.offset, end.offset) !== node.value) return undefined
  const fragment = fromHtml(node.value, {fragment: true})
  const elements = fragment.children.filter((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''))
  const table = elements[0]
  if (elements.length !== 1 || table?.type !== 'element' || table.tagName !== 'table') return undefined
  const place = placer(start as Required<Point>)
  // Rows still covered by a cell above that spans them, by column: what each later row leaves out.
  const spannedFor: number[] = []
  const rows = rowsOf(table).map((row): TableRow => {
    const position = place(row)
    const children: TableCell[] = []
    // A column a cell spans into holds an empty cell, so that each cell stays under its header.
    const fill = () => children.push({type: 'tableCell', children: [], position: position && {start: position.start, end: position.start}})
    const skipSpanned = () => {
      while ((spannedFor[children.length] ?? 0) > 0) {
        spannedFor[children.length]!--
        fill()
      }
    }
    for (const cell of row.children.filter(isCell)) {
      skipSpanned()
      const column = children.length
      children.push({type: 'tableCell', children: phrasing(cell.children, place), position: place(cell)})
      const across = span(cell.properties.colSpan)
      const down = span(cell.properties.rowSpan)
      for (let extra = 1; extra < across; extra++) fill()
      for (let at = column; at < column + across; at++) if (down > 1) spannedFor[at] = down - 1
    }
    skipSpanned()
    return {type: 'tableRow', children, position}
  })
  if (rows.length === 0) return undefined
  const columns = Math.max(...rows.map((row) => row.children.length))
  return {type: 'table', align: Array.from({length: columns}, () => null), children: rows, position: node.position}
}

/** A raw HTML block that is one heading element, alone: the Markdown heading it stands for. */
function headingOf(node: Html, text: string): Heading | undefined {
  const start = node.position?.start
  const end = node.position?.end
  if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
  if (!HEADING_TAG.test(node.value) || text.slice(start.offset, end.offset) !== node.value) return undefined
  const elements = fromHtml(node.value, {fragment: true}).children.filter((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''))
  const heading = elements[0]
  if (elements.length !== 1 || heading?.type !== 'element' || !/^h[1-6]$/u.test(heading.tagName)) return undefined
  const depth = Number(heading.tagName.slice(1)) as Heading['depth']
  return {type: 'heading', depth, children: phrasing(heading.children, placer(start as Required<Point>)), position: node.position}
}

/** The table's rows in order, in or out of `thead`, `tbody` and `tfoot` (not those of a table inside a cell). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = []
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') rows.push(child)
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') rows.push(...rowsOf(child))
  }
  return rows
}

/** A `rowspan` or `colspan` as a count of rows or columns (1 when absent or unreadable; at most 100). */
function span(value: unknown): number {
  const count = typeof value === 'number' ? value : Number.parseInt(String(value ?? '1'), 10)
  return Number.isFinite(count) && count > 1 ? Math.min(count, 100) : 1
}

function isCell(node: ElementContent): node is Element {
  return node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')
}

/** A cell's content as mdast phrasing: text, emphasis and links kept, each line break and block edge a `<br>`. */
function phrasing(nodes: readonly ElementContent[], place: Placer): PhrasingContent[] {
  const out: PhrasingContent[] = []
  const lineBreak = (at: HastNodes) => {
    // A break before any text, or after another, adds no line.
    if (out.length > 0 && out.at(-1)?.type !== 'html') out.push({type: 'html', value: '<br>', position: place(at)})
  }
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value !== '') out.push({type: 'text', value: node.value, position: place(node)})
      continue
    }
    if (node.type !== 'element') continue
    const inner = () => phrasing(node.children, place)
    switch (node.tagName) {
      case 'br':
        lineBreak(node)
        break
      case 'strong':
      case 'b':
        out.push({type: 'strong', children: inner(), position: place(node)})
        break
      case 'em':
      case 'i':
        out.push({type: 'emphasis', children: inner(), position: place(node)})
        break
      case 'a': {
        const href = node.properties.href
        out.push({type: 'link', url: typeof href === 'string' ? href : '', children: inner(), position: place(node)})
        break
      }
      case 'sup':
      case 'sub':
        if (!NOTE_MARK.test(textOf(node))) out.push(...inner())
        break
      default:
        if (BLOCK_ELEMENTS.has(node.tagName)) {
          lineBreak(node)
          out.push(...inner())
          lineBreak(node)
        } else {
          out.push(...inner())
        }
    }
  }
  while (out.at(-1)?.type === 'html') out.pop()
  return out
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  return node.type === 'element' ? node.children.map(textOf).join('') : ''
}

/** Where a node of the block's HTML stands in the document. */
type Placer = (node: HastNodes) => Position | undefined

/** Moves positions in the block's HTML to the document: the block starts at `start`, at the start of its line. */
function placer(start: Required<Point>): Placer {
  const move = (point: Point | undefined): Point | undefined =>
    point?.offset === undefined
      ? undefined
      : {line: start.line + point.line - 1, column: point.line === 1 ? start.column + point.column - 1 : point.column, offset: start.offset + point.offset}
  return (node) => {
    const from = move(node.position?.start)
    const to = move(node.position?.end)
    return from && to ? {start: from, end: to} : undefined
  }
}
