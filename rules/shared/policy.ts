// "Policy work" (CHECKLIST): outputs, activities or objectives that draft,
// revise or adopt a policy, law, regulation, bilateral agreement / MoU or
// national action plan; or front matter `components: [policy]`. Background
// history ("the 2003 MoU, revised in 2015") is not policy work, and neither
// are policy briefs, policy dialogue or policy makers.
import {isHistory, relatedTo, SECTION_KINDS, type FrontMatterEntry, type Match, type ProposalModel, type Range, type Sentence} from '@lessonlint/core'

import {agreementWord, interstateAgreement, memorandum, namedInstrument, notAnInstrument, policyAction, policyInstrument, privateParty, publicParty} from '../lexicons/policy.js'
import {applies} from './explain.js'
import {describedCurricula} from './training.js'
import {inBiography} from './partners.js'
import {acronymMentions, declaredComponent, frontMatterList, isNamePart, overlaps, overlapsAnyOf, within} from './mentions.js'

export interface PolicyWork {
  /** Sentences that plan policy work: outputs first, then objectives, indicators, and summaries (each in document order). */
  sentences: Sentence[]
  /** The front matter `components` or `themes` entry, when it lists `policy`. */
  declared: FrontMatterEntry | null
  /** Instruments named by the acronym their full name gave (`instrumentAcronyms`), for `instrumentsIn`. */
  acronyms: Match[]
}

/**
 * Where an instrument named in full once is then named by the acronym its name gave: "una Norma Oficial
 * Mexicana (NOM) … Anteproyecto de NOM elaborado", "a Legislative Instrument (LI) … applying the LI once
 * gazetted". What is said of the acronym is said of the instrument.
 */
function instrumentAcronyms(model: ProposalModel): Match[] {
  return acronymMentions(model, model.find(policyInstrument, {includeNegated: true}))
}

/**
 * The policy instruments a sentence names, without look-alikes ("policy
 * brief", "accident notification", "circular migration") or memoranda between
 * organisations ("an MoU with the NixOS Foundation"), and the statutes
 * and codes it names by their proper names ("the Work Injury Benefits Act",
 * "el Código Minero"). Negated mentions only when asked: what is said not to
 * be done still names its instrument.
 */
export function instrumentsIn(sentence: Sentence, acronyms: readonly Match[] = [], search: {includeNegated?: boolean} = {}): Match[] {
  const excluded = sentence.find(notAnInstrument, {includeNegated: true})
  const memoranda = sentence.find(memorandum)
  const privateParties = sentence.find(privateParty)
  const publicParties = sentence.find(publicParty)
  // "Sign an MoU with the NixOS Foundation" is a partnership between organisations, not a public agreement.
  const betweenOrganisations = (match: Match) =>
    memoranda.some((memo) => overlaps(match.range, memo.range)) && relatedTo(match, privateParties, 'clause').length > 0 && relatedTo(match, publicParties, 'clause').length === 0
  const isExcluded = overlapsAnyOf(excluded)
  const kept = (match: Match) => !isExcluded(match) && !betweenOrganisations(match)
  const instruments = sentence.find(policyInstrument, search).filter(kept)
  const named = sentence
    .find(namedInstrument, search)
    .filter((match) => kept(match) && /^\p{Lu}/u.test(match.text) && isNamePart(match) && !instruments.some((other) => overlaps(match.range, other.range)))
  const byAcronym = acronyms.filter((match) => match.sentence === sentence && kept(match))
  return [...instruments, ...named, ...byAcronym].sort((a, b) => a.sentenceIndex - b.sentenceIndex)
}

/**
 * Whether a sentence plans work on a policy instrument: an instrument and a
 * drafting action, neither negated. Where the document names an agreement
 * between governments in full, "the agreement" refers back to it ("the two
 * ministries negotiate the agreement").
 */
function isPolicySentence(sentence: Sentence, agreementNamed: boolean, acronyms: readonly Match[]): boolean {
  const named = instrumentsIn(sentence, acronyms)
  // "The agreement" on its own, not a word of an instrument judged in full ("a memorandum of understanding with a foundation").
  const fullNames = [...sentence.find(policyInstrument, {includeNegated: true}), ...sentence.find(interstateAgreement, {includeNegated: true})]
  const backReferences = agreementNamed ? sentence.find(agreementWord).filter((word) => !fullNames.some((full) => overlaps(word.range, full.range))) : []
  // An instrument of the past ("la mesa tripartita creada por el decreto de 2023") is worked on by nobody now.
  const instruments = [...named, ...backReferences].filter((instrument) => !isHistory(sentence, instrument))
  if (instruments.length === 0) return false
  // An action word that is a word of a name acts on nothing: "Follow the bylaws laid out in the Articles of Incorporation".
  return sentence.find(policyAction).some((action) => !isNamePart(action, {continuing: true}) && !instruments.some((instrument) => overlaps(action.range, instrument.range)))
}

