// A gender analysis that speaks of women and girls also considers men's and
// boys' specific vulnerabilities (seed 002: "men and boys, as well as women
// and girls, have specific vulnerabilities to forced labour and
// trafficking"). Men count only in that role: said in one clause with a
// risk, a harm or a reluctance to seek help. "Young women and men" names both
// as one group, "paid less than men" uses men as the yardstick of women's
// disadvantage, "harassment by male supervisors" names men as perpetrators,
// and "men hold 92 % of skilled posts" names them as the advantaged: none
// considers men's own situation.
import {clauseBounds, firstAtLeast, isWomenGroupNoun, related, wordIndexFrom, words, type Match, type ProposalModel, type Rule, type Section, type Sentence} from '@lessonlint/core'

import {frenchMener, genderAnalysis, genderConcept, genderStrategy, harmAgency, menAndBoys, menAsComparison, menAsPerpetrators, sexDisaggregation, vulnerability, womenAndGirls, womenAndMenTogether} from '../lexicons/gender.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {overlapsAnyInItsSentence, within} from '../shared/mentions.js'
import {genderLesson181142} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'onlyWomen'

const rule: Rule<MessageId> = {
  meta: {
    id: 'gender-analysis-men-boys',
    summary: 'A gender analysis that speaks of women or girls also considers men\'s and boys\' specific vulnerabilities.',
    severity: 'info',
    tags: ['gender'],
    lesson:
      'The GMS TRIANGLE evaluation found it "good practice to address the fact that men and boys, as well as women and girls, have specific vulnerabilities to forced labour and trafficking": men are hard to reach and, for fear of stigma, reluctant to seek help.',
    sources: [genderLesson181142],
    messages: {
      onlyWomen: {
        problem: 'The gender analysis speaks of women and girls but not of men\'s and boys\' own vulnerabilities.',
        why: 'Men and boys also have specific vulnerabilities (to forced labour, trafficking, hazardous work) and are often reluctant to seek help (ILO evaluation 1379, lesson 181142).',
        fix: 'Add what puts men and boys at risk in this context and how the project will reach them.',
      },
    },
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    // Men's own risks count wherever the proposal says them (a risks table: "Los hombres jóvenes migrantes …
    // son captados por grupos armados"): they are said of men in one clause or a block the men lead.
    const riskOf = risksSaidOfMen(model)
    const mensOwn = mensOwnMentions(model)
    const mensRisks = mensOwn.flatMap((men) => {
      const risk = riskOf(men)
      return risk ? [{men, risk}] : []
    })
    const sections = analysisSections(model, mensRisks)
    if (sections.length === 0) {
      return notApplicable(context, 'no gender analysis: no gender section, no section headed by a gender subject, and no section that tells women and men apart')
    }
    const inAnalysis = (lexicon: Parameters<ProposalModel['find']>[0], includeNegated = false) =>
      sections.flatMap((section) => (section.contentRange ? model.find(lexicon, {within: section.contentRange, includeHeadings: false, includeNegated}) : []))
    // Whom the analysis speaks of, whatever it says of them: "las mujeres no pueden entrar a los socavones" speaks of women.
    const women = inAnalysis(womenAndGirls, true)
    const feminine = women.length > 0 ? [] : feminineNounsIn(model, sections)
    if (women.length === 0 && feminine.length === 0) {
      return notApplicable(context, 'the gender section does not speak of women or girls', sections[0]!.heading.range)
    }
    if (women.length > 0) applies(context, 'gender analysis speaks of women or girls', women)
    else applies(context, `gender analysis speaks of women by a feminine noun: “${feminine[0]!.word}”`, feminine[0]!.sentence.range)
    const [considered] = mensRisks
    if (considered) return satisfiedBy(context, "men's or boys' own vulnerabilities considered", [considered.men, considered.risk])
    const menInAnalysis = mensOwn.filter((match) => sections.some((section) => within(match.range, section.range)))
    if (menInAnalysis.length > 0) {
      missing(context, "a risk, harm or reluctance to seek help said of the men or boys named (they appear only as a group, a yardstick, the advantaged or perpetrators)", menInAnalysis[0]!.range)
    }
    else missing(context, "men's and boys' own vulnerabilities in the gender analysis")
    // The gender section when there is one (CHECKLIST: "points at the gender section"), else the analysis the women are named in.
    const section = model.sectionsOf('gender').find((each) => sections.includes(each)) ?? (women[0] && sectionWith(sections, women[0])) ?? sections[0]!
    report({messageId: 'onlyWomen', range: section.heading.range})
  },
}

