// Scope helpers of the migration and partner rules: whether a proposal is a
// labour migration project (CHECKLIST "Migration project"), and where a
// finding about its partners points.
import {defineLexicon, type ProposalModel, type Range} from '@lessonlint/core'

import {labourMigration} from '../lexicons/migration.js'
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
  let migration = migrationCache.get(model)
  if (migration === undefined) {
    migration = judgeMigrationProject(model)
    migrationCache.set(model, migration)
  }
  return migration
}

const migrationCache = new WeakMap<ProposalModel, boolean>()

function judgeMigrationProject(model: ProposalModel): boolean {
  if (frontMatterList(model, 'themes').some((theme) => /\bmigration\b|\bmigra/u.test(theme))) return true
  const title = model.title
  if (title && model.find(labourMigration, {within: title.range}).length > 0) return true
  const mentions = currentMentions(model, labourMigration, {notIn: ['gender', 'risks'], allowHistory: true})
  return mentions.some((match) => match.section?.isIn('objectives') || match.sentence.has(objectiveWord))
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
