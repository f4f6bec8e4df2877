// The properties every document must have, whatever it holds. `checkDocument`
// throws a `PropertyFailure` naming the first one that does not hold.
import {applyFixes, fixText, lintText, validateRanges} from '@lessonlint/core'
import type {Fix, LintResult, LintTextOptions, Rule} from '@lessonlint/core'
import {rules} from '@lessonlint/rules-ilo'

import type {CaseOptions} from './arbitraries.js'

const BOM = '\uFEFF'

export class PropertyFailure extends Error {
  constructor(
    readonly property: string,
    detail: string,
  ) {
    super(`${property}: ${detail}`)
  }
}

export const PACK: readonly Rule[] = rules

export function lintOptions(options: Partial<CaseOptions> = {}): LintTextOptions {
  return {
    rules: PACK,
    ...(options.locale ? {locale: options.locale} : {}),
    ...(options.reportUnusedDisableDirectives ? {reportUnusedDisableDirectives: options.reportUnusedDisableDirectives} : {}),
  }
}

function lint(property: string, text: string, options: LintTextOptions): LintResult {
  try {
    return lintText(text, options)
  } catch (error) {
    throw new PropertyFailure(property, `lintText threw: ${(error as Error)?.stack ?? String(error)}`)
  }
}

/** A lint result must hold no internal error, point only at real places in its text, and keep the text byte for byte. */
export function checkResult(property: string, input: string, result: LintResult): void {
  if (result.internalErrors.length > 0) {
    throw new PropertyFailure(property, `internal error: ${JSON.stringify(result.internalErrors[0])}`)
  }
  if ((result.hadBom ? BOM : '') + result.text !== input) {
    throw new PropertyFailure(property, 'the linted text (with its BOM) is not the input byte for byte')
  }
  const problems = validateRanges(result)
  if (problems.length > 0) throw new PropertyFailure(property, `invalid ranges:\n  ${problems.slice(0, 10).join('\n  ')}`)
}

/** What a finding is, independent of the text's line endings: rule, message and where it starts and ends by line and column. */
function places(result: LintResult): string[] {
  return result.diagnostics
    .map((d) => `${d.ruleId}/${d.messageId ?? ''}@${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`)
    .sort()
}

/** The same text with every line ending (`\r\n`, `\r`, `\n`) made another one: for CommonMark and LSP nothing changes. */
export function otherLineEndings(text: string): string {
  const target = /\r(?!\n)/.test(text) || !text.includes('\r') ? '\r\n' : '\r'
  return text.replace(/\r\n|\r|\n/g, target)
}

/** The kinds of line ending a text uses. */
function lineEndingKinds(text: string): string[] {
  return [...new Set(text.match(/\r\n|\r|\n/g) ?? [])]
}

/** A result without what may legitimately differ between two lints of the same text: nothing. */
function serialise(result: LintResult): string {
  return JSON.stringify(result)
}

export interface CheckOptions {
  /** Fixes and suggestions applied one by one (each re-linted); the rest are only validated. */
  maxSingleFixes?: number
  /** Compare the findings on the text with other line endings. */
  lineEndings?: boolean
}

/**
 * Lints `text` and checks: no throw, no internal error, the text kept byte for
 * byte, valid ranges (`validateRanges`), the same findings at the same lines
 * and columns with other line endings, each fix and suggestion applicable on
 * its own and its result linting cleanly, `fixText` keeping the BOM and every
 * byte when it fixes nothing, and the same result for the same input.
 */
