// A proposal states how it will pursue gender equality: a gender section with
// content, or a stated gender strategy / approach / action plan elsewhere
// (seed 002: "absence of an explicit strategy to mainstream gender"). A
// strategy is stated in many words: "un plan d'action pour l'égalité des
// sexes", or equality between women and men made a cross-cutting axis with
// an action plan of concrete measures in the same paragraph. A label in a
// budget row ("Gender mainstreaming | 0") describes nothing.
import {isHistory, isNegated, isPlaceholder, opensWithPlaceholder, related, relatedMentions, relatedTo, wordIndexFrom, words, type Language, type Lexicon, type Match, type ProposalModel, type Rule, type Section, type Sentence} from '@lessonlint/core'

import {approachWord, askedFor, forWomen, genderAnalysis, genderConcept, genderExpertise, genderNeutral, genderStrategy, mainstreamingPromise, menAndBoys, sexDisaggregation, strategyToBeWritten, womenAndGirls} from '../lexicons/gender.js'
import {projectOrIntervention, projectWord} from '../lexicons/monitoring.js'
import {missing, satisfiedBy} from '../shared/explain.js'
import {standsAsTitle, within} from '../shared/mentions.js'
import {appendSections, hasRealContent, inCrossReference, isCrossReference, isPlaceholderSentence, leadInDescribing} from '../shared/sections.js'
import {isCourseTopic} from '../shared/training.js'
import {genderLesson181142} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'missingStrategy' | 'emptySection'

/**
 * A gender training as a lead-in's subject ("formation genre d'1 jour pour les 8 conseillers…", "Gender training for the
 * inspectors"): an activity, which the gender-training-partners rule weighs, not an approach.
 */
const GENDER_TRAINING = /\b(?:training|formation|formación|formacion|capacitación|capacitacion)\b/iu

/** Words a paragraph led by "Gender" must add to describe an approach. */
const LEAD_IN_WORDS = 15

const SKELETON: Record<Language, {heading: string; placeholder: string}> = {
  en: {
    heading: 'Gender equality strategy',
    placeholder: '<!-- TODO: the gender analysis (women\'s and men\'s situation), how each component responds to it, and who carries it out. -->',
  },
  fr: {
    heading: 'Stratégie d\'égalité de genre',
    placeholder: '<!-- TODO : l\'analyse de genre (situation des femmes et des hommes), la réponse de chaque composante et qui la met en œuvre. -->',
  },
  es: {
    heading: 'Estrategia de igualdad de género',
    placeholder: '<!-- TODO: el análisis de género (situación de mujeres y hombres), la respuesta de cada componente y quién la lleva a cabo. -->',
  },
}