/**
 * A risk said of the men or boys named, if any: in one clause ("Men at sea
 * face debt bondage") or the clause a colon opens after them, in a sentence
 * they open, or anywhere in a list item, table row or paragraph they lead
 * ("- Garçons : ils manient la machette ... exposés à la traite") or that is
 * about them.
 */
function risksSaidOfMen(model: ProposalModel): (men: Match) => Match | undefined {
  // Each way keeps to the men's sentence or block: only those risks are tried (a paragraph may hold thousands).
  const risks = model.find(vulnerability, {includeHeadings: false})
  const bySentence = groupBy(risks, (risk) => risk.sentence)
  const byBlock = groupBy(risks, blockOf)
  const blocksWithWomen = new Set(model.find(womenAndGirls, {includeHeadings: false, includeNegated: true}).map(blockOf))
  const blocksListed = new Map<number, Map<Sentence, Sentence | undefined>>()
  return (men) => {
    // A harm the men cause is the women's, not theirs (weighed only in a sentence that names agents of a harm).
    const all = bySentence.get(men.sentence) ?? []
    const agencies = all.length > 0 ? men.sentence.find(harmAgency, {includeNegated: true}) : []
    const inSentence = agencies.length === 0 ? all : all.filter((risk) => !causedBy(men, risk, agencies))
    const inClause = inSentence.find((risk) => related(men, risk, 'clause') || elaboratedAfterColon(men, risk))
    if (inClause) return inClause
    if (opensSentence(men) && inSentence.length > 0) return inSentence[0]
    if (leadsBlock(men) || topicOfParagraph(men, blocksWithWomen)) {
      const own = byBlock.get(blockOf(men))?.[0]
      if (own) return own
      // An outline's item that names them and nothing else ("- boys" over "- sent into deeper pits … → highest injury
      // risk") heads the items nested under it, which its block holds: what they say is said of the men.
      if (namesOnlyThem(men)) return risks.find((risk) => risk.sentence !== men.sentence && within(risk.range, men.sentence.block))
    }
    // The sentence after, when its subject is a pronoun for them: "Mais la situation des hommes ne doit pas être
    // sous-estimée. Recrutés pour les chantiers ou la pêche, ils paient en moyenne des frais plus élevés…".
    const next = sentenceAfter(men.sentence)
    if (next && takesUpMen(next)) return bySentence.get(next)?.[0]
    return undefined
  }

  /** The next sentence of the same block, if any: each block's sentences are listed once (a paragraph may hold thousands of men). */
  function sentenceAfter(sentence: Sentence): Sentence | undefined {
    const start = sentence.block.start.offset
    let listed = blocksListed.get(start)
    if (!listed) {
      const inBlock = model.sentences({within: sentence.block, includeHeadings: false})
      listed = new Map(inBlock.map((each, index) => [each, inBlock[index + 1]]))
      blocksListed.set(start, listed)
    }
    return listed.get(sentence)
  }
}

/** Pronouns that take up men named just before: "they", "ils", "ellos". */
const MEN_PRONOUNS = new Set(['they', 'ils', 'ellos'])
/** How far into its sentence such a pronoun may stand, after a fronted phrase: "Recrutés pour les chantiers ou la pêche, ils…". */
const PRONOUN_WORDS = 8

/** Whether a sentence's subject is a pronoun that takes up men: one of its first words, and no women named before it. */
function takesUpMen(sentence: Sentence): boolean {
  const opening = words(sentence.text).slice(0, PRONOUN_WORDS)
  const pronoun = opening.findIndex((token) => MEN_PRONOUNS.has(token.word))
  return pronoun !== -1 && sentence.find(womenAndGirls, {includeNegated: true, to: opening[pronoun]!.start}).length === 0
}



/**
 * Whether the clause that names the men and the harm makes them its agents: "Men in employer households … are
 * frequently the source of harassment", "la violencia … proviene de varones del hogar empleador". The harm is
 * the women's, not the men's own.
 */
function causedBy(men: Match, risk: Match, agencies: readonly Match[]): boolean {
  return agencies.some((agency) => related(men, agency, 'clause') && related(risk, agency, 'clause'))
}

/** Where a mention's block (paragraph, list item, table row) starts: the key its block's mentions share. */
function blockOf(match: Match): number {
  return match.sentence.block.start.offset
}

