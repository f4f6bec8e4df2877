// Whether a Markdown document is a project proposal, so that a run over a
// whole repository lints proposals and leaves READMEs, changelogs and docs
// pages alone (as ESLint decides what it lints). Paths named on the command
// line are always linted; this decides for the files found by looking around.
import type {ProposalModel, SectionKind} from '../types.js'

/** Section kinds that proposals have and ordinary documents rarely combine. */
const PROPOSAL_KINDS: readonly SectionKind[] = [
  'objectives',
  'activities',
  'budget',
  'monitoring',
  'risks',
  'sustainability',
  'gender',
  'stakeholders',
]

/** Front matter keys of CHECKLIST.md that only a proposal carries. */
const PROPOSAL_KEYS = ['themes', 'components', 'duration_months', 'budget_total', 'countries', 'currency']

/** Titles that say what the document is: "Concept Note: …", "Project proposal", "Note conceptuelle", "Propuesta de proyecto". */
const PROPOSAL_TITLE =
  /\b(?:proposals?|concept notes?|project documents?|grant applications?|funding requests?|propositions? de projet|notes? conceptuelles?|documents? de projet|demandes? de financement|propuestas?|notas? conceptual(?:es)?|documentos? de proyecto|solicitud(?:es)? de financiamiento)\b/iu

/**
 * How many different proposal section kinds make a document a proposal: two
 * ("Objectives" and "Budget", "Activities" and "Risks"). One is common in any
 * README ("Installation", "Budget"); three would miss the short concept notes.
 */
export const PROPOSAL_SECTION_THRESHOLD = 2

export interface ProposalVerdict {
  proposal: boolean
  /** Why, in words a user reads in `explain` and `--print-config`. */
  reason: string
}

/**
 * Whether the document is a proposal: front matter `lessonlint.proposal`
 * decides when given; else a CHECKLIST.md front matter key makes one; else
 * headings of at least `PROPOSAL_SECTION_THRESHOLD` proposal section kinds.
 */
export function proposalVerdict(model: ProposalModel): ProposalVerdict {
  const declared = model.frontMatter?.entries.get('lessonlint.proposal')?.value
  if (typeof declared === 'boolean') {
    return {proposal: declared, reason: `front matter says \`lessonlint.proposal: ${declared}\``}
  }
  const key = PROPOSAL_KEYS.find((name) => model.frontMatter?.entries.has(name))
  if (key) return {proposal: true, reason: `front matter has the proposal key \`${key}\``}
  const title = model.title?.title ?? ''
  if (PROPOSAL_TITLE.test(title)) return {proposal: true, reason: `the title names a proposal (“${title}”)`}
  const kinds = PROPOSAL_KINDS.filter((kind) => model.sections.some((section) => section.kinds.includes(kind)))
  if (kinds.length >= PROPOSAL_SECTION_THRESHOLD) {
    return {proposal: true, reason: `headings of ${kinds.length} proposal section kinds (${kinds.join(', ')})`}
  }
  const found = kinds.length === 0 ? 'no proposal section heading' : `headings of only ${kinds.length} proposal section kind (${kinds.join(', ')})`
  return {
    proposal: false,
    reason: `${found}, no proposal front matter; at least ${PROPOSAL_SECTION_THRESHOLD} section kinds (${PROPOSAL_KINDS.join(', ')}) or \`lessonlint.proposal: true\` make one`,
  }
}
