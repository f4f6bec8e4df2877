// An evaluation is planned: mid-term, final, independent or external (seeds
// 003 and 004: evaluations judge design, results and sustainability; "no
// mid-term or final evaluation is planned" is not a plan).
import {defineLexicon, type Match, type ProposalModel, type Rule} from '@lessonlint/core'

import {plannedEvaluation} from '../lexicons/monitoring.js'
import {missing, satisfiedBy} from '../shared/explain.js'
import {overlaps} from '../shared/mentions.js'
import {itcIloBoardCC82, lmppEvaluation2009} from '../shared/sources.js'

type MessageId = 'noEvaluation'

/** "Evaluation" on its own, counted when the sentence plans it ("An evaluation will be carried out in month 24"). */
const evaluationWord = defineLexicon('evaluation-word', {
  en: ['evaluation'],
  fr: ['évaluation'],
  es: ['evaluación'],
})
/** Uses of the word that are not an evaluation of the project. */
const notAnEvaluation = defineLexicon('not-an-evaluation', {
  en: [
    'monitoring and evaluation',
    'monitoring, evaluation',
    'evaluation framework',
    'evaluation plan',
    'self-evaluation',
    'evaluation of training',
    'evaluation of the training',
    'evaluation of the course',
    'evaluation of each course',
    'evaluation of each workshop',
    'training evaluation',
    'course evaluation',
    'workshop evaluation',
    'evaluation questionnaire',
    'evaluation form',
    'evaluation sheet',
    'evaluation function',
    'evaluation office',
    'evaluation unit',
    'evaluation department',
    'evaluation manager',
  ],
  fr: ['suivi et évaluation', 'suivi-évaluation', 'auto-évaluation', 'fiche d\'évaluation', 'cadre d\'évaluation', 'évaluation de la formation', 'évaluation des formations', 'questionnaire d\'évaluation'],
  es: ['seguimiento y evaluación', 'monitoreo y evaluación', 'autoevaluación', 'marco de evaluación', 'evaluación de la capacitación', 'evaluación del curso'],
})
const planned = defineLexicon('planned', {
  en: ['will', 'shall', 'planned', 'foreseen', 'scheduled', 'commissioned', 'budgeted', 'to be conducted', 'to be carried out', 'is envisaged'],
  fr: ['sera', 'seront', 'prévue', 'prévu', 'planifiée', 'programmée', 'commanditée'],
  es: ['se realizará', 'se llevará', 'prevista', 'previsto', 'planificada', 'programada'],
})

const rule: Rule<MessageId> = {
  meta: {
    id: 'evaluation-plan',
    summary: 'An evaluation of the project is planned: mid-term, final, independent or external.',
    severity: 'warning',
    tags: ['monitoring', 'evaluation'],
    lesson:
      'The LMPP evaluation asks for better "methods for evaluating the impact of global migration projects", and the ITC-ILO Board evaluation judges whether "the quality and performance of the training [has] been monitored and evaluated": a project that plans no evaluation cannot show either.',
    sources: [lmppEvaluation2009, itcIloBoardCC82],
    messages: {
      noEvaluation: {
        problem: 'No evaluation of the project is planned.',
        why: 'Without a mid-term or final evaluation nobody independent judges whether the design held, what it achieved and what will last (LMPP final evaluation, 2009; ITC-ILO Board CC 82/3).',
        fix: 'Plan an independent final evaluation (and a mid-term evaluation for projects of two years or more), and budget for it.',
      },
    },
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    const evaluations = plannedEvaluations(model)
    if (evaluations.length > 0) return satisfiedBy(context, 'evaluation planned', evaluations)
    missing(context, 'a planned evaluation of the project: mid-term, final, independent or external')
    const section = model.sectionsOf('monitoring')[0]
    report({messageId: 'noEvaluation', range: section?.heading.range ?? model.titleRange})
  },
}

/** The mentions that plan an evaluation: named ones ("final evaluation"), else the first planned "evaluation"; none when none is planned. */
function plannedEvaluations(model: ProposalModel): Match[] {
  const named = model.find(plannedEvaluation, {notIn: ['background'], includeHeadings: false})
  if (named.length > 0) return named
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    if (sentence.find(planned).length === 0) continue
    const excluded = sentence.find(notAnEvaluation, {includeNegated: true})
    const word = sentence.find(evaluationWord).find((match) => !excluded.some((other) => overlaps(match.range, other.range)))
    if (word) return [word]
  }
  return []
}

export default rule