function groupBy<Key>(matches: readonly Match[], keyOf: (match: Match) => Key): Map<Key, Match[]> {
  const groups = new Map<Key, Match[]>()
  for (const match of matches) {
    const group = groups.get(keyOf(match))
    if (group) group.push(match)
    else groups.set(keyOf(match), [match])
  }
  return groups
}

/**
 * Whether the men are named in the sentence that opens a paragraph about no women, so that the paragraph
 * goes on about them by an occupation or a pronoun: "Bajo tierra trabajan solo hombres. Los mineros … Ellos
 * sufren derrumbes", "Le travail au fond des puits est réservé aux hommes. Les orpailleurs … Ils descendent…".
 */
function topicOfParagraph(men: Match, blocksWithWomen: ReadonlySet<number>): boolean {
  const {sentence} = men
  if (sentence.container !== 'paragraph' || sentence.range.start.offset !== sentence.block.start.offset) return false
  return !blocksWithWomen.has(blockOf(men))
}

/**
 * Whether the men are the subject their sentence opens with, so that every clause of it is said of them:
 * "Les garçons, parfois dès 12 ans, descendent dans des puits … ; les accidents … sont fréquents".
 */
function opensSentence(men: Match): boolean {
  return wordIndexFrom(men.sentence.text, men.sentenceIndex) <= 1
}

/**
 * Whether the risk is in the clause a colon opens right after the men's clause, which says what they do
 * or suffer: "La gran mayoría son hombres jóvenes: sufren accidentes de tránsito frecuentes".
 */
function elaboratedAfterColon(men: Match, risk: Match): boolean {
  if (men.sentence !== risk.sentence || risk.sentenceIndex < men.sentenceIndex) return false
  const text = men.sentence.text
  const [, menClauseEnd] = clauseBounds(text, men.sentenceIndex, men.sentenceIndex + men.text.length)
  if (text[menClauseEnd] !== ':') return false
  const [riskClauseStart] = clauseBounds(text, risk.sentenceIndex, risk.sentenceIndex + risk.text.length)
  return riskClauseStart > menClauseEnd && text.slice(menClauseEnd + 1, riskClauseStart).trim() === ''
}

/** Whether a list item names the men and nothing else, as a label over nested items: "- boys", "- Hombres jóvenes :". */
function namesOnlyThem(men: Match): boolean {
  const {sentence} = men
  return sentence.container === 'list-item' && words(sentence.text).length <= words(men.text).length + 2
}

/**
 * Whether the men or boys named are what their list item, table row or paragraph is about: its first
 * word or the one after an article ("Garçons : …", "Los hombres jóvenes …"), or the subject that opens a
 * paragraph ("Les hommes, eux, sont embarqués. … des dizaines de morts parmi eux").
 */
function leadsBlock(men: Match): boolean {
  const {sentence} = men
  // The first word, or the second after an article: "Garçons : …", "Los hombres jóvenes migrantes …".
  const opens = wordIndexFrom(sentence.text, men.sentenceIndex) <= 1
  if (sentence.container === 'list-item' || sentence.container === 'table-cell') return opens
  // A short title the block opens with names what it speaks of: "**Los hombres.** Para los hombres que perdieron su empleo…".
  if (sentence.titlesItsBlock) return opens
  if (sentence.container !== 'paragraph' || sentence.range.start.offset !== sentence.block.start.offset) return false
  return opens
}

/**
 * Women named by a plural feminine noun of people in French or Spanish ("Les ouvrières représentent 75 % des
 * opératrices", "las jornaleras"): the analysis speaks of women without a women's word.
 */
function feminineNounsIn(model: ProposalModel, sections: readonly Section[]): Array<{word: string; sentence: Sentence}> {
  const found: Array<{word: string; sentence: Sentence}> = []
  for (const section of sections) {
    if (!section.contentRange) continue
    for (const sentence of model.sentences({within: section.contentRange, includeHeadings: false})) {
      const token = words(sentence.text).find((each) => isWomenGroupNoun(sentence.text.slice(each.start, each.end), model.language))
      if (token) found.push({word: sentence.text.slice(token.start, token.end), sentence})
    }
  }
  return found
}

/**
 * Mentions of men or boys as a group of their own: not named with women as one
 * group ("young women and men"), as the yardstick of women's disadvantage
 * ("paid less than men") or as perpetrators ("by male supervisors").
 */
