// The one range validator: every place a lint result points to (diagnostics,
// related locations, evidence, suppressions, fixes and suggestions) is checked
// against the text it was computed on. Tests that lint call it (fixtures, rule
// fixtures, fuzzing, spec examples); it costs one pass over the text.
import type {Diagnostic, Evidence, Fix, LintResult, Point, Range} from '../types.js'

/** What a result must hold for its places to be checked: the linted text and everything that points into it. */
export type CheckedResult = Pick<LintResult, 'text' | 'diagnostics'> & Partial<Pick<LintResult, 'suppressed' | 'explanations'>>

/**
 * Offsets where each line starts. A line ends at `\r\n`, `\n` or a lone `\r`:
 * CommonMark's line endings, and LSP's (so a client's `positionAt` agrees).
 */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) starts.push(i + 1)
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

function lineOf(offset: number, starts: readonly number[]): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Why an offset is no place in `text`, or null. */
function offsetProblem(text: string, offset: unknown): string | null {
  if (typeof offset !== 'number' || !Number.isInteger(offset)) return `offset ${String(offset)} is not an integer`
  if (offset < 0 || offset > text.length) return `offset ${offset} is outside the text (length ${text.length})`
  // LSP cannot point between the two characters of a line ending: clients move such a place.
  if (text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10) return `offset ${offset} splits a \\r\\n`
  if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) return `offset ${offset} splits a surrogate pair`
  return null
}

function pointProblems(text: string, starts: readonly number[], point: Point | undefined, where: string): string[] {
  if (!point || typeof point !== 'object') return [`${where}: no point`]
  const problem = offsetProblem(text, point.offset)
  if (problem) return [`${where}: ${problem}`]
  const line = lineOf(point.offset, starts)
  const expected = {line: line + 1, column: point.offset - starts[line]! + 1}
  if (point.line !== expected.line || point.column !== expected.column) {
    return [`${where}: ${point.line}:${point.column} but offset ${point.offset} is at ${expected.line}:${expected.column}`]
  }
  return []
}

function rangeProblems(text: string, starts: readonly number[], range: Range | undefined, where: string): string[] {
  if (!range || typeof range !== 'object') return [`${where}: no range`]
  const problems = [
    ...pointProblems(text, starts, range.start, `${where}.start`),
    ...pointProblems(text, starts, range.end, `${where}.end`),
  ]
  if (problems.length === 0 && range.start.offset > range.end.offset) {
    problems.push(`${where}: starts at offset ${range.start.offset}, after its end ${range.end.offset}`)
  }
  return problems
}

function fixProblems(text: string, fix: Fix, where: string): string[] {
  if (!Array.isArray(fix.edits) || fix.edits.length === 0) return [`${where}: a fix with no edits`]
  const problems: string[] = []
  fix.edits.forEach((edit, i) => {
    const at = `${where}.edits[${i}]`
    if (typeof edit.text !== 'string') problems.push(`${at}: no replacement text`)
    const start = offsetProblem(text, edit.start)
    const end = offsetProblem(text, edit.end)
    if (start) problems.push(`${at}.start: ${start}`)
    if (end) problems.push(`${at}.end: ${end}`)
    if (!start && !end && edit.start > edit.end) problems.push(`${at}: starts at ${edit.start}, after its end ${edit.end}`)
  })
  if (problems.length > 0) return problems
  // The edits of one fix are applied together (`applyFixes`): none may change a character another changes or
  // insert strictly inside another's span. Insertions at one place are applied in order.
  const sorted = fix.edits.map((edit, i) => ({start: edit.start, end: edit.end, i})).sort((a, b) => a.start - b.start || a.end - b.end)
  let reach = {end: -1, i: -1}
  for (const edit of sorted) {
    if (edit.start < reach.end) problems.push(`${where}: edits ${reach.i} and ${edit.i} overlap`)
    if (edit.end > reach.end) reach = {end: edit.end, i: edit.i}
  }
  return problems
}

function evidenceProblems(text: string, starts: readonly number[], evidence: readonly Evidence[] | undefined, where: string): string[] {
  return (evidence ?? []).flatMap((each, i) => (each.range === undefined ? [] : rangeProblems(text, starts, each.range, `${where}[${i}].range`)))
}

function diagnosticProblems(text: string, starts: readonly number[], diagnostic: Diagnostic, where: string): string[] {
  const at = `${where} (${diagnostic.ruleId})`
  return [
    ...rangeProblems(text, starts, diagnostic.range, `${at}.range`),
    ...(diagnostic.related ?? []).flatMap((related, i) => rangeProblems(text, starts, related.range, `${at}.related[${i}].range`)),
    ...evidenceProblems(text, starts, diagnostic.evidence, `${at}.evidence`),
    ...(diagnostic.suppression ? rangeProblems(text, starts, diagnostic.suppression.range, `${at}.suppression.range`) : []),
    ...(diagnostic.fix ? fixProblems(text, diagnostic.fix, `${at}.fix`) : []),
    ...(diagnostic.suggestions ?? []).flatMap((fix, i) => fixProblems(text, fix, `${at}.suggestions[${i}]`)),
  ]
}

/**
 * Every problem with the places a lint result points to, as readable lines
 * (none when all is well): offsets inside `result.text` and not inside a
 * `\r\n` or a surrogate pair, `start` not after `end`, and each point's line
 * and UTF-16 column the ones its offset has when `\r\n`, `\n` and a lone `\r`
 * end lines. Checks diagnostics and suppressed findings (range, related
 * locations, evidence, suppression, fix and suggestion edits) and the
 * explanations' evidence.
 */
export function validateRanges(result: CheckedResult): string[] {
  const text = result.text
  const starts = lineStarts(text)
  return [
    ...result.diagnostics.flatMap((diagnostic, i) => diagnosticProblems(text, starts, diagnostic, `diagnostics[${i}]`)),
    ...(result.suppressed ?? []).flatMap((diagnostic, i) => diagnosticProblems(text, starts, diagnostic, `suppressed[${i}]`)),
    ...(result.explanations ?? []).flatMap((explanation, i) =>
      evidenceProblems(text, starts, explanation.evidence, `explanations[${i}] (${explanation.ruleId}).evidence`),
    ),
  ]
}

/** Throws, listing them, when `validateRanges` finds problems: for tests and fuzzing. */
export function assertValidRanges(result: CheckedResult): void {
  const problems = validateRanges(result)
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ')
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''
    throw new Error(`invalid ranges in the lint result:\n  ${shown}${more}`)
  }
}
