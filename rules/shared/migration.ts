// Scope helpers of the migration and partner rules: whether a proposal is a
// labour migration project (CHECKLIST "Migration project"), and where a
// finding about its partners points.
import {defineLexicon, type Match, type ProposalModel, type Range} from '@lessonlint/core'

import {labourMigration} from '../lexicons/migration.js'
import {applies} from './explain.js'
import {currentMentions, frontMatterList} from './mentions.js'

/** A sentence that states an objective, wherever it sits ("**Development objective:** ..."). */
const objectiveWord = defineLexicon('objective', {
  en: ['objective', 'goal', 'outcome', 'purpose', 'aim'],
  fr: ['objectif', 'finalité', 'but du projet'],
  es: ['objetivo', 'propósito', 'meta'],
})

/**
 * Whether the proposal is a labour migration project: front matter `themes`
 * lists migration, or labour migration / migrant workers are the subject of
 * the title or of an objective. A mention elsewhere ("irregular migration" in
 * a gender analysis) does not make one.
 */
export function isMigrationProject(model: ProposalModel): boolean {
  return migrationProject(model) !== null
}

/** What makes a proposal a migration project: the `themes` entry, or the mentions in its title or objectives. */
export type MigrationEvidence = {via: 'themes'; range: Range} | {via: 'title' | 'objective'; mentions: Match[]}

/** Why the proposal is a migration project (see `isMigrationProject`), or null when it is not one. */
export function migrationProject(model: ProposalModel): MigrationEvidence | null {
  let migration = migrationCache.get(model)
  if (migration === undefined) {
    migration = judgeMigrationProject(model)
    migrationCache.set(model, migration)
  }
  return migration
}

const migrationCache = new WeakMap<ProposalModel, MigrationEvidence | null>()

function judgeMigrationProject(model: ProposalModel): MigrationEvidence | null {
  if (frontMatterList(model, 'themes').some((theme) => /\bmigration\b|\bmigra/u.test(theme))) {
    return {via: 'themes', range: model.frontMatter?.entries.get('themes')?.valueRange ?? model.titleRange}
  }
  const title = model.title
  const inTitle = title ? model.find(labourMigration, {within: title.range}) : []
  if (inTitle.length > 0) return {via: 'title', mentions: inTitle}
  const mentions = currentMentions(model, labourMigration, {notIn: ['gender', 'risks'], allowHistory: true})
  const objectives = mentions.filter((match) => match.section?.isIn('objectives') || match.sentence.has(objectiveWord))
  return objectives.length > 0 ? {via: 'objective', mentions: objectives} : null
}

/** Why a migration rule does not apply (`lessonlint explain`). */
export const NOT_A_MIGRATION_PROJECT =
  'not a migration project: `themes` does not list migration, and labour migration is not the subject of the title or of an objective'

/** Explains what makes the proposal a migration project. */
export function explainMigrationProject(context: Parameters<typeof applies>[0], evidence: MigrationEvidence): void {
  if (evidence.via === 'themes') applies(context, 'migration project: `themes` in the front matter lists migration', evidence.range)
  else if (evidence.via === 'title') applies(context, 'migration project: labour migration in the title', evidence.mentions)
  else applies(context, 'migration project: labour migration in an objective', evidence.mentions)
}

/**
 * Where a finding about partners points: the first stakeholders section with
 * content (a Word export's bold title "...Migration Governance in Ethiopia"
 * is no partners section), else the first one, else the title.
 */
export function stakeholdersOrTitle(model: ProposalModel): Range {
  const sections = model.sectionsOf('stakeholders')
  return (sections.find((section) => section.hasContent) ?? sections[0])?.heading.range ?? model.titleRange
}
