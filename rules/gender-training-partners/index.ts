// A project that works through implementing partners or constituents plans
// targeted gender equality training for them, or a gender manual (seed 002:
// "targeted gender equality training for implementing partners").
import {
  clauseBounds,
  datedPast,
  firstAtLeast,
  isHistory,
  isPersonNoun,
  wordIndexBefore,
  wordIndexFrom,
  pastMarkers,
  planMarkers,
  related,
  words,
  type Match,
  type ProposalModel,
  type Range,
  type Rule,
} from '@lessonlint/core'

import {expertRole, genderConcept, genderEqualityTopic, genderTraining, partnerAudience, people, sexDisaggregation, trainingWord, womenAndGirls} from '../lexicons/gender.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {neighbours, overlaps, within} from '../shared/mentions.js'
import {implementingPartners, partnersEvidence} from '../shared/partners.js'
import {genderLesson181142} from '../shared/sources.js'
import {curriculumContent} from '../lexicons/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noPartnerTraining'

const rule: Rule<MessageId> = {
  meta: {
    id: 'gender-training-partners',
    summary: 'A project that works through partners plans targeted gender equality training (or a gender manual) for them.',
    severity: 'warning',
    tags: ['gender', 'partners', 'training'],
    lesson:
      'The GMS TRIANGLE evaluation found "inadequate capacity of implementing partners" on gender and recommends "targeted gender equality training for implementing partners", based on a gender equality training manual, in the inception phase.',
    sources: [genderLesson181142],
    messages: {
      noPartnerTraining: {
        problem: 'The project works through partners but plans no gender equality training for them.',
        why: 'Implementing partners without gender capacity cannot carry a gender strategy (ILO evaluation 1379, lesson 181142).',
        fix: 'Plan targeted gender equality training for the implementing partners early on, for example based on a short gender manual adapted from ILO material.',
      },
    },
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    const partners = partnersEvidence(model)
    if (!partners) {
      return notApplicable(context, 'no implementing partners: no partners or stakeholders section with content, and no ministry, labour directorate, partner organisation or social partner named in the plans')
    }
    if ('section' in partners) applies(context, `partners section: “${partners.section.heading.title}”`, partners.section.heading.range)
    else applies(context, 'works through partners', partners.mentions)
    // A gender training or manual by name counts unless it is for the beneficiaries ("women fish processors will attend a workshop on gender").
    for (const planned of current(model, genderTraining)) {
      const audience = audienceOf(model, planned)
      if (audience.kind !== 'beneficiaries') return satisfiedBy(context, 'gender equality training planned', [planned, ...audience.who])
    }
    const training = partnersTrainedOnGender(model)
    if (training) return satisfiedBy(context, "gender equality training for the partners' people", training)
    missing(context, "gender equality training (or a gender manual) for the partners' staff")
    const section = model.sectionsOf('gender')[0]
    report({messageId: 'noPartnerTraining', range: section?.heading.range ?? model.titleRange})
  },
}

/** Non-negated mentions of the project's own plans: not background, not a past event ("ont bénéficié en 2021 d'un atelier sur le genre"). */
function current(model: ProposalModel, lexicon: Parameters<ProposalModel['find']>[0]): Match[] {
  return model.find(lexicon, {notIn: ['background'], includeHeadings: false}).filter((match) => !isHistory(match.sentence, match) && !pastInClause(match))
}

/**
 * A past event in the mention's own clause, though another clause of the
 * sentence plans something ("ont bénéficié en 2021 d'un atelier sur le genre ;
 * aucune autre session n'est prévue"): `isHistory` judges the whole sentence.
 */
function pastInClause(match: Match): boolean {
  const inClause = (lexicon: typeof pastMarkers) =>
    match.sentence.find(lexicon, {includeNegated: true}).some((marker) => related(match, marker, 'clause'))
  return (inClause(datedPast) || inClause(pastMarkers)) && !inClause(planMarkers)
}

/**
 * A training event or material and gender as its topic in one clause, for
 * the partners' people: "les animateurs des six organisations partenaires
 * participeront à une session de deux jours consacrée à l'égalité entre
 * femmes et hommes"; a logframe row "Guía práctica de igualdad de género ...;
 * tres jornadas de formación ... para dirigentes sindicales y funcionarios
 * municipales". A course for beneficiaries that lists gender among its topics
 * ("the course covers contracts, gender equality...") names no partners. The
 * training, its topic and its audience, or null.
 */
