import pc from 'picocolors'
import type {Severity} from '@lessonlint/core'
import {displayPath} from './paths.js'
import type {Formatter} from './types.js'

/**
 * Problems grouped by file, one aligned line each (`line:col  severity  message  rule-id`),
 * then a summary. Prints nothing when there is nothing to report, as ESLint does.
 */
export const stylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color ?? false)
  const paint: Record<Severity, (s: string) => string> = {error: c.red, warning: c.yellow, info: c.blue}
  const blocks: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixable = 0

  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    infos += result.infoCount
    fixable += result.fixableCount
    if (result.diagnostics.length === 0) continue

    const rows = result.diagnostics.map((d) => ({
      position: `${d.range.start.line}:${d.range.start.column}`,
      severity: d.severity,
      // Messages are single lines in a terminal table, whatever a rule put in them.
      message: d.message.replace(/\s+/g, ' ').trim(),
      ruleId: d.ruleId,
    }))
    const width = {
      position: Math.max(...rows.map((r) => r.position.length)),
      severity: Math.max(...rows.map((r) => r.severity.length)),
      message: Math.max(...rows.map((r) => r.message.length)),
    }
    const lines = rows.map(
      (r) =>
        `  ${c.dim(r.position.padEnd(width.position))}  ${paint[r.severity](r.severity.padEnd(width.severity))}  ` +
        `${r.message.padEnd(width.message)}  ${c.dim(r.ruleId)}`,
    )
    blocks.push([c.underline(displayPath(result.filePath, context.cwd)), ...lines].join('\n'))
  }

  const problems = errors + warnings + infos
  if (problems === 0) return ''
  const summary =
    `✖ ${plural(problems, 'problem')} ` +
    `(${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`
  const colourSummary = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue
  const tail = [c.bold(colourSummary(summary))]
  if (fixable > 0) tail.push(c.bold(colourSummary(`  ${fixable} fixable with --fix`)))
  return `${blocks.join('\n\n')}\n\n${tail.join('\n')}\n`
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
