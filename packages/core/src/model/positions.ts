import type {Nodes} from 'mdast'
import {location} from 'vfile-location'
import type {Point, Range} from '../types.js'

const BOM = '\uFEFF'

/**
 * The document text as the model sees it: without its byte order mark, so
 * offsets and columns start at the first real character. Exactly one BOM is
 * removed: a second U+FEFF (concatenated files have them) is an ordinary
 * character of the text, as it is for CommonMark, and `--fix` writes it back.
 */
export function stripBom(text: string): {text: string; hadBom: boolean} {
  return text.startsWith(BOM) ? {text: text.slice(1), hadBom: true} : {text, hadBom: false}
}

/**
 * What the parser is given for the model text: the text behind one BOM, with pasted bullets as list markers.
 * micromark drops one leading U+FEFF without counting it in offsets; giving it
 * one of its own means it never drops a character of the model text (a second
 * BOM), so every node offset points into `text` exactly.
 */
export function parserInput(text: string): string {
  return BOM + (BULLET_GLYPH.test(text) ? text.replace(BULLET_GLYPHS, '$1-') : text)
}

/**
 * A bullet pasted from Word or converted from a PDF ("• Number of officials trained", "▪", "") opening a line: the
 * parser reads it as the list marker it stands for. One character for one, so every offset stays the text's.
 */
const BULLET_GLYPHS = /^([ \t]*)[•◦▪●■\uF0B7➢►](?=[ \t])/gmu
const BULLET_GLYPH = /^[ \t]*[•◦▪●■\uF0B7➢►][ \t]/mu

/** The line ending most lines use (`\r\n`, `\n` or a lone `\r`); a document without any counts as LF, and LF wins ties. */
export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0
  let lf = 0
  let cr = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) lf++
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) {
        crlf++
        index++
      } else cr++
    }
  }
  if (crlf > lf && crlf >= cr) return '\r\n'
  return cr > lf && cr > crlf ? '\r' : '\n'
}

export interface Positions {
  pointAt(offset: number): Point
  rangeOf(startOffset: number, endOffset: number): Range
  rangeOfNode(node: Nodes): Range
  /** Start and end offsets of the line holding `offset`, line ending excluded. */
  lineAt(offset: number): {start: number; end: number}
}

/**
 * Every point in the model goes through here, computed from an offset with
 * vfile-location, so lines, UTF-16 columns and offsets always agree with
 * each other whatever the parser reported (tabs, CRLF, astral characters).
 */
export function createPositions(text: string): Positions {
  const index = location(text)

  function clamp(offset: number): number {
    if (!Number.isFinite(offset) || offset < 0) return 0
    return Math.min(Math.trunc(offset), text.length)
  }

  function pointAt(offset: number): Point {
    const clamped = clamp(offset)
    const point = index.toPoint(clamped)
    // toPoint only fails outside [0, length], which clamping rules out.
    return point ? {line: point.line, column: point.column, offset: clamped} : {line: 1, column: 1, offset: 0}
  }

  function rangeOf(startOffset: number, endOffset: number): Range {
    const start = clamp(startOffset)
    const end = Math.max(start, clamp(endOffset))
    return {start: pointAt(start), end: pointAt(end)}
  }

  function rangeOfNode(node: Nodes): Range {
    const position = node.position
    return rangeOf(position?.start.offset ?? 0, position?.end.offset ?? position?.start.offset ?? 0)
  }

  function lineAt(offset: number): {start: number; end: number} {
    const at = clamp(offset)
    let end = at
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++
    return {start: lineStart(text, at), end}
  }

  return {pointAt, rangeOf, rangeOfNode, lineAt}
}

/** Where the line holding `offset` starts (after a \n, \r or \r\n, or at 0). */
export function lineStart(text: string, offset: number): number {
  let at = offset
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--
  return at
}

/** Offsets of a node, or null when the parser gave it no position. */
export function offsetsOf(node: {position?: {start: {offset?: number}; end: {offset?: number}} | undefined}): {
  start: number
  end: number
} | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? null : {start, end}
}
