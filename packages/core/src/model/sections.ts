import type {Heading as MdHeading, List, Nodes, Paragraph, Root, RootContent, Table, TableCell} from 'mdast'
import type {Heading, Section, SectionKind} from '../types.js'
import {kindsOfTitle, stripNumbering} from './headings.js'
import {flatTextOf, flattenInline} from './inline.js'
import {firstAtLeast} from '../text/negation.js'
import {isFormQuestion} from '../text/sentences.js'
import {isPlaceholder} from '../text/placeholders.js'
import {isMailFields, isMailHeader, isSalutation} from './mail.js'
import {sourceLines} from './tree.js'
import type {Positions} from './positions.js'
import {toString} from 'mdast-util-to-string'

export {isPlaceholder}

/** A title that names indicators and nothing else: "Indicators", "Indicateurs :", "Indicadores (metas)", "Key indicators". */
const INDICATORS_ONLY = /^(?:key |output |main )?(?:indicators?|indicateurs?(?: cl[ée]s)?|indicadores?(?: clave)?)(?: ?\([^)]{0,40}\))?[ .:]*$/iu

/** Kinds a heading under the background names of the context, not of the project. */
const CONTEXT_KINDS: ReadonlySet<SectionKind> = new Set(['risks', 'budget'])

/** Word exports set sub-headings as bold paragraphs; longer bold text is emphasis, not a heading. */
const MAX_BOLD_HEADING_WORDS = 12

/** A heading found in the tree, before it becomes a section. */
export interface HeadingNode {
  /** What holds the title: a heading, a paragraph, or the first cell of a template's row (`isTemplateTable`). */
  node: MdHeading | Paragraph | TableCell
  heading: Heading
  /** Where an outline item's section ends at the latest: the end of the item that holds its title. */
  itemEnd?: number
}

/** A section plus the internal span `sectionAt` uses: up to the next heading that closes it, blank lines included. */
export interface SectionSpan {
  section: Section
  start: number
  end: number
}

export interface SectionTree {
  sections: Section[]
  spans: SectionSpan[]
  headingNodes: HeadingNode[]
  sectionAt(offset: number): Section | null
  /**
   * The messages around the proposal: a chat export's around the draft they wrote (`chatAroundDraft`), a cover e-mail
   * and the messages it answers before the proposal's title (`letterBeforeProposal`). No text of the proposal.
   */
  correspondence: TextRange[]
}

/** Source offsets of a stretch of the document. */
export interface TextRange {
  start: number
  end: number
}

/**
 * Builds the heading tree from the document's top-level blocks: ATX and
 * setext headings, and bold pseudo-headings, which sit one level below the
 * last real heading. Headings inside lists, quotes or tables are content.
 */
