import type {Root, Yaml} from 'mdast'
import {isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode} from 'yaml'
import type {FrontMatter, FrontMatterEntry, Range} from '../types.js'
import type {Positions} from './positions.js'

/**
 * Reads the YAML front matter (remark-frontmatter's `yaml` node) with the
 * `yaml` package, keeping source ranges so that every key, at every level,
 * can be pointed at in the document. Never throws: syntax errors and
 * non-mapping documents become `errors`.
 */
export function readFrontMatter(tree: Root, text: string, positions: Positions): FrontMatter | null {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml')
  const start = node?.position?.start.offset
  const end = node?.position?.end.offset
  if (!node || start === undefined || end === undefined) return null

  // The YAML text is what lies between the fence lines, taken from the
  // source itself so that YAML offsets plus `contentStart` are document offsets.
  const contentStart = afterLineEnding(text, start)
  const closingFence = lineStart(text, end)
  const contentEnd = Math.max(contentStart, beforeLineEnding(text, closingFence))
  const raw = text.slice(contentStart, contentEnd)

  const errors: FrontMatter['errors'] = []
  const entries = new Map<string, FrontMatterEntry>()
  let data: Record<string, unknown> | null = null

  // Past the closing fence: a range that stays inside the front matter for errors at the very end.
  const lastContentLine = contentEnd > contentStart ? contentEnd : end
  const errorRange = (offset: number): Range => lineRange(text, positions, Math.min(contentStart + offset, lastContentLine), contentStart)

  try {
    const document = parseDocument(raw, {prettyErrors: false})
    for (const error of document.errors) {
      errors.push({message: asSentence(error.message), range: errorRange(error.pos[0])})
    }
    const contents = document.contents
    if (isMap(contents)) {
      collectEntries(contents, '', document, contentStart, positions, entries)
    }
    if (document.errors.length === 0) {
      if (contents === null || (isScalar(contents) && contents.value === null)) {
        // Fences with nothing (or only comments) between them: an empty mapping.
        data = {}
      } else if (isMap(contents)) {
        const value: unknown = document.toJS()
        data = isRecord(value) ? value : null
      } else {
        const range = contents.range ?? [0, raw.length, raw.length]
        errors.push({
          message: `Front matter must be a mapping of keys to values, not ${isSeq(contents) ? 'a list' : 'a single value'}.`,
          range: errorRange(range[0]),
        })
      }
    }
  } catch (error) {
    // yaml reports problems through `document.errors`; this is for the unexpected (alias bombs, stack depth).
    errors.push({message: asSentence(error instanceof Error ? error.message : String(error)), range: errorRange(0)})
    data = null
  }

  return {range: positions.rangeOf(start, end), raw, data, entries, errors}
}

function collectEntries(
  map: YamlNode,
  prefix: string,
  document: Document,
  base: number,
  positions: Positions,
  entries: Map<string, FrontMatterEntry>,
): void {
  if (!isMap(map)) return
  for (const pair of map.items) {
    const key = pair.key
    if (!isScalar(key) || !key.range) continue
    const path = prefix + String(key.value)
    const value = pair.value as YamlNode | null
    const keyRange = positions.rangeOf(base + key.range[0], base + key.range[1])
    const valueRange = value?.range
      ? positions.rangeOf(base + value.range[0], base + value.range[1])
      : positions.rangeOf(base + key.range[1], base + key.range[1])
    if (!entries.has(path)) {
      entries.set(path, {path, value: value ? safeToJs(value, document) : null, keyRange, valueRange})
    }
    if (isMap(value)) collectEntries(value, `${path}.`, document, base, positions, entries)
    if (isSeq(value)) {
      value.items.forEach((item, index) => {
        if (isMap(item)) collectEntries(item, `${path}.${index}.`, document, base, positions, entries)
      })
    }
  }
}

function safeToJs(node: YamlNode, document: Document): unknown {
  try {
    return node.toJS(document)
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A YAML parser message as one sentence: its first line, without a trailing
 * colon, ending with a full stop ("… end with a ]" becomes "… end with a ]."),
 * so that the sentence a rule puts after it does not run on from it.
 */
export function asSentence(message: string): string {
  const line = (message.split(/\r?\n/)[0] ?? '').trim().replace(/\s*:$/, '')
  if (line === '') return 'The YAML does not parse.'
  return /[.!?]$/.test(line) ? line : `${line}.`
}

/** The line holding `offset`, without its indentation and line ending; blank lines give way to the previous non-blank line (not before `floor`). */
function lineRange(text: string, positions: Positions, offset: number, floor: number): Range {
  let line = positions.lineAt(offset)
  while (text.slice(line.start, line.end).trim() === '' && line.start > floor) {
    line = positions.lineAt(beforeLineEnding(text, line.start))
  }
  let start = line.start
  while (start < line.end && /[ \t]/.test(text[start] ?? '')) start++
  return positions.rangeOf(start, line.end)
}

function afterLineEnding(text: string, offset: number): number {
  let index = offset
  while (index < text.length && text[index] !== '\n' && text[index] !== '\r') index++
  if (text[index] === '\r' && text[index + 1] === '\n') return index + 2
  return Math.min(index + 1, text.length)
}

function lineStart(text: string, offset: number): number {
  let index = offset
  while (index > 0 && text[index - 1] !== '\n' && text[index - 1] !== '\r') index--
  return index
}

/** The offset where the line ending just before `offset` (a line start) begins. */
function beforeLineEnding(text: string, offset: number): number {
  if (offset >= 2 && text[offset - 2] === '\r' && text[offset - 1] === '\n') return offset - 2
  if (offset >= 1 && (text[offset - 1] === '\n' || text[offset - 1] === '\r')) return offset - 1
  return offset
}
