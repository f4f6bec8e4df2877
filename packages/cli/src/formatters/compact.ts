import {displayPath} from './paths.js'
import type {Formatter} from './types.js'

/**
 * One clickable line per problem, `file:line:col: severity rule-id problem`: the
 * shape editors' problem matchers, `grep` and terminals that link paths expect.
 * Only the problem part of the message: the why and the fix are in `explain` and the docs.
 */
export const compact: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd)
    for (const d of result.diagnostics) {
      const problem = (d.parts?.problem ?? d.message).replace(/\s+/g, ' ').trim()
      lines.push(`${path}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.ruleId} ${problem}`)
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
