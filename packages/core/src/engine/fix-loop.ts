// `--fix`: apply, re-lint, repeat until nothing changes (as ESLint does), since a
// fix may make room for another one that overlapped it.
import type {Fix, LintResult} from '../types.js'
import {applyFixes} from './fix.js'
import {lintText, type LintTextOptions} from './lint.js'

export const MAX_FIX_PASSES = 10

export interface FixTextResult {
  /** The diagnostics left after fixing (of the fixed text). */
  result: LintResult
  /** The fixed text, with the byte order mark again when the input had one. */
  output: string
  /** Whether any fix changed the text. */
  fixed: boolean
  /** How many passes changed the text. */
  passes: number
}

const BOM = '\uFEFF'

/**
 * Lints, applies every diagnostic's `fix`, and re-lints the result, up to
 * MAX_FIX_PASSES times. A document whose front matter does not parse is never
 * changed, and a pass whose fixes would break the front matter is dropped.
 */
export function fixText(text: string, options: LintTextOptions): FixTextResult {
  let result = lintText(text, options)
  const bom = result.hadBom ? BOM : ''
  const original = result.text
  let current = original
  let passes = 0
  if (result.parsedCleanly) {
    while (passes < MAX_FIX_PASSES) {
      const fixes = result.diagnostics.map((diagnostic) => diagnostic.fix).filter((fix): fix is Fix => fix !== undefined)
      if (fixes.length === 0) break
      const {text: next, applied} = applyFixes(current, fixes)
      if (applied.length === 0 || next === current) break
      const relinted = lintText(bom + next, options)
      if (!relinted.parsedCleanly) break
      current = next
      result = relinted
      passes++
    }
  }
  return {result, output: bom + current, fixed: current !== original, passes}
}
