// ilo-coherence: a migration project links to the ILO's labour migration branch
// at headquarters and to ILO field offices (seed 003; seed 004, recommendation 4).
import {clauseBounds, relatedTo, wordIndexBefore, wordIndexFrom, words, type Match, type ProposalModel, type Rule} from '@lessonlint/core'

import {forInformationOnly, headquartersPlace, seatOfABody, iloFieldOffices, iloHeadquarters, organisationUnit, technicalUnit} from '../lexicons/partners.js'
import {iloName} from '../lexicons/training.js'
import {missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions, inClauseWith, insideMatchOf} from '../shared/mentions.js'
import {inBiography} from '../shared/partners.js'
import {explainMigrationProject, migrationProject, NOT_A_MIGRATION_PROJECT, stakeholdersOrTitle} from '../shared/migration.js'
import {itcIloBoardCC82, lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'missingBoth' | 'missingHeadquarters' | 'missingField'

type Link = 'headquarters' | 'field'

type Options = {
  links: Link[]
}

/**
 * "MIGRANT" is the branch's acronym only when written in capitals, and not as
 * a word of a capitalised phrase ("MIGRANT WORKERS' CENTRES"); "migrant" is
 * everywhere in these proposals.
 */
function isHeadquartersLink(match: Match): boolean {
  if (match.term !== 'MIGRANT') return true
  if (match.text !== 'MIGRANT') return false
  const {text} = match.sentence
  // The sentence's own words, asked by bisection: a sentence may name migrants thousands of times.
  const next = words(text)[wordIndexFrom(text, match.sentenceIndex + match.text.length)]
  const written = next ? text.slice(next.start, next.end) : ''
  return !/^\p{Lu}{2,}$/u.test(written)
}

/**
 * Headquarters named by what it is rather than by name: a technical unit or
 * technical support said of headquarters in one clause ("exchanges with the
 * competent technical unit at headquarters", "Unité technique du BIT à
 * Genève", "la unidad técnica competente de la sede").
 */
function technicalUnitsAtHeadquarters(model: ProposalModel): Match[] {
  // "con sede en Lima", "dont le siège est à Saint-Louis": where a body sits, not the ILO's headquarters.
  const places = currentMentions(model, headquartersPlace).filter((place) => !insideMatchOf(place, seatOfABody))
  const technical = currentMentions(model, technicalUnit).filter((unit) => relatedTo(unit, places, 'clause').length > 0 && !anotherBodysHeadquarters(unit))
  // Any unit, team or branch, when the ILO is named with its headquarters: "the International Labour Office's
  // headquarters unit responsible for labour migration in Geneva", "el equipo de migración laboral de la sede de la OIT".
  const ilo = currentMentions(model, iloName)
  const units = currentMentions(model, organisationUnit).filter((unit) => relatedTo(unit, places, 'clause').length > 0 && relatedTo(unit, ilo, 'clause').length > 0)
  return [...technical, ...units].sort((a, b) => a.range.start.offset - b.range.start.offset)
}

/**
 * Whether the clause of a unit at headquarters gives it to another body, by that body's acronym as the owner of what
 * it names ("IOM's Labour Mobility division at headquarters will provide technical backstopping to IOM's components",
 * "la division … de l'OIM au siège", "el apoyo técnico de la sede de la OIM"), and the ILO's by none: a clause that
 * also names the ILO's own ("ILO's MIGRANT branch at headquarters, with IOM's regional office") is the ILO's link.
 */
function anotherBodysHeadquarters(unit: Match): boolean {
  const {text} = unit.sentence
  const [start, end] = clauseBounds(text, unit.sentenceIndex, unit.sentenceIndex + unit.text.length)
  const clause = text.slice(start, end)
  const owners = [...clause.matchAll(ANOTHER_BODYS)].map((found) => found[1] ?? found[2] ?? '')
  return owners.length > 0 && owners.every((owner) => !ILO_ACRONYMS.has(owner))
}

/** An acronym that owns what it stands with: "IOM's", "de l'OIM", "de la OIM", "del PNUD". */
const ANOTHER_BODYS = /(?<![\p{L}\p{N}])(\p{Lu}{2,})['’]s(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:de l['’]|de la |du |del )(\p{Lu}{2,})(?![\p{L}\p{N}])/gu
const ILO_ACRONYMS = new Set(['ILO', 'OIT', 'BIT'])