const rule: Rule<MessageId> = {
  meta: {
    id: 'gender-strategy',
    summary: 'The proposal describes a gender equality or mainstreaming strategy.',
    severity: 'warning',
    tags: ['gender'],
    lesson:
      'The evaluation of the GMS TRIANGLE project found an "absence of an explicit strategy to mainstream gender in activities" and concluded that positive gender equality outcomes need "a specific gender equality strategy" from inception.',
    sources: [genderLesson181142],
    messages: {
      missingStrategy: {
        problem: 'The proposal describes no gender equality strategy.',
        why: 'Without an explicit strategy to mainstream gender, gender equality outcomes are left to chance (ILO evaluation 1379, lesson 181142).',
        fix: 'Add a gender equality section: what the gender analysis shows for women and men, how each component responds, and who carries it out.',
      },
      emptySection: {
        problem: 'The "{heading}" section describes no gender equality strategy.',
        why: 'A gender heading with nothing (or only a negation) under it is not a strategy; gender equality outcomes need a specific gender equality strategy (ILO evaluation 1379, lesson 181142).',
        fix: 'Describe the gender analysis, how each component responds to it, and who carries it out.',
      },
    },
    translations: {fr, es},
    fixable: true,
    fixTitles: {addSection: 'Add a "{heading}" section'},
  },
  check(context) {
    const {model, report} = context
    const sections = model.sectionsOf('gender').filter((section) => !analysisInTheContext(model, section))
    const described = sections.find((section) => describesGender(model, section))
    if (described) return satisfiedBy(context, `gender section with content: “${described.heading.title}”`, described.heading.range)
    const stated = current(model, genderStrategy)
    if (stated.length > 0) return satisfiedBy(context, 'gender strategy stated', stated)
    const approach = approachToGender(model)
    if (approach) return satisfiedBy(context, 'gender approach stated in other words', approach)
    const forWomenMeasures = measuresForWomen(model)
    if (forWomenMeasures.length > 0) return satisfiedBy(context, 'measures stated for women', forWomenMeasures)
    // A cross-cutting paragraph led by gender ("**Gender equality.** Outreach is designed separately...") describes an approach too.
    // A gender section already weighed above (and found empty, negated or only promising) is no lead-in.
    // A lead-in that only says how a strategy will be written later ("**Gender.** A gender action plan … will be
    // prepared within six months") describes none, as such a section does not.
    const leadIn = leadInDescribing(model, genderConcept, LEAD_IN_WORDS)
    const afterLabel = (sentence: Sentence) => sentence !== leadIn?.sentence || words(sentence.text).length > LABEL_WORDS
    // A topic of a course ("5. gender equality and non-discrimination in OSH: …") is what the course teaches, not how the
    // project works.
    // A proposal that says outright it has no gender strategy ("**Genre.** Aucune stratégie ni plan d'action en matière
    // d'égalité de genre n'a été élaboré pour cette phase") is not contradicted by a paragraph led by gender elsewhere.
    if (
      leadIn &&
      !deniedOutright(model, leadIn.sentence) &&
      !(leadIn.section && sections.includes(leadIn.section)) &&
      !isCourseTopic(model, leadIn) &&
      !GENDER_TRAINING.test(leadIn.text) &&
      !onlyPromisesOrLaterWriting(model.sentences({within: leadIn.sentence.block}).filter(afterLabel))
    ) {
      return satisfiedBy(context, 'gender approach described in a paragraph', [leadIn])
    }

    const section = sections[0]
    if (section) {
      missing(context, 'a gender equality strategy under the gender heading: it is empty or only says what will not be done', section.heading.range)
      report({messageId: 'emptySection', data: {heading: section.heading.title}, range: section.heading.range})
      return
    }
    missing(context, 'a gender equality strategy: a gender section with content, or a stated gender strategy, approach or action plan')
    const skeleton = SKELETON[model.language]
    report({
      messageId: 'missingStrategy',
      range: model.titleRange,
      fix: {
        title: context.fixTitle('addSection', {heading: skeleton.heading}),
        edits: [appendSections(model, [skeleton])],
      },
    })
  },
}

/**
 * Non-negated mentions of the project's own plans: not background, not a
 * past phase, and not the label of a budget line (a row or list item of a
 * budget section: "Gender mainstreaming | 0" describes nothing). Prose under
 * a budget heading still counts. A page a pointer names ("voir [[Stratégie
 * genre]]") is not in the proposal, nor is what someone asks of it, nor what a
 * sentence says is lacking in a paragraph that puts the strategy's writing off
 * ("La stratégie genre commune … n'a pas encore été adaptée au projet. La
 * spécialiste genre la rédigera au cours du premier trimestre").
 */
function current(model: ProposalModel, lexicon: Parameters<ProposalModel['find']>[0]): Match[] {
  return model
    .find(lexicon, {notIn: ['background'], includeHeadings: false})
    .filter(
      (match) =>
        !isHistory(match.sentence, match) &&
        !isBudgetLine(match) &&
        !isShortPromise(match.sentence) &&
        !isStillToBeWritten(match) &&
        !isPlaceholderSentence(match.sentence.text) &&
        !inCrossReference(match) &&
        !isAskedFor(match) &&
        !(saysWhatIsLacking(match.sentence) && putOffInItsBlock(model, match.sentence)) &&
        standsAsTitle(model, match, lexicon, (other) => !isHistory(other.sentence, other)),
    )
}

