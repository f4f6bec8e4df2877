// Policy work comes with support for implementing the policy (seed 003:
// "Without support for implementation, well meaning policies can languish";
// seed 000: training of the responsible authorities, dissemination to the
// affected parties, monitoring of practical gaps).
import {followsDeterminer, isHistory, relatedMentions, relatedTo, topicEnd, type Match, type ProposalModel, type Rule, type Sentence} from '@lessonlint/core'

import {
  anotherSupporter,
  authorities,
  draftText,
  implementationFunding,
  implementationSupport,
  implementing,
  implementingTexts,
  instrumentAdoption,
  measuresExecuted,
  othersDuty,
  othersResponsibility,
  projectPartEnds,
  projectSupport,
  researchFindings,
  startingMeasures,
  trainingOfAuthorities,
} from '../lexicons/policy.js'
import {afterProjectEnd, monitoringWord, projectWord} from '../lexicons/monitoring.js'
import {materialWord, needsAssessment} from '../lexicons/training.js'
import {missing, notApplicable, quote, satisfiedBy} from '../shared/explain.js'
import {insideMatchOf, neighbours, overlaps, tableHeadedBy} from '../shared/mentions.js'
import {explainPolicyWork, hasPolicyWork, instrumentsIn, NO_POLICY_WORK, policyWork, policyWorkRange, type PolicyWork} from '../shared/policy.js'
import {lmppEvaluation2009, trainingLesson181147} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noImplementationSupport'

const rule: Rule<MessageId> = {
  meta: {
    id: 'policy-implementation',
    summary: 'Policy work comes with support for implementing the policy: a plan, roll-out, training of authorities, dissemination or gap monitoring.',
    severity: 'warning',
    tags: ['policy', 'sustainability'],
    lesson:
      'The LMPP evaluation concludes that "the ILO needs to both facilitate the development of migration policies and support their implementation. Without support for implementation, well meaning policies can languish"; the GMS TRIANGLE project backed new laws with training of the responsible authorities, dissemination and monitoring of practical gaps.',
    sources: [lmppEvaluation2009, trainingLesson181147],
    messages: {
      noImplementationSupport: {
        problem: 'The proposal works on a policy instrument but plans no support for implementing it.',
        why: 'Without support for implementation, well-meaning policies can languish (LMPP final evaluation, 2009).',
        fix: 'Plan how the policy will be put into practice: an implementation or roll-out plan, training of the authorities who apply it, dissemination to the people it affects, and monitoring of practical gaps.',
      },
    },
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    const work = policyWork(model)
    if (!hasPolicyWork(work)) return notApplicable(context, NO_POLICY_WORK)
    explainPolicyWork(context, work)
    const putOff = implementationPutOff(model, work)
    const support = implementationSupportIn(model, work, putOff !== null)
    if (support) return satisfiedBy(context, 'support for implementing the policy', [support])
    missing(
      context,
      'support for implementing the policy: an implementation or roll-out plan, training of the authorities, dissemination, or monitoring of practical gaps',
    )
    if (putOff) missing(context, `its implementation is put off or left out: ${quote(putOff)}`, putOff.range)
    report({messageId: 'noImplementationSupport', range: policyWorkRange(work, model.titleRange)})
  },
}

/**
 * The first non-negated sign of implementation support outside the
 * background, or null: a named form of support ("roll-out plan",
 * "disseminated"), implementing an instrument ("support the implementation of
 * the directive"), training the authorities who apply it ("labour
 * inspectors trained on the new rules"), funding to start its measures, or
 * monitoring which measures are executed.
 */
