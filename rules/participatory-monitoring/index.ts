// Constituents or beneficiaries take part in ongoing monitoring (seed 003:
// "Involving recipients of project support in ongoing monitoring of
// results"): joint or participatory monitoring, or progress reviews with the
// steering committee, unions, employers or beneficiaries.
import {firstAtLeast, isHistory, isPersonNoun, related, relatedMentions, wordIndexFrom, words, type Match, type ProposalModel, type Range, type Rule, type Sentence, type Table, type TableRow} from '@lessonlint/core'

import {
  actorAnaphor,
  betweenAgencies,
  committeeWord,
  dataHandling,
  bodyReferredBack,
  monitoringActors,
  monitoringObject,
  monitoringParticipation,
  monitoringWord,
  participatoryMonitoring,
  reportReferredBack,
  reviewMeeting,
  sharedMonitoringAdjective,
} from '../lexicons/monitoring.js'
import {employersOrganisations, workersOrganisations} from '../lexicons/partners.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {acronymMentions, hyphenJoined, neighbours, overlaps} from '../shared/mentions.js'
import {nationalOrganisations, nationalSocialPartner} from '../shared/national-partners.js'
import {lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noParticipation'

const rule: Rule<MessageId> = {
  meta: {
    id: 'participatory-monitoring',
    summary: 'Constituents or beneficiaries take part in ongoing monitoring.',
    severity: 'info',
    tags: ['monitoring', 'constituents'],
    lesson:
      'The LMPP evaluation recommends "involving recipients of project support in ongoing monitoring of results" to improve how the impact of migration projects is assessed.',
    sources: [lmppEvaluation2009],
    messages: {
      noParticipation: {
        problem: 'The M&E plan leaves monitoring to project staff: no constituents or beneficiaries take part in it.',
        why: 'Involving the recipients of project support in ongoing monitoring improves how results are assessed and owned (LMPP final evaluation, 2009).',
        fix: 'Plan joint monitoring visits with the social partners or beneficiaries, or regular reviews of the monitoring data with the steering committee.',
      },
    },
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    const sections = model.sectionsOf('monitoring')
    if (sections.length === 0) return notApplicable(context, 'no monitoring and evaluation section')
    applies(context, `M&E section: “${sections[0]!.heading.title}”`, sections[0]!.heading.range)
    const participation = participationIn(model)
    if (participation.length > 0) return satisfiedBy(context, 'constituents or beneficiaries take part in monitoring', participation)
    missing(context, 'constituents or beneficiaries taking part in monitoring: joint or participatory monitoring, reviews with the steering committee')
    report({messageId: 'noParticipation', range: sections[0]!.heading.range})
  },
}

/** Whether joint monitoring is said to be between agencies ("misiones conjuntas de seguimiento entre agencias"): the UN agencies' own. */
function betweenAgenciesOnly(match: Match): boolean {
  return relatedMentions(match, betweenAgencies, 'phrase').length > 0
}

/** What shows constituents or beneficiaries taking part in monitoring: the mentions that do; none when nothing does. */
function participationIn(model: ProposalModel): Match[] {
  // Another organisation's scorecards "since 2021", an earlier phase's joint reviews: not this project's monitoring.
  const named = model
    .find(participatoryMonitoring, {notIn: ['background'], includeHeadings: false})
    .filter((match) => !isHistory(match.sentence, match) && !betweenAgenciesOnly(match))
  if (named.length > 0) return named
  const indicatorRows = new Map(model.indicators.flatMap((indicator) => (indicator.row ? [[indicator.row, indicator.text] as const] : [])))
  const byAcronym = partnerAcronyms(model)
  // The social partners a country knows by their acronyms are constituents wherever they stand ("Progress is reviewed
  // jointly with the PAC every six months, where JTUCC and FNCCI comment on the data"): the gazetteer tells their side.
  const constituents = nationalConstituents(model)
  const members = committeeMembers(model, constituents, byAcronym)
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    if (isHistory(sentence) || inAssumptionsColumn(model, sentence)) continue
    // "The steering committee reviews the monitoring data": who, taking part, in what. The who may be
    // named in the sentence before, in the same paragraph or list item ("...is set up. Every six months, it reviews").
    // In a row of the indicator table, outside the indicator's own cell (its source, its means of verification), what
    // is reviewed is the row's indicator ("LIMA extracts, examined every six months by the tripartite advisory committee").
    // An acronym is a constituent only where the sentence speaks of monitoring itself ("un comité de seguimiento en el que
    // participan la CSTP…"): "VGCL economists join the working group" is no monitoring.
    const acronyms = sentence.has(monitoringWord) ? (byAcronym.get(sentence) ?? []) : []
    const actors = [
      ...actorsOf(model, sentence),
      ...acronyms,
      ...(constituents.get(sentence) ?? []).filter(reviewsInItsClause),
      // Each committee named once: a sentence may name one committee thousands of times.
      ...[...new Set(sentence.find(committeeWord).map(committeeName))].flatMap((name) => members.get(name ?? '') ?? []),
    ]
    const object = sentence.find(monitoringObject).length > 0 || isIndicatorRow(model, sentence, indicatorRows) || reportNamedBefore(model, sentence)
    const taking = takingPart(sentence, actors)
    if (taking.length > 0 && object) return taking
    const handlers = handlingTheData(sentence, actors)
    if (handlers.length > 0 && object) return handlers
    // "Monitoring will be community-based." Not people so qualified: "deux animateurs communautaires" are staff.
    const shared = sentence.find(sharedMonitoringAdjective).filter((match) => !betweenAgenciesOnly(match) && !qualifiesPeople(match) && !qualifiesAProgramme(match))
    if (shared.length > 0 && sentence.find(monitoringWord).length > 0) return shared
    if (joinsReviewMeetings(sentence)) return sentence.find(monitoringActors).filter((actor) => !isInstitutionsNetwork(actor))
  }
  return []
}