export function buildSections(tree: Root, text: string, positions: Positions): SectionTree {
  const headingNodes: HeadingNode[] = []
  let lastRealDepth = 0
  // An outline may be written as a numbered list ("1. Background" over "1.1 The sector" and its paragraphs): its
  // items' titles are headings, one level below the last Markdown heading. These are the lists and items that hold them.
  const outlineBlocks = new Set<Nodes>()
  // A document converted from a PDF or plain text has no Markdown heading: its titles are lines of their own.
  const topHeadings = tree.children.filter((child) => child.type === 'heading')
  const titledByLines = topHeadings.length === 0
  // An outliner's page may carry its title as the one heading outside its bullets.
  const outlinerPage = titledByLines || (topHeadings.length === 1 && topHeadings[0]!.depth === 1)
  // How many top-level headings come after each block, counted once (`isTemplateTable` asks it of each table).
  const headingsAfter: number[] = []
  for (let index = tree.children.length - 1, count = 0; index >= 0; index--) {
    headingsAfter[index] = count
    if (tree.children[index]!.type === 'heading') count++
  }
  tree.children.forEach((child, index) => {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) return
    const title = underlinedNumberedTitle(child, tree.children[index + 1], text)
    if (title && child.type === 'list') {
      lastRealDepth = 2
      outlineBlocks.add(child).add(child.children[0]!)
      // The heading runs from the number to the end of its underline, as a setext heading's does.
      const underline = tree.children[index + 1]!.position?.end.offset ?? end
      headingNodes.push({node: title, heading: {...makeHeading(title, 2, 'setext', text, positions), range: positions.rangeOf(start, underline)}})
    } else if (child.type === 'heading') {
      lastRealDepth = child.depth
      const style = isSetext(text, start, end) ? 'setext' : 'atx'
      headingNodes.push({node: child, heading: makeHeading(child, child.depth, style, text, positions)})
    } else if (child.type === 'paragraph' && isBoldHeading(child, text)) {
      const depth = Math.min(6, lastRealDepth + 1)
      headingNodes.push({node: child, heading: makeHeading(child, depth, 'bold', text, positions)})
    } else if (child.type === 'table' && !underKindedHeading(headingNodes) && headingsAfter[index]! <= 1 && isTemplateTable(child, text)) {
      // A donor template filled in as one table ("| Section | Content |"): each row is a section, titled by its first cell.
      // It is the proposal, with an annex or two after it at most: a summary table ("Project at a glance") opens a
      // proposal whose sections come after it.
      outlineBlocks.add(child)
      for (const row of child.children.slice(1)) {
        const [title] = row.children
        const {end: rowEnd} = offsetsOf(row)
        outlineBlocks.add(row)
        headingNodes.push({node: title!, heading: makeHeading(title!, Math.min(6, lastRealDepth + 1), 'row', text, positions), itemEnd: rowEnd})
      }
    } else if (child.type === 'list' && isOutline(child, text, outlinerPage)) {
      outlineHeadings(child, lastRealDepth + 1, text, positions, headingNodes, outlineBlocks)
    } else if (titledByLines) {
      // A title may be a one-item numbered list ("1. BACKGROUND"), or the last item of the list before it when a
      // blank line is all that parts them ("9. Operating costs" of a flattened budget, then "7. RISKS").
      const titled = child.type === 'list' && child.ordered === true ? child.children.filter((item) => item.children.length === 1) : [child]
      for (const block of titled) {
        const line = titleLine(block, text, child.type === 'list')
        if (!line) continue
        if (child.type === 'list') outlineBlocks.add(child).add(block)
        const {start: lineStart, end: lineEnd} = offsetsOf(block)
        const from = child.type === 'list' && block === child.children[0] ? start : lineStart
        headingNodes.push({node: line.node, heading: {...makeHeading(line.node, line.depth, 'line', text, positions), range: positions.rangeOf(from, trimEnd(text, lineEnd, from))}})
      }
    }
  })

  const spans: SectionSpan[] = []
  const stack: SectionSpan[] = []
  headingNodes.forEach(({heading, itemEnd}, index) => {
    const start = heading.range.start.offset
    // An outline item's section ends with its item at the latest: the next item, titled or not, is its parent's.
    let end = itemEnd ?? text.length
    for (let later = index + 1; later < headingNodes.length; later++) {
      const next = headingNodes[later]!.heading
      if (next.range.start.offset >= end) break
      if (next.depth <= heading.depth) {
        end = next.range.start.offset
        break
      }
    }
    // An outline item's section may have closed before a deeper heading: it is no parent of what follows its item.
    while (stack.length > 0 && ((stack.at(-1)?.section.heading.depth ?? 0) >= heading.depth || (stack.at(-1)?.end ?? 0) <= start)) stack.pop()
    const parent = stack.at(-1)?.section ?? null
    const rangeEnd = trimEnd(text, end, heading.range.end.offset)
    const contentStart = trimStart(text, heading.range.end.offset, rangeEnd)
    // Risks and costs under the background are the sector's ("1.2 Peligros y riesgos en interior mina", "Cost
    // barriers"), not the project's.
    const inBackground = parent?.isIn('background') === true
    // A bold title "Indicators" inside an output's block lists that output's indicators ("### Output 1 …" then
    // "**Indicators.**" over a list): the output's part, not the proposal's M&E section.
    const outputsIndicators = heading.style === 'bold' && parent?.isIn('activities') === true && INDICATORS_ONLY.test(heading.title)
    const kinds =
      isDocumentTitle(heading, index, headingNodes) || outputsIndicators ? [] : kindsOfTitle(heading.title).filter((kind) => !(inBackground && CONTEXT_KINDS.has(kind)))
    const section: Section = {
      index,
      heading,
      kinds,
      parent,
      children: [],
      range: positions.rangeOf(start, rangeEnd),
      contentRange: contentStart < rangeEnd ? positions.rangeOf(contentStart, rangeEnd) : null,
      hasContent: false,
      isIn(kind: SectionKind): boolean {
        for (let current: Section | null = section; current; current = current.parent) {
          if (current.kinds.includes(kind)) return true
        }
        return false
      },
    }
    parent?.children.push(section)
    const span = {section, start, end}
    spans.push(span)
    stack.push(span)
  })

  const sectionAt = (offset: number): Section | null => {
    let found: Section | null = null
    // Spans nest and come in document order, so the last one holding the offset is the innermost.
    for (const span of spans) {
      if (span.start > offset) break
      if (offset < span.end) found = span.section
    }
    return found
  }

  const headingSet = new Set<Nodes>(headingNodes.map(({node}) => node))
  const markContent = (blocks: readonly RootContent[]): void => {
    for (const child of blocks) {
      if (headingSet.has(child) || !isContent(child)) continue
      // An outline's list holds headings: its content is what its items hold besides their titles.
      if (outlineBlocks.has(child) && 'children' in child) {
        markContent(child.children)
        continue
      }
      const start = child.position?.start.offset
      if (start === undefined) continue
      for (let section = sectionAt(start); section && !section.hasContent; section = section.parent) {
        section.hasContent = true
      }
    }
  }
  markContent(tree.children)

  const sections = spans.map(({section}) => section)
  // A chat's headings title its days and threads ("## Monday, 3 June", "### Thread: budget"), not the proposal's sections.
  const correspondence = [...chatAroundDraft(text, sections), ...letterBeforeProposal(tree, text, headingNodes, sections)]
  for (const section of sections) {
    const start = section.range.start.offset
    if (correspondence.some((part) => start >= part.start && start < part.end)) section.kinds = []
  }
  return {sections, spans, headingNodes, sectionAt, correspondence}
}

