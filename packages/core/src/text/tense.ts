// Whether a sentence tells what happened before the project (history, a
// track record, a team biography) or what the project plans. Background
// history never makes scope ("the ministry trained its staff in 2015"), and a
// past event is no evidence of a plan ("the ITC-ILO ran a course in 2019").
// Words mark the tense in English; French and Spanish also mark it in verb
// forms ("a formé", "capacitó", "realizaron"), read here by their shape.
import {countFunctionWords} from '../model/language.js'
import type {Lexicon, Match, Sentence} from '../types.js'
import {defineLexicon} from './lexicon.js'
import {anyIn, clauseBounds, firstAtLeast, wordIndexBefore, wordIndexFrom, words, type Token} from './negation.js'
import {related, relatedTo} from './relations.js'
import {RecentTexts} from './recent.js'

/**
 * Words that place a sentence in the past ("the ministry trained its staff in
 * 2015"): with no plan marker beside them, a training mention is history.
 */
export const pastMarkers = defineLexicon('past', {
  // Not the present perfect: "the ITC-ILO has agreed to co-deliver the course" is a commitment, not history.
  // But the perfect of doing something is a track record ("has designed and taught workshops"), as is "taught".
  en: [
    'was', 'were', 'had', 'did', 'previously', 'formerly', 'in the past', 'ago', 'last year',
    // What the original document planned: "The ProDoc foresaw a needs assessment", "as originally planned".
    'foresaw', 'originally',
    // Simple past forms no participle shares: "In Phase I, the union wrote twice to the State Department".
    'wrote', 'took', 'gave', 'began', 'became', 'went', 'came', 'knew', 'grew', 'drew', 'chose', 'spoke', 'ran', 'drove', 'threw',
    'taught', 'has delivered', 'have delivered', 'has conducted', 'have conducted', 'has trained', 'have trained', 'has organised',
    'have organised', 'has organized', 'have organized', 'has led', 'have led', 'has implemented', 'have implemented', 'has run', 'have run',
    'has worked', 'have worked', 'has designed', 'have designed', 'has managed', 'have managed',
    // A biography: what a person did before and brings to the team.
    'worked as', 'worked for', 'worked at', 'served as', 'before joining', 'years of experience', 'years experience', 'graduated', 'holds a degree',
    'has experience in', 'has long experience', 'has extensive experience',
    // Acquaintance is a track record too: "We know the ITC-ILO's courses, but…" involves no one.
    'we know the', 'we are familiar with', 'we are well acquainted with',
  ],
  fr: [
    'a été', 'ont été', 'avait', 'avaient', 'était', 'étaient', 'précédemment', 'auparavant', 'par le passé', "l'année dernière", 'il y a',
    'prévoyait', 'prévoyaient', 'initialement',
    'a dispensé', 'ont dispensé', 'a formé', 'ont formé', 'a organisé', 'ont organisé', 'a mené', 'ont mené', 'a réalisé', 'ont réalisé', 'a travaillé', 'ont travaillé',
    "ans d'expérience", 'ans d’expérience', "avant de rejoindre", 'titulaire d’un', "titulaire d'un",
    "dispose d'une expérience", 'dispose d’une expérience', "possède une expérience", "a une longue expérience",
    'nous connaissons les', 'nous connaissons le', 'nous connaissons la', "nous connaissons l'", 'nous connaissons l’', 'nous connaissons bien',
  ],
  es: [
    'fue', 'fueron', 'había', 'habían', 'anteriormente', 'en el pasado', 'el año pasado',
    // Irregular preterites, which no ending tells: "en 2023 hizo el curso del CIF-OIT".
    'hizo', 'hicieron', 'tuvo', 'tuvieron', 'estuvo', 'estuvieron', 'dio', 'dieron', 'puso', 'pusieron', 'dijo', 'dijeron', 'trajo', 'trajeron',
    'preveía', 'preveían', 'originalmente', 'inicialmente',
    'ha impartido', 'han impartido', 'ha capacitado', 'han capacitado', 'ha organizado', 'han organizado', 'ha realizado', 'han realizado', 'ha trabajado', 'han trabajado',
    'años de experiencia', 'antes de incorporarse', 'antes de unirse', 'es licenciado', 'es licenciada', 'titular de un',
    'cuenta con experiencia', 'tiene experiencia', 'una larga experiencia',
    'conocemos los', 'conocemos las', 'conocemos el', 'conocemos la', 'conocemos bien',
  ],
})

/**
 * An earlier project, pilot, phase or programme, told by an adjective in one phrase with the noun
 * ("the earlier Better Work pilot", "the previous programme", "la phase précédente", "el proyecto
 * anterior"): what it did or had is history, what the new project builds on.
 */
const formerWord = defineLexicon('former', {
  en: ['earlier', 'previous', 'prior', 'former', 'past'],
  fr: ['précédent', 'précédente', 'précédents', 'précédentes', 'antérieur', 'antérieure', 'antérieurs', 'antérieures', 'ancien', 'ancienne'],
  es: ['anterior', 'anteriores', 'previo', 'previa', 'previos', 'previas', 'antiguo', 'antigua'],
})
const projectWord = defineLexicon('project', {
  en: ['project', 'pilot', 'phase', 'programme', 'program', 'intervention'],
  fr: ['projet', 'phase', 'programme', 'intervention'],
  es: ['proyecto', 'piloto', 'fase', 'programa', 'intervención'],
})

/** A year or a "since" that dates a past-tense verb: "trained its staff in 2015". */
export const datedPast = defineLexicon('dated', {
  en: ['in 19*', 'in 20*', 'since 19*', 'since 20*', 'between 19*', 'between 20*', 'during 19*', 'during 20*'],
  fr: ['en 19*', 'en 20*', 'depuis 19*', 'depuis 20*'],
  es: ['en 19*', 'en 20*', 'desde 19*', 'desde 20*'],
})

