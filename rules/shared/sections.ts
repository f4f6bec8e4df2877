// What sections hold, for rules that want a topic written down: real content
// rather than a placeholder, a topic given as a paragraph's lead-in instead of
// its own heading, and the skeleton sections a fix appends.
import {isRealHeading, labelEnd, trailingRunStart, words, type Lexicon, type Match, type ProposalModel, type Section, type Sentence, type TextEdit} from '@lessonlint/core'

/**
 * Whether a section holds real content: something under its heading that is
 * more than a placeholder ("TBD", "To be completed", "...").
 */
export function hasRealContent(model: ProposalModel, section: Section): boolean {
  if (!section.hasContent || !section.contentRange) return false
  const found = model.sentences({within: section.contentRange, includeHeadings: false})
  const sentences = found.map((sentence) => sentence.text.trim())
  const words = sentences.join(' ')
  if (PLACEHOLDER.test(words) || !/\p{L}/u.test(words)) return false
  // A drafting note and a pointer elsewhere ("🚧 TBD — we settle it after the meeting. See also form question 7.2.").
  // (A pointer alone, "See Annex 3.", says where the content is.) An open item of a task list is still to do: "- [ ] À
  // rédiger (@fatou.sow) — tenir compte des remarques de l'ambassade".
  let drafting = false
  for (const [index, sentence] of sentences.entries()) {
    if (isPlaceholderSentence(sentence) || found[index]!.openTask === true) drafting = true
    else if (!isCrossReference(sentence)) return true
  }
  return !drafting
}

/**
 * A sentence that only points elsewhere: "See also section 4.", "Voir aussi l'annexe 2.", "Ver también pregunta 7.2",
 * after a short lead-in saying what for ("Pour le diagnostic complet, voir l'analyse genre") or a label ("Sans
 * changement : se reporter à la section 7 du PRODOC").
 */
export function isCrossReference(text: string): boolean {
  const trimmed = text.trim()
  return CROSS_REFERENCE.test(trimmed) || LINKS_ONLY.test(trimmed)
}

/**
 * Whether a section's text only points elsewhere ("See Annex 3.", "La stratégie de sortie est présentée à l'annexe
 * D."): it says where its topic is written, and describes none of it here.
 */
export function onlyPointsElsewhere(model: ProposalModel, section: Section): boolean {
  if (!section.contentRange) return false
  const found = model.sentences({within: section.contentRange, includeHeadings: false})
  return found.length > 0 && found.every((sentence) => isCrossReference(sentence.text) || POINTER.test(sentence.text.trim()))
}

/**
 * A sentence that says where its topic is set out, and no more: "The exit strategy is described in Annex D", "La
 * stratégie de sortie est présentée à l'annexe D", "La estrategia de salida se detalla en el anexo D".
 */