/** Whether the mention is what someone asks of the proposal: "The donor template asks for a gender equality strategy". */
function isAskedFor(match: Match): boolean {
  return match.sentence.find(askedFor, {includeNegated: true}).some((ask) => ask.sentenceIndex < match.sentenceIndex && related(ask, match, 'phrase'))
}

function isBudgetLine(match: Match): boolean {
  const {container, section} = match.sentence
  return (container === 'table-cell' || container === 'list-item') && (section?.isIn('budget') ?? false)
}

/**
 * A strategy, approach, action plan or cross-cutting axis said of gender: in
 * one noun phrase ("un plan d'action pour l'égalité des sexes", "a strategy
 * for equality between women and men"), or in the paragraph, list item or
 * row that makes gender equality its subject ("La igualdad entre mujeres y
 * hombres atravesará toda la intervención ... un plan de acción con medidas
 * concretas"). "By gender" splits figures; it is no subject. The approach and
 * its gender word, or null.
 */
function approachToGender(model: ProposalModel): Match[] | null {
  const splits = model.find(sexDisaggregation, {includeHeadings: false, includeNegated: true})
  // Gender as a topic a course teaches ("un tronc commun transversal … qui couvre : … l'égalité entre les femmes et les
  // hommes") is the course's content, not the project's approach.
  const topics = current(model, genderConcept).filter((topic) => !splits.some((split) => within(topic.range, split.range)) && !isCourseTopic(model, topic))
  if (topics.length === 0) return null
  for (const approach of current(model, approachWord).filter((match) => !describesATrainingUnit(match))) {
    const topic = topics.find((each) => related(approach, each, 'phrase')) ?? topics.find((each) => related(approach, each, 'block'))
    if (topic) return [approach, topic]
  }
  return null
}

/** A training unit right before the approach word, or one word before it: "un módulo transversal común", "the course's common core". */
/**
 * A purpose for women that a colon then opens measures for, in its sentence: "Pour que les femmes profitent vraiment du
 * projet, nous avons décidé trois choses : au moins la moitié des places…". One measure for women is no approach; the
 * list they open is.
 */
function measuresForWomen(model: ProposalModel): Match[] {
  return current(model, forWomen).filter((purpose) => purpose.sentence.text.includes(':', purpose.sentenceIndex + purpose.text.length))
}

const TRAINING_UNIT_BEFORE = /\b(?:modules?|courses?|units?|m[óo]dulos?|cursos?|unidad(?:es)?|cours|unit[ée]s?)\s+(?:\p{L}+\s+)?$/iu

/** Whether an approach word describes a training unit ("un módulo transversal común de 40 horas"), not an approach. */
function describesATrainingUnit(match: Match): boolean {
  return TRAINING_UNIT_BEFORE.test(match.sentence.text.slice(Math.max(0, match.sentenceIndex - 40), match.sentenceIndex))
}

/** How long a lead-in's label may be ("**Gender equality.**"): a sentence of its own, set aside. */
const LABEL_WORDS = 4

/** How long a promise may be and still say nothing of how (words): "Gender will be mainstreamed throughout the project in line with the ILO Action Plan". */
const SHORT_PROMISE_WORDS = 30

/** A short promise to take gender into account that says nothing of how (`mainstreamingPromise`). */
function isShortPromise(sentence: Sentence): boolean {
  return sentence.has(mainstreamingPromise) && words(sentence.text).length <= SHORT_PROMISE_WORDS
}

/**
 * A sentence on how something will be written or approved later that says nothing of what it holds ("Elle sera
 * validée par le comité de pilotage", "Les termes de référence … seront partagés"). One that goes on past a colon to
 * its measures ("…un plan d'action pour l'égalité : accès des productrices aux parcelles irriguées, …") describes it.
 */
