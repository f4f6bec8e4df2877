// Which mentions are evidence of the proposal's own plans, for rules that ask
// more than `model.find` does: not history ("the ministry trained its staff in
// 2015"), not part of a longer phrase or a proper name; where a mention sits
// (ranges, table rows, neighbouring words); and what the front matter
// declares. Section scoping itself is the model's (`section.isIn`,
// `model.sectionsOf`, `model.find(lexicon, {in, notIn, includeHeadings})`).
import {clauseBounds, documentLexicon, firstAtLeast, isHistory, labelEnd, relatedMentions, statesPlan, wordIndexBefore, wordIndexFrom, words, type FrontMatterEntry, type Lexicon, type Match, type ProposalModel, type Range, type SectionKind, type Sentence, type Table} from '@lessonlint/core'

import {projectItself, projectWord} from '../lexicons/monitoring.js'
import {mitigation} from '../lexicons/partners.js'

/** Whether two ranges of the document overlap. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start.offset < b.end.offset && b.start.offset < a.end.offset
}

/** Whether `inner` lies within `outer`. */
export function within(inner: Range, outer: Range): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset
}

/** The table whose header row holds the match, if any: a column's name ("| Producto | Mes | Difusión |") states nothing. */
export function tableHeadedBy(model: ProposalModel, match: Match): Table | undefined {
  return model.tables.find((table) => within(match.range, table.header.range))
}

/** The mentions of a lexicon, negated or not, that share a character with the match ("training" in "training module"). */
export function mentionsAt(match: Match, lexicon: Lexicon): Match[] {
  return match.sentence.find(lexicon, {includeNegated: true, overlapping: {start: match.sentenceIndex, end: match.sentenceIndex + match.text.length}})
}

/**
 * A test of whether a match of one sentence overlaps any of `others` (matches of the same sentence), answered by
 * bisection: a sentence of thousands of mentions asks it once per mention, and comparing each pair was quadratic.
 */
export function overlapsAnyOf(others: readonly Match[]): (match: Match) => boolean {
  const spans = others.map((other) => [other.sentenceIndex, other.sentenceIndex + other.text.length] as const).sort((a, b) => a[0] - b[0])
  // The farthest end among the spans that start at or before each one.
  const reach: number[] = []
  spans.forEach(([, end], index) => reach.push(Math.max(end, reach[index - 1] ?? -1)))
  return (match) => {
    const start = match.sentenceIndex
    const end = start + match.text.length
    // The last span that starts before the match ends.
    let low = 0
    let high = spans.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (spans[middle]![0] < end) low = middle + 1
      else high = middle
    }
    return low > 0 && reach[low - 1]! > start
  }
}

/**
 * The same test for matches of any sentences: `others` (matches of many sentences) are grouped by sentence
 * once, and each sentence's group is asked by bisection when a match of that sentence first asks.
 */
export function overlapsAnyInItsSentence(others: readonly Match[]): (match: Match) => boolean {
  const bySentence = new Map<Sentence, Match[]>()
  for (const other of others) {
    const group = bySentence.get(other.sentence)
    if (group) group.push(other)
    else bySentence.set(other.sentence, [other])
  }
  const tests = new Map<Sentence, (match: Match) => boolean>()
  return (match) => {
    const group = bySentence.get(match.sentence)
    if (!group) return false
    let test = tests.get(match.sentence)
    if (!test) tests.set(match.sentence, (test = overlapsAnyOf(group)))
    return test(match)
  }
}

/** Whether `inner` lies within a match of `lexicon` in its sentence ("in the course of"). */
export function insideMatchOf(inner: Match, lexicon: Lexicon): boolean {
  return inner.sentence.find(lexicon, {includeNegated: true}).some((outer) => within(inner.range, outer.range))
}

export interface MentionOptions {
  /** Never in sections of these kinds (background is always left out unless `allowBackground`). */
  notIn?: readonly SectionKind[]
  /** Keep mentions in background sections ("cited" evidence, such as a convention). */
  allowBackground?: boolean
  /** Keep mentions in sentences about the past ("the ministry trained its staff in 2015"). */
  allowHistory?: boolean
}

