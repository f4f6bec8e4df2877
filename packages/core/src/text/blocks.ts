import type {Section} from '../types.js'

/**
 * A run of plain text taken from one Markdown block, with the way back to the
 * source: inline markup is gone and escapes are resolved, so the text's
 * characters are not contiguous in the document.
 */
export interface TextBlock {
  /** Plain text of the block (inline markup removed, escapes resolved). */
  text: string
  /** `offsets[i]` is the source offset of `text[i]`; length `text.length + 1`, the last being the end offset. */
  offsets: readonly number[]
  /** Added to each of `offsets` (none when absent): a block that an edit moved keeps the offsets its text was flattened with. */
  shift?: number
  container: 'paragraph' | 'list-item' | 'table-cell' | 'heading'
  section: Section | null
  /** Source offsets of the unit of meaning the block belongs to: its table row, its list item, else the block itself. */
  unit: {start: number; end: number}
  /** A table cell whose row another cell declines ("| Needs assessment | 0 | Not required |"): its mentions are negated. */
  declinedByRow?: boolean
  /**
   * A block that what stands above it turns down: an item of a list whose lead-in does ("The following would be added
   * only if additional funds are mobilised:"), or a block of a section whose heading puts it under a condition not yet
   * met ("### If additional funds are mobilised"). Its mentions are negated.
   */
  declinedAbove?: boolean
  /** The text of an open task-list item ("- [ ] Identify a gender consultant"): a to-do, which states no plan, as a question does. */
  openTask?: boolean
  /** The text of a footnote ("[^3]: NORC (2020), *Assessing progress…*"). */
  inNote?: boolean
  /**
   * For the text of a list item, the source offsets of the paragraph ending in a colon that introduces its list ("The
   * course covers:", "**Output 2.1 – Association capacity.** … I recommend:"): what the lead-in says, the items are.
   */
  leadIn?: {start: number; end: number}
  /**
   * A paragraph or item of minutes that records decisions ("**Agreed:** …", "**Acuerdo:** …") which is not one of them:
   * the discussion, where what a participant proposed is theirs until a decision takes it up.
   */
  inDiscussion?: boolean
}
