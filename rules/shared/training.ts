// Scope helpers of the training rules: whether the proposal has a training
// component, and which curricula it describes. CHECKLIST.md "Words used
// below" defines them.
import {
  datedPast,
  detectLanguage,
  firstAtLeast,
  isHistory,
  isPersonNoun,
  labelEnd,
  opensWithBullet,
  opensWithEnumeration,
  pastMarkers,
  related,
  relatedMentions,
  relatedTo,
  saysAlready,
  statesPlan,
  trimTrailing,
  wordIndexBefore,
  wordIndexFrom,
  words,
  type FrontMatterEntry,
  type Lexicon,
  type Match,
  type ProposalModel,
  type Range,
  type Sentence,
} from '@lessonlint/core'

import {
  commitment,
  curriculum,
  curriculumContent,
  curriculumHeading,
  foundedBody,
  frenchTrainVerb,
  inProgress,
  itsContent,
  inputMethod,
  meetingPurpose,
  meetingWord,
  notTraining,
  participantsLabel,
  programmeWord,
  reportedWork,
  reportingAction,
  seatWord,
  studyOf,
  teachingCue,
  theFollowing,
  topicsWord,
  trainingActivity,
  trainingCue,
  traineeWord,
  workplaceWorkshop,
  workshopWord,
} from '../lexicons/training.js'
import {people} from '../lexicons/gender.js'
import {applies} from './explain.js'
import {currentMentions, declaredComponent, hyphenJoined, insideMatchOf, isNamePart, labelNaming, mentionsAt, neighbours, overlaps, within} from './mentions.js'

/** Sections where a training word is about something else than the project's own training. */
function outsideComponent({section}: Match): boolean {
  if (!section || section.isIn('activities') || section.isIn('objectives')) return false
  // A gender section's "gender training for partners" is a gender measure (gender-training-partners),
  // and a risk table's "train more master trainers" is a mitigation.
  return section.isIn('gender') || section.isIn('risks')
}

/** The preposition that ties a meeting to its purpose in French and Spanish: "atelier national de validation". */
const PURPOSE_LINK = new Set(['de', 'd', 'du', 'des'])

/**
 * Whether a workshop or seminar is a meeting named by its purpose, which
 * trains nobody: "Atelier national de validation du projet de décret",
 * "taller de socialización de resultados", "ateliers villageois de diagnostic":
 * the purpose in one phrase after the workshop word, tied to it by "de" with at
 * most one adjective between, or an adjective of purpose right after it
 * ("talleres participativos"). English "national validation workshop" is a
 * `notTraining` phrase, "mapping workshops" one that `reportsWork` reads.
 */
function isPurposeMeeting(model: ProposalModel, match: Match): boolean {
  const end = match.sentenceIndex + match.text.length
  const purposes = relatedMentions(match, meetingPurpose, 'phrase', {includeNegated: true})
  return purposes.some((purpose) => {
    if (purpose.sentenceIndex < end) return false
    // The words after the workshop word, up to the purpose; the link may end the workshop term itself ("taller de").
    const between = words(match.sentence.text.slice(match.sentenceIndex, purpose.sentenceIndex)).slice(1)
    // Right after it: an adjective of purpose, as French and Spanish place them (English places them before).
    if (between.length === 0) return model.language !== 'en' || detectLanguage(match.sentence.text) !== 'en'
    return between.length <= 2 && PURPOSE_LINK.has(between.at(-1)!.word)
  })
}

/**
 * Whether a workshop, seminar or webinar is a meeting that trains nobody: one where the project
 * reports its own work, or gathers input from people. It reports work when what it reports, or
 * why it is held, names it ("results seminar", "national dissemination seminar", "seminario de
 * resultados", "webinar del informe final"); or the words after it, up to the sentence's next
 * training word, give it a reporting purpose ("a webinar presenting the
 * study's findings", "a seminar to disseminate the final report", "un atelier pour discuter des
 * recommandations"). It gathers input when it is listed with ways of doing so ("data collected
 * through interviews, focus groups and workshops", "entretiens, ateliers et enquêtes"). A meeting
 * whose block speaks of teaching (a trainer, skills, learning) trains, whatever it is about ("a
 * workshop on results-based monitoring: officers learn to set indicators"). A document keeps one
 * sense of its meeting words (as of "workshop" for a workplace): once it holds such meetings and no
 * meeting that teaches, a bare "quarterly webinars" in the budget (no subject or audience of its
 * own) is one of them.
 */
function trainsNobody(model: ProposalModel, match: Match): boolean {
  if (mentionsAt(match, meetingWord).length === 0) return false
  if (teaches(model, match)) return false
  return reportsWork(match) || gathersInput(match) || (isBare(match) && nonTeachingSense(model))
}

/** Listed with interviews, surveys, focus groups, consultations (see `trainsNobody`). */
function gathersInput(match: Match): boolean {
  return relatedMentions(match, inputMethod, 'list', {includeNegated: true}).length > 0
}

/** Words that give a meeting its subject or its audience: "a workshop on report writing", "un atelier pour les inspecteurs". */
const SUBJECT_LINKS = new Set(['on', 'about', 'for', 'sur', 'pour', 'de', 'd', 'du', 'des', 'sobre', 'para', 'del'])

/** A meeting named with no subject or audience of its own ("quarterly webinars", "l'atelier bilatéral et la conférence"). */
function isBare(match: Match): boolean {
  const text = match.sentence.text
  const first = wordIndexFrom(text, match.sentenceIndex + match.text.length)
  return !words(text)
    .slice(first, first + 2)
    .some((token) => SUBJECT_LINKS.has(token.word))
}

function teaches(model: ProposalModel, match: Match): boolean {
  const own = match.sentence.find(teachingCue, {includeNegated: true}).filter((cue) => !overlaps(cue.range, match.range))
  if (own.length > 0) return true
  // The rest of its block (a list item, a paragraph, a table row) describes the same meeting.
  return model
    .sentences({within: match.sentence.block})
    .some((sentence) => sentence !== match.sentence && sentence.find(teachingCue, {includeNegated: true}).length > 0)
}