/**
 * Non-negated mentions of a lexicon that speak of the project itself: not in
 * background sections (unless their sentence plans the project), not in
 * history sentences.
 */
export function currentMentions(model: ProposalModel, lexicon: Lexicon, options: MentionOptions = {}): Match[] {
  const key = `${options.allowBackground === true} ${options.allowHistory === true} ${(options.notIn ?? []).join(',')}`
  let byLexicon = currentByModel.get(model)
  if (!byLexicon) currentByModel.set(model, (byLexicon = new Map()))
  let byOptions = byLexicon.get(lexicon)
  if (!byOptions) byLexicon.set(lexicon, (byOptions = new Map()))
  let mentions = byOptions.get(key)
  if (!mentions) byOptions.set(key, (mentions = findCurrentMentions(model, lexicon, options)))
  return [...mentions]
}

/**
 * Each model's current mentions, by lexicon and options: rules ask for the same ones again (every
 * rule about partners asks for the kinds of organisation), and weighing each mention's tense is
 * most of what the answer costs.
 */
const currentByModel = new WeakMap<ProposalModel, Map<Lexicon, Map<string, Match[]>>>()

function findCurrentMentions(model: ProposalModel, lexicon: Lexicon, options: MentionOptions): Match[] {
  const notIn: SectionKind[] = [...(options.notIn ?? [])]
  const found = model.find(lexicon, {notIn})
  const kept = options.allowBackground ? found : found.filter((match) => !match.section?.isIn('background') || plansTheProject(match))
  const current = (match: Match) => options.allowHistory || !isHistory(match.sentence, match)
  return kept.filter((match) => current(match) && standsAsTitle(model, match, lexicon, current))
}

/**
 * A run-in title ("1) Gender strategy and expertise. To be frank, we do not have a written gender strategy yet…", "IOM and
 * the UN system. IOM ran the orientation until 2019…") names what its block speaks of. When the block mentions it again,
 * what the block says of it decides: the title stands only if one of those mentions is neither negated nor fails `counts`.
 */
export function standsAsTitle(model: ProposalModel, match: Match, lexicon: Lexicon, counts: (other: Match) => boolean): boolean {
  if (match.sentence.titlesItsBlock !== true) return true
  const others = model.find(lexicon, {within: match.sentence.block, includeNegated: true}).filter((other) => other.sentence !== match.sentence)
  return others.length === 0 || others.some((other) => !other.negated && counts(other))
}

/**
 * Whether a mention's clause plans the project, in a sentence that names it: a context section's note on how
 * the project will run ("pendant sa mise en œuvre, le bureau régional de l'OIT en suivra les activités") is a plan,
 * though background is otherwise what happened before it or around it.
 */
export function plansTheProject(match: Match): boolean {
  return match.sentence.has(projectItself) && statesPlan(match.sentence, match) && !isHistory(match.sentence, match)
}

/** What opens the complement that says what a mention is of: "of", "de", "del", "du", "des" (folded words). */
const OF_WORDS = new Set(['of', 'de', 'del', 'du', 'des'])
/** A year, as a complement dates what it names: "the 2019 reform", "los reajustes de 2019, 2021 y 2023". */
const YEAR = /^(?:19|20)\d\d$/u
/** How many words after a mention its complement is read for a year. */
const COMPLEMENT_WORDS = 12

/**
 * Whether a mention is of events the text dates, and not of the project: "Evaluación ex post del impacto de los
 * reajustes de 2019, 2021 y 2023", "an impact evaluation of the 2018 minimum wage reform", "an ex post evaluation of the
 * wage increases of 2017". Its complement opens with
 * "of" and names a year in its clause, and no word for the project ("the final evaluation of the 2025–2027 project").
 */