/**
 * A proposal pasted under the e-mail that sends it: the document opens with a message's header ("**From:** … **To:** …
 * **Subject:** RE: Comments on first draft") or a letter's salutation ("Dear Karin,"), and the proposal starts at the
 * first heading after it, whose sections name proposal sections. What comes before, the cover letter and the donor's
 * comments it answers, says what was asked and what was changed; the proposal is where it was changed (or not).
 */
function letterBeforeProposal(tree: Root, text: string, headingNodes: readonly HeadingNode[], sections: readonly Section[]): TextRange[] {
  // The first two blocks past the front matter and any comments: only the opening is read.
  const blocks: RootContent[] = []
  for (const child of tree.children) {
    if (child.type === 'yaml' || child.type === 'html') continue
    if (blocks.push(child) === 2) break
  }
  const linesOf = (node: RootContent | undefined) => (node?.type === 'paragraph' ? sourceLines(node, text) : [])
  const opening = linesOf(blocks[0])
  // The header, the salutation, or a subject line over the salutation ("**Asunto:** RE: …" then "Estimada Sra. Beltrán:").
  if (!isMailHeader(opening) && !isSalutation(opening) && !(isMailFields(opening) && isSalutation(linesOf(blocks[1])))) return []
  const {start} = offsetsOf(blocks[0]!)
  // The first heading after it, a bold one as a Word export or a mail program writes it included ("**SAFE AND FAIR JOURNEYS…**").
  const title = headingNodes.find(({node}) => offsetsOf(node).start > start)
  if (!title) return []
  const proposalStart = offsetsOf(title.node).start
  const kinds = new Set(sections.filter((section) => section.range.start.offset >= proposalStart).flatMap((section) => section.kinds))
  return kinds.size >= KINDS_OF_A_DRAFT ? [{start, end: proposalStart}] : []
}

/**
 * The line a chat export opens each message with: the sender in bold, then the time ("**Tahmina Rahman** — 09:12",
 * "**Óscar Mejía** · 10:05", "**Lucía** 3/3 16:40", "> **Marco Bellini** — 14:02" in a thread's quote).
 */