function mensOwnMentions(model: ProposalModel): Match[] {
  const options = {includeHeadings: false, includeNegated: true}
  // "Les entretiens menés en 2023" conducts interviews: no men.
  const notMensOwn = [
    ...model.find(womenAndMenTogether, options),
    ...model.find(menAsComparison, options),
    ...model.find(menAsPerpetrators, options),
    ...model.find(frenchMener, options),
  ]
  // Asked by bisection within each sentence: a sentence may hold thousands of mentions.
  const notOwn = overlapsAnyInItsSentence(notMensOwn)
  // Whatever is said of them, negated too: "los hombres jóvenes no llegan a la ruta … rara vez piden ayuda".
  // Men enumerated with women, next to them ("talleres con madres, padres y autoridades comunitarias"), are one
  // audience with them; "hazards that weigh on women (…) and those more common among men" tells each their own.
  return model.find(menAndBoys, options).filter((match) => !notOwn(match) && !besideWomenInAList(match))
}

/** Where each sentence's women are named, once per sentence. */
const womenStarts = new WeakMap<Sentence, number[]>()

/** How many words may stand between women and men named side by side in a list: "madres, padres", "women, and men". */
const SIDE_BY_SIDE_WORDS = 2

function besideWomenInAList(men: Match): boolean {
  const {text} = men.sentence
  const tokens = words(text)
  const at = wordIndexFrom(text, men.sentenceIndex)
  // Only the women named a few words away are asked, found by bisection: a sentence may name thousands.
  const from = tokens[Math.max(0, at - SIDE_BY_SIDE_WORDS - 1)]?.start ?? 0
  const to = tokens[Math.min(tokens.length - 1, at + SIDE_BY_SIDE_WORDS + 1)]?.end ?? text.length
  const women = men.sentence.find(womenAndGirls, {includeNegated: true})
  let starts = womenStarts.get(men.sentence)
  if (!starts) womenStarts.set(men.sentence, (starts = women.map((woman) => woman.sentenceIndex)))
  for (let index = firstAtLeast(starts, from); index < women.length && women[index]!.sentenceIndex <= to; index++) {
    if (related(men, women[index]!, 'list')) return true
  }
  return false
}

/**
 * Where the gender analysis is: the gender sections; sections headed by a
 * gender subject the model does not name as one ("Analyse des inégalités
 * liées au sexe", "Gender-based risks", "Vulnerabilities by sex and age",
 * "How does the problem affect women and girls?");
 * and background or untyped sections that speak of women and of men's own
 * risks ("Who are the target groups and how are their situations
 * different?": "Women migrants … Male migrants … face …"). Such a section is
 * read as an analysis only when it weighs men's risks too: background that
 * names women, or women and men as participants or in indicators, is not a
 * gender analysis. Top-level ones only.
 */
/**
 * Women's share of a group, as a context states it, read around each mention of women: before it, "82 per cent of
 * domestic workers are women", "el 64 % de las personas … son mujeres"; after it, "Women make up about 60 % of…", "les
 * femmes représentent près de 70 %", "las mujeres son el 64 %", or taken up by a pronoun ("Les jeunes femmes sont très
 * minoritaires dans l'apprentissage technique : elles représentent moins de 10 % des apprentis"). Each is read in a
 * short stretch next to the mention.
 */
const SHARE_BEFORE_WOMEN = /\d\s*(?:%|per ?cent|pour ?cent|por ?ciento)\s+(?:of|des|de (?:los|las))\s[^.;:]*\s(?:are|were|sont|son)\s+(?:des\s+)?$/iu
const SHARE_AFTER_WOMEN =
  /^(?:[^.;]{0,80}?[\s:,](?:they|elles|ellas))?\s+(?:make up|account for|represent|représentent|constituent|representan|constituyen|son)\s+(?:about |around |some |nearly |less than |more than |over |under |près de |environ |moins de |plus de |alrededor del? |cerca del? |menos del? |más del? )?(?:the |el |la )?(?:\d|un tiers|la moitié|la mitad|half|two thirds|one third|a third)/iu
/** How far before a mention of women its share may start: "About 82 per cent of domestic workers in Lusaka are". */
const SHARE_REACH = 100

function givesWomensShare(match: Match): boolean {
  const {text} = match.sentence
  const before = text.slice(Math.max(0, match.sentenceIndex - SHARE_REACH), match.sentenceIndex)
  const after = text.slice(match.sentenceIndex + match.text.length, match.sentenceIndex + match.text.length + SHARE_REACH)
  return SHARE_BEFORE_WOMEN.test(before) || SHARE_AFTER_WOMEN.test(after)
}

