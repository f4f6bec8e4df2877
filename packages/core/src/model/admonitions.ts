// Admonitions of documentation sites (Docusaurus, VitePress, MkDocs' `pymdownx.blocks`), written as fences of
// colons around their text:
//
//   :::caution Sección en elaboración
//   Por desarrollar (TBD) tras el taller de planificación.
//   :::
//
// and pandoc's fenced divs, as Quarto writes its callouts:
//
//   ::: {.callout-warning}
//   ## À compléter
//   La stratégie genre sera élaborée pendant la phase de démarrage (TBD).
//   :::
//
// CommonMark reads the fences as text of the paragraph they touch, so the callout read as
// ":::caution Sección en elaboración Por desarrollar (TBD) …". Here the fences are markup: the
// opening fence's type and closing fence leave the text, and a title ("Sección en elaboración",
// "Stratégie genre en cours d'élaboration") becomes a paragraph of its own, as a callout shows it.
// A heading right after an opening fence is the callout's title, as Quarto shows it, not a section
// of the document: the callout's text stays in the section around it. A div with an identifier and
// no class (`::: {#sec-risks}`) is no callout: Quarto numbers and cross-references its heading as a section.
//
// Callouts of GitHub and Obsidian are blockquotes whose first line is a marker and an optional title
// ("> [!WARNING] Open question"). The marker is markup; the title is a paragraph of its own, as the
// callout shows it, and does not run into the sentence below it.
//
// The property block of a wiki page ("Status:: Draft" / "Owner:: …" lines) is one field per line, and an AsciiDoc
// definition list ("Term::" and its definition on the lines below) one paragraph per entry.
import type {Blockquote, Heading, Paragraph, Parents, PhrasingContent, Root, RootContent, Text} from 'mdast'

/**
 * An opening fence: three or more colons, then either the type right after them and an optional title, bare or in
 * brackets (`:::tip[Title]`), or pandoc's attributes in braces or one class word, alone on the line (`::: {.callout-note}`,
 * `::: warning`, optionally closed by colons).
 */
const OPENING = /^(:{3,})(?:[A-Za-z][\w-]*(?:\[([^\]\r\n]*)\]|[ \t]+(\S[^\r\n]*)?)?|[ \t]*(?:\{[^}\r\n]*\}|[A-Za-z][\w-]*)[ \t]*:*)$/u
/** A closing fence: colons only. */
const CLOSING = /^:{3,}[ \t]*$/u

/** Reads the colon fences of admonitions in `tree` (parsed from `text`) as markup. */
export function readAdmonitions(tree: Root, text: string): Root {
  visit(tree, text)
  return tree
}

function visit(parent: Parents, text: string): void {
  const children: RootContent[] = []
  let afterBareOpening = false
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'paragraph') {
      children.push(...withoutFences(child, text))
      afterBareOpening = isBareOpening(child, text)
      continue
    }
    if (child.type === 'heading' && afterBareOpening) children.push(asTitle(child))
    else {
      if (child.type === 'blockquote') readCalloutMarker(child, text)
      if ('children' in child) visit(child, text)
      children.push(child)
    }
    afterBareOpening = false
  }
  ;(parent as {children: RootContent[]}).children = children
}

/** A callout's first line: `[!TYPE]`, Obsidian's fold sign, and an optional title. */
const CALLOUT_MARKER = /^\[![A-Za-z][\w-]*\][+-]?(?:[ \t]+(\S[^\r\n]*))?$/u

/** The marker of a GitHub or Obsidian callout leaves its first paragraph; its title becomes a paragraph of its own. */
function readCalloutMarker(quote: Blockquote, text: string): void {
  const paragraph = quote.children[0]
  if (paragraph?.type !== 'paragraph') return
  const first = paragraph.children[0]
  // Only the first line need be its source: the lines after it carry the quote's "> " in the source.
  if (first?.type !== 'text' || first.position?.start.offset === undefined) return
  const line = firstLine(first.value)
  const marker = CALLOUT_MARKER.exec(line)
  if (!marker || !text.startsWith(line, first.position.start.offset)) return
  const kept: Paragraph[] = []
  const title = marker[1]?.trimEnd()
  if (title) {
    const at = line.indexOf(title, line.indexOf(']') + 1)
    const titleNode = cut(first, at, at + title.length)
    kept.push({type: 'paragraph', children: [titleNode], position: titleNode.position})
  }
  const restStart = first.value.length > line.length ? line.length + lineBreakLength(first.value, line.length) : first.value.length
  const body: PhrasingContent[] = restStart === first.value.length ? paragraph.children.slice(1) : [afterFirstLine(first, line.length, restStart), ...paragraph.children.slice(1)]
  if (body.length > 0) kept.push({type: 'paragraph', children: body, position: {start: body[0]!.position!.start, end: paragraph.position!.end}})
  quote.children.splice(0, 1, ...kept)
}

