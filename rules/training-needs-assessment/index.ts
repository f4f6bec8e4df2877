// training-needs-assessment: training rests on a training or capacity needs
// assessment (seed 000, lesson 181147).
import {relatedMentions, relatedTo, type Match, type ProposalModel, type Rule} from '@lessonlint/core'

import {assessmentAct, capacityGaps, needsAssessment, otherNeeds} from '../lexicons/training.js'
import {missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions, labelNaming} from '../shared/mentions.js'
import {trainingLesson181147} from '../shared/sources.js'
import {explainTrainingComponent, NO_TRAINING_COMPONENT, trainingComponent} from '../shared/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noNeedsAssessment'

/**
 * An assessment worded by what it looks for: a diagnostic, survey or study in
 * one block (table row, list item, paragraph) with what people need to learn
 * or the gaps in their skills ("Survey of committee members ... to establish
 * what each group needs to learn", "estudio de brechas de capacidad", "repérer
 * les compétences qui font défaut"). Cited assessments count, in the background as well.
 */
function gapAssessments(model: ProposalModel): Match[] {
  const options = {allowBackground: true, allowHistory: true}
  // The gaps an assessment is denied for are no gaps a study in the block looks for: "Aucune étude préalable des
  // besoins de formation n'est prévue … Ils pourront s'appuyer sur l'étude de l'AGUIPE sur les secteurs porteurs".
  const gaps = model
    .find(capacityGaps, {includeNegated: true})
    .filter((gap) => !relatedMentions(gap, assessmentAct, 'phrase', {includeNegated: true}).some((act) => act.negated))
  if (gaps.length === 0) return []
  return currentMentions(model, assessmentAct, options).filter((act) => relatedTo(act, gaps, 'block').length > 0)
}

/** Terms that name a needs assessment without saying whose needs: training needs only in context. */
const BARE_NEEDS =
  /^(?:needs assessment|needs analysis|needs survey|évaluation des besoins|analyse des besoins|diagnostic des besoins|étude des besoins|diagnóstico de necesidades|evaluación de necesidades|estudio de necesidades|levantamiento de necesidades)$/u

const rule: Rule<MessageId> = {
  meta: {
    id: 'training-needs-assessment',
    summary: 'A training component is based on a training or capacity needs assessment.',
    severity: 'warning',
    tags: ['training', 'design'],
    lesson:
      'An assessment of the capacity of the institutions responsible identified gaps and led to a Training Needs Plan, which prioritised the delivery of training to a variety of stakeholders and guided the annual work plans.',
    sources: [trainingLesson181147],
    messages: {
      noNeedsAssessment: {
        problem: 'The proposal plans training but no training or capacity needs assessment is planned or cited.',
        why: 'Without a needs assessment, training is not targeted at the real gaps of the institutions and people concerned (evaluation 1379).',
        fix: 'Plan a training (or capacity) needs assessment at inception and say how its results shape the training plan, or cite the assessment the training builds on.',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    const component = trainingComponent(model)
    if (!component) return notApplicable(context, NO_TRAINING_COMPONENT)
    explainTrainingComponent(context, component)
    // An assessment already made counts when it is cited, in the background as well.
    // A bare "needs assessment" qualified by another domain ("community", "humanitaires", "de los hogares") assesses something else.
    const assessesOther = (match: Match) => relatedMentions(match, otherNeeds, 'phrase', {includeNegated: true}).length > 0 || labelledOtherNeeds(match)
    // Once named in full as another domain's ("a labour market needs assessment of the berry sector"), and never as
    // a training one, a bare "needs assessment" elsewhere ("Year 1: needs assessment, protocol drafting") is that one.
    const named = model.find(needsAssessment, {includeNegated: true})
    const otherNamed = named.some((match) => BARE_NEEDS.test(match.term) && assessesOther(match)) && named.every((match) => BARE_NEEDS.test(match.term))
    const assessments = currentMentions(model, needsAssessment, {allowBackground: true, allowHistory: true}).filter(
      (match) => !BARE_NEEDS.test(match.term) || (!assessesOther(match) && !otherNamed),
    )
    if (assessments.length > 0) return satisfiedBy(context, 'needs assessment planned or cited', assessments)
    const worded = gapAssessments(model)
    if (worded.length > 0) return satisfiedBy(context, 'assessment of what people need to learn, planned or cited', worded)
    missing(context, 'a training or capacity needs assessment, planned or cited')
    context.report({messageId: 'noNeedsAssessment', range: component.range})
  },
}

/** Whether a bare needs assessment opens what a short label names, and that is another need: "Reintegration: needs assessment, savings groups". */
function labelledOtherNeeds(match: Match): boolean {
  const colon = labelNaming(match.sentence, otherNeeds)
  return colon !== -1 && match.sentence.text.slice(colon + 1, match.sentenceIndex).trim() === ''
}

export default rule
