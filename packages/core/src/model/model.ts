import type {Root} from 'mdast'
import type {TextBlock} from '../text/blocks.js'
import {findInSentences, mentionIndex, sentencesMentioning, splitSentences} from '../text/index.js'
import type {Heading, Lexicon, Match, ProposalModel, Range, SearchOptions, Section, SectionKind, Sentence, TableRow} from '../types.js'
import {collectComments} from './comments.js'
import {readFrontMatter} from './frontmatter.js'
import {collectIndicators} from './indicators.js'
import {isLanguage, readLanguage} from './language.js'
import {collectListItems} from './lists.js'
import {createPositions, dominantEol, stripBom, type Positions} from './positions.js'
import {isGenericPartName, kindsOfTitle} from './headings.js'
import {parseMarkdown} from './parse.js'
import type {ParsedDocument} from './reparse.js'
import {buildSections, isRealHeading} from './sections.js'
import {collectTables} from './tables.js'
import {buildTextBlocks} from './textblocks.js'
import {nodePathAt, someNodeWithin} from './tree.js'
import {firstAtLeast} from '../text/negation.js'
import {sentenceOffsets} from '../text/sentences.js'

export interface BuildModelOptions {
  filePath?: string
  /**
   * The same document's last model (or its text and tree), when this text is
   * an edit of it: only the blocks around what changed are parsed again. The
   * model is the same as without it; the previous one is left unchanged (unless
   * `consumePrevious` gives it up).
   */
  previous?: ParsedDocument
  /**
   * The caller never uses `previous` again (nor its model): its blocks after the edit are moved
   * where they now stand rather than copied, which is most of what a long document's re-lint
   * allocates. The language server's lint worker keeps only the last parse of each document.
   */
  consumePrevious?: boolean
}

/**
 * Parses a proposal once and answers every question rules ask about it.
 * Never throws: should parsing or reading the tree fail on some input, the
 * model holds the text with no structure rather than breaking the lint, and
 * says why in `unreadable` (the lint then reports that, not the rules' findings).
 */
export function buildModel(input: string, options: BuildModelOptions = {}): ProposalModel {
  const {text, hadBom} = stripBom(typeof input === 'string' ? input : String(input ?? ''))
  try {
    return assemble(text, hadBom, parseMarkdown(text, options.previous, options.consumePrevious === true), options)
  } catch (error) {
    return assemble(text, hadBom, {type: 'root', children: []}, options, error instanceof Error ? error.message : String(error))
  }
}