/**
 * The lines of a quoted text node after its first: its value from `restStart`, placed from the end of the first line to
 * the node's end (the source between holds the quote's "> ", which the model aligns over).
 */
function afterFirstLine(node: Text, lineLength: number, restStart: number): Text {
  const start = node.position!.start
  return {
    type: 'text',
    value: node.value.slice(restStart),
    position: {start: {line: start.line, column: start.column + lineLength, offset: start.offset! + lineLength}, end: node.position!.end},
  }
}

/** A line that opens an inline field of Obsidian or Dataview: a short key, two colons, a space ("Owner:: Afi Kpodar"). */
const INLINE_FIELD = /^[^\S\r\n]*\p{L}[^\r\n:]{0,40}::[^\S\r\n]/u
/** The term of an AsciiDoc definition list, alone on its line; its definition follows on the next ("Socios::"). */
const DEFINITION_TERM = /^\p{L}[^\r\n:]{0,100}::$/u

/**
 * The lines of a wiki page's property block ("Status:: Draft", "Référente genre:: à désigner") are one field each, as
 * the page shows them, not one running sentence: each line that opens a field becomes a paragraph of its own. So is
 * each entry of a definition list converted from AsciiDoc ("COPARDOM::" and its definition on the lines below), which
 * CommonMark reads as one paragraph of every entry.
 */
export function readInlineFields(tree: Root, text: string): Root {
  splitFields(tree, text)
  return tree
}

function splitFields(parent: Parents, text: string): void {
  const children: RootContent[] = []
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'paragraph') children.push(...fieldLines(child, text))
    else {
      if ('children' in child) splitFields(child, text)
      children.push(child)
    }
  }
  ;(parent as {children: RootContent[]}).children = children
}

/** A paragraph of plain text whose lines open fields, cut at each such line; any other paragraph as it is. */
function fieldLines(paragraph: Paragraph, text: string): Paragraph[] {
  const only = paragraph.children[0]
  // Most paragraphs hold no field: they are passed by before their source is read.
  if (paragraph.children.length !== 1 || only?.type !== 'text' || !only.value.includes('::') || !only.position) return [paragraph]
  const lines = sourceLines(only, text)
  if (lines === null) return [paragraph]
  // The lines that open a field (the first line always opens a part).
  const opening = lines.flatMap((line, index) => (index === 0 || opensField(only.value.slice(line.value, line.value + line.length)) ? [index] : []))
  if (opening.length === 1) return [paragraph]
  return opening.map((first, index) => {
    const last = (opening[index + 1] ?? lines.length) - 1
    const part = lineRange(only, lines, first, last)
    return {type: 'paragraph', children: [part], position: part.position}
  })
}

function opensField(line: string): boolean {
  return INLINE_FIELD.test(line.slice(0, LINE_PREFIX)) || (line.endsWith('::') && DEFINITION_TERM.test(line))
}

/** How much of a line `INLINE_FIELD` reads: its key is at most 40 characters. */
const LINE_PREFIX = 64

/** One line of a text node: where it starts in the node's value and in the source, its length, and its line number. */
interface SourceLine {
  value: number
  source: number
  length: number
  line: number
  column: number
}

/**
 * The lines of a text node, each found in its source, or null when a line is not its source less the spaces around it
 * (CommonMark drops a continuation line's indent and trailing spaces; an escape or an entity changes the text).
 */
function sourceLines(node: Text, text: string): SourceLine[] | null {
  const lines: SourceLine[] = []
  const source = sourceOf(node, text)
  const valueBreak = /\r\n|\r|\n/gu
  const sourceBreak = /\r\n|\r|\n/gu
  let valueAt = 0
  let sourceAt = 0
  for (let index = 0; ; index++) {
    const valueEnd = valueBreak.exec(node.value)
    const sourceEnd = sourceBreak.exec(source)
    if ((valueEnd === null) !== (sourceEnd === null)) return null
    const value = node.value.slice(valueAt, valueEnd?.index ?? node.value.length)
    const sourceLine = source.slice(sourceAt, sourceEnd?.index ?? source.length)
    const indent = sourceLine.length - sourceLine.trimStart().length
    if (!sourceLine.startsWith(value, indent) || sourceLine.slice(indent + value.length).trim() !== '') return null
    const start = node.position!.start
    lines.push({
      value: valueAt,
      source: start.offset! + sourceAt + indent,
      length: value.length,
      line: start.line + index,
      column: index === 0 ? start.column + indent : indent + 1,
    })
    if (valueEnd === null || sourceEnd === null) return lines
    valueAt = valueEnd.index + valueEnd[0].length
    sourceAt = sourceEnd.index + sourceEnd[0].length
  }
}