function implementationSupportIn(model: ProposalModel, work: PolicyWork, putOff: boolean): Match | null {
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    // Once the proposal says the instrument's implementation is put off, support not tied to an instrument in its
    // phrase (an information campaign recruiting apprentices, a course for officials on another subject, "diffuser un
    // guide pratique et contribuer à l'élaboration d'un arrêté") no longer counts.
    const instruments = putOff ? instrumentsIn(sentence, work.acronyms) : []
    if (putOff && instruments.length === 0) continue
    const tiedToInstrument = (support: Match) => !putOff || relatedTo(support, instruments, 'phrase').length > 0
    // What the project or others did before ("avait participé en 2023 à la campagne de sensibilisation de la première
    // phase") supports nothing now.
    // The topic a sentence opens with ("Quant à l'application de l'accord une fois signé, nous confirmons que le projet
    // s'arrête à la négociation") is what the sentence goes on to speak about, not support it states.
    const topic = topicEnd(sentence.text)
    const stated = (support: Match) => support.sentenceIndex > topic
    // A column's name ("| Producto | Mes | Destinatarios | Difusión |") states no support either.
    const counts = (support: Match) => !isHistory(sentence, support) && tiedToInstrument(support) && stated(support) && !tableHeadedBy(model, support)
    // Spreading a draft consults on it or lobbies for it, spreading a study shares evidence, the project's own
    // implementation plan ("un plan de mise en œuvre détaillé du projet") runs the project, and outreach material
    // ("los materiales de difusión" of a help desk) informs its users: none supports applying the policy.
    const named = sentence
      .find(implementationSupport)
      .find(
        (support) =>
          relatedTo(support, [...sentence.find(draftText), ...sentence.find(researchFindings), ...sentence.find(projectWord), ...sentence.find(materialWord)], 'phrase')
            .length === 0 &&
          !insideMatchOf(support, implementingTexts) &&
          !leftToOthers(sentence, support) &&
          counts(support),
      )
    if (named) return named
    const implementing = implementingWordOf(sentence, work, putOff)
    if (implementing && stated(implementing)) return implementing
    // A training needs assessment ("will run a short training needs assessment: a survey of officers…") trains nobody.
    const training = sentence.find(trainingOfAuthorities).find((word) => counts(word) && !insideMatchOf(word, needsAssessment))
    if (training && sentence.find(authorities).length > 0) return training
    // "A grant to start the measures in five districts": money to put the policy to work, in one clause.
    const funding = sentence.find(implementationFunding).find((money) => relatedMentions(money, startingMeasures, 'clause').length > 0 && counts(money))
    if (funding) return funding
    // "A tracking mechanism lists the measures not executed each year": monitoring of the policy's execution.
    const tracking = sentence
      .find(measuresExecuted)
      .find((measures) => relatedTo(measures, sentence.find(monitoringWord), 'sentence').length > 0 && counts(measures))
    if (tracking) return tracking
  }
  return null
}

/**
 * Where the proposal says that implementing its instrument is not part of it: a sentence naming the instrument whose
 * support or implementing words are negated ("La difusión del reglamento … no forman parte de este proyecto", "sa mise
 * en application … relèvera d'une phase ultérieure"). The negated word, or null.
 */
function implementationPutOff(model: ProposalModel, work: PolicyWork): Match | null {
  let namedBefore = false
  let blockNaming: number | null = null
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    // The writer's open question or task ("- ? clarify with the legal unit – Labour Code applies to informal work?")
    // leaves nothing out: it is still to settle.
    if (sentence.openTask) continue
    const names = instrumentsIn(sentence, work.acronyms, {includeNegated: true}).length > 0
    if (names) blockNaming = sentence.block.start.offset
    // "Output 3.1 – Draft Directive … submission of the draft to MoLS for adoption. Adoption is expected after the end of
    // the project.": an instrument adopted only once the project has closed is implemented with none of its support.
    if (blockNaming === sentence.block.start.offset) {
      const adoptedAfter = sentence.find(instrumentAdoption).find((adoption) => relatedMentions(adoption, afterProjectEnd, 'clause').length > 0)
      if (adoptedAfter) return adoptedAfter
    }
    // The instrument may be the sentence before's, taken up by a possessive: "Le projet s'arrête à la soumission du projet
    // d'arrêté. Sa mise en œuvre, la formation des inspecteurs … ne sont pas couvertes par le présent financement", "…
    // una propuesta técnica de reglamento. No está previsto acompañar su aprobación ni su aplicación".
    const afterNaming: boolean = namedBefore
    const takenUp: boolean = afterNaming && (POSSESSIVE_OPENING.test(sentence.text) || TEXT_REFERRED_BACK.test(sentence.text))
    // A sentence that takes the instrument up passes it on: "L'élaboration des textes s'appuiera sur … La vulgarisation
    // des textes et l'accompagnement de leur mise en œuvre relèveront d'une seconde phase".
    namedBefore = names || takenUp
    if (!names && !afterNaming) continue
    // "… UTFS will submit it to the Ministry of Labour. Submitting it is where our part ends": the project stops short.
    const stops = sentence.find(projectPartEnds)[0]
    if (stops && !isHistory(sentence, stops)) return stops
    const saidOfIt = (word: Match) => names || takenUp || POSSESSIVE.test(neighbours(word).before)
    for (const lexicon of [implementationSupport, implementing, trainingOfAuthorities]) {
      // "Sub-Decree 190 without implementing rules" names a kind of text missing, not implementation left out.
      const negated = sentence.find(lexicon, {includeNegated: true}).find((word) => word.negated && !insideMatchOf(word, implementingTexts) && saidOfIt(word))
      if (negated) return negated
    }
    if (!names && !takenUp) continue
    // "Implementation of the revised list is the responsibility of the Government": left to others, as good as left out.
    // What others take on once the project has closed leaves the project's own support as it was.
    for (const lexicon of [implementationSupport, implementing, trainingOfAuthorities]) {
      const leftOut = sentence.find(lexicon).find((word) => leftToOthers(sentence, word) && relatedMentions(word, afterProjectEnd, 'clause').length === 0)
      if (leftOut) return leftOut
    }
  }
  return null
}

