import type {Nodes, Parents} from 'mdast'

/** Plain text of some Markdown with, for each character, the source offset it came from. */
export interface FlatText {
  readonly text: string
  /** `offsets[i]` is the source offset of `text[i]`; one longer than `text`, the last being the end offset. */
  readonly offsets: readonly number[]
}

/** A node's flat text where the node now stands: `offsets[i] + shift` is the source offset of `text[i]`. */
export interface PlacedText extends FlatText {
  readonly shift: number
  /** `lineTextOf`, once asked. */
  line?: string
}

/**
 * Flat texts by node. The model asks for a node's text more than once (a table cell's, a list
 * item's), and the language server's next lint gets the blocks of an edited document back from
 * `reparse`: those before the edit as the same nodes, those after it as copies moved by the edit,
 * over the same source text. Neither is flattened again; a moved one is its original, shifted.
 */
const flattened = new WeakMap<Parents, PlacedText>()

/** Where a node after an edit was copied from, and by how much it moved: what was worked out for the original holds, moved. */
const originals = new WeakMap<Nodes, {node: Nodes; by: number}>()

/** The node a moved copy was made from (`reparse`), and the offsets it moved by; undefined for any other node. */
export function movedFrom(node: Nodes): {node: Nodes; by: number} | undefined {
  return originals.get(node)
}

/**
 * Records that `copy` is `node` moved by `by` offsets. A copy of a copy names the first
 * original, so that no chain of every version of a node is kept alive.
 */
export function noteCopy(copy: Nodes, node: Nodes, by: number): void {
  const original = originals.get(node)
  originals.set(copy, original ? {node: original.node, by: original.by + by} : {node, by})
}

/** Records that `node` itself moved by `by` offsets (`reparse` moving a tree it may consume): what is kept for it moves too. */
export function noteMoved(node: Nodes, by: number): void {
  const flat = flattened.get(node as Parents)
  if (flat) flattened.set(node as Parents, {...flat, shift: flat.shift + by})
  const original = originals.get(node)
  if (original) originals.set(node, {node: original.node, by: original.by + by})
}

/** The flat text of a block's content (`flattenInline` of its children), flattened once per node. */
export function flatTextOf(node: Parents, source: string): PlacedText {
  let flat = flattened.get(node)
  if (!flat) {
    const moved = movedFrom(node)
    const original = moved && flattened.get(moved.node as Parents)
    flat = original
      ? {text: original.text, offsets: original.offsets, shift: original.shift + moved.by, line: original.line}
      : {...flattenInline(node.children as Nodes[], source, node.position?.end.offset ?? 0), shift: 0}
    flattened.set(node, flat)
  }
  return flat
}

/** A node's flat text with each run of whitespace one space, trimmed: the text of a cell or an item as one line. */
export function lineTextOf(node: Parents, source: string): string {
  const flat = flatTextOf(node, source)
  return (flat.line ??= flat.text.replace(/\s+/g, ' ').trim())
}

const ENTITY = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i
/** An HTML line break, which writers use for lines inside a table cell. */
export const LINE_BREAK_HTML = /^<br\s*\/?>$/i
const LINE_ENDING = /[\n\r]/u

/** HTML that opens and closes deleted text: `<del>`, `<s>`, `<strike>`, as tracked changes are exported. */
const DELETED_OPEN = /^<(?:del|s|strike)(?:\s[^>]*)?>$/iu
const DELETED_CLOSE = /^<\/(?:del|s|strike)\s*>$/iu

/**
 * Flattens inline markup (emphasis, links, code) to the text a reader sees.
 * Line endings and `<br>` become one space each, other HTML is dropped
 * (comments are not text). Deleted text is no text: a draft exported with its
 * tracked changes strikes what a reviewer removed (`~~…~~`, `<del>…</del>`),
 * and the proposal reads as if the changes were accepted; inserted text
 * (`<ins>…</ins>`) stays. The parser already resolved escapes and character
 * references in node values; `align` finds where each of those characters
 * sits in the source.
 */
