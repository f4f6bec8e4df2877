// Sentences of a text block, and what a lexicon finds in them.

import type {Lexicon, Match, Range, Section, Sentence, SentenceSearch} from '../types.js'
import type {TextBlock} from './blocks.js'
import {compileLexicon, prepareText, type CompiledLexicon, type Hit, type PreparedText} from './lexicon.js'
import {isAbbreviationPeriod} from './abbreviations.js'
import {declinesWhatItNames, firstAtLeast, isNegated, reportsAProposal, weighsAnOption, whatTurnsDownTheSentenceBefore, words} from './negation.js'
import {opensWithPlaceholder, placeholderAt, placeholderInBracketsAt, droppedInBracketsAt} from './placeholders.js'
import {RecentTexts} from './recent.js'

/** Numbering that opens a block ("1. ", "2.3. ", "a. ", "iv. "): its period does not end a sentence. */
const NUMBERING = /^\s*(?:\d+(?:\.\d+)*\.|[a-z]\.|[ivx]+\.)(?=\s)/iu

/**
 * A run of sentence-final punctuation with any closing quotes or brackets, then
 * space or the end. Only from the start of a run: tried inside a long run of dot
 * leaders ("Introduction........5"), each position would read to its end.
 */
const TERMINATOR = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s|$)/gu

