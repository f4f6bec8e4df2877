// Re-parsing only what an edit touched.
//
// The language server lints a document again after each pause in typing, and
// parsing a long proposal is most of a lint (a third of a second for 200 KB).
// An edit changes one spot: the top-level blocks around it are parsed again,
// those before it are kept as they are, and those after it are kept with their
// positions moved by what the edit added or removed. The result is the tree a
// full parse gives (tested by replaying random edits against full parses).
//
// Why a window of blocks is enough. Parsing Markdown reads forward: the text
// before the edit parses as before, and a top-level block that starts before
// the edit, on a line the edit did not change, starts from the parser's initial
// state. The window starts one block before the first touched one, because an
// edit can join a block to the one before it (a lazy continuation line, a
// setext underline, a table's delimiter row). It ends one block after the last
// touched one, and that block must come out of the re-parse exactly as it was
// (same kind, same place): then the parser stands where it stood before, and
// what follows parses as before. When it does not (the edit opened a code fence
// that now runs on, or a list that now takes in the next paragraph), or the
// document has link reference definitions (which resolve document-wide) or a
// block read across the blocks after it (a pandoc callout, an MkDocs tab), the
// whole text is parsed again.

import type {Nodes, Root, RootContent} from 'mdast'
import type {Point, Position} from 'unist'
import {noteCopy, noteMoved} from './inline.js'
import {lineStart} from './positions.js'

/** A text and its tree, as `buildModel` parsed it (the model is one). */
export interface ParsedDocument {
  readonly text: string
  readonly tree: Root
}

export interface Parsers {
  /** The whole document (front matter allowed at its start). */
  document(text: string): Root
  /** A run of blocks inside the document (no front matter: `---` there is a rule or an underline). */
  blocks(text: string): Root
}

/** A definition or a footnote's (`[x]: ...`, `[^1]: ...`) anywhere, before or after the edit: re-parse it all. */
const DEFINITION = /\]:/u

/**
 * A line that opens a block whose reading spans the blocks after it (`readExtensions`): a pandoc fenced div, whose first
 * heading is the callout's title, or an MkDocs admonition or tab over indented content. Re-parse it all.
 */
const OPENS_ACROSS_BLOCKS = /^[ \t]{0,3}(?::::|!!!|\?\?\?|===)/mu

const LINE_ENDING = /\r\n|\r|\n/gu

/**
 * The tree of `text`, re-parsing only the blocks around what changed since
 * `previous`; null when the whole text must be parsed again.
 */
