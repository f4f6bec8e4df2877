// "The proposal works through implementing partners or constituents"
// (CHECKLIST gender-training-partners): a section with content whose heading
// names partners or stakeholders, or partners named in the plans (outside the
// background, or in a background sentence that plans the project), not the
// applicant's own bodies.
import {defineLexicon, isHistory, planMarkers, related, relatedMentions, wordIndexBefore, words, type Match, type ProposalModel, type Section, type Sentence} from '@lessonlint/core'

import {projectWord} from '../lexicons/monitoring.js'
import {biographyMarkers, citedAsSource, funder, refusal} from '../lexicons/partners.js'

import {overlapsAnyInItsSentence} from './mentions.js'
import {hasRealContent} from './sections.js'

/** Who a project works through: constituents, ministries, social partners, NGOs, implementing agreements. */
export const implementingPartners = defineLexicon('implementing-partners', {
  en: [
    'implementing partner',
    'partner organisation',
    'partner organization',
    'partner institution',
    'national partner',
    'local partner',
    'partner cooperative',
    'partner cooperatives',
    'partner NGO',
    'partner NGOs',
    'partner union',
    'partner unions',
    'sub-grantee',
    'sub-grantees',
    'implementing organisation',
    'implementing organization',
    'counterpart',
    'constituents',
    'tripartite partners',
    'social partners',
    'ministry',
    'ministries',
    'labour department',
    'labor department',
    'department of labour',
    'department of labor',
    'labour directorate',
    'labor directorate',
    'inter-ministerial',
    'public employment service',
    "workers' association",
    'trade union',
    'workers\' organisation',
    'workers\' organization',
    'employers\' organisation',
    'employers\' organization',
    'employers\' federation',
    'employers\' association',
    'chamber of commerce',
    'NGO',
    'non-governmental organisation',
    'non-governmental organization',
    'civil society organisation',
    'civil society organization',
    'implementation agreement',
    'implementing agreement',
    'service contract',
    'grant agreement',
    'local authorities',
    'district assembly',
    'municipality',
    'training centre',
    'training center',
    'training institution',
  ],
  fr: [
    'partenaire de mise en œuvre',
    'partenaires de mise en œuvre',
    'partenaire de mise en oeuvre',
    'partenaires de mise en oeuvre',
    'partenaire national',
    'partenaires nationaux',
    'organisation partenaire',
    'organisations partenaires',
    'coopérative partenaire',
    'coopératives partenaires',
    'association partenaire',
    'associations partenaires',
    'structure partenaire',
    'structures partenaires',
    "partenaire d'exécution",
    "partenaires d'exécution",
    'mandants',
    'partenaires sociaux',
    'ministère',
    'direction du travail',
    'direction générale du travail',
    'direction régionale du travail',
    "direction de l'emploi",
    "direction nationale de l'emploi",
    "direction générale de l'emploi",
    'interministériel',
    'association de travailleurs',
    'associations de travailleurs',
    'syndicat',
    'organisation de travailleurs',
    'organisations de travailleurs',
    'organisation d\'employeurs',
    'organisations d\'employeurs',
    'ONG',
    'société civile',
    'accord de mise en œuvre',
    'accord de mise en oeuvre',
    'collectivités locales',
    'centre de formation',
  ],
  es: [
    'socio implementador',
    'socios implementadores',
    'organización socia',
    'organizaciones socias',
    'organización aliada',
    'organizaciones aliadas',
    'entidad ejecutora',
    'entidades ejecutoras',
    'cooperativa ejecutora',
    'cooperativas ejecutoras',
    'organización ejecutora',
    'organizaciones ejecutoras',
    'socio local',
    'socios locales',
    'contraparte',
    'mandantes',
    'interlocutores sociales',
    'ministerio',
    'dirección del trabajo',
    'dirección general del trabajo',
    'dirección de empleo',
    'dirección general de empleo',
    'secretaría de trabajo',
    'secretaría del trabajo',
    'interministerial',
    'asociación de trabajadores',
    'asociaciones de trabajadores',
    'sindicato',
    'organización de trabajadores',
    'organizaciones de trabajadores',
    'organización de empleadores',
    'organizaciones de empleadores',
    'ONG',
    'sociedad civil',
    'gobiernos locales',
    'centro de formación',
  ],
})

/**
 * Heading words that say a section is about who the project works with. A
 * governance, management or coordination heading says how the project is run
 * ("Governance + Runtime upgrade" in a software grant, "Project Management &
 * Operations"): only the partners its text names show that the project works
 * through them.
 */