/**
 * Whether the sentence takes up, by "each report" or "ce rapport", a monitoring report named before it in its block.
 * The final report ("Le rapport final sera accompagné d'une note au conseil d'administration") closes the project, it
 * is no monitoring taken up.
 */
const FINAL = /^(?:final|finale|finals|finales)$/iu

function reportNamedBefore(model: ProposalModel, sentence: Sentence): boolean {
  if (!sentence.find(reportReferredBack).some((report) => !FINAL.test(neighbours(report).after))) return false
  return firstObjectEnd(model, sentence.block) <= sentence.range.start.offset
}

/** Where the block's first monitoring object ends (Infinity when it names none), once per block: a paragraph may hold thousands of sentences. */
function firstObjectEnd(model: ProposalModel, block: Range): number {
  let ends = objectEnds.get(model)
  if (!ends) objectEnds.set(model, (ends = new Map()))
  let end = ends.get(block.start.offset)
  if (end === undefined) {
    end = model.find(monitoringObject, {within: block, includeHeadings: false})[0]?.range.end.offset ?? Number.POSITIVE_INFINITY
    ends.set(block.start.offset, end)
  }
  return end
}

const objectEnds = new WeakMap<ProposalModel, Map<number, number>>()

/**
 * Workers' and employers' organisations named by the acronym their full name gave ("Central Sindical de Trabajadoras y
 * Trabajadores del Paraguay (CSTP)" … "el comité en el que participan la CSTP, la FPTS…"), by sentence.
 */
function partnerAcronyms(model: ProposalModel): Map<Sentence, Match[]> {
  const named = [...model.find(workersOrganisations, {includeNegated: true}), ...model.find(employersOrganisations, {includeNegated: true})]
  const bySentence = new Map<Sentence, Match[]>()
  for (const match of acronymMentions(model, named)) {
    const matches = bySentence.get(match.sentence)
    if (matches) matches.push(match)
    else bySentence.set(match.sentence, [match])
  }
  return bySentence
}

/**
 * Whether a constituent named by its acronym takes part in monitoring in its own clause, by a word of taking part and
 * what is monitored: "where JTUCC and FNCCI comment on the data", "Un comité asesor con INFOP, cámaras y CGT revisará
 * los avances"; not "VGCL and VCCI economists will join the secretariat's technical working group, so that … data".
 */
function reviewsInItsClause(actor: Match): boolean {
  // The first few of each are enough to tell, in a clause that may hold thousands.
  const reviewing = relatedMentions(actor, monitoringParticipation, 'clause', {limit: CLAUSE_WORDS_WEIGHED}).filter((word) => !JOINING.test(word.text))
  return reviewing.length > 0 && relatedMentions(actor, monitoringObject, 'clause', {limit: 1}).length > 0
}

/** How many words of taking part a constituent's clause is read for. */
const CLAUSE_WORDS_WEIGHED = 4

/** Words of taking part that say where, not what is done there: joining a group or attending an event is no review. */
const JOINING = /^(?:join|attend|take|taking|sit|particip|prendre|prennent|tomar|accompa|acompa)/iu