/** How far into a sentence its topic stands: "Our gender equality strategy starts from…". */
const TOPIC_WORDS = 4

function analysisSections(model: ProposalModel, mensRisks: ReadonlyArray<{men: Match; risk: Match}>): Section[] {
  const found = [...model.sectionsOf('gender')]
  // A form's question about women ("¿Cómo afecta el problema a las mujeres y a las niñas?", "En quoi le problème
  // touche-t-il différemment les femmes et les hommes ?") heads a gender analysis too; a heading that only names
  // women ("Women vendors", "Training of women facilitators") heads a group or an activity.
  const asksAboutWomen = model
    .find(womenAndGirls, {includeHeadings: true, includeNegated: true})
    .filter((match) => match.sentence.container === 'heading' && match.sentence.text.trim().endsWith('?'))
  const headings = [...model.find(genderConcept, {includeHeadings: true}), ...model.find(sexDisaggregation, {includeHeadings: true}), ...asksAboutWomen]
  for (const match of headings) {
    const section = match.section
    if (match.sentence.container !== 'heading' || !section || section.heading === model.title) continue
    // A heading that names another kind ("Gender-responsive budget", "Gender-sensitive M&E") heads that part;
    // one that names the situation too ("How does the problem affect women and girls?") heads an analysis.
    if (section.kinds.some((kind) => kind !== 'background') || found.includes(section)) continue
    found.push(section)
  }
  // A paragraph titled as a gender analysis ("**Analyse de genre.** Les femmes représentent…") makes the context it
  // stands in one.
  for (const match of model.find(genderAnalysis, {includeHeadings: false})) {
    const section = match.section
    if (!match.sentence.titlesItsBlock || !section || section.heading === model.title || found.includes(section)) continue
    if (section.kinds.some((kind) => kind !== 'background')) continue
    found.push(section)
  }
  // A section whose first sentence names the proposal's gender strategy or analysis as its topic is a gender section by
  // what it says first, as its heading would make it one: "## Making room for young women" opening "Our gender equality
  // strategy starts from why so few young women enter the trade." (A paragraph titled "Gender approach." in a section
  // of answers to a panel is one paragraph of that section.)
  // Each section's first sentence is listed once: a section may name its strategy many times.
  const firstSentences = new Map<Section, Sentence | undefined>()
  for (const match of [...model.find(genderStrategy, {includeHeadings: false}), ...model.find(genderAnalysis, {includeHeadings: false})]) {
    const section = match.section
    if (!section?.contentRange || section.heading === model.title || found.includes(section) || match.sentence.titlesItsBlock) continue
    if (section.kinds.some((kind) => kind !== 'background') || wordIndexFrom(match.sentence.text, match.sentenceIndex) >= TOPIC_WORDS) continue
    if (!firstSentences.has(section)) firstSentences.set(section, model.sentences({within: section.contentRange, includeHeadings: false})[0])
    if (firstSentences.get(section) === match.sentence) found.push(section)
  }
  const women = model.find(womenAndGirls, {includeHeadings: false, includeNegated: true})
  // A context that gives women's share of a group ("About 82 per cent of domestic workers are women", "les femmes
  // représentent près de 70 % des personnes …") tells women and men apart: it analyses the situation by sex.
  for (const match of women) {
    const section = match.section
    if (!section?.contentRange || found.includes(section) || section.heading === model.title) continue
    if (section.kinds.every((kind) => kind === 'background') && givesWomensShare(match)) found.push(section)
  }
  for (const section of model.sections) {
    const situation = section.kinds.length === 0 ? section.heading !== model.title : section.kinds.every((kind) => kind === 'background')
    if (!situation || found.includes(section) || !section.contentRange) continue
    const here = (match: Match) => match.section === section
    if (mensRisks.some(({men}) => here(men)) && women.some(here)) found.push(section)
  }
  const nested = (section: Section) => found.some((other) => other !== section && within(section.range, other.range))
  return found.filter((section) => !nested(section)).sort((a, b) => a.range.start.offset - b.range.start.offset)
}

/** The top gender section holding a match. */
function sectionWith(sections: readonly Section[], match: Match): Section | undefined {
  return sections.find((section) => within(match.range, section.range))
}

export default rule