export const partnerHeadings = defineLexicon('partner headings', {
  en: [
    'partner',
    'partnership',
    'stakeholder',
    'implementing agency',
    'implementing agencies',
    'executing agency',
    'executing agencies',
    'implementing organisation',
    'implementing organization',
    'implementing bodies',
    'executing bodies',
    'implementing entities',
    'implementation arrangements',
    'institutional arrangements',
    'who we will work with',
    'who we would work with',
    'collaborators',
    'constituents',
  ],
  fr: [
    'partenaire',
    'partenariat',
    'parties prenantes',
    "agence d'exécution",
    "agences d'exécution",
    'dispositif de mise en œuvre',
    'dispositif de mise en oeuvre',
    'modalités de mise en œuvre',
    'modalités de mise en oeuvre',
    'arrangements institutionnels',
    'cadre institutionnel',
    'dispositif institutionnel',
    'avec qui',
    'mandants',
  ],
  es: [
    'socio',
    'partes interesadas',
    'actores',
    'instancias ejecutoras',
    'entidades ejecutoras',
    'organismos ejecutores',
    'modalidades de ejecución',
    'arreglos institucionales',
    'con quién',
    'con quiénes',
    'contrapartes',
    'alianzas',
    'aliados',
  ],
})

/** Whether the project works through implementing partners or constituents. */
export function worksThroughPartners(model: ProposalModel): boolean {
  return partnersEvidence(model) !== null
}

/**
 * What shows the project works through partners: a section with content whose
 * heading names partners or stakeholders, or partners named in the plans;
 * null when nothing does.
 */
export function partnersEvidence(model: ProposalModel): {section: Section} | {mentions: Match[]} | null {
  // A heading that asks ("Q4. Who are your partners?") names its section all the same.
  const namesPartners = (section: Section) => model.find(partnerHeadings, {within: section.heading.range, includeNegated: true}).length > 0
  const section = model.sectionsOf('stakeholders').find((each) => namesPartners(each) && hasRealContent(model, each))
  if (section) return {section}
  // Background text tells the situation, but a sentence of it may say how this project will be run:
  // "This project will be implemented by the ILO together with the Ministry of Labour…".
  const namedPartner = overlapsAnyInItsSentence(model.find(partnerHeadings))
  const mentions = model
    .find(implementingPartners)
    .filter((mention) => (!mention.section?.isIn('background') || plansTheProject(mention)) && (namedPartner(mention) || !applicantsOwn(mention)))
  return mentions.length > 0 ? {mentions} : null
}