function partnersTrainedOnGender(model: ProposalModel): Match[] | null {
  // "by gender" says how figures are split, it is no topic.
  const splits = model.find(sexDisaggregation, {includeHeadings: false, includeNegated: true})
  // A gender-equality subject named as such ("sexual harassment", "égalité salariale") is a gender topic too.
  const topics = [...current(model, genderConcept), ...current(model, genderEqualityTopic)].filter((topic) => !splits.some((split) => within(topic.range, split.range)))
  if (topics.length === 0) return null
  // A post's title ("Gender and Inclusion Officer") in an enumeration beside a training names a post, not what it
  // teaches: "Pedagogy course, coaching, materials, Gender and Inclusion Officer".
  const postBeside = (event: Match, topic: Match) => related(event, topic, 'list') && titlesAPost(topic)
  const events = current(model, trainingWord)
  const topicOf = (event: Match) => topics.find((each) => related(event, each, 'clause') && !postBeside(event, each))
  for (const [index, event] of events.entries()) {
    const topic = topicOf(event) ?? (takesUpTheOneBefore(event) ? topicOfTheOneBefore(events, index, topicOf) : undefined)
    if (!topic) continue
    const audience = audienceOf(model, event)
    if (audience.kind === 'partners') return [event, topic, ...audience.who]
  }
  // The items of a list may be the topics of the training its lead-in names: "**Onboarding curriculum for agents and
  // officers.** A self-paced course of six short modules…:" › "4. Gender equality and gender-sensitive case handling".
  const inside = eventsInside(events)
  for (const topic of topics) {
    const {leadIn} = topic.sentence
    if (!leadIn || titlesAPost(topic)) continue
    for (const event of inside(leadIn)) {
      const audience = audienceOf(model, event)
      if (audience.kind === 'partners') return [event, topic, ...audience.who]
    }
  }
  return null
}

/**
 * Whether a training is said to be the same as one named before it: "les agents de la CNMCI suivent la même formation",
 * "the same course", "la misma capacitación". Its topic is that training's.
 */
function takesUpTheOneBefore(event: Match): boolean {
  return SAME.has(neighbours(event).before.toLowerCase())
}

const SAME = new Set(['same', 'même', 'mêmes', 'mismo', 'misma', 'mismos', 'mismas'])

/** The topic of the nearest training before the one at `index` in its block that has one in its clause. */
function topicOfTheOneBefore(events: readonly Match[], index: number, topicOf: (event: Match) => Match | undefined): Match | undefined {
  const {block} = events[index]!.sentence
  for (let before = index - 1; before >= 0 && events[before]!.sentence.block === block; before--) {
    const topic = topicOf(events[before]!)
    if (topic) return topic
  }
  return undefined
}

/**
 * The events inside a range, in the order given, found by bisection over their starts: a long proposal holds
 * hundreds of training mentions and of gender topics in lead-in lists, and comparing each pair would be quadratic.
 */
function eventsInside(events: readonly Match[]): (range: Range) => Match[] {
  const byStart = events.map((event, order) => ({event, order})).sort((a, b) => a.event.range.start.offset - b.event.range.start.offset)
  const starts = byStart.map(({event}) => event.range.start.offset)
  return (range) => {
    const found: {event: Match; order: number}[] = []
    for (let index = firstAtLeast(starts, range.start.offset); index < starts.length && starts[index]! < range.end.offset; index++) {
      if (within(byStart[index]!.event.range, range)) found.push(byStart[index]!)
    }
    return found.sort((a, b) => a.order - b.order).map(({event}) => event)
  }
}

/** "And" between two words of a post's title: "Gender and Inclusion Officer", "Género y Diversidad". */
const TITLE_AND = new Set(['and', '&', 'et', 'y', 'e'])

/** Whether a gender mention opens a post's title: a role right after it, or after "and" and one more word. */
function titlesAPost(topic: Match): boolean {
  const {text} = topic.sentence
  const end = topic.sentenceIndex + topic.text.length
  // The first role after the mention, and the words before it, by bisection: a sentence may hold thousands of each.
  const role = topic.sentence.find(expertRole, {includeNegated: true, from: end, limit: 1})[0]
  if (!role) return false
  const first = wordIndexFrom(text, end)
  const gap = wordIndexFrom(text, role.sentenceIndex) - first
  return gap === 0 || (gap === 2 && TITLE_AND.has(words(text)[first]?.word ?? ''))
}

interface Audience {
  kind: 'partners' | 'beneficiaries' | 'unnamed'
  who: Match[]
}

/**
 * Who a training is for: the partners' people (staff, officials, inspectors,
 * union delegates, partner organisations), other people only (beneficiaries:
 * "women fish processors", "migrants"), or nobody named. Read in the
 * training's clause; in a table row or a list item, in the whole row or item
 * (a workplan row names its audience in another clause or cell).
 */