const POINTER =
  /^[^.;:]{1,80} (?:(?:is|are) (?:presented|described|set out|detailed|given|explained|outlined|provided) in|(?:est|sont) (?:présentée?s?|décrite?s?|détaillée?s?|exposée?s?|précisée?s?) (?:à|dans)|figurent? (?:à|dans|en)|se (?:presenta|presentan|describe|describen|detalla|detallan|expone|exponen) en|(?:está|están) (?:descrit[oa]s?|detallad[oa]s?|expuest[oa]s?) en|figuran? en) (?:the |l'|l’|la |le |el |la )?(?:annexe?|appendix|section|chapter|part|partie|chapitre|anexo|sección|apartado|capítulo|parte)\s?[\p{L}\d.]{1,6}\.?$/iu

/** A line of wiki links and tags only, maybe after an arrow: "→ [[Exit strategy (draft)]] #todo". */
const LINKS_ONLY = /^(?:[→➜⇒]\s?)?(?:\[\[[^\]\r\n]{1,200}\]\][\s,;]*)+(?:#[\p{L}\d_/-]+\s?)*$/u

/**
 * Whether a mention only names where something is: in a sentence that points elsewhere, or past a colon into such a
 * pointer ("La stratégie genre reste à rédiger : voir [[Stratégie genre (brouillon)]]").
 */
export function inCrossReference(match: Match): boolean {
  const {text} = match.sentence
  if (isCrossReference(text) || inWikiLink(text, match.sentenceIndex)) return true
  const colon = text.lastIndexOf(':', match.sentenceIndex)
  return colon !== -1 && isCrossReference(text.slice(colon + 1))
}

/**
 * Whether a position is inside a wiki link, which names another page: "Genre : TBD (sera chiffré avec la [[Stratégie
 * genre]])". What that page holds is not in this document.
 */
function inWikiLink(text: string, at: number): boolean {
  const open = text.lastIndexOf('[[', at)
  if (open === -1 || text.lastIndexOf(']]', at) > open) return false
  const close = text.indexOf(']]', at)
  return close !== -1 && !text.slice(open, close).includes('\n')
}

const CROSS_REFERENCE =
  /^(?:(?:for|pour|para) [^,]{1,40}, |[^:]{1,40}: )?(?:see(?: also)?|cf\.|refer to|voir(?: aussi| également)?|se (?:reporter|référer) (?:à|au|aux)|ver(?: también)?|véase(?: también)?|remitirse al?) (?:\S+ ){0,5}\S+$/iu

/**
 * Whether one sentence is a placeholder ("To be developed during the inception phase in consultation with the Steering
 * Committee."), or a short label with one ("Estrategia de salida: por definir con el MTPS", "Sustainability plan: to be
 * agreed with the State Government during months 1–6 (TBD)"), as slides and forms write them.
 */
export function isPlaceholderSentence(text: string): boolean {
  const trimmed = text.trim()
  if (PLACEHOLDER.test(trimmed)) return true
  const colon = labelEnd(trimmed, LABEL_WORDS)
  return colon !== -1 && PLACEHOLDER.test(trimmed.slice(colon + 1).trim())
}

/** Words a label before a placeholder may have: "Enfoque de género", "Plan de pérennisation du projet". */
const LABEL_WORDS = 5

/**
 * What a section holds when it is not written yet: "TBD", "To be developed during the inception
 * phase", "À compléter", "Por definir", in brackets or not ("[À compléter après la mission d'identification.]").
 * A placeholder may say when it will be written, nothing else; a "TBD" may go on to say why ("TBD, nobody assigned
 * yet", "TBD — we settle it after the meeting"). A callout's emoji may open it ("🚧 TBD"), and its title may say the section is
 * being written ("Sección en elaboración", "Work in progress"). A field of a GitHub issue form left blank reads "_No response_".
 * A note to the team may follow the word that leaves the section to write: "À compléter — Issouf envoie sa partie lundi",
 * "Pendiente: se completa después de la reunión con la viceministra", "TODO — sección pendiente"; and a pointer in
 * brackets may follow it: "TBD (cf. points ouverts)".
 */
const PLACEHOLDER =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?[[(]?(?:[-–—.…\s]*|tbd|tbc|tba|todo|n\/a|(?:(?:to be|will be) (?:completed|written|drafted|developed|added|confirmed|defined|determined|elaborated|prepared|agreed|decided|finali[sz]ed)|[àa] (?:compl[ée]ter|r[ée]diger|d[ée]finir|pr[ée]ciser|d[ée]velopper|[ée]laborer|convenir|arr[êe]ter)|(?:sera|seront) (?:d[ée]finie?s?|[ée]labor[ée]e?s?|d[ée]velopp[ée]e?s?|pr[ée]cis[ée]e?s?|d[ée]cid[ée]e?s?)|por (?:completar|definir|redactar|desarrollar|elaborar|acordar|decidir)|(?:se|ser[áa]n?) (?:definir[áa]n?|elaborar[áa]n?|desarrollar[áa]n?|decidir[áa]n?|definid[oa]s?|elaborad[oa]s?|desarrollad[oa]s?|decidid[oa]s?))(?: (?:later|plus tard|ult[ée]rieurement|m[áa]s adelante|posteriormente))?(?: \((?:tbd|tbc)\))?(?:,? (?:during|in|at|by|after|once|following|upon|with|depending on|subject to|lors|pendant|au cours|d[èe]s|apr[èe]s|[àa] l['’]issue|[àa] la suite|avec|selon|en fonction de|sous r[ée]serve|durante|en|al|tras|despu[ée]s|una vez|con|seg[úu]n)\b[^.!]*)?|(?:(?:secci[óo]n|section|chapitre|cap[íi]tulo|chapter|partie|parte|part) )?(?:pending|pendiente|en attente)(?: (?:de|d['’]|of) [\p{L}-]+)?|no response|open (?:questions?|points?)|(?:questions? ouvertes?|points? ouverts?)|(?:preguntas? abiertas?|puntos? abiertos?)|(?:(?:secci[óo]n|section|chapitre|cap[íi]tulo|partie|parte) )?(?:en (?:elaboraci[óo]n|construcci[óo]n|preparaci[óo]n|redacci[óo]n|cours d['’][ée]laboration|cours de r[ée]daction|pr[ée]paration|construction)|(?:work )?in progress|under construction|being (?:drafted|prepared|written))|xxx+|lorem ipsum.*|(?:tbd|tbc|tba|todo|[àa] compl[ée]ter|[àa] r[ée]diger|por completar|por redactar|pendiente|to be (?:completed|written|drafted))(?:[,;:]| [-–—]) .*)(?: \((?:tbd|tbc|por definir|[àa] d[ée]finir|(?:cf\.|see|voir|ver|véase) [^()]*)\))?[.!]?[\])]?$/iu

/** mdast nodes, through the contract (the rules package does not depend on mdast itself). */
type Node = Parameters<ProposalModel['rangeOfNode']>[0]

/**
 * The paragraphs (list items' included) and table cells of running text
 * outside the background, each as the run of its sentences.
 */
function textBlocks(model: ProposalModel): Sentence[][] {
  const starts: number[] = []
  const visit = (node: Node): void => {
    if (node.type === 'paragraph' || node.type === 'tableCell') starts.push(model.rangeOfNode(node).start.offset)
    else if ('children' in node) for (const child of node.children as Node[]) visit(child)
  }
  visit(model.tree)
  const blocks: Sentence[][] = []
  let block = -1
  let previous = -1
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    // Sentences and blocks both come in document order: a sentence is in the last block starting at or before it.
    while (block + 1 < starts.length && starts[block + 1]! <= sentence.range.start.offset) block++
    if (block === previous && blocks.length > 0) blocks.at(-1)!.push(sentence)
    else blocks.push([sentence])
    previous = block
  }
  return blocks
}

/**
 * Whether a paragraph or list item opens with a term of the lexicon as its
 * lead-in ("**Exit strategy.** The working group...", "Gender: outreach is
 * designed...") and goes on for at least `minWords` words: a topic written
 * into another section rather than under its own heading.
 */
export function describedByLeadIn(model: ProposalModel, lexicon: Lexicon, minWords: number): boolean {
  return leadInDescribing(model, lexicon, minWords) !== null
}

/**
 * What may stand before the term a lead-in opens with: nothing but markup, or a preposition that introduces the topic
 * ("On gender, the project applies…", "En matière de genre, …", "En cuanto al género, …").
 */
const OPENS_A_TOPIC =
  /^[\s#>-]*(?:(?:on|regarding|concerning|as for|as regards|with regard to|en mati[eè]re d['’e]|en ce qui concerne(?: l[ae]| l['’])?|quant (?:au|aux|à la|à l['’])|en cuanto a(?:l| la| las| los)?|respecto a(?:l| la)?|en materia de)\s*)?$/iu

/** The lead-in that `describedByLeadIn` finds, or null. */
export function leadInDescribing(model: ProposalModel, lexicon: Lexicon, minWords: number): Match | null {
  for (const block of textBlocks(model)) {
    const first = block[0]!
    // In a table, the lead-in is a form's label in the first of two cells, and what describes the topic is the
    // answer beside it ("| **Gender equality** *(Describe how…)* | Women receive about one in ten… |"). A cell with
    // the term elsewhere is an activity or a criterion ("| Viabilité des résultats après la fin de la subvention | 10 |").
    const answer = first.container === 'table-cell' ? answerBeside(model, first) : null
    if (first.container === 'table-cell' && answer === null) continue
    for (const match of first.find(lexicon)) {
      if (!OPENS_A_TOPIC.test(first.text.slice(0, match.sentenceIndex))) continue
      if ((answer === null ? wordCount(block) - words(match.text).length : words(answer).length) >= minWords) return match
    }
  }
  return null
}

/** Whether a term of the lexicon, anywhere in a paragraph, comes with at least `minWords` more words of that paragraph. */
export function describedInBlock(model: ProposalModel, lexicon: Lexicon, minWords: number): boolean {
  return termDescribedInBlock(model, lexicon, minWords) !== null
}

/** The term that `describedInBlock` finds, or null. */
export function termDescribedInBlock(model: ProposalModel, lexicon: Lexicon, minWords: number): Match | null {
  for (const block of textBlocks(model)) {
    const matches = block.flatMap((sentence) => sentence.find(lexicon))
    const found = matches.find((match) => wordCount(block) - words(match.text).length >= minWords && !keptAsInTheOriginal(match))
    if (found) return found
  }
  return null
}

/**
 * Whether a mention is listed after a label saying it stays as the original document has it, in an amendment or an
 * extension request: "Restent inchangés : l'analyse des risques (section 9 du ProDoc) … ; la stratégie de sortie
 * (section 10 du ProDoc)", "Unchanged: the exit strategy (section 10 of the ProDoc)", "Sin cambios: …". It is named
 * there, and described in a document the proposal does not hold.
 */
export function keptAsInTheOriginal(match: Match): boolean {
  const {text} = match.sentence
  const colon = text.indexOf(':')
  return colon !== -1 && colon < match.sentenceIndex && UNCHANGED_LABEL.test(text.slice(0, colon))
}

/** A label of what stays unchanged, before its colon. */
const UNCHANGED_LABEL =
  /^\s*(?:(?:the following|these|other|all other) (?:elements |parts |sections )?(?:remain|stay)s? unchanged|unchanged(?: elements| parts| sections)?|no changes?(?: to)?|(?:restent|reste|demeurent|demeure) (?:inchangée?s?|sans changement)|(?:éléments |parties )?inchangée?s?|sans changement|(?:se mantienen|permanecen|quedan) (?:sin cambios|igual(?:es)?)|sin cambios)\s*$/iu

/** The text of the second cell when the sentence stands in the first of a row of two, or null. */
function answerBeside(model: ProposalModel, sentence: Sentence): string | null {
  const row = model.tableRowAt(sentence.range.start.offset)
  if (!row || row.cells.length !== 2) return null
  const [label, answer] = row.cells
  return label!.range.start.offset <= sentence.range.start.offset && sentence.range.start.offset < label!.range.end.offset ? answer!.text : null
}

/** How many words a block holds, by the core's tokenizer. */
function wordCount(block: readonly Sentence[]): number {
  return block.reduce((count, sentence) => count + words(sentence.text).filter((token) => /\p{L}/u.test(token.word)).length, 0)
}

/**
 * An edit that appends skeleton sections (heading, blank line, placeholder
 * comment) at the end of the document, one blank line apart, with the
 * document's own line ending. The placeholder is an HTML comment: it is not
 * content, so rules that judge a section's content still see it as empty.
 */
export function appendSections(model: ProposalModel, sections: ReadonlyArray<{heading: string; placeholder: string}>): TextEdit {
  const eol = model.eol
  const depth = topSectionDepth(model)
  const numbering = nextNumbering(model, depth)
  const blocks = sections.map(
    ({heading, placeholder}, index) => `${'#'.repeat(depth)} ${numbering?.(index) ?? ''}${heading}${eol}${eol}${placeholder}${eol}`,
  )
  const end = model.text.length
  // The line breaks that end the text, by a backwards scan (a pattern retried at every offset of a long run is quadratic).
  const trailing = model.text.slice(trailingRunStart(model.text, (char) => char === '\n' || char === '\r'))
  const lead = end === 0 ? '' : trailing.length === 0 ? `${eol}${eol}` : trailing === eol || trailing === '\n' || trailing === '\r\n' ? eol : ''
  return {start: end, end, text: lead + blocks.join(eol)}
}

const ROMAN_VALUES: ReadonlyArray<[string, number]> = [['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]]

function toRoman(value: number): string {
  let rest = value
  let roman = ''
  for (const [letters, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      roman += letters
      rest -= amount
    }
  }
  return roman
}

function fromRoman(roman: string): number | undefined {
  let value = 0
  let rest = roman
  for (const [letters, amount] of ROMAN_VALUES) {
    while (rest.startsWith(letters)) {
      value += amount
      rest = rest.slice(letters.length)
    }
  }
  return rest === '' && value > 0 ? value : undefined
}

/**
 * When the document numbers its top sections ("6. Budget", "IV. Riesgos",
 * "7) Suivi"), the numbering of the skeleton sections that follow them
 * ("7. Risques"), in the same style; undefined when it does not.
 */
function nextNumbering(model: ProposalModel, depth: number): ((index: number) => string) | undefined {
  const top = model.sections.filter((section) => section.heading.depth === depth && isRealHeading(section.heading))
  const last = top.at(-1)?.heading
  if (!last || !last.text.endsWith(last.title)) return undefined
  const prefix = /^(\d{1,3}|[IVXLC]{1,6})([.)]?)(\s+)$/u.exec(last.text.slice(0, last.text.length - last.title.length))
  if (!prefix) return undefined
  const [, label, mark, space] = prefix as unknown as [string, string, string, string]
  const arabic = /^\d+$/u.test(label)
  const value = arabic ? Number(label) : fromRoman(label)
  if (value === undefined) return undefined
  return (index) => `${arabic ? String(value + index + 1) : toRoman(value + index + 1)}${mark}${space}`
}

/** The level of the document's top sections: below a depth-1 title, else the shallowest real heading. */
function topSectionDepth(model: ProposalModel): number {
  const title = model.title?.depth === 1 && model.sections.length > 1 ? model.title : null
  const isTitle = (section: Section) => section.heading.range.start.offset === title?.range.start.offset
  const depths = model.sections
    .filter((section) => !isTitle(section) && isRealHeading(section.heading))
    .map((section) => section.heading.depth)
  if (depths.length > 0) return Math.min(...depths)
  return model.title ? Math.min(6, model.title.depth + 1) : 2
}
