import type {Nodes, Parents, Root, RootContent, Table, TableRow} from 'mdast'
import type {TextBlock} from '../text/blocks.js'
import type {FrontMatterField, Section} from '../types.js'
import {declinesWhatItNames as declines, isConditionalHeading, turnsDownWhatFollows} from '../text/negation.js'
import {opensWithPlaceholder} from '../text/placeholders.js'
import {DECIDED_ITEM, DECLINED_ITEM, OPEN_TASK_MARKER} from '../text/sentences.js'
import {isMermaid, mermaidLabels} from './diagrams.js'
import {isMailHeader} from './mail.js'
import {optionsNotRetained} from './options.js'
import {scenarioOpening, scenariosNotPlannedOn} from './scenarios.js'
import {fieldText} from './frontmatter.js'
import {flatTextOf, type FlatText} from './inline.js'
import {isPlaceholder, type HeadingNode, type TextRange} from './sections.js'
import {namesAChecklist} from './headings.js'
import {eachNode, sourceLines} from './tree.js'
import {RecentTexts} from '../text/recent.js'

/**
 * A block made only of wiki-style metadata tags ("[[focal_point:…]]
 * [[thematic_areas:vocational training]]"), as knowledge bases export them:
 * labels of the document, not what it says.
 */
const METADATA_TAGS = /^\s*(?:\[\[[^\]\n]*\]\]\s*)+$/u


/**
 * What opens a reviewer's comment, as drafts exported with their comments write them: "[Comment – M. Diallo]:",
 * "Comment (JR):", "Commentaire (OIT Dakar) :", "[Comentario – L. Pineda]:", "Reviewer's note:". The label, up to
 * a few words of who wrote it, then a colon.
 */
