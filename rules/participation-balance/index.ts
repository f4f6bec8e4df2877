// participation-balance: training sets participation targets for women and for
// workers' and employers' representatives (seed 004).
import {clauseBounds, defineLexicon, detectLanguage, documentLexicon, isFeminineOf, isWomenGroupNoun, relatedMentions, relatedTo, wordIndexFrom, words, type Lexicon, type Match, type ProposalModel, type Range, type Rule, type Sentence, type Table} from '@lessonlint/core'

import {
  chamberWord,
  employerNameWords,
  employersOrganisations,
  employersSyndicate,
  employersWord,
  notEmployersChamber,
  organisationKind,
  workerNameWords,
  notTradeUnion,
  socialPartners,
  unionWord,
  workersOrganisations,
} from '../lexicons/partners.js'
import {
  delegatesOf,
  justOne,
  employersRepresentatives,
  frenchWomenParticipants,
  nomination,
  participationContext,
  committeeSeat,
  governingBody,
  participationTarget,
  quantity,
  representativeNoun,
  seatWord,
  targetLeftOpen,
  targetSetAs,
  traineeWord,
  womenParticipants,
  workersRepresentatives,
} from '../lexicons/training.js'
import {missing as explainMissing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {listIn, type Wording} from '../shared/wording.js'
import {acronymMentions, asVerb, currentMentions, insideMatchOf, neighbours, overlaps} from '../shared/mentions.js'
import {nationalOrganisations, nationalSocialPartner, organisationsUnderASideLabel} from '../shared/national-partners.js'
import {roleOfName} from '../shared/names.js'
import {organisationsOfTheirMembers} from '../shared/organisations.js'
import {itcIloBoardCC82} from '../shared/sources.js'
import {explainTrainingComponent, isCourseTopic, labelledParticipants, NO_TRAINING_COMPONENT, trainingComponent} from '../shared/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'missingTargets'

type Group = 'women' | 'workers' | 'employers'

type Options = {
  groups: Group[]
}

const LABELS: Record<Group, Wording> = {
  women: {en: 'women', fr: 'les femmes', es: 'las mujeres'},
  workers: {en: "workers' representatives", fr: 'les représentants des travailleurs', es: 'los representantes de los trabajadores'},
  employers: {en: "employers' representatives", fr: 'les représentants des employeurs', es: 'los representantes de los empleadores'},
}

const ALL_GROUPS = Object.keys(LABELS) as Group[]

/** A percentage written with the sign: the term syntax has no "%", so the sentence text is read for a number before one. */
const PERCENT_SIGN = /\d\s*%/u

/** The names of each side's organisations, as a context or a glossary gives them with their acronyms. */
const DEFINING: Record<'workers' | 'employers', Lexicon[]> = {
  workers: [workersOrganisations, unionWord],
  employers: [employersOrganisations, employersSyndicate, employersWord],
}

/**
 * Organisations named by their members: a capitalised organisation word in one
 * phrase with a role word ("Minerals Council South Africa", "Business Unity
 * South Africa", "National Union of Metalworkers").
 */
function namedBy(model: ProposalModel, roleWords: Lexicon): Match[] {
  return currentMentions(model, organisationKind).filter(
    (match) => /^\p{Lu}/u.test(match.text) && !insideMatchOf(match, notTradeUnion) && relatedMentions(match, roleWords, 'phrase').length > 0,
  )
}

/** Where a group is named among the participants: the organisations, and the people they send (union officers, managers). */
function groupMentions(model: ProposalModel, group: Group): Match[] {
  const of = (lexicon: Lexicon) => currentMentions(model, lexicon)
  // "Employers" inside a sentence with a capital is a word of a name ("Federation of Kenya Employers"); "their employers' homes" is no body.
  const employersName = (match: Match) => /^\p{Lu}/u.test(match.text) && !neighbours(match).atStart
  const mentions =
    group === 'women'
      ? [...of(womenParticipants), ...of(frenchWomenParticipants).filter((match) => model.language === 'fr' || inFrench(match.sentence)), ...womenNamedByNouns(model)]
      : group === 'workers'
        ? [
            ...of(workersOrganisations).filter((match) => !insideMatchOf(match, employersSyndicate)),
            // A name that opens with "Union" and says employers is theirs: "Unión de Gremios Empresariales del Paraguay".
            ...of(unionWord).filter((match) => !insideMatchOf(match, notTradeUnion) && roleOfName(match) !== 'employers'),
            ...of(workersRepresentatives),
            ...namedBy(model, workerNameWords),
            ...organisationsOfTheirMembers(model, 'workers'),
            ...nationalOrganisations(model, 'workers', of(nationalSocialPartner)),
            ...organisationsUnderASideLabel(model, 'workers'),
            ...of(socialPartners),
          ]
        : [
            ...of(employersOrganisations),
            ...of(employersSyndicate),
            ...of(chamberWord).filter((match) => !insideMatchOf(match, notEmployersChamber)),
            ...of(employersWord).filter(employersName),
            ...of(employersRepresentatives),
            ...namedBy(model, employerNameWords),
            ...organisationsOfTheirMembers(model, 'employers'),
            ...nationalOrganisations(model, 'employers', of(nationalSocialPartner)),
            ...organisationsUnderASideLabel(model, 'employers'),
            ...of(socialPartners),
          ]
  // An organisation named in full once is named by its acronym after that ("members put forward by FKE"), also when the
  // name is given in the context or a glossary ("| EFC | Employers' Council of FNCCI |"), which plan nothing themselves.
  const definitions = group === 'women' ? [] : DEFINING[group].flatMap((lexicon) => model.find(lexicon, {includeHeadings: false}).filter((match) => match.section?.isIn('background')))
  const named = group === 'women' ? mentions : [...mentions, ...acronymMentions(model, [...mentions, ...definitions])]
  return named
    // A course topic ("the role of trade unions and employers' organisations") sets no target for anyone; the people a
    // group sends, counted, attend it ("El módulo 2 incluirá una jornada … con 20 representantes de la Cámara").
    .filter((match) => !isCourseTopic(model, match) || sentInNumber(match))
    .sort((a, b) => a.range.start.offset - b.range.start.offset)
}

/**
 * Women a share counts by a plural feminine noun of people: "al menos 30 % de inspectoras", "au moins 40 % de
 * formatrices". The document's own such nouns make a lexicon; only the mentions a share counts are kept.
 */
function womenNamedByNouns(model: ProposalModel): Match[] {
  const counted = new Set<number>()
  const nouns = new Set<string>()
  for (const sentence of model.sentences({includeHeadings: false})) {
    // Only a sentence with a share can count: most sentences are passed by without reading their words.
    if (!SHARE_OF.test(sentence.text)) continue
    const {text} = sentence
    const tokens = words(text)
    tokens.forEach((token, index) => {
      const word = text.slice(token.start, token.end)
      if (!isWomenGroupNoun(word, model.language)) return
      // The share stands a word or two before the noun, in its clause: "al menos 30 % de las inspectoras"; not a noun's
      // adjective ("empresas agroexportadoras"), a row's subject ("Trabajadoras del hogar afiliadas | 41 %"), a law's
      // or an indicator's number ("Ley 20.786 a las trabajadoras", "2.2 Travailleuses") nor a share of the clause
      // before ("(meta: 40 %); proporción de egresadas").
      const before = tokens[index - 1]
      const reach = tokens[Math.max(0, index - SHARE_WORDS)]
      const lead = text.slice(reach?.start ?? 0, token.start)
      const share = lead.search(SHARE_OF)
      const figure = before !== undefined && PHRASE_OPENERS.has(before.word) && share !== -1 && !/[;:()]/u.test(lead.slice(share))
      // Both sexes named together ("inspectoras e inspectores") are everyone.
      const [and, masculine] = [tokens[index + 1], tokens[index + 2]]
      const paired = and !== undefined && masculine !== undefined && AND_OR.has(and.word) && isFeminineOf(word.toLowerCase(), masculine.word)
      if (!figure || paired) return
      nouns.add(word.toLowerCase())
      counted.add(sentence.range.start.offset + token.start)
    })
  }
  if (nouns.size === 0) return []
  const terms = [...nouns].sort()
  const lexicon = documentLexicon('women counted by a feminine noun', {en: terms, fr: terms, es: terms})
  return currentMentions(model, lexicon).filter((match) => counted.has(match.sentence.range.start.offset + match.sentenceIndex))
}

/** A share: a figure with a per cent sign or words ("30 %", "40 pour cent", "el 50 por ciento"). */
const SHARE_OF = /\d\s*(?:%|per cent|percent|pour cent|por ciento)/iu
/** Words between a share and the noun it counts: "de", "las" ("30 % de las inspectoras"). */
const PHRASE_OPENERS = new Set(['de', 'd', 'del', 'des', 'les', 'las', 'la', 'le'])
/** How many words before the noun its figure may stand: "al menos 30 % de las inspectoras". */
const SHARE_WORDS = 4
const AND_OR = new Set(['y', 'e', 'et', 'o', 'ou', 'u'])

/** The sessions of a course, as a statement of who takes part names them: "Les sessions réunissent…", "Each session brings together…". */
const trainingSessions = defineLexicon('training sessions', {en: ['session', 'sessions'], fr: ['session', 'sessions'], es: ['sesión', 'sesiones']})

/** Whether a sentence is French, read once per sentence: one may name thousands of "participantes". */
function inFrench(sentence: Sentence): boolean {
  let french = frenchSentences.get(sentence)
  if (french === undefined) frenchSentences.set(sentence, (french = detectLanguage(sentence.text) === 'fr'))
  return french
}

const frenchSentences = new WeakMap<Sentence, boolean>()

/** The table holding a table-cell match, with the row (or the header) it sits in. */
function tableAt(model: ProposalModel, match: Match): {table: Table; row: Table['header']} | undefined {
  if (match.sentence.container !== 'table-cell') return undefined
  const offset = match.range.start.offset
  const table = model.tables.find((each) => each.range.start.offset <= offset && offset < each.range.end.offset)
  const row = table && [table.header, ...table.rows].find((each) => each.range.start.offset <= offset && offset < each.range.end.offset)
  return table && row ? {table, row} : undefined
}

/** The seats named in a range, nouns only: "The project is placed within the 9th Plan" counts no places. */
function seatsWithin(model: ProposalModel, range: Range): Match[] {
  return model.find(seatWord, {within: range, includeNegated: true}).filter((seat) => !asVerb(seat))
}

/** Whether a range holds a stated share: a target word ("at least", "quota", "la mitad") or a number before a per cent sign. */
function hasShare(model: ProposalModel, range: Range): boolean {
  return askedOnce(model, 'share', range, () =>
    model.find(participationTarget, {within: range, includeNegated: true}).length > 0 ||
    model.sentences({within: range}).some((sentence) => PERCENT_SIGN.test(sentence.text)),
  )
}

/**
 * What a unit of text (a sentence, a list item's block, a table row) says, asked once per unit: every
 * group mention in it asks the same, and one sentence may name thousands of organisations.
 */
const answers = new WeakMap<ProposalModel, Map<string, boolean>>()
function askedOnce(model: ProposalModel, question: string, range: Range, answer: () => boolean): boolean {
  let known = answers.get(model)
  if (!known) answers.set(model, (known = new Map()))
  const key = `${question}:${range.start.offset}:${range.end.offset}`
  let value = known.get(key)
  if (value === undefined) known.set(key, (value = answer()))
  return value
}

/**
 * A number of places given to the group: a count in one clause (or table row)
 * with the group, counting seats or people ("Eight seats per course are kept
 * for union officers", "40 corresponden a dirigentes sindicales") or saying who
 * fills them ("Participants nominated by the union | ≥ 90", "le patronat en désignera 30").
 */
function hasCount(model: ProposalModel, match: Match, unit: Range, wholeUnit: boolean, header?: Range): boolean {
  // Asked once per clause (or whole unit): every group mention in it asks the same, and one may hold thousands.
  const {sentence} = match
  const [from, to] = wholeUnit ? [0, 0] : clauseBounds(sentence.text, match.sentenceIndex, match.sentenceIndex + match.text.length)
  const where = wholeUnit ? 'unit' : `clause ${sentence.range.start.offset + from}:${sentence.range.start.offset + to}`
  const counted = askedOnce(model, `count in ${where} of`, unit, () => {
    const counts = wholeUnit ? model.find(quantity, {within: unit, includeNegated: true}) : sentence.find(quantity, {includeNegated: true, from, to})
    if (counts.length === 0) return false
    const seats = seatsWithin(model, unit)
    if (counts.some((count) => relatedTo(count, seats, 'phrase').length > 0)) return true
    if (model.find(nomination, {within: unit, includeNegated: true}).length > 0) return true
    if (header === undefined) return false
    // A table's header says what its rows count and who fills them: "| Participant group | Nominated by | Places |".
    if (askedOnce(model, 'seats in header', header, () => seatsWithin(model, header).length > 0 || model.find(nomination, {within: header, includeNegated: true}).length > 0)) return true
    // So does the heading of a table of the targets themselves: "### Metas de participación en las actividades formativas".
    const heading = match.section?.heading.range
    return heading !== undefined && askedOnce(model, 'targets heading', heading, () => saysTargetsOfParticipation(model, heading))
  })
  return counted || sentInNumber(match)
}

/**
 * Whether a count a few words before the mention is of the people its group sends ("20 représentants de la CNTG").
 * It depends on where the mention stands, so it is asked per mention. Only the counts a few words before the
 * mention can be its group's: one sentence may hold thousands of each.
 */
function sentInNumber(match: Match): boolean {
  const {sentence} = match
  const {text} = sentence
  const reach = words(text)[Math.max(0, wordIndexFrom(text, match.sentenceIndex) - SENDER_WORDS)]
  const before = {includeNegated: true, from: reach?.start ?? 0, to: match.sentenceIndex}
  return [...sentence.find(quantity, before), ...sentence.find(justOne, before)].some((count) => countsSentBy(count, match))
}

/**
 * Whether a count is of the people the group sends: the count, then "representatives of" or the like, then the
 * group in one noun phrase ("10 representatives of APFH", "20 délégués de la CNTG") or as the second of two
 * complements ("25 representantes de las cooperativas empleadoras y de la Cámara Minera"). A count of other
 * people ("50 contrôleurs du travail à l'accompagnement des micro-entreprises", "25 officials of the inspectorate
 * to visit companies") sets no place for the group.
 */
function countsSentBy(count: Match, match: Match): boolean {
  if (match.sentence !== count.sentence || match.sentenceIndex <= count.sentenceIndex) return false
  // The sentence's own words, found by bisection: one sentence may hold thousands of counts and mentions.
  const {text} = count.sentence
  const tokens = words(text)
  const after = count.sentenceIndex + count.text.length
  const wordsBetween = (from: number, to: number) => wordIndexFrom(text, to) - wordIndexFrom(text, from)
  // The people may be left out when the sentence has just named them: "one nominee of the national trade union centre
  // and one of the national employers' organisation".
  const next = tokens[wordIndexFrom(text, after)]
  if (next && OF.has(next.word) && text.slice(after, next.start).trim() === '' && count.sentence.find(delegatesOf, {includeNegated: true, to: count.sentenceIndex, limit: 1}).length > 0) {
    return next.end <= match.sentenceIndex && wordsBetween(next.end, match.sentenceIndex) <= ARTICLE_WORDS
  }
  // The group's own people named head last, counted: "two worker representatives", "two elected management
  // representatives" (a word may qualify them). A count before an organisation or a company counts no places.
  const matchEnd = match.sentenceIndex + match.text.length
  if (wordsBetween(after, match.sentenceIndex) <= 1 && count.sentence.find(representativeNoun, {includeNegated: true, from: match.sentenceIndex, to: matchEnd, limit: 1}).length > 0) return true
  const delegates = count.sentence.find(delegatesOf, {includeNegated: true, from: after, limit: 1})[0]
  if (!delegates || delegates.sentenceIndex > match.sentenceIndex || wordsBetween(after, delegates.sentenceIndex) > 0) return false
  // The group's own people, counted: "trente représentants des travailleurs".
  if (delegates.sentenceIndex === match.sentenceIndex) return true
  if (relatedTo(delegates, [match], 'phrase').length > 0) return true
  // The second of two complements: a few words, "and", "of", an article or two.
  const from = wordIndexFrom(text, delegates.sentenceIndex + delegates.text.length)
  const to = wordIndexFrom(text, match.sentenceIndex)
  if (to - from > PHRASE_WORDS + 2 + ARTICLE_WORDS) return false
  const gap = tokens.slice(from, to).map((token) => token.word)
  const and = gap.findLastIndex((word) => COORDINATORS.has(word))
  return and !== -1 && and <= PHRASE_WORDS && OF.has(gap[and + 1] ?? '') && gap.length - and - 2 <= ARTICLE_WORDS
}

/** How many words before a group mention the count of the people it sends may stand: "25 representantes de las cooperativas empleadoras y de la Cámara". */
const SENDER_WORDS = 14

/** "and" between two complements of a count of people, then "of" again: "representatives of A and of B". */
const COORDINATORS = new Set(['and', 'et', 'y', 'e'])
const OF = new Set(['of', 'from', 'de', 'del', 'des', 'du', 'd'])
/** At most this many words for the first complement ("las cooperativas empleadoras"), and for the article before the group. */
const PHRASE_WORDS = 4
const ARTICLE_WORDS = 2

/** Whether a heading names participation targets: "Participation targets", "Metas de participación", "Objectifs de participation". */
function saysTargetsOfParticipation(model: ProposalModel, heading: Range): boolean {
  const within = {within: heading, includeHeadings: true, includeNegated: true}
  return model.find(participationTarget, within).length > 0 && model.find(participationContext, within).length > 0
}

/**
 * Whether a mention of a group sits in a statement that sets a target for
 * training participants. The target is read in the mention's sentence (its
 * table row for a cell, and the column under a header cell: "| Femmes parmi
 * eux |" over "au moins 30 %"); who the participants are may be said in the
 * paragraph or the table header ("Each course has 30 seats. At least half are to be filled by women.").
 */
function isTarget(model: ProposalModel, match: Match): boolean {
  const cell = tableAt(model, match)
  if (cell && cell.row === cell.table.header) {
    const column = cell.row.cells.find((each) => each.range.start.offset <= match.range.start.offset && match.range.start.offset < each.range.end.offset)?.column
    return cell.table.rows.some((row) => {
      const under = row.cells.find((each) => each.column === column)
      return under !== undefined && (hasShare(model, under.range) || model.find(quantity, {within: under.range}).length > 0)
    })
  }
  // A list item "label: value" ("délégués désignés par les syndicats : 40 places") is one unit, as a table row is;
  // a later sentence of the item ("La participation des femmes sera encouragée.") is a unit of its own.
  const item = match.sentence.container === 'list-item' && model.sentences({within: match.sentence.block})[0] === match.sentence
  const unit = cell ? cell.row.range : item ? match.sentence.block : match.sentence.range
  const target = hasShare(model, unit) || hasCount(model, match, cell ? {start: cell.row.range.start, end: cell.row.range.end} : unit, cell !== undefined || item, cell?.table.header.range)
  if (!target) return false
  // A target said to be set later is none yet: "Targets on the share of women … will be set in the inception report".
  // Not "Se fijará como meta que al menos el 40 % …", which sets the target it goes on to state.
  if (askedOnce(model, 'left open', unit, () => model.find(targetLeftOpen, {within: unit}).some((open) => !insideMatchOf(open, targetSetAs)))) return false
  // Seats on the steering committee are no places in the training: a unit that names a governing body and its seats,
  // members or the representatives who make it up, and no trainees ("Le comité de pilotage réunit neuf membres : …
  // deux sièges pour les organisations syndicales", "integrado por dos representantes de cada sindicato").
  const governingSeats = () =>
    model.find(governingBody, {within: unit, includeNegated: true}).length > 0 &&
    (model.find(committeeSeat, {within: unit, includeNegated: true}).length > 0 || model.find(delegatesOf, {within: unit, includeNegated: true}).length > 0) &&
    model.find(traineeWord, {within: unit, includeNegated: true}).length === 0
  if (askedOnce(model, 'governing seats', unit, governingSeats)) return false
  // A table of groups and their shares is about participants when any of its rows says so ("un tercio de las plazas").
  const context = [unit, ...(cell ? [cell.table.range] : [])]
  const participants = context.some((range) =>
    askedOnce(
      model,
      'participants',
      range,
      () => model.find(participationContext, {within: range, includeNegated: true}).length > 0 || seatsWithin(model, range).length > 0,
    ),
  )
  if (participants) return true
  // A block labelled by who takes part is about the participants: "**Qui participe :** chaque cycle réunit au moins 30 %
  // de femmes…", "**Participation:** …".
  if (labelledParticipants(model, match.sentence)) return true
  // Sessions in the statement itself are a course's: "Les sessions réunissent des inspecteurs et contrôleurs, avec au
  // moins 30 % de femmes parmi eux" (elsewhere in a table, a council's sessions are its meetings).
  if (askedOnce(model, 'sessions', unit, () => model.find(trainingSessions, {within: unit, includeNegated: true}).length > 0)) return true
  // The paragraph may say whose places these are: "Each course has 30 seats. At least half are to be filled by women."
  const {block} = match.sentence
  return askedOnce(model, 'seats in block', block, () => {
    const seats = seatsWithin(model, block)
    const training = model.find(participationContext, {within: block, includeNegated: true})
    return seats.length > 0 && training.some((each) => !seats.some((seat) => overlaps(seat.range, each.range)))
  })
}

const rule: Rule<MessageId, Options> = {
  meta: {
    id: 'participation-balance',
    summary: "Training sets participation targets for women and for workers' and employers' representatives.",
    severity: 'info',
    tags: ['training', 'gender', 'social-partners'],
    lesson:
      'Gender-balanced participation was promoted but not always realised, and social partner participants took part less than proportionately in some activities; training should set out who takes part.',
    sources: [itcIloBoardCC82],
    messages: {
      missingTargets: {
        problem: 'The training sets no participation target for {missing}.',
        why: 'Without targets, women and social partner representatives are under-represented among participants (ITC-ILO Board CC 82/3).',
        fix: "State who takes part: a share of women among participants, and places reserved for workers' and employers' representatives (for example one quarter each).",
      },
    },
    translations: {fr, es},
    optionsSchema: {
      type: 'object',
      properties: {
        groups: {
          type: 'array',
          items: {enum: ALL_GROUPS},
          uniqueItems: true,
          minItems: 1,
          description: 'The groups that need a participation target.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {groups: ALL_GROUPS},
  },
  check(context) {
    const {model, options} = context
    const component = trainingComponent(model)
    if (!component) return notApplicable(context, NO_TRAINING_COMPONENT)
    explainTrainingComponent(context, component)
    const wanted = ALL_GROUPS.filter((group) => (options.groups ?? ALL_GROUPS).includes(group))
    const missing: Group[] = []
    for (const group of wanted) {
      const target = groupMentions(model, group).find((match) => isTarget(model, match))
      if (target) satisfiedBy(context, `participation target for ${LABELS[group].en}`, [target])
      else missing.push(group)
    }
    if (missing.length === 0) return
    for (const group of missing) explainMissing(context, `a participation target for ${LABELS[group].en} among the people trained`)
    context.report({
      messageId: 'missingTargets',
      data: {missing: listIn(context.locale, missing.map((group) => LABELS[group][context.locale]))},
      range: component.range,
    })
  },
}

export default rule