export function ofDatedEvents(match: Match): boolean {
  const {text} = match.sentence
  const tokens = words(text)
  const after = match.sentenceIndex + match.text.length
  // The complement may follow the noun the mention qualifies: "an ex post evaluation of the 2017 and 2021 increases".
  const next = wordIndexFrom(text, after)
  const first = OF_WORDS.has(tokens[next]?.word ?? '') ? next : next + 1
  if (!OF_WORDS.has(tokens[first]?.word ?? '')) return false
  const [, clauseEnd] = clauseBounds(text, match.sentenceIndex, after)
  const last = Math.min(first + COMPLEMENT_WORDS, tokens.length)
  const end = Math.min(clauseEnd, tokens[last - 1]!.end)
  let dated = false
  for (let i = first + 1; i < last && tokens[i]!.start < end; i++) dated ||= YEAR.test(tokens[i]!.word)
  return dated && match.sentence.find(projectWord, {from: after, to: end, limit: 1}).length === 0
}

/** History (a past event, a track record) is the core's judgement: a sentence's tense markers and verb forms. */
export {isHistory}

/** A hyphen, as keyboards and word processors write it. */
const HYPHEN = /^[-‐‑]$/u

/** English verb endings, which the matcher's inflections give a noun term too ("place" matches "placed"). */
const VERB_ENDING = /(?:ed|ing)$/u

/** Whether a noun term is matched in a verb's form: "The project is placed within the plan" holds no place, "seated" no seat. */
export function asVerb(match: Match): boolean {
  return VERB_ENDING.test(match.text.toLowerCase()) && !VERB_ENDING.test(match.term.toLowerCase())
}

/** Whether a hyphen joins the match to the word before it ("appui-conseil") or after it ("results-based"). */
export function hyphenJoined(match: Match, side: 'before' | 'after'): boolean {
  const {text} = match.sentence
  return HYPHEN.test(side === 'before' ? text.charAt(match.sentenceIndex - 1) : text.charAt(match.sentenceIndex + match.text.length))
}

/** The words just before and after a match in its sentence, as written (the core's tokenizer; punctuation is not a word). */
export function neighbours(match: Match): {before: string; after: string; atStart: boolean} {
  const {text} = match.sentence
  const end = match.sentenceIndex + match.text.length
  const tokens = words(text)
  // By bisection: a sentence may hold thousands of mentions, each asking.
  const previous = tokens[wordIndexBefore(text, match.sentenceIndex)]
  const next = tokens[wordIndexFrom(text, end)]
  return {
    before: previous ? text.slice(previous.start, previous.end) : '',
    after: next ? text.slice(next.start, next.end) : '',
    atStart: previous === undefined,
  }
}

/**
 * Whether a mention is a cell of a risk table in the risks section whose column does not hold the mitigations:
 * "| Limited gender expertise within the project team | Medium | … |" names a risk, while the cell under
 * "Mitigation" ("the ILO's gender specialist will advise the project") names a response.
 */
export function inRiskColumn(model: ProposalModel, match: Match): boolean {
  if (!match.section?.isIn('risks') || match.sentence.container !== 'table-cell') return false
  const offset = match.range.start.offset
  const row = model.tableRowAt(offset)
  const cell = row?.cells.find((each) => each.range.start.offset <= offset && offset < each.range.end.offset)
  const table = row && model.tables.find((each) => each.rows.includes(row))
  const header = cell && table?.header.cells.find((each) => each.column === cell.column)
  return !header || model.find(mitigation, {within: header.range, includeNegated: true}).length === 0
}

/**
 * Whether a mention is in the bold lead-in label of its paragraph ("**Organizaciones sindicales:** dado el
 * proceso…, no se prevé la participación de sindicatos…", "**Organisations d'employeurs.** Leur association est
 * envisagée pour une seconde phase"): a label names the topic, and what the rest of the block says of it decides.
 */