/** The `datedPast` terms that date from a year on ("since 2009", "depuis 2015", "desde 2010"): a clause so dated tells what has gone on until now. */
const SINCE_A_YEAR = /^(?:since|depuis|desde) /u

/** Words that make a sentence a plan. */
export const planMarkers = defineLexicon('plan', {
  // A commitment made for what comes ("has agreed to join", "ha acordado integrarse") plans it too. "Plan" plans as a
  // verb ("we plan to"), not as the noun: a document ("the national action plan"), which French writes too ("du plan d'action").
  en: ['will', 'shall', 'would', 'is to', 'are to', 'to be', 'plan to', 'plans to', 'planned', 'propose*', 'foresee*', 'envisage*', 'intend*', 'expected to', 'aim to', 'aims to', 'going to', 'has agreed to', 'have agreed to', 'has committed to', 'have committed to',
    'has already agreed to', 'have already agreed to', 'has already committed to', 'have already committed to',
    // The writers' own decision, for what comes: "we have decided three things: …", "nous avons décidé", "hemos decidido".
    'we have decided', 'we’ve decided', "we've decided"],
  // The verb "proposer" and its noun, not "à propos (de)" ("about") nor "les propos" ("remarks").
  // The near future of the first person plural, as plain writing plans: "nous allons demander", "vamos a formar".
  fr: ['sera', 'seront', 'va', 'vont', 'allons', 'prévu*', 'prévoit', 'envisag*', 'pourra', 'pourront', 'devra', 'devront', 'propose', 'proposé', 'proposent', 'proposons', 'proposez', 'proposer*', 'proposition*', "s'est engagé à", "s'est engagée à", "se sont engagés à", "a accepté de", "ont accepté de", "s'est déjà engagé à", "s'est déjà engagée à", "a déjà accepté de", "ont déjà accepté de", 'nous avons décidé'],
  es: ['será', 'serán', 'va a', 'van a', 'vamos a', 'prevé', 'previsto*', 'planea*', 'propone*', 'ha acordado', 'han acordado', 'se ha comprometido a', 'se han comprometido a', 'ya ha acordado', 'ya han acordado', 'ya se ha comprometido a', 'ya se han comprometido a', 'hemos decidido'],
})

/**
 * The plan markers that put an action in the future ("will", "sera", "va a"), where the others
 * propose, intend or foresee it: "propose des cours depuis 2009" offers courses, "will run
 * courses, as it has since 2009" plans them.
 */
const FUTURE_MARKERS = new Set(['will', 'shall', 'going to', 'sera', 'seront', 'va', 'vont', 'allons', 'pourra', 'pourront', 'devra', 'devront', 'será', 'serán', 'va a', 'van a', 'vamos a'])

/**
 * Past auxiliaries that put a plan word in the past: "had planned", "avait prévu", "était prévue",
 * "había previsto". The plan was made before and is history. The present perfect ("has planned",
 * "a prévu") still states the project's plan, and so may "were planned": "the courses were
 * planned with the constituents" tells how the project's own plan was made.
 */
const PAST_PLAN_AUXILIARY = new Set(['had', 'avait', 'avaient', 'etait', 'etaient', 'habia', 'habian'])

/** Auxiliaries of a passive: "will be trained in 2026" is a plan, "trained its staff in 2015" is not. */
const PASSIVE_AUXILIARY = new Set(['be', 'been', 'being', 'is', 'are', 'get', 'gets', 'getting', 'etre', 'ete', 'sera', 'seront', 'ser', 'sera', 'seran', 'sido'])

/** French perfect auxiliaries ("a formé", "ont participé"), as written (the preposition "à" is not one). */
const FRENCH_AUXILIARY = /^(?:a|ont|avait|avaient|eut)$/u
const FRENCH_PARTICIPLE = /^\p{L}{2,}(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|its)$/u
/**
 * Spanish preterite ("capacitó", "realizaron", "participaron"), imperfect of "-ar" verbs ("se revisaba", "organizaban";
 * those of "-er" and "-ir" verbs end as conditionals do), and perfect ("ha capacitado", "habían formado").
 */
const SPANISH_PRETERITE = /^\p{L}{3,}(?:ó|aron|ieron)$/u
/** Read only in Spanish text: other languages' names end so too ("Lualaba", "Okavango"… "Ouagadougou" aside). */
const SPANISH_IMPERFECT = /^\p{L}{3,}(?:aba|aban)$/u
const SPANISH_AUXILIARY = /^(?:ha|han|había|habían|hubo)$/u
const SPANISH_PARTICIPLE = /^\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u

/**
 * French and Spanish futures, by their endings: "animera", "conduira", "suivront", "capacitarán",
 * "brindará", "harán", "contrataremos". Spanish ones carry an accent no other word ends with, or end in
 * "-remos", as only a few other words do (`NOT_SPANISH_FUTURE`); French ones want a
 * stem of two letters or more ("era" alone is no verb). English "camera" ends so too: a sentence
 * it makes a plan is one the caller reads as it would without this.
 */