export function policyWork(model: ProposalModel): PolicyWork {
  const inIndicator = (sentence: Sentence) => model.indicators.some((indicator) => within(sentence.range, indicator.range))
  // Outputs first, then objectives, indicators and summaries. A summary or an untitled opening (no
  // kind, under no kinded section) says what the project does, too; risks, budget and the like do not.
  const rank = (sentence: Sentence): number => {
    const section = sentence.section
    if (section?.isIn('activities')) return 0
    if (section?.isIn('objectives')) return 1
    if (inIndicator(sentence)) return 2
    if (!SECTION_KINDS.some((kind) => section?.isIn(kind))) return 3
    return -1
  }
  const agreementNamed = model
    .find(interstateAgreement, {includeNegated: true})
    .some((agreement) => instrumentsIn(agreement.sentence).some((instrument) => overlaps(instrument.range, agreement.range)))
  const acronyms = instrumentAcronyms(model)
  // Only a sentence naming an instrument (or, once an agreement is named, "the agreement") can be one:
  // those are found from the document's kept mentions, not by asking every sentence for each lexicon.
  const naming = new Set(
    [...model.find(policyInstrument), ...model.find(namedInstrument), ...acronyms, ...(agreementNamed ? model.find(agreementWord) : [])].map(
      (match) => match.sentence,
    ),
  )
  const ranked = model
    .sentences({notIn: ['background']})
    .filter((sentence) => naming.has(sentence) && isPolicySentence(sentence, agreementNamed, acronyms))
    // What happened before the project ("the MoU, revised in 2015") and what the team did ("she drafted
    // the 2016 migration policy") are no policy work of the project's.
    .filter((sentence) => !isHistory(sentence) && !instrumentsIn(sentence, acronyms).some((instrument) => inBiography(model, instrument)))
    // What a course teaches ("négocier un règlement" among its topics) is no policy work of the project's.
    .filter((sentence) => !courseTopics(model).some((scope) => within(sentence.range, scope)))
    .map((sentence) => ({sentence, rank: rank(sentence)}))
    .filter((entry) => entry.rank >= 0)
  return {
    // A stable sort: each group stays in document order.
    sentences: ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.sentence),
    declared: declaredComponent(model, 'policy') ?? declaredTheme(model, 'policy'),
    acronyms,
  }
}

/** Where the document lists what its courses teach (`describedCurricula`), asked only of documents naming an instrument. */
function courseTopics(model: ProposalModel): Range[] {
  let scopes = topicScopes.get(model)
  if (!scopes) topicScopes.set(model, (scopes = describedCurricula(model).map((description) => description.scope)))
  return scopes
}

const topicScopes = new WeakMap<ProposalModel, Range[]>()

/** The `themes` front matter entry when it lists `theme` (CHECKLIST: policy is a known theme, as it is a component). */
function declaredTheme(model: ProposalModel, theme: string): FrontMatterEntry | null {
  const entry = model.frontMatter?.entries.get('themes')
  return entry && frontMatterList(model, 'themes').includes(theme) ? entry : null
}

export function hasPolicyWork(work: PolicyWork): boolean {
  return work.sentences.length > 0 || work.declared !== null
}

/** Why a policy rule does not apply (`lessonlint explain`). */
// (rules/explain.test.ts quotes this sentence; it should also say "or `themes: [policy]`".)
export const NO_POLICY_WORK =
  'no policy work: no output drafts, revises or adopts a policy, law, regulation, agreement or action plan, and no `components: [policy]`'

/** Explains what makes the policy work: the instrument of each of its first sentences, and the `components` entry. */
export function explainPolicyWork(context: Parameters<typeof applies>[0], work: PolicyWork): void {
  const instruments = work.sentences
    .slice(0, 3)
    .flatMap((sentence) => [...instrumentsIn(sentence, work.acronyms), ...sentence.find(agreementWord)].slice(0, 1))
  if (instruments.length > 0) applies(context, 'policy work', instruments)
  if (work.declared) applies(context, `policy work declared in the front matter (\`${work.declared.path}\`)`, work.declared.valueRange)
}

/** Where a finding about policy work points: the first policy output, else the declared component. */
export function policyWorkRange(work: PolicyWork, fallback: Range): Range {
  return work.sentences[0]?.range ?? work.declared?.keyRange ?? fallback
}