export function isLeadInLabel(model: ProposalModel, match: Match): boolean {
  const path = model.nodePathAt(match.range.start.offset)
  const at = path.findIndex(({node}) => node.type === 'strong')
  const strong = path[at]
  if (!strong || strong.parent?.type !== 'paragraph' || strong.index !== 0) return false
  const end = strong.node.position?.end.offset
  if (end === undefined) return false
  // The label ends in a colon or a full stop, inside the bold or right after it.
  if (/[:.]\s*\*+$/u.test(model.text.slice(Math.max(0, end - 4), end)) || /^\s*[:.]/u.test(model.text.slice(end, end + 3))) return true
  // Or it is all its paragraph, a title over what follows: "- **Organisations de travailleurs**" over its sub-items.
  const paragraph = strong.parent
  return paragraph.children.every((child, index) => index === strong.index || (child.type === 'text' && child.value.trim() === ''))
}

/**
 * Where a short label that opens the sentence ends, when the label names the lexicon ("Participación:",
 * "Reintegration: needs assessment, savings groups"); -1 otherwise.
 */
export function labelNaming(sentence: Sentence, lexicon: Lexicon): number {
  const end = labelEnd(sentence.text, LABEL_NAMING_WORDS)
  return end !== -1 && sentence.find(lexicon, {includeNegated: true, to: end, limit: 1}).length > 0 ? end : -1
}

/** How many words a label naming its subject has: "Participación:", "Returnee support:". */
const LABEL_NAMING_WORDS = 3

/**
 * Whether a mention is all of a label that opens its sentence: "Observación: incluye guarderías durante el
 * curso", "Note: …" in a table's remarks. It names the note that follows, not the thing it is the word for;
 * a label that says more ("Observación en el puesto de trabajo: …") is not bare.
 */
export function isBareLabel(match: Match): boolean {
  const {text} = match.sentence
  return text.slice(0, match.sentenceIndex).trim() === '' && /^\s*:/u.test(text.slice(match.sentenceIndex + match.text.length))
}

/**
 * Whether a mention stands inside quotation marks in its sentence: the title of a module or guide ("le module
 * « Orientation et accompagnement des jeunes demandeurs » du BIT") or words quoted from someone else. Either
 * way it names or cites, and plans nothing.
 */
export function inQuotes(match: Match): boolean {
  const marks = quoteMarksOf(match.sentence)
  const start = match.sentenceIndex
  const end = start + match.text.length
  // An opening mark before the mention that no closing mark has answered yet, and a closing mark after it.
  const opened = (open: readonly number[], close: readonly number[]) => lastBefore(open, start) > lastBefore(close, start) && (close.at(-1) ?? -1) >= end
  const straight = firstAtLeast(marks.straight, start) % 2 === 1 && (marks.straight.at(-1) ?? -1) >= end
  return opened(marks.guillemetOpen, marks.guillemetClose) || opened(marks.curlyOpen, marks.curlyClose) || straight
}

interface QuoteMarks {
  guillemetOpen: number[]
  guillemetClose: number[]
  curlyOpen: number[]
  curlyClose: number[]
  straight: number[]
}

/** Where each kind of quotation mark stands in a sentence, found once per sentence: a sentence may hold thousands of mentions. */
const quoteMarks = new WeakMap<Sentence, QuoteMarks>()