function assemble(text: string, hadBom: boolean, tree: Root, options: BuildModelOptions, unreadable?: string): ProposalModel {
  const positions = createPositions(text)

  const frontMatter = readFrontMatter(tree, text, positions)
  const {sections, headingNodes, sectionAt, correspondence} = buildSections(tree, text, positions)
  const tables = collectTables(tree, text, positions, sectionAt)
  // Rules ask for the row of each table-cell mention: found by bisection over the body rows (tables come in
  // document order and do not overlap), not by scanning every row each time.
  const bodyRows = tables.flatMap(({table}) => table.rows)
  const bodyRowEnds = bodyRows.map((row) => row.range.end.offset)
  const tableRowAt = (offset: number): TableRow | null => {
    const row = bodyRows[firstAtLeast(bodyRowEnds, offset + 1)]
    return row && row.range.start.offset <= offset ? row : null
  }
  const listRecords = collectListItems(tree, text, positions, sectionAt)
  const indicators = collectIndicators(tables, listRecords, text, {tree, positions, sections, sectionAt}, frontMatter?.fields)
  const comments = collectComments(tree, text, positions)

  let blocks: TextBlock[] | undefined
  const getBlocks = (): TextBlock[] => (blocks ??= buildTextBlocks(tree, text, headingNodes, sections, sectionAt, frontMatter?.fields, correspondence))
  let allSentences: Sentence[] | undefined
  const getSentences = (): Sentence[] => (allSentences ??= getBlocks().flatMap((block) => sentencesOf(block, positions)))

  const declared = frontMatter?.data?.['language']
  const detected = isLanguage(declared) ? undefined : readLanguage(getBlocks().map((block) => block.text))
  const language = detected ? detected.language : (declared as string).toLowerCase() as ProposalModel['language']
  const languageSource: ProposalModel['languageSource'] = detected ? (detected.told ? 'text' : 'default') : 'front-matter'

  const title = pickTitle(sections.map((section) => section.heading), frontMatter?.data?.['title'])
  const titleRange = title?.range ?? firstLineRange(text, frontMatter?.range ?? null, positions)

  let ordered: OrderedSentences | undefined
  const getOrdered = (): OrderedSentences => (ordered ??= orderSentences(getSentences()))

  const sentences = (search: Omit<SearchOptions, 'includeNegated'> = {}): Sentence[] =>
    overlapping(getOrdered(), search.within).filter((sentence) => keep(sentence, search))

  // Sentence filters as in `sentences()`, except that `within` keeps the matches inside it (a sentence may straddle it).
  // Rules ask the same document-wide questions again and again (each scope helper, each rule): those answers are kept.
  const documentWide = new Map<Lexicon, {mentioning: Sentence[]; byOptions: Map<string, Match[]>}>()
  let mentioning: ((lexicon: Lexicon) => Sentence[]) | undefined
  const find = (lexicon: Lexicon, search: SearchOptions = {}): Match[] => {
    if (search.within) return findInSentences(overlapping(getOrdered(), search.within), lexicon, search)
    const key = JSON.stringify([search.in ?? null, search.notIn ?? null, search.includeNegated ?? false, search.includeHeadings ?? true])
    let lexiconWide = documentWide.get(lexicon)
    if (!lexiconWide) {
      // The sentences that mention the lexicon at all, once: each set of options then reads only those.
      // An edit's re-lint asks the same texts as the last lint: it indexes them once by the lexicons they mention
      // (kept with each text). A first lint sees each text once, and asking each sentence as needed costs less.
      mentioning ??= options.previous ? mentionIndex(getSentences()) : (wanted) => sentencesMentioning(getSentences(), wanted)
      lexiconWide = {mentioning: mentioning(lexicon), byOptions: new Map()}
      documentWide.set(lexicon, lexiconWide)
    }
    let matches = lexiconWide.byOptions.get(key)
    if (!matches) lexiconWide.byOptions.set(key, (matches = findInSentences(lexiconWide.mentioning, lexicon, search)))
    return [...matches]
  }

  return {
    text,
    hadBom,
    ...(unreadable === undefined ? {} : {unreadable}),
    eol: dominantEol(text),
    filePath: options.filePath,
    language,
    languageSource,
    frontMatter,
    title,
    titleRange,
    sections,
    tables: tables.map(({table}) => table),
    listItems: listRecords.map(({item}) => item),
    indicators,
    comments,
    tree,
    sectionsOf: (kind: SectionKind): Section[] => sections.filter((section) => section.kinds.includes(kind)),
    sectionAt,
    sentences,
    find,
    has: (lexicon, search = {}) => find(lexicon, {...search, includeNegated: false}).length > 0,
    rangeOf: positions.rangeOf,
    rangeOfNode: positions.rangeOfNode,
    tableRowAt,
    nodePathAt: (offset) => nodePathAt(tree, offset),
    someNodeWithin: (range, test) => someNodeWithin(tree, range.start.offset, range.end.offset, test),
  }
}

/** The one place that hands a block to the text-search layer. */
function sentencesOf(block: TextBlock, positions: Positions): Sentence[] {
  return splitSentences(block, positions.rangeOf)
}

/** Sentences with their start and end offsets, when both ascend (they do: text blocks are leaves in document order). */
interface OrderedSentences {
  all: Sentence[]
  starts: number[]
  ends: number[] | null
}

