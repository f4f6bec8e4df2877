// What linting one file's text computes, as plain data that can cross a thread
// boundary: `lintFiles` runs these jobs in its pool of worker threads (pool.ts),
// or in its own thread when it has no pool. Reading and writing files stay in
// `lintFiles`; a job sees only text.

import {fixText, type FixTextResult} from '../engine/fix-loop.js'
import {lintModel, type LintOptions} from '../engine/run.js'
import {buildModel} from '../model/model.js'
import {proposalVerdict} from '../model/proposal.js'
import type {LintResult, Rule} from '../types.js'

export interface FileJob {
  /** `lint`: the diagnostics of the text; `fix`: apply every fix, re-lint until stable. */
  kind: 'lint' | 'fix'
  text: string
  filePath: string
  /** Everything of `LintOptions` but the rules, which the side running the job holds. */
  options: Omit<LintOptions, 'rules'>
  /** Lint only if the text is a proposal (`proposalVerdict`); otherwise answer `not-a-proposal`. */
  proposalsOnly: boolean
}

export type FileJobOutcome =
  | {kind: 'not-a-proposal'}
  | {kind: 'linted'; result: LintResult}
  | {kind: 'fixed'; fixed: FixTextResult}

export function runFileJob(rules: readonly Rule[], job: FileJob): FileJobOutcome {
  const options = {...job.options, rules}
  // A fix builds its own models (one per pass): the text's model only when it decides something.
  const model = job.kind === 'lint' || job.proposalsOnly ? buildModel(job.text, {filePath: job.filePath}) : undefined
  if (job.proposalsOnly && !proposalVerdict(model!).proposal) return {kind: 'not-a-proposal'}
  if (job.kind === 'fix') return {kind: 'fixed', fixed: fixText(job.text, {...options, filePath: job.filePath})}
  return {kind: 'linted', result: lintModel(model!, options)}
}
