// capacity-turnover: a training component plans for staff turnover (seed 000,
// lesson 181147).
import {clauseBounds, relatedMentions, relatedTo, type Match, type ProposalModel, type Rule} from '@lessonlint/core'

import {
  curriculum,
  donorOwned,
  guidance,
  integrationIntoSystems,
  itcIlo,
  knowledgeRetention,
  newcomers,
  officialAdoption,
  rejectedOption,
  standingBody,
  trainingActivity,
  trainingMaterials,
  trainingSystem,
} from '../lexicons/training.js'
import {missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions, inClauseWith, inRiskColumn, neighbours} from '../shared/mentions.js'
import {trainingLesson181147} from '../shared/sources.js'
import {explainTrainingComponent, NO_TRAINING_COMPONENT, trainingComponent} from '../shared/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noRetention'

/** Whether the sentence sets the measure aside: "a cascade approach was considered but was not retained", "descartada por su costo". */
function setAside(match: Match): boolean {
  return relatedMentions(match, rejectedOption, 'sentence', {includeNegated: true}).length > 0
}

/**
 * Training for the staff who join later: newcomers or an induction in one
 * clause with the training or its materials ("inducción obligatoria de todo
 * funcionario nuevo con esos materiales", "new recruits take the course in their first month").
 */
function newcomersTrained(model: ProposalModel): Match[] {
  return currentMentions(model, newcomers).filter((match) => {
    const training = [...match.sentence.find(trainingSystem), ...match.sentence.find(trainingActivity)]
    return relatedTo(match, training, 'clause').some((other) => other.range.start.offset !== match.range.start.offset) && !setAside(match)
  })
}

/**
 * Whether the mention institutionalises a standing body and no training or material in its clause: "Committees are
 * institutionalised", "Le cadre de concertation provincial est institutionnalisé". Not "the committee will
 * institutionalise the manual".
 */
function institutionalisesABody(match: Match): boolean {
  if (!/^institu/u.test(match.term)) return false
  const known = [trainingMaterials, curriculum, trainingActivity, trainingSystem]
  return inClauseWith(match, standingBody) && !known.some((lexicon) => inClauseWith(match, lexicon))
}

/** What makes a bare participle ("integrated", "intégré", "integrado") a taking-in, not an adjective ("integrated pest management", "manejo integrado"). */
const AUXILIARY_BEFORE = /^(?:be|been|being|is|are|was|were|gets?|formally|fully|être|été|sera|seront|est|sont|soit|soient|ser|será|serán|es|son|sea|sean|queda|quedará|quedarán|estará|estarán|sido)$/iu
const INTO_AFTER = /^(?:into|in|within|au|aux|à|dans|en|al)$/iu
const BARE_PARTICIPLE = /^(?:integrated|incorporated|intégrée?s?|incorporée?s?|integrad[oa]s?|incorporad[oa]s?)$/iu

function takesIn(match: Match): boolean {
  if (!BARE_PARTICIPLE.test(match.text)) return true
  const {before, after} = neighbours(match)
  return AUXILIARY_BEFORE.test(before) || INTO_AFTER.test(after)
}

/**
 * Costs integrated into budget lines, the clause's subject: "les coûts de la formation des agences … sont intégrés aux
 * produits 2 et 3", "the costs of the gender training are integrated into the activity lines". Budgeting, not a
 * training system that keeps the knowledge; costs an institution takes over ("Les coûts de formation seront repris par
 * le FDFP") keep the training going in its system.
 */
const INTEGRATING = /^(?:int[eé]gr|incorpor)/iu
/** A clause whose subject is costs: "les coûts de …", "the costs of …", "los costos de …". */
const COSTS_OPENING = /^[\s:;,(]*(?:(?:the|its|their|les?|la|leurs?|ses|los|las|el|sus?)\s+)?(?:costs?|co[uû]ts?|frais|costos?|gastos?)(?![\p{L}])/iu

function integratesCosts(match: Match): boolean {
  if (!INTEGRATING.test(match.text)) return false
  const {text} = match.sentence
  const [start] = clauseBounds(text, match.sentenceIndex, match.sentenceIndex + match.text.length)
  return COSTS_OPENING.test(text.slice(start, match.sentenceIndex))
}

const rule: Rule<MessageId> = {
  meta: {
    id: 'capacity-turnover',
    summary: 'A training component addresses staff turnover and knowledge retention.',
    severity: 'warning',
    tags: ['training', 'sustainability', 'knowledge-management'],
    lesson:
      'Capacity building was affected by frequent staff turnover, and efforts to manage the knowledge acquired in training workshops had limited effect; the project mitigated the risk by institutionalising manuals, guidelines and legislative tools.',
    sources: [trainingLesson181147],
    messages: {
      noRetention: {
        problem: 'The proposal plans training but says nothing about keeping the knowledge when trained staff leave.',
        why: 'Frequent staff turnover in partner institutions erases what training built (evaluation 1379).',
        fix: 'Plan for turnover: training of trainers, knowledge management (handover files, a knowledge platform), institutionalising manuals and guidelines, or integrating the course into the partners\' own training systems.',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    const component = trainingComponent(model)
    if (!component) return notApplicable(context, NO_TRAINING_COMPONENT)
    explainTrainingComponent(context, component)
    // "ToT" is the acronym only: matched case-blind and accent-blind, the term would also find French "tôt".
    // A risk table's cell outside the mitigations names a risk ("Officers transferred to other districts after
    // training"), not a measure.
    const retention = currentMentions(model, knowledgeRetention).filter(
      (match) =>
        (match.term !== 'ToT' || /^(?:ToT|TOT)s?$/u.test(match.text)) &&
        !setAside(match) &&
        !inRiskColumn(model, match) &&
        !institutionalisesABody(match) &&
        relatedMentions(match, donorOwned, 'phrase').length === 0,
    )
    if (retention.length > 0) return satisfiedBy(context, 'knowledge kept through staff turnover', retention)
    // "The committee training will be taken over by the Department as part of its own regular training."
    // Taken into a training system in one clause ("the module will be integrated, from year two, into the school's curriculum");
    // "an integrated approach" is an adjective, not a taking-in.
    const integration = currentMentions(model, integrationIntoSystems).filter(
      (match) =>
        relatedMentions(match, trainingSystem, 'clause', {limit: 1}).length > 0 &&
        takesIn(match) &&
        // The ITC-ILO's catalogue ("se compartirán con el CIF-OIT para que los incorpore a su catálogo") is the ILO's
        // own training system: the partners' staff who leave take the knowledge with them all the same.
        relatedMentions(match, itcIlo, 'phrase', {limit: 1}).length === 0 &&
        !integratesCosts(match) &&
        !setAside(match) &&
        !inRiskColumn(model, match),
    )
    if (integration.length > 0) return satisfiedBy(context, "training taken into the partners' own training system", integration)
    // A guide made official ("issued by circular as the Ministry's standard operating procedure") outlasts who was trained.
    const official = currentMentions(model, officialAdoption).filter((match) => match.sentence.has(guidance) && !setAside(match))
    if (official.length > 0) return satisfiedBy(context, 'guidance made official by the institution', official)
    const induction = newcomersTrained(model)
    if (induction.length > 0) return satisfiedBy(context, 'staff who join later are trained (induction with the materials)', induction)
    missing(
      context,
      "plans for staff turnover: training of trainers, knowledge management, institutionalised manuals and guidelines, or the partners' own training systems",
    )
    context.report({messageId: 'noRetention', range: component.range})
  },
}

export default rule