/** The applicant's own words for itself ("our Yaba training centre", "notre centre de formation"). */
const APPLICANTS = new Set(['our', 'notre', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras'])

/**
 * Whether the applicant names the body as its own: "Our own trainers teach every course at our training
 * centre". "Our partner organisations" are still partners: the caller asks this of other mentions only.
 */
function applicantsOwn(mention: Match): boolean {
  const text = mention.sentence.text
  const before = wordIndexBefore(text, mention.sentenceIndex)
  // The possessive or one word before the name ("our Yaba training centre").
  const tokens = words(text)
  return [before, before - 1].some((index) => index >= 0 && APPLICANTS.has(tokens[index]!.word))
}

/** Whether a mention's sentence is a plan of the project's ("the project will be implemented with…"), not its history. */
function plansTheProject(mention: Match): boolean {
  const {sentence} = mention
  return sentence.has(planMarkers) && sentence.has(projectWord) && !isHistory(sentence, mention)
}

/**
 * Whether a mention sits in a biography or a track record (a paragraph, list
 * item or table row that gives someone's years of experience, previous post or
 * degree): "In her previous post she taught a course on Conventions 97 and
 * 143" is what the manager did, not what the project rests on or plans.
 */
export function inBiography(model: ProposalModel, match: Match): boolean {
  return model.find(biographyMarkers, {within: match.sentence.block}).some((marker) => related(match, marker, 'block'))
}

/**
 * Whether a body is named as the source of figures, not as a partner: "Según los registros de control
 * migratorio del Ministerio del Interior", "les statistiques de sortie publiées par le ministère des Affaires
 * étrangères", "IOM survey data". A source word in one phrase with the body says so.
 */
export function citedAsASource(match: Match): boolean {
  const {text} = match.sentence
  if (authorOfANote(match)) return true
  return match.sentence.find(citedAsSource, {includeNegated: true}).some(
    (source) =>
      related(source, match, 'phrase') ||
      // "les statistiques de sortie publiées par le ministère des Affaires étrangères": the body as the agent of the figures.
      (source.sentenceIndex < match.sentenceIndex && related(source, match, 'clause') && SOURCE_AGENT.test(text.slice(source.sentenceIndex, match.sentenceIndex))),
  )
}

/**
 * Whether a body is named as who pays for the project, not as a partner in it: "funded by the Department of Foreign
 * Affairs and Trade", "Bailleur : ministère des Affaires étrangères du Luxembourg", a front matter's `donor:` field.
 */
export function namedAsTheFunder(match: Match): boolean {
  const section = match.sentence.section
  if (section?.heading.style === 'field' && FUNDER_KEY.test(section.heading.title)) return true
  return relatedMentions(match, funder, 'phrase', {includeNegated: true}).length > 0
}

/** A front matter key that names the funder: "donor", "funder", "bailleur", "donante". */
const FUNDER_KEY = /^(?:donors?|funders?|funding|bailleurs?|donantes?|financiador(?:es)?)$/iu

/**
 * Whether a body opens a footnote as the author of the work it cites: "[^5]: ITC-ILO, Board of the Centre, document CC
 * 82/3 (2019), …", "[^5]: Centre international de formation de l'OIT (CIF-OIT), évaluations …", "[^5]: CIF-OIT (2019),
 * *Evaluación …*". The body wrote a source; it takes no part in the project.
 */
export function authorOfANote(match: Match): boolean {
  const {sentence} = match
  if (sentence.inNote !== true || sentence.range.start.offset !== sentence.block.start.offset) return false
  const before = sentence.text.slice(0, match.sentenceIndex)
  const after = sentence.text.slice(match.sentenceIndex + match.text.length)
  // The author's name, or the acronym in brackets after it: "Centre international de formation de l'OIT (CIF-OIT), …".
  return (NOTE_AUTHOR_BEFORE.test(before) && NOTE_AUTHOR_AFTER.test(after)) || (NOTE_AUTHOR_NAMED_BEFORE.test(before) && /^\)\s*[,(]/u.test(after))
}

/** What may stand before a note's author: nothing, or an article. */
const NOTE_AUTHOR_BEFORE = /^\s*(?:the |l['’]|la |le |les |el |los |las )?$/iu
/** A note's author named in full, before its acronym in brackets. */
const NOTE_AUTHOR_NAMED_BEFORE = /^[^,()\r\n]{1,80}\($/u
/** What follows a note's author: its acronym in brackets, then a comma or the year in brackets. */
const NOTE_AUTHOR_AFTER = /^\s*(?:\([^()\r\n]{1,20}\)\s*)?[,(]/u

/**
 * What puts a body as the agent of figures named just before it: "… published by the", "… publiées par le", "… compiladas
 * por el", with the head of a name the mention leaves out ("… entregadas por el Ministerio de [Relaciones Exteriores]").
 */
const SOURCE_AGENT = /\b(?:by|par|por)(?:\s+(?:the|le|la|les|l'|l’|el|los|las))?(?:\s+(?:ministry|ministère|ministerio|department|departamento|direction|dirección|secretaría)\s+(?:of|de|des|du))?\s*$/iu

/**
 * Whether a body turns the project down: in a clause of its own after it ("MNEC has withdrawn from it following the
 * change in 2.3"), or in the next sentence of its block, which opens by naming it again ("Entretiens avec … le
 * Ministère des Affaires étrangères (MAE). Le MAE a fait savoir en juin qu'il ne souhaitait pas s'engager dans le
 * projet"). A refusal before the mention is someone else's.
 */
export function turnsTheProjectDown(model: ProposalModel, match: Match): boolean {
  // The first refusal after it only: a sentence may name thousands of bodies and refusals.
  if (match.sentence.find(refusal, {includeNegated: true, from: match.sentenceIndex + match.text.length, limit: 1}).some((refused) => related(refused, match, 'clause'))) return true
  const after = nextSentenceOf(model, match.sentence)
  return after !== undefined && after.find(refusal, {includeNegated: true}).length > 0 && opensByNamingItAgain(after.text, match)
}

/**
 * Whether a sentence names a body again among its first words, by a word of its name ("Las centrales…" after "las
 * centrales sindicales") or by the acronym its name gave ("… le Ministère des Affaires étrangères (MAE). Le MAE…").
 */
export function opensByNamingItAgain(text: string, match: Match): boolean {
  const named = new Set(words(match.text).filter((token) => token.word.length >= 4 || /^\p{Lu}{2,}/u.test(match.text.slice(token.start, token.end))).map((token) => token.word))
  const after = match.sentenceIndex + match.text.length
  const acronym = ACRONYM_GIVEN.exec(match.sentence.text.slice(after, after + ACRONYM_REACH))?.[1]
  if (acronym) named.add(acronym.toLowerCase())
  return words(text).slice(0, NAMED_AGAIN_WITHIN).some((token) => named.has(token.word))
}

/** An acronym in brackets right after a name: " (MAE)"; read in the few characters that can hold it. */
const ACRONYM_GIVEN = /^\s*\((\p{Lu}[\p{Lu}\d&-]{1,11})\)/u
const ACRONYM_REACH = 20

/** Among how many opening words a sentence names a body again: "Le MAE a fait savoir…", "The two ministries…". */
const NAMED_AGAIN_WITHIN = 3

/** The next sentence of a sentence's block, once per sentence: one may name thousands of bodies. */
export function nextSentenceOf(model: ProposalModel, sentence: Sentence): Sentence | undefined {
  if (!nextSentences.has(sentence)) {
    nextSentences.set(sentence, model.sentences({within: {start: sentence.range.end, end: sentence.block.end}, includeHeadings: false})[0])
  }
  return nextSentences.get(sentence)
}

const nextSentences = new WeakMap<Sentence, Sentence | undefined>()
