// An exit or sustainability strategy is described with content (seeds 003 and
// 004: evaluations ask whether results "will be able to sustain over time").
// A sustainability heading with nothing under it is no strategy; an exit
// strategy written as a bold lead-in inside another section is one, and so is
// a section that says how results go on in several ways (who takes them over,
// how they are paid for, how the project withdraws) without naming it.
import {refersBack, related, wordIndexFrom, words, type Match, type ProposalModel, type Rule, type Section, type Sentence} from '@lessonlint/core'

import {afterTheProject, continuation, exitStrategy, furtherFunding, hopeOrDoubt, strategyDrafted, strategyPutOff, sustainability} from '../lexicons/sustainability.js'
import {missing, satisfiedBy} from '../shared/explain.js'
import {hasRealContent, isCrossReference, onlyPointsElsewhere, isPlaceholderSentence, leadInDescribing, termDescribedInBlock} from '../shared/sections.js'
import {overlaps, within} from '../shared/mentions.js'
import {itcIloBoardCC82, lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noStrategy' | 'emptySection'

/** Words a paragraph must add to its "Exit strategy" lead-in to describe one. */
const MIN_WORDS = 8
/** Distinct continuation cues one section needs to describe a strategy without naming it. */
const MIN_CUES = 3

/**
 * The continuation cues of the first section (its own text, not its subsections'; not the
 * background) that names at least `MIN_CUES` distinct ways results go on: "the CDA gradually
 * takes charge… the ILO steps back… the unions charge a service fee", or null.
 */
function continuationInOneSection(model: ProposalModel): Match[] | null {
  const bySection = new Map<Section, Match[]>()
  const cues = [...model.find(continuation, {notIn: ['background']}), ...model.find(afterTheProject, {notIn: ['background']})]
  for (const match of cues.sort((a, b) => a.range.start.offset - b.range.start.offset)) {
    if (!match.section) continue
    const matches = bySection.get(match.section) ?? []
    matches.push(match)
    bySection.set(match.section, matches)
  }
  for (const matches of bySection.values()) {
    if (new Set(matches.map((match) => match.term)).size >= MIN_CUES) return matches
  }
  return null
}

/**
 * Whether a sustainability section says no strategy yet: each of its sentences is a placeholder, puts the
 * strategy off, or names it only negated ("No exit strategy is foreseen at this stage", "La estrategia de salida
 * no forma parte de esta primera fase"). That is content, and no strategy.
 */
function holdsNoStrategyYet(model: ProposalModel, section: Section): boolean {
  if (!section.contentRange) return false
  const sentences = model.sentences({within: section.contentRange, includeHeadings: false})
  // A sentence that refers back to a strategy just put off tells what that future strategy will hold ("A detailed
  // exit strategy will be developed during the inception phase. It will address the handover…"): still none yet.
  // Once the section says there is none, a sentence that names no continuation only explains why ("En esta fase no
  // se plantea una estrategia de salida. … la Red buscará recursos para una tercera fase").
  // A pointer elsewhere ("Voir [[Notes atelier CNSS]].") holds nothing either.
  const noneYet = (sentence: Sentence, index: number) =>
    saysNoStrategyYet(sentence) || isCrossReference(sentence.text) || (index > 0 && putsOff(sentences[index - 1]!) && refersBack(sentence.text))
  if (sentences.length > 0 && sentences.every(noneYet)) return true
  // An answer that only hopes, doubts or looks for more project money ("Es pronto para saberlo. Esperamos que las
  // cooperativas valoren el sistema… presentaremos una segunda fase a otros donantes") names no one who carries on.
  // Nor does one that doubts or puts the strategy off, and says nothing else of what goes on ("The pilot phase is meant to
  // find out whether a challenge fund is the right instrument… Whether the Fund continues after month 24 will depend on
  // the results of the pilot…").
  if (!sentences.some((sentence) => sentence.has(hopeOrDoubt)) && !sentences.some(declinesTheStrategy)) return false
  return sentences.every((sentence, index) => noneYet(sentence, index) || isEvasive(sentence) || !sentence.has(continuation))
}

/**
 * Whether a sentence only hopes or doubts what lasts ("Nous sommes convaincus que l'ANAPEC voudra poursuivre": a hoped-for
 * continuation is no one's commitment), or seeks more project money and names no other way results go on.
 */
function isEvasive(sentence: Sentence): boolean {
  if (sentence.has(hopeOrDoubt)) return true
  // A next phase sought on a condition ("Si los resultados son buenos, presentaremos una segunda fase") is sought all the same.
  const funding = sentence.find(furtherFunding, {includeNegated: true})
  return funding.length > 0 && !sentence.find(continuation).some((cue) => !funding.some((match) => overlaps(cue.range, match.range)))
}

/** Whether a sentence puts the strategy off: it will be written or taken up later. */
function putsOff(sentence: Sentence): boolean {
  return sentence.has(strategyPutOff) || draftsTheStrategyLater(sentence)
}

/** Whether a sentence says the strategy will be written later, in one clause with it: "We will develop an exit strategy with MINTRAB". */
function draftsTheStrategyLater(sentence: Sentence): boolean {
  const mentions = strategyMentions(sentence)
  return sentence.find(strategyDrafted).some((step) => mentions.some((mention) => related(step, mention, 'clause')))
}

/**
 * Whether a sentence says the strategy itself is not there: it names it only negated ("En esta fase no se plantea
 * una estrategia de salida"), or puts it off in one clause ("La pérennité des résultats sera examinée lors de
 * l'évaluation finale"). "Contribution schedules will be written into the regulations" puts off no strategy.
 */
function declinesTheStrategy(sentence: Sentence): boolean {
  const mentions = strategyMentions(sentence)
  if (mentions.length === 0) return false
  // "Estrategia de salida: por definir con el MTPS". What the text says the results will not depend on ("El régimen …
  // tendrá carácter permanente y no dependerá de la continuidad del Proyecto") is their independence, no declining.
  if (mentions.every((mention) => mention.negated && !afterADependence(mention)) || isPlaceholderSentence(sentence.text)) return true
  return sentence.find(strategyPutOff).some((step) => mentions.some((mention) => related(step, mention, 'clause'))) || draftsTheStrategyLater(sentence)
}

/** "Depend on", "rely on", "dépendre de", "depender de", a few words before the mention at most. */
const DEPENDENCE_BEFORE = /\b(?:depends?|rel(?:y|ies)|dépend(?:ent|ra|ront)?|depend(?:e|en|erá|erán))\s+(?:on|upon|de|del|du|des|de la|de l'|de los|de las)\s+(?:\S+\s+){0,2}$/iu

/** Whether a mention is what something depends on: "no dependerá de la continuidad del Proyecto", "will not rely on the project's continuation". */
function afterADependence(mention: Match): boolean {
  const {text} = mention.sentence
  return DEPENDENCE_BEFORE.test(text.slice(Math.max(0, mention.sentenceIndex - 40), mention.sentenceIndex))
}

/** The sentence's mentions of the strategy or of sustainability, negated ones too. */
function strategyMentions(sentence: Sentence): Match[] {
  return [...sentence.find(exitStrategy, {includeNegated: true}), ...sentence.find(sustainability, {includeNegated: true})]
}

/**
 * Words that open the clause saying when a thing put off will be done ("…cuando se cierre el acuerdo de
 * cofinanciamiento"), or what is still to be decided ("en cuyo diseño se definirá cómo y por quién se mantendrán las
 * actividades").
 */
const WHEN_OPENERS = new Set(['when', 'once', 'after', 'until', 'cuando', 'hasta', 'tras', 'lorsque', 'quand', 'fois', 'apres', 'how', 'who', 'whether', 'como', 'quien', 'quienes', 'comment', 'qui'])

/**
 * Whether a cue comes after the sentence puts the strategy off, in the clause that says when: "La estrategia de salida se
 * desarrollará en la página hija cuando se cierre el acuerdo de cofinanciamiento". The co-financing there is the
 * strategy's occasion, not its content.
 */
function setsWhenPutOff(sentence: Sentence, cue: Match): boolean {
  const tokens = words(sentence.text)
  const cueWord = wordIndexFrom(sentence.text, cue.sentenceIndex)
  return [...sentence.find(strategyPutOff), ...sentence.find(strategyDrafted)].some((step) => {
    const stepEnd = step.sentenceIndex + step.text.length
    if (stepEnd > cue.sentenceIndex) return false
    return tokens.slice(wordIndexFrom(sentence.text, stepEnd), cueWord).some((token) => WHEN_OPENERS.has(token.word))
  })
}

/** Whether a sentence is a placeholder, puts the strategy off, or names it only negated (see `holdsNoStrategyYet`). */
function saysNoStrategyYet(sentence: Sentence): boolean {
  if (isPlaceholderSentence(sentence.text)) return true
  const mentions = strategyMentions(sentence)
  // Put off without saying who carries what on; the strategy's own name ("stratégie de pérennisation") carries nothing,
  // nor does the occasion it waits for.
  const describes = (cue: Match) => !mentions.some((mention) => overlaps(cue.range, mention.range)) && !setsWhenPutOff(sentence, cue)
  if (putsOff(sentence) && !sentence.find(continuation).some(describes)) return true
  return mentions.length > 0 && mentions.every((mention) => mention.negated)
}

const rule: Rule<MessageId> = {
  meta: {
    id: 'sustainability-strategy',
    summary: 'An exit or sustainability strategy is described, with content.',
    severity: 'warning',
    tags: ['sustainability', 'design'],
    lesson:
      'Evaluations judge "the impacts and sustainability of project outcomes" (LMPP, 2009) and ask whether changes "will be able to sustain over time" (ITC-ILO Board CC 82/3); the LMPP evaluation found that field offices and national institutions are what sustains project interventions.',
    sources: [lmppEvaluation2009, itcIloBoardCC82],
    messages: {
      noStrategy: {
        problem: 'The proposal describes no exit or sustainability strategy.',
        why: 'Evaluators judge whether results will last after the project; a design that does not say who carries them on leaves them to lapse (LMPP final evaluation, 2009).',
        fix: 'Describe which institutions take over which results, how they will be financed, and how the project hands them over before it ends.',
      },
      emptySection: {
        problem: 'The "{heading}" section is empty.',
        why: 'A sustainability heading with nothing under it is no strategy: evaluators judge whether results will last after the project (LMPP final evaluation, 2009).',
        fix: 'Describe which institutions take over which results, how they will be financed, and how the project hands them over before it ends.',
      },
    },
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    const sections = model.sectionsOf('sustainability')
    // A section that only points to an annex or another section describes nothing here: the strategy must be found where it is.
    const withContent = sections.filter((section) => hasRealContent(model, section))
    const heldNone = withContent.filter((section) => holdsNoStrategyYet(model, section))
    const written = withContent.find((section) => !onlyPointsElsewhere(model, section) && !heldNone.includes(section))
    if (written) return satisfiedBy(context, `sustainability section with content: “${written.heading.title}”`, written.heading.range)
    // An exit strategy written into another section ("**Exit strategy.** The working group will...")
    // counts when its paragraph describes it; the bare word "Sustainability" only as such a lead-in.
    // Not in the sustainability section that says there is none yet: "Il est trop tôt pour définir une stratégie de
    // sortie du Fonds" names the strategy with words enough around it, and describes none.
    const saysNone = (match: Match) => saysNoStrategyYet(match.sentence) || heldNone.some((section) => within(match.range, section.range))
    const exit = termDescribedInBlock(model, exitStrategy, MIN_WORDS)
    if (exit && !saysNone(exit)) return satisfiedBy(context, 'exit strategy described', [exit])
    const leadIn = leadInDescribing(model, sustainability, MIN_WORDS)
    if (leadIn && !saysNone(leadIn)) return satisfiedBy(context, 'sustainability described in a paragraph', [leadIn])
    // Continuation described inside another section: who takes the results over, how they are paid for, how the project withdraws.
    const described = continuationInOneSection(model)
    if (described) return satisfiedBy(context, 'continuation after the project described', described)
    // A section that says no strategy yet: the finding points at it, and it is not "empty".
    const declining = withContent[0]
    if (declining) {
      missing(context, 'an exit or sustainability strategy: the section says there is none yet', declining.heading.range)
      report({messageId: 'noStrategy', range: declining.heading.range})
      return
    }
    const empty = sections[0]
    if (empty) {
      missing(context, 'content under the sustainability heading', empty.heading.range)
      report({messageId: 'emptySection', data: {heading: empty.heading.title}, range: empty.heading.range})
    } else {
      missing(context, 'an exit or sustainability strategy: a sustainability section, or a paragraph describing the exit strategy')
      report({messageId: 'noStrategy', range: model.titleRange})
    }
  },
}

export default rule