const REVIEW_COMMENT =
  /^\s*(?:\[\s*)?(?:comments?|commentaires?|comentarios?|reviewer'?s? (?:comments?|notes?)|review comments?|note (?:du|de la) relect(?:eur|rice)|nota (?:del|de la) (?:revisor|revisora))(?:[ \t]*[-–—(][^\]\n:]{0,60})?(?:\][ \t]*|[ \t]*):/iu

/**
 * Lines of a documentation site's markup, not prose: abbreviation definitions ("*[TVET]: Technical and vocational
 * education and training"), snippet includes ('--8<-- "annexes/budget.md"') and the includes an AsciiDoc conversion
 * left as text ("include::chapters/09-sustainability.adoc[leveloffset=+1]"), whose files are not in the proposal.
 */
const SITE_MARKUP_LINE = /^[ \t]*(?:\*\[[^\]\r\n]{1,40}\]:.*|--8<--.*|include::[^\s[]+\[[^\]\r\n]*\])?$/u

const SITE_MARKUP_OPENING = /^[ \t]*(?:\*\[|--8<--|include:)/u

function isSiteMarkup(node: Nodes, text: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  // Most paragraphs open otherwise: they are passed by before their lines are split.
  if (node.type !== 'paragraph' || start === undefined || end === undefined || !SITE_MARKUP_OPENING.test(text.slice(start, start + 8))) return false
  return text.slice(start, end).split(/\r\n|\r|\n/u).every((line) => SITE_MARKUP_LINE.test(line))
}

/**
 * A blockquote or footnote that holds a reviewer's comment on a draft ("> **[Comment – M. Diallo]:** Add a gender
 * budget line?"): what a reviewer asks or suggests is not what the proposal says.
 */
function isReviewComment(node: Parents, text: string): boolean {
  const first = node.children[0]
  return first?.type === 'paragraph' && REVIEW_COMMENT.test(flatTextOf(first, text).text)
}

/**
 * A block quote that gives someone's own words and then who said them: "> *"Nobody ever trained us on the chemicals."*"
 * over "> — Rosa Mamani, 34, sorter in Facatativá". A testimony tells the speaker's experience, not what the proposal
 * plans; the proposal's own text around it says what the project will do.
 */
function isTestimony(node: Parents, text: string): boolean {
  const first = node.children[0]
  const last = node.children.at(-1)
  if (first?.type !== 'paragraph' || last?.type !== 'paragraph') return false
  if (!QUOTATION_OPENING.test(flatTextOf(first, text).text)) return false
  const start = last.position?.start.offset
  const end = last.position?.end.offset
  if (start === undefined || end === undefined) return false
  const lines = text.slice(start, end).split(/\r\n|\r|\n/u)
  return ATTRIBUTION_LINE.test(lines.at(-1)!.replace(/^[\s>]*/u, ''))
}

/** A quotation's opening mark, after emphasis: '*"…', '« …', '“…'. */
const QUOTATION_OPENING = /^\s*["“«„‘']/u
/** Who said it, on the quote's last line: "— Rosa Mamani, 41 años", "– Ahmed Salem, armateur", "-- Ana". */
const ATTRIBUTION_LINE = /^(?:[*_]+)?(?:—|–|--?)\s*(?:[*_]+)?\p{Lu}/u

/**
 * A comment a Google Docs export lists at the end, under the letter that anchors it in the text: "[a] Maria Lopez:
 * Shouldn't we add a gender specialist here?", "[c] Grace Wanjiru (COTU-K): …". A reviewer's question is not what the
 * proposal says.
 */
const ANCHORED_COMMENT = /^\s*\[[a-z]{1,2}\][ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:/u

/**
 * An earlier message of an e-mail thread, quoted under its attribution line: "> On 3 March 2026, Lars Mikkelsen
 * wrote:", "> Le 3 mars 2026, Claudia Meier a écrit :", "> El 3 de marzo, Mariana Keller escribió:", or the line a
 * mail program writes above the quote ("On Wed, 5 Mar 2025 at 15:10, Hannah Brooks <h.brooks@example.org> wrote:").
 * What the donor or a partner asked in it is their words, not what the proposal says.
 */
const QUOTED_ATTRIBUTION = /^\s*(?:on|le|el) [^\n]{1,200}(?:wrote|a écrit|escribió)[ \t]?:\s*$/iu

function isQuotedMessage(node: Parents, text: string, before: Nodes | undefined): boolean {
  // A mail program puts the attribution above the quote ("On Wed, 5 Mar 2025 at 15:10, Hannah Brooks <…> wrote:"),
  // the paragraph's last line, or the message's header ("**From:** Karin Lindqvist" over "**Sent:** …").
  if (before?.type === 'paragraph') {
    const lines = sourceLines(before, text)
    if (QUOTED_ATTRIBUTION.test(lines.at(-1) ?? '') || isMailHeader(lines)) return true
  }
  const first = node.children[0]
  // Or a reply quotes it with the message: the attribution, or the header, opens the quote.
  if (first?.type !== 'paragraph') return false
  const lines = sourceLines(first, text)
  return QUOTED_ATTRIBUTION.test(lines[0] ?? '') || isMailHeader(lines)
}

/**
 * A donor template's guidance left in the text, in italics: "*Guidance: describe the gender strategy, the gender
 * expertise mobilised and the gender budget (max. 400 words).*", "*Consignes : …*". It tells the writer what to write;
 * the proposal says nothing by it. Read by its label, or by the word limit it closes with.
 */
const GUIDANCE_LABEL = /^\s*(?:guidance|guidelines?|instructions?|note to (?:the )?applicants?|orientaci[óo]n(?:es)?|instrucci[óo]n(?:es)?|indicaciones|consignes?|note aux (?:candidats|demandeurs))[ \t]?:/iu
const WORD_LIMIT = /\((?:max\.?|maximum|máx\.?|máximo)[ \t]\d[\d,. ]*[ \t](?:words|palabras|mots)\)[.\s]*$|\(\d[\d,. ]*[ \t](?:words|palabras|mots)[ \t](?:max(?:imum)?|máx(?:imo)?)\.?\)[.\s]*$/iu

/**
 * A template's instruction to the applicant, by how it opens: a verb that asks for a text ("Describe how the action
 * will address gender equality…", "Expliquez comment…", "Describa las actividades…"; an English verb before what it
 * asks for, as "Present in all three provinces, …" is no instruction) or what applicants must do
 * ("Applicants must use this template", "Les demandeurs doivent…", "Los solicitantes deben…").
 */
const INSTRUCTION_OPENING =
  /^\s*(?:please[ \t]+|veuillez[ \t]+|por favor,?[ \t]+)?(?:describe|explain|present|provide|indicate|specify|list|outline|summari[sz]e|justify|demonstrate|identify|detail)[ \t]+(?:the|a|an|how|what|why|when|where|which|who|whether|your|any|all|each|its|their|briefly|clearly|concisely|here|in detail)\b|^\s*(?:please[ \t]+|veuillez[ \t]+|por favor,?[ \t]+)?(?:d[ée]crivez|d[ée]crire|expliquez|pr[ée]sentez|indiquez|pr[ée]cisez|fournissez|[ée]num[ée]rez|r[ée]sumez|justifiez|d[ée]montrez|d[ée]taillez|identifiez|describa|explique|presente|indique|especifique|detalle|proporcione|enumere|resuma|justifique|demuestre|identifique)\b|^\s*(?:the[ \t]+)?applicants?[ \t]+(?:must|should|shall|are[ \t]+(?:asked|requested|invited|expected)[ \t]+to)\b|^\s*(?:les|le)[ \t]+(?:demandeurs?|candidats?|porteurs?[ \t]+de[ \t]+projet)[ \t]+(?:doi(?:t|vent)|(?:est|sont)[ \t]+invit[ée]s?)\b|^\s*(?:los|las|el|la)[ \t]+solicitantes?[ \t]+(?:debe(?:n|r[áa]n?)?|deber[áa]n?)\b/iu

/**
 * A template's guidance: a paragraph all in italics that says it is guidance (its label, or the word limit it closes
 * with) or opens as an instruction to the applicant; or, quoted in a blockquote, a paragraph that opens as one
 * ("> Describe how the action will address gender equality"): the proposal quotes what it was asked, it does not say it.
 */
function isTemplateGuidance(paragraph: Nodes, text: string, quoted = false): boolean {
  if (paragraph.type !== 'paragraph') return false
  const italic = paragraph.children.length === 1 && paragraph.children[0]!.type === 'emphasis'
  if (!italic && !quoted) return false
  const said = flatTextOf(paragraph, text).text
  return INSTRUCTION_OPENING.test(said) || (italic && (GUIDANCE_LABEL.test(said) || WORD_LIMIT.test(said)))
}

/**
 * A resubmission's log of the reviewers' comments and the answers to them ("| Reviewer comment | Our response | Where in
 * the proposal |"): the comments are the donor's words, the answers say what was changed, and the proposal that follows
 * is where it was changed (or not). None of it is the proposal's own text.
 */
const COMMENT_HEADER = /\b(?:comments?|remarks?|observations?|commentaires?|remarques?|comentarios?|observaci[óo]n(?:es)?)\b/iu
const RESPONSE_HEADER = /\b(?:responses?|replies|reply|answers?|r[ée]ponses?|respuestas?)\b/iu

/** The texts of a table's header cells (none when it has no header row). */
function headerTitles(table: Nodes & Parents, text: string): string[] {
  const header = table.children[0]
  if (!header || !('children' in header)) return []
  return (header.children as Nodes[]).map((cell) => ('children' in cell ? flatTextOf(cell as Nodes & Parents, text).text : ''))
}

function isReviewLog(table: Nodes & Parents, text: string): boolean {
  const titles = headerTitles(table, text)
  return titles.some((title) => COMMENT_HEADER.test(title)) && titles.some((title) => RESPONSE_HEADER.test(title))
}

/**
 * A management response to an evaluation ("| Recommendation of the evaluators | Response | How phase two addresses
 * it |"): the recommendations are the evaluators' words, what they said should be done. The response and its follow-up
 * say what the proposal does with each (a declined one declines its row), so only the recommendation column is left out.
 */
const RECOMMENDATION_HEADER = /\b(?:recommendations?|recommandations?|recomendaci[óo]n(?:es)?)\b/iu

function recommendationColumn(table: Nodes & Parents, text: string): number {
  const titles = headerTitles(table, text)
  if (!titles.some((title) => RESPONSE_HEADER.test(title) && !RECOMMENDATION_HEADER.test(title))) return -1
  return titles.findIndex((title) => RECOMMENDATION_HEADER.test(title) && !RESPONSE_HEADER.test(title))
}

/** A column of the original design in a revision table: "Indicateur (PRODOC)", "Original target", "Meta inicial". */
const ORIGINAL_HEADER = /(?:^|[^\p{L}])(?:original|initial(?:e|es)?|inicial(?:es)?|prodoc|approved|approuv[ée]e?s?|aprobad[oa]s?|project document|document de projet|documento de proyecto)(?![\p{L}])/iu
/** A column of the revised design: "Indicateur révisé", "Revised target", "Meta revisada". */
const REVISED_TITLE = /(?:^|[^\p{L}])(?:revised|r[ée]vis[ée]e?s?|revisad[oa]s?)(?![\p{L}])/iu
/** A revised cell that keeps the original: empty, "Unchanged", "Inchangé", "Sin cambio", "=". */
const UNCHANGED = /^(?:unchanged|no change|same|as before|inchang[ée]e?s?|sans changement|idem|sin cambios?|igual|=|[-–—])?\.?$/iu

/**
 * The original design's columns a revision table supersedes, each with the revised column that replaces it:
 * "| Indicateur (PRODOC) | Indicateur révisé | … | Cible PRODOC | Cible révisée |". Paired in order: the first original
 * column with the first revised one after it.
 */
function supersededColumns(table: Nodes & Parents, text: string): Array<[original: number, revised: number]> {
  const titles = headerTitles(table, text)
  const originals = titles.flatMap((title, column) => (ORIGINAL_HEADER.test(title) && !REVISED_TITLE.test(title) ? [column] : []))
  const revised = titles.flatMap((title, column) => (REVISED_TITLE.test(title) ? [column] : []))
  const pairs: Array<[number, number]> = []
  for (const original of originals) {
    const replacing = revised.find((column) => column > original && !pairs.some(([, taken]) => taken === column))
    if (replacing !== undefined) pairs.push([original, replacing])
  }
  return pairs
}

/** A line that ends as a table row's figures do: an amount, a share, a dash for none ("Intégration du genre à déterminer –"). */
const FIGURE_END = /[\d%–—-]$/u

/** Whether `[start, end)` of the text has `count` line breaks or more (most paragraphs have none). */
function hasLines(text: string, start: number, end: number, count: number): boolean {
  let found = 0
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) if (++found >= count) return true
  return false
}

/**
 * A paragraph's lines, each a row of a table flattened into text, or null when they are not: four lines or more, three
 * in four ending in a figure (prose wrapped into lines ends them anywhere). Each row keeps its (unshifted) offsets.
 */
function flattenedRows(flat: FlatText, source: string, shift: number): FlatText[] | null {
  const {text, offsets} = flat
  // Where a line starts: the character after one that a line break in the source stands behind (`shift` moves the
  // flat text's offsets to where its block now stands).
  const starts = [0]
  for (let index = 1; index < text.length; index++) {
    const from = offsets[index - 1]! + shift + 1
    const to = offsets[index]! + shift
    if (to > from ? source.slice(from, to).includes('\n') : source[from - 1] === '\n') starts.push(index)
  }
  if (starts.length < 4) return null
  const rows = starts.map((start, index) => {
    const end = starts[index + 1] ?? text.length
    return {text: text.slice(start, end), offsets: offsets.slice(start, end + 1)}
  })
  const figures = rows.filter((row) => FIGURE_END.test(row.text.trimEnd())).length
  return figures * 4 >= rows.length * 3 ? rows : null
}

/** Two line breaks in a row, as a table cell writes a blank line between its paragraphs: "…contrôle.<br><br>Participation : …". */
const CELL_PARAGRAPH_BREAK = /<br\s*\/?>\s*<br\s*\/?>/giu

/**
 * A table cell's paragraphs, each a block of its own, as a list item's are: a form's long answer ("| Méthodologie |
 * Le programme couvre : 1) … 5) …<br><br>Participation : au moins 40 % de femmes … |") says one thing per paragraph,
 * and what a paragraph opens with (a label, a curriculum's lead-in) is said of that paragraph only.
 */
function cellParagraphs(flat: FlatText, source: string, shift: number): FlatText[] {
  const {text, offsets} = flat
  const from = offsets[0]! + shift
  const to = offsets.at(-1)! + shift
  const cellSource = source.slice(from, to)
  if (!/<br/iu.test(cellSource)) return [flat]
  // The flat text's first character at or after a source offset, by bisection: the offsets ascend.
  const indexAt = (offset: number) => {
    let low = 0
    let high = text.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (offsets[middle]! + shift < offset) low = middle + 1
      else high = middle
    }
    return low
  }
  const paragraphs: FlatText[] = []
  // Each paragraph without the spaces around it.
  const add = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++
    while (end > start && /\s/u.test(text[end - 1]!)) end--
    if (end > start) paragraphs.push({text: text.slice(start, end), offsets: offsets.slice(start, end + 1)})
  }
  let start = 0
  for (const {index, 0: brk} of cellSource.matchAll(CELL_PARAGRAPH_BREAK)) {
    add(start, indexAt(from + index))
    start = indexAt(from + index + brk.length)
  }
  if (start === 0) return [flat]
  add(start, text.length)
  return paragraphs
}

/** A form's header over its fields and the applicant's answers: "| Field | Response |", "| Champ | Réponse |", "| Campo | Respuesta |". */
const FIELD_HEADER = /^(?:fields?|questions?|items?|champs?|rubriques?|campos?|preguntas?|rubros?|apartados?)$/iu
const ANSWER_HEADER = /^(?:responses?|answers?|r[ée]ponses?|respuestas?|contenu|content|contenido|details?|d[ée]tails?|detalles?)$/iu

/** Whether a row's two cells are a form's header: the field, then the answer. */
function namesFieldAndAnswer(row: TableRow, text: string): boolean {
  const [field, answer] = row.children.map((cell) => flatTextOf(cell, text).text.trim())
  return FIELD_HEADER.test(field ?? '') && ANSWER_HEADER.test(answer ?? '')
}

/**
 * A form exported as a table of its fields: two columns, the field's label then the applicant's answer, under a
 * header that says so ("| Field | Response |") or with every label in bold ("| **Sustainability** | … |"), as a
 * donor's portal writes it.
 */
function isFormTable(table: Table, text: string): boolean {
  const rows = table.children
  if (rows.length < 3 || rows.some((row) => row.children.length !== 2)) return false
  if (namesFieldAndAnswer(rows[0]!, text)) return true
  return rows.slice(1).every((row) => row.children[0]?.children[0]?.type === 'strong')
}

/**
 * A form's field the applicant left without an answer here: empty, not applicable ("N/A", "Sans objet"), or pointing to
 * a file attached apart ("See attached (Annex 4)", "Voir pièce jointe n° 5", "Ver documento adjunto").
 */
function unanswered(row: TableRow, text: string): boolean {
  const answer = flatTextOf(row.children[1]!, text).text.replace(/[*_]/gu, '').trim()
  return answer === '' || /^[-–—]$/u.test(answer) || NOT_APPLICABLE_ANSWER.test(answer) || ATTACHED_APART.test(answer)
}

const NOT_APPLICABLE_ANSWER = /^(?:n\/?a|not applicable|non applicable|sans objet|no aplica|no procede)\.?$/iu
const ATTACHED_APART =
  /^(?:(?:see|voir|ver|v[ée]ase|cf\.?)\s+(?:the\s+|la\s+|le\s+|el\s+)?)?(?:attached|attachment|enclosed|pi[eè]ce jointe|document joint|fichier joint|adjunto|documento adjunto|archivo adjunto)(?![\p{L}])[^.]{0,40}\.?$/iu

/** A table's status column, as partner and task tables have: "Status", "Statut", "Estado". */
const STATUS_HEADER = /^(?:status|statut|estado|[ée]tat)$/iu

/** A column of a results table's values: baselines, targets, milestones, values measured ("Meta intermedia", "Cible 2026"). */
const VALUE_HEADER = /(?<![\p{L}\p{N}])(?:baselines?|targets?|milestones?|values?|r[ée]f[ée]rence|cibles?|jalons?|valeurs?|l[íi]nea de base|metas?|hitos?|valor(?:es)?)(?![\p{L}\p{N}])/iu
/** Whether a paragraph's source ends with a colon, maybe inside its emphasis ("**Not funded:**"): a lead-in may. */
function endsWithColon(node: Nodes, text: string): boolean {
  return /:[\s*_]*$/u.test(text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
}

/** A scenario's cell that leaves the row out of it: "No", "Non (supprimé)", "No se ejecuta". */
const NO_IN_A_SCENARIO = /^\s*(?:no|non|not|none|aucune?|ninguno|ninguna)(?![\p{L}])/iu
/** A cell that holds nothing but a zero or a dash. */
const NOTHING = /^(?:0+(?:[.,]0+)?|[-–—])$/u

/** A cell's text without the signs a status may open with: "❓ Por decidir", "✅ Confirmé". */
function withoutSigns(cell: string): string {
  return cell.replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, '').trim()
}

/**
 * The running text of the document as text blocks, in document order: each
 * paragraph, each paragraph of a list item, each table cell, and each
 * heading whose section has content (an empty heading is no evidence).
 * Code, HTML, front matter, reviewers' comments, quoted earlier messages, the messages around the proposal (a chat
 * export's around the draft they wrote, a cover e-mail before its title: `correspondence`), review logs, a template's
 * guidance and a documentation site's markup are not running text.
 */
export function buildTextBlocks(
  tree: Root,
  text: string,
  headingNodes: readonly HeadingNode[],
  sections: readonly Section[],
  sectionOf: (offset: number) => Section | null,
  fields: readonly FrontMatterField[] = [],
  correspondence: readonly TextRange[] = [],
): TextBlock[] {
  const blocks: TextBlock[] = fieldBlocks(fields)
  const headingSections = new Map<Nodes, Section>()
  headingNodes.forEach(({node}, index) => {
    const section = sections[index]
    if (section) headingSections.set(node, section)
  })

  // An open item of a task list is still to do ("- [ ] Identificar consultora de género"), unless the list is the plan
  // itself: a wiki page's activities written as tasks, none ticked ("- [ ] 1.4 Puesta en marcha: curso para los
  // inspectores…"). A list with ticked items is a checklist of what is done and what is not, wherever it stands.
  const plannedTasks = new Set<Nodes>()
  // A section headed by a condition not yet met ("If additional funds are mobilised") holds no plan, nor do its subsections.
  // So does a section headed by a funding scenario the text does not plan on ("### Scenario A – full funding").
  const notPlanned = scenariosNotPlannedOn(tree, text)
  const unplanned = (title: string) => notPlanned.size > 0 && notPlanned.has(scenarioOpening(title) ?? '')
  const conditional = new Set(sections.filter((section) => isConditionalHeading(section.heading.title) || unplanned(section.heading.title)))
  const underConditionalHeading = (section: Section | null): boolean => {
    for (let each = section; each && conditional.size > 0; each = each.parent) if (conditional.has(each)) return true
    return false
  }
  const add = (node: Nodes & Parents, container: TextBlock['container'], section: Section | null, unitNode: Nodes = node, declinedByRow = false): void => {
    const flat = flatTextOf(node, text)
    if (flat.text.trim() === '' || METADATA_TAGS.test(flat.text) || isSiteMarkup(node, text)) return
    const unit = {start: unitNode.position?.start.offset ?? 0, end: unitNode.position?.end.offset ?? 0}
    // A paragraph or item labelled by a scenario not planned on is that scenario's: "**Scénario A – financement complet.** Le
    // scénario A couvre…".
    const declinedAbove = container !== 'heading' && (inDeclinedList || underConditionalHeading(section) || (container !== 'table-cell' && unplanned(flat.text)))
    // An outliner writes a task as a bullet opening with its marker ("- TODO confirm the union partner").
    const openTask = unitNode.type === 'listItem' && ((unitNode.checked === false && !plannedTasks.has(unitNode)) || OPEN_TASK_MARKER.test(flat.text))
    const push = (piece: FlatText, pieceUnit: {start: number; end: number}) =>
      blocks.push({
        text: piece.text,
        offsets: piece.offsets,
        shift: flat.shift,
        container,
        section,
        unit: pieceUnit,
        ...(declinedByRow ? {declinedByRow} : {}),
        ...(declinedAbove ? {declinedAbove} : {}),
        ...(openTask ? {openTask} : {}),
        ...(inNote ? {inNote} : {}),
        ...(leadIn && container === 'list-item' ? {leadIn} : {}),
      })
    // A table flattened into lines (a PDF's budget: "Suivi et évaluations 150 000 6,4 %") has a row per line, each a
    // unit of its own: one line's label and the next line's amount are not said of one thing.
    const shift = flat.shift ?? 0
    const rows = node.type === 'paragraph' && hasLines(text, unit.start, unit.end, 3) ? flattenedRows(flat, text, shift) : null
    if (rows) for (const row of rows) push(row, {start: row.offsets[0]! + shift, end: row.offsets.at(-1)! + shift})
    else if (container === 'table-cell') {
      // A cell's first paragraph is read with its row (its label, the row's other cells); a later one is a unit of its own.
      cellParagraphs(flat, text, shift).forEach((paragraph, index) =>
        push(paragraph, index === 0 ? unit : {start: paragraph.offsets[0]! + shift, end: paragraph.offsets.at(-1)! + shift}),
      )
    } else push(flat, unit)
  }
  /** Whether the walk is in a footnote's text. */
  let inNote = false
  /** Whether the walk is in a list its lead-in turns down (`turnsDownWhatFollows`), or in an option not retained. */
  let inDeclinedList = false
  /** The paragraph ending in a colon that introduces the list being walked, if any (nested lists keep their outer list's). */
  let leadIn: {start: number; end: number} | undefined
  /** The items of options lists that the text does not retain (`optionsNotRetained`). */
  const notRetained = new Set<Nodes>()

  // A footnote is read where the text calls it: "…aucune disposition spécifique[^2]" in the context makes its note
  // ("[^2]: … Son plan d'action cible les entreprises du secteur formel.") the context's, not the last section's.
  // (The tree is walked for the calls only when it has notes.)
  const calledAt = new Map<string, number>()
  if (tree.children.some((child) => child.type === 'footnoteDefinition')) {
    eachNode(tree, (node) => {
      if (node.type === 'footnoteReference' && !calledAt.has(node.identifier)) calledAt.set(node.identifier, node.position?.start.offset ?? 0)
    })
  }

  // A list item's paragraphs (and nested lists) are one unit of meaning with it: the innermost item.
  const walk = (parent: Parents, listItem: Nodes | null, calledFrom?: number): void => {
    const inListItem = listItem !== null
    const sectionAt = (offset: number) => sectionOf(calledFrom ?? offset)
    // A loop, not forEach: each level of nesting (a quote in a quote…) costs one frame of the stack, not three.
    for (const [index, child] of parent.children.entries()) {
      const start = child.position?.start.offset ?? 0
      if (correspondence.some((part) => start >= part.start && start < part.end)) continue
      const headingSection = headingSections.get(child)
      if (headingSection) {
        if (headingSection.hasContent) add(child as Nodes & Parents, 'heading', headingSection)
        continue
      }
      switch (child.type) {
        case 'paragraph':
        case 'heading':
          if (isTemplateGuidance(child, text, parent.type === 'blockquote') || (child.type === 'paragraph' && ANCHORED_COMMENT.test(text.slice(start, start + 80)))) break
          if (child.type === 'paragraph' && !inListItem && ATTACHMENTS_LEAD_IN.test(flatTextOf(child, text).text)) break
          add(child, inListItem ? 'list-item' : 'paragraph', sectionAt(start), listItem ?? child)
          break
        case 'table': {
          if (isReviewLog(child, text)) break
          const statusColumn = child.children[0]?.children.findIndex((cell) => STATUS_HEADER.test(withoutSigns(flatTextOf(cell, text).text))) ?? -1
          // A results table's values: "Not planned" under "Mid-term target" is no target for that date, not the row declined.
          // (A table of properties, "| Property | Value |", gives each label its one value: there a placeholder declines.)
          const header = child.children[0]?.children ?? []
          const valueColumns = new Set(header.length < 3 ? [] : header.flatMap((cell, column) => (VALUE_HEADER.test(flatTextOf(cell, text).text) ? [column] : [])))
          const recommendations = recommendationColumn(child, text)
          const superseded = supersededColumns(child, text)
          // A table of funding scenarios, one column each: the columns of scenarios not planned on are no plan, and in the
          // planned one a "No", a dash or a zero declines the row ("| Partenariat avec le Centre de Turin | Oui | Non (supprimé) |").
          const scenarioColumns = notPlanned.size === 0 ? [] : header.map((cell) => scenarioOpening(flatTextOf(cell, text).text))
          const unplannedColumn = (column: number) => notPlanned.has(scenarioColumns[column] ?? '')
          const plannedColumn = (column: number) => scenarioColumns[column] != null && !unplannedColumn(column) && scenarioColumns.some((_, other) => unplannedColumn(other))
          const cancelled = cancelledMark(parent.children[index + 1], text)
          const form = isFormTable(child, text)
          child.children.forEach((row, index) => {
            // A form's field left unanswered says nothing in this file: its label is the form's, not the proposal's.
            if (form && (index === 0 ? namesFieldAndAnswer(row, text) : unanswered(row, text))) return
            // A body row whose cell declines it: what its other cells name is no evidence.
            // (A zero amount declines nothing here: gender-budget points at a gender line's zero cell.)
            // In a table of properties (a label, then its value), a placeholder value leaves the label unsettled:
            // "| Punto focal género | TBD |". (A logframe's "TBD" target leaves its indicator standing, and a budget's
            // "| Gender line | TBD |" is a line without an amount.)
            const isProperty = row.children.length === 2 && sectionAt(start)?.isIn('budget') !== true
            // So does a status column's placeholder, in a table of partners or tasks: "| Cancillería | Gobierno | — | ❓ Por decidir |".
            const declinesRow = (cell: Nodes & Parents, column: number) => {
              const cellText = flatTextOf(cell, text).text
              if (valueColumns.has(column)) return false
              return (
                declinesInAStatement(cellText) ||
                (((isProperty && column === 1) || column === statusColumn) && opensWithPlaceholder(withoutSigns(cellText))) ||
                // A line revised to nothing is cut: "| 1.5 ITC-ILO Academy | 36,000 | 0 | –36,000 |" under "| … | PRODOC (EUR) | Revised (EUR) |".
                (superseded.some(([, revised]) => revised === column) && NOTHING.test(cellText.trim())) ||
                (plannedColumn(column) && (NOTHING.test(cellText.trim()) || NO_IN_A_SCENARIO.test(cellText)))
              )
            }
            const declining = index === 0 ? -1 : cancelled && markedOnly(row, cancelled, text) ? 1 : row.children.findIndex(declinesRow)
            // A cell that opens by declining gives its reason after, no plan either: "Non associée au projet — les
            // entreprises membres de la FEC bénéficient déjà d'un programme distinct". One that declines in a later
            // statement (a form's long answer) keeps what it says before.
            const declinedAtItsStart = declining !== -1 && declines(flatTextOf(row.children[declining]!, text).text)
            // An original design's cell its revised cell replaces ("| Nombre de fonctionnaires formés, ventilé par sexe |
            // Nombre d'inspecteurs formés |") is no longer the plan; one the revision keeps ("| … | Inchangé |") stands.
            const replaced = (column: number) =>
              superseded.some(([original, revised]) => original === column && !UNCHANGED.test(flatTextOf(row.children[revised] ?? row, text).text.trim()))
            row.children.forEach((cell, column) => {
              if (index > 0 && (column === recommendations || replaced(column) || unplannedColumn(column))) return
              // A template's row titled by its first cell: the cell is its section's heading.
              const titled = headingSections.get(cell)
              if (titled) {
                if (titled.hasContent) add(cell, 'heading', titled)
              } else {
                add(cell, 'table-cell', sectionAt(cell.position?.start.offset ?? start), row, declining !== -1 && (column !== declining || declinedAtItsStart))
              }
            })
          })
          break
        }
        case 'list':
          // The ticks of a checklist the applicant fills in ("- [x] Gender analysis included (Annex 3)") claim what
          // the proposal holds: the proposal's text says whether it does.
          if (child.children.some((item) => typeof item.checked === 'boolean') && inChecklist(sectionAt(start))) break
          if (listsAttachments(child, text, sectionAt(start))) break
          if (sectionAt(start)?.isIn('activities') && !child.children.some((item) => item.checked === true)) {
            for (const item of child.children) plannedTasks.add(item)
          }
          {
            const before = parent.children[index - 1]
            const outer = inDeclinedList
            const outerLeadIn = leadIn
            const introduced = before?.type === 'paragraph' && endsWithColon(before, text)
            inDeclinedList ||= introduced && turnsDownWhatFollows(flatTextOf(before, text).text)
            if (introduced) leadIn = {start: before.position?.start.offset ?? 0, end: before.position?.end.offset ?? 0}
            for (const item of optionsNotRetained(parent.children as RootContent[], index, text)) notRetained.add(item)
            walk(child, listItem, calledFrom)
            inDeclinedList = outer
            leadIn = outerLeadIn
          }
          break
        case 'listItem': {
          const outer = inDeclinedList
          inDeclinedList ||= notRetained.has(child)
          walk(child, child, calledFrom)
          inDeclinedList = outer
          break
        }
        case 'footnoteDefinition':
          if (!isReviewComment(child, text)) {
            inNote = true
            walk(child, listItem, calledAt.get(child.identifier) ?? calledFrom)
            inNote = false
          }
          break
        case 'blockquote':
          if (!isReviewComment(child, text) && !isQuotedMessage(child, text, parent.children[index - 1]) && !isTestimony(child, text)) walk(child, listItem, calledFrom)
          break
        case 'code':
          if (isCellOutput(child, parent.children[index - 1], text)) blocks.push(...outputLines(child, text, sectionAt(start)))
          else if (isMermaid(child.lang)) blocks.push(...diagramBlocks(child, text, sectionAt(start)))
          break
        case 'html':
        case 'yaml':
        case 'definition':
          break
        default:
          if ('children' in child) walk(child as Parents, listItem, calledFrom)
      }
    }
  }

  walk(tree, null)
  markDiscussion(blocks)
  return blocks
}

/** How many recorded decisions make a document minutes whose decisions, not its discussion, are the plan. */
const DECISIONS_OF_A_RECORD = 3

/**
 * Minutes that serve as the proposal label what the meeting decided ("**Agreed:** a final evaluation in month 28",
 * "**Acuerdo:** …", "**Décision :** …") and what it did not. Their other paragraphs and items report the discussion.
 */
function markDiscussion(blocks: TextBlock[]): void {
  let decisions = 0
  for (const block of blocks) if (block.container !== 'heading' && DECIDED_ITEM.test(block.text) && ++decisions >= DECISIONS_OF_A_RECORD) break
  if (decisions < DECISIONS_OF_A_RECORD) return
  for (const block of blocks) {
    if ((block.container === 'paragraph' || block.container === 'list-item') && !DECIDED_ITEM.test(block.text) && !DECLINED_ITEM.test(block.text)) {
      block.inDiscussion = true
    }
  }
}

/**
 * The printed output of a notebook's code cell, as `jupyter nbconvert --to markdown` writes it: an indented block
 * right after the fenced cell ("    Lignes marquées genre : 130 000 EUR"). It is the figures the proposal states.
 */
function isCellOutput(node: Nodes, before: Nodes | undefined, text: string): boolean {
  if (node.type !== 'code' || before?.type !== 'code' || !before.lang) return false
  const start = node.position?.start.offset
  return start !== undefined && !/^[ \t]*(?:```|~~~)/u.test(text.slice(start, start + 8))
}

/**
 * A diagram's labels (`model/diagrams.ts`), each a block of its own, as a list's items are: a Gantt task, a node of
 * the theory of change, an arrow's "co-delivers the ToT". Their unit is the label itself.
 */
function diagramBlocks(node: Nodes, text: string, section: Section | null): TextBlock[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  return mermaidLabels(text, start, end).map(({text: label, offsets}) => ({
    text: label,
    offsets,
    container: 'list-item',
    section,
    unit: {start: offsets[0]!, end: offsets.at(-1)!},
  }))
}

/** Each line of a cell's output a block of its own, its offsets the source's (the indentation is no text). */
function outputLines(node: Nodes, text: string, section: Section | null): TextBlock[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  const blocks: TextBlock[] = []
  let lineStart = start
  for (const line of text.slice(start, end).split('\n')) {
    const indent = /^[ \t]*/u.exec(line)![0].length
    const content = line.slice(indent).trimEnd()
    if (/[\p{L}\p{N}]/u.test(content)) {
      const from = lineStart + indent
      const offsets = Array.from({length: content.length + 1}, (_, at) => from + at)
      blocks.push({text: content, offsets, container: 'paragraph', section, unit: {start: from, end: from + content.length}})
    }
    lineStart += line.length + 1
  }
  return blocks
}

/**
 * The front matter's own text (`FrontMatter.fields`) as text blocks, first in the document: each record a block
 * (`fieldText`), under the section of its top-level key ("partners", "budget_lines"), which names its kind.
 */
function fieldBlocks(fields: readonly FrontMatterField[]): TextBlock[] {
  return fields.map((field) => {
    const {text, offsets} = fieldText(field)
    return {text, offsets, container: field.listItem ? 'list-item' : 'paragraph', section: field.section, unit: {start: offsets[0]!, end: offsets.at(-1)!}}
  })
}

/** Where a cell's statements end: a stop or a semicolon, then a space. */
const STATEMENT_END = /[.;]\s+/u

/**
 * Whether a cell declines what its row names in one of its statements: "Not required", or a note that tells the line's
 * purpose and then that it was cut ("Was to review tools and train FMA staff. Removed in the ceiling cut of 12 May;
 * unfunded"). Each statement is read from its start, as a whole cell is.
 */
/**
 * The mark a workplan's legend gives to what is cancelled, in the paragraph right after the table: "✓ = previsto · X =
 * cancelado", "X = cancelled", "✗ : annulé". A row marked with it and nothing else ("| 1.7 Acompañamiento en obra | | | X
 * | X |") is no longer the plan.
 */
function cancelledMark(next: Nodes | undefined, text: string): string | undefined {
  if (next?.type !== 'paragraph') return undefined
  const legend = flatTextOf(next as Nodes & Parents, text).text
  return CANCELLED_LEGEND.exec(legend)?.[1]
}

const CANCELLED_LEGEND = /(?:^|[\s·;,|])(\S{1,2})\s*[=:]\s*(?:cancell?ed|dropped|removed|deleted|cancelad[oa]s?|eliminad[oa]s?|suprimid[oa]s?|annulée?s?|supprimée?s?|abandonnée?s?)(?![\p{L}])/iu

/** Whether the cells after a row's first hold the mark and nothing else (some of them may be empty). */
function markedOnly(row: Nodes & Parents, mark: string, text: string): boolean {
  const marks = row.children.slice(1).map((cell) => flatTextOf(cell as Nodes & Parents, text).text.trim())
  return marks.some((cell) => cell === mark) && marks.every((cell) => cell === '' || cell === mark)
}

function declinesInAStatement(cellText: string): boolean {
  return cellsDeclining.get(cellText, (cell) => cell.split(STATEMENT_END).some((statement) => declines(statement)))
}

/** `declinesInAStatement` of recent cells: each lint asks every cell of every table, and an edit changes one at most. */
const cellsDeclining = new RecentTexts<boolean>(4_000)

/** Whether a section or one of its ancestors is a checklist the applicant ticks (`namesAChecklist`). */
function inChecklist(section: Section | null): boolean {
  for (let at = section; at; at = at.parent) if (namesAChecklist(at.heading.title)) return true
  return false
}

/**
 * The title of an attachment in a list of them: "Annex 3: Gender analysis", "Annexe 3 : Analyse de genre", "Anexo 6.
 * Estrategia de salida", "Appendix B – Logframe". A list of attachments names documents the file does not hold: a
 * title there ("Annexe 3 : Analyse de genre et plan d'action genre") is no content of the proposal's.
 */
const ATTACHMENT_TITLE = /^\s*(?:annex(?:e|es)?|anexos?|appendi(?:x|ces)|attachments?|pi[eè]ces? jointes?|adjuntos?)\s+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,4})\b/iu

/** A heading over a list of attachments: "Annexes", "10. Liste des annexes", "List of appendices", "Anexos". */
const ATTACHMENTS_HEADING = /^(?:(?:list of|liste des|lista de)\s+)?(?:annex(?:e)?s|anexos|appendices|attachments|pi[eè]ces jointes|adjuntos)\b/iu

/** A paragraph that lists the attachments after a lead-in: "**Anexos:** 1. Marco normativo. 2. Marco lógico…". */
const ATTACHMENTS_LEAD_IN = /^\s*(?:annex(?:e)?s|anexos|appendices|attachments|pi[eè]ces jointes|adjuntos)\s*:/iu

/** Words an attachment's title holds at most: more make a sentence about it, which is the proposal's. */
const ATTACHMENT_TITLE_WORDS = 20

/** Whether a list names attachments by their titles: each item one, or each a short line under a heading that lists them. */
function listsAttachments(list: Nodes & Parents, text: string, section: Section | null): boolean {
  const first = list.children[0] as (Nodes & Parents) | undefined
  if (!first) return false
  const underHeading = section !== null && ATTACHMENTS_HEADING.test(section.heading.title.trim())
  // Most lists are no such thing: their first item tells, before the others are read.
  if (!underHeading && !ATTACHMENT_TITLE.test(flatTextOf(first, text).text)) return false
  const items = list.children.map((item) => flatTextOf(item as Nodes & Parents, text).text)
  if (items.some((item) => item.split(/\s+/u).filter(Boolean).length > ATTACHMENT_TITLE_WORDS)) return false
  return underHeading || items.every((item) => ATTACHMENT_TITLE.test(item))
}