/**
 * The constituents a committee was set up with, by its name, for where the proposal names it again: "Se propone un
 * comité binacional de seguimiento integrado por el MINTRAB, …, la CUSG, el Sindicato de Jornaleros, CACIF y COPARMEX"
 * … "El comité binacional revisará los indicadores en cada una de sus reuniones semestrales".
 */
function committeeMembers(model: ProposalModel, constituents: ReadonlyMap<Sentence, Match[]>, byAcronym: ReadonlyMap<Sentence, Match[]>): Map<string, Match[]> {
  const found = new Map<string, Match[]>()
  // Each sentence's list openers and actors once, each committee's by bisection: a sentence may name thousands.
  const inSentence = new Map<Sentence, {cues: number[]; actors: Match[]; starts: number[]}>()
  for (const committee of model.find(committeeWord, {includeHeadings: false})) {
    const name = committeeName(committee)
    if (!name || found.has(name)) continue
    const {sentence} = committee
    let here = inSentence.get(sentence)
    if (!here) {
      const actors = [...sentence.find(monitoringActors), ...(constituents.get(sentence) ?? []), ...(byAcronym.get(sentence) ?? [])].sort((a, b) => a.sentenceIndex - b.sentenceIndex)
      const cues = [...sentence.text.matchAll(COMPOSED_OF)].map((cue) => cue.index)
      inSentence.set(sentence, (here = {cues, actors, starts: actors.map((actor) => actor.sentenceIndex)}))
    }
    const cue = here.cues[firstAtLeast(here.cues, committee.sentenceIndex + committee.text.length)]
    if (cue === undefined) continue
    const listed = here.actors.slice(firstAtLeast(here.starts, cue))
    if (listed.length > 0) found.set(name, listed)
  }
  return found
}

/** What opens the list of a committee's members: "integrado por", "composé de", "made up of", "bringing together". */
const COMPOSED_OF = /\b(?:integrad[oa]s? por|compuest[oa]s? por|conformad[oa]s? por|formad[oa]s? por|que reúne|que reunirá|composed of|made up of|comprising|consisting of|bringing together|composée? de|formée? de|réunissant|qui réunit|qui réunira)\b/giu

/**
 * A committee's name, by the word that qualifies it ("comité binacional", "comité de pilotage", "binational committee"),
 * folded; undefined when nothing does, as "the committee" names none of several.
 */
function committeeName(committee: Match): string | undefined {
  const {text} = committee.sentence
  const tokens = words(text)
  const at = wordIndexFrom(text, committee.sentenceIndex)
  const word = tokens[at]?.word
  if (!word) return undefined
  // French and Spanish qualify after the noun ("comité binacional", "comité de pilotage"), English before it.
  const [next, nextButOne] = [tokens[at + 1]?.word, tokens[at + 2]?.word]
  const qualifier = /^(?:comite|comites)$/u.test(word)
    ? next && (NAME_CONNECTORS.has(next) ? (nextButOne ? `${next} ${nextButOne}` : undefined) : next)
    : tokens[at - 1]?.word
  return qualifier && !FUNCTION_WORDS.has(qualifier) ? `${word} ${qualifier}` : undefined
}

const NAME_CONNECTORS = new Set(['de', 'del', 'des', 'du'])
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'each', 'every', 'of', 'and', 'or', 'le', 'la', 'el', 'les', 'los', 'un', 'une', 'et', 'y', 'o', 'ou'])

/** The national workers' and employers' organisations the proposal names by the gazetteer, by sentence. */
function nationalConstituents(model: ProposalModel): Map<Sentence, Match[]> {
  const found = model.find(nationalSocialPartner)
  const bySentence = new Map<Sentence, Match[]>()
  for (const match of [...nationalOrganisations(model, 'workers', found), ...nationalOrganisations(model, 'employers', found)]) {
    const inSentence = bySentence.get(match.sentence)
    if (inSentence) inSentence.push(match)
    else bySentence.set(match.sentence, [match])
  }
  return bySentence
}

/**
 * The constituents or beneficiaries a sentence speaks of: its own, else, when its subject refers back, those
 * named before it in its block; and when the block itself opens by referring back ("Le comité se réunit tous
 * les six mois. À chaque session, il passe en revue…"), those named before the block in its section.
 */