export function flattenInline(nodes: readonly Nodes[], source: string, fallbackEnd: number): FlatText {
  let text = ''
  const offsets: number[] = []
  let end = fallbackEnd
  /** How many `<del>` (or `<s>`, `<strike>`) tags are open: their text is skipped. */
  let deleted = 0

  const push = (character: string, offset: number): void => {
    text += character
    offsets.push(offset)
  }

  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset
    const stop = node.position?.end.offset
    if (stop !== undefined) end = stop
    if (deleted > 0 && node.type !== 'html') return
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (start === undefined || stop === undefined) return
        // Most text is written as it reads (no escape, reference or line ending): each character is where it stands.
        if (stop - start === node.value.length && source.startsWith(node.value, start) && !LINE_ENDING.test(node.value)) {
          const edits = node.type === 'text' ? trackedChanges(node.value) : []
          if (edits.length === 0) {
            text += node.value
            for (let at = start; at < stop; at++) offsets.push(at)
            return
          }
          // What a reviewer deleted or remarked is skipped, and so is the markup around what was inserted.
          let at = 0
          for (const [from, to] of edits) {
            for (; at < from; at++) push(node.value[at]!, start + at)
            if (to > from && at === from && text !== '' && !isSpace(text.charCodeAt(text.length - 1))) push(' ', start + from)
            at = Math.max(at, to)
          }
          for (; at < node.value.length; at++) push(node.value[at]!, start + at)
        } else {
          align(node.value, start, stop, source, push)
        }
        return
      case 'image':
      case 'imageReference':
        if (node.alt && start !== undefined && stop !== undefined) align(node.alt, start, stop, source, push)
        return
      case 'break':
        if (start !== undefined) push(' ', start)
        return
      case 'html': {
        const tag = node.value.trim()
        if (DELETED_OPEN.test(tag)) deleted++
        else if (DELETED_CLOSE.test(tag)) deleted = Math.max(0, deleted - 1)
        // What was deleted leaves a space, so that the words around it stay apart.
        if (start !== undefined && (LINE_BREAK_HTML.test(tag) || (deleted === 0 && DELETED_CLOSE.test(tag)))) push(' ', start)
        return
      }
      case 'delete':
        if (start !== undefined) push(' ', start)
        return
      case 'link':
        // A bare address ("https://blockchainonline.academy") is no prose: its words say nothing of the plans.
        if (isBareAddress(node)) {
          if (start !== undefined) push(' ', start)
          return
        }
        for (const child of node.children) walk(child as Nodes)
        return
      case 'footnoteReference':
      case 'footnoteDefinition':
      case 'definition':
        return
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes)
    }
  }

  for (const node of nodes) walk(node)
  offsets.push(end)
  return {text, offsets}
}

/**
 * The spans of a text to skip as tracked changes, in order: [from, to) offsets. CriticMarkup deletions and comments
 * ("{--deleted--}", "{>>comment<<}") go whole, and so do pandoc's deletions and comments ("[deleted]{.deletion
 * author="MD"}", "[Ask Turin]{.comment-start id="1"}", "[]{.comment-end id="1"}"); of an insertion or a highlight
 * ("{++added++}", "{==marked==}", "[added]{.insertion author="MD"}") only the markup goes. A reviewer's comment in
 * brackets ("[MK: …]") and strikethrough left as text ("~~…~~") go whole too. Read with `indexOf`, so a text full of
 * braces is read once.
 */