/** A sentence that opens with a possessive, which refers back to what the sentence before named: "Sa", "Its", "Su". */
const POSSESSIVE_OPENING = /^\s*(?:its|their|sa|son|ses|leur|leurs|su|sus)\s/iu
/**
 * The instrument the sentence before named, taken up as "the text": "…un avant-projet de décret … Le suivi de l'adoption
 * et de l'application du texte dépasse le cadre de ce projet", "its adoption and the application of the text".
 */
const TEXT_REFERRED_BACK = /\b(?:the|this) (?:text|draft)\b|\b(?:the|these) (?:texts|drafts)\b|\b(?:du|le|ce|de ce) texte\b|\b(?:des|les|ces|de ces) textes\b|\b(?:el|este|del) texto\b|\b(?:los|estos|de los|de estos) textos\b/iu
/** A possessive right before a word: "ni su aplicación", "its roll-out". */
const POSSESSIVE = /^(?:its|their|sa|son|ses|leur|leurs|su|sus)$/iu


/**
 * "Support the implementation of the directive", but not the instrument's own name ("implementing decree", "décret
 * d'application") nor a kind of text ("les textes d'application"): the implementing word, or null. Once the
 * proposal has put the instrument's implementation off, only a word said of the instrument in one phrase counts:
 * "a revised contract that covers fishing and applies the employer-pays principle" is the text's content.
 */
function implementingWordOf(sentence: Sentence, work: PolicyWork, putOff: boolean): Match | null {
  const instruments = instrumentsIn(sentence, work.acronyms)
  if (instruments.length === 0) return null
  return (
    sentence
      .find(implementing)
      .find(
        (word) =>
          !instruments.some((instrument) => overlaps(word.range, instrument.range)) &&
          !insideMatchOf(word, implementingTexts) &&
          !leftToOthers(sentence, word) &&
          (!putOff || relatedTo(word, instruments, 'phrase').length > 0),
      ) ?? null
  )
}

/**
 * Applying the policy left to others, with no support of the project's ("Applying the decree is the municipality's
 * responsibility", "sa mise en application relèvera du ministère"), supported by someone else ("a separate
 * programme funded by another donor is expected to support its application"), or done after the project has closed.
 */
function leftToOthers(sentence: Sentence, word: Match): boolean {
  if (relatedMentions(word, anotherSupporter, 'clause').length > 0) return true
  // What others do once the project has closed ("…, which will lead implementation once the project has closed").
  if (relatedMentions(word, afterProjectEnd, 'clause').length > 0) return true
  // Negated or not: "Adoption et application du décret : relèvent du Gouvernement, hors du périmètre du projet" puts
  // the responsibility out of the project twice.
  // A duty put as a verb is no verb after an article: "un relevé des difficultés rencontrées dans l'application du décret".
  const duty = [
    ...relatedMentions(word, othersResponsibility, 'clause', {includeNegated: true}),
    ...relatedMentions(word, othersDuty, 'clause', {includeNegated: true}).filter((verb) => !followsDeterminer(verb.sentence.text, verb.sentenceIndex)),
  ]
  return duty.length > 0 && relatedMentions(word, projectSupport, 'clause').length === 0
}

export default rule
