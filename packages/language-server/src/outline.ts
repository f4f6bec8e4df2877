// The proposal's sections as plain data: what the outline ("Go to symbol")
// needs of the model. The model itself stays in the lint worker (it cannot
// cross a thread boundary, and it is large); this is what comes back.

import type {ProposalModel, SectionKind} from '@lessonlint/core'

export interface OutlineSection {
  /** The heading as a reader sees it, trimmed. */
  text: string
  /** The heading without its numbering. */
  title: string
  kinds: SectionKind[]
  /** Offsets into the BOM-less text: the section (subsections included) and its heading. */
  start: number
  end: number
  headingStart: number
  headingEnd: number
  /** Index of the enclosing section in the outline, or null for a top-level one. */
  parent: number | null
}

export function outlineOf(model: ProposalModel): OutlineSection[] {
  return model.sections.map((section) => ({
    text: section.heading.text.trim(),
    title: section.heading.title,
    kinds: [...section.kinds],
    start: section.range.start.offset,
    end: section.range.end.offset,
    headingStart: section.heading.range.start.offset,
    headingEnd: section.heading.range.end.offset,
    parent: section.parent ? section.parent.index : null,
  }))
}
