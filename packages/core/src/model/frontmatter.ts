import type {Root, Yaml} from 'mdast'
import {isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type YAMLError} from 'yaml'
import type {FrontMatter, FrontMatterEntry, FrontMatterField, Range, Section, SectionKind} from '../types.js'
import {kindsOfTitle} from './headings.js'
import {lineStart, type Positions} from './positions.js'

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
  const fields: FrontMatterField[] = []
  let data: Record<string, unknown> | null = null

  // Past the closing fence: a range that stays inside the front matter for errors at the very end.
  const lastContentLine = contentEnd > contentStart ? contentEnd : end
  const yaml = withLfLineEndings(raw)
  const at = (offset: number): number => contentStart + yaml.toRaw(offset)
  const errorRange = (offset: number): Range => lineRange(text, positions, Math.min(at(offset), lastContentLine), contentStart)

  try {
    // The yaml package looks for each key among all the keys before it in its map, which made a front matter
    // of thousands of keys take minutes: duplicates are found here instead, in one pass (`withDuplicateKeys`).
    const document = parseDocument(yaml.text, {prettyErrors: false, uniqueKeys: false, logLevel: 'error'})
    const yamlErrors = withDuplicateKeys(document)
    for (const error of yamlErrors) {
      errors.push({message: asSentence(error.message), range: errorRange(error.offset)})
    }
    const contents = document.contents
    // Converting may throw (an alias bomb): the entries are still collected (each converted alone), then the error is reported.
    let failure: {error: unknown} | undefined
    if (yamlErrors.length === 0) {
      if (contents === null || (isScalar(contents) && contents.value === null)) {
        // Fences with nothing (or only comments) between them: an empty mapping.
        data = {}
      } else if (isMap(contents)) {
        try {
          const value: unknown = document.toJS()
          data = isRecord(value) ? value : null
        } catch (error) {
          failure = {error}
        }
      } else {
        const range = contents.range ?? [0, raw.length, raw.length]
        errors.push({
          message: `Front matter must be a mapping of keys to values, not ${isSeq(contents) ? 'a list' : 'a single value'}.`,
          range: errorRange(range[0]),
        })
      }
    }
    if (isMap(contents)) {
      collectEntries(contents, '', document, data ?? undefined, at, positions, entries)
      if (yamlErrors.length === 0) collectFields(contents, at, text, positions, fields)
    }
    if (failure) throw failure.error
  } catch (error) {
    // yaml reports problems through `document.errors`; this is for the unexpected (alias bombs, stack depth).
    errors.push({message: asSentence(error instanceof Error ? error.message : String(error)), range: errorRange(0)})
    data = null
  }

  return {range: positions.rangeOf(start, end), raw, data, entries, errors, fields}
}

/** The keys the checklist knows (and lessonlint's own): their values are settings, not text of the proposal. */
const KNOWN_KEYS = new Set(['title', 'themes', 'components', 'duration_months', 'countries', 'budget_total', 'currency', 'language', 'lessonlint'])

/**
 * What publishing tools (Quarto, R Markdown, Pandoc, Jekyll, Hugo, Docusaurus) keep about the file itself: who wrote
 * it and where they work, when, how it is rendered. An author's affiliation is not a partner of the project.
 */
const DOCUMENT_KEYS = new Set([
  'author', 'authors', 'affiliation', 'affiliations', 'institute', 'editor', 'editors', 'date', 'date-format', 'date-modified', 'format',
  'output', 'bibliography', 'csl', 'citation', 'execute', 'jupyter', 'knitr', 'engine', 'toc', 'lang', 'layout', 'permalink', 'slug',
])

/** Whether a value says something: two words of letters at least ("Ministère des Affaires étrangères", not "draft" or "USD"). */
export function saysSomething(value: string): boolean {
  return value.split(/\s+/u).filter((word) => /\p{L}\p{L}/u.test(word)).length >= 2
}

/**
 * The front matter's own text (`FrontMatter.fields`): under each top-level key that is not a known one, each list item
 * (its scalar values and its lists of scalars, or the item itself) and each text value, when it says something in words.
 */
