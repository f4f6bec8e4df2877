// Scope helpers of the training rules: which mentions are current plans (not
// background or history), whether the proposal has a training component, and
// which curricula it describes. CHECKLIST.md "Words used below" defines them.
import type {FrontMatterEntry, Lexicon, Match, ProposalModel, Range, Section, SectionKind, Sentence} from '@lessonlint/core'

import {
  curriculum,
  curriculumContent,
  datedPast,
  notTraining,
  pastMarkers,
  planMarkers,
  trainingActivity,
} from '../lexicons/training.js'

export interface MentionOptions {
  /** Only in sections of these kinds. */
  in?: readonly SectionKind[]
  /** Never in sections of these kinds (background is always left out unless `allowBackground`). */
  notIn?: readonly SectionKind[]
  within?: Range
  /** Keep mentions in background sections ("cited" evidence, such as a convention). */
  allowBackground?: boolean
  /** Keep mentions in sentences about the past ("the ministry trained its staff in 2015"). */
  allowHistory?: boolean
}

/** Auxiliaries of a passive: "will be trained in 2026" is a plan, "trained its staff in 2015" is not. */
const PASSIVE_AUXILIARY = /^(?:be|been|being|is|are|get|gets|getting|être|été|sera|seront|ser|será|serán|sido)$/iu

/**
 * Whether a sentence tells what happened before the project rather than what
 * it plans. A dated past-tense mention ("the ministry trained its staff in
 * 2015") is history even beside a plan ("...and will lead the talks"); else a
 * past-tense marker ("was", "had", "previously", "in the past") makes history
 * unless something makes the sentence a plan ("will", "is planned").
 */
export function isHistory(sentence: Sentence, match?: Match): boolean {
  if (match && /ed$/iu.test(match.text) && sentence.find(datedPast, {includeNegated: true}).length > 0) {
    if (!PASSIVE_AUXILIARY.test(neighbours(match).before)) return true
  }
  if (sentence.find(planMarkers, {includeNegated: true}).length > 0) return false
  return sentence.find(pastMarkers, {includeNegated: true}).length > 0
}

/**
 * The document title's section when it spans the whole proposal: a word in
 * the title ("Gender-responsive skills for...", "Context-specific...") names
 * the project, not a section, so the title never gives its kind to the rest.
 */
export function titleSection(model: ProposalModel): Section | null {
  const title = model.title
  const first = model.sections[0]
  const last = model.sections.at(-1)
  if (!title || !first || !last || first === last) return null
  if (first.heading.range.start.offset !== title.range.start.offset) return null
  return first.range.end.offset >= last.range.start.offset ? first : null
}

/** Whether the section, or an ancestor other than the title's, has the kind. */
export function inKind(model: ProposalModel, section: Section | null, kind: SectionKind): boolean {
  const umbrella = titleSection(model)
  for (let current = section; current; current = current.parent) {
    if (current !== umbrella && current.kinds.includes(kind)) return true
  }
  return false
}

/** Whether the section sits in any of the kinds (the title excepted). */
export function inAnyKind(model: ProposalModel, section: Section | null, kinds: readonly SectionKind[]): boolean {
  return kinds.some((kind) => inKind(model, section, kind))
}

/** Sections whose own heading has the kind, the title excepted. */
export function sectionsOfKind(model: ProposalModel, kind: SectionKind): Section[] {
  const umbrella = titleSection(model)
  return model.sectionsOf(kind).filter((section) => section !== umbrella)
}

/**
 * Non-negated mentions of a lexicon that speak of the project itself: not in
 * background sections, not in history sentences.
 */
export function currentMentions(model: ProposalModel, lexicon: Lexicon, options: MentionOptions = {}): Match[] {
  const notIn: SectionKind[] = [...(options.notIn ?? [])]
  if (!options.allowBackground) notIn.push('background')
  return model
    .find(lexicon, options.within ? {within: options.within} : {})
    .filter((match) => !options.in || inAnyKind(model, match.section, options.in))
    .filter((match) => !inAnyKind(model, match.section, notIn))
    .filter((match) => options.allowHistory || !isHistory(match.sentence, match))
}

/** Whether `inner` lies within a match of `lexicon` in its sentence ("in the course of"). */
export function insideMatchOf(inner: Match, lexicon: Lexicon): boolean {
  return inner.sentence
    .find(lexicon, {includeNegated: true})
    .some((outer) => outer.range.start.offset <= inner.range.start.offset && outer.range.end.offset >= inner.range.end.offset)
}

