// Blocks of MkDocs (Material) sites, whose content is indented under a marker line:
//
//   !!! note "Assumption"
//       The ministry keeps its two RPL assessors after the project.
//
//   === "Nepal"
//
//       - Outreach through the migrant help desks of the JTUCC.
//
// CommonMark reads the indented content as a code block, so what an admonition, a collapsible block (`???`) or a
// content tab holds was no text at all. Here the marker line becomes its title, as the site shows it, and the
// indented content is parsed as the Markdown it is, each node keeping the offsets of its text in the document.
import type {Code, Nodes, Paragraph, Parents, Root, RootContent} from 'mdast'
import type {Point} from 'unist'

/** A marker line: `!!!`, `???` or `???+` with a type and an optional quoted title, or `===` with a quoted tab name. */
const MARKER = /^(?:(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*(?:[ \t]+"([^"\r\n]*)")?|===\+?[ \t]+"([^"\r\n]*)")[ \t]*$/u

/** The characters a marker line opens with. */
const MARKER_OPENING = new Set(['!', '?', '='])

/** How far a code block's lines were indented: MkDocs nests by four columns. */
const INDENT = 4

/** Reads MkDocs blocks in `tree` (parsed from `text`); `parse` parses a run of blocks of their content. */
export function readMkdocsBlocks(tree: Root, text: string, parse: (inner: string) => Root): Root {
  const children: RootContent[] = []
  // Indented code right after a marker (a blank line between them) is the marker's content.
  let afterMarker = false
  for (const child of tree.children) {
    if (afterMarker && child.type === 'code' && isIndented(child, text)) {
      children.push(...contentOf(child, text, parse))
      continue
    }
    afterMarker = false
    if (child.type === 'paragraph') {
      const marker = markerOf(child, text)
      if (marker) {
        afterMarker = true
        if (marker.paragraph) children.push(marker.paragraph)
        // Content right under the marker, with no blank line, continues its paragraph in CommonMark.
        if (marker.rest) children.push(...contentOf(marker.rest, text, parse))
        continue
      }
    }
    children.push(child)
  }
  tree.children = children
  return tree
}

/**
 * The marker a paragraph opens with, its title as a paragraph of its own (none without a title), and the indented lines
 * that continue it, as the code block they would be after a blank line (none when the marker stands alone).
 */
function markerOf(paragraph: Paragraph, text: string): {paragraph: Paragraph | null; rest: Code | null} | null {
  const start = paragraph.position?.start
  const end = paragraph.position?.end
  // A marker opens with "!", "?" or "=": any other paragraph is passed by before its source is read.
  if (start?.offset === undefined || end?.offset === undefined || !MARKER_OPENING.has(text[start.offset] ?? '')) return null
  const source = text.slice(start.offset, end.offset)
  const lineEnd = source.search(/[\r\n]/u)
  const line = lineEnd === -1 ? source : source.slice(0, lineEnd)
  const found = MARKER.exec(line)
  if (!found) return null
  const rest = lineEnd === -1 ? null : indentedRest(source, lineEnd, start)
  if (lineEnd !== -1 && !rest) return null
  const title = found[1] ?? found[2] ?? ''
  if (title.trim() === '') return {paragraph: null, rest}
  const at = line.indexOf(`"${title}"`) + 1
  const point = (index: number): Point => ({line: start.line, column: start.column + index, offset: start.offset! + index})
  const node = {type: 'text' as const, value: title, position: {start: point(at), end: point(at + title.length)}}
  return {paragraph: {type: 'paragraph', children: [node], position: node.position}, rest}
}

/** The lines after a marker's, when each is indented by four columns: their text less that indentation, placed where they start. */
function indentedRest(source: string, lineEnd: number, start: Point): Code | null {
  const breakLength = source.startsWith('\r\n', lineEnd) ? 2 : 1
  const lines = source.slice(lineEnd + breakLength).split(/\r\n|\r|\n/u)
  if (!lines.every((line) => indentOf(line) >= INDENT)) return null
  const value = lines.map((line) => line.slice(charactersOfIndent(line))).join('\n')
  const offset = start.offset! + lineEnd + breakLength
  return {type: 'code', value, position: {start: {line: start.line + 1, column: 1, offset}, end: {line: start.line + lines.length, column: 1, offset}}}
}

/** The columns of white space a line opens with. */
function indentOf(line: string): number {
  let columns = 0
  for (const character of line) {
    if (character === ' ') columns++
    else if (character === '\t') columns += INDENT - (columns % INDENT)
    else break
  }
  return columns
}

/** How many characters make up the first four columns of a line's indentation. */
function charactersOfIndent(line: string): number {
  let columns = 0
  let characters = 0
  while (columns < INDENT && (line[characters] === ' ' || line[characters] === '\t')) {
    columns += line[characters] === '\t' ? INDENT - (columns % INDENT) : 1
    characters++
  }
  return characters
}

/** Whether a code block is indented (not fenced): its first line starts with spaces or a tab. */
function isIndented(code: Code, text: string): boolean {
  const offset = code.position?.start.offset
  return offset !== undefined && (text[offset] === ' ' || text[offset] === '\t' || lineIndent(text, offset) >= INDENT)
}

/** The columns of white space before `offset` on its line. */
function lineIndent(text: string, offset: number): number {
  let start = offset
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--
  let columns = 0
  for (let at = start; at < offset && (text[at] === ' ' || text[at] === '\t'); at++) columns += text[at] === '\t' ? INDENT - (columns % INDENT) : 1
  return columns
}

/**
 * The blocks a code block's text holds, parsed, with every position moved to the document: a line of the content is
 * the document's line that held it, less its indentation.
 */
function contentOf(code: Code, text: string, parse: (inner: string) => Root): RootContent[] {
  const first = code.position!.start
  // Where each of the document's lines of the block starts, past the indentation the code block stripped.
  const lineStarts: number[] = []
  const columns: number[] = []
  let at = first.offset! - (first.column - 1)
  for (let line = 0; line < code.value.split(/\r\n|\r|\n/u).length; line++) {
    let skip = 0
    let column = 1
    while (skip < INDENT && (text[at] === ' ' || text[at] === '\t')) {
      skip += text[at] === '\t' ? INDENT - (skip % INDENT) : 1
      at++
      column++
    }
    lineStarts.push(at)
    columns.push(column)
    while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++
    at += text.startsWith('\r\n', at) ? 2 : at < text.length ? 1 : 0
  }
  const inner = parse(code.value)
  const move = (point: Point): Point => {
    const line = Math.min(point.line - 1, lineStarts.length - 1)
    const offset = lineStarts[line]! + point.column - 1
    return {line: first.line + line, column: columns[line]! + point.column - 1, offset}
  }
  const visit = (node: Nodes): void => {
    if (node.position) node.position = {start: move(node.position.start), end: move(node.position.end)}
    if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes)
  }
  for (const child of inner.children) visit(child)
  return inner.children
}
