// migration-framework: a migration project grounds itself in the ILO's
// rights-based framework (seeds 003 and 004).
import type {Match, Rule} from '@lessonlint/core'

import {MIGRATION_CONVENTIONS, conventionByNumber, migrationFramework} from '../lexicons/migration.js'
import {citedNumbers} from '../shared/conventions.js'
import {missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions} from '../shared/mentions.js'
import {inBiography} from '../shared/partners.js'
import {explainMigrationProject, migrationProject, NOT_A_MIGRATION_PROJECT} from '../shared/migration.js'
import {itcIloBoardCC82, lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noFramework'

const rule: Rule<MessageId> = {
  meta: {
    id: 'migration-framework',
    summary: 'A migration project grounds itself in the ILO Multilateral Framework on Labour Migration or the migrant-worker conventions.',
    severity: 'info',
    tags: ['migration', 'rights', 'standards'],
    lesson:
      'ILO migration work promotes rights-based approaches through the Multilateral Framework on Labour Migration; the project helped constituents develop rights-based migration policies using the MFLM, and training should rest on the normative instruments on migrants for employment.',
    sources: [lmppEvaluation2009, itcIloBoardCC82],
    messages: {
      noFramework: {
        problem: 'The migration project does not refer to the ILO Multilateral Framework on Labour Migration or to the migrant-worker conventions (Nos 97, 143, 181, 189).',
        why: "The rights-based approach is what distinguishes the ILO's migration work from other agencies' (evaluation of the LMPP project, 2009; ITC-ILO Board CC 82/3).",
        fix: 'Say which instruments the project applies: the Multilateral Framework on Labour Migration and the relevant conventions (C97, C143, C181 on recruitment, C189 on domestic work).',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    const migration = migrationProject(model)
    if (!migration) return notApplicable(context, NOT_A_MIGRATION_PROJECT)
    explainMigrationProject(context, migration)
    // Cited anywhere, background included: the framework a project rests on is often named there; but
    // not in a team member's biography, which tells what someone did before.
    // A multilateral framework of another body ("le cadre multilatéral de la CEDEAO") is not the ILO's.
    const cited = (match: Match) => !inBiography(model, match) && !anotherBodysFramework(match)
    const framework = currentMentions(model, migrationFramework, {allowBackground: true, allowHistory: true}).filter(cited)
    if (framework.length > 0) return satisfiedBy(context, 'rights-based framework cited', framework)
    const byNumber = currentMentions(model, conventionByNumber, {allowBackground: true, allowHistory: true}).filter(cited)
    const conventions = byNumber.filter((match) => citedNumbers(match).some((number) => MIGRATION_CONVENTIONS.has(number)))
    if (conventions.length > 0) return satisfiedBy(context, 'migrant-worker convention cited', conventions)
    missing(context, 'the ILO Multilateral Framework on Labour Migration or a migrant-worker convention (Nos 97, 143, 181, 189)')
    context.report({messageId: 'noFramework', range: model.titleRange})
  },
}

/** A bare "Multilateral Framework", "cadre multilatéral", "marco multilateral": the ILO's only when no other body owns it. */
const BARE_FRAMEWORK = /^(?:multilateral framework|cadre multilat[ée]ral|marco multilateral)$/iu

/** The owner named right after a framework: "of ECOWAS", "de la CEDEAO", "del MERCOSUR" (a name, capitalised). */
const OWNER_AFTER = /^\s(?:of|de|du|des|del)(?:\s(?:the|la|l['’]|los|las))?\s?(\p{Lu}[\p{L}-]*)/u

/** How far after the framework its owner is read: "de la CEDEAO" and a long acronym. */
const OWNER_REACH = 40

/** The ILO by its names and acronyms in the three languages. */
const ILO_NAME = /^(?:ILO|OIT|BIT|International|Internationale|Organisation|Organización|Bureau)$/u

function anotherBodysFramework(match: Match): boolean {
  if (!BARE_FRAMEWORK.test(match.text)) return false
  const {text} = match.sentence
  const end = match.sentenceIndex + match.text.length
  const owner = OWNER_AFTER.exec(text.slice(end, end + OWNER_REACH))
  return owner !== null && !ILO_NAME.test(owner[1]!)
}

export default rule
