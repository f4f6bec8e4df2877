// Diagrams drawn as code. A proposal kept where Markdown renders Mermaid (GitHub, GitLab, Quarto, MkDocs) draws its
// theory of change as a flowchart, its workplan as a Gantt chart, its governance as a graph: the labels of those
// diagrams (a node's text, an edge's, a task's name, a section's title) are the proposal's own words, and may be the
// only place it says that the ITC-ILO co-delivers the course or when the needs assessment runs. The rest of a
// diagram is its syntax: identifiers, arrows, dates, styles.
//
// No parser of Mermaid's runs outside a browser, and the labels are all a linter reads: each diagram kind writes
// them in a few fixed places, read here line by line.

/** A label of a diagram: its text (line breaks of the drawing made spaces) and each character's source offset. */
export interface DiagramLabel {
  text: string
  /** `offsets[i]` is the source offset of `text[i]`; one more, the end offset. */
  offsets: number[]
}

/** The info string of a Mermaid block: ```mermaid, or Quarto's and MyST's ```{mermaid}. */
const MERMAID_LANG = /^\{?mermaid\}?$/iu

export function isMermaid(lang: string | null | undefined): boolean {
  return lang !== null && lang !== undefined && MERMAID_LANG.test(lang)
}

/** Lines that set how a diagram looks or behaves, in any kind: no words of the proposal. */
const DIRECTIVE =
  /^(?:%%|classDef\b|class\b|style\b|linkStyle\b|click\b|direction\b|end$|dateFormat\b|axisFormat\b|tickInterval\b|excludes\b|includes\b|todayMarker\b|weekday\b|inclusiveEndDates\b|topAxis\b|accTitle\b|accDescr\b|autonumber\b|showData\b|activate\b|deactivate\b)/u

/** A title or a section's name, in the kinds that have them: "title Plan de travail", "section Output 2". */
const TITLE_OR_SECTION = /^(?:title|section)[ \t]+(\S.*)$/u

/**
 * Where a node's text opens in a flowchart, graph or mind map: its identifier, then the shape's opening bracket,
 * `A[text]`, `A(text)`, `A([text])`, `A[[text]]`, `A[(text)]`, `A((text))`, `A{text}`, `A{{text}}`, `A>text]`,
 * `A[/text/]`. A hyphen belongs to an identifier only when no arrow starts with it ("A-->B[text]").
 */
