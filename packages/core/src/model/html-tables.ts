// Tables, headings, lists and paragraphs written in raw HTML, as pandoc writes a Word or Google Docs table
// whose cells hold paragraphs or line breaks, as a Google Docs export writes some of its headings
// ("<h2>3. Activities</h2>"), as converters write a list they could not nest in Markdown, and as a web
// form or a CMS exports its text (`<p>…</p>`); and the
// title of a collapsible block (`<details><summary>Curriculum outline</summary>`), which heads what
// the block folds away as a heading would:
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
import type {Heading, Html, List, ListItem, Paragraph, Parents, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast'
import type {Point, Position} from 'unist'

/** Whether a raw HTML block may hold a table or a heading: the parse is only paid for those. */
const TABLE_TAG = /^\s*<table[\s>]/iu
const HEADING_TAG = /^\s*<h[1-6][\s>]/iu
const LIST_TAG = /^\s*<[ou]l[\s>]/iu
const DETAILS_TAG = /^\s*<(?:details|summary)[\s>]/iu
const PARAGRAPH_TAG = /^\s*<p[\s>]/iu

/**
 * The depth of a collapsible block's title: the deepest, so that what the block folds away is a section of the one
 * around it, ending at the next heading of any depth (the next block's title included). The block's own
 * `</details>` is not a heading; what follows it up to the next heading stays in the block's section.
 */
const SUMMARY_DEPTH = 6

/** Elements that break a cell's text into lines: a line break, and the edges of paragraphs and other blocks. */
const BLOCK_ELEMENTS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table'])

/** A superscript or subscript that only marks a footnote ("<sup>2</sup>", "<sup>*</sup>"): no words of the text. */
const NOTE_MARK = /^[\s\d*†‡,]*$/u

/**
 * Replaces each raw HTML block that is one table, alone, with that table as mdast reads a GFM table, each of paragraphs
 * with those paragraphs (`paragraphsOf`), each that is
 * one heading with that heading, each that is one list with that list, and each that opens a collapsible block with
 * its title as a heading (and the tables and lists it holds after it, as read alone). `text` is
 * what the tree was parsed from (its offsets point into it). A block whose value is not its source as written
 * (one indented in a list or a block quote, whose markers the value leaves out) is left as it is.
 */
export function readHtmlBlocks(tree: Root, text: string): Root {
  visitParents(tree, text)
  return tree
}

function visitParents(parent: Parents, text: string): void {
  for (let index = parent.children.length - 1; index >= 0; index--) {
    const child = parent.children[index]!
    if (child.type === 'html') {
      const read = tableOf(child, text) ?? headingOf(child, text) ?? listOf(child, text) ?? collapsibleOf(child, text) ?? paragraphsOf(child, text)
      if (read) (parent.children as RootContent[]).splice(index, 1, ...(Array.isArray(read) ? read : [read]))
    } else if ('children' in child) {
      visitParents(child, text)
    }
  }
}

/** The block's elements, when its value is its source as written (not one indented in a container) and `tag` opens it. */
function elementsOf(node: Html, text: string, tag: RegExp): {elements: Element[]; place: Placer} | undefined {
  const start = node.position?.start
  const end = node.position?.end
  if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
  if (!tag.test(node.value) || text.slice(start.offset, end.offset) !== node.value) return undefined
  const children = fromHtml(node.value, {fragment: true}).children
  // Text between elements is part of the block only as whitespace: anything else is prose this reading would lose.
  if (children.some((child) => child.type === 'text' && child.value.trim() !== '')) return undefined
  return {elements: children.filter((child): child is Element => child.type === 'element'), place: placer(start as Required<Point>)}
}

/** A raw HTML block that is one list, alone: the Markdown list it stands for, each item's text one paragraph. */
function listOf(node: Html, text: string): List | undefined {
  const read = elementsOf(node, text, LIST_TAG)
  const list = read?.elements[0]
  if (!read || read.elements.length !== 1 || !list) return undefined
  return listFrom(list, read.place, node.position)
}

function listFrom(list: Element, place: Placer, position: Position | undefined): List | undefined {
  if (list.tagName !== 'ul' && list.tagName !== 'ol') return undefined
  const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
  if (items.length === 0) return undefined
  const children = items.map((item): ListItem => ({type: 'listItem', spread: false, children: [{type: 'paragraph', children: phrasing(item.children, place), position: place(item)}], position: place(item)}))
  return {type: 'list', ordered: list.tagName === 'ol', spread: false, children, position: position ?? place(list)}
}

/**
 * A raw HTML block that opens a collapsible block (`<details>` and its `<summary>`, with or without what it folds
 * in the same block): the summary as a heading, then the tables and lists the block holds. Other content of the
 * same block (prose in raw HTML) keeps it raw.
 */
function collapsibleOf(node: Html, text: string): RootContent[] | undefined {
  const read = elementsOf(node, text, DETAILS_TAG)
  if (!read || read.elements.length !== 1) return undefined
  const block = read.elements[0]!
  // Comments and the whitespace between elements say nothing; prose in the block keeps it raw.
  const inside = block.tagName === 'details' ? block.children.filter((child) => child.type !== 'comment' && (child.type !== 'text' || child.value.trim() !== '')) : [block]
  if (inside.some((child) => child.type !== 'element')) return undefined
  const [summary, ...folded] = inside as Element[]
  if (summary?.tagName !== 'summary') return undefined
  const title = phrasing(summary.children, read.place)
  if (title.length === 0) return undefined
  const nodes: RootContent[] = [{type: 'heading', depth: SUMMARY_DEPTH, children: title, position: read.place(summary)}]
  for (const part of folded) {
    const content = part.tagName === 'table' ? tableFrom(part, read.place, read.place(part)) : listFrom(part, read.place, read.place(part))
    if (!content) return undefined
    nodes.push(content)
  }
  return nodes
}

/**
 * A raw HTML block of paragraphs, as a web form or a CMS exports its text (`<p><strong>Objective:</strong> …<br>…</p>`):
 * each `<p>` the Markdown paragraph it stands for, and the tables, lists and headings between them as read alone.
 * A block with anything else in it (prose outside a paragraph, a `<div>` layout) keeps it raw.
 */
function paragraphsOf(node: Html, text: string): RootContent[] | undefined {
  const read = elementsOf(node, text, PARAGRAPH_TAG)
  if (!read || read.elements.length === 0) return undefined
  const nodes: RootContent[] = []
  for (const element of read.elements) {
    const position = read.place(element)
    const content =
      element.tagName === 'p'
        ? ({type: 'paragraph', children: phrasing(element.children, read.place), position} satisfies Paragraph)
        : element.tagName === 'table'
          ? tableFrom(element, read.place, position)
          : /^h[1-6]$/u.test(element.tagName)
            ? ({type: 'heading', depth: Number(element.tagName.slice(1)) as Heading['depth'], children: phrasing(element.children, read.place), position} satisfies Heading)
            : listFrom(element, read.place, position)
    if (!content) return undefined
    // An empty paragraph (`<p>&nbsp;</p>`) says nothing.
    if (content.type !== 'paragraph' || content.children.length > 0) nodes.push(content)
  }
  return nodes
}

function tableOf(node: Html, text: string): Table | undefined {
  const read = elementsOf(node, text, TABLE_TAG)
  const table = read?.elements[0]
  if (!read || read.elements.length !== 1 || table?.tagName !== 'table') return undefined
  return tableFrom(table, read.place, node.position)
}

function tableFrom(table: Element, place: Placer, position: Position | undefined): Table | undefined {
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
  return {type: 'table', align: Array.from({length: columns}, () => null), children: rows, position}
}

/** A raw HTML block that is one heading element, alone: the Markdown heading it stands for. */
function headingOf(node: Html, text: string): Heading | undefined {
  const read = elementsOf(node, text, HEADING_TAG)
  const heading = read?.elements[0]
  if (!read || read.elements.length !== 1 || !heading || !/^h[1-6]$/u.test(heading.tagName)) return undefined
  const depth = Number(heading.tagName.slice(1)) as Heading['depth']
  return {type: 'heading', depth, children: phrasing(heading.children, read.place), position: node.position}
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