/** An office word that names no ILO body itself ("field offices", "oficina regional"), as opposed to "ILO Country Office", "ETD/BP". */
const GENERIC_OFFICE = /^(?:field offices?|country office|regional office|bureau régional|bureaux extérieurs|oficina regional|oficinas exteriores|oficina de país|bureau de pays|bureau sous-régional|oficina subregional)$/iu
/** The word after "of", "du", "del" that says whose an office is: "field offices of Caritas Maroc", "la oficina regional del Fondo Nórdico". */
const OWNER_AFTER = /^\s+(?:of|de|du|des|del)\s+(?:(?:the|la|le|el|los|las)\s+|l['’])?([\p{L}\p{N}-]+)/u
/** Words that name a body, not a place: "du réseau Passerelles", "del Fondo Nórdico", "of the NGO network". */
const BODY_WORD = /^(?:network|réseau|red|fund|fonds|fondo|foundation|fondation|fundación|NGO|ONG|association|asociación|consortium|consorcio|project|projet|proyecto|programme|program|programa|agency|agence|agencia|donor|bailleur|donante)$/iu
/** Possessives that make an office the applicant's: "our regional office", "notre bureau régional", "nuestra oficina regional". */
const OUR = new Set(['our', 'notre', 'nos', 'nuestra', 'nuestras', 'nuestro', 'nuestros'])
/** Another body's acronym in the possessive: "IOM's field offices", "DTDA's regional office". */
const ACRONYM_POSSESSIVE = /^\p{Lu}{2,}['’]s$/u
/** Names of the ILO, which own its offices. */
const ILO_NAMES = /^(?:ILO|OIT|BIT|International|Organisation|Organización|Bureau|Office)$/u

/**
 * Whether a generic office word names another body's office: "the field offices of Caritas Maroc", "la oficina
 * regional del Fondo Nórdico", "our regional office", "IOM's field offices". Named as the ILO's, or bare, it is the ILO's.
 */
function anotherBodysOffice(match: Match): boolean {
  if (!GENERIC_OFFICE.test(match.text)) return false
  const {text} = match.sentence
  const owner = OWNER_AFTER.exec(text.slice(match.sentenceIndex + match.text.length))?.[1]
  // Another body's by an acronym or a body word after the office; a field office of any other name ("of Caritas
  // Maroc"), where the ILO's would be "in" a place; a regional office "of Dakar" may be the ILO's in Dakar.
  if (owner !== undefined && !ILO_NAMES.test(owner)) {
    if (/^\p{Lu}{2,}$/u.test(owner) || BODY_WORD.test(owner)) return true
    if (/^field/iu.test(match.text) && /^\p{Lu}/u.test(owner)) return true
  }
  const before = words(text)[wordIndexBefore(text, match.sentenceIndex)]
  return before !== undefined && (OUR.has(before.word) || ACRONYM_POSSESSIVE.test(text.slice(before.start, before.end)))
}

const rule: Rule<MessageId, Options> = {
  meta: {
    id: 'ilo-coherence',
    summary: "A migration project links to the ILO's Labour Migration Branch (MIGRANT) at headquarters and to ILO field offices.",
    severity: 'info',
    tags: ['migration', 'coherence', 'ilo'],
    lesson:
      'There is need for greater coordination and coherence within the ILO on migration; the project stood out as a good practice by linking the headquarters MIGRANT programme with field offices, which are crucial to sustain project interventions.',
    sources: [lmppEvaluation2009, itcIloBoardCC82],
    messages: {
      missingBoth: {
        problem: "The migration project plans no link to the ILO's Labour Migration Branch (MIGRANT) or another headquarters technical unit, nor to ILO field offices.",
        why: 'Without these links, projects drift from the ILO rights-based approach and results are not sustained after the project (evaluation of the LMPP project, 2009).',
        fix: 'Say who gives technical backstopping at headquarters (the Labour Migration Branch, MIGRANT) and which ILO country or regional office and Decent Work Team the project works through.',
      },
      missingHeadquarters: {
        problem: "The migration project plans no link to the ILO's Labour Migration Branch (MIGRANT) or another headquarters technical unit.",
        why: 'Decentralised projects that do not exchange with MIGRANT may not promote the rights-based approach (evaluation of the LMPP project, 2009; ITC-ILO Board CC 82/3).',
        fix: 'Plan technical backstopping and review by the Labour Migration Branch (MIGRANT) at ILO headquarters, for example of draft policies, tools and training content.',
      },
      missingField: {
        problem: 'The migration project plans no link to ILO field offices (country, regional or sub-regional offices, Decent Work Teams).',
        why: 'ILO field offices are crucial actors to sustain project interventions (evaluation of the LMPP project, 2009).',
        fix: 'Say which ILO country or regional office and Decent Work Team the project is managed from or works with, and what they do.',
      },
    },
    translations: {fr, es},
    optionsSchema: {
      type: 'object',
      properties: {
        links: {
          type: 'array',
          items: {enum: ['headquarters', 'field']},
          uniqueItems: true,
          minItems: 1,
          description: 'The links a migration project must plan.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {links: ['headquarters', 'field']},
  },
  check(context) {
    const {model, options} = context
    const migration = migrationProject(model)
    if (!migration) return notApplicable(context, NOT_A_MIGRATION_PROJECT)
    explainMigrationProject(context, migration)
    const wanted = new Set<Link>(options.links ?? ['headquarters', 'field'])
    // A link in a team member's biography ("formerly with the ILO Country Office") is no link the project plans, nor
    // an office that only receives the project's papers ("sent to all ILO country offices for their information").
    const current = (match: Match) => !inBiography(model, match) && !inClauseWith(match, forInformationOnly)
    const headquartersLinks = wanted.has('headquarters')
      ? [...currentMentions(model, iloHeadquarters).filter(isHeadquartersLink), ...technicalUnitsAtHeadquarters(model)].filter(current)
      : []
    const fieldLinks = wanted.has('field') ? currentMentions(model, iloFieldOffices).filter((match) => current(match) && !anotherBodysOffice(match)) : []
    const headquarters = !wanted.has('headquarters') || headquartersLinks.length > 0
    const field = !wanted.has('field') || fieldLinks.length > 0
    if (headquartersLinks.length > 0) satisfiedBy(context, 'link to ILO headquarters (MIGRANT or a technical unit)', headquartersLinks)
    if (fieldLinks.length > 0) satisfiedBy(context, 'link to an ILO field office', fieldLinks)
    if (headquarters && field) return
    if (!headquarters) missing(context, "a link to the ILO's Labour Migration Branch (MIGRANT) or another headquarters technical unit")
    if (!field) missing(context, 'a link to an ILO country, regional or sub-regional office or Decent Work Team')
    const messageId: MessageId = !headquarters && !field ? 'missingBoth' : headquarters ? 'missingField' : 'missingHeadquarters'
    context.report({messageId, range: stakeholdersOrTitle(model)})
  },
}

export default rule