const NODE_OPENING = /(?<![\p{L}\p{N}_-])[\p{L}\p{N}_](?:[\p{L}\p{N}_]|-(?![-.>=]))*(\[\[|\[\(|\(\[|\(\(\(|\(\(|\{\{|\[\/|\[\\|\[|\(|\{|>)/gu
/** The bracket that closes each shape's. */
const CLOSING: Readonly<Record<string, string>> = {
  '[[': ']]', '[(': ')]', '([': '])', '(((': ')))', '((': '))', '{{': '}}', '[/': '/]', '[\\': '\\]', '[': ']', '(': ')', '{': '}', '>': ']',
}
/** An edge's text between bars: `-->|text|`. */
const BARRED_EDGE = /\|([^|\n]+)\|/gu
/** Where an edge written inside its arrow opens: `-- text -->`, `-. text .->`, `== text ==>`. */
const ARROW_OPENING = /(?:^|[ \t])(?:--|-\.|==)[ \t]/gu
/** Where such an edge's arrow closes. */
const ARROW_CLOSINGS = [' -->', ' ---', ' .->', ' ==>', ' --o', ' --x']
/** What opens a sequence diagram's participant with a name ("participant U as Union help desk") and its blocks ("loop Every quarter"). */
const PARTICIPANT_OPENING = /^(?:participant|actor)[ \t]+\S+[ \t]+as[ \t]/u
const SEQUENCE_BLOCK_OPENING = /^(?:loop|alt|else|opt|par|and|critical|break)[ \t]/u
/** The arrows of a sequence diagram's message ("A->>B: text"); a note is "Note over A: text". */
const MESSAGE_ARROW = /->>|->|-x|-\)/u
/** A pie's title on its first line: "pie title Budget shares". */
const PIE_TITLE_OPENING = /^pie[ \t]+title[ \t]/u
/** A pie slice: `"Gender activities" : 120000`. */
const SLICE = /^"([^"]+)"[ \t]*:/u

/** A line's text, without its line ending. */
const LINE = /[^\r\n]+/gu

/** A label's text, where its drawing breaks a line or quotes it: `"Comité de pilotage<br/>ministères"`. */
const BREAK = /<br[ \t]*\/?>/giu

/**
 * The labels of a Mermaid block, as written in the source: `source` is the document's text and `[start, end)` the
 * fenced block, fences included. Labels come in the order they are written.
 */
export function mermaidLabels(source: string, start: number, end: number): DiagramLabel[] {
  const labels: DiagramLabel[] = []
  let kind: string | undefined
  // Line by line, whatever ends them ("\n", "\r\n", or "\r" alone). The fence's own line is skipped, and so is the
  // closing fence (a line of backticks or tildes).
  let first = true
  for (const {index: lineStart, 0: raw} of source.slice(start, end).matchAll(LINE)) {
    if (first) {
      first = false
      continue
    }
    const indent = raw.length - raw.trimStart().length
    const line = raw.trim()
    const at = start + lineStart + indent
    if (line === '' || /^(?:`{3,}|~{3,})$/u.test(line) || DIRECTIVE.test(line)) continue
    if (kind === undefined) {
      // The first line names the kind ("flowchart LR", "graph TD", "gantt", "sequenceDiagram", "pie title Budget").
      kind = line.split(/\s+/u)[0]!.toLowerCase()
      const title = PIE_TITLE_OPENING.exec(line)
      if (title) add(labels, at + title[0].length, line.slice(title[0].length))
      continue
    }
    for (const [offset, text] of labelsOfLine(kind, line)) add(labels, at + offset, text)
  }
  return labels
}

/** The labels of one line of a diagram of the given kind, each with where it starts in the line. */
function labelsOfLine(kind: string, line: string): Array<[number, string]> {
  const titled = TITLE_OR_SECTION.exec(line)
  if (titled && kind !== 'flowchart' && kind !== 'graph') return [[line.indexOf(titled[1]!, 5), titled[1]!]]
  switch (kind) {
    case 'flowchart':
    case 'graph':
      return flowchartLabels(line)
    case 'gantt':
    case 'journey': {
      const colon = line.indexOf(':')
      return colon > 0 ? [[0, line.slice(0, colon)]] : []
    }
    case 'timeline':
      return partsOf(line)
    case 'pie': {
      const slice = SLICE.exec(line)
      return slice ? [[1, slice[1]!]] : []
    }
    case 'mindmap': {
      const [node] = nodeTexts(line)
      return node ? [[node.from, node.text]] : [[0, line]]
    }
    case 'sequencediagram': {
      const opening = PARTICIPANT_OPENING.exec(line) ?? SEQUENCE_BLOCK_OPENING.exec(line)
      if (opening) return [[opening[0].length, line.slice(opening[0].length)]]
      const colon = line.indexOf(':')
      const before = line.slice(0, Math.max(0, colon))
      return colon > 0 && (MESSAGE_ARROW.test(before) || /^note\b/iu.test(before)) ? [[colon + 1, line.slice(colon + 1)]] : []
    }
    default:
      return []
  }
}

/** A flowchart line's node texts and edge texts, in the order they are written. */
function flowchartLabels(line: string): Array<[number, string]> {
  if (/^subgraph[ \t]/u.test(line)) {
    // `subgraph ACT [Activities]` titles the subgraph in brackets; `subgraph Activities` by its identifier.
    const open = line.indexOf('[')
    const close = line.lastIndexOf(']')
    return open !== -1 && close > open ? [[open + 1, line.slice(open + 1, close)]] : [[9, line.slice(9)]]
  }
  const nodes = nodeTexts(line)
  const found = nodes.map(({from, text}): [number, string] => [from, text])
  // An edge's text is outside the nodes: a node's may hold a bar or an arrow.
  const outside = (from: number) => !nodes.some((node) => from >= node.from && from < node.to)
  for (const edge of line.matchAll(BARRED_EDGE)) if (outside(edge.index + 1)) found.push([edge.index + 1, edge[1]!])
  for (const opening of line.matchAll(ARROW_OPENING)) {
    const from = opening.index + opening[0].length
    const ends = ARROW_CLOSINGS.map((closing) => line.indexOf(closing, from)).filter((end) => end !== -1)
    if (ends.length > 0 && outside(from)) found.push([from, line.slice(from, Math.min(...ends))])
  }
  return found.sort((a, b) => a[0] - b[0])
}

/** The texts of a line's nodes, each with where it starts and where its closing bracket ends. */
function nodeTexts(line: string): Array<{from: number; to: number; text: string}> {
  const nodes: Array<{from: number; to: number; text: string}> = []
  let consumed = 0
  for (const opening of line.matchAll(NODE_OPENING)) {
    const from = opening.index + opening[0].length
    if (opening.index < consumed) continue
    const closing = CLOSING[opening[1]!]!
    // A quoted text may hold the closing bracket: `A["Cooperatives (30)"]`.
    const quoteEnd = line[from] === '"' ? line.indexOf('"', from + 1) : from
    const to = quoteEnd === -1 ? -1 : line.indexOf(closing, quoteEnd)
    if (to === -1) continue
    nodes.push({from, to: to + closing.length, text: line.slice(from, to)})
    consumed = to + closing.length
  }
  return nodes
}

/** A timeline's period and events: "2025 : Baseline survey : Training of trainers". */
function partsOf(line: string): Array<[number, string]> {
  const parts: Array<[number, string]> = []
  let from = 0
  for (const part of line.split(':')) {
    parts.push([from, part])
    from += part.length + 1
  }
  return parts
}

/** What may stand around a label's words: spaces, quotes, a markdown string's backticks. */
const QUOTING = new Set([' ', '\t', '"', "'", '`'])

/** Adds a label written at `from` in the source, without its quotes and with its drawing's line breaks made spaces. */
function add(labels: DiagramLabel[], from: number, written: string): void {
  let text = ''
  const offsets: number[] = []
  let index = 0
  const breaks = [...written.matchAll(BREAK)]
  for (const brk of [...breaks, null]) {
    const until = brk ? brk.index : written.length
    for (; index < until; index++) {
      text += written[index]
      offsets.push(from + index)
    }
    if (brk) {
      text += ' '
      offsets.push(from + brk.index)
      index = brk.index + brk[0].length
    }
  }
  // Quotes and markdown-string backticks around the label are its drawing's, not its words.
  let lead = 0
  let tail = text.length
  while (lead < tail && QUOTING.has(text[lead]!)) lead++
  while (tail > lead && QUOTING.has(text[tail - 1]!)) tail--
  const label = text.slice(lead, tail)
  if (!/\p{L}/u.test(label)) return
  const kept = offsets.slice(lead, tail)
  kept.push((kept.at(-1) ?? from) + 1)
  labels.push({text: label, offsets: kept})
}
