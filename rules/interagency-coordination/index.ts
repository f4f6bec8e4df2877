// interagency-coordination: a migration project coordinates with IOM and the
// UN system (seed 003, lessons learned).
import {related, relatedTo, wordIndexFrom, words, type Match, type ProposalModel, type Rule, type Sentence} from '@lessonlint/core'

import {citedAsSource, coordination, iom, unAgencies, unCoordination} from '../lexicons/partners.js'
import {planMarkers} from '../lexicons/training.js'
import {missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions, within} from '../shared/mentions.js'
import {inBiography} from '../shared/partners.js'
import {explainMigrationProject, migrationProject, NOT_A_MIGRATION_PROJECT, stakeholdersOrTitle} from '../shared/migration.js'
import {lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noCoordination'

/** Whether a table cell naming the agency sits in a row that gives it a role (another non-empty cell). */
function rowGivesRole(model: ProposalModel, match: Match): boolean {
  if (match.sentence.container !== 'table-cell') return false
  const row = model.tableRowAt(match.range.start.offset)
  return row?.cells.some((cell) => !within(match.range, cell.range) && cell.text !== '') ?? false
}

/**
 * A planned working relation with an agency: named with a coordination word
 * in its sentence ("will coordinate with IOM"), given a role in a
 * stakeholders table or list, or given a task in the plans ("IOM will run the
 * return sessions"). "Surveys by IOM have recorded..." and "the baseline will
 * reuse IOM survey data" cite IOM as a source.
 */
function isCoordination(model: ProposalModel, match: Match): boolean {
  const {sentence} = match
  if (deniedAgencies(sentence).has(match.term)) return false
  if (sentence.find(coordination).some((word) => !saidOfTheAgency(match, word))) return true
  if (match.section?.isIn('stakeholders') && (sentence.container === 'list-item' || rowGivesRole(model, match))) {
    return true
  }
  return sentence.has(planMarkers) && !sentence.has(citedAsSource)
}

/**
 * The agencies (by term) a sentence rules out coordination with in some clause: "The consortium's contacts with IOM are
 * informal, and no coordination with IOM or other UN agencies is planned or budgeted in this action" takes back what it
 * grants first. Worked out once per sentence: one may name thousands.
 */
function deniedAgencies(sentence: Sentence): Set<string> {
  let denied = deniedBySentence.get(sentence)
  if (!denied) {
    denied = new Set()
    const denials = sentence.find(coordination, {includeNegated: true}).filter((word) => word.negated)
    if (denials.length > 0) {
      for (const agency of [...sentence.find(iom, {includeNegated: true}), ...sentence.find(unAgencies, {includeNegated: true})]) {
        if (!denied.has(agency.term) && relatedTo(agency, denials, 'clause').length > 0) denied.add(agency.term)
      }
    }
    deniedBySentence.set(sentence, denied)
  }
  return denied
}

const deniedBySentence = new WeakMap<Sentence, Set<string>>()

/** Relative pronouns that open what is said of the noun before them. */
const RELATIVE = new Set(['which', 'who', 'whom', 'que', 'qui', 'quienes', 'quien', 'lesquelles', 'lesquels', 'laquelle', 'lequel'])

/**
 * Whether a coordination word is said of the agencies themselves, in a relative clause right after them: "la OIM y
 * el ACNUR, que coordinan la Plataforma R4V" is what they do, not how the project works with them.
 */
function saidOfTheAgency(agency: Match, word: Match): boolean {
  if (word.sentenceIndex <= agency.sentenceIndex || !related(agency, word, 'clause')) return false
  const {text} = agency.sentence
  const tokens = words(text)
  const from = wordIndexFrom(text, agency.sentenceIndex + agency.text.length)
  const to = wordIndexFrom(text, word.sentenceIndex)
  // The relative pronoun within the next few words ("y el ACNUR, que …": another agency may come first), as the
  // subject: after a preposition ("la OIM, con quien se coordinará") the agency is whom the project works with.
  for (let index = from; index < to && index < from + RELATIVE_REACH; index++) {
    if (RELATIVE.has(tokens[index]!.word)) return !PREPOSITIONS.has(tokens[index - 1]?.word ?? '')
  }
  return false
}

const PREPOSITIONS = new Set(['with', 'con', 'avec', 'a', 'à', 'to', 'through', 'por', 'par'])

const RELATIVE_REACH = 5

/**
 * The UN system named as what an organisation belongs to: "L'OIT est la seule organisation tripartite du système des
 * Nations Unies", "a specialised agency of the UN system". Who belongs to it coordinates with nobody by saying so.
 */
const MEMBER_OF = /(?<![\p{L}\p{N}])(?:agenc(?:y|ies)|agences?|agencias?|organi[sz]ations?|organismes?|organismos?|organizaci[oó]n(?:es)?|institutions?|instituci[oó]n|members?|membres?|miembros?)(?![\p{L}\p{N}])[^.;:]{0,40}?(?<![\p{L}\p{N}])(?:of|du|de|del|des)\s+(?:the\s+|la\s+|las\s+|los\s+)?$/iu

function namesItsMembership(match: Match): boolean {
  const {text} = match.sentence
  const before = text.slice(Math.max(0, match.sentenceIndex - 60), match.sentenceIndex)
  return MEMBER_OF.test(before) || RULES_OF.test(before)
}

/**
 * The UN system named as whose rules the project follows: "Protocolos de seguridad del sistema de las Naciones Unidas
 * para el personal", "UN system security rules" aside, "the procedures of the UN system". Following them coordinates
 * with no agency.
 */
const RULES_OF = /(?<![\p{L}\p{N}])(?:protocols?|protocoles?|protocolos?|rules|règles|reglas|normas|procedures|procédures|procedimientos|policies|politiques|políticas|regulations|règlements|reglamentos|guidelines|directives|directrices|standards)(?![\p{L}\p{N}])[^.;:,()]{0,30}?(?<![\p{L}\p{N}])(?:of|du|de|del|des)\s+(?:the\s+|la\s+|las\s+|los\s+)?$/iu

const rule: Rule<MessageId> = {
  meta: {
    id: 'interagency-coordination',
    summary: 'A migration project plans coordination with IOM and the UN system (UN country team, UNSDCF, UN Network on Migration).',
    severity: 'warning',
    tags: ['migration', 'partners', 'un-coordination'],
    lesson:
      'The ILO needs a strategy for effective collaboration with other organisations in Delivery as One, including IOM, working with other agencies without compromising its rights-based approach and tripartite structure.',
    sources: [lmppEvaluation2009],
    messages: {
      noCoordination: {
        problem: 'The migration project plans no coordination with IOM or the UN system.',
        why: 'Where the ILO does not coordinate, IOM or others are taken as the lead migration agency and efforts are duplicated (evaluation of the LMPP project, 2009).',
        fix: 'Say how the project coordinates with IOM and other UN agencies: the UN country team, the UN Sustainable Development Cooperation Framework, the UN Network on Migration, joint planning.',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    const migration = migrationProject(model)
    if (!migration) return notApplicable(context, NOT_A_MIGRATION_PROJECT)
    explainMigrationProject(context, migration)
    // What a team member did before ("ten years with IOM") is no coordination the project plans.
    const current = (match: Match) => !inBiography(model, match)
    const unSystem = currentMentions(model, unCoordination).filter((match) => current(match) && !namesItsMembership(match))
    if (unSystem.length > 0) return satisfiedBy(context, 'coordination through the UN system', unSystem)
    const agencies = [...currentMentions(model, iom), ...currentMentions(model, unAgencies)].filter(current)
    const coordinated = agencies.filter((match) => isCoordination(model, match))
    if (coordinated.length > 0) return satisfiedBy(context, 'coordination with IOM or another UN agency', coordinated)
    missing(context, 'coordination with IOM or the UN system: the UN country team, the UNSDCF, the UN Network on Migration')
    context.report({messageId: 'noCoordination', range: stakeholdersOrTitle(model)})
  },
}

export default rule