/** What the meeting itself says it reports (see `trainsNobody`). */
function reportsWork(match: Match): boolean {
  const {sentence} = match
  const start = match.sentenceIndex
  const end = start + match.text.length
  const reported = sentence.find(reportedWork, {includeNegated: true}).filter((report) => !isModifier(report))
  // Named by it: the report or the purpose right before the meeting word, one compound ("results seminar").
  const namers = [...reported, ...sentence.find(meetingPurpose, {includeNegated: true})]
  if (namers.some((namer) => namer.sentenceIndex + namer.text.length <= start && words(sentence.text.slice(namer.sentenceIndex + namer.text.length, start)).length === 0)) {
    return true
  }
  // Its purpose after it, before the next training word of the sentence: a report, with a reporting action or a preposition at most before it.
  const next = sentence.find(trainingActivity, {includeNegated: true, from: end, limit: 1})[0]?.sentenceIndex ?? sentence.text.length
  const after = reported.filter((report) => report.sentenceIndex >= end && report.sentenceIndex < next)
  if (after.length === 0) return false
  const actions = sentence.find(reportingAction, {includeNegated: true, from: end, to: after[0]!.sentenceIndex})
  return actions.length > 0 || words(sentence.text.slice(end, after[0]!.sentenceIndex)).length <= 2
}

/**
 * "Results-based", "report writing", "progress reporting", "results framework": the report word
 * modifies what follows (a subject taught); it is not what is reported. Joined by a hyphen, or
 * followed at once by an English -ing form or the head of such a compound.
 */
function isModifier(report: Match): boolean {
  const text = report.sentence.text
  const end = report.sentenceIndex + report.text.length
  if (hyphenJoined(report, 'after')) return true
  const next = words(text)[wordIndexFrom(text, end)]
  if (!next || text.slice(end, next.start).trim() !== '') return false
  return /^[a-z]{2,}ing$/u.test(next.word) || COMPOUND_HEADS.has(next.word)
}

/** Nouns that a report word modifies in the subjects of training: "results framework", "report template". */
const COMPOUND_HEADS = new Set(['framework', 'frameworks', 'template', 'templates', 'format', 'formats', 'chain', 'chains', 'management', 'matrix'])

/** Whether the document's meetings report or gather input and none teaches (see `trainsNobody`). */
function nonTeachingSense(model: ProposalModel): boolean {
  let sense = senseCache.get(model)
  if (sense === undefined) {
    const meetings = model.find(meetingWord, {includeNegated: true})
    const teaching = meetings.map((meeting) => teaches(model, meeting))
    sense = !teaching.includes(true) && meetings.some((meeting) => isPurposeMeeting(model, meeting) || reportsWork(meeting) || gathersInput(meeting))
    senseCache.set(model, sense)
  }
  return sense
}

const senseCache = new WeakMap<ProposalModel, boolean>()

/**
 * Whether a workshop word names a place of work ("welding workshops", "talleres
 * de costura"). A document keeps one sense of the word throughout (one sense
 * per discourse): once it names workshops as workplaces, a bare "workshop"
 * ("risk assessments in 150 workshops", "censo de talleres") is a workplace too,
 * unless its clause speaks of training (a trainer, participants, a session).
 */
function isWorkplace(model: ProposalModel, match: Match): boolean {
  if (insideMatchOf(match, workplaceWorkshop)) return true
  if (!workplaceSense(model)) return false
  if (mentionsAt(match, workshopWord).length === 0) return false
  const cues = match.sentence.find(trainingCue, {includeNegated: true}).filter((cue) => !overlaps(cue.range, match.range))
  return relatedTo(match, cues, 'clause').length === 0
}

function workplaceSense(model: ProposalModel): boolean {
  let sense = workplaceCache.get(model)
  if (sense === undefined) {
    sense = model.find(workplaceWorkshop, {includeNegated: true}).length > 0
    workplaceCache.set(model, sense)
  }
  return sense
}

const workplaceCache = new WeakMap<ProposalModel, boolean>()

/** Determiners that make a body the object of training ("formation des comités", "formación de los sindicatos"), not of founding. */
const DEFINITE = new Set(['des', 'du', 'les', 'la', 'le', 'l', 'leurs', 'ses', 'los', 'las', 'del', 'el', 'sus'])

/** Prepositions that tie a noun to the one before it. */
const LINK = new Set(['de', 'd', 'of', 'du', 'des', 'del'])

/**
 * Whether "formación" / "formation" / "former" founds a body: "formación de 12
 * nuevas cooperativas", "formation d'un comité", "former un réseau". The body
 * must head the phrase after the word: a person noun or another noun before it
 * ("formation des membres du comité", "former 90 responsables de coopératives")
 * or a definite determiner ("formation des comités") makes it training.
 */
function foundsBody(match: Match): boolean {
  // The word itself may follow an article inside the term ("la formation", "une formation").
  const word = words(match.text).findIndex((token) => /^form(?:aci|atio|er)/u.test(token.word))
  if (word === -1) return false
  const end = match.sentenceIndex + match.text.length
  const body = relatedMentions(match, foundedBody, 'phrase', {includeNegated: true}).find((candidate) => candidate.sentenceIndex >= end)
  if (!body) return false
  const between = words(match.sentence.text.slice(match.sentenceIndex, body.sentenceIndex)).slice(word + 1)
  if (between.some((token) => DEFINITE.has(token.word) || isPersonNoun(token.word))) return false
  // The link right after the word ("formación de", "formation d'") ties the body to it; another one ties the
  // body to a noun between ("former 90 responsables de coopératives"): training of people, not founding.
  const rest = LINK.has(between[0]?.word ?? '') ? between.slice(1) : between
  return !rest.some((token) => LINK.has(token.word))
}

/** At most this many words between a study word and the training it is about ("report about vocational training"). */
const STUDY_GAP_WORDS = 3