function isAboutWritingLater(sentence: Sentence): boolean {
  const steps = sentence.find(strategyToBeWritten)
  if (steps.length === 0) return false
  // Past a colon, a pointer to where the draft is ("reste à rédiger : voir [[Stratégie genre (brouillon)]]") holds no measures.
  const colon = sentence.text.indexOf(':', steps[0]!.sentenceIndex)
  return colon === -1 || isCrossReference(sentence.text.slice(colon + 1))
}

/**
 * A strategy named as still to be written, in one phrase with its writing: "Une stratégie genre du projet sera
 * élaborée au cours des six premiers mois", "para elaborar la estrategia de género". A course "con enfoque de género"
 * that "se diseñará" is no strategy put off.
 */
/** Words (an article, a possessive) that may stand before the subject of a sentence, after its number. */
const SUBJECT_LEAD_WORDS = 2

/** Whether at most `SUBJECT_LEAD_WORDS` words other than numbers stand before the match in its sentence. */
function opensItsSentence(match: Match): boolean {
  const {text} = match.sentence
  // Found by bisection, and only a short opening is read: a sentence may name thousands of approaches.
  const at = wordIndexFrom(text, match.sentenceIndex)
  if (at > SUBJECT_LEAD_WORDS + NUMBERING_WORDS) return false
  return words(text).slice(0, at).filter((token) => !/^\d+$/u.test(token.word)).length <= SUBJECT_LEAD_WORDS
}

/** How many number words may open a sentence before its subject: "10.1.2" is three. */
const NUMBERING_WORDS = 6

function isStillToBeWritten(match: Match): boolean {
  if (!isAboutWritingLater(match.sentence)) return false
  // The strategy by its name is the object of its writing across an aside: "Elle élaborera, au cours des six premiers
  // mois, une stratégie genre du projet". An approach word stays read in its phrase ("un curso con enfoque de género").
  // An approach word that opens the sentence is its subject, whatever stands between it and its verb: "10.1 Les
  // modalités de prise en compte de l'égalité … seront, le cas échéant, précisées ultérieurement".
  const named =
    match.sentence.find(genderStrategy).some((strategy) => strategy.sentenceIndex === match.sentenceIndex) ||
    opensItsSentence(match)
  return relatedMentions(match, strategyToBeWritten, named ? 'clause' : 'phrase').length > 0
}

/**
 * Whether sentences say no strategy yet: only short promises to take gender into account, or only how a strategy
 * still to be written will be written and approved. What an earlier phase had or lacked, and a placeholder
 * ("[Por completar]"), say nothing of this project's strategy and are set aside.
 */
function onlyPromisesOrLaterWriting(all: readonly Sentence[]): boolean {
  const kept = all.filter((sentence) => !isHistory(sentence) && !isPlaceholder(sentence.text))
  // "The project does not yet have a gender strategy. The gender specialist will draft one by month 6": once the
  // strategy is said to be missing, what follows may only say how it will be written.
  const undenied = kept.filter((sentence) => !deniesTheStrategy(sentence))
  // Once the strategy is put off, a sentence that says what the project lacks ("Aucun spécialiste genre n'a été recruté
  // à ce stade", "L'équipe ne comprend pas de poste dédié à ces questions") describes no strategy either; one that
  // names the strategy so denies it ("La stratégie genre … n'a pas encore été adaptée au projet").
  const lacking = undenied.some(isAboutWritingLater) ? undenied.filter(saysWhatIsLacking) : []
  const sentences = undenied.filter((sentence) => !lacking.includes(sentence))
  const denied = undenied.length < kept.length || lacking.some((sentence) => sentence.find(genderStrategy, {includeNegated: true}).length > 0)
  // Once the paragraph has said the project has no strategy and put its writing off, what else it says describes none
  // unless it states an approach: "we do not have a written gender strategy yet. We would prepare one during the
  // inception phase … What we do have is better data on how women and men fare".
  if (denied && undenied.some(isAboutWritingLater) && !sentences.some(statesAnApproach)) return true
  // A section typed fast, whose sentence opens with its placeholder and goes on to put the work off ("A DEFINIR. on va
  // voir ca avec la consultante genre au demarrage"): the lowercase after the stop keeps it one sentence.
  if (sentences.length > 0 && sentences.every((sentence) => opensWithPlaceholder(sentence.text) && isAboutWritingLater(sentence))) return true
  if (sentences.length === 0 || !sentences.every((sentence) => isShortPromise(sentence) || isAboutWritingLater(sentence))) return false
  const strategies = sentences.flatMap((sentence) => [...sentence.find(genderStrategy), ...sentence.find(approachWord)])
  return sentences.every(isShortPromise) || strategies.some(isStillToBeWritten) || (denied && sentences.every(isAboutWritingLater))
}