function collectFields(map: YamlNode, at: (offset: number) => number, text: string, positions: Positions, fields: FrontMatterField[]): void {
  if (!isMap(map)) return
  for (const pair of map.items) {
    const key = pair.key
    if (!isScalar(key) || !key.range || KNOWN_KEYS.has(String(key.value)) || DOCUMENT_KEYS.has(String(key.value).toLowerCase())) continue
    const keyRange = positions.rangeOf(at(key.range[0]), at(key.range[1]))
    const value = pair.value as YamlNode | null
    const records: Array<{parts: FieldPart[]; listItem: boolean}> = []
    if (isSeq(value)) {
      for (const item of value.items as Array<YamlNode | null>) {
        records.push({parts: isMap(item) ? recordParts(item.items, at, text) : placedScalar(item, at, text), listItem: true})
      }
    } else if (isMap(value)) {
      for (const inner of value.items) records.push({parts: placedScalar(inner.value as YamlNode | null, at, text), listItem: false})
    } else {
      records.push({parts: placedScalar(value, at, text), listItem: false})
    }
    let section: Section | null = null
    for (const {parts, listItem} of records) {
      if (!parts.some((part) => saysSomething(part.value))) continue
      section ??= fieldSection(String(key.value), keyRange)
      fields.push({key: String(key.value), keyRange, listItem, parts, section})
    }
  }
}

type FieldPart = FrontMatterField['parts'][number]

/**
 * A record's text: its values joined by " : " ("Conférence des travailleurs de Madagascar (CTM) : Membre du comité de
 * pilotage…", "Expertise genre : 36000"), a list within it as written ("disaggregation: sex, sector"); and the source
 * offset of each of its characters, and of its end (a joiner stands where the value after it does).
 */
export function fieldText(field: FrontMatterField): {text: string; offsets: number[]} {
  let text = ''
  const offsets: number[] = []
  field.parts.forEach((part, index) => {
    if (index > 0) {
      const joiner = part.joiner ?? ' : '
      text += joiner
      for (let at = 0; at < joiner.length; at++) offsets.push(part.start)
    }
    text += part.value
    for (let at = 0; at < part.value.length; at++) offsets.push(part.start + at)
  })
  const last = field.parts.at(-1)!
  offsets.push(last.start + last.value.length)
  return {text, offsets}
}

/**
 * What the pairs of a record give its text: a scalar its value; a list of scalars its key and items, as written
 * ("disaggregation: sex, sector"), for the key says what the list is, and as a sentence of its own, as a nested
 * item under a list item would be; anything deeper nothing.
 */
function recordParts(pairs: ReadonlyArray<{key: unknown; value: unknown}>, at: (offset: number) => number, text: string): FieldPart[] {
  const parts: FieldPart[] = []
  let afterList = false
  for (const pair of pairs) {
    const value = pair.value as YamlNode | null
    if (!isSeq(value)) {
      const placed = placedScalar(value, at, text)
      if (afterList && placed.length > 0) placed[0] = {...placed[0]!, joiner: SENTENCE_BREAK}
      parts.push(...placed)
      afterList &&= placed.length === 0
      continue
    }
    const items = (value.items as Array<YamlNode | null>).flatMap((item) => placedScalar(item, at, text))
    const label = placedScalar(pair.key as YamlNode | null, at, text)
    if (items.length === 0 || label.length === 0) continue
    parts.push({...label[0]!, joiner: SENTENCE_BREAK}, ...items.map((item, index) => ({...item, joiner: index === 0 ? ': ' : ', '})))
    afterList = true
  }
  return parts
}

/** A blank line: within a text block, it always ends a sentence (`sentenceSpans`). */
const SENTENCE_BREAK = '\n\n'

/** The section a front matter key stands for: titled by the key's words, its kinds theirs, outside the document's sections. */
function fieldSection(key: string, keyRange: Range): Section {
  const title = key.replace(/[_-]+/gu, ' ').trim()
  const kinds: SectionKind[] = kindsOfTitle(title)
  return {
    index: -1,
    heading: {text: key, title, depth: 1, style: 'field', range: keyRange},
    kinds,
    parent: null,
    children: [],
    range: keyRange,
    contentRange: null,
    hasContent: true,
    isIn: (kind) => kinds.includes(kind),
  }
}

/** A text or number value where it stands in the document as written; none when escapes or folding changed it. */
function placedScalar(node: YamlNode | null, at: (offset: number) => number, text: string): FieldPart[] {
  if (!node || !isScalar(node) || !node.range || (typeof node.value !== 'string' && typeof node.value !== 'number')) return []
  const value = String(node.value).trim()
  const from = at(node.range[0])
  const found = value === '' ? -1 : text.slice(from, at(node.range[1])).indexOf(value)
  return found === -1 ? [] : [{value, start: from + found}]
}

/**
 * The YAML with every line ending a \n, and the way back to offsets in `raw`.
 * A line ends at \r\n, \n or a lone \r in Markdown and LSP, and the parsed
 * values are the same whatever the ending (YAML normalises line breaks), but
 * the yaml package reads a lone \r as no line break at all and reports some
 * errors of broken YAML differently after \r\n than after \n.
 */