/**
 * Whether the mention is what a study or a document is about: "a report about vocational training
 * provision", "Mapping Vocational Training Provision", "la carte régionale des formations", "un
 * estudio sobre la capacitación". Research on training is no training of the project's. Only a
 * study word before the mention in its noun phrase, a few words away, says so: "a training report"
 * reports a training, and in "a survey of trainees after the course" the course is the project's.
 */
function isStudied(match: Match): boolean {
  const text = match.sentence.text
  // "Programa de estudios", "programme d'études", "study programme" name a curriculum, no research.
  const studies = match.sentence.find(studyOf, {includeNegated: true}).filter((study) => !insideMatchOf(study, curriculum))
  return relatedTo(match, studies, 'phrase').some((study) => {
    const end = study.sentenceIndex + study.text.length
    return end <= match.sentenceIndex && words(text.slice(end, match.sentenceIndex)).length <= STUDY_GAP_WORDS
  })
}

/** "La discusión legislativa en curso", "les réformes en cours": ongoing, not a course ("en cursos de" is one). */
function isOngoing(match: Match): boolean {
  return mentionsAt(match, inProgress).some((outer) => outer.text.toLowerCase() === outer.term)
}

/**
 * Whether a sentence is history for the training rules. Outputs and outcomes
 * are written as achieved results ("250 capitaines ont suivi un cours",
 * "150 inspectors trained"), and a measure asks about a past ("comprobar si han
 * obtenido su NIT"): in the objectives, activities and M&E a past form is a
 * plan, unless a date or a past marker ("previously", "in 2015") places it before the project.
 */
function isPastForScope(match: Match): boolean {
  if (!isHistory(match.sentence, match)) return false
  const planned = match.section?.isIn('activities') || match.section?.isIn('objectives') || match.section?.isIn('monitoring')
  if (!planned) return true
  return (
    match.sentence.find(datedPast, {includeNegated: true}).length > 0 ||
    match.sentence.find(pastMarkers, {includeNegated: true}).length > 0 ||
    saysAlready(match.sentence, match)
  )
}

/**
 * Whether a mention tells what the team is and does: in a team section ("People", "L'équipe",
 * "Equipo del proyecto"), a clause that states no plan is its members' profile ("Our trainers
 * facilitate seminars on workplace harassment", "Notre chargée de programme dispense des
 * formations"), not the project's training. A team section's plans say so ("will deliver",
 * "animera", "capacitarán": `statesPlan`).
 */
function isTeamProfile(match: Match): boolean {
  const section = match.section
  if (!section?.isIn('team') || section.isIn('activities') || section.isIn('objectives')) return false
  return !statesPlan(match.sentence, match)
}

/** Mentions in the proposal's plans: not in the background, not history (`isPastForScope`). */
export function plannedMentions(model: ProposalModel, lexicon: Lexicon): Match[] {
  return currentMentions(model, lexicon, {allowHistory: true}).filter((match) => !isPastForScope(match))
}

/**
 * Current mentions of a training concept in the proposal's own plans: names
 * ("Department of Vocational Training"), idioms ("in the course of", "en
 * curso"), meetings named by their purpose ("validation workshop", "atelier de
 * validation"), meetings that report the project's work or gather input
 * (`trainsNobody`), workshops that are workplaces ("talleres de costura"), bodies
 * founded ("formación de una mesa tripartita") and training a study is about
 * (`isStudied`: "a report about vocational training") left out (training put out of
 * scope is negated by the core), and so are gender and risk sections outside the
 * activities, and the team's profile (`isTeamProfile`).
 */
export function componentMentions(model: ProposalModel, lexicon: Lexicon): Match[] {
  return currentMentions(model, lexicon, {allowHistory: true}).filter(
    (match) =>
      !isPastForScope(match) &&
      !outsideComponent(match) &&
      !isTeamProfile(match) &&
      !isNamePart(match) &&
      !insideMatchOf(match, notTraining) &&
      !isPurposeMeeting(model, match) &&
      !trainsNobody(model, match) &&
      !isWorkplace(model, match) &&
      !foundsBody(match) &&
      !isStudied(match) &&
      !isOngoing(match),
  )
}

const LETTER = /\p{L}/u

/** Words after which "trained" still speaks of training: "trained in", "trained and certified", "trained by". */
const AFTER_TRAINED = /^(?:in|on|by|to|as|at|for|and|or|with|through|during|under|from|per|each|every)?$/iu

/**
 * Whether "trained" qualifies a noun ("will hire trained mediators") rather
 * than telling of training ("officials trained in registration").
 */
function isAdjectivalTrained(match: Match): boolean {
  if (!/^trained$/iu.test(match.text)) return false
  // The word without what ends it that is no letter ("trained2" reads "trained"), by a backwards scan.
  const next = trimTrailing(neighbours(match).after, (char) => !LETTER.test(char))
  return /^\p{Ll}/u.test(next) && !AFTER_TRAINED.test(next)
}

/** Current mentions of training, workshops, courses, coaching or capacity building. */
function trainingMentions(model: ProposalModel): Match[] {
  let mentions = trainingMentionsCache.get(model)
  if (!mentions) trainingMentionsCache.set(model, (mentions = findTrainingMentions(model)))
  return [...mentions]
}

/** Each model's training mentions: the component and the curricula both start from them, and each is weighed by a dozen tests. */
const trainingMentionsCache = new WeakMap<ProposalModel, Match[]>()