export function checkDocument(text: string, caseOptions: Partial<CaseOptions> = {}, check: CheckOptions = {}): void {
  const options = lintOptions(caseOptions)
  const result = lint('no throw', text, options)
  checkResult('lint', text, result)

  // --fix: every pass must lint cleanly and the BOM must come back.
  let fixed: ReturnType<typeof fixText>
  try {
    fixed = fixText(text, options)
  } catch (error) {
    throw new PropertyFailure('fixText', `threw: ${(error as Error)?.stack ?? String(error)}`)
  }
  if (fixed.output.startsWith(BOM) !== text.startsWith(BOM)) throw new PropertyFailure('fixText', 'the byte order mark was not kept')
  if (!fixed.fixed && fixed.output !== text) throw new PropertyFailure('fixText', 'nothing was fixed but the output differs from the input')
  checkResult('fixText', fixed.output, fixed.result)
  const endings = lineEndingKinds(text)
  if (endings.length === 1 && lineEndingKinds(fixed.output).some((kind) => kind !== endings[0])) {
    throw new PropertyFailure('fixText', `fixes wrote other line endings than the document's ${JSON.stringify(endings[0])}`)
  }

  // Determinism: the same input gives the same result (fixText's first lint is one when it fixed nothing).
  const again = fixed.passes === 0 ? fixed.result : lint('no throw', text, options)
  if (serialise(again) !== serialise(result)) throw new PropertyFailure('determinism', 'two lints of the same text differ')

  // Fixes and suggestions, each on its own: applicable, and their result lints cleanly.
  const fixes: Fix[] = result.diagnostics.flatMap((d) => [...(d.fix ? [d.fix] : []), ...(d.suggestions ?? [])])
  for (const fix of fixes.slice(0, check.maxSingleFixes ?? 3)) {
    const applied = applyFixes(result.text, [fix])
    if (applied.applied.length !== 1) throw new PropertyFailure('fix applies', `"${fix.title}" cannot be applied on its own`)
    const output = (result.hadBom ? BOM : '') + applied.text
    const relinted = lint('fix result lints', output, options)
    checkResult(`fix result lints ("${fix.title}")`, output, relinted)
    if (result.parsedCleanly && !relinted.parsedCleanly) {
      throw new PropertyFailure('fix keeps front matter', `"${fix.title}" breaks the front matter`)
    }
  }

  if (check.lineEndings ?? true) {
    const converted = otherLineEndings(text)
    if (converted !== text) {
      const other = lint('no throw', converted, options)
      checkResult('other line endings', converted, other)
      const before = places(result)
      const after = places(other)
      if (before.join('\n') !== after.join('\n')) {
        const missing = before.filter((place) => !after.includes(place))
        const extra = after.filter((place) => !before.includes(place))
        throw new PropertyFailure(
          'line endings',
          `findings differ with ${JSON.stringify(converted.match(/\r\n|\r|\n/)?.[0])} line endings: only before ${JSON.stringify(missing)}, only after ${JSON.stringify(extra)}`,
        )
      }
    }
  }
}

/** The property a failure broke, or null when the text passes. */
export function failureOf(text: string, caseOptions: Partial<CaseOptions> = {}, check: CheckOptions = {}): PropertyFailure | null {
  try {
    checkDocument(text, caseOptions, check)
    return null
  } catch (error) {
    return error instanceof PropertyFailure ? error : new PropertyFailure('unexpected', String((error as Error)?.stack ?? error))
  }
}

/**
 * A smaller text that still breaks the same property: chunks of lines, then
 * of characters, removed while the failure stays (delta debugging, greedy).
 */
export function minimise(text: string, fails: (candidate: string) => boolean, budgetMs = 60_000): string {
  const deadline = Date.now() + budgetMs
  let current = text
  for (const unit of ['line', 'char'] as const) {
    let pieces = unit === 'line' ? current.split(/(?<=\n)/) : current.split('')
    let chunk = Math.max(1, pieces.length >> 1)
    while (chunk >= 1 && Date.now() < deadline) {
      let removed = false
      for (let start = 0; start < pieces.length && Date.now() < deadline; ) {
        const candidate = [...pieces.slice(0, start), ...pieces.slice(start + chunk)]
        if (candidate.length < pieces.length && fails(candidate.join(''))) {
          pieces = candidate
          removed = true
        } else start += chunk
      }
      if (!removed) chunk >>= 1
    }
    current = pieces.join('')
  }
  return current
}
