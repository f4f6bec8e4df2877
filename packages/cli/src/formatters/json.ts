import type {Diagnostic, Fix, Severity} from '@lessonlint/core'
import {displayPath} from './paths.js'
import type {Formatter} from './types.js'

export interface JsonMessage {
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  fix?: Fix
}

export interface JsonResult {
  /** Relative to cwd, with forward slashes. */
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
  fixableCount: number
  /** Findings that inline or front matter disables silenced, as ESLint's `suppressedMessages`. */
  suppressedMessages: Array<JsonMessage & {suppressions: Array<{kind: 'directive'; justification: string}>}>
  /** The fixed text, under `--fix-dry-run` only. */
  output?: string
  /** Under `--fix`: the fixes were not written to the file, and why (`messages` are then the file's as it is). */
  fixSkipped?: {reason: string; message: string}
}

function toMessage(d: Diagnostic): JsonMessage {
  const message: JsonMessage = {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
  }
  if (d.fix) message.fix = d.fix
  return message
}

/** One entry per linted file, clean files included, in the shape of ESLint's json formatter. */
export const json: Formatter = (results, context) => {
  const out: JsonResult[] = results.map((result) => {
    const entry: JsonResult = {
      filePath: displayPath(result.filePath, context.cwd),
      messages: result.diagnostics.map(toMessage),
      suppressedMessages: (result.suppressed ?? []).map((d) => ({
        ...toMessage(d),
        suppressions: [{kind: 'directive', justification: d.suppression?.justification ?? ''}],
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      fixableCount: result.fixableCount,
    }
    if (result.output !== undefined) entry.output = result.output
    if (result.fixSkipped !== undefined) entry.fixSkipped = {reason: result.fixSkipped.reason, message: result.fixSkipped.message}
    return entry
  })
  return `${JSON.stringify(out, null, 2)}\n`
}