function findTrainingMentions(model: ProposalModel): Match[] {
  const mentions = componentMentions(model, trainingActivity).filter((match) => !isAdjectivalTrained(match))
  // "Former 90 responsables": the French verb, in French documents or sentences only (English "former staff").
  const verbs = componentMentions(model, frenchTrainVerb).filter((match) => model.language === 'fr' || detectLanguage(match.sentence.text) === 'fr')
  if (verbs.length === 0) return mentions
  return [...mentions, ...verbs].sort((a, b) => a.range.start.offset - b.range.start.offset)
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

/** Why a training rule does not apply (`lessonlint explain`). */
export const NO_TRAINING_COMPONENT =
  'no training component: no training, workshop, course or capacity building in the plans, and no `components: [training]`'

/** Explains what makes the training component: its first mentions, and the `components` front matter entry. */
export function explainTrainingComponent(context: Parameters<typeof applies>[0], component: TrainingComponent): void {
  if (component.mentions.length > 0) applies(context, 'training component', component.mentions)
  if (component.declared) applies(context, 'training component declared in the front matter (`components`)', component.declared.valueRange)
}

function findComponent(model: ProposalModel): TrainingComponent | null {
  const mentions = trainingMentions(model)
  const declared = declaredComponent(model, 'training')
  if (mentions.length === 0 && !declared) return null
  const planned = mentions.find((match) => match.section?.isIn('activities') || match.section?.isIn('objectives'))
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

/** The block of text that describes what a curriculum mention refers to, and the paragraph that introduces a list or table of it. */
function describingScope(model: ProposalModel, mention: Match): {scope: Range; hasList: boolean; lead?: Range; nested?: boolean} {
  const path = model.nodePathAt(mention.range.start.offset)
  const nodeRange = (node: Nodes) => model.rangeOfNode(node)
  // The item the mention opens is the block; a later paragraph of an item is a block of its own (an outline written as a
  // numbered list holds whole sections in one item: "1. Componente 1" over paragraphs and lists of modules).
  const itemAt = path.findLastIndex((block) => block.node.type === 'listItem')
  if (itemAt !== -1 && (path[itemAt + 1]?.index ?? 0) === 0) {
    const item = path[itemAt]!.node
    // An item that introduces the list nested under it ("- Programme de formation en 5 modules :" over the modules)
    // describes the curriculum in that list, as a paragraph does the list after it.
    const [first, ...rest] = 'children' in item ? (item.children as Nodes[]) : []
    if (first?.type === 'paragraph' && rest.some((child) => child.type === 'list')) return {scope: nodeRange(item), hasList: true, lead: nodeRange(first), nested: true}
    // A numbered paragraph of a document in UN style ("21. The curriculum will cover:"), the last of its list, over
    // the lettered paragraphs after the list ("(a) international labour standards…") introduces them.
    const list = path[itemAt - 1]
    const lead = nodeRange(item)
    const listEnds = list?.node.type === 'list' && list.node.children.at(-1) === item
    if (listEnds && list.parent?.children[list.index + 1]?.type === 'paragraph' && leadEndsInAColon(model, lead)) {
      return {scope: {start: lead.start, end: topicParagraphsEnd(model, list.parent.children as Nodes[], list.index + 1)}, hasList: true, lead}
    }
    return {scope: lead, hasList: false}
  }
  // A table headed by the curriculum ("| Module | Topics |") describes it in all its rows;
  // elsewhere in a table ("| NITA | Owns the curriculum |") the row is the block.
  const row = [...path].reverse().find((block) => block.node.type === 'tableRow')
  const table = [...path].reverse().find((block) => block.node.type === 'table')
  if (row && table) {
    if (row.index === 0) return {scope: nodeRange(table.node), hasList: true}
    // A cell's later paragraph ("…<br><br>Le programme couvre : …") is a block of its own.
    const {sentence} = mention
    const scope = within(sentence.block, nodeRange(row.node)) ? sentence.block : nodeRange(row.node)
    // A sentence ending in a colon over the bullets the cell goes on with ("The curriculum has five modules:<br>• Module
    // 1: …") introduces them, as a paragraph does the list after it.
    const bullets = sentence.text.trimEnd().endsWith(':') && model.sentences({within: scope}).some((next) => next.range.start.offset >= sentence.range.end.offset && opensWithBullet(next.text))
    return bullets ? {scope: {start: sentence.range.start, end: scope.end}, hasList: true, lead: sentence.range} : {scope, hasList: false}
  }
  const heading = [...path].reverse().find((block) => block.node.type === 'heading')
  // "## Training curriculum" over a list or table of sessions describes it in those rows, and so do paragraphs that
  // each open with a bold label ("**Module 1 — La Chambre et ses missions.** Statut, attributions…", "**Unidad 2. …**").
  if (heading && mention.section) {
    const {range} = mention.section
    return {scope: range, hasList: model.someNodeWithin(range, (node) => node.type === 'list' || node.type === 'table') || labelledParagraphsWithin(model, range)}
  }
  const paragraph = [...path].reverse().find((block) => block.node.type === 'paragraph')
  if (paragraph?.parent) {
    // "The course will cover:" followed by a list (or a table) of topics.
    const next = paragraph.parent.children[paragraph.index + 1] as Nodes | undefined
    const lead = nodeRange(paragraph.node)
    if (next?.type === 'list' || next?.type === 'table') return {scope: {start: lead.start, end: nodeRange(next).end}, hasList: true, lead}
    // Under a heading that says what a training teaches ("## Contenidos"), the curriculum a paragraph names is told
    // in the paragraphs after it ("El contenido del curso se articula en torno a tres ejes. El primer eje…").
    const section = mention.section
    if (section && model.find(curriculumHeading, {within: section.heading.range, includeNegated: true, includeHeadings: true}).length > 0) {
      return {scope: {start: mention.sentence.range.start, end: section.range.end}, hasList: false}
    }
    // "Le programme de formation couvre :" over paragraphs of its topics (a list written without markers, or one a
    // conversion left as text: "Normes internationales du travail::"), as far as they go (`topicParagraphsEnd`).
    if (next?.type === 'paragraph' && leadEndsInAColon(model, lead)) {
      return {scope: {start: lead.start, end: topicParagraphsEnd(model, paragraph.parent.children as Nodes[], paragraph.index + 1)}, hasList: true, lead}
    }
    return {scope: lead, hasList: false}
  }
  return {scope: mention.sentence.range, hasList: false}
}

/** Words a topic's label may have: "Normes internationales du travail :", "Standards and principles". */
const TOPIC_LABEL_WORDS = 8

/**
 * Where the paragraphs of topics after a lead that ends in a colon end: the first paragraph, and each paragraph after
 * it that opens with a topic's label, on a line of its own (a definition list written for pandoc: "Standards and
 * principles" over ":   International labour standards…") or before a colon ("Égalité de genre : …"), or with the
 * letter of an item ("(b) social dialogue…"). The paragraph that tells something else ("At least one third of the
 * participants will be women…") is no topic.
 */
function topicParagraphsEnd(model: ProposalModel, siblings: readonly Nodes[], first: number): Range['end'] {
  let end = model.rangeOfNode(siblings[first]!).end
  for (let index = first + 1; siblings[index]?.type === 'paragraph'; index++) {
    const range = model.rangeOfNode(siblings[index]!)
    const firstLine = model.text.slice(range.start.offset, range.end.offset).split(/\r?\n/u, 1)[0]!.trim()
    const labelLine = words(firstLine).length <= TOPIC_LABEL_WORDS && !/[.!?]$/u.test(firstLine)
    if (!labelLine && !opensWithEnumeration(firstLine) && labelEnd(firstLine, TOPIC_LABEL_WORDS) === -1) break
    end = range.end
  }
  return end
}

/** Whether a paragraph's last sentence ends in a colon, once per paragraph: each curriculum it names asks. */
function leadEndsInAColon(model: ProposalModel, lead: Range): boolean {
  let answers = colonLeads.get(model)
  if (!answers) colonLeads.set(model, (answers = new Map()))
  const key = `${lead.start.offset}:${lead.end.offset}`
  let answer = answers.get(key)
  if (answer === undefined) answers.set(key, (answer = /:\s*$/u.test(model.sentences({within: lead}).at(-1)?.text ?? '')))
  return answer
}

const colonLeads = new WeakMap<ProposalModel, Map<string, boolean>>()

/** Whether at least two paragraphs within the range open with a bold label: units written one paragraph each. */
function labelledParagraphsWithin(model: ProposalModel, range: Range): boolean {
  let labelled = 0
  return model.someNodeWithin(range, (node) => node.type === 'paragraph' && node.children[0]?.type === 'strong' && ++labelled >= 2)
}

/**
 * Curricula the proposal describes: a curriculum, syllabus or module mention
 * whose block says what it covers (a list of topics, or "covers", "consists
 * of", "includes"...). A bare "the curriculum becomes part of the accreditation
 * rules" names a curriculum without describing it. A heading that asks what a
 * training teaches ("Que contiendra la formation ?", "Course content") heads one.
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

/**
 * Whether a mention is one of the topics a described curriculum teaches: inside a description's scope, and not
 * where the text has gone on to who takes part. Who attends a course is not what it teaches:
 * - a paragraph labelled so ("Participación: al menos el 50 % … El módulo 2 incluirá una jornada con 20
 *   representantes de la Cámara");
 * - a later sentence of the paragraph that names a curriculum and tells its topics inline, naming no curriculum
 *   and no content itself ("… six modules: (1) … (6) getting help. At least 40 per cent of the trainers certified
 *   will be women. … five of the 25 seats are reserved for SLEC nominees").
 * The sentence that names the curriculum, and the list items and table rows of its topics, stay topics.
 */
export function isCourseTopic(model: ProposalModel, match: Match): boolean {
  const descriptions = describedCurricula(model).filter((description) => within(match.range, description.scope))
  if (descriptions.length === 0) return false
  const {sentence} = match
  // In the curriculum's own sentence, what comes before it outside its phrase is not its topic: "At least 40% of
  // course participants will be women, and ZCTU and ZFE will each nominate ten representatives to attend the module on
  // risk-based planning."
  const own = descriptions.filter((description) => description.mention.sentence === sentence)
  if (own.length > 0) return own.some(({mention}) => match.sentenceIndex >= mention.sentenceIndex || related(match, mention, 'phrase'))
  if (sentence.container !== 'paragraph') return true
  // Labelled by who takes part, as its paragraph may be: "… Meta de participación: al menos 40 % de mujeres …".
  if (labelledParticipants(model, sentence) || labelNaming(sentence, participantsLabel) !== -1) return false
  // In the paragraph that names the curriculum, whether it tells the topics inline or leads into their list, a sentence
  // that names no curriculum and no content is about something else, who takes part mostly: "…l'OIT concevra un
  // module de formation… La formation… pour 60 participants… Au moins 40 % des participants seront des femmes. Le
  // module porte sur :" over the list of topics. The sentence that leads into the list holds topics.
  const inNamingParagraph = descriptions.some((description) => sameRange(sentence.block, description.mention.sentence.block))
  if (!inNamingParagraph || /:\s*$/u.test(sentence.text)) return true
  return sentence.has(curriculum) || sentence.find(curriculumContent).some((content) => !saysWhoTakesPart(content))
}

/**
 * Whether a content word tells who takes part, in its clause, rather than what is taught: "the training-of-trainers
 * cohort includes two nominees each from ZATUC and ZANEMA" includes people.
 */
function saysWhoTakesPart(content: Match): boolean {
  return relatedMentions(content, traineeWord, 'clause').length > 0 || relatedMentions(content, seatWord, 'clause').length > 0
}

/** Whether a sentence's paragraph opens with a label naming the participants ("Participantes:", "Participation :", "Qui participe :"). */
export function labelledParticipants(model: ProposalModel, sentence: Sentence): boolean {
  // Asked once per paragraph: each mention in it asks the same.
  let known = labelledBlocks.get(model)
  if (!known) labelledBlocks.set(model, (known = new Map()))
  let answer = known.get(sentence.block.start.offset)
  if (answer === undefined) {
    const first = model.sentences({within: sentence.block})[0]
    answer = first !== undefined && labelNaming(first, participantsLabel) !== -1
    known.set(sentence.block.start.offset, answer)
  }
  return answer
}

const labelledBlocks = new WeakMap<ProposalModel, Map<number, boolean>>()

function sameRange(a: Range, b: Range): boolean {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset
}

function findCurricula(model: ProposalModel): CurriculumDescription[] {
  const descriptions: CurriculumDescription[] = []
  const says = (lexicon: Lexicon, range: Range) => model.find(lexicon, {within: range, includeNegated: true}).length > 0
  // A paragraph introduces the list or table after it when it ends in a colon or says what it covers; "… the
  // ITC-ILO for the design of the modules." above a table of partners does not.
  // A caption ("*Tableau 1 — Contenu de la formation de formateurs*") introduces the table after it when the table's
  // header names its topics ("| Bloc | Thèmes abordés | Durée |").
  const captions = (lead: Range, scope: Range) => {
    const table = model.tables.find((candidate) => candidate.range.start.offset >= lead.end.offset && candidate.range.end.offset <= scope.end.offset)
    return table !== undefined && (says(curriculumContent, table.header.range) || says(curriculumHeading, table.header.range))
  }
  // The colon is read on the lead's words, not its markup ("…, con el siguiente contenido:</span>").
  const endsInAColon = (lead: Range) => leadEndsInAColon(model, lead)
  const introduces = (lead: Range, scope: Range) => endsInAColon(lead) || says(curriculumContent, lead) || captions(lead, scope)
  // A title that names a training ("# Parcours de formation des délégués") heads the whole proposal, not a curriculum.
  const title = model.title?.range
  const trained = trainingMentions(model)
  for (const mention of currentMentions(model, curriculum, {allowHistory: true})) {
    if (title && overlaps(mention.range, title)) continue
    const described = describingScope(model, mention)
    // An item over a nested list names a training's modules only if it names the training: "Disease Modules:
    // Evidence-based protocols for:" over a list of diseases are an application's. Otherwise the item is the block.
    // A curriculum by name needs no training beside it: "Curriculum ToT (5 j) :" over its days.
    const {scope, hasList, lead} =
      described.nested && isModule(mention) && !trained.some((training) => within(training.range, described.lead!))
        ? {scope: described.scope, hasList: false, lead: undefined}
        : described
    const introduced = lead !== undefined && introduces(lead, scope)
    // How a curriculum was made ("The course content was drawn up by the TUC with UNIWA:", "La malla curricular
    // fue concertada con …:") is told in the past before the list of what it holds; a dated past is history.
    if (isHistory(mention.sentence, mention) && !(introduced && mention.sentence.find(datedPast, {includeNegated: true}).length === 0)) continue
    // What describes a curriculum follows its mention: "Fees … will cover delivery. The NEA will update the syllabus" describes none.
    const fromMention = {start: mention.range.start, end: scope.end}
    if (lead ? introduced : hasList || saysContent(model, fromMention) || contentAfterAColon(model, fromMention) || listsItsTopics(mention, trained)) descriptions.push({mention, scope})
  }
  for (const mention of trained) {
    const section = mention.section
    if (mention.sentence.container === 'heading' && section?.hasContent && mention.sentence.has(curriculumHeading)) descriptions.push({mention, scope: section.range})
  }
  // A training that names its topics above their list: "The course covers the following topics:", "El curso … cubre
  // los siguientes contenidos:" over the numbered contents.
  // Asked once per sentence: a sentence may name thousands of trainings.
  const asked = new Set<Sentence>()
  for (const mention of trained) {
    const {sentence} = mention
    if (asked.has(sentence)) continue
    asked.add(sentence)
    // Or lists them inline, after what it covers and a colon: "La formation … dure six journées … et porte sur : la
    // pédagogie de l'apprentissage ; la sécurité et la santé sur les chantiers ; le contrat d'apprentissage …".
    if (listsTopicsInline(mention)) {
      descriptions.push({mention, scope: sentence.block})
      continue
    }
    // "The course covers the following topics:", or what it covers right before the colon: "La formation, de cinq
    // jours, porte sur :".
    if (sentence.container !== 'paragraph' || !trimTrailing(sentence.text, (char) => /\s/u.test(char)).endsWith(':')) continue
    if (!(sentence.has(topicsWord) && sentence.has(curriculumContent)) && !coversRightBeforeTheColon(mention)) continue
    const {scope, hasList, lead} = describingScope(model, mention)
    if (!hasList || !lead || sentence.range.end.offset !== lead.end.offset) continue
    if (!descriptions.some((description) => description.scope.start.offset === scope.start.offset)) descriptions.push({mention, scope})
  }
  // "The programme" of a training named in its paragraph or the one before is its syllabus when it goes on to what it
  // holds: "Six sessions de deux jours … Au programme : les dangers du site, …", "Cursos presenciales de 16 horas … El
  // programa es el siguiente:" over the list of its units. "The programme will run in three regions: …" holds none.
  const trainedStarts = trained.map((training) => training.range.start.offset).sort((a, b) => a - b)
  const programmes = new Map<Sentence, Match[]>()
  const firstCues = new Map<number, number>()
  for (const mention of currentMentions(model, programmeWord)) {
    const inSentence = programmes.get(mention.sentence)
    if (inSentence) inSentence.push(mention)
    else programmes.set(mention.sentence, [mention])
  }
  for (const [sentence, mentions] of programmes) {
    const candidates = programmesBeforeAColon(sentence, mentions)
    if (candidates.length === 0) continue
    const holds = whatFollows(model, sentence, mentions)
    for (const {mention, colon} of candidates) {
      if (!trainingNamedBefore(model, mention, trainedStarts, firstCues) || !holds(mention, colon)) continue
      const {text} = sentence
      const contentFollows = /^\s*[^\s\d]/u.test(text.slice(colon + 1, colon + 16))
      const {scope, hasList, lead} = describingScope(model, mention)
      const listFollows = hasList && lead !== undefined && sentence.range.end.offset === lead.end.offset && colon === text.trimEnd().length - 1
      if (contentFollows || listFollows) descriptions.push({mention, scope})
    }
  }
  return descriptions.sort((a, b) => a.mention.range.start.offset - b.mention.range.start.offset)
}

/**
 * Modules the proposal names by a title in quotes ("Module d'une demi-journée « égalité femmes-hommes,
 * non-discrimination et harcèlement au travail », intégré à la formation des inspecteurs"): the sentences that name
 * them. The title tells what the module teaches, but a module alone is no curriculum described: what it teaches
 * counts only for a curriculum described elsewhere.
 */
export function titledModules(model: ProposalModel): Sentence[] {
  const titled = currentMentions(model, curriculum)
    .filter(isModule)
    .filter((mention) => {
      const end = mention.sentenceIndex + mention.text.length
      return QUOTED_TITLE.test(mention.sentence.text.slice(end, end + 48))
    })
  return [...new Set(titled.map((mention) => mention.sentence))]
}

/** Whether a curriculum mention is a module ("module", "módulo"): a platform or an application has modules too. */
function isModule(mention: Match): boolean {
  return /^m[oó]dul/iu.test(mention.text)
}

/** A title in quotes within a few words after a module, in its clause: "Module d'une demi-journée « …", 'a core module, "…'. */
const QUOTED_TITLE = /^[^.;:«“"]{0,40}[«“"]\s*\p{L}/u

/**
 * The programme mentions of a sentence that a colon follows with nothing but words between (no comma, semicolon or
 * bracket): each colon's nearest mention before it only, so that a sentence is read once however many it names.
 */
function programmesBeforeAColon(sentence: Sentence, mentions: readonly Match[]): Array<{mention: Match; colon: number}> {
  const {text} = sentence
  const found: Array<{mention: Match; colon: number}> = []
  let colon = -1
  mentions.forEach((mention, index) => {
    const end = mention.sentenceIndex + mention.text.length
    if (colon < end) colon = text.indexOf(':', end)
    const next = mentions[index + 1]
    if (colon === -1 || (next && next.sentenceIndex < colon)) return
    if (!/[,;()[\]]/u.test(text.slice(end, colon))) found.push({mention, colon})
  })
  return found
}

/**
 * Whether nothing but what a programme holds stands between it and the colon: "Au programme :", "The programme covers
 * the following:", "El programa es el siguiente:". A curriculum already named there ("programme de formation") is
 * read as one. The sentence's words are looked up once, each question then by bisection.
 */
function whatFollows(model: ProposalModel, sentence: Sentence, mentions: readonly Match[]): (mention: Match, colon: number) => boolean {
  const {text} = sentence
  const starts = mentions.map((mention) => mention.sentenceIndex)
  const named = new Set<number>()
  for (const match of model.find(curriculum, {within: sentence.range, includeNegated: true})) {
    const to = match.sentenceIndex + match.text.length
    for (let at = firstAtLeast(starts, match.sentenceIndex); at < starts.length && starts[at]! < to; at++) named.add(starts[at]!)
  }
  const contentStarts = sentence.find(curriculumContent).map((match) => match.sentenceIndex).sort((a, b) => a - b)
  // The colons a "the following" runs into.
  const following = new Set(
    sentence
      .find(theFollowing)
      .map((match) => match.sentenceIndex + match.text.length)
      .filter((end) => /^\s*:/u.test(text.slice(end, end + 8)))
      .map((end) => text.indexOf(':', end)),
  )
  return (mention, colon) => {
    if (named.has(mention.sentenceIndex)) return false
    const end = mention.sentenceIndex + mention.text.length
    if (text.slice(end, colon).trim() === '') return true
    const content = firstAtLeast(contentStarts, end)
    return (content < contentStarts.length && contentStarts[content]! < colon) || following.has(colon)
  }
}

/**
 * Whether a training is named before the mention in its paragraph, or in the block right before it; in its own
 * paragraph a word that makes it one will do ("**Formation santé et sécurité.** Six sessions de deux jours … Au
 * programme : …"). `firstCues` keeps each paragraph's first such word once found.
 */
function trainingNamedBefore(model: ProposalModel, mention: Match, trainedStarts: readonly number[], firstCues: Map<number, number>): boolean {
  const path = model.nodePathAt(mention.range.start.offset)
  const paragraph = path.findLast((step) => step.node.type === 'paragraph')
  if (!paragraph) return false
  const own = model.rangeOfNode(paragraph.node)
  let cue = firstCues.get(own.start.offset)
  if (cue === undefined) {
    cue = model.find(trainingCue, {within: own, includeNegated: true})[0]?.range.start.offset ?? Number.POSITIVE_INFINITY
    firstCues.set(own.start.offset, cue)
  }
  if (cue < mention.range.start.offset) return true
  // Comments and other raw HTML between the two are no block of text.
  const siblings = paragraph.parent?.children ?? []
  let at = paragraph.index - 1
  while (at >= 0 && siblings[at]!.type === 'html') at--
  const previous = siblings[at]
  const from = model.rangeOfNode(previous ?? paragraph.node).start.offset
  const first = firstAtLeast(trainedStarts, from)
  return first < trainedStarts.length && trainedStarts[first]! < mention.range.start.offset
}

/**
 * Whether a range says what something holds ("covers", "includes", "the following topics"). People "covered"
 * ("keeping their members covered", "workers covered by the scheme") are insured, not taught.
 */
function saysContent(model: ProposalModel, range: Range): boolean {
  return model.find(curriculumContent, {within: range, includeNegated: true}).some((match) => !peopleCovered(match) && !takenInto(match) && !holdsOfAnotherNoun(match))
}

/**
 * Whether an English participle ("including", "covering", "consisting of") says what another noun holds, not a
 * course: "co-delivered with the ITC-ILO, with a negotiation toolkit including a simple piece-rate calculator". It
 * tells a course's content when a course stands in its stretch of the sentence (since the last comma or bracket: "a
 * one-week module in Nairobi covering …", "a curriculum with a trainer's manual and case exercises covering …"), or
 * when a comma sets it after what it details ("modules for domestic work and for construction, including heat
 * stress"). French and Spanish participles are listed with their course nouns (`curriculumContent`).
 */
function holdsOfAnotherNoun(match: Match): boolean {
  const first = words(match.text)[0]
  if (first === undefined || !/ing$/iu.test(first.word)) return false
  const {text} = match.sentence
  const before = text.slice(0, match.sentenceIndex)
  const stretchStart = Math.max(...[',', ';', ':', '(', ')', '[', ']'].map((mark) => before.lastIndexOf(mark))) + 1
  if (stretchStart > 0 && before.slice(stretchStart).trim() === '') return false
  const inStretch = (mention: Match) => mention.sentenceIndex >= stretchStart && mention.sentenceIndex < match.sentenceIndex
  return !match.sentence.find(trainingCue, {includeNegated: true}).some(inStretch) && !match.sentence.find(curriculum, {includeNegated: true}).some(inStretch)
}

/**
 * Whether "included" tells where something goes rather than what it holds: "The orientation module would be included
 * in the Ministry's induction course", "inclus dans le cursus", "incluido en el plan de estudios".
 */
function takenInto(match: Match): boolean {
  if (!/^(?:included|inclus|incluse|incluses|incluido|incluida|incluidos|incluidas)$/iu.test(match.text)) return false
  const {text} = match.sentence
  const next = words(text)[wordIndexFrom(text, match.sentenceIndex + match.text.length)]
  return next !== undefined && INTO.has(next.word)
}

const INTO = new Set(['in', 'into', 'within', 'dans', 'en', 'au', 'aux'])

/** Whether the range takes up a curriculum's content by a possessive before a colon: "Son contenu : dangers des travaux en hauteur, …". */
function contentAfterAColon(model: ProposalModel, range: Range): boolean {
  return model.find(itsContent, {within: range, includeNegated: true}).some((match) => /^\s*:/u.test(match.sentence.text.slice(match.sentenceIndex + match.text.length)))
}

function peopleCovered(match: Match): boolean {
  if (!/^covered$/iu.test(match.text)) return false
  const {text} = match.sentence
  const before = words(text)[wordIndexBefore(text, match.sentenceIndex)]
  if (before === undefined) return false
  return isPersonNoun(text.slice(before.start, before.end)) || match.sentence.find(people, {includeNegated: true}).some((person) => person.sentenceIndex + person.text.length === before.end)
}

/**
 * Whether the mention's clause goes on to what it holds: past a colon ("Conception du curriculum : techniques de
 * contrôle, …", "a supervisory skills programme in four modules: production planning; …"), or into an enumeration
 * in brackets right after it ("six modules illustrés (lecture de plans, dosage du béton, chaînages…)"). Not past a
 * comma or into brackets to a colon ("after the first module (mitigation: …)"), nor to a figure ("Curriculum and
 * toolkit: 35,000").
 */
function listsItsTopics(mention: Match, trained: readonly Match[]): boolean {
  const after = mention.sentence.text.slice(mention.sentenceIndex + mention.text.length)
  if (!pastAColon(after) && !bracketedEnumeration(after)) return false
  // A module is a course's only in a sentence about training, its trainers or learners ("The trainer's guide has six
  // modules: (1) …"): a platform or an application has modules too ("el módulo de registro de currículum").
  if (!isModule(mention) || trained.some((training) => training.sentence === mention.sentence)) return true
  return mention.sentence.find(trainingCue).some((cue) => !overlaps(cue.range, mention.range) && !/^(?:m[oó]dul|curr[ií]cul)/iu.test(cue.text))
}

/**
 * Whether a training's sentence goes on, after the training, to what it covers and a colon, then to three topics or
 * more: "… et porte sur : la pédagogie … ; la sécurité … ; le contrat …", "The course covers: …, … and …". The words
 * that say so must stand right before the colon, and what follows it must not open with a figure ("covers: 120
 * inspectors") nor hold fewer than three items.
 */
function listsTopicsInline(mention: Match): boolean {
  const {text} = mention.sentence
  return coveringAfter(mention).some((content) => {
    const after = text.slice(content.sentenceIndex + content.text.length)
    const colon = /^\s*:/u.exec(after)
    if (!colon) return false
    const items = after.slice(colon[0].length).split(/[;,]/u).filter((item) => /\p{L}{3}/u.test(item))
    return items.length >= 3 && /^\s*[^\s\d]/u.test(after.slice(colon[0].length))
  })
}

/** Whether what a training covers is said last, right before the colon ending its sentence: "… porte sur :", "… will cover:". */
function coversRightBeforeTheColon(mention: Match): boolean {
  const {text} = mention.sentence
  return coveringAfter(mention).some((content) => /^\s*:\s*$/u.test(text.slice(content.sentenceIndex + content.text.length)))
}

/**
 * The words after a training mention that say what it covers. "The following" says only that a list comes, of
 * whatever: "La mesure des résultats de la formation repose sur les outils suivants :" lists tools.
 */
function coveringAfter(mention: Match): Match[] {
  return mention.sentence.find(curriculumContent, {from: mention.sentenceIndex + mention.text.length}).filter((content) => !FOLLOWING.test(content.text))
}

const FOLLOWING = /^(?:following|as follows|suivant|suivants|suivante|suivantes|comme suit|siguiente|siguientes|como sigue)$/iu

function pastAColon(after: string): boolean {
  const colon = after.indexOf(':')
  return colon !== -1 && !/[,;()[\]]/u.test(after.slice(0, colon)) && /^\s*[^\s\d]/u.test(after.slice(colon + 1))
}

/** Brackets opened within two words of the mention that enumerate at least three items. */
function bracketedEnumeration(after: string): boolean {
  const open = after.indexOf('(')
  const close = after.indexOf(')', open)
  if (open === -1 || close === -1 || after.slice(0, open).trim().split(/\s+/u).filter(Boolean).length > 2) return false
  const inner = after.slice(open + 1, close)
  return !inner.includes(':') && inner.split(/[,;]/u).filter((item) => /\p{L}/u.test(item)).length >= 3
}

/**
 * Current mentions, and mentions in sentences that state an agreement in the
 * perfect tense without a date: "Se ha acordado con el Centro Internacional de
 * Formación que sus especialistas adapten el paquete", "the ITC-ILO has agreed
 * to co-deliver the course" are commitments of the project, not history.
 */
export function committedMentions(model: ProposalModel, lexicon: Lexicon): Match[] {
  return currentMentions(model, lexicon, {allowHistory: true}).filter(
    (match) =>
      !isHistory(match.sentence, match) ||
      (match.sentence.find(commitment).length > 0 && match.sentence.find(datedPast, {includeNegated: true}).length === 0),
  )
}