function withLfLineEndings(raw: string): {text: string; toRaw: (offset: number) => number} {
  if (!raw.includes('\r')) return {text: raw, toRaw: (offset) => offset}
  // Offsets in the new text just after each \r\n made \n: from there on, raw offsets are one more per such ending.
  const collapsed: number[] = []
  let text = ''
  let from = 0
  for (let index = raw.indexOf('\r'); index !== -1; index = raw.indexOf('\r', index + 1)) {
    text += raw.slice(from, index) + '\n'
    if (raw[index + 1] === '\n') {
      index++
      collapsed.push(text.length)
    }
    from = index + 1
  }
  text += raw.slice(from)
  const toRaw = (offset: number): number => {
    let low = 0
    let high = collapsed.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (collapsed[middle]! <= offset) low = middle + 1
      else high = middle
    }
    return offset + low
  }
  return {text, toRaw}
}

function collectEntries(
  map: YamlNode,
  prefix: string,
  document: Document,
  scope: unknown,
  at: (offset: number) => number,
  positions: Positions,
  entries: Map<string, FrontMatterEntry>,
): void {
  if (!isMap(map)) return
  // `scope` is this mapping's value converted with the whole front matter (undefined when the YAML is
  // not valid): an entry's value is read from it rather than converted on its own, which costs the
  // entry's whole subtree (every level of a deep mapping again) and, for each alias, a search of the
  // document. Keys that read the same as text ("1" and 1) share one property there: those convert alone.
  const names = new Map<string, number>()
  for (const pair of map.items) {
    if (isScalar(pair.key)) names.set(String(pair.key.value), (names.get(String(pair.key.value)) ?? 0) + 1)
  }
  for (const pair of map.items) {
    const key = pair.key
    if (!isScalar(key) || !key.range) continue
    const name = String(key.value)
    const path = prefix + name
    const value = pair.value as YamlNode | null
    const keyRange = positions.rangeOf(at(key.range[0]), at(key.range[1]))
    const valueRange = value?.range
      ? positions.rangeOf(at(value.range[0]), at(value.range[1]))
      : positions.rangeOf(at(key.range[1]), at(key.range[1]))
    const known = typeof scope === 'object' && scope !== null && names.get(name) === 1 && Object.hasOwn(scope, name)
    const converted: unknown = known ? (scope as Record<string, unknown>)[name] : undefined
    if (!entries.has(path)) {
      entries.set(path, {path, value: value ? (known ? converted : safeToJs(value, document)) : null, keyRange, valueRange})
    }
    if (isMap(value)) collectEntries(value, `${path}.`, document, converted, at, positions, entries)
    if (isSeq(value)) {
      value.items.forEach((item, index) => {
        const itemScope = Array.isArray(converted) ? converted[index] : undefined
        if (isMap(item)) collectEntries(item, `${path}.${index}.`, document, itemScope, at, positions, entries)
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

/** A YAML error: its message and where it starts in the YAML text. */
interface YamlProblem {
  message: string
  offset: number
}

/**
 * The document's errors with "Map keys must be unique" where the yaml
 * package reports it (at the start of the repeated key, in source order),
 * found in one pass: a key repeats an earlier one of its map when both are
 * scalars with the same value (or the same node).
 */
function withDuplicateKeys(document: Document): YamlProblem[] {
  const problems: YamlProblem[] = document.errors.map((error: YAMLError) => ({message: error.message, offset: error.pos[0]}))
  const duplicates: YamlProblem[] = []
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>()
      for (const pair of map.items) {
        const key = pair.key as YamlNode | null
        // As the yaml package compares keys: equal scalar values (NaN equals nothing), else the same node.
        const identity = isScalar(key) && !Number.isNaN(key.value) ? key.value : key
        if (seen.has(identity) && key?.range) duplicates.push({message: 'Map keys must be unique', offset: key.range[0]})
        seen.add(identity)
      }
    },
  })
  if (duplicates.length === 0) return problems
  duplicates.sort((a, b) => a.offset - b.offset)
  const merged: YamlProblem[] = []
  let next = 0
  for (const problem of problems) {
    while (next < duplicates.length && duplicates[next]!.offset <= problem.offset) merged.push(duplicates[next++]!)
    merged.push(problem)
  }
  return [...merged, ...duplicates.slice(next)]
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
  const first = (message.split(/\r?\n/)[0] ?? '').trim()
  // Not /\s*:$/, which rereads a long run of spaces from each of its characters.
  const line = first.endsWith(':') ? first.slice(0, -1).trimEnd() : first
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

/** The offset where the line ending just before `offset` (a line start) begins. */
function beforeLineEnding(text: string, offset: number): number {
  if (offset >= 2 && text[offset - 2] === '\r' && text[offset - 1] === '\n') return offset - 2
  if (offset >= 1 && (text[offset - 1] === '\n' || text[offset - 1] === '\r')) return offset - 1
  return offset
}
