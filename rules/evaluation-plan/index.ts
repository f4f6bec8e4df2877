// An evaluation is planned: mid-term, final, independent or external (seeds
// 003 and 004: evaluations judge design, results and sustainability; "no
// mid-term or final evaluation is planned" is not a plan).
import {defineLexicon, isHistory, isPersonNoun, relatedMentions, relatedTo, words, type Match, type ProposalModel, type Rule} from '@lessonlint/core'

import {evaluationQualifier, plannedEvaluation, projectItself} from '../lexicons/monitoring.js'
import {needsAssessment} from '../lexicons/training.js'
import {missing, satisfiedBy} from '../shared/explain.js'
import {mentionsAt, neighbours, ofDatedEvents} from '../shared/mentions.js'
import {itcIloBoardCC82, lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noEvaluation'

/** "Evaluation" on its own, counted when the sentence plans it ("An evaluation will be carried out in month 24"). */
const evaluationWord = defineLexicon('evaluation-word', {
  en: ['evaluation'],
  fr: ['évaluation'],
  es: ['evaluación'],
})
/**
 * The person who evaluates, counted when the clause plans them to judge the project itself ("an evaluator from
 * outside both organisations will assess the whole project"): alone the word also names the assessors who
 * certify trainees' skills ("180 évaluateurs issus des maîtres artisans").
 */
const evaluatorWord = defineLexicon('evaluator-word', {
  en: ['evaluator'],
  fr: ['évaluateur', 'évaluatrice'],
  es: ['evaluador', 'evaluadora'],
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
    // Evaluations of risks, of learners and of staff, not of the project.
    'risk evaluation',
    'evaluation of risks',
    'evaluation of the risks',
    'evaluation of learning',
    'evaluation of learners',
    'performance evaluation',
    'staff evaluation',
    // Selecting applications: a panel and its criteria judge the applicants, not the project.
    'evaluation panel',
    'evaluation committee',
    'evaluation criteria',
    'evaluation grid',
    'evaluation of applications',
    'evaluation of proposals',
    // A quick diagnosis of a situation, not of the project.
    'rapid evaluation',
    // A construction project's or a policy's environmental or social impact, not the project's.
    'environmental impact assessment',
    'environmental impact evaluation',
    'environmental and social impact assessment',
    'social and environmental impact assessment',
    // What processing personal data does to people's privacy (a DPIA), not what the project achieved.
    'data protection impact assessment',
    'privacy impact assessment',
  ],
  fr: [
    'suivi et évaluation', 'suivi-évaluation', 'auto-évaluation', 'fiche d\'évaluation', 'cadre d\'évaluation', 'évaluation de la formation', 'évaluation des formations', 'questionnaire d\'évaluation',
    'évaluation des risques', 'évaluation des acquis', 'évaluation des apprentissages', 'évaluation des performances', 'évaluation du personnel',
    "comité d'évaluation", "grille d'évaluation", "critères d'évaluation", 'évaluation des dossiers', 'évaluation des candidatures', 'évaluation rapide',
    "évaluation d'impact environnemental", "évaluation d'impact environnemental et social", "évaluation d'impact sur l'environnement", 'évaluation environnementale',
    "analyse d'impact relative à la protection des données", "évaluation d'impact relative à la protection des données", "évaluation d'impact sur la protection des données",
  ],
  es: [
    'seguimiento y evaluación', 'monitoreo y evaluación', 'autoevaluación', 'marco de evaluación', 'evaluación de la capacitación', 'evaluación del curso',
    'evaluación de riesgos', 'evaluación de los riesgos', 'evaluación de los aprendizajes', 'evaluación del desempeño', 'evaluación de desempeño',
    'comité de evaluación', 'comité evaluador', 'panel de evaluación', 'criterios de evaluación', 'evaluación de solicitudes', 'evaluación de propuestas', 'evaluación rápida',
    'evaluación de impacto ambiental', 'evaluación de impacto ambiental y social', 'evaluación ambiental',
    'evaluación de impacto en protección de datos', 'evaluación de impacto en la protección de datos', 'evaluación de impacto relativa a la protección de datos',
  ],
})
const planned = defineLexicon('planned', {
  en: ['will', 'shall', 'going to', 'planned', 'foreseen', 'scheduled', 'commissioned', 'budgeted', 'to be conducted', 'to be carried out', 'is envisaged'],
  // The near future plans as the future does: "nous allons demander … de faire une évaluation", "vamos a contratar".
  fr: ['sera', 'seront', 'allons', 'prévue', 'prévu', 'planifiée', 'programmée', 'commanditée'],
  es: ['se realizará', 'se llevará', 'vamos a', 'prevista', 'previsto', 'planificada', 'programada'],
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
    translations: {fr, es},
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

/**
 * The mentions that plan an evaluation, none of them history ("the final evaluation of Phase I,
 * carried out in 2023, showed…") nor an evaluation of something else ("evaluaciones de impacto
 * ambiental"): named ones ("final evaluation"), else
 * the first "evaluation" planned in its own clause ("An evaluation will be
 * carried out in month 24", not "...the results of the evaluations; a report
 * will be sent"); none when none is planned.
 */
function plannedEvaluations(model: ProposalModel): Match[] {
  const named = model.find(plannedEvaluation, {notIn: ['background'], includeHeadings: false}).filter((match) => !isHistory(match.sentence, match) && !isOtherEvaluation(match))
  if (named.length > 0) return named
  const qualified = qualifiedEvaluations(model)
  if (qualified.length > 0) return qualified
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    const plans = sentence.find(planned)
    if (plans.length === 0) continue
    const word = sentence.find(evaluationWord).find((match) => !isOtherEvaluation(match) && !isHypothetical(match) && relatedTo(match, plans, 'clause').length > 0)
    if (word) return [word]
    const evaluators = sentence.find(evaluatorWord)
    if (evaluators.length === 0) continue
    const project = sentence.find(projectItself)
    const evaluator = evaluators.find((match) => relatedTo(match, plans, 'clause').length > 0 && relatedTo(match, project, 'clause').length > 0)
    if (evaluator) return [evaluator]
  }
  return []
}

/**
 * "Evaluation" qualified as the project's own in one phrase, in other words than
 * the set names: "an evaluation conducted by an independent team", "une
 * évaluation confiée à une équipe externe", "una evaluación a cargo de
 * evaluadores externos". Not in the background, not history.
 */
function qualifiedEvaluations(model: ProposalModel): Match[] {
  return model
    .find(evaluationWord, {notIn: ['background'], includeHeadings: false})
    .filter((match) => !isHistory(match.sentence, match) && !isOtherEvaluation(match))
    .filter(
      (match) =>
        relatedMentions(match, evaluationQualifier, 'phrase').some((qualifier) => !peopleBetween(match, qualifier)) ||
        match.sentence.find(evaluationQualifier, {from: match.sentenceIndex + match.text.length, limit: 1}).some((qualifier) => labelledBy(match, qualifier)),
    )
}

/** Whether the qualifier is the value right after the evaluation as a label: "Evaluación: final independiente (mes 17)", "Evaluation: external". */
function labelledBy(label: Match, qualifier: Match): boolean {
  return /^\s*:\s*$/u.test(label.sentence.text.slice(label.sentenceIndex + label.text.length, qualifier.sentenceIndex))
}

/**
 * Whether the mention is part of an evaluation of something else than the project ("evaluaciones de impacto ambiental",
 * "a data protection impact assessment",
 * "evaluación ex post del impacto de los reajustes de 2019"), or of the needs a training answers ("Une évaluation des besoins de formation des inspecteurs sera réalisée").
 */
function isOtherEvaluation(match: Match): boolean {
  return mentionsAt(match, notAnEvaluation).length > 0 || mentionsAt(match, needsAssessment).length > 0 || requiredFromAThreshold(match) || ofDatedEvents(match)
}

/**
 * Whether the evaluation is the subject of a conditional right after it, what one would do, not one planned: "the
 * harvests will give the donor the evidence an evaluation would give", "les données qu'une évaluation donnerait".
 */
function isHypothetical(match: Match): boolean {
  return CONDITIONAL_AFTER.test(neighbours(match).after)
}

const CONDITIONAL_AFTER = /^(?:would|could|might|\p{L}+(?:rait|raient)|\p{L}{2,}(?:ría|rían))$/iu

/** A threshold: what a policy requires from a size of project on. */
const thresholdWord = defineLexicon('threshold', {en: ['threshold', 'thresholds'], fr: ['seuil', 'seuils'], es: ['umbral', 'umbrales']})

/**
 * Whether the evaluation is what a threshold earlier in its clause requires, not what the project plans: "the project
 * falls below the donor's threshold for an external evaluation", "inférieur au seuil à partir duquel la politique
 * d'évaluation du BIT exige une évaluation indépendante", "por debajo del umbral que exige una evaluación externa".
 */
function requiredFromAThreshold(match: Match): boolean {
  return relatedMentions(match, thresholdWord, 'clause', {includeNegated: true}).some((threshold) => threshold.sentenceIndex < match.sentenceIndex)
}

/** Whether people stand between an evaluation and its qualifier: "the evaluation of participants at the final session" assesses people, not the project. */
function peopleBetween(a: Match, b: Match): boolean {
  const [first, second] = a.sentenceIndex <= b.sentenceIndex ? [a, b] : [b, a]
  return words(a.sentence.text.slice(first.sentenceIndex + first.text.length, second.sentenceIndex)).some((token) => isPersonNoun(token.word))
}

export default rule