/** Whether a sentence names an approach or strategy to gender, not negated nor still to be written. */
function statesAnApproach(sentence: Sentence): boolean {
  return [...sentence.find(genderStrategy), ...sentence.find(approachWord), ...sentence.find(mainstreamingPromise)].some((match) => !isStillToBeWritten(match))
}

function putOffInItsBlock(model: ProposalModel, sentence: Sentence): boolean {
  return model.sentences({within: sentence.block, includeHeadings: false}).some(isAboutWritingLater)
}

/** Words of a short answer at most: "Ninguna partida específica.", "Aucune pour l'instant.", "None so far." */
const SHORT_ANSWER_WORDS = 6

function isShortNegativeAnswer(sentence: Sentence): boolean {
  return words(sentence.text).length <= SHORT_ANSWER_WORDS && saysWhatIsLacking(sentence)
}

/** Whether a sentence ends negated, as one that says what is missing does: "No gender specialist has been recruited yet". */
function saysWhatIsLacking(sentence: Sentence): boolean {
  const last = words(sentence.text).at(-1)
  return last !== undefined && isNegated(sentence.text, last.start, last.end)
}

/** The project or phase at hand: "for this phase", "pour cette phase", "en esta fase". */
const THIS_PHASE = /\b(?:this|the current) (?:phase|project)\b|\b(?:cette|la présente) phase\b|\bce projet\b|\b(?:esta|la presente) fase\b|\beste proyecto\b/iu

/**
 * Whether another block of the proposal's own text denies a gender strategy, as no history: it names the strategy only
 * negated, or negates a strategy or action plan said of gender in its clause ("Aucune stratégie ni plan d'action en
 * matière d'égalité de genre n'a été élaboré pour cette phase").
 */
function deniedOutright(model: ProposalModel, elsewhereThan: Sentence): boolean {
  // "n'a été élaboré pour cette phase", "has not been prepared for this phase": a perfect said of this phase is now.
  const elsewhere = (match: Match) =>
    match.negated && match.sentence.block !== elsewhereThan.block && (!isHistory(match.sentence, match) || THIS_PHASE.test(match.sentence.text))
  const search = {notIn: ['background'], includeHeadings: false, includeNegated: true} as const
  return (
    model.find(genderStrategy, search).some((match) => elsewhere(match) && deniesTheStrategy(match.sentence)) ||
    model.find(approachWord, search).some((match) => elsewhere(match) && relatedMentions(match, genderConcept, 'clause', {includeNegated: true}).length > 0)
  )
}

/**
 * Whether a sentence names the gender strategy only negated ("The project does not yet have a gender strategy"), or
 * declares the project gender-neutral ("The project is gender-neutral: safer pits … benefit all miners, women and men
 * equally"), which says as much.
 */