const FRENCH_FUTURE = /^\p{L}{2,}(?:era|eras|erons|erez|eront|ira|iras|irons|irez|iront)$/u
const FRENCH_IRREGULAR_FUTURE = new Set(['fera', 'feront', 'aura', 'auront', 'pourra', 'pourront', 'devra', 'devront', 'viendra', 'viendront', 'prendra', 'prendront', 'verra', 'verront', 'suivra', 'suivront', 'tiendra', 'tiendront', 'saura', 'sauront', 'mettra', 'mettront', 'recevra', 'recevront', 'vaudra', 'faudra'])
/** Irregular futures of verbs that others are built on: "poursuivra", "soutiendra", "permettra", "comprendra", "deviendra". */
const FRENCH_COMPOUND_FUTURE = /^\p{L}*(?:suivr|tiendr|mettr|prendr|viendr|cevr)(?:a|as|ons|ez|ont)$/u
const SPANISH_FUTURE = /^\p{L}{2,}(?:rá|rán|ré|remos)$/u
/** Words that end as a Spanish future and are none. */
const NOT_SPANISH_FUTURE = new Set(['extremos', 'supremos'])

/** Whether the text has a French or Spanish future verb form. */
function hasFutureVerbForm(text: string): boolean {
  // Spanish nouns end as French futures do ("compañeras", "primera", "frontera"): in Spanish text they are none.
  let spanish: boolean | undefined
  return words(text).some((token) => {
    const written = text.slice(token.start, token.end).toLowerCase()
    if (SPANISH_FUTURE.test(written) && !NOT_SPANISH_FUTURE.has(written)) {
      // French past participles end as a Spanish first person does ("tiré", "géré", "élaboré"): in French text they are none.
      if (!written.endsWith('ré')) return true
      spanish ??= readsSpanish(text)
      return spanish
    }
    if (!(FRENCH_FUTURE.test(written) || FRENCH_IRREGULAR_FUTURE.has(written) || FRENCH_COMPOUND_FUTURE.test(written))) return false
    spanish ??= readsSpanish(text)
    return !spanish
  })
}