function orderSentences(all: Sentence[]): OrderedSentences {
  const starts: number[] = []
  const ends: number[] = []
  for (const sentence of all) {
    const {start, end} = sentenceOffsets(sentence)
    starts.push(start)
    ends.push(end)
  }
  const ascending = all.every((_, i) => i === 0 || (starts[i]! >= starts[i - 1]! && ends[i]! >= ends[i - 1]!))
  return {all, starts, ends: ascending ? ends : null}
}

/**
 * The sentences that may overlap `within`, in document order: a superset the
 * filters then narrow. Rules ask about a row's or a sentence's surroundings
 * once per mention, so reading every sentence each time made a long table
 * quadratic; with ascending offsets, the span is found by bisection.
 */
function overlapping({all, starts, ends}: OrderedSentences, within: Range | undefined): Sentence[] {
  if (!within || !ends) return all
  let low = 0
  let high = ends.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ends[middle]! <= within.start.offset) low = middle + 1
    else high = middle
  }
  let stop = low
  while (stop < all.length && starts[stop]! < within.end.offset) stop++
  return all.slice(low, stop)
}

function keep(sentence: Sentence, search: Omit<SearchOptions, 'includeNegated'>): boolean {
  if (search.includeHeadings === false && sentence.container === 'heading') return false
  // An empty `in` list is no filter, as in `find` (findInSentences): a rule option left empty means "anywhere".
  if (search.in?.length && !search.in.some((kind) => sentence.section?.isIn(kind))) return false
  if (search.notIn && search.notIn.some((kind) => sentence.section?.isIn(kind))) return false
  if (sentence.citesASource && search.notIn?.includes('background')) return false
  if (search.within && !contains(search.within, sentenceOffsets(sentence))) return false
  return true
}

/** By offsets: a sentence's lines and columns are worked out only when a rule reads its range. */
function contains(outer: Range, inner: {start: number; end: number}): boolean {
  return inner.start >= outer.start.offset && inner.end <= outer.end.offset
}

/** The first real depth-1 heading, else the first real heading; bold or outline pseudo-headings only when there is nothing else. */
function pickTitle(headings: readonly Heading[], declared: unknown): Heading | null {
  const real = headings.filter(isRealHeading)
  // Front matter `title` names the project: the heading that repeats it is the title, wherever it sits.
  if (typeof declared === 'string' && declared.trim() !== '') {
    const wanted = declared.trim().toLowerCase()
    const repeated = real.find((heading) => heading.title.trim().toLowerCase() === wanted || heading.text.trim().toLowerCase() === wanted)
    if (repeated) return repeated
  }
  // "# Executive Summary" or "# Project Name" opens many grant forms: the project's name is elsewhere.
  // A section heading ("## Budget") names no project either.
  const named = real.filter((heading) => !isGenericPartName(heading.title) && (heading.depth === 1 || kindsOfTitle(heading.title).length === 0))
  return named.find((heading) => heading.depth === 1) ?? named[0] ?? real.find((heading) => heading.depth === 1) ?? real[0] ?? headings[0] ?? null
}

/**
 * Where a document-level finding goes when there is no heading: line 1, or,
 * when the document opens with front matter, the first line after its
 * closing fence (the YAML is metadata, and fixtures put their verdict
 * comment on that line), falling back to the fence line at the very end.
 */
function firstLineRange(text: string, frontMatter: Range | null, positions: Positions): Range {
  let start = 0
  if (frontMatter) {
    const end = frontMatter.end.offset
    const next = end + (text.startsWith('\r\n', end) ? 2 : /[\n\r]/.test(text[end] ?? '') ? 1 : 0)
    start = next > end && next < text.length ? next : positions.lineAt(end).start
  }
  const line = positions.lineAt(start)
  return positions.rangeOf(line.start, line.end)
}