const CHAT_MESSAGE = /^(?:> ?)*\*\*[^*\n]{2,60}\*\*[ \t]+(?:[—–·-][ \t]+)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?[ \t]+)?\d{1,2}[:h.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*$/gmu
/** Messages that make a document a chat export. */
const MESSAGES_OF_A_CHAT = 3
/** Proposal section kinds the text after the last message must have to be the draft the chat wrote. */
const KINDS_OF_A_DRAFT = 2

/**
 * A team may draft its concept note in a chat channel and export the channel, the consolidated draft pasted in it ("##
 * Draft v3 — pasted by Tahmina Rahman", "## Version consolidée — Note conceptuelle"). The draft is the proposal; the
 * messages around it are the talk that led to it, ideas dropped along the way included, as quoted earlier messages of
 * an e-mail are. The draft is the last run of headings between two messages (or after the last) that names proposal
 * sections; what comes from the first message to the draft, and from the next message on, is the chat. The chat's
 * ranges, or none when the document is no such export.
 */
function chatAroundDraft(text: string, sections: readonly Section[]): TextRange[] {
  if (!text.includes('**')) return []
  const messages = [...text.matchAll(CHAT_MESSAGE)].map((message) => message.index)
  if (messages.length < MESSAGES_OF_A_CHAT) return []
  let draft: TextRange | null = null
  // Each run of headings between two messages is read once, from its first heading: sections come in document order.
  let first = sections.findIndex((section) => section.range.start.offset >= messages[0]!)
  while (first !== -1 && first < sections.length) {
    const start = sections[first]!.range.start.offset
    const end = messages[firstAtLeast(messages, start)] ?? text.length
    const kinds = new Set<SectionKind>()
    let next = first
    for (; next < sections.length && sections[next]!.range.start.offset < end; next++) for (const kind of sections[next]!.kinds) kinds.add(kind)
    if (kinds.size >= KINDS_OF_A_DRAFT) draft = {start, end}
    first = Math.max(next, first + 1)
  }
  if (!draft) return []
  return [{start: messages[0]!, end: draft.start}, {start: draft.end, end: text.length}]
}

/** A title's numbering: "2.", "2.3", "2.3.1" (a year has four digits and numbers nothing). */
const TITLE_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?(?=\s)/u

/**
 * A line of its own that a PDF or plain-text conversion gives as a title: one line, short, no sentence and no
 * "Label: value" field, that is numbered ("1.1 Context", "2.3 MONITORING AND EVALUATION", a one-item list "1.
 * BACKGROUND") or written in capitals ("EXECUTIVE SUMMARY"). Its depth follows its numbering: "2." is 1, "2.3" is 2;
 * a title in capitals is 1.
 */
function titleLine(node: Nodes, text: string, listItem: boolean): {node: Paragraph; depth: number} | null {
  const paragraph = node.type === 'paragraph' ? node : node.type === 'listItem' && node.children[0]?.type === 'paragraph' ? node.children[0] : undefined
  const {start, end} = offsetsOf(node)
  if (!paragraph || /[\r\n]/u.test(text.slice(start, trimEnd(text, end, start)))) return null
  // A table of contents' entry ("[6. Igualdad de género](#_Toc190331208)") points at a title; it is none.
  if (paragraph.children.some((child) => child.type === 'link' || child.type === 'linkReference')) return null
  const words = flattenInline(paragraph.children, text, end).text.replace(/\s+/gu, ' ').trim()
  const number = TITLE_NUMBER.exec(words)
  const levels = (listItem ? 1 : 0) + (number ? number[0].replace(/\.$/u, '').split('.').length : 0)
  const title = number ? words.slice(number[0].length).trim() : words
  if (!/^\p{Lu}/u.test(title) || FIELD_LINE.test(title) || /[.,;:!?]$/u.test(title) || title.split(' ').length > MAX_BOLD_HEADING_WORDS) return null
  // Only capitals make an unnumbered line or a list's item a title: "EXECUTIVE SUMMARY", "7. RISKS", not "Project
  // document", "TOTAL 50,000" nor "3. Train the inspectors".
  if ((levels === 0 || listItem) && (/[\p{Ll}\d]/u.test(title) || !/\p{Lu}{3}/u.test(title))) return null
  return {node: paragraph, depth: Math.min(6, Math.max(1, levels))}
}

/** Where a node starts and ends in the source. */
function offsetsOf(node: Nodes): {start: number; end: number} {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

/** Words of an outline item's title at most, as many as a bold heading's: "3.2 Component B – Joint committees". */
const MAX_OUTLINE_TITLE_WORDS = MAX_BOLD_HEADING_WORDS
/** A paragraph numbered as a sub-section of an outline item: "1.1 The sector", "4.2. Risques". */
const SUBSECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\.?\s+\S/u

/**
 * Whether a top-level numbered list is the document's outline: three items or more, most of them a short title
 * followed by the blocks it heads. A list of outputs each with one line of text is content.
 */
function isOutline(list: List, text: string, noHeadings: boolean): boolean {
  if (list.ordered === true) {
    if (list.children.length < 3) return false
    const titled = list.children.filter((item) => item.children.length > 1 && isOutlineTitle(item.children[0], text))
    return titled.length * 2 > list.children.length
  }
  // An outliner's page (Logseq, Workflowy) is bullets all through, with no heading outside them but its title: its sections
  // are the top items, titled by a heading or a bold line ("- ## Objectives", "- **Budget**") over the bullets they hold.
  if (!noHeadings) return false
  const titled = list.children.filter((item) => item.children.length > 1 && isBulletTitle(item.children[0], text))
  return titled.length >= 2 && titled.length * 2 > list.children.length
}

/**
 * Whether a table is a donor template filled in: two columns, four rows or more, and at least three of its rows titled
 * in the first column by a section kind's name ("Égalité de genre", "Suivi et évaluation", "Budget estimatif (USD)").
 */
function isTemplateTable(table: Table, text: string): boolean {
  const rows = table.children.slice(1)
  if (rows.length < 4 || table.children.some((row) => row.children.length !== 2)) return false
  const cellText = (cell: TableCell) => flattenInline(cell.children, text, offsetsOf(cell).end).text.replace(/\s+/gu, ' ').trim()
  const titles = rows.map((row) => cellText(row.children[0]!))
  if (titles.some((title) => title.split(' ').length > MAX_BOLD_HEADING_WORDS || /[.;!?]$/u.test(title))) return false
  // What the rows hold is written out: a budget's lines ("| Gender specialist | 140,000 |") hold figures.
  const written = rows.filter((row) => cellText(row.children[1]!).split(' ').length >= TEMPLATE_CELL_WORDS).length
  return written * 2 >= rows.length && titles.filter((title) => kindsOfTitle(stripNumbering(title)).length > 0).length >= 3
}

/** Words a template's cell has when it is written out, not a figure or a name. */
const TEMPLATE_CELL_WORDS = 6

/** Whether the last heading so far names a section kind: a table under "## Budget" or "## Risks" is that section's. */
function underKindedHeading(headingNodes: readonly HeadingNode[]): boolean {
  const last = headingNodes.at(-1)?.heading
  return last !== undefined && kindsOfTitle(last.title).length > 0
}

/** The title of an outliner's top item: a Markdown heading, or a bold line as Word exports give (`isBoldHeading`). */
function isBulletTitle(node: RootContent | undefined, text: string): node is MdHeading | Paragraph {
  return node?.type === 'heading' || (node?.type === 'paragraph' && isBoldHeading(titleOfBlock(node, text), text))
}

/** A property of an outliner's block, on a line of its own under it: "status:: draft", "owner:: Carlos". */
const PROPERTY_LINE = /^[ \t]*[\p{L}\d_-]{1,40}::/u

/**
 * A block's title without the property lines the outliner writes under it ("**Budget**" over "status:: draft", which
 * CommonMark reads as one paragraph): the paragraph cut at its first line when every line after it is a property.
 */
function titleOfBlock(paragraph: Paragraph, text: string): Paragraph {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return paragraph
  const [first, ...more] = text.slice(start, end).split(/\r\n|\r|\n/u)
  if (more.length === 0 || !more.every((line) => PROPERTY_LINE.test(line))) return paragraph
  const firstEnd = start + first!.length
  const children = paragraph.children.filter((child) => (child.position?.end.offset ?? end) <= firstEnd)
  return {...paragraph, children, position: {start: paragraph.position!.start, end: {line: paragraph.position!.start.line, column: first!.length + paragraph.position!.start.column, offset: firstEnd}}}
}

/** A short line with letters, no sentence and no "Label: value" field: what a title looks like. */
function isOutlineTitle(node: RootContent | undefined, text: string): node is Paragraph {
  if (node?.type !== 'paragraph') return false
  const words = flattenInline(node.children, text, node.position?.end.offset ?? 0).text.replace(/\s+/gu, ' ').trim()
  if (!/\p{L}/u.test(words) || FIELD_LINE.test(words) || /[.;!?]$/u.test(words) || /:\s+\S/u.test(words)) return false
  return stripNumbering(words).split(' ').length <= MAX_OUTLINE_TITLE_WORDS
}

/**
 * The headings of an outline list at `depth`: each titled item's title, then, inside the item, the titles of a nested
 * outline and the paragraphs numbered as its sub-sections ("1.1 The banana export sector"), one level down.
 */
function outlineHeadings(list: List, depth: number, text: string, positions: Positions, headingNodes: HeadingNode[], blocks: Set<Nodes>): void {
  blocks.add(list)
  for (const item of list.children) {
    const [first, ...rest] = item.children
    const bulleted = list.ordered !== true
    const title = bulleted ? (isBulletTitle(first, text) ? first : undefined) : isOutlineTitle(first, text) ? first : undefined
    if (rest.length === 0 || !title) continue
    blocks.add(item)
    const itemEnd = item.position?.end.offset
    // The heading is read from the title's line alone (`titleOfBlock`); the block stays the node that holds it.
    const line = title.type === 'paragraph' && bulleted ? titleOfBlock(title, text) : title
    headingNodes.push({node: title, heading: makeHeading(line, Math.min(6, depth), 'list', text, positions), itemEnd})
    if (bulleted) continue
    for (const child of rest) {
      if (child.type === 'list' && child.ordered === true) {
        outlineHeadings(child, depth + 1, text, positions, headingNodes, blocks)
      } else if (child.type === 'paragraph' && isOutlineTitle(child, text) && SUBSECTION_NUMBER.test(toString(child))) {
        headingNodes.push({node: child, heading: makeHeading(child, Math.min(6, depth + 1), 'list', text, positions), itemEnd})
      }
    }
  }
}

/**
 * The proposal's title: the first real depth-1 heading, when every later
 * heading sits under it. Its words name the project ("Gender equality in
 * cocoa communities"), not a section, so it gets no kinds; otherwise every
 * section would be "in" gender. A first chapter written as `#` ("# 1.
 * Background" followed by "# 2. Objectives") is a section like the others.
 */
function isDocumentTitle(heading: Heading, index: number, headingNodes: readonly HeadingNode[]): boolean {
  if (heading.depth !== 1 || !isRealHeading(heading)) return false
  const earlier = headingNodes.slice(0, index)
  if (earlier.some((other) => other.heading.depth === 1 && isRealHeading(other.heading))) return false
  const later = headingNodes.slice(index + 1)
  return later.length > 0 && later.every((other) => other.heading.depth > 1)
}

/** A Markdown heading, not a bold paragraph or an outline item's title read as one. */
export function isRealHeading(heading: Heading): boolean {
  return heading.style === 'atx' || heading.style === 'setext'
}

/** Whether a top-level block counts as content: comments, link definitions and rules do not. */
function isContent(node: RootContent): boolean {
  switch (node.type) {
    case 'yaml':
    case 'definition':
    case 'thematicBreak':
    case 'heading':
      return false
    case 'html':
      return node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== ''
    case 'paragraph':
    case 'tableCell':
      return !isPlaceholder(toString(node))
    default:
      return true
  }
}

/** A heading's text without the attributes it may end with (pandoc, kramdown, documentation sites): "Genre {#genre}", "{#id .class}". */
function withoutAttributes(heading: string): string {
  const trimmed = heading.trimEnd()
  const open = trimmed.lastIndexOf('{')
  if (!trimmed.endsWith('}') || open === -1 || !'#.'.includes(trimmed[open + 1] ?? '') || trimmed.indexOf('}', open) !== trimmed.length - 1) return heading
  return trimmed.slice(0, open).trimEnd()
}

function makeHeading(
  node: MdHeading | Paragraph | TableCell,
  depth: number,
  style: Heading['style'],
  text: string,
  positions: Positions,
): Heading {
  const start = node.position?.start.offset ?? 0
  // Trailing blanks after a closing "##" are no part of the heading.
  const end = trimEnd(text, node.position?.end.offset ?? start, start)
  const plain = flattenInline(node.children, text, end).text.replace(/\s+/g, ' ').trim()
  const title = withoutFinalMark(stripNumbering(withoutAttributes(plain))).trim() || plain
  return {text: plain, title, depth, style, range: positions.rangeOf(start, end)}
}

/**
 * A title without the colon or full stop that ends it, nor the spaces before
 * that mark ("Budget :"). Not /\s*[:.]$/: retried from each character of a
 * long run of spaces, it reads the run again each time.
 */
function withoutFinalMark(title: string): string {
  return title.endsWith(':') || title.endsWith('.') ? title.slice(0, -1).trimEnd() : title
}

/** A setext heading's node spans its underline: a line of only `=` or `-` at its end. */
/** A line of dashes only, as a setext heading is underlined (not "- - -", a rule written as one). */
const DASH_UNDERLINE = /^-{3,}[ \t]*$/u

/**
 * The title of a numbered setext heading, which CommonMark reads as a list item and a rule: "1. Resumen
 * ejecutivo" over a line of dashes (pandoc escapes it as "1\. Resumen", writers do not). A one-item numbered list
 * whose item is one line, with the dashes on the very next line: read as the level-2 heading it was written as.
 */
function underlinedNumberedTitle(node: RootContent, next: RootContent | undefined, text: string): Paragraph | undefined {
  if (node.type !== 'list' || node.ordered !== true || node.children.length !== 1 || next?.type !== 'thematicBreak') return undefined
  const [item] = node.children
  const paragraph = item!.children.length === 1 && item!.children[0]!.type === 'paragraph' ? item!.children[0] : undefined
  const listEnd = node.position?.end
  const rule = next.position
  if (!paragraph || !listEnd || !rule || rule.start.line !== listEnd.line + 1) return undefined
  const itemText = text.slice(node.position!.start.offset, listEnd.offset)
  const ruleText = text.slice(rule.start.offset, rule.end.offset)
  return !/[\r\n]/u.test(itemText) && DASH_UNDERLINE.test(ruleText) ? paragraph : undefined
}

function isSetext(text: string, start: number, end: number): boolean {
  return /(?:\r\n|\r|\n)[ \t]*(?:=+|-+)[ \t]*$/.test(text.slice(start, end))
}

/**
 * A form's field set in bold, "Label: value" with a figure early in the value: "**Durée : 12 mois**",
 * "**Budget : 260 000 USD**", "**Période : de février 2026 à janvier 2027**". It states one fact and
 * heads nothing: read as a heading, it took the paragraphs after it out of their section. A label that
 * numbers an item ("**Output 1: Trained committees**", "**Month 2: Data retrieval**") is a heading.
 */
const FIELD_LINE = /^[^:：\d]+[:：]\s*(?:[^\s\d]+\s+){0,2}\S*\d/u

/**
 * A paragraph that is one strong span, optionally followed by a colon or a
 * full stop, and short, and no field line. "**Output 1 – Trained committees.**
 * A training needs…" is a bold lead-in to running text, not a heading.
 */
export function isBoldHeading(paragraph: Paragraph, text: string): boolean {
  const children = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const [outer, second, ...rest] = children
  // "***Exit strategy***" is emphasis around strong text.
  const first = outer?.type === 'emphasis' && outer.children.length === 1 ? outer.children[0] : outer
  if (!first || first.type !== 'strong' || rest.length > 0) return false
  if (second && !(second.type === 'text' && /^\s*[:.]\s*$/.test(second.value))) return false
  const words = flatTextOf(first, text).text.trim()
  if (!/\p{L}/u.test(words) || FIELD_LINE.test(words)) return false
  const count = words.split(/\s+/).length
  return count <= MAX_BOLD_HEADING_WORDS || ((NUMBERED_QUESTION.test(words) || isFormQuestion(words)) && count <= MAX_FORM_QUESTION_WORDS)
}

/**
 * A funder's form exported question by question sets each numbered question in bold over its answer ("**Q17.
 * Sustainability: what will continue after the grant ends, and who will pay for it?**", "**3.2 How will the results be
 * measured?**"): a heading, however long. A "Q11." item that asks and then instructs is one too (`isFormQuestion`).
 */
const NUMBERED_QUESTION = /^(?:q(?:uestion)?[ \t]?\d{1,3}|pregunta[ \t]\d{1,3}|\d{1,2}(?:\.\d{1,2}){0,3})[.):]?[ \t][^\r\n]*[?？]$/iu
const MAX_FORM_QUESTION_WORDS = 30

function trimEnd(text: string, end: number, floor: number): number {
  let at = end
  while (at > floor && /\s/.test(text[at - 1] ?? '')) at--
  return at
}

function trimStart(text: string, start: number, ceiling: number): number {
  let at = start
  while (at < ceiling && /\s/.test(text[at] ?? '')) at++
  return at
}