function deniesTheStrategy(sentence: Sentence): boolean {
  const named = sentence.find(genderStrategy, {includeNegated: true})
  if (named.length > 0 && named.every((match) => match.negated)) return true
  const project = sentence.find(projectOrIntervention)
  return sentence.find(genderNeutral).some((neutral) => relatedTo(neutral, project, 'clause').length > 0)
}

/**
 * Whether a gender heading asks only who supplies the expertise ("Q9. Who will provide gender expertise to the
 * project?"): its answer names people, not an approach. "Gender strategy and expertise" asks for both.
 */
function asksForExpertiseOnly(model: ProposalModel, section: Section): boolean {
  const names = headingNames(model, section)
  return names(genderExpertise) && !names(genderStrategy) && !names(approachWord)
}

/**
 * Whether a gender section is the gender analysis of the context ("## Contexte" › "Résumé de l'analyse genre (atelier
 * de janvier)"): it tells the situation the project meets, not how the project acts on it. A subsection of the context
 * that asks how the project promotes equality, or names the strategy ("3.3 Estrategia de igualdad de género"), still
 * heads one, and so does a gender analysis of the proposal's own.
 */
function analysisInTheContext(model: ProposalModel, section: Section): boolean {
  if (!section.parent?.isIn('background')) return false
  const names = headingNames(model, section)
  return names(genderAnalysis) && !names(genderStrategy) && !names(approachWord)
}

/** Whether a section's heading names a lexicon's terms. */
function headingNames(model: ProposalModel, section: Section): (lexicon: Lexicon) => boolean {
  const heading = model.sentences({within: section.heading.range})
  // A heading that asks ("Who will provide…?") names what it asks for as not yet there: read negated mentions too.
  return (lexicon) => heading.some((sentence) => sentence.find(lexicon, {includeNegated: true}).length > 0)
}

/**
 * A gender section with real content that is not all negation ("No gender strategy is foreseen."), nor only short
 * promises to take gender into account ("Se tendrá en cuenta la perspectiva de género en todas las fases del proyecto."),
 * nor only how a strategy will be written later ("Une stratégie genre sera élaborée au cours des six premiers mois…").
 */
function describesGender(model: ProposalModel, section: Section): boolean {
  if (!hasRealContent(model, section) || !section.contentRange || asksForExpertiseOnly(model, section)) return false
  // A placeholder ("Stratégie genre : à définir avec le ministère (TBD)") holds a place; what else the section says decides.
  // A pointer elsewhere ("Pour le diagnostic complet, voir [[Analyse genre 2025]]") holds nothing either, nor does a
  // form's short negative answer ("Ninguna partida específica.", "None so far.").
  const sentences = model
    .sentences({within: section.contentRange, includeHeadings: false})
    .filter((sentence) => !isPlaceholderSentence(sentence.text) && !isCrossReference(sentence.text) && !isShortNegativeAnswer(sentence))
  if (sentences.length === 0 || onlyPromisesOrLaterWriting(sentences)) return false
  // A page a wiki link names ("Ver [[Análisis de género]] (página aparte, en elaboración)") is not in the section.
  const mentions = sentences.flatMap((sentence) => sentence.find(genderConcept, {includeNegated: true})).filter((match) => !inCrossReference(match))
  if (mentions.length === 0 || mentions.some((match) => !match.negated)) return true
  // What the section rules out is one sentence of it: what the project does for women and men beside that is told ("La
  // stratégie du programme repose sur quatre orientations : … le temps de travail des femmes … Une formation spécifique
  // des partenaires sur le genre n'est pas prévue"). Facts about women ("Women are nine in ten of the workers") are none.
  const ruledOut = new Set(mentions.map((match) => match.sentence))
  return sentences.some(
    (sentence) =>
      !ruledOut.has(sentence) &&
      !onlyPromisesOrLaterWriting([sentence]) &&
      (sentence.has(womenAndGirls) || sentence.has(menAndBoys)) &&
      (sentence.has(projectWord) || sentence.has(approachWord)),
  )
}

export default rule
