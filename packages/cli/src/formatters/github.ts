import type {Severity} from '@lessonlint/core'
import {displayPath} from './paths.js'
import type {Formatter, ReportedResult} from './types.js'

const COMMAND: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff.
 * One line per problem, no summary (Actions would print it as plain log noise).
 */
export const github: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd)
    for (const d of result.diagnostics) {
      const properties = [
        ['file', file],
        ['line', String(d.range.start.line)],
        ['col', String(d.range.start.column)],
        ['endLine', String(d.range.end.line)],
        ['endColumn', String(d.range.end.column)],
        ['title', d.ruleId],
      ]
        .map(([key, value]) => `${key}=${escapeProperty(value!)}`)
        .join(',')
      lines.push(`::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}`)
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/** The escaping of @actions/core's `escapeData`: a message may hold `%` and line breaks. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** The escaping of @actions/core's `escapeProperty`: `,` and `:` end a property. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * The job summary of a run (Markdown for $GITHUB_STEP_SUMMARY): totals, then
 * one row per file with findings (errors, warnings, the rules that fire), the
 * files with most errors first. Annotations beyond GitHub's per-step limit are
 * not lost: every finding is counted here.
 */
export function stepSummary(results: readonly ReportedResult[], cwd: string): string {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
  const flagged = results.filter((result) => result.diagnostics.length > 0)
  const lines = [
    '## lessonlint',
    '',
    `${results.length} ${results.length === 1 ? 'proposal' : 'proposals'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
    '',
  ]
  if (flagged.length > 0) {
    lines.push('| Proposal | Errors | Warnings | Rules that fire |', '| --- | ---: | ---: | --- |')
    const ordered = [...flagged].sort((a, b) => b.errorCount - a.errorCount || b.warningCount - a.warningCount)
    for (const result of ordered) {
      const rules = [...new Set(result.diagnostics.map((d) => d.ruleId))].map((id) => `\`${id}\``).join(', ')
      lines.push(`| ${tableCell(displayPath(result.filePath, cwd))} | ${result.errorCount} | ${result.warningCount} | ${rules} |`)
    }
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}

/** A table cell's text: a `|` would end the cell. */
function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
