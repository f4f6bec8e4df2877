// training-beyond-workshops: workshops and courses are followed by coaching,
// mentoring, backstopping or follow-up support (seed 000, lesson 181147).
import {relatedMentions, relatedTo, wordIndexBefore, words, type Match, type ProposalModel, type Rule} from '@lessonlint/core'

import {afterOrOnTheJob, followUpSupport, harmedPeople, journeyStage, learningResults, measurement, projectBackstopping, serviceCasework, serviceSupport, supportAct, supportToSetUp, toTheProjectTeam, traineeWord, workshopDelivery} from '../lexicons/training.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions, inClauseWith, inQuotes, inRiskColumn, insideMatchOf} from '../shared/mentions.js'
import {trainingLesson181147} from '../shared/sources.js'
import {componentMentions, NO_TRAINING_COMPONENT, trainingComponent} from '../shared/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'workshopsOnly'

/**
 * Support worded by what it does rather than named coaching: visits, advice,
 * feedback or a help line in one clause with
 * when or where it comes, after the event or on the job ("a season of field
 * support afterwards", "visites d'appui-conseil après chaque session", "visitas
 * de un asesor en su propio puesto de venta").
 */
function supportOnTheJob(model: ProposalModel): Match[] {
  const when = model.find(afterOrOnTheJob, {includeNegated: true})
  if (when.length === 0) return []
  return currentMentions(model, supportAct).filter(
    (match) =>
      !insideMatchOf(match, projectBackstopping) &&
      !insideMatchOf(match, supportToSetUp) &&
      !inRiskColumn(model, match) &&
      !isTrained(match) &&
      !visitsToCheck(match) &&
      !ownVisits(match) &&
      relatedTo(match, when, 'clause').length > 0,
  )
}

/**
 * A visit made to measure, with no support in its clause: "the Education Officer will visit ten sites to observe whether
 * the committee meets", "visitas para verificar". Checking what trainees do is no help to them; "visits to observe
 * and give feedback" are.
 */
function visitsToCheck(match: Match): boolean {
  if (!/^visit/u.test(match.term)) return false
  // Two at most: the visit itself may be one (a clause may hold thousands).
  const support = relatedMentions(match, supportAct, 'clause', {includeNegated: true, limit: 2}).filter((other) => other.range.start.offset !== match.range.start.offset)
  return support.length === 0 && relatedMentions(match, measurement, 'clause', {includeNegated: true, limit: 1}).length > 0
}

/** Possessives, folded: "their", "leurs", "sus". */
const POSSESSIVES = new Set(['their', 'his', 'her', 'its', 'leur', 'leurs', 'ses', 'son', 'sa', 'su', 'sus'])

/**
 * Visits that are someone's own work: "inspecteurs … qui appliquent la grille lors de leurs visites six mois après
 * l'atelier" are the inspectors' inspections, which support nobody.
 */
function ownVisits(match: Match): boolean {
  if (!/^visit/u.test(match.term)) return false
  const {text} = match.sentence
  return POSSESSIVES.has(words(text)[wordIndexBefore(text, match.sentenceIndex)]?.word ?? '')
}

/** An adviser the text says is trained ("des conseillers formés", "trained advisers"): one of the people trained, not their support. */
function isTrained(match: Match): boolean {
  const {text} = match.sentence
  const end = match.sentenceIndex + match.text.length
  // Only the words of its phrase are asked, and only one next to it counts.
  const between = (trainee: Match) => (trainee.sentenceIndex >= end ? text.slice(end, trainee.sentenceIndex) : text.slice(trainee.sentenceIndex + trainee.text.length, match.sentenceIndex))
  return relatedMentions(match, traineeWord, 'phrase', {includeNegated: true}).some((trainee) => between(trainee).trim() === '')
}

const rule: Rule<MessageId> = {
  meta: {
    id: 'training-beyond-workshops',
    summary: 'Training delivered through workshops or courses also plans coaching, mentoring or follow-up support.',
    severity: 'warning',
    tags: ['training', 'capacity-building'],
    lesson:
      'Workshops were not necessarily the most effective way to provide capacity building in a sustainable manner; implementing partners needed more backstopping, and regular on-the-job coaching was essential.',
    sources: [trainingLesson181147],
    messages: {
      workshopsOnly: {
        problem: 'The training is delivered through workshops, seminars or courses with no coaching, mentoring, backstopping or follow-up support.',
        why: 'Knowledge from one-off workshops fades; on-the-job coaching is what changes working practice (evaluation 1379).',
        fix: 'Plan support after the events: coaching visits, mentoring, backstopping of the trained partners, or follow-up support on the job, with who provides it and how often.',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    if (!trainingComponent(model)) return notApplicable(context, NO_TRAINING_COMPONENT)
    const workshops = componentMentions(model, workshopDelivery)
    const workshop = workshops[0]
    if (!workshop) return notApplicable(context, 'the training is not delivered through workshops, seminars or courses')
    applies(context, 'training through workshops, seminars or courses', workshops)
    // "Technical backstopping from headquarters" supports the project team, not the people trained.
    // A risk table's cell outside the mitigations names a risk ("faute d'accompagnement une fois les ateliers terminés").
    // A module's quoted title ("le module « Orientation et accompagnement des jeunes » du BIT") names, and plans nothing.
    // Support given to the project team, in the mention's clause, is not for the people trained either.
    // Support to people harmed ("acompañamiento a trabajadoras que sufren acoso"), or legal or psychological support
    // ("acompañamiento jurídico"), is a service to them, case by case; so is support in one clause with a desk's
    // casework and no word of training or trainees ("un accueil, une orientation et un accompagnement individualisé aux
    // travailleurs migrants"; "Formation et accompagnement de 60 comités … au référencement" stays follow-up).
    // Support on the way to a place ("un accompagnement des travailleuses jusqu'à l'aéroport") is an escort on the day.
    const support = currentMentions(model, followUpSupport).filter(
      (match) =>
        !insideMatchOf(match, projectBackstopping) &&
        // A monitoring visit checks, and supports nobody: "les deux visites de suivi par subvention, consacrées à la
        // vérification des activités et des pièces justificatives".
        !visitsToCheck(match) &&
        !inRiskColumn(model, match) &&
        !inQuotes(match) &&
        !inClauseWith(match, toTheProjectTeam) &&
        relatedMentions(match, harmedPeople, 'phrase').length === 0 &&
        relatedMentions(match, journeyStage, 'phrase').length === 0 &&
        !insideMatchOf(match, serviceSupport) &&
        !(inClauseWith(match, serviceCasework) && !inClauseWith(match, learningResults)),
    )
    if (support.length > 0) return satisfiedBy(context, 'coaching or follow-up support after the training', support)
    const visits = supportOnTheJob(model)
    if (visits.length > 0) return satisfiedBy(context, 'support visits or advice after the training or on the job', visits)
    missing(context, 'coaching, mentoring, backstopping or follow-up support for the people trained')
    context.report({messageId: 'workshopsOnly', range: workshop.range})
  },
}

export default rule