/** Lines `first`…`last` of a text node as a text node of their own, placed at their source. */
function lineRange(node: Text, lines: readonly SourceLine[], first: number, last: number): Text {
  const from = lines[first]!
  const to = lines[last]!
  return {
    type: 'text',
    value: node.value.slice(from.value, to.value + to.length),
    position: {
      start: {line: from.line, column: from.column, offset: from.source},
      end: {line: to.line, column: to.column + to.length, offset: to.source + to.length},
    },
  }
}

/**
 * Whether a paragraph is an opening fence and nothing else (`::: {.callout-note}` on its own line), of a callout: a
 * pandoc div with no class, only an identifier or attributes (`::: {#sec-risks}`), holds a part of the document,
 * whose heading is the document's own.
 */
function isBareOpening(paragraph: Paragraph, text: string): boolean {
  const {start, end} = paragraph.position ?? {}
  if (start?.offset === undefined || end?.offset === undefined) return false
  const fence = text.slice(start.offset, end.offset)
  return OPENING.test(fence) && !PLAIN_DIV.test(fence)
}

/** A pandoc div's opening with attributes in braces but no class (no word after a "."): `::: {#sec-risks}`. */
const PLAIN_DIV = /^:+[ \t]*\{(?:[^}.\r\n]|\.(?![A-Za-z]))*\}/u

/** A callout's heading as its title: a paragraph with the heading's text, where the heading was. */
function asTitle(heading: Heading): Paragraph {
  return {type: 'paragraph', children: heading.children, position: heading.position}
}

/**
 * A paragraph without the fences on its first and last lines: the title (if any) as a paragraph of its own, then
 * the rest. Only fences that lie within a plain text node are read (a fence line holds no other markup).
 */
function withoutFences(paragraph: Paragraph, text: string): Paragraph[] {
  const first = paragraph.children[0]
  let title: Paragraph | undefined
  let body: PhrasingContent[] = paragraph.children
  let start = paragraph.position?.start
  let end = paragraph.position?.end
  if (!start || !end || start.offset === undefined || end.offset === undefined) return [paragraph]

  const opening = first?.type === 'text' && first.position && sourceOf(first, text) === first.value ? OPENING.exec(firstLine(first.value)) : null
  if (opening && first?.type === 'text') {
    const line = firstLine(first.value)
    const titleText = (opening[2] ?? opening[3] ?? '').trim()
    if (titleText !== '') {
      const at = line.indexOf(titleText, opening[1]!.length)
      const titleNode = cut(first, at, at + titleText.length)
      title = {type: 'paragraph', children: [titleNode], position: titleNode.position}
    }
    const restStart = first.value.length > line.length ? line.length + lineBreakLength(first.value, line.length) : first.value.length
    body = restStart === first.value.length ? body.slice(1) : [cut(first, restStart, first.value.length), ...body.slice(1)]
    start = body[0]?.position?.start ?? start
  }
  const closing = body.at(-1)
  if (closing?.type === 'text' && closing.position && sourceOf(closing, text) === closing.value) {
    const lineStart = lastLineStart(closing.value)
    if (CLOSING.test(closing.value.slice(lineStart))) {
      const kept = closing.value.slice(0, lineStart).trimEnd()
      body = kept === '' ? body.slice(0, -1) : [...body.slice(0, -1), cut(closing, 0, kept.length)]
      end = body.at(-1)?.position?.end ?? end
    }
  }
  if (body === paragraph.children) return [paragraph]
  const kept: Paragraph[] = title ? [title] : []
  if (body.length > 0) kept.push({type: 'paragraph', children: body, position: {start: body[0]!.position?.start ?? start, end}})
  return kept
}

/** The source of a text node, to check that its value is its source character for character. */
function sourceOf(node: Text, text: string): string {
  return text.slice(node.position!.start.offset!, node.position!.end.offset!)
}

/** Part `[from, to)` of a text node whose value is its source: offsets move with it, lines and columns are worked out. */
function cut(node: Text, from: number, to: number): Text {
  const start = node.position!.start
  const pointAt = (index: number) => {
    const before = node.value.slice(0, index)
    const lines = before.split(/\r\n|\r|\n/u)
    const line = start.line + lines.length - 1
    const column = lines.length === 1 ? start.column + index : lines.at(-1)!.length + 1
    return {line, column, offset: start.offset! + index}
  }
  return {type: 'text', value: node.value.slice(from, to), position: {start: pointAt(from), end: pointAt(to)}}
}

function firstLine(value: string): string {
  const end = value.search(/[\r\n]/u)
  return end === -1 ? value : value.slice(0, end)
}

function lastLineStart(value: string): number {
  const end = Math.max(value.lastIndexOf('\n'), value.lastIndexOf('\r'))
  return end + 1
}

function lineBreakLength(value: string, at: number): number {
  return value.startsWith('\r\n', at) ? 2 : 1
}
