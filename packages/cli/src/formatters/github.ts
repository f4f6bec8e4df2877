import type {Severity} from '@lessonlint/core'
import {displayPath} from './paths.js'
import type {Formatter} from './types.js'

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
