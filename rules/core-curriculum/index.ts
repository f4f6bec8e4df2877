// core-curriculum: a training curriculum covers the ILO basics (seed 004,
// recommendation 2).
import {relatedMentions, relatedTo, type Lexicon, type Match, type ProposalModel, type Range, type Rule} from '@lessonlint/core'

import {conventionByNumber} from '../lexicons/migration.js'
import {employersOrganisations, employersWord, unionWord, workersOrganisations} from '../lexicons/partners.js'
import {
  dialogueAct,
  employersRepresentatives,
  equalityWord,
  genderEqualityTopic,
  governmentConstituent,
  iloName,
  labourStandardsTopic,
  nonDiscriminationTopic,
  otherFundamentalPrinciples,
  socialDialogueTopic,
  standardsInstrument,
  womenAndMen,
  workersConstituent,
  workersRepresentatives,
} from '../lexicons/training.js'
import {citedNumbers} from '../shared/conventions.js'
import {applies, missing as explainMissing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {listIn, type Wording} from '../shared/wording.js'
import {itcIloBoardCC82} from '../shared/sources.js'
import {describedCurricula, NO_TRAINING_COMPONENT, titledModules, trainingComponent} from '../shared/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'missingTopics'

type Topic = 'labour-standards' | 'social-dialogue' | 'gender-equality' | 'non-discrimination'

type Options = {
  topics: Topic[]
}

/** A topic worded by its parts: the mentions of `lexicon` in a scope that stand in `unit` with a mention of each of `with`. */
type Worded = {lexicon: Lexicon; with: Lexicon[][]; unit: 'phrase' | 'list' | 'sentence'}

const TOPICS: Record<Topic, {lexicon: Lexicon; label: Wording; worded: Worded[]; byNumber?: boolean}> = {
  // "The Work in Fishing Convention (C188) and other ILO instruments", "les conventions et recommandations de l'OIT";
  // or a convention cited by its number ("the Labour Inspection Convention, 1947 (No. 81)", "Convenio núm. 169").
  'labour-standards': {
    lexicon: labourStandardsTopic,
    label: {en: 'international labour standards', fr: 'les normes internationales du travail', es: 'las normas internacionales del trabajo'},
    worded: [{lexicon: standardsInstrument, with: [[iloName]], unit: 'phrase'}],
    byNumber: true,
  },
  // "How fishers' organisations, vessel owners' associations and the Government agree on rules": negotiation between both sides.
  'social-dialogue': {
    lexicon: socialDialogueTopic,
    label: {en: 'social dialogue (tripartism)', fr: 'le dialogue social (tripartisme)', es: 'el diálogo social (tripartismo)'},
    worded: [
      {
        lexicon: dialogueAct,
        with: [
          [workersOrganisations, unionWord, workersRepresentatives],
          [employersOrganisations, employersWord, employersRepresentatives],
        ],
        unit: 'sentence',
      },
      // "How workers, employers and government sit together in the National Wages Council": the three constituents in one enumeration.
      {lexicon: governmentConstituent, with: [[workersConstituent, workersOrganisations, unionWord], [employersWord, employersOrganisations]], unit: 'list'},
    ],
  },
  // "Equal treatment of women and men", "égalité entre femmes et hommes".
  'gender-equality': {
    lexicon: genderEqualityTopic,
    label: {en: 'gender equality', fr: 'l’égalité de genre', es: 'la igualdad de género'},
    worded: [{lexicon: equalityWord, with: [[womenAndMen]], unit: 'phrase'}],
  },
  'non-discrimination': {lexicon: nonDiscriminationTopic, label: {en: 'non-discrimination', fr: 'la non-discrimination', es: 'la no discriminación'}, worded: []},
}

/** The first mention in a scope of a topic worded by its parts. */
function wordedTopic(model: ProposalModel, scope: Range, worded: Worded): Match | undefined {
  const inScope = (lexicon: Lexicon) => model.find(lexicon, {within: scope, includeNegated: true})
  // Each part's mentions are found once, not once per mention of the topic's word.
  const parts = worded.with.map((alternatives) => alternatives.flatMap(inScope))
  // The topic's own word must not be negated ("el curso no incluye contenidos sobre diálogo social"); its parts may be.
  return model.find(worded.lexicon, {within: scope}).find((match) => parts.every((part) => relatedTo(match, part, worded.unit).length > 0))
}

const ALL_TOPICS = Object.keys(TOPICS) as Topic[]

/** Freedom of association listed with child labour, forced labour and equality: a fundamental convention's subject, not a session on social dialogue. */
function amongTheFundamentalPrinciples(match: Match): boolean {
  return /freedom of association|libert[ée] syndicale|libertad sindical/iu.test(match.text) && relatedMentions(match, otherFundamentalPrinciples, 'list', {includeNegated: true}).length > 0
}

/**
 * Whether a convention in ILO shorthand ("C 15") is the start of a technical standard's code instead: "normes NF C
 * 15-100 pour les installations électriques", "IEC C 62.1". A convention's number ends there.
 */
function isTechnicalStandardCode(match: Match): boolean {
  return /^C\W*\d/u.test(match.text) && /^[-‐–.]\d/u.test(match.sentence.text.slice(match.sentenceIndex + match.text.length))
}

const rule: Rule<MessageId, Options> = {
  meta: {
    id: 'core-curriculum',
    summary: 'A training curriculum covers the ILO basics: labour standards, social dialogue, gender equality, non-discrimination.',
    severity: 'info',
    tags: ['training', 'curriculum', 'rights'],
    lesson:
      'Strengthen the deliberate incorporation of ILO "basics" in a written core curriculum: international labour standards, social dialogue and tripartism, gender, and equality and anti-discrimination.',
    sources: [itcIloBoardCC82],
    messages: {
      missingTopics: {
        problem: 'The training curriculum does not cover {missing}.',
        why: 'Courses without the ILO basics pass on technical skills but not the rights-based approach that sets ILO training apart (ITC-ILO Board CC 82/3).',
        fix: 'Add a unit or session on {missing} to the curriculum, adapted to the subject of the course.',
      },
    },
    translations: {fr, es},
    optionsSchema: {
      type: 'object',
      properties: {
        topics: {
          type: 'array',
          items: {enum: ALL_TOPICS},
          uniqueItems: true,
          minItems: 1,
          description: 'The ILO basics a curriculum must cover.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {topics: ALL_TOPICS},
  },
  check(context) {
    const {model, options} = context
    // A curriculum is a training curriculum when the proposal trains: a CV ("su currículum") or a
    // university programme in a team biography is none.
    if (!trainingComponent(model)) return notApplicable(context, NO_TRAINING_COMPONENT)
    const descriptions = describedCurricula(model)
    const first = descriptions[0]
    if (!first) return notApplicable(context, 'no training curriculum described: no curriculum, syllabus or module with its topics')
    applies(context, 'training curriculum', descriptions.map((description) => description.mention))
    // A module the proposal adds by its title ("Module « égalité femmes-hommes, non-discrimination… », intégré à la
    // formation des inspecteurs") teaches what its title says, in whichever of its trainings.
    // Each scope once: a paragraph that names a curriculum many times is one scope, searched once per topic.
    const byOffsets = new Map<string, Range>()
    for (const scope of [...descriptions.map((description) => description.scope), ...titledModules(model).map((sentence) => sentence.range)]) {
      const key = `${scope.start.offset}:${scope.end.offset}`
      if (!byOffsets.has(key)) byOffsets.set(key, scope)
    }
    const scopes = [...byOffsets.values()]
    // The first mention of a topic in a curriculum, or undefined.
    const coverage = (topic: Topic): Match | undefined => {
      for (const scope of scopes) {
        // A topic ruled out ("The School leaves out international labour standards") or declined in its row
        // ("| Non-discrimination | To be developed in Phase II |") is not covered.
        const found = model
          .find(TOPICS[topic].lexicon, {within: scope})
          .find((match) => !(topic === 'social-dialogue' && amongTheFundamentalPrinciples(match)) && !isTechnicalStandardCode(match))
        if (found) return found
      }
      for (const scope of scopes) {
        for (const worded of TOPICS[topic].worded) {
          const found = wordedTopic(model, scope, worded)
          if (found) return found
        }
        const cited = TOPICS[topic].byNumber ? model.find(conventionByNumber, {within: scope}).find((match) => citedNumbers(match).length > 0) : undefined
        if (cited) return cited
      }
      return undefined
    }
    const wanted = ALL_TOPICS.filter((topic) => (options.topics ?? ALL_TOPICS).includes(topic))
    const missing: Wording[] = []
    for (const topic of wanted) {
      const covered = coverage(topic)
      if (covered) satisfiedBy(context, `${TOPICS[topic].label.en} in the curriculum`, [covered])
      else missing.push(TOPICS[topic].label)
    }
    if (missing.length === 0) return
    for (const label of missing) explainMissing(context, `${label.en} in the curriculum`)
    context.report({messageId: 'missingTopics', data: {missing: listIn(context.locale, missing.map((label) => label[context.locale]))}, range: first.mention.range})
  },
}

export default rule