/** Where a match starts inside its sentence's plain text (the sentence text has no markup, so offsets differ). */
export function indexInSentence(match: Match): number {
  const {text} = match.sentence
  const sourceDelta = match.range.start.offset - match.sentence.range.start.offset
  let best = -1
  for (let index = text.indexOf(match.text); index !== -1; index = text.indexOf(match.text, index + 1)) {
    // Markup only adds characters before the match in the source, never removes them.
    if (index <= sourceDelta) best = index
  }
  return best === -1 ? text.indexOf(match.text) : best
}

const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u

/** The plain-text words just before and after a match in its sentence. */
export function neighbours(match: Match): {before: string; after: string; atStart: boolean} {
  const index = Math.max(0, indexInSentence(match))
  const {text} = match.sentence
  const head = text.slice(0, index).trim()
  const before = head.split(/\s+/u).at(-1) ?? ''
  const after = text.slice(index + match.text.length).trim().split(/\s+/u)[0] ?? ''
  return {before, after, atStart: head === ''}
}

/**
 * Whether a capitalised match is a word of a proper name in running text:
 * "Department of Vocational Training", "International Training Centre",
 * "Labour Migration Academy". Headings are title case, so they are left alone.
 */
export function isNamePart(match: Match): boolean {
  if (match.sentence.container === 'heading') return false
  if (!/^\p{Lu}/u.test(match.text)) return false
  const {before, after, atStart} = neighbours(match)
  if (atStart) return false
  const word = (candidate: string) => CAPITALISED_WORD.test(candidate.replace(/[.,;:)(]+$/u, ''))
  return word(before) || word(after)
}

/** A front matter list (`themes`, `components`) as lowercase strings; a lone string counts as a list of one. */
export function frontMatterList(model: ProposalModel, key: string): string[] {
  const value = model.frontMatter?.data?.[key]
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return items.filter((item): item is string => typeof item === 'string').map((item) => item.trim().toLowerCase())
}

/** Sections where a training word is about something else than the project's own training. */
function outsideComponent(model: ProposalModel, match: Match): boolean {
  if (inAnyKind(model, match.section, ['activities', 'objectives'])) return false
  // A gender section's "gender training for partners" is a gender measure (gender-training-partners),
  // and a risk table's "train more master trainers" is a mitigation.
  return inAnyKind(model, match.section, ['gender', 'risks'])
}

/**
 * Current mentions of a training concept in the proposal's own plans: names
 * ("Department of Vocational Training") and idioms ("in the course of") left
 * out, and so are gender and risk sections outside the activities.
 */
export function componentMentions(model: ProposalModel, lexicon: Lexicon): Match[] {
  return currentMentions(model, lexicon).filter(
    (match) => !outsideComponent(model, match) && !isNamePart(match) && !insideMatchOf(match, notTraining),
  )
}

/** Words after which "trained" still speaks of training: "trained in", "trained and certified", "trained by". */
const AFTER_TRAINED = /^(?:in|on|by|to|as|at|for|and|or|with|through|during|under|from|per|each|every)?$/iu

/**
 * Whether "trained" qualifies a noun ("will hire trained mediators") rather
 * than telling of training ("officials trained in registration").
 */
function isAdjectivalTrained(match: Match): boolean {
  if (!/^trained$/iu.test(match.text)) return false
  const next = neighbours(match).after.replace(/[^\p{L}]+$/u, '')
  return /^\p{Ll}/u.test(next) && !AFTER_TRAINED.test(next)
}

/** Current mentions of training, workshops, courses, coaching or capacity building. */
export function trainingMentions(model: ProposalModel): Match[] {
  return componentMentions(model, trainingActivity).filter((match) => !isAdjectivalTrained(match))
}

export interface TrainingComponent {
  /** Every mention of the component, in document order. */
  mentions: Match[]
  /** The `components` front matter entry when it lists training. */
  declared: FrontMatterEntry | null
  /** Where a finding about the component points: its first mention (in the activities when there is one). */
  range: Range
}

/**
 * The proposal's training component (CHECKLIST "Training component"): training,
 * workshops, courses, seminars, academies, training of trainers, coaching or
 * capacity building in the proposal's plans, or `components: [training]`.
 * Background sections and history sentences do not make one. Null when there is none.
 */