function quoteMarksOf(sentence: Sentence): QuoteMarks {
  let marks = quoteMarks.get(sentence)
  if (marks) return marks
  marks = {guillemetOpen: [], guillemetClose: [], curlyOpen: [], curlyClose: [], straight: []}
  const kinds: Record<string, number[]> = {'«': marks.guillemetOpen, '»': marks.guillemetClose, '“': marks.curlyOpen, '”': marks.curlyClose, '"': marks.straight}
  for (const {0: mark, index} of sentence.text.matchAll(/[«»“”"]/gu)) kinds[mark]?.push(index)
  quoteMarks.set(sentence, marks)
  return marks
}

/** The last of the sorted positions before `offset`, or -1. */
function lastBefore(positions: readonly number[], offset: number): number {
  const count = firstAtLeast(positions, offset)
  return count === 0 ? -1 : (positions[count - 1] ?? -1)
}

const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u

/**
 * Whether a capitalised match is a word of a proper name in running text:
 * "Department of Vocational Training", "International Training Centre",
 * "Labour Migration Academy". Headings are title case, so they are left alone.
 * With `continuing`, only a word that goes on with a name begun before it counts
 * ("Articles of Incorporation"), not one that opens a phrase after a number or a
 * dash ("2.1 Elaboración del Manual", "Output 1.2 – Draft MoU").
 */
export function isNamePart(match: Match, {continuing = false}: {continuing?: boolean} = {}): boolean {
  if (match.sentence.container === 'heading') return false
  if (!/^\p{Lu}/u.test(match.text)) return false
  const {text} = match.sentence
  const tokens = words(text)
  const first = wordIndexFrom(text, match.sentenceIndex)
  if (first <= 0 || first === tokens.length) return false
  const last = wordIndexBefore(text, match.sentenceIndex + match.text.length)
  const capitalised = (index: number) => {
    const token = tokens[index]
    return token !== undefined && CAPITALISED_WORD.test(text.slice(token.start, token.end))
  }
  // Connectors inside a name are skipped: "Fonds de Financement de la Formation Professionnelle".
  let before = first - 1
  while (before > 0 && NAME_CONNECTORS.has(tokens[before]!.word)) before--
  let after = last + 1
  while (after < tokens.length - 1 && NAME_CONNECTORS.has(tokens[after]!.word)) after++
  return capitalised(before) || (!continuing && capitalised(after))
}

/** Lowercase words that join the capitalised words of a name: "Ministry of Labour and Employment", "Fondo de la Formación". */
const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'le', 'les', 'du', 'des', 'del', 'los', 'las', 'y', 'et', 'pour', 'para'])

/** A front matter list (`themes`, `components`) as lowercase strings; a lone string counts as a comma-separated list. */
export function frontMatterList(model: ProposalModel, key: string): string[] {
  const value = model.frontMatter?.data?.[key]
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return items.filter((item): item is string => typeof item === 'string').map((item) => item.trim().toLowerCase())
}

/** The `components` front matter entry when it lists `component` (CHECKLIST: "declares components the text may not make obvious"). */
export function declaredComponent(model: ProposalModel, component: string): FrontMatterEntry | null {
  const entry = model.frontMatter?.entries.get('components')
  return entry && frontMatterList(model, 'components').includes(component) ? entry : null
}

/**
 * The words between an organisation's name word and the acronym in brackets after its name: "Federation of
 * Kenya Employers (FKE)", "Confédération générale des entreprises du Maroc (CGEM)". Capitalised words and
 * the small words of names only.
 */
const ACRONYM_AFTER_NAME = /^((?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and|de|du|des|del|la|le|los|las|et|y|pour|para|d['’]\p{L}+|l['’]\p{L}+)){0,8})\s*\(([\p{Lu}][\p{Lu}\d&-]{1,11})\)/u

