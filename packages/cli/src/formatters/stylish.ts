import pc from 'picocolors'
import type {Diagnostic, Severity} from '@lessonlint/core'
import {displayPath} from './paths.js'
import type {Formatter} from './types.js'

/** Terminal width when none is known (a pipe, a file): the width people read. */
const DEFAULT_COLUMNS = 80
/** Below this many columns for the message itself, wrapping would make a column of single words: overflow instead. */
const MIN_MESSAGE_WIDTH = 30

/**
 * Problems grouped by file, one short line each: position, severity, the problem
 * part of the message wrapped to the terminal width, rule id; findings at the
 * same place show the position once. With `verbose`, the why and the fix follow,
 * wrapped and indented under it. Then a summary. Nothing when there is nothing
 * to report, as ESLint does.
 */
export const stylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color ?? false)
  const paint: Record<Severity, (s: string) => string> = {error: c.red, warning: c.yellow, info: c.blue}
  const columns = Math.max(40, context.columns ?? DEFAULT_COLUMNS)
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

    const positions = result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column}`)
    const positionWidth = Math.max(...positions.map((p) => p.length))
    const severityWidth = Math.max(...result.diagnostics.map((d) => d.severity.length))
    const ruleWidth = Math.max(...result.diagnostics.map((d) => d.ruleId.length))
    // "  " position "  " severity "  " message "  " rule id
    const messageColumn = 2 + positionWidth + 2 + severityWidth + 2
    const indent = ' '.repeat(messageColumn)
    const problems = result.diagnostics.map(problemOf)
    const longest = Math.max(...problems.map((p) => p.length))
    // When every problem fits on its line, rule ids line up in a column (as ESLint's); else each
    // problem wraps to the width with its rule id after its last word, never past the edge.
    const aligned = messageColumn + longest + 2 + ruleWidth <= columns
    const flowWidth = Math.max(MIN_MESSAGE_WIDTH, columns - messageColumn)

    const lines: string[] = [c.underline(displayPath(result.filePath, context.cwd))]
    result.diagnostics.forEach((d, i) => {
      const samePlace = i > 0 && positions[i] === positions[i - 1]
      const head = `  ${c.dim((samePlace ? '' : positions[i]!).padEnd(positionWidth))}  ${paint[d.severity](d.severity.padEnd(severityWidth))}  `
      if (aligned) {
        lines.push(`${head}${problems[i]!.padEnd(longest)}  ${c.dim(d.ruleId)}`)
      } else {
        const wrapped = wrap(problems[i]!, flowWidth)
        // The rule id ends the last line when it fits there, else it gets a line of its own.
        const last = wrapped.length - 1
        const tail = wrapped[last]!.length + 2 + d.ruleId.length <= flowWidth ? `  ${c.dim(d.ruleId)}` : ''
        wrapped.forEach((line, j) => lines.push(`${j === 0 ? head : indent}${line}${j === last ? tail : ''}`))
        if (tail === '') lines.push(`${indent}${c.dim(d.ruleId)}`)
      }
      if (context.verbose && d.parts) {
        for (const [label, text] of [['why', d.parts.why], ['fix', d.parts.fix]] as const) {
          const [head = '', ...tail] = wrap(text, columns - messageColumn - label.length - 2)
          lines.push(`${indent}${c.dim(`${label}:`)} ${head}`)
          for (const line of tail) lines.push(`${indent}${' '.repeat(label.length + 2)}${line}`)
        }
      }
    })
    blocks.push(lines.map((line) => line.trimEnd()).join('\n'))
  }

  const problems = errors + warnings + infos
  if (problems === 0) return ''
  const summary =
    `✖ ${plural(problems, 'problem')} ` +
    `(${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`
  const colourSummary = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue
  const tail = [c.bold(colourSummary(summary))]
  if (fixable > 0) tail.push(c.bold(colourSummary(`  ${fixable} fixable with --fix`)))
  if (!context.verbose) tail.push(c.dim('  Why and what to do: --verbose, or lessonlint explain FILE'))
  return `${blocks.join('\n\n')}\n\n${tail.join('\n')}\n`
}

/** The problem part of a finding, on one line whatever a rule put in it. */
function problemOf(d: Diagnostic): string {
  return (d.parts?.problem ?? d.message).replace(/\s+/g, ' ').trim()
}

/** Greedy word wrap; a word longer than the width stands on its own line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
