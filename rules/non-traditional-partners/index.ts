// non-traditional-partners: a migration project reaches beyond the labour
// ministry (seed 003, lessons learned).
import {wordIndexBefore, wordIndexFrom, words, type Match, type Rule, type Sentence} from '@lessonlint/core'

import {labourMigrationUnit, nonTraditionalPartners, noWorkWith, privateRecruiters} from '../lexicons/partners.js'
import {missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {acronymMentions, currentMentions, inRiskColumn, insideMatchOf, isNamePart} from '../shared/mentions.js'
import {citedAsASource, inBiography, namedAsTheFunder, turnsTheProjectDown} from '../shared/partners.js'
import {explainMigrationProject, migrationProject, NOT_A_MIGRATION_PROJECT, stakeholdersOrTitle} from '../shared/migration.js'
import {lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'labourMinistryOnly'

/** Employment abroad names a body only in the body's name ("Department of Foreign Employment"); "recruitment for employment abroad" is a purpose. */
const PURPOSE_WORDS = /^(?:foreign|overseas) employment$|^employment abroad$/iu

function namesABody(match: Match): boolean {
  return !PURPOSE_WORDS.test(match.text) || (isNamePart(match) && !namesALaw(match))
}

/**
 * Whether the name employment abroad is part of is a law's: "the Overseas Employment Proclamation", "Foreign Employment
 * Act", "the Act on Overseas Employment". Only the English words are purpose words (`PURPOSE_WORDS`).
 */
function namesALaw(match: Match): boolean {
  const {text} = match.sentence
  const tokens = words(text)
  const next = tokens[wordIndexFrom(text, match.sentenceIndex + match.text.length)]
  let before = wordIndexBefore(text, match.sentenceIndex)
  while (before > 0 && LAW_LINKS.has(tokens[before]!.word)) before--
  return INSTRUMENTS.has(next?.word ?? '') || INSTRUMENTS.has(tokens[before]?.word ?? '')
}

const INSTRUMENTS = new Set(['act', 'proclamation', 'law', 'decree', 'ordinance', 'regulation', 'regulations', 'code', 'bill'])
/** Words between a law and what it is on: "the Act on Overseas Employment". */
const LAW_LINKS = new Set(['on', 'the'])

/** Words that name back bodies named before: "those authorities", "them", "ces services", "elles", "dichas instituciones". */
const NAMING_BACK = new Set(['those', 'these', 'them', 'it', 'such', 'ces', 'cette', 'ce', 'eux', 'elles', 'elle', 'lui', 'esas', 'esos', 'estas', 'estos', 'dichas', 'dichos', 'ellas', 'ellos', 'ella'])

/**
 * Whether a later clause of the sentence says the project does nothing with the body, naming it back: "they are handled
 * by the national migration authorities with UNHCR and IOM, and the programme has no activities with those authorities".
 */
function disownedLater(match: Match): boolean {
  return match.sentenceIndex + match.text.length <= lastDisowning(match.sentence)
}

/** Where the sentence's last clause that disowns bodies named back starts, or -1; once per sentence. */
function lastDisowning(sentence: Sentence): number {
  let at = disowningBySentence.get(sentence)
  if (at === undefined) {
    const {text} = sentence
    const tokens = words(text)
    const namingBack = sentence.find(noWorkWith, {includeNegated: true}).filter((none) => NAMING_BACK.has(tokens[wordIndexFrom(text, none.sentenceIndex + none.text.length)]?.word ?? ''))
    at = namingBack.at(-1)?.sentenceIndex ?? -1
    disowningBySentence.set(sentence, at)
  }
  return at
}

const disowningBySentence = new WeakMap<Sentence, number>()

const rule: Rule<MessageId> = {
  meta: {
    id: 'non-traditional-partners',
    summary: 'A migration project works with partners beyond the labour ministry: foreign employment, foreign affairs, interior.',
    severity: 'info',
    tags: ['migration', 'partners'],
    lesson:
      'Labour ministries may not be the most important partners to effect changes in migration policy and practice; with many countries establishing foreign-employment ministries, ILO staff have to reach out to non-traditional partners.',
    sources: [lmppEvaluation2009],
    messages: {
      labourMinistryOnly: {
        problem: 'The migration project names no partner beyond the labour ministry: no foreign or overseas employment ministry or bureau, foreign affairs, interior or diaspora affairs.',
        why: 'Migration policy and practice are often decided outside labour ministries (evaluation of the LMPP project, 2009).',
        fix: 'Identify which ministries and agencies govern migration in the countries concerned (overseas employment bureau, foreign affairs and labour attachés, interior or immigration, diaspora affairs) and give them a role.',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    const migration = migrationProject(model)
    if (!migration) return notApplicable(context, NOT_A_MIGRATION_PROJECT)
    explainMigrationProject(context, migration)
    // A partner in a team member's biography ("a former officer of the foreign employment bureau") is no partner of the project.
    // A ministry named as the source of figures ("según los registros del Ministerio del Interior") has no role, nor does
    // another country's foreign ministry that funds the project ("funded by the Department of Foreign Affairs and Trade").
    // A risk table's cell outside the mitigations names a risk ("Ministry of Interior crackdowns on undocumented workers").
    // The labour ministry's own labour migration unit ("su Dirección de Migración Laboral") is the labour ministry.
    // A body named in full once is then named by its acronym ("la Dirección General de Migración y Extranjería (DGME) …
    // gestionadas con la DGME"). A body that turns the project down ("MNEC has withdrawn from it") is no partner.
    const acronyms = acronymMentions(model, model.find(nonTraditionalPartners, {includeNegated: true}))
    const partners = [...currentMentions(model, nonTraditionalPartners), ...acronyms]
      .filter((match) => !inBiography(model, match) && !citedAsASource(match) && !namedAsTheFunder(match) && !inRiskColumn(model, match) && !insideMatchOf(match, privateRecruiters) && !insideMatchOf(match, labourMigrationUnit) && namesABody(match) && !disownedLater(match) && !turnsTheProjectDown(model, match))
      .sort((a, b) => a.range.start.offset - b.range.start.offset)
    if (partners.length > 0) return satisfiedBy(context, 'partner beyond the labour ministry', partners)
    missing(context, 'a partner beyond the labour ministry: a foreign or overseas employment ministry or bureau, foreign affairs, interior or diaspora affairs')
    context.report({messageId: 'labourMinistryOnly', range: stakeholdersOrTitle(model)})
  },
}

export default rule
