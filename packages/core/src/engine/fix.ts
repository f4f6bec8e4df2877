// Applying fixes. A fix is atomic: all of its edits or none. Fixes are taken in
// the order given; one that overlaps a fix already taken, or inserts at the
// same place, is skipped (a second `--fix` pass picks it up once the text has
// settled).
import type {Fix, TextEdit} from '../types.js'

export interface ApplyFixesResult {
  text: string
  applied: Fix[]
  skipped: Fix[]
}

interface PlacedEdit extends TextEdit {
  /** Order of acceptance, so insertions at one offset keep report order. */
  seq: number
}

/**
 * Two edits clash when they change a common character, or when one inserts
 * strictly inside the span the other replaces. Edits that only touch (one ends
 * where the other starts) do not clash. Insertions at the same offset clash
 * when they come from different fixes (as in ESLint): each was written for
 * the text as it was, so the second waits for the next pass and sees the
 * first ("VII. Gender" after an inserted "VI. Risks", not a second "VI.").
 */
function clash(a: TextEdit, b: TextEdit, sameFix: boolean): boolean {
  const aInsert = a.start === a.end
  const bInsert = b.start === b.end
  if (aInsert && bInsert) return !sameFix && a.start === b.start
  if (aInsert) return b.start < a.start && a.start < b.end
  if (bInsert) return a.start < b.start && b.start < a.end
  return a.start < b.end && b.start < a.end
}

function valid(edit: TextEdit, length: number): boolean {
  return (
    Number.isInteger(edit.start) &&
    Number.isInteger(edit.end) &&
    edit.start >= 0 &&
    edit.start <= edit.end &&
    edit.end <= length &&
    typeof edit.text === 'string'
  )
}

/** Applies the fixes that fit together; offsets point into `text` (without BOM, as `ProposalModel.text`). */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyFixesResult {
  const accepted: PlacedEdit[] = []
  const applied: Fix[] = []
  const skipped: Fix[] = []
  let seq = 0

  for (const fix of fixes) {
    const edits = fix.edits
    const fits =
      edits.length > 0 &&
      edits.every((edit) => valid(edit, text.length)) &&
      edits.every((edit, i) => edits.every((other, j) => i === j || !clash(edit, other, true))) &&
      edits.every((edit) => accepted.every((other) => !clash(edit, other, false)))
    if (!fits) {
      skipped.push(fix)
      continue
    }
    for (const edit of edits) accepted.push({start: edit.start, end: edit.end, text: edit.text, seq: seq++})
    applied.push(fix)
  }

  // At one offset, insertions go before a replacement that starts there.
  accepted.sort(
    (a, b) => a.start - b.start || Number(a.start !== a.end) - Number(b.start !== b.end) || a.seq - b.seq,
  )
  let output = ''
  let position = 0
  for (const edit of accepted) {
    output += text.slice(position, edit.start) + edit.text
    position = edit.end
  }
  output += text.slice(position)
  return {text: output, applied, skipped}
}