/** French and Spanish relative pronouns: what follows one, up to the next punctuation, tells of the noun before it. */
const RELATIVE_PRONOUNS = new Set(['que', 'qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'quien', 'quienes', 'cuyo', 'cuya', 'cuyos', 'cuyas'])
/** Words that open a comparison after a comma: "…, como se hizo en 2024", "…, comme en 2023", "…, as we did in 2022". */
const COMPARISONS = new Set(['como', 'comme', 'as', 'like'])
const CLAUSE_PUNCTUATION = /[,;:.()]/u

/** Whether token `i` opens a comparison: one of `COMPARISONS` right after a comma. */
function opensAComparison(text: string, tokens: ReadonlyArray<Readonly<Token>>, i: number): boolean {
  return COMPARISONS.has(tokens[i]!.word) && i > 0 && text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(',')
}

/**
 * Whether token `i` opens a relative clause with no noun before it: "ce qui", "ce que", "lo que", "what" inside a
 * sentence. It names what it tells of, not a mention before it: "un atelier réunit les représentants … pour confronter les
 * hypothèses à ce qui a été observé" plans a workshop; "the committee compares the targets with what was achieved" too.
 */
function opensAFreeRelative(tokens: ReadonlyArray<Readonly<Token>>, i: number): boolean {
  const {word} = tokens[i]!
  if (word === 'what') return i > 0
  return FREE_RELATIVE_PRONOUNS.has(word) && i > 0 && FREE_RELATIVE_ANTECEDENTS.has(tokens[i - 1]!.word)
}

/** Where the first past marker outside the sentence's free relatives starts (each runs from its pronoun to the next punctuation). */
function firstPastOutsideFreeRelatives(sentence: Sentence, tense: SentenceTense): number | undefined {
  if (tense.pasts.length === 0) return undefined
  const spans = freeRelativesOf(sentence, tense)
  return tense.pasts.find((past) => !spans.some(([start, end]) => start <= past && past < end))
}

/** Where the sentence's free relatives run, once per sentence text. */
function freeRelativesOf(sentence: Sentence, tense: SentenceTense): Array<[number, number]> {
  if (tense.freeRelatives === undefined) {
    const {text} = sentence
    const tokens = words(text)
    tense.freeRelatives = tokens.flatMap((token, index) => {
      if (!opensAFreeRelative(tokens, index)) return []
      const next = tokens.findIndex((later, at) => at > index && CLAUSE_PUNCTUATION.test(text.slice(tokens[at - 1]!.end, later.start)))
      return [[token.start, next === -1 ? text.length : tokens[next - 1]!.end] as [number, number]]
    })
  }
  return tense.freeRelatives
}

const FREE_RELATIVE_PRONOUNS = new Set(['qui', 'que', 'dont'])
const FREE_RELATIVE_ANTECEDENTS = new Set(['ce', 'lo'])

/**
 * Where a text's French and Spanish past verb forms are, as `hasPastVerbForm` reads them: where the
 * first starts, and where the last one outside a relative clause starts (-1 when none). A relative
 * clause runs from a relative pronoun to the next punctuation.
 */
interface PastForms {
  first: number
  lastOutsideRelatives: number
}

function pastFormsOf(text: string): PastForms {
  const tokens = words(text)
  let english: boolean | undefined
  let spanish: boolean | undefined
  let inRelative = false
  const found: PastForms = {first: Infinity, lastOutsideRelatives: -1}
  tokens.forEach((token, i) => {
    if (inRelative && CLAUSE_PUNCTUATION.test(text.slice(tokens[i - 1]!.end, token.start))) inRelative = false
    // A comparison after a comma ("…, comme ils l'ont fait en 2023") tells of its model as a relative clause tells of its noun.
    if (RELATIVE_PRONOUNS.has(token.word) || opensAComparison(text, tokens, i)) inRelative = true
    const written = text.slice(token.start, token.end).toLowerCase()
    const isPast = (): boolean => {
      if (SPANISH_PRETERITE.test(written)) return true
      if (SPANISH_IMPERFECT.test(written)) {
        spanish ??= readsSpanish(text)
        if (spanish) return true
      }
      const next = tokens[i + 1]
      if (!next) return false
      const following = text.slice(next.start, next.end).toLowerCase()
      // Spanish "a través de" is no French perfect, nor is the English article: "presents a semi-annual update", "a visit";
      // nor "il y a" ("il y a trois délégués": "trois" ends as a participle does).
      if (FRENCH_AUXILIARY.test(written) && FRENCH_PARTICIPLE.test(following) && following !== 'través' && tokens[i - 1]?.word !== 'y') {
        english ??= readsEnglish(text)
        if (!english) return true
      }
      return SPANISH_AUXILIARY.test(written) && SPANISH_PARTICIPLE.test(following)
    }
    if (!isPast()) return
    if (found.first === Infinity) found.first = token.start
    if (!inRelative) found.lastOutsideRelatives = token.start
  })
  return found
}

/**
 * Whether the text has a French or Spanish past verb form. From `relativesFrom` (where a relative pronoun
 * starts) on, a form in a relative clause is not read: "les normes de l'OIT que la Tunisie a ratifiées",
 * "los convenios que Colombia ha ratificado" say what the standards are, not what the sentence tells of a
 * mention before them. Asked of the forms found once (`pastFormsOf`): a clause of many mentions, each with
 * its own next relative pronoun, is read once, not once per mention.
 */
function hasPastVerbForm(forms: PastForms, relativesFrom = Infinity): boolean {
  return forms.first < relativesFrom || forms.lastOutsideRelatives >= relativesFrom
}

/** Whether a text has more Spanish function words than French or English ones. */
function readsSpanish(text: string): boolean {
  const counts = countFunctionWords(text)
  return counts.es > counts.fr && counts.es > counts.en
}

/** Whether a text has as many English function words as French or Spanish ones: a short sentence may have none of any. */
function mayReadEnglish(text: string): boolean {
  const counts = countFunctionWords(text)
  return counts.en >= counts.fr && counts.en >= counts.es
}

/** Whether a text has more English function words than French ones. */
function readsEnglish(text: string): boolean {
  const counts = countFunctionWords(text)
  return counts.en > counts.fr
}

/**
 * What `isHistory` reads of a sentence, once per sentence: it is asked once
 * per mention, and a sentence may hold thousands of mentions, so reading the
 * whole sentence (or the mention's clause) again for each was quadratic.
 */
interface SentenceTense {
  /** Where the matches of the plan, past and date lexicons start, ascending; `futures`: the plan markers in `FUTURE_MARKERS`. */
  plans: number[]
  futures: number[]
  pasts: number[]
  /** Where "since" a year, and an earlier project's adjective (`formerProjectMatches`), start. */
  since: number[]
  /** Where "already" ("déjà", "ya") starts (`alreadyWords`). */
  already: number[]
  /** Whether the stretch from an "already" to its clause's end has a future verb form, by "already start:clause end". */
  stretchFutures: Map<string, boolean>
  former: number[]
  /** Whether a date or "since" dates the sentence (asked only of mentions ending in "ed"). */
  dated: boolean | undefined
  /** Where the first English "-ed" past after a subject starts (`firstEnglishPastAfterSubject`), and whether the sentence may read English, once asked. */
  englishPast?: number
  english?: boolean
  /** The whole sentence's past verb forms (`pastFormsOf`), once asked. */
  pastForms?: PastForms
  /** Where the sentence's relative pronouns start, once asked. */
  relatives?: number[]
  /** Where its relative clauses between commas start and end (`relativeAsideBefore`), once asked. */
  relativeAsides?: {starts: number[]; ends: number[]}
  /** Where its free relatives run (`firstPastOutsideFreeRelatives`), once asked. */
  freeRelatives?: Array<[number, number]>
  /** Where each comparison after a comma opens (`firstComparisonAfter`), once asked. */
  comparisons?: number[]
  /** Each clause asked about (keyed "start:end"): whether it has a future verb form, and its past ones. */
  clauseVerbForms: Map<string, {future: boolean; past: PastForms}>
  /** `hasFutureVerbForm` of the whole sentence, once asked. */
  future?: boolean
  /** Where the sentence's agreements and their "that" end ("se acordó con la Mesa Provincial que"), once asked. */
  agreementEnds?: number[]
}

/** By the sentence's text (all of it depends on the text alone): kept for the next lint of the document. */
const tenses = new RecentTexts<SentenceTense>(5_000)

function tenseOf(sentence: Sentence): SentenceTense {
  return tenses.get(sentence.text, () => {
    const starts = (lexicon: Lexicon) => sentence.find(lexicon, {includeNegated: true}).map((match) => match.sentenceIndex)
    const planMatches = sentence.find(planMarkers, {includeNegated: true})
    const plans = planMatches.map((match) => match.sentenceIndex)
    const pastPlans = plans.filter((start) => PAST_PLAN_AUXILIARY.has(wordBefore(sentence.text, start)))
    const former = formerProjectMatches(sentence).map((match) => match.sentenceIndex)
    return {
      plans: pastPlans.length === 0 ? plans : plans.filter((start) => !pastPlans.includes(start)),
      futures: planMatches.filter((match) => FUTURE_MARKERS.has(match.term)).map((match) => match.sentenceIndex),
      pasts: [
        ...sentence
          .find(pastMarkers, {includeNegated: true})
          .filter((match) => !isPassiveParticiple(sentence.text, match) && !isThereIs(sentence.text, match))
          .map((match) => match.sentenceIndex),
        ...pastPlans,
        ...former,
      ].sort((a, b) => a - b),
      since: sentence.find(datedPast, {includeNegated: true}).filter((match) => SINCE_A_YEAR.test(match.term)).map((match) => match.sentenceIndex),
      // "Already" inside a plan marker ("has already agreed to") is the plan's.
      already: alreadyWords(sentence.text).filter((at) => {
        const plan = planMatches[firstAtLeast(plans, at) - 1]
        return !plan || plan.sentenceIndex + plan.text.length <= at
      }),
      stretchFutures: new Map(),
      former,
      dated: undefined,
      clauseVerbForms: new Map(),
    }
  })
}

/** Where the sentence names an earlier project ("the earlier Better Work pilot"): the adjectives. */
function formerProjectMatches(sentence: Sentence): Match[] {
  const projects = sentence.find(projectWord, {includeNegated: true})
  if (projects.length === 0) return []
  return sentence.find(formerWord, {includeNegated: true}).filter((former) => relatedTo(former, projects, 'phrase').length > 0)
}

/**
 * What opens a relative clause right after a project's name, past a date in brackets and a comma: ", in which",
 * ", durant laquelle", ", en la que".
 */
const RELATIVE_OF_FORMER =
  /^(?: ?\([^)]{0,40}\))?,? (?:in which|during which|when|where|où|lors de laquelle|pendant laquelle|durant laquelle|au cours de laquelle|en la que|en la cual|durante la cual|en el que|en el cual|durante el cual|cuando|donde) /iu

/** Whether the mention lies in a relative clause that opens right after an earlier project, before the clause's first comma. */
function inRelativeOfFormerProject(sentence: Sentence, match: Match): boolean {
  const formers = formerProjectMatches(sentence)
  for (const project of sentence.find(projectWord, {includeNegated: true})) {
    const own = formers.filter((former) => related(former, project, 'phrase'))
    // The phrase ends after the project word, or after its adjective in French and Spanish ("la phase précédente").
    const end = Math.max(project.sentenceIndex + project.text.length, ...own.map((former) => former.sentenceIndex + former.text.length))
    if (own.length === 0 || end > match.sentenceIndex) continue
    const between = sentence.text.slice(end, match.sentenceIndex)
    const opener = RELATIVE_OF_FORMER.exec(between)
    if (opener && !/[,;]/u.test(between.slice(opener[0].length))) return true
  }
  return false
}

/** Past markers that are participles too: "taught" is a past ("has designed and taught workshops") but for a passive. */
const PARTICIPLE_MARKERS = new Set(['taught'])

/** Whether a past marker reads as a passive participle: after a passive auxiliary ("is taught") or before its agent ("are stored and taught by the unit"). */
function isPassiveParticiple(text: string, match: Match): boolean {
  if (!PARTICIPLE_MARKERS.has(match.term)) return false
  const end = match.sentenceIndex + match.text.length
  return PASSIVE_AUXILIARY.has(wordBefore(text, match.sentenceIndex)) || words(text)[wordIndexFrom(text, end)]?.word === 'by'
}

/**
 * Whether a French "il y a" says "there is" rather than "ago": it is "ago" before a length of time ("il y a deux ans",
 * "il y a quelques mois", "il y a peu", "il y a longtemps"), "there is" before anything else ("que faire quand il y a un
 * accident", "il y a trois inspecteurs").
 */
function isThereIs(text: string, match: Match): boolean {
  if (match.term !== 'il y a') return false
  const tokens = words(text)
  const next = wordIndexFrom(text, match.sentenceIndex + match.text.length)
  const following = tokens.slice(next, next + 4).map((token) => token.word.toLowerCase())
  if (following[0] === 'peu' || following[0] === 'longtemps') return false
  return !following.some((word) => TIME_UNIT.test(word))
}

const TIME_UNIT = /^(?:ans?|années?|mois|semaines?|jours?|décennies?|siècles?|heures?)$/u

/** The word just before `offset` in the text, as the text up to `offset` tokenizes (bisection, unless a word runs across it). */
function wordBefore(text: string, offset: number): string {
  const tokens = words(text)
  const index = wordIndexBefore(text, offset)
  const straddling = tokens[index + 1]
  // Only a clitic ("don't") can run across a word start: then the text before it tokenizes on its own.
  if (straddling && straddling.start < offset) return words(text.slice(0, offset)).at(-1)?.word ?? ''
  return tokens[index]?.word ?? ''
}

/**
 * Whether a sentence says what is planned: a plan marker ("will", "is to", "prévu", "va a") or a
 * French or Spanish future ("animera", "capacitarán"). Given a mention, its own clause decides
 * ("organise depuis 2015 des formations ; ses guides accompagneront les équipes": no plan of training),
 * and a clause dated since a year states a plan only with a future (`hasFuture`).
 */
export function statesPlan(sentence: Sentence, match?: Match): boolean {
  const tense = tenseOf(sentence)
  if (!match) return tense.plans.length > 0 || (tense.future ??= hasFutureVerbForm(sentence.text))
  const [start, end] = clauseBounds(sentence.text, match.sentenceIndex, match.sentenceIndex + match.text.length)
  const future = hasFuture(sentence, tense, start, end)
  if (anyIn(tense.since, start, end)) return future
  return future || anyIn(tense.plans, start, end)
}

/**
 * Whether the clause `[start, end)` puts something in the future: a future marker ("will", "sera",
 * "va a") or a French or Spanish future form. In a clause dated since a year ("L'ONG propose des
 * cours d'alphabétisation depuis 2009", "has offered courses since 2015", "ofrece desde 2010
 * cursos") only a future makes a plan: what has gone on until now is a track record, even told
 * with a word that elsewhere proposes ("propose").
 */
function hasFuture(sentence: Sentence, tense: SentenceTense, start: number, end: number): boolean {
  return anyIn(tense.futures, start, end) || hasFutureVerbForm(sentence.text.slice(start, end))
}

/** The marker an outliner (Logseq, org-mode) gives a task once done, in capitals: "DONE gender sensitisation session". */
const DONE_TASK = /^\s*DONE(?:\s*:)?\s/u

/**
 * Whether a sentence tells what happened before the project rather than what
 * it plans. A dated past-tense mention ("the ministry trained its staff in
 * 2015") is history even beside a plan ("...and will lead the talks"); else a
 * past-tense marker ("was", "had", "previously", "capacitó", "a formé") makes
 * history unless something makes the sentence a plan ("will", "is planned").
 */
export function isHistory(sentence: Sentence, match?: Match): boolean {
  // An outliner's task marked done ("- DONE baseline survey design (August 2025)") tells what is already done. A
  // bullet, as an open task's marker is read on bullets only (model/textblocks.ts).
  if (sentence.container === 'list-item' && DONE_TASK.test(sentence.text)) return true
  const tense = tenseOf(sentence)
  if (match && agreedAsPlan(sentence, tense, match)) return false
  if (match && /ed$/iu.test(match.text) && (tense.dated ??= sentence.find(datedPast, {includeNegated: true}).length > 0)) {
    const before = wordBefore(sentence.text, match.sentenceIndex)
    if (!PASSIVE_AUXILIARY.has(before)) return true
  }
  // A mention dated by the participle after it is history, whatever its clause plans: "Under the Free Visa, Free
  // Ticket policy adopted in 2015, workers should pay no more than…".
  if (match && datedByParticiple(sentence, tense, match)) return true
  // What belongs to an earlier project is history, whatever the rest of its clause plans:
  // "the gender expert of the earlier Better Work pilot, whose findings will inform…".
  if (match && tense.former.length > 0 && formerProjectMatches(sentence).some((former) => related(former, match, 'phrase'))) return true
  // And so is what a relative clause of the earlier project tells: "Unlike the previous phase (2019–2021), in which
  // partner staff received a three-day gender training, no such training is foreseen in this phase".
  if (match && tense.former.length > 0 && inRelativeOfFormerProject(sentence, match)) return true
  // A sentence may join a past event and a plan ("they attended a workshop in 2021; no other session is planned"):
  // the mention's own clause decides when it says either.
  if (match) {
    const [start, end] = clauseBounds(sentence.text, match.sentenceIndex, match.sentenceIndex + match.text.length)
    if (anyIn(tense.since, start, end)) return !hasFuture(sentence, tense, start, end)
    if (alreadyBefore(sentence, tense, match, start, end)) return true
    if (anyIn(tense.plans, start, end)) return false
    const relative = firstRelativeAfter(sentence, tense, match)
    const comparison = firstComparisonAfter(sentence, tense, match)
    // A relative clause set off by commas before the mention tells of its own noun: "Notre trésorière, qui a suivi en
    // 2022 une formation sur le genre, est aussi notre point focal genre" is now.
    const [asideStart, asideEnd] = relativeAsideBefore(sentence, tense, start, match.sentenceIndex)
    const limit = Math.min(end, relative, comparison)
    if (anyIn(tense.pasts, start, Math.min(limit, asideStart)) || anyIn(tense.pasts, Math.max(start, asideEnd), limit)) return true
    // Relative clauses after the mention are not read (`hasPastVerbForm`): the key holds where the first one starts.
    const key = `${start}:${end}:${asideEnd}`
    let forms = tense.clauseVerbForms.get(key)
    if (!forms) {
      const clause = blanked(sentence.text.slice(start, end), asideStart - start, asideEnd - start)
      tense.clauseVerbForms.set(key, (forms = {future: hasFutureVerbForm(clause), past: pastFormsOf(clause)}))
    }
    // A future form plans, whatever past forms the clause also holds, as a plan marker does: "contrataremos a una
    // persona evaluadora externa para que valore qué cambió".
    if (forms.future) return false
    // A past in a relative clause after the mention tells of it ("les formations que le BIT a dispensées"), unless the
    // clause plans in the future: "vérifiera avec chaque délégué les inspections qu'il a menées" is a plan.
    if (anyIn(tense.pasts, start, Math.min(end, comparison, asideStart)) || anyIn(tense.pasts, Math.max(start, asideEnd), Math.min(end, comparison))) return true
    if (!statesResults(sentence, tense) && hasPastVerbForm(forms.past, Math.min(relative, comparison) - start)) return true
    // The aside was all the clause told of the past: what the rest of the sentence tells is not the mention's.
    if (asideEnd > asideStart) return false
  }
  if (tense.plans.length > 0) return false
  if (match && toldOnlyAfterASemicolon(sentence, tense, match)) return false
  // A past told only in a comparison after the mention is the model the mention follows.
  const comparison = match ? firstComparisonAfter(sentence, tense, match) : Infinity
  // The whole sentence is read without what its free relatives tell ("…pour confronter les hypothèses à ce qui a été observé").
  const firstPast = match ? tense.pasts[0] : firstPastOutsideFreeRelatives(sentence, tense)
  if ((firstPast ?? Infinity) < comparison) return true
  // A sentence dated since a year with no future tells a track record ("une ONG anime depuis 2021 un dispositif de suivi").
  if (tense.since.length > 0 && tense.futures.length === 0 && !(tense.future ??= hasFutureVerbForm(sentence.text))) return true
  const relative = Math.min(match ? firstRelativeAfter(sentence, tense, match) : (freeRelativesOf(sentence, tense)[0]?.[0] ?? Infinity), comparison)
  if (!statesResults(sentence, tense) && hasPastVerbForm((tense.pastForms ??= pastFormsOf(sentence.text)), relative)) return true
  // English tells its past with "-ed" forms, which `pastFormsOf` leaves alone (most are participles too): a sentence
  // dated in the past with one right after its subject tells history ("Two of our counsellors attended the ITC-ILO's
  // academy in 2019").
  if (!(tense.dated ??= sentence.find(datedPast, {includeNegated: true}).length > 0)) return false
  return (tense.englishPast ??= firstEnglishPastAfterSubject(sentence.text)) < relative && (tense.english ??= mayReadEnglish(sentence.text))
}

/**
 * Whether the mention is what an agreement settles, in its "that" clause: "Para el curso de tutores se acordó con la
 * Mesa Provincial que al menos un tercio de las plazas sea para delegados…", "il a été convenu que chaque session
 * réserve quatre places…", "It was agreed with the ministry that each course keeps two places…". The agreement is
 * past; what it settles is the plan. An undated agreement only: "In 2019 the ministry agreed that…" may tell history.
 */
function agreedAsPlan(sentence: Sentence, tense: SentenceTense, match: Match): boolean {
  // Where the sentence's agreements end, found once per sentence: isHistory is asked for every mention.
  const ends = (tense.agreementEnds ??= [...sentence.text.matchAll(AGREED_THAT)].map((found) => found.index + found[0].length))
  if (!ends.some((end) => end <= match.sentenceIndex && match.sentenceIndex - end <= AGREEMENT_REACH)) return false
  return !(tense.dated ??= sentence.find(datedPast, {includeNegated: true}).length > 0) && tense.former.length === 0
}

/** How far after an agreement's "that" the mention it settles may start (characters). */
const AGREEMENT_REACH = 200
/** An agreement, then its "that" clause: "se acordó con la Mesa Provincial que", "il a été convenu que", "it was agreed that". */
const AGREED_THAT =
  /\b(?:se acord[oó]|se convino|acordamos|acordaron|hemos acordado|han acordado|a été convenu|avons convenu|ont convenu|was agreed|were agreed|we agreed|have agreed|has agreed)(?!\p{L})[^.;:]{0,80}?\b(?:que|qu['’]|that)(?!\p{L})/giu

/**
 * Whether what tells the past lies only past a semicolon after the mention: independent clauses a semicolon joins tell
 * their own times ("La oficial de programa ejerce como punto focal de género; la línea de base se analizó con el apoyo
 * de una consultora"). A past before the mention still sets the time of a list it opens ("In 2020 the project trained
 * 300 inspectors; a gender focal point in each office").
 */
function toldOnlyAfterASemicolon(sentence: Sentence, tense: SentenceTense, match: Match): boolean {
  const stop = sentence.text.indexOf(';', match.sentenceIndex + match.text.length)
  // Both lists ascend: their first entries say whether any comes before the semicolon (a sentence may hold thousands).
  if (stop === -1 || (tense.pasts[0] ?? Infinity) < stop || (tense.since[0] ?? Infinity) < stop) return false
  // The whole sentence's past forms, read once: a past form before the semicolon tells the head's time (reading the head
  // anew for each mention's semicolon was quadratic).
  if ((tense.pastForms ??= pastFormsOf(sentence.text)).first < stop) return false
  const englishPast = (tense.englishPast ??= firstEnglishPastAfterSubject(sentence.text))
  return englishPast >= stop || !(tense.dated ??= sentence.find(datedPast, {includeNegated: true}).length > 0)
}

/**
 * Whether the sentence states a result the project aims at: the items and rows of objectives and results are written
 * as reached ("D'ici 24 mois : - 900 jeunes ont suivi un parcours…", "| Las inspectoras han incorporado el protocolo |"),
 * so a perfect there tells no history; a past marker or a date still does. A paragraph there may tell the past
 * ("Lors des consultations, les directions régionales ont exprimé le souhait…").
 */
function statesResults(sentence: Sentence, tense: SentenceTense): boolean {
  if ((sentence.container !== 'list-item' && sentence.container !== 'table-cell') || sentence.section?.isIn('objectives') !== true) return false
  return !(tense.dated ??= sentence.find(datedPast, {includeNegated: true}).length > 0)
}

/** How many words may stand between a participle after a mention and the date that dates it: "adopted by Cabinet in 2015". */
const PARTICIPLE_DATE_WORDS = 4

/** Whether an English "-ed" participle right after the mention is dated in the past: "the policy adopted in 2015", "the law passed by Parliament in 2019". */
function datedByParticiple(sentence: Sentence, tense: SentenceTense, match: Match): boolean {
  const {text} = sentence
  const tokens = words(text)
  // The word after the mention, by bisection: a sentence may hold thousands of mentions.
  const next = wordIndexFrom(text, match.sentenceIndex + match.text.length)
  const participle = tokens[next]
  if (!participle || participle.word.length < 5 || !participle.word.endsWith('ed') || !/^\p{Ll}/u.test(text[participle.start]!)) return false
  if (text.slice(match.sentenceIndex + match.text.length, participle.start).trim() !== '') return false
  const until = tokens[next + 1 + PARTICIPLE_DATE_WORDS]?.end ?? text.length
  return sentence.find(datedPast, {includeNegated: true, from: participle.end, to: until}).length > 0 && (tense.english ??= mayReadEnglish(text))
}

/** Words before an "-ed" form that make it no past verb: an auxiliary of the passive or the future, an article or a preposition ("the trained officers"). */
const NOT_BEFORE_PAST_VERB = new Set([
  ...PASSIVE_AUXILIARY, 'will', 'shall', 'would', 'to', 'was', 'were', 'the', 'a', 'an', 'of', 'for', 'with', 'by', 'and', 'or', 'newly', 'well', 'not',
])

/** Where the first English "-ed" verb form that follows a word with nothing but space between starts ("counsellors attended"); Infinity when none does. */
function firstEnglishPastAfterSubject(text: string): number {
  const tokens = words(text)
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!
    // A name is no verb ("Mr Ahmed"): the form is written in lower case.
    if (token.word.length < 5 || !token.word.endsWith('ed') || !/^\p{Ll}/u.test(text[token.start]!)) continue
    const previous = tokens[i - 1]!
    if (text.slice(previous.end, token.start).trim() === '' && !NOT_BEFORE_PAST_VERB.has(previous.word)) return token.start
  }
  return Infinity
}

/**
 * "Already", "déjà" and "ya", where they start: what they qualify exists before the project. Not the Spanish "ya que"
 * (since), "ya sea" (whether) or "ya no" (no longer); "deja" without its accents is the Spanish verb.
 */
function alreadyWords(text: string): number[] {
  const tokens = words(text)
  return tokens
    .filter((token, i) => {
      if (token.word === 'already') return true
      if (token.word === 'deja') return text.slice(token.start, token.end).toLowerCase() === 'déjà'
      return token.word === 'ya' && !NOT_ALREADY_AFTER_YA.has(tokens[i + 1]?.word ?? '')
    })
    .map((token) => token.start)
}

/** Words after Spanish "ya" that make it no "already". */
const NOT_ALREADY_AFTER_YA = new Set(['que', 'sea', 'no', ''])

/**
 * Whether "already" comes before a mention in its clause with no plan after it: "Several organisations already run
 * pre-departure trainings", "Les chefs d'équipe qui seront recrutés ont déjà suivi la formation": what exists before
 * the project, whatever a relative clause before "already" plans. "Already" before a plan plans ("has already agreed
 * to host the course").
 */
function alreadyBefore(sentence: Sentence, tense: SentenceTense, match: Match, clauseStart: number, clauseEnd: number): boolean {
  const index = firstAtLeast(tense.already, match.sentenceIndex) - 1
  const already = tense.already[index]
  if (already === undefined || already < clauseStart) return false
  // A plan after "already" in the clause, before the mention or after it ("is already preparing the course it will deliver").
  if (anyIn(tense.plans, already, clauseEnd)) return false
  // Once per stretch, not per mention: a clause may hold thousands of mentions after one "already".
  const key = `${already}:${clauseEnd}`
  let future = tense.stretchFutures.get(key)
  if (future === undefined) tense.stretchFutures.set(key, (future = hasFutureVerbForm(sentence.text.slice(already, clauseEnd))))
  return !future
}

/** Whether a mention is something that already exists: "already" before it in its clause and no plan after that (`isHistory`). */
export function saysAlready(sentence: Sentence, match: Match): boolean {
  const tense = tenseOf(sentence)
  if (tense.already.length === 0) return false
  const [start, end] = clauseBounds(sentence.text, match.sentenceIndex, match.sentenceIndex + match.text.length)
  return alreadyBefore(sentence, tense, match, start, end)
}

/**
 * Where the first comparison after a mention opens in its sentence, after a comma, or Infinity. What it tells of the past
 * is the model the mention's clause follows, not the mention's own past: "la CUSG participará en el monitoreo conjunto,
 * como se hizo en 2024", "…, comme ils l'ont fait en 2023", "…, as they did in the first phase". So is a relative clause
 * with no noun before it (`opensAFreeRelative`): what it tells of the past is its own.
 */
function firstComparisonAfter(sentence: Sentence, tense: SentenceTense, match: Match): number {
  if (tense.comparisons === undefined) {
    const tokens = words(sentence.text)
    tense.comparisons = tokens.filter((_, index) => opensAComparison(sentence.text, tokens, index) || opensAFreeRelative(tokens, index)).map((token) => token.start)
  }
  return tense.comparisons[firstAtLeast(tense.comparisons, match.sentenceIndex + match.text.length)] ?? Infinity
}

/** A relative clause between commas: ", qui a suivi en 2022 une formation,", ", who chaired it in 2019,". */
const RELATIVE_ASIDE = /,\s*(?:who|which|qui|dont|quien|quienes)(?![\p{L}\p{N}])[^,;:.]*,/giu
/** No relative clause between commas: a range that holds nothing and leaves every other range whole. */
const NO_ASIDE: [number, number] = [Infinity, -Infinity]

/**
 * Where the last relative clause between commas that ends by `at` and starts at or after `start` starts and ends, or
 * `NO_ASIDE`. The sentence's asides are found once, and each mention looks its own up by bisection.
 */
function relativeAsideBefore(sentence: Sentence, tense: SentenceTense, start: number, at: number): [number, number] {
  const asides = (tense.relativeAsides ??= asidesOf(sentence.text))
  const last = firstAtLeast(asides.ends, at + 1) - 1
  return last >= 0 && asides.starts[last]! >= start ? [asides.starts[last]!, asides.ends[last]!] : NO_ASIDE
}

function asidesOf(text: string): {starts: number[]; ends: number[]} {
  const found = [...text.matchAll(RELATIVE_ASIDE)]
  return {starts: found.map((aside) => aside.index), ends: found.map((aside) => aside.index + aside[0].length)}
}

/** The text with `[from, to)` turned to spaces: its offsets stay those of the text. */
function blanked(text: string, from: number, to: number): string {
  return from >= to ? text : text.slice(0, from) + ' '.repeat(to - from) + text.slice(to)
}

/** Where the first relative pronoun after a mention starts in its sentence, or Infinity. */
function firstRelativeAfter(sentence: Sentence, tense: SentenceTense, match: Match): number {
  tense.relatives ??= words(sentence.text).filter((token) => RELATIVE_PRONOUNS.has(token.word)).map((token) => token.start)
  return tense.relatives[firstAtLeast(tense.relatives, match.sentenceIndex + match.text.length)] ?? Infinity
}