function audienceOf(model: ProposalModel, training: Match): Audience {
  const wholeBlock = training.sentence.container === 'table-cell' || training.sentence.container === 'list-item'
  const unit = wholeBlock ? 'block' : 'clause'
  const near = (match: Match) => related(training, match, unit) && !overlaps(match.range, training.range)
  const options = {within: training.sentence.block, includeHeadings: false}
  // Who runs the training is not whom it is for: "animées par les animatrices de Femmes Actives", "facilitated by the partner NGO".
  const partners = [...model.find(partnerAudience, options), ...model.find(implementingPartners, options)].filter(
    (match) => near(match) && !isAgent(training, match) && !isListedTopic(training, match),
  )
  if (partners.length > 0) return {kind: 'partners', who: partners.slice(0, 1)}
  const named = [...model.find(people, options), ...model.find(womenAndGirls, options)].filter(near)
  if (named.length > 0) return {kind: 'beneficiaries', who: named.slice(0, 1)}
  // People as an open class: "fish processors", "tailors", "vendedoras".
  return openClassPeople(training, wholeBlock) ? {kind: 'beneficiaries', who: []} : {kind: 'unnamed', who: []}
}

/** Prepositions that introduce who does something, and whom it is for. */
const AGENT_PREPOSITIONS = new Set(['by', 'par', 'por'])
// "à" with its article: "sera dispensé aux agents de l'ANPE" (given to them), "al personal".
const FOR_PREPOSITIONS = new Set(['for', 'to', 'pour', 'para', 'a', 'aux', 'au', 'al'])
const AGENT_PHRASE_WORDS = 12
/**
 * Verbs of delivering a course that French and Spanish put before their subject: "un module … que imparten
 * facilitadores de las centrales sindicales", "que dictan las formadoras", "qu'animent les relais" (folded).
 */
const DELIVERING_BEFORE_SUBJECT = new Set([
  'imparte', 'imparten', 'impartira', 'impartiran', 'dicta', 'dictan', 'dictara', 'dictaran', 'facilita', 'facilitan', 'facilitara', 'facilitaran',
  'anime', 'animent', 'animera', 'animeront', 'dispense', 'dispensent', 'dispensera', 'dispenseront',
])

/**
 * Whether the people named after the training are introduced as the ones who run it: the last "by" or "for"
 * between them is "by" ("… pour 800 saigneuses, animées par les animatrices de l'ONG partenaire", "facilitated
 * by the partner NGO") or a verb of delivering that comes before its subject ("que imparten facilitadores de las
 * centrales sindicales"). People named before the training, or for whom it is, are its audience.
 */
function isAgent(training: Match, match: Match): boolean {
  if (match.sentence !== training.sentence || match.sentenceIndex < training.sentenceIndex) return false
  const text = match.sentence.text
  const tokens = words(text)
  // An agent phrase is short ("par les animatrices de l'ONG partenaire"): a dozen words back is enough, and keeps a
  // sentence of thousands of mentions linear.
  const last = wordIndexBefore(text, match.sentenceIndex)
  for (let index = last; index >= 0 && index > last - AGENT_PHRASE_WORDS && tokens[index]!.start >= training.sentenceIndex; index--) {
    const word = tokens[index]!.word
    if (AGENT_PREPOSITIONS.has(word)) return true
    if (DELIVERING_BEFORE_SUBJECT.has(word)) return true
    if (FOR_PREPOSITIONS.has(word)) return false
  }
  return false
}

/**
 * Whether people named after the training are among the topics it covers, not whom it is for: "Le module couvrira les
 * conventions nº 138 et nº 182, le rôle du dialogue social et des partenaires sociaux, l'égalité entre filles et
 * garçons…". A verb of content comes between, and no word that says for whom ("for", "pour", "aux").
 */
function isListedTopic(training: Match, match: Match): boolean {
  if (match.sentence !== training.sentence || match.sentenceIndex < training.sentenceIndex) return false
  const text = match.sentence.text
  const tokens = words(text)
  const last = wordIndexBefore(text, match.sentenceIndex)
  const verbs = match.sentence.find(curriculumContent, {from: training.sentenceIndex, to: match.sentenceIndex})
  return verbs.some((verb) => {
    const from = wordIndexFrom(text, verb.sentenceIndex + verb.text.length)
    for (let index = from; index <= last; index++) if (FOR_PREPOSITIONS.has(tokens[index]!.word)) return false
    return true
  })
}

/** Whether the training's clause (or, in a table row or list item, its sentence) names people by an agent or role noun. */
function openClassPeople(training: Match, wholeSentence: boolean): boolean {
  const text = training.sentence.text
  const [start, end] = wholeSentence
    ? [0, text.length]
    : clauseBounds(text, training.sentenceIndex, training.sentenceIndex + training.text.length)
  const own = {start: training.sentenceIndex, end: training.sentenceIndex + training.text.length}
  return words(text).some(
    (token) =>
      token.start >= start &&
      token.end <= end &&
      (token.end <= own.start || token.start >= own.end) &&
      isPersonNoun(text.slice(token.start, token.end)),
  )
}

export default rule
