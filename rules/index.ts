// The ILO lesson pack: every rule of CHECKLIST.md, in CHECKLIST order, and the presets.
// Rule ids are public API (configs, inline comments, SARIF): never rename one.
import type {ConfigFile, Rule} from '@lessonlint/core'

import requiredSections from './required-sections/index.js'
import frontmatter from './frontmatter/index.js'
import genderStrategy from './gender-strategy/index.js'
import genderBudget from './gender-budget/index.js'
import sexDisaggregatedData from './sex-disaggregated-data/index.js'
import genderExpertise from './gender-expertise/index.js'
import genderTrainingPartners from './gender-training-partners/index.js'
import genderAnalysisMenBoys from './gender-analysis-men-boys/index.js'
import itciloLink from './itcilo-link/index.js'
import trainingMaterialsSharing from './training-materials-sharing/index.js'
import trainingNeedsAssessment from './training-needs-assessment/index.js'
import trainingBeyondWorkshops from './training-beyond-workshops/index.js'
import capacityTurnover from './capacity-turnover/index.js'
import impactBeyondPrepost from './impact-beyond-prepost/index.js'
import coreCurriculum from './core-curriculum/index.js'
import participationBalance from './participation-balance/index.js'
import socialPartners from './social-partners/index.js'
import nonTraditionalPartners from './non-traditional-partners/index.js'
import interagencyCoordination from './interagency-coordination/index.js'
import migrationFramework from './migration-framework/index.js'
import iloCoherence from './ilo-coherence/index.js'
import policyImplementation from './policy-implementation/index.js'
import impactHorizon from './impact-horizon/index.js'
import participatoryMonitoring from './participatory-monitoring/index.js'
import evaluationPlan from './evaluation-plan/index.js'
import sustainabilityStrategy from './sustainability-strategy/index.js'

/** Where each rule's docs page lives; the page is `rules/<id>/README.md` in the repository. */
export const DOCS_BASE_URL = 'https://github.com/lessonlint/lessonlint/blob/main/rules/'

const pack: Rule[] = [
  requiredSections as Rule,
  frontmatter as Rule,
  genderStrategy as Rule,
  genderBudget as Rule,
  sexDisaggregatedData as Rule,
  genderExpertise as Rule,
  genderTrainingPartners as Rule,
  genderAnalysisMenBoys as Rule,
  itciloLink as Rule,
  trainingMaterialsSharing as Rule,
  trainingNeedsAssessment as Rule,
  trainingBeyondWorkshops as Rule,
  capacityTurnover as Rule,
  impactBeyondPrepost as Rule,
  coreCurriculum as Rule,
  participationBalance as Rule,
  socialPartners as Rule,
  nonTraditionalPartners as Rule,
  interagencyCoordination as Rule,
  migrationFramework as Rule,
  iloCoherence as Rule,
  policyImplementation as Rule,
  impactHorizon as Rule,
  participatoryMonitoring as Rule,
  evaluationPlan as Rule,
  sustainabilityStrategy as Rule,
]

/** Every rule of the pack, with `meta.docsUrl` filled. */
export const rules: readonly Rule[] = pack.map((rule) => ({
  ...rule,
  meta: {...rule.meta, docsUrl: `${DOCS_BASE_URL}${rule.meta.id}/README.md`},
}))

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]))

const atDefaultSeverity = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.severity]))

/**
 * Rules whose advice is about the ILO as an institution: its training centre,
 * its branches and field offices, its conventions and its tripartite
 * constituents. Another organisation's proposal has no use for them.
 */
export const ILO_INSTITUTIONAL_RULES: readonly string[] = [
  'itcilo-link',
  'ilo-coherence',
  'migration-framework',
  'core-curriculum',
  'social-partners',
  'participation-balance',
]

/**
 * `lessonlint:recommended` runs every rule at the severity CHECKLIST.md gives it.
 * `lessonlint:all` runs every rule too, but raises `info` rules to `warning`: for
 * teams that gate merges on every lesson, not only the ones the pack ranks highest.
 * `lessonlint:development` keeps the lessons that hold for any development-cooperation
 * project (gender, training follow-up, evaluation, sustainability...) and turns off
 * the ILO-institutional ones: for UN agencies, NGOs and donors.
 */
export const presets: Readonly<Record<string, ConfigFile>> = {
  'lessonlint:recommended': {rules: atDefaultSeverity},
  'lessonlint:development': {
    rules: Object.fromEntries(
      rules.map((rule) => [rule.meta.id, ILO_INSTITUTIONAL_RULES.includes(rule.meta.id) ? 'off' : rule.meta.severity]),
    ),
  },
  'lessonlint:all': {
    rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.severity === 'info' ? 'warning' : rule.meta.severity])),
  },
}