/** "And" then an article: a second name begins ("the Ethiopian Employers' Federation and the Confederation of … (CETU)"). */
const SECOND_NAME = /\b(?:and|et|y)\s+(?:the|la|le|les|el|los|las|l['’])/iu

/** The acronym given in brackets after the name a match is a word of, or undefined. */
function acronymAfter(match: Match): string | undefined {
  const found = ACRONYM_AFTER_NAME.exec(match.sentence.text.slice(match.sentenceIndex + match.text.length))
  return found && !SECOND_NAME.test(found[1] ?? '') ? found[2] : undefined
}

/**
 * An acronym as written: "CNTG", "FKE", "CNP-Guinée", or with dots between its initials, as Spanish doubles those of a
 * plural ("CC.OO.", "CC.SS."). The stop after the last initial is no part of it (`asAcronym`).
 */
const ACRONYM = /^(?:[\p{Lu}][\p{Lu}\d&]{1,11}(?:-\p{Lu}\p{L}{0,15})?|(?:\p{Lu}{1,3}\.){1,5}\p{Lu}{1,3}\.?)$/u

/** The acronym a word is, as a lexicon term ("CC.SS." → "CC.SS"), or undefined. */
function asAcronym(word: string): string | undefined {
  return ACRONYM.test(word) ? word.replace(/\.$/u, '') : undefined
}
/** How far into its brackets a name may reach the match: "(Confédération nationale des travailleurs de Guinée)". */
const BRACKETED_NAME_REACH = 80
/** How long an acronym before its brackets may be, with the spaces before the bracket. */
const ACRONYM_REACH = 32

/**
 * The acronym a name in brackets stands for, given before the brackets ("La CNTG (Confédération nationale des
 * travailleurs de Guinée)", "Le CNP-Guinée (Conseil national du patronat)"), or undefined.
 */
function acronymBefore(match: Match): string | undefined {
  const {text} = match.sentence
  // Only the text just before the match is read: a sentence may name thousands of bodies, none in brackets.
  const from = Math.max(0, match.sentenceIndex - BRACKETED_NAME_REACH)
  const near = text.slice(from, match.sentenceIndex)
  const open = near.lastIndexOf('(')
  if (open === -1 || near.includes(')', open)) return undefined
  const before = text.slice(Math.max(0, from + open - ACRONYM_REACH), from + open).trimEnd()
  const word = before.slice(before.lastIndexOf(' ') + 1)
  // The brackets spell the acronym out, from its first letter: "(Confédération nationale…)" after "CNTG", not "(Ley N.°
  // 29783 y su reglamento)" after "SST", which cites the law the subject comes from.
  const spelledOut = text.slice(from + open + 1).trimStart()
  const initial = (letter: string) => letter.normalize('NFD').slice(0, 1).toLowerCase()
  return initial(spelledOut) === initial(word) ? asAcronym(word) : undefined
}

/** A block's opening name with its acronym in brackets, and nothing after it but a stop: "Huelva Soft Fruit Growers' Association (APFH)." */
const ACRONYM_AT_END = /\(([\p{Lu}][\p{Lu}\d&-]{1,11})\)[\s.:;,–—-]*$/u
/** At most this many words (articles, adjectives) before the kind of body a description opens with: "The main employers' association". */
const DESCRIPTION_LEAD_WORDS = 3

/**
 * The acronym of the organisation an entry describes, when the match is the kind of body the description opens with:
 * a stakeholder paragraph, list item or table row opens with a name and its acronym ("*Huelva Soft Fruit Growers'
 * Association (APFH)*. The main employers' association for …", "| Sri Lanka Employers' Council (SLEC) | National
 * employers' organisation |"), and the match heads the next sentence or cell. A name that does not say what kind of
 * body it is is told by its description.
 */
function acronymDescribed(model: ProposalModel, match: Match): string | undefined {
  const {sentence} = match
  // Counted in the sentence's own words, by bisection: a sentence may name thousands of bodies.
  if (wordIndexFrom(sentence.text, match.sentenceIndex) > DESCRIPTION_LEAD_WORDS) return undefined
  const opening = model.sentences({within: sentence.block})
  if (opening[1] !== sentence) return undefined
  const name = opening[0]!.text
  return /^\s*\p{Lu}/u.test(name) ? ACRONYM_AT_END.exec(name)?.[1] : undefined
}

/**
 * The acronym a glossary gives the name the match opens: a row whose first cell is the acronym ("| EFC | Employers'
 * Council of FNCCI |"), or a line that opens with it and a colon or a dash ("EFC: Employers' Council of FNCCI",
 * "**CONFIEP** – Confederación Nacional de Instituciones Empresariales Privadas"). Documents dense with acronyms
 * define them there once and use them everywhere.
 */
function acronymInGlossary(model: ProposalModel, match: Match): string | undefined {
  const {sentence} = match
  if (wordIndexFrom(sentence.text, match.sentenceIndex) > DESCRIPTION_LEAD_WORDS + 2) return undefined
  if (sentence.container === 'table-cell') {
    const row = model.tableRowAt(match.range.start.offset)
    const first = row?.cells[0]
    // The name stands in a later cell than the acronym.
    if (!first || match.range.start.offset < first.range.end.offset) return undefined
    return asAcronym(first.text.replace(/[*_`]/gu, '').trim())
  }
  const label = GLOSSARY_LINE.exec(sentence.text)
  return label && label[0].length <= match.sentenceIndex ? asAcronym(label[1]!) : undefined
}

/** A glossary line's acronym and what separates it from the name: "EFC: ", "CONFIEP – ", "**FKE** - ", "CC.OO.: ". */
const GLOSSARY_LINE = /^[*_]{0,2}([\p{Lu}][\p{Lu}\d&.-]{1,15})[*_]{0,2}\s*(?::|[–—-]|=)\s*/u

/**
 * Where an organisation named in full is then named by the acronym its name gave: "the Federation of Kenya
 * Employers (FKE) … a third to members put forward by FKE", "La CNTG (Confédération nationale des travailleurs de
 * Guinée) … deux représentants de la CNTG". Writers name a body in full once and by its acronym elsewhere, so what
 * is said of the acronym is said of the body. Current mentions only, as written (capitals): "FKE", not a word that
 * folds to it.
 */
export function acronymMentions(model: ProposalModel, named: readonly Match[]): Match[] {
  const acronyms = new Set(
    named
      .map((match) => acronymAfter(match) ?? acronymBefore(match) ?? acronymDescribed(model, match) ?? acronymInGlossary(model, match))
      .filter((acronym): acronym is string => acronym !== undefined),
  )
  if (acronyms.size === 0) return []
  const terms = [...acronyms]
  const lexicon = documentLexicon('acronyms of names given in full', {en: terms, fr: terms, es: terms})
  // The acronym in the brackets that give it is the name's own mention, already read (or set aside) with the name.
  // The names of each sentence, by where they start, so that each acronym asks only those within reach of it.
  const bySentence = new Map<Sentence, Match[]>()
  for (const name of named) bySentence.set(name.sentence, [...(bySentence.get(name.sentence) ?? []), name])
  const starts = new Map([...bySentence].map(([sentence, names]) => {
    names.sort((a, b) => a.sentenceIndex - b.sentenceIndex)
    return [sentence, names.map((name) => name.sentenceIndex)] as const
  }))
  const near = (match: Match) => {
    const names = bySentence.get(match.sentence) ?? []
    const at = starts.get(match.sentence) ?? []
    const from = firstAtLeast(at, match.sentenceIndex - BRACKETED_NAME_REACH - NAME_LENGTH)
    const to = firstAtLeast(at, match.sentenceIndex + match.text.length + BRACKETED_NAME_REACH + 1)
    return names.slice(from, to)
  }
  return currentMentions(model, lexicon).filter((match) => acronyms.has(match.text) && !near(match).some((name) => givesAcronym(name, match)))
}

/** How long a name before its acronym may be (characters): "Federation of Nepalese Chambers of Commerce and Industry". */
const NAME_LENGTH = 120

/** Whether `acronym` stands in the brackets right after the name `name` is a word of, or right before the brackets that hold it. */
function givesAcronym(name: Match, acronym: Match): boolean {
  if (name.sentence !== acronym.sentence) return false
  const {text} = name.sentence
  const nameEnd = name.sentenceIndex + name.text.length
  if (acronym.sentenceIndex >= nameEnd) {
    return acronym.sentenceIndex - nameEnd <= BRACKETED_NAME_REACH && /^[^()]*\(\s*$/u.test(text.slice(nameEnd, acronym.sentenceIndex))
  }
  const acronymEnd = acronym.sentenceIndex + acronym.text.length
  return acronymEnd <= name.sentenceIndex && name.sentenceIndex - acronymEnd <= BRACKETED_NAME_REACH && /^\s*\([^()]*$/u.test(text.slice(acronymEnd, name.sentenceIndex))
}

/** Whether the match's clause holds a mention of the lexicon other than the match (the match itself may be one). */
export function inClauseWith(match: Match, lexicon: Lexicon): boolean {
  return relatedMentions(match, lexicon, 'clause', {limit: 1}).length > 0
}
