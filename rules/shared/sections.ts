// What sections hold, for rules that want a topic written down: real content
// rather than a placeholder, a topic given as a paragraph's lead-in instead of
// its own heading, and the skeleton sections a fix appends.
import type {Lexicon, ProposalModel, Section, Sentence, TextEdit} from '@lessonlint/core'

/**
 * Whether a section holds real content: something under its heading that is
 * more than a placeholder ("TBD", "To be completed", "...").
 */
export function hasRealContent(model: ProposalModel, section: Section): boolean {
  if (!section.hasContent || !section.contentRange) return false
  const words = model
    .sentences({within: section.contentRange, includeHeadings: false})
    .map((sentence) => sentence.text.trim())
    .join(' ')
  return !PLACEHOLDER.test(words) && /\p{L}/u.test(words)
}

const PLACEHOLDER =
  /^(?:[-–—.…\s]*|tbd|tbc|tba|n\/a|to be (?:completed|written|drafted|developed|added|confirmed|defined|determined)|[àa] (?:compl[ée]ter|r[ée]diger|d[ée]finir|pr[ée]ciser)|por (?:completar|definir|redactar)|pending|xxx+|lorem ipsum.*)[.!]?$/i

/**
 * The paragraphs and list items of running text outside the background, as
 * runs of their sentences: consecutive sentences of one container with only
 * spaces and inline markup between them.
 */
function textBlocks(model: ProposalModel): Sentence[][] {
  const blocks: Sentence[][] = []
  let previous: Sentence | undefined
  for (const sentence of model.sentences()) {
    if (sentence.container === 'heading' || sentence.section?.isIn('background')) {
      previous = undefined
      continue
    }
    const between = previous ? model.text.slice(previous.range.end.offset, sentence.range.start.offset) : null
    const sameBlock =
      previous !== undefined &&
      previous.container === sentence.container &&
      between !== null &&
      /^[\s*_`]*$/u.test(between) &&
      !/\n[ \t]*\r?\n/u.test(between) &&
      !/\n\s*(?:[-*+]|\d+[.)])\s/u.test(between)
    if (sameBlock) blocks.at(-1)!.push(sentence)
    else blocks.push([sentence])
    previous = sentence
  }
  return blocks
}

/**
 * Whether a paragraph or list item opens with a term of the lexicon as its
 * lead-in ("**Exit strategy.** The working group...", "Gender: outreach is
 * designed...") and goes on for at least `minWords` words: a topic written
 * into another section rather than under its own heading.
 */
export function describedByLeadIn(model: ProposalModel, lexicon: Lexicon, minWords: number): boolean {
  for (const block of textBlocks(model)) {
    const first = block[0]!
    for (const match of first.find(lexicon)) {
      const before = model.text.slice(first.range.start.offset, match.range.start.offset)
      if (!/^[\s*_#>-]*$/u.test(before)) continue
      if (wordCount(block) - match.text.split(/\s+/u).length >= minWords) return true
    }
  }
  return false
}

/** Whether a term of the lexicon, anywhere in a paragraph, comes with at least `minWords` more words of that paragraph. */
export function describedInBlock(model: ProposalModel, lexicon: Lexicon, minWords: number): boolean {
  return textBlocks(model).some((block) => {
    const matches = block.flatMap((sentence) => sentence.find(lexicon))
    return matches.some((match) => wordCount(block) - match.text.split(/\s+/u).length >= minWords)
  })
}

function wordCount(block: readonly Sentence[]): number {
  return block
    .map((sentence) => sentence.text)
    .join(' ')
    .split(/\s+/u)
    .filter((word) => /\p{L}/u.test(word)).length
}

/**
 * An edit that appends skeleton sections (heading, blank line, placeholder
 * comment) at the end of the document, one blank line apart, with the
 * document's own line ending. The placeholder is an HTML comment: it is not
 * content, so rules that judge a section's content still see it as empty.
 */
export function appendSections(model: ProposalModel, sections: ReadonlyArray<{heading: string; placeholder: string}>): TextEdit {
  const eol = model.eol
  const depth = topSectionDepth(model)
  const blocks = sections.map(({heading, placeholder}) => `${'#'.repeat(depth)} ${heading}${eol}${eol}${placeholder}${eol}`)
  const end = model.text.length
  const trailing = /(?:\r?\n)*$/.exec(model.text)?.[0] ?? ''
  const lead = end === 0 ? '' : trailing.length === 0 ? `${eol}${eol}` : trailing === eol || trailing === '\n' || trailing === '\r\n' ? eol : ''
  return {start: end, end, text: lead + blocks.join(eol)}
}

/** The level of the document's top sections: below a depth-1 title, else the shallowest real heading. */
function topSectionDepth(model: ProposalModel): number {
  const title = model.title?.depth === 1 && model.sections.length > 1 ? model.title : null
  const isTitle = (section: Section) => section.heading.range.start.offset === title?.range.start.offset
  const depths = model.sections
    .filter((section) => !isTitle(section) && section.heading.style !== 'bold')
    .map((section) => section.heading.depth)
  if (depths.length > 0) return Math.min(...depths)
  return model.title ? Math.min(6, model.title.depth + 1) : 2
}