/** What may open a sentence after a terminator: a capital, a digit, an opening quote or bracket. */
const SENTENCE_START = /^(?:\p{Lu}|\p{Lt}|\p{Lo}|\p{N}|["'“‘«(\[¿¡])/u

/** Whether a sentence opens with a bullet written in its line, as a table cell lists: "<br>• Module 1: …" (`sentenceSpans` cuts before one). */
export function opensWithBullet(text: string): boolean {
  return OPENING_BULLET.test(text)
}

const OPENING_BULLET = /^[•▪◦●■][ \t]/u

/** Whether a text opens with the number or letter of an item written without list markup: "(a) …", "b) …", "iv. …". */
export function opensWithEnumeration(text: string): boolean {
  return TITLE_NUMBERING.test(text)
}

/** `[start, end)` spans of the sentences of a text, untrimmed. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const numbering = NUMBERING.exec(text)?.[0].length ?? 0
  let start = 0
  const cut = (end: number) => {
    spans.push([start, end])
    start = end
  }
  // A blank line inside a block (a list item of several paragraphs) always ends a sentence, and so does a bullet that
  // opens a line within a block: a table cell's "<br>• Activités genre : 42 000" is an item of its own.
  for (const paragraph of text.matchAll(/\n[^\S\n]*\n\s*|\s(?=[•▪◦●■][ \t])/gu)) {
    splitRun(text, start, paragraph.index, numbering, cut)
    cut(paragraph.index)
  }
  splitRun(text, start, text.length, numbering, cut)
  cut(text.length)
  return spans
}

function splitRun(text: string, from: number, to: number, numbering: number, cut: (end: number) => void): void {
  const run = text.slice(0, to)
  TERMINATOR.lastIndex = from
  for (let match = TERMINATOR.exec(run); match; match = TERMINATOR.exec(run)) {
    const end = match.index + match[0].length
    if (end <= numbering) continue
    const rest = run.slice(end).trimStart()
    if (rest !== '' && !SENTENCE_START.test(rest)) continue
    if (match[0] === '.' || /^\.["'”’»)\]]/u.test(match[0])) {
      if (isAbbreviationPeriod(text, match.index)) continue
    }
    cut(end)
  }
}

type RangeOf = (start: number, end: number) => Range

class BlockSentence implements Sentence {
  /** Worked out when first asked: most sentences are never reported, and a long document has thousands. */
  private ownRange: Range | undefined
  /** Where it starts and ends in the source (`startOffset`, `endOffset`), once asked: ordering and scoping ask often. */
  private start: number | undefined
  private end: number | undefined
  readonly section: Section | null
  readonly container: Sentence['container']
  /** A lexicon's matches, negated ones included, and the others: rules ask the same sentence about the same lexicon many times. */
  private cache: Map<Lexicon, SentenceMatches> | undefined
  /** The text as lexicons search it, looked up once: a sentence is asked about dozens of lexicons. */
  private prepared: PreparedText | undefined
  private turnedDownNext: 'nothing' | 'weighed' | 'everything' | undefined
  /** Where a label declined after its colon ends (`declinedLabelEnd`), once asked. */
  private declinedLabel: number | undefined
  /** Whether the sentence states nothing, as a question or an open point does (see `matchesOf`), once asked: it is asked for each lexicon it mentions. */
  private asked: boolean | undefined
  /** Whether it titles its block (`titlesItsBlock`), once asked: rules ask for each mention. */
  private title: boolean | undefined

  constructor(
    readonly text: string,
    /** The block the sentence is in; `text[i]` is `source.text[from + i]`. */
    private readonly source: TextBlock,
    private readonly from: number,
    readonly block: Range,
    private readonly rangeOf: RangeOf,
    /** The next sentence of the block, which may turn down an option this one weighs ("La opción se descartó"). */
    private readonly nextText?: string,
    /** Whether it is the block's first sentence. */
    private readonly first = false,
  ) {
    this.section = source.section
    this.container = source.container
  }

  get inNote(): boolean {
    return this.source.inNote === true
  }

  get openTask(): boolean {
    return this.source.openTask === true
  }

  get leadIn(): Range | undefined {
    const {leadIn} = this.source
    return leadIn && this.rangeOf(leadIn.start, leadIn.end)
  }

  get citesASource(): boolean {
    return this.first && this.inNote && citesASource(this.text)
  }

  get titlesItsBlock(): boolean {
    return (this.title ??= this.first && this.nextText !== undefined && this.container !== 'heading' && isRunInTitle(this.text))
  }

  get range(): Range {
    return (this.ownRange ??= this.rangeIn(0, this.text.length))
  }

  /** The source range of `text[start, end)`, tight around trailing markup ("**word**" ends after "d"). */
  rangeIn(start: number, end: number): Range {
    return this.rangeOf(this.sourceOffset(start), this.sourceEnd(end))
  }

  /** `rangeIn` without lines and columns. */
  offsetsIn(start: number, end: number): {start: number; end: number} {
    return {start: this.sourceOffset(start), end: this.sourceEnd(end)}
  }

  /** Where the sentence starts and ends in the source, without its lines and columns (see `sentenceOffsets`). */
  get startOffset(): number {
    return (this.start ??= this.sourceOffset(0))
  }

  get endOffset(): number {
    return (this.end ??= this.sourceEnd(this.text.length))
  }

  private sourceOffset(index: number): number {
    return this.source.offsets[this.from + index]! + (this.source.shift ?? 0)
  }

  private sourceEnd(end: number): number {
    const {offsets, shift = 0} = this.source
    const next = offsets[this.from + end]!
    return (end > 0 ? Math.min(next, offsets[this.from + end - 1]! + 1) : next) + shift
  }

  /** What the next sentence turns down of this one; asked only of sentences with mentions. */
  private turnedDownByNext(): 'nothing' | 'weighed' | 'everything' {
    return (this.turnedDownNext ??= this.nextText === undefined ? 'nothing' : turnsDownBefore.get(this.nextText, whatTurnsDownTheSentenceBefore))
  }

  preparedText(): PreparedText {
    return (this.prepared ??= prepareText(this.text))
  }

  /** Whether the lexicon has hits here, negated or not, without building matches. */
  hasHits(compiled: CompiledLexicon): boolean {
    return compiled.hitsIn(this.preparedText()).length > 0
  }

  find(lexicon: Lexicon, options: SentenceSearch = {}): Match[] {
    const matches = this.matchesOf(lexicon)
    if (!matches) return []
    const list = options.includeNegated ? matches.all : matches.plain
    const {from, to, limit, overlapping} = options
    if (from === undefined && to === undefined && limit === undefined && overlapping === undefined) return [...list]
    // By bisection over where the matches start and end: they come in ascending order and never overlap, so both
    // ascend. Rules ask this once per mention, and a sentence may hold thousands.
    const bounds = options.includeNegated ? (matches.allBounds ??= boundsOf(matches.all)) : (matches.plainBounds ??= boundsOf(matches.plain))
    let first = firstAtLeast(bounds.starts, from ?? 0)
    let last = firstAtLeast(bounds.starts, to ?? Infinity)
    if (overlapping) {
      first = Math.max(first, firstAtLeast(bounds.ends, overlapping.start + 1))
      last = Math.min(last, firstAtLeast(bounds.starts, overlapping.end))
    }
    return list.slice(first, Math.min(last, first + (limit ?? Infinity)))
  }

  private matchesOf(lexicon: Lexicon): SentenceMatches | undefined {
    let matches = this.cache?.get(lexicon)
    if (!matches) {
      const hits = compileLexicon(lexicon).hitsIn(this.preparedText())
      // Most sentences have no mention of most lexicons: nothing to keep.
      if (hits.length === 0) return undefined
      const negated = negationsOf(hits, this.text)
      // A question in running text asks what the project does, it states nothing: a form's "Le projet comprend-il un
      // volet de formation ? Si oui, décrivez-le.". A question heading ("¿Qué aprenderán en el curso?") names its section.
      // Nor does an open item of a task list: "- [ ] Identificar consultora de género" is still to do.
      // Nor does what a line labels an open point: "Punto abierto: organizaciones sindicales", "Open question: who owns the toolkit".
      // A funder's numbered question, set as a heading over its answer ("Q13. ¿Colaborará el proyecto con el Centro
      // Internacional de Formación de la OIT?", "Q11. Does the project include training? If yes, explain how the
      // training materials will be shared"), is the funder's words, all of it: it names its section, and states nothing.
      const asked = (this.asked ??=
        (this.source.container !== 'heading' && (QUESTION_END.test(this.text) || OPEN_POINT.test(this.text) || DECLINED_ITEM.test(this.source.text))) ||
        // What a participant proposed in the discussion of minutes ("FESTRAS proposed adding a line of USD 60,000 for
        // gender", "Se propuso encargar un diagnóstico") is theirs: the meeting's decision, recorded apart, is the plan.
        (this.source.inDiscussion === true && reportsAProposal(this.text)) ||
        (this.source.container === 'heading' && isFormQuestion(this.source.text)) ||
        this.source.openTask === true)
      const declinedLabel = (this.declinedLabel ??= declinedLabelEnd(this.text, this.section?.isIn('budget') === true))
      // The marker of an open task ("TODO") is the writer's own word, read as written: a rule may look for it.
      const markerEnd = this.source.openTask === true && this.from === 0 ? (OPEN_TASK_MARKER.exec(this.text)?.[0].length ?? 0) : 0
      const turnedDown = (start: number, end: number) => {
        if ((asked && start >= markerEnd) || this.source.declinedByRow === true || this.source.declinedAbove === true || end <= declinedLabel) return true
        // "Anexo 2: estrategia de sostenibilidad (en preparación)": named, not yet written.
        if (placeholderInBracketsAt(this.text, end)) return true
        // "**Tracer survey (discontinued).**": dropped.
        if (droppedInBracketsAt(this.text, end)) return true
        // "point focal genre à désigner", "gender focal point to be designated": a post named, nobody in it yet.
        if (placeholderAt(this.text, end)) return true
        const byNext = this.turnedDownByNext()
        return byNext === 'everything' || (byNext === 'weighed' && weighsAnOption(this.text, start, end))
      }
      const all = hits.map(
        ({start, end, term}, index) => new SentenceMatch(this.text.slice(start, end), term, negated[index]! || turnedDown(start, end), this, start),
      )
      matches = {all, plain: all.filter((match) => !match.negated)}
      this.cache ??= new Map()
      this.cache.set(lexicon, matches)
    }
    return matches
  }

  has(lexicon: Lexicon): boolean {
    return this.find(lexicon).length > 0
  }
}

/** A sentence's matches of one lexicon, kept with the sentence (callers get copies), and where they start. */
interface SentenceMatches {
  all: readonly Match[]
  plain: readonly Match[]
  allBounds?: Bounds
  plainBounds?: Bounds
}

/** Where each match of a list starts and ends in the sentence's text. */
interface Bounds {
  starts: number[]
  ends: number[]
}

function boundsOf(list: readonly Match[]): Bounds {
  return {starts: list.map((match) => match.sentenceIndex), ends: list.map((match) => match.sentenceIndex + match.text.length)}
}

/**
 * A lexicon's match in a sentence. Its source range is worked out when first read: rules ask
 * mostly whether and where in the sentence a term is, and report few of the matches they see,
 * while mapping a range back to lines and columns is most of what building a match costs.
 */
class SentenceMatch implements Match {
  private ownRange: Range | undefined
  readonly section: Section | null

  constructor(
    readonly text: string,
    readonly term: string,
    readonly negated: boolean,
    readonly sentence: BlockSentence,
    readonly sentenceIndex: number,
  ) {
    this.section = sentence.section
  }

  get range(): Range {
    return (this.ownRange ??= this.sentence.rangeIn(this.sentenceIndex, this.sentenceIndex + this.text.length))
  }

  /** Where the match starts and ends in the source, without its lines and columns (see `matchOffsets`). */
  get offsets(): {start: number; end: number} {
    if (this.ownRange) return {start: this.ownRange.start.offset, end: this.ownRange.end.offset}
    return this.sentence.offsetsIn(this.sentenceIndex, this.sentenceIndex + this.text.length)
  }
}

/** Words a line's label may have before its colon: "Accompagnement des délégués après les séminaires". */
const LABEL_WORDS = 8
/**
 * Words a label its value declines may have, without a comma: a slide's or a form's line may name the thing at length before its colon
 * ("Acompañamiento en el puesto o mentoría a las personas formadas después de los talleres y del curso: no está
 * incluido en el presupuesto"), as long as it stays within `LABEL_CHARACTERS`.
 */
const DECLINED_LABEL_WORDS = 20
/** How far into its text a label's colon may be: a label is short, and no long sentence is tokenized twice for it. */
const LABEL_CHARACTERS = 120

/** A dash with spaces around it, which ends a label as a colon does ("Gender strategy – TBD" in task lists and slides). */
const SPACED_DASH = / [-–—] /u

/**
 * Where a short label that opens a line or sentence ends, at its colon, else at a spaced dash: "Estrategia de salida:
 * por definir", "Accompagnement des délégués après les séminaires : non financé", "Gender strategy – TBD". The index
 * of the colon or dash; -1 when the text opens with no label of at most `maxWords` words.
 */
export function labelEnd(text: string, maxWords: number): number {
  const isLabel = (end: number) => end > 0 && end <= LABEL_CHARACTERS && words(text.slice(0, end)).length <= maxWords
  const colon = text.indexOf(':')
  if (isLabel(colon)) return colon
  const dash = SPACED_DASH.exec(text.slice(0, LABEL_CHARACTERS + 2))
  return dash && isLabel(dash.index + 1) ? dash.index + 1 : -1
}

/**
 * A sentence that opens by naming its topic: "As for the implementation of the agreement once signed, …", "Quant à
 * l'application de l'accord, …", "En cuanto a la difusión del protocolo, …". What the topic names is what the rest of
 * the sentence speaks about, not what it states.
 */
const TOPIC_OPENER =
  /^\s*(?:as (?:for|to|regards)|regarding|concerning|with (?:regard|respect) to|quant (?:à|aux?)|en ce qui concerne|pour ce qui (?:est|concerne)|s['’]agissant|en cuanto a|respecto (?:a|de)|con respecto a|en lo que (?:respecta|se refiere) a|por lo que (?:respecta|se refiere) a)(?![\p{L}\p{N}])/iu
/** How far into its sentence a topic's comma may be: a topic is a phrase, not a clause. */
const TOPIC_CHARACTERS = 120

/** Where the topic a sentence opens with ends (its comma), or -1 when it opens with none (`TOPIC_OPENER`). */
export function topicEnd(text: string): number {
  if (!TOPIC_OPENER.test(text)) return -1
  const comma = text.indexOf(',')
  return comma !== -1 && comma <= TOPIC_CHARACTERS ? comma : -1
}

/**
 * Where a short label that opens the sentence ends, when what follows its colon declines it, as a table cell declines
 * its row: "Accompagnement des délégués après les séminaires : non financé dans cette phase", "Coaching: not planned".
 * What the label names is then no plan; -1 when there is no such label.
 */
function declinedLabelEnd(text: string, inBudget: boolean): number {
  return (inBudget ? budgetLabels : labels).get(text, (text) => readDeclinedLabel(text, inBudget))
}

/** `whatTurnsDownTheSentenceBefore` of recent sentences, which a re-lint asks again. */
const turnsDownBefore = new RecentTexts<'nothing' | 'weighed' | 'everything'>(2_000)

/** `declinedLabelEnd` of recent sentences, in a budget and elsewhere: a re-lint asks the same sentences again. */
const labels = new RecentTexts<number>(5_000)
const budgetLabels = new RecentTexts<number>(1_000)

function readDeclinedLabel(text: string, inBudget: boolean): number {
  // A label longer than most is a name, without a comma: "After the three courses, each of the forty cooperatives …
  // will receive coaching visits from the union: not funded" is a sentence with a colon late.
  let colon = labelEnd(text, LABEL_WORDS)
  if (colon === -1) {
    colon = labelEnd(text, DECLINED_LABEL_WORDS)
    if (/[,;]/u.test(text.slice(0, colon))) colon = -1
  }
  // An inline field of Obsidian or Dataview doubles its colon: "Référente genre:: à désigner".
  const value = text.startsWith(':', colon + 1) ? text.slice(colon + 2) : text.slice(colon + 1)
  // So does a placeholder: "Suivi après la fin du projet : à décider (TBD)" leaves the follow-up unsettled. (In a
  // budget, "Gender-responsive outreach: to be determined" is a line without its amount, which gender-budget points at.)
  return colon !== -1 && (declinesWhatItNames(value) || (!inBudget && opensWithPlaceholder(value))) ? colon : -1
}

/**
 * A note's opening that cites a source: its author with the year or its acronym in brackets ("NORC at the University of
 * Chicago (2020), …", "Centre international de formation de l'OIT (CIF-OIT), évaluations indépendantes annuelles …"),
 * or an author's name (capitalised words) then a title and a year ("World Bank, Returning Home: Tracer Survey …, 2020.").
 */
const AUTHOR_IN_BRACKETS = /^[^,;:()\r\n]{2,100}\((?:(?:1[89]|20)\d\d[a-z]?|\p{Lu}[\p{Lu}\p{N}&.\-–]{1,15})\)\s*,/u
const NAMED_AUTHOR = /^\p{Lu}[\p{L}.'’\-]*(?:\s+(?:(?:of|the|and|for|at|on|de|du|des|la|le|les|el|los|las|y|et|en|del|l['’])\s+)*\p{Lu}[\p{L}.'’\-]*){0,8},\s[^\r\n]*\b(?:1[89]|20)\d\d[a-z]?[.)]?$/u

/** Whether a note's first sentence cites a source: what it says is that source's, not the project's plan. */
function citesASource(text: string): boolean {
  return AUTHOR_IN_BRACKETS.test(text) || NAMED_AUTHOR.test(text)
}

/** A sentence that ends with a question mark, before any closing quote or bracket. */
const QUESTION_END = /\?[\s"'”’»)\]]*$/u

/**
 * The number of a form's item: "Q13.", "Question 4:", "Pregunta 7.", and "P7." as Spanish forms abbreviate "pregunta"
 * (a bare "3." may be the writer's own outline).
 */
const FORM_ITEM_NUMBER = /^\s*(?:q|p|question|pregunta)[ \t]?\d{1,3}\b/iu

/** Whether a text is a form's numbered item that asks, somewhere in it: "Q11. Does the project include training? If yes, explain…". */
export function isFormQuestion(text: string): boolean {
  return FORM_ITEM_NUMBER.test(text) && /[?？]/u.test(text)
}

/**
 * The marker an outliner (Logseq, org-mode) opens a task with while it is to do, under way or dropped: "TODO confirm
 * the union partner", "LATER ask the donor", "CANCELED regional workshop". Such a task states no plan, as an open
 * task-list item does. Written in capitals, as the outliner writes it: "Now the ministry…" is a sentence.
 * A question mark before the words marks the writer's open question the same way: "- ? gender person – consultant or
 * NPC? no budget line yet", "- ? vérifier avec la CNSS", "- ? ¿curso virtual del CIF?".
 */
export const OPEN_TASK_MARKER = /^\s*(?:TODO|LATER|NOW|DOING|WAITING|WAIT|IN-PROGRESS|CANCELED|CANCELLED|\?+)(?:\s*:)?\s/u

/** A line labelled as a point still open: "Open point:", "Open question:", "Point ouvert :", "Punto abierto:". */
const OPEN_POINT = /^\s*(?:open (?:points?|questions?|issues?)|points? ouverts?|questions? ouvertes?|puntos? abiertos?|preguntas? abiertas?)[ \t]?:/iu

/**
 * A block labelled as turned down or put aside, as minutes record what a meeting did not decide: "**Not agreed:** a
 * mid-term evaluation, for reasons of cost", "**Parked:** a gender strategy…", "No hay acuerdo:", "Aplazado:",
 * "Non retenu :", "Reporté :"; or as a plan lists what it leaves out: "*Not included in this phase: ITC-ILO courses;
 * monthly coaching visits.*", "Fuera del alcance:". What the block says is no plan.
 */
export const DECLINED_ITEM =
  /^\s*(?:not agreed|no agreement|parked|rejected|declined|dropped|deferred|postponed|not retained|not adopted|not included(?: in (?:this|the) (?:phase|project|proposal|note))?|out of scope|no incluid[oa]s?(?: en esta fase)?|fuera del alcance|non inclus(?:es?)?(?: dans cette phase)?|hors (?:du )?(?:champ|p[ée]rim[èe]tre)|no hay acuerdo|sin acuerdo|no acordad[oa]|aplazad[oa]|pospuest[oa]|descartad[oa]|rechazad[oa]|pas d['’]accord|non retenue?|non adoptée?|rejetée?|reportée?|écartée?|ajournée?|en suspens)[ \t]?:/iu

/**
 * A block labelled as decided, as minutes record what a meeting agreed: "**Agreed:** a final independent evaluation in
 * month 28", "**Acuerdo:** …", "**Décision :** …", "Convenu :". (A turned-down label opens with its negator:
 * "Not agreed:", "No hay acuerdo:", "Pas d'accord :" are `DECLINED_ITEM`.)
 */
export const DECIDED_ITEM =
  /^\s*(?:agreed|agreement|decisions?|decided|resolved|adopted|approved|acuerdos?|acordado|se acuerda|decisi[óo]n(?:es)?|decidido|aprobado|adoptado|d[ée]cisions?|d[ée]cid[ée]e?|convenue?|accord|retenue?|adopt[ée]e?|valid[ée]e?)[ \t]?:/iu

/** Whether each hit is negated: like the hits, it depends on the sentence's text alone, so it is kept with them. */
const negations = new WeakMap<readonly Hit[], readonly boolean[]>()

function negationsOf(hits: readonly Hit[], text: string): readonly boolean[] {
  let negated = negations.get(hits)
  if (!negated) negations.set(hits, (negated = hits.map(({start, end}) => isNegated(text, start, end))))
  return negated
}

/**
 * False when the sentence has no mention of the lexicon, negated or not. A
 * document-wide search asks every sentence, and most have none: this answers
 * from the hits kept for the sentence's text, without building matches.
 */
export function mayMention(sentence: Sentence, compiled: CompiledLexicon): boolean {
  return !(sentence instanceof BlockSentence) || sentence.hasHits(compiled)
}

/**
 * Where a sentence starts and ends in the document. Ordering a long document's thousands of
 * sentences needs only these, and working out each one's lines and columns was a tenth of a re-lint.
 */
export function matchOffsets(match: Match): {start: number; end: number} {
  return match instanceof SentenceMatch ? match.offsets : {start: match.range.start.offset, end: match.range.end.offset}
}

export function sentenceOffsets(sentence: Sentence): {start: number; end: number} {
  return sentence instanceof BlockSentence
    ? {start: sentence.startOffset, end: sentence.endOffset}
    : {start: sentence.range.start.offset, end: sentence.range.end.offset}
}

/** The sentence's text as lexicons search it; null for a sentence not made here. */
export function preparedOf(sentence: Sentence): PreparedText | null {
  return sentence instanceof BlockSentence ? sentence.preparedText() : null
}

/** Whether the sentence mentions the lexicon, negated or not: `mayMention` made exact, still without building matches for the document's sentences. */
export function mentions(sentence: Sentence, lexicon: Lexicon, compiled: CompiledLexicon): boolean {
  return sentence instanceof BlockSentence ? sentence.hasHits(compiled) : sentence.find(lexicon, {includeNegated: true}).length > 0
}

/** One sentence of a block's text: where it starts in the text, and its text (trimmed). */
interface SentenceSpan {
  readonly start: number
  readonly text: string
}

/**
 * The sentences of recent block texts, split once: the language server's next lint has the same
 * blocks but the edited one, and their sentence texts are then the very strings every text-keyed
 * cache (`RecentTexts`) was filled with.
 */
const splits = new RecentTexts<readonly SentenceSpan[]>(4_000)

function sentencesOfText(text: string, wholeText: boolean): readonly SentenceSpan[] {
  const found: SentenceSpan[] = []
  for (let [start, end] of wholeText ? [[0, text.length] as [number, number]] : sentenceSpans(text)) {
    while (start < end && /\s/u.test(text[start]!)) start++
    while (end > start && /\s/u.test(text[end - 1]!)) end--
    const sentence = text.slice(start, end)
    if (/[\p{L}\p{N}]/u.test(sentence)) found.push({start, text: sentence})
  }
  return found
}

function splitText(text: string): readonly SentenceSpan[] {
  return sentencesOfText(text, false)
}

/**
 * The sentences of a block, with ranges mapped back to the source. Paragraphs,
 * list items and table cells split at sentence ends; a heading is one sentence.
 */
export function splitSentences(block: TextBlock, rangeOf: RangeOf): Sentence[] {
  const spans = block.container === 'heading' ? sentencesOfText(block.text, true) : splits.get(block.text, splitText)
  if (spans.length === 0) return []
  const unit = rangeOf(block.unit.start, block.unit.end)
  return spans.map(({start, text}, index) => new BlockSentence(text, block, start, unit, rangeOf, spans[index + 1]?.text, index === 0))
}

/** Numbering before a title or an item written as a paragraph: "1)", "2.", "a)", "(b)", "iv.". */
const TITLE_NUMBERING = /^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+/iu
/** How many words a run-in title has at most: "Gender strategy and expertise.", "IOM and the UN system." */
const TITLE_WORDS = 6
/** Words that make a short sentence a statement rather than a title: auxiliaries, common verbs, subject pronouns (folded). */
const STATEMENT_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'will', 'shall', 'would', 'can', 'could', 'may', 'must', 'has', 'have', 'had', 'do', 'does', 'did',
  'we', 'they', 'i', 'you', 'he', 'she', 'it', 'there', 'not', 'no',
  'est', 'sont', 'sera', 'seront', 'etait', 'ont', 'avons', 'va', 'vont', 'nous', 'ils', 'elles', 'il', 'elle', 'on', 'pas', 'ne',
  'es', 'son', 'seran', 'fue', 'ha', 'han', 'hemos', 'hay', 'esta', 'estan', 'van', 'nosotros', 'ellos', 'ellas',
])

/**
 * Whether a block's first sentence is a run-in title: a phrase of a few words, numbered or not, ending in a full stop,
 * with no verb nor subject pronoun that would make it a statement ("Training of trainers.", "IOM and the UN system.").
 */
function isRunInTitle(text: string): boolean {
  if (!text.endsWith('.')) return false
  const numbering = TITLE_NUMBERING.exec(text)?.[0].length ?? 0
  const tokens = words(text).filter((token) => token.start >= numbering)
  return tokens.length > 0 && tokens.length <= TITLE_WORDS && !tokens.some((token) => STATEMENT_WORDS.has(token.word) || /^\d/u.test(token.word))
}