export function trainingComponent(model: ProposalModel): TrainingComponent | null {
  // Seven rules ask the same question of one model in a lint run.
  if (componentCache.has(model)) return componentCache.get(model) ?? null
  const component = findComponent(model)
  componentCache.set(model, component)
  return component
}

const componentCache = new WeakMap<ProposalModel, TrainingComponent | null>()

function findComponent(model: ProposalModel): TrainingComponent | null {
  const mentions = trainingMentions(model)
  const entry = model.frontMatter?.entries.get('components') ?? null
  const declared = entry && frontMatterList(model, 'components').includes('training') ? entry : null
  if (mentions.length === 0 && !declared) return null
  const planned = mentions.find((match) => inAnyKind(model, match.section, ['activities', 'objectives']))
  const first = planned ?? mentions[0]
  return {mentions, declared, range: first?.range ?? declared?.valueRange ?? model.titleRange}
}

export interface CurriculumDescription {
  /** The curriculum mention ("The curriculum consists of the following modules:"). */
  mention: Match
  /** The block that describes it: the paragraph and the list after it, the list item, or the table row. */
  scope: Range
}

/** mdast node types, through the contract (the rules package does not depend on mdast itself). */
type Nodes = Parameters<ProposalModel['rangeOfNode']>[0]
type Parent = Extract<Nodes, {children: unknown}>
type Block = {node: Nodes; parent: Parent | null; index: number}

/** The innermost paragraph, list item, table row or heading of the mdast tree holding an offset. */
function blockAt(model: ProposalModel, offset: number): Block[] {
  const path: Block[] = []
  const visit = (node: Nodes, parent: Parent | null, index: number) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || offset < start || offset >= end) return
    path.push({node, parent, index})
    if ('children' in node) (node.children as Nodes[]).forEach((child, i) => visit(child, node as Parent, i))
  }
  visit(model.tree, null, 0)
  return path
}

/** The block of text that describes what a curriculum mention refers to. */
function describingScope(model: ProposalModel, mention: Match): {scope: Range; hasList: boolean} {
  const path = blockAt(model, mention.range.start.offset)
  const nodeRange = (node: Nodes) => model.rangeOfNode(node)
  const listItem = [...path].reverse().find((block) => block.node.type === 'listItem')
  if (listItem) return {scope: nodeRange(listItem.node), hasList: false}
  // A table headed by the curriculum ("| Module | Topics |") describes it in all its rows;
  // elsewhere in a table ("| NITA | Owns the curriculum |") the row is the block.
  const row = [...path].reverse().find((block) => block.node.type === 'tableRow')
  const table = [...path].reverse().find((block) => block.node.type === 'table')
  if (row && table) {
    return row.index === 0 ? {scope: nodeRange(table.node), hasList: true} : {scope: nodeRange(row.node), hasList: false}
  }
  const heading = [...path].reverse().find((block) => block.node.type === 'heading')
  if (heading && mention.section) return {scope: mention.section.range, hasList: false}
  const paragraph = [...path].reverse().find((block) => block.node.type === 'paragraph')
  if (paragraph?.parent) {
    // "The course will cover:" followed by a list (or a table) of topics.
    const next = paragraph.parent.children[paragraph.index + 1] as Nodes | undefined
    const start = nodeRange(paragraph.node).start
    if (next?.type === 'list' || next?.type === 'table') return {scope: {start, end: nodeRange(next).end}, hasList: true}
    return {scope: nodeRange(paragraph.node), hasList: false}
  }
  return {scope: mention.sentence.range, hasList: false}
}

/**
 * Curricula the proposal describes: a curriculum, syllabus or module mention
 * whose block says what it covers (a list of topics, or "covers", "consists
 * of", "includes"...). A bare "the curriculum becomes part of the accreditation
 * rules" names a curriculum without describing it.
 */
export function describedCurricula(model: ProposalModel): CurriculumDescription[] {
  let descriptions = curriculaCache.get(model)
  if (!descriptions) {
    descriptions = findCurricula(model)
    curriculaCache.set(model, descriptions)
  }
  return descriptions
}

const curriculaCache = new WeakMap<ProposalModel, CurriculumDescription[]>()

function findCurricula(model: ProposalModel): CurriculumDescription[] {
  const descriptions: CurriculumDescription[] = []
  for (const mention of currentMentions(model, curriculum)) {
    const {scope, hasList} = describingScope(model, mention)
    const described = hasList || model.find(curriculumContent, {within: scope, includeNegated: true}).length > 0
    if (described) descriptions.push({mention, scope})
  }
  return descriptions
}