function actorsOf(model: ProposalModel, sentence: Sentence): Match[] {
  // The second word of a compound is no body: "appui-conseil" is advice.
  const own = [
    ...sentence.find(monitoringActors).filter((actor) => !hyphenJoined(actor, 'before') && !isInstitutionsNetwork(actor)),
    ...sentence.find(committeeWord).filter(madeOfPeople),
  ]
  if (own.length > 0 || !sentence.has(actorAnaphor)) return own
  const inBlock = namedBefore(model, sentence.block, sentence.range.start.offset)
  // List items are each their own statement: only a paragraph goes on from the one before it.
  if (inBlock.length > 0 || !sentence.section || sentence.container !== 'paragraph') return inBlock
  return openingOf(model, sentence.block)?.has(bodyReferredBack) ? namedBefore(model, sentence.section.range, sentence.block.start.offset) : []
}

/**
 * Whether a committee is told by the people it is made of, right after it: "un comité de costureras y costureros",
 * "a committee of women workers", "comité des délégués". A committee named by its task ("comité de seguimiento") is not.
 */
function madeOfPeople(committee: Match): boolean {
  const {text} = committee.sentence
  const tokens = words(text)
  const next = wordIndexFrom(text, committee.sentenceIndex + committee.text.length)
  const [of, ...after] = tokens.slice(next, next + 4)
  if (!of || !COMMITTEE_OF.has(of.word)) return false
  const noun = after.find((token) => !COMMITTEE_ARTICLES.has(token.word))
  return noun !== undefined && isPersonNoun(text.slice(noun.start, noun.end))
}

const COMMITTEE_OF = new Set(['of', 'de', 'des', 'du', 'del'])
const COMMITTEE_ARTICLES = new Set(['the', 'la', 'le', 'les', 'los', 'las'])

/** How many of the actors named before a sentence are quoted: the nearest, as the text refers back to them. */
const NEAREST_ACTORS = 3

/**
 * The actors a range names that end by `end`, the nearest few: each range's actors are found once, and a paragraph
 * may hold thousands of sentences that each refer back.
 */
function namedBefore(model: ProposalModel, within: Range, end: number): Match[] {
  let byRange = actorsByRange.get(model)
  if (!byRange) actorsByRange.set(model, (byRange = new Map()))
  const key = `${within.start.offset}:${within.end.offset}`
  let named = byRange.get(key)
  if (!named) {
    const actors = model.find(monitoringActors, {within, includeHeadings: false})
    byRange.set(key, (named = {actors, ends: actors.map((actor) => actor.range.end.offset)}))
  }
  const count = firstAtLeast(named.ends, end + 1)
  return named.actors.slice(Math.max(0, count - NEAREST_ACTORS), count)
}

const actorsByRange = new WeakMap<ProposalModel, Map<string, {actors: Match[]; ends: number[]}>>()

/** The first sentence of a block, once per block. */
function openingOf(model: ProposalModel, block: Range): Sentence | undefined {
  let openings = openingsByBlock.get(model)
  if (!openings) openingsByBlock.set(model, (openings = new Map()))
  if (!openings.has(block.start.offset)) openings.set(block.start.offset, model.sentences({within: block})[0])
  return openings.get(block.start.offset)
}

const openingsByBlock = new WeakMap<ProposalModel, Map<number, Sentence | undefined>>()

