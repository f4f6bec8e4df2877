// How the rules explain their verdicts (`lessonlint explain`, hovers, SARIF
// related locations): one call per reason, quoting the text that made the rule
// apply or satisfied it, or naming what it looked for and did not find.
import type {Evidence, Match, Range, RuleContext} from '@lessonlint/core'

/** Evidence notes quoted per reason: enough to see why, not every mention of a long document. */
const MAX_QUOTED = 3

type Explaining = Pick<RuleContext<string, unknown>, 'explain'>

/** A match's text as the reader wrote it, quoted. */
export function quote(match: Pick<Match, 'text'>): string {
  return `“${match.text.replace(/\s+/gu, ' ')}”`
}

function note(context: Explaining, role: Evidence['role'], label: string, matches: readonly Match[] | Range | undefined): void {
  if (matches === undefined || !Array.isArray(matches)) {
    context.explain({role, message: label, ...(matches ? {range: matches as Range} : {})})
    return
  }
  for (const match of matches.slice(0, MAX_QUOTED)) context.explain({role, message: `${label}: ${quote(match)}`, range: match.range})
}

/** The rule applies because of these mentions (or this place). */
export function applies(context: Explaining, label: string, evidence?: readonly Match[] | Range): void {
  note(context, 'applies', label, evidence)
}

/** The rule does not apply: its scope is absent ("no training component"). */
export function notApplicable(context: Explaining, why: string, where?: Range): void {
  note(context, 'not-applicable', why, where)
}

/** What meets the lesson. */
export function satisfiedBy(context: Explaining, label: string, evidence?: readonly Match[] | Range): void {
  note(context, 'satisfied-by', label, evidence)
}

/** What the rule looked for and did not find. */
export function missing(context: Explaining, what: string, where?: Range): void {
  note(context, 'missing', what, where)
}