export function reparse(previous: ParsedDocument, text: string, parsers: Parsers, consume = false): Root | null {
  const old = previous.text
  if (old === text) return previous.tree
  const blocks = previous.tree.children
  if (blocks.length === 0 || DEFINITION.test(old) || DEFINITION.test(text) || OPENS_ACROSS_BLOCKS.test(old) || OPENS_ACROSS_BLOCKS.test(text)) return null

  // What changed: old[start, oldEnd) became text[start, newEnd).
  let start = 0
  const shortest = Math.min(old.length, text.length)
  while (start < shortest && old.charCodeAt(start) === text.charCodeAt(start)) start++
  let oldEnd = old.length
  let newEnd = text.length
  while (oldEnd > start && newEnd > start && old.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
    oldEnd--
    newEnd--
  }

  // The touched blocks (a block ending where the change starts is touched: the change may extend it), one more each side.
  const firstTouched = blocks.findIndex((block) => endOf(block) >= start)
  let lastTouched = -1
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (startOf(blocks[i]!) <= oldEnd) {
      lastTouched = i
      break
    }
  }
  const low = Math.max(Math.min(firstTouched === -1 ? blocks.length - 1 : firstTouched, Math.max(lastTouched, 0)) - 1, 0)
  const high = Math.max(firstTouched === -1 ? blocks.length - 1 : firstTouched, lastTouched) + 1
  // The window runs to the end of the text when the edit is in the last blocks: nothing after it to check.
  const toEnd = high >= blocks.length - 1
  const after = toEnd ? undefined : blocks[high]!
  const windowStart = low === 0 ? 0 : lineStart(old, startOf(blocks[low]!))
  const oldWindowEnd = after ? endOf(after) : old.length
  const delta = text.length - old.length
  if (!(windowStart <= start && oldWindowEnd >= oldEnd)) return null

  // A document opening with a front matter fence that never closes is parsed otherwise (see parse.ts):
  // whether it still does after the edit is the whole document's question.
  if (old.startsWith('---') && blocks[0]!.type !== 'yaml') return null

  const slice = text.slice(windowStart, oldWindowEnd + delta)
  const reparsed = windowStart === 0 ? parsers.document(slice) : parsers.blocks(slice)
  const lineShift = windowStart === 0 ? 0 : (blocks[low]!.position?.start.line ?? 1) - 1
  const lineDelta = lineCount(slice) - lineCount(old.slice(windowStart, oldWindowEnd))
  for (const node of reparsed.children) shiftInPlace(node, windowStart, lineShift)
  if (windowStart === 0 && text.startsWith('---') && reparsed.children[0]?.type !== 'yaml') return null

  // The block after the edit must come out as it was, moved by the edit: else what follows may parse otherwise.
  const last = reparsed.children.at(-1)
  if (after && (!last || last.type !== after.type || startOf(last) !== startOf(after) + delta || endOf(last) !== oldWindowEnd + delta)) {
    return null
  }

  // Moved in place when the previous tree is not used again (`consume`): no copy of half a long document per keystroke.
  const following = toEnd ? [] : blocks.slice(high + 1).map((node) => (consume ? movedInPlace(node, delta, lineDelta) : shifted(node, delta, lineDelta)))
  const position = previous.tree.position
  const end = toEnd ? reparsed.position?.end && movePoint(reparsed.position.end, windowStart, lineShift) : position && movePoint(position.end, delta, lineDelta)
  return {
    ...previous.tree,
    children: [...blocks.slice(0, low), ...reparsed.children, ...following],
    ...(position && end ? {position: {start: position.start, end}} : {}),
  }
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? Number.NaN
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? Number.NaN
}

function lineCount(text: string): number {
  let count = 0
  LINE_ENDING.lastIndex = 0
  while (LINE_ENDING.exec(text)) count++
  return count
}

function movePoint(point: Point, offset: number, lines: number): Point {
  return {line: point.line + lines, column: point.column, ...(point.offset === undefined ? {} : {offset: point.offset + offset})}
}

function movePointInPlace(point: Point, offset: number, lines: number): void {
  point.line += lines
  if (point.offset !== undefined) point.offset += offset
}

function movePosition(position: Position, offset: number, lines: number): Position {
  return {start: movePoint(position.start, offset, lines), end: movePoint(position.end, offset, lines)}
}

/** A freshly parsed node placed in the document: its offsets and lines were the slice's. */
function shiftInPlace(node: Nodes, offset: number, lines: number): void {
  if (node.position) node.position = movePosition(node.position, offset, lines)
  if ('children' in node) for (const child of node.children) shiftInPlace(child, offset, lines)
}

/** A copy of a kept node after the edit, moved: the previous tree stays as it was (its model may still be in use). */
function shifted<T extends RootContent>(node: T, offset: number, lines: number): T {
  if (offset === 0 && lines === 0) return node
  const copy = {...node}
  if (node.position) copy.position = movePosition(node.position, offset, lines)
  if ('children' in node) {
    ;(copy as {children: RootContent[]}).children = node.children.map((child) => shifted(child, offset, lines))
    // Only parents: text is read from a block, never from a leaf alone.
    noteCopy(copy, node, offset)
  }
  return copy
}

/** A kept node after the edit, moved where it now stands, with what is kept for it (the previous tree is consumed). */
function movedInPlace<T extends RootContent>(node: T, offset: number, lines: number): T {
  if (offset === 0 && lines === 0) return node
  // Each node has points of its own (mdast-util-from-markdown makes them per node; so do the re-parse's moves).
  if (node.position) {
    movePointInPlace(node.position.start, offset, lines)
    movePointInPlace(node.position.end, offset, lines)
  }
  if ('children' in node) {
    for (const child of node.children) movedInPlace(child, offset, lines)
    noteMoved(node, offset)
  }
  return node
}