/** The UN's name just before a word, with at most two words between: "the UN Network on Migration". */
const UN_BEFORE = /\b(?:UN|U\.N\.|United Nations|ONU|Nations [Uu]nies|Naciones Unidas)\s+(?:[\p{L}'’]+\s+){0,2}$/u

/** The UN's name right after a word: "le Réseau des Nations Unies", "la Red de las Naciones Unidas". */
const UN_AFTER = /^\s+(?:of the|des|de las|de la|del)\s+(?:United Nations|Nations [Uu]nies|Naciones Unidas)\b/u

/**
 * Whether an actor is a network of institutions ("the UN Network on Migration", "la revue du Réseau", named with a
 * capital), not of the people a project serves ("the returnee network").
 */
function isInstitutionsNetwork(actor: Match): boolean {
  if (!/^(?:networks?|r[ée]seaux?|red(?:es)?)$/iu.test(actor.text)) return false
  if (/^\p{Lu}/u.test(actor.text)) return true
  const {text} = actor.sentence
  const end = actor.sentenceIndex + actor.text.length
  return UN_BEFORE.test(text.slice(Math.max(0, actor.sentenceIndex - 40), actor.sentenceIndex)) || UN_AFTER.test(text.slice(end, end + 40))
}

/**
 * The actors who take part: a participation word in their sentence, not after them in a phrase that serves them
 * ("IOM, which runs reintegration services for returnees, and takes part in the UN results group": the returnees take
 * part in nothing).
 */
function takingPart(sentence: Sentence, actors: readonly Match[]): Match[] {
  if (actors.length === 0 || sentence.find(monitoringParticipation).length === 0) return []
  return actors.filter((actor) => actor.sentence !== sentence || (!wordsBefore(actor, 2).some((word) => SERVED_BEFORE.test(word)) && !whoseRecords(actor)))
}

/**
 * Records named as whose they are, right before the actor: "à partir des registres des comités SST", "from the records of
 * the cooperatives", "los registros de las asociaciones", "Actas de los comités" (their minutes). The records are a
 * source of the data; who keeps them takes no part in monitoring by that.
 */
const RECORDS_OF = /\b(?:records?|registers?|logs?|minutes|registres?|fiches|procès-verbaux|comptes rendus|registros?|planillas?|actas?)\s(?:of|of the|des|du|de la|de l'|de l’|del|de los|de las)\s?$/iu

/** How far back `RECORDS_OF` is read: the records' noun and its "of the". */
const RECORDS_REACH = 24

function whoseRecords(actor: Match): boolean {
  const {text} = actor.sentence
  return RECORDS_OF.test(text.slice(Math.max(0, actor.sentenceIndex - RECORDS_REACH), actor.sentenceIndex))
}

/** A word that makes the actor after it the one served: "services for returnees", "des services pour les rapatriés". */
const SERVED_BEFORE = /^(?:for|pour|para)$/iu

/** A word that makes the actor after it a source or a place, not an agent: "collected through focus groups", "visits to six cooperatives". */
const SOURCE_BEFORE = /^(?:through|from|to|via|by|à|au|aux|auprès|par|por|mediante|desde)$/iu

/** French and Spanish past participles (and English ones): "vérifiés", "registrada", "confirmed". */
const PARTICIPLE = /(?:ée?s?|ad[oa]s?|id[oa]s?|ed)$/iu

/** Up to `count` words just before a match in its sentence. */
function wordsBefore(match: Match, count: number): string[] {
  // The sentence's own words, found by bisection: tokenizing each mention's prefix anew is quadratic in a sentence that
  // names thousands of bodies.
  const {text} = match.sentence
  const at = wordIndexFrom(text, match.sentenceIndex)
  return words(text).slice(Math.max(0, at - count), at).map((token) => text.slice(token.start, token.end))
}

/**
 * The actors who handle the monitoring data themselves, as the subject of a handling verb after them in their
 * clause ("Worker members of each committee record and confirm each correction", "les associations rappellent
 * elles-mêmes un échantillon et confrontent les résultats").
 */
function handlingTheData(sentence: Sentence, actors: readonly Match[]): Match[] {
  // A participle is a passive, whose actor is no agent: "les registres des coopératives sont vérifiés".
  const verbs = sentence.find(dataHandling).filter((verb) => !PARTICIPLE.test(verb.text))
  if (verbs.length === 0) return []
  return actors.filter(
    (actor) =>
      actor.sentence === sentence &&
      !wordsBefore(actor, 4).some((word) => SOURCE_BEFORE.test(word)) &&
      // "the cooperatives' records": a possessive names whose records, not who keeps them.
      !/^['’]s?(?!\p{L})/u.test(actor.sentence.text.slice(actor.sentenceIndex + actor.text.length)) &&
      verbs.some((verb) => verb.sentenceIndex > actor.sentenceIndex && related(actor, verb, 'clause')),
  )
}

/** Whether an adjective qualifies a people noun: after it in French and Spanish ("animateurs communautaires", "promotoras comunitarias"). */
/** "Joint programme", "programa conjunto", "programme conjoint": a programme of several agencies, whoever monitors it. */
const PROGRAMME = /^(?:programmes?|programs?|programas?)$/iu

function qualifiesAProgramme(adjective: Match): boolean {
  const {before, after} = neighbours(adjective)
  return PROGRAMME.test(before) || PROGRAMME.test(after)
}

function qualifiesPeople(adjective: Match): boolean {
  const {before} = neighbours(adjective)
  return before !== '' && isPersonNoun(before)
}

/**
 * Headers of the columns that state a value of the indicator, not how it is monitored: "Baseline", "Milestone (month
 * 9)", "Target 2026", "Meta", "Cible", "Valeur de référence". "Draft validated in tripartite consultation" under
 * "Milestone" is the result sought.
 */
const VALUE_COLUMN = /\b(?:baselines?|milestones?|targets?|values?|results?|metas?|hitos?|l[ií]nea de base|valor(?:es)?|cibles?|jalons?|valeurs?|r[ée]f[ée]rence|situation)\b/iu

/** Whether the sentence is in a row of the indicator table, but not in the indicator itself nor under a value column. */
function isIndicatorRow(model: ProposalModel, sentence: Sentence, indicatorRows: ReadonlyMap<TableRow, string>): boolean {
  if (sentence.container !== 'table-cell') return false
  const row = model.tableRowAt(sentence.range.start.offset)
  const indicator = row === null ? undefined : indicatorRows.get(row)
  if (indicator === undefined || indicator.includes(sentence.text)) return false
  const header = columnHeaderOf(model, row!, sentence)
  return header === undefined || !VALUE_COLUMN.test(header)
}

/**
 * Whether a table cell stands under a logframe's assumptions ("Supuestos", "Hypothèses", "Risks and assumptions"): what
 * the project counts on others doing ("los contratistas participan"), not what its monitoring does.
 */
function inAssumptionsColumn(model: ProposalModel, sentence: Sentence): boolean {
  if (sentence.container !== 'table-cell') return false
  const row = model.tableRowAt(sentence.range.start.offset)
  const header = row === null ? undefined : columnHeaderOf(model, row, sentence)
  return header !== undefined && ASSUMPTIONS_COLUMN.test(header)
}

/** The text of the header over the cell of the row a sentence stands in, if its table has one there. */
function columnHeaderOf(model: ProposalModel, row: TableRow, sentence: Sentence): string | undefined {
  const offset = sentence.range.start.offset
  const cell = row.cells.find((each) => each.range.start.offset <= offset && offset < each.range.end.offset)
  return tableOfRow(model, row)?.header.cells.find((each) => each.column === cell?.column)?.text
}

const ASSUMPTIONS_COLUMN = /^(?:(?:risks?|riesgos?|risques?)\s+(?:and|y|et)\s+)?(?:assumptions?|supuestos?|hypoth[eè]ses?|hip[oó]tesis)\b/iu

/** The table a body row belongs to, by a map built once per model: a table may have thousands of rows. */
function tableOfRow(model: ProposalModel, row: TableRow): Table | undefined {
  let tables = tablesByRow.get(model)
  if (!tables) {
    tables = new Map(model.tables.flatMap((table) => table.rows.map((each) => [each, table] as const)))
    tablesByRow.set(model, tables)
  }
  return tables.get(row)
}

const tablesByRow = new WeakMap<ProposalModel, Map<TableRow, Table>>()

/**
 * "Union representatives will take part in quarterly review meetings with the
 * project team": in the M&E plan, a review meeting reviews the monitoring
 * data, so constituents taking part in one take part in ongoing monitoring.
 * The taking part must be a word of its own, not the "review" of the meeting's name,
 * or the meeting is held with them ("a review meeting with … the union's shop stewards").
 */
function joinsReviewMeetings(sentence: Sentence): boolean {
  if (!sentence.section?.isIn('monitoring')) return false
  const meetings = sentence.find(reviewMeeting)
  const actors = sentence.find(monitoringActors).filter((actor) => !isInstitutionsNetwork(actor))
  if (meetings.length === 0 || actors.length === 0) return false
  if (sentence.find(monitoringParticipation).some((part) => !meetings.some((meeting) => overlaps(meeting.range, part.range)))) return true
  return meetings.some((meeting) => heldWith(meeting) && actors.some((actor) => actor.sentenceIndex > meeting.sentenceIndex && related(meeting, actor, 'clause')))
}

/**
 * Whether "with" follows the meeting, after at most a short place: "a review meeting with the union", "une réunion de
 * revue avec", "una mesa de seguimiento en cada caleta con la directiva del sindicato".
 */
function heldWith(meeting: Match): boolean {
  const {text} = meeting.sentence
  const tokens = words(text)
  const first = wordIndexFrom(text, meeting.sentenceIndex + meeting.text.length)
  return tokens.slice(first, first + WITH_REACH_WORDS).some((token) => /^(?:with|avec|con)$/iu.test(token.word))
}

/** How many words after a meeting its "with" may come: "en cada caleta con". */
const WITH_REACH_WORDS = 4

export default rule