function trackedChanges(value: string): Array<[number, number]> {
  // Marks written without braces: reviewers' comments in brackets, and strikethrough the parser left as text.
  const plainMarks = [...(value.includes('[') ? bracketedComments(value) : []), ...(value.includes('~~') ? struckAsWritten(value) : [])]
  if (!value.includes('{')) return inOrder(plainMarks)
  const spans: Array<[number, number]> = []
  let at = 0
  for (;;) {
    const open = value.indexOf('{', at)
    if (open === -1 || open + 2 >= value.length) break
    const mark = value.slice(open, open + 3)
    const critic = CRITIC_CLOSE[mark]
    if (critic !== undefined) {
      const close = value.indexOf(critic, open + 3)
      if (close === -1) break
      if (mark === '{--' || mark === '{>>') spans.push([open, close + 3])
      else spans.push([open, open + 3], [close, close + 3])
      at = close + 3
      continue
    }
    // Pandoc: "[…]{.deletion …}", the class right after the brace, the bracket right before it.
    const kind = /^\{\.(deletion|insertion|comment-start|comment-end)\b/u.exec(value.slice(open, open + 16))?.[1]
    if (kind === undefined || value[open - 1] !== ']') {
      at = open + 1
      continue
    }
    const end = value.indexOf('}', open)
    if (end === -1) break
    // The bracket is looked for only since the last span read: each character is read once.
    const opening = value.slice(at, open).lastIndexOf('[')
    if (opening === -1) {
      at = end + 1
      continue
    }
    const bracket = at + opening
    if (kind === 'insertion') spans.push([bracket, bracket + 1], [open - 1, end + 1])
    else spans.push([bracket, end + 1])
    at = end + 1
  }
  return plainMarks.length === 0 ? spans : inOrder([...spans, ...plainMarks])
}

/** Spans of several kinds in one draft, in order: one inside another already skipped is left out. */
function inOrder(spans: Array<[number, number]>): Array<[number, number]> {
  if (spans.length < 2) return spans
  const merged: Array<[number, number]> = []
  for (const span of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1)
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}

/**
 * What opens a reviewer's comment left inline in brackets, as a draft pasted from a word processor keeps them: the
 * label ("[Comment MK:", "[Commentaire MK :", "[Comentario – L. Pineda:") or the reviewer's initials ("[AB:",
 * "[MK/AB :"), then a colon. Writers' own markers are no reviewer's ("[TBD: figure]", "[NB: …]").
 */
const BRACKETED_COMMENT = /^\[\s*(?:comments?|commentaires?|comentarios?|reviewer'?s? (?:comments?|notes?))\b[^\]\n:]{0,40}:/iu
const BRACKETED_INITIALS = /^\[(?!(?:TBD|TBC|TODO|NB|XX+)\b)\p{Lu}{2,4}(?:\/\p{Lu}{2,4})?[ \t\u00a0]?:/u

/** The spans of reviewers' comments in brackets ("[MK: ITC-ILO is too expensive…]"), brackets included. */
function bracketedComments(value: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (let open = value.indexOf('['); open !== -1; open = value.indexOf('[', open + 1)) {
    const opening = value.slice(open, open + 60)
    if (!BRACKETED_COMMENT.test(opening) && !BRACKETED_INITIALS.test(opening)) continue
    const close = value.indexOf(']', open)
    if (close === -1) break
    spans.push([open, close + 1])
    open = close
  }
  return spans
}

/**
 * Strikethrough the parser left as text, which a word processor's conversion writes where GFM does not take it
 * ("…par la coopérative~~, accompagnement mensuel~~": a run of tildes after a letter and before punctuation opens
 * nothing in GFM). Read as what the reviewer struck out, as rendered strikethrough is: a pair in one text.
 */
function struckAsWritten(value: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (let open = value.indexOf('~~'); open !== -1; ) {
    const close = value.indexOf('~~', open + 2)
    if (close === -1) break
    spans.push([open, close + 2])
    open = value.indexOf('~~', close + 2)
  }
  return spans
}

/** Whether a UTF-16 code is white space (space, tab, line ending, no-break space). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
}

/** CriticMarkup's openings and their closings. */
const CRITIC_CLOSE: Readonly<Record<string, string>> = {'{--': '--}', '{>>': '<<}', '{++': '++}', '{==': '==}'}

/** A link whose text is its own address: an autolink, or a pasted URL or e-mail address. */
function isBareAddress(node: Extract<Nodes, {type: 'link'}>): boolean {
  if (node.children.length !== 1 || node.children[0]?.type !== 'text') return false
  const text = node.children[0].value.trim()
  return text === node.url || `mailto:${text}` === node.url || /^(?:https?:\/\/|www\.)\S+$/iu.test(text)
}

function isLineEnding(character: string | undefined): boolean {
  return character === '\n' || character === '\r'
}

/**
 * Maps each character of a node's value onto the node's source slice, moving
 * forward only: markup the value lacks (backslashes, backticks, indentation,
 * blockquote markers) is skipped; a character reference stands for the
 * character it decodes to. A character that cannot be found keeps the
 * current position rather than jumping to the end.
 */
function align(value: string, start: number, stop: number, source: string, push: (character: string, offset: number) => void): void {
  let cursor = start
  // Where the search for a character last failed: from there to `stop` it is nowhere (and no character
  // reference either), so it is nowhere from any later cursor. Without this, each character of a run the
  // source lacks (the parser turns NUL into U+FFFD) would read to the end of the node: quadratic.
  const missingFrom = new Map<string, number>()
  for (let index = 0; index < value.length; index++) {
    const character = value[index] as string
    const lineEnding = isLineEnding(character)
    if (character === '\r' && value[index + 1] === '\n') index++
    let found = -1
    let next = cursor
    const missing = missingFrom.get(character)
    for (let at = missing !== undefined && missing <= cursor ? stop : cursor; at < stop; at++) {
      const here = source[at]
      if (here === character || (lineEnding && isLineEnding(here))) {
        found = at
        next = here === '\r' && source[at + 1] === '\n' && lineEnding ? at + 2 : at + 1
        break
      }
      if (character === ' ' && isLineEnding(here)) {
        // Inline code turns line endings into spaces.
        found = at
        next = here === '\r' && source[at + 1] === '\n' ? at + 2 : at + 1
        break
      }
      if (here === '\\' && source[at + 1] === character) {
        found = at + 1
        next = at + 2
        break
      }
      if (here === '&') {
        const entity = ENTITY.exec(source.slice(at, Math.min(stop, at + 40)))
        if (entity) {
          found = at
          next = at + entity[0].length
          // An astral character decoded from one reference fills two UTF-16 units.
          const code = character.charCodeAt(0)
          if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length) {
            push(lineEnding ? ' ' : character, found)
            index++
            push(value[index] as string, found)
            cursor = next
            found = -2
          }
          break
        }
      }
    }
    if (found === -2) continue
    if (found === -1 && !missingFrom.has(character)) missingFrom.set(character, cursor)
    push(lineEnding ? ' ' : character, found === -1 ? Math.min(cursor, stop) : found)
    if (found !== -1) cursor = next
  }
}
