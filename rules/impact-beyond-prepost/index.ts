// impact-beyond-prepost: training results are measured beyond pre- and
// post-tests (seed 000, lesson 181147; seed 003; seed 004, recommendation 6).
import {relatedMentions, relatedTo, type Lexicon, type Match, type ProposalModel, type Rule, type Sentence} from '@lessonlint/core'

import {
  applicationMeasure,
  beyondPrePost,
  followUpSupport,
  laterInTime,
  learningApplication,
  learningResults,
  measurement,
  observation,
  otherApplications,
  peopleTrained,
  prePostTests,
  puttingToUse,
  trainingModule,
} from '../lexicons/training.js'
import {missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions, isBareLabel, neighbours} from '../shared/mentions.js'
import {itcIloBoardCC82, lmppEvaluation2009, trainingLesson181147} from '../shared/sources.js'
import {explainTrainingComponent, NO_TRAINING_COMPONENT, plannedMentions, trainingComponent} from '../shared/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'onlyPrePost' | 'notMeasured'

/** An application rate of loans, vaccines or fertiliser, not of learning: "Loan application rate among women members", "tasa de aplicación de vacunas". */
function isOtherApplicationRate(match: Match): boolean {
  return /applica|aplicaci/iu.test(match.term) && relatedMentions(match, otherApplications, 'phrase', {includeNegated: true}).length > 0
}

/** Coaching or mentoring in a sentence ("coaching them on the job", "un acompañamiento"); follow-up visits that check are measures. */
const COACHING = /^(?:coach|mentor|accompan|accompagn|acompañ|tutor)/iu

function coaches(sentence: Sentence): boolean {
  return sentence.find(followUpSupport).some((match) => COACHING.test(match.term))
}

/**
 * An indicator that counts the people trained who put something to use, in one clause: "% de inspectores/as
 * formados/as que aplican la guía en inspecciones reales", "share of trained supervisors using the checklist".
 */
function appliedByThoseTrained(model: ProposalModel): Match[] {
  return model.indicators.flatMap((indicator) => {
    const trained = model.find(peopleTrained, {within: indicator.range})
    if (trained.length === 0) return []
    // What they are trained in is a topic: "officers trained in applying the revised contract".
    return model.find(puttingToUse, {within: indicator.range}).filter((use) => !TOPIC_BEFORE.has(neighbours(use).before.toLowerCase()) && relatedTo(use, trained, 'clause').length > 0)
  })
}

/** Prepositions that make a use the subject of the training rather than its application: "trained in applying", "formés à utiliser". */
const TOPIC_BEFORE = new Set(['in', 'on', 'to', 'for', 'at', 'en', 'sur', 'à', 'a', 'pour', 'para', 'de', 'du'])

const rule: Rule<MessageId> = {
  meta: {
    id: 'impact-beyond-prepost',
    summary: 'Training results are measured beyond pre- and post-tests: follow-up, application of learning, observation.',
    severity: 'error',
    tags: ['training', 'monitoring', 'impact'],
    lesson:
      'Develop tools to measure the impact of capacity building activities beyond pre- and post-testing, and share their results with the project partners to demonstrate the value of the training.',
    sources: [trainingLesson181147, itcIloBoardCC82, lmppEvaluation2009],
    messages: {
      onlyPrePost: {
        problem: 'Training results are measured only with pre- and post-tests.',
        why: 'A test at the end of a course shows what participants remember that day, not whether they apply it at work (evaluation 1379; ITC-ILO Board CC 82/3).',
        fix: 'Add a measure some months after the training: a follow-up or tracer survey, observation on the job, knowledge application rates, or outcome harvesting.',
      },
      notMeasured: {
        problem: 'The proposal plans training but does not say how its results will be measured.',
        why: 'Without measures beyond the classroom nobody can show whether the training changed anything at work (evaluation 1379; ITC-ILO Board CC 82/3).',
        fix: 'Say how training results will be measured after the event: a follow-up or tracer survey some months later, observation on the job, knowledge application rates, or outcome harvesting.',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    const component = trainingComponent(model)
    if (!component) return notApplicable(context, NO_TRAINING_COMPONENT)
    explainTrainingComponent(context, component)
    // "Loan application rate among women members", "la tasa de aplicación de vacunas": applied for, or applied, but not learning.
    const beyond = plannedMentions(model, beyondPrePost).filter((match) => !isOtherApplicationRate(match))
    if (beyond.length > 0) return satisfiedBy(context, 'training results measured beyond pre- and post-tests', beyond)
    // Application of learning is evidence when it is measured: in the M&E plan ("Indicator: share of
    // trainees applying the new procedures") or beside a measurement word. Coaching that helps trainees
    // apply what they learned is support, not a measure of results.
    const measuredApplication = plannedMentions(model, learningApplication).filter(
      (match) => match.section?.isIn('monitoring') || match.sentence.has(applicationMeasure),
    )
    if (measuredApplication.length > 0) return satisfiedBy(context, 'application of learning measured', measuredApplication)
    const indicated = appliedByThoseTrained(model)
    if (indicated.length > 0) return satisfiedBy(context, 'application of learning measured by an indicator', indicated)
    // "Six months after each course, advisers will observe a committee meeting": a delayed measure of training.
    // A logframe or M&E table says it across the cells of one row ("Behaviour | … | phone interviews | 6 months after"):
    // outside a sentence, the row is the unit.
    const inUnit = (match: Match, lexicon: Lexicon) =>
      match.sentence.container === 'table-cell'
        ? model.find(lexicon, {within: match.sentence.block, includeNegated: false}).length > 0
        : match.sentence.has(lexicon)
    // "Antes y después de cada curso", "before and after each course": the pre- and post-test, not a later measure.
    // Coaching after the course is support, and what it teaches on the job ("coaching them on how to … check pay records")
    // measures nothing of the training.
    const delayed = plannedMentions(model, laterInTime).filter(
      (match) =>
        !afterABefore(match) &&
        !(match.sentence.container !== 'table-cell' && coaches(match.sentence)) &&
        inUnit(match, measurement) &&
        (inUnit(match, learningResults) || inUnit(match, trainingModule)),
    )
    if (delayed.length > 0) return satisfiedBy(context, 'training results measured some time after the training', delayed)
    const observed = plannedMentions(model, observation).filter((match) => !isBareLabel(match) && inUnit(match, learningResults))
    if (observed.length > 0) return satisfiedBy(context, 'training results observed', observed)

    const prePost = currentMentions(model, prePostTests)[0]
    if (prePost) {
      missing(
        context,
        'a measure beyond the pre- and post-tests: a follow-up or tracer survey, application of learning on the job, or observation',
        prePost.range,
      )
      context.report({messageId: 'onlyPrePost', range: prePost.range})
      return
    }
    const sections = model.sectionsOf('monitoring')
    const monitoring = sections.find((section) => section.hasContent) ?? sections[0]
    missing(context, 'a measure of training results: a follow-up or tracer survey, application of learning on the job, or observation')
    context.report({messageId: 'notMeasured', range: monitoring?.heading.range ?? model.titleRange})
  },
}

/** "Before and" right before the mention: "antes y después de cada curso", "avant et après", "before and after". */
const BEFORE_AND = /\b(?:before and|antes y|avant et)\s$/iu

/** How far back `BEFORE_AND` is read. */
const BEFORE_AND_REACH = 12

function afterABefore(match: Match): boolean {
  const {text} = match.sentence
  return BEFORE_AND.test(text.slice(Math.max(0, match.sentenceIndex - BEFORE_AND_REACH), match.sentenceIndex))
}

export default rule
