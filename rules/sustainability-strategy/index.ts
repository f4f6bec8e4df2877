// An exit or sustainability strategy is described with content (seeds 003 and
// 004: evaluations ask whether results "will be able to sustain over time").
// A sustainability heading with nothing under it is no strategy; an exit
// strategy written as a bold lead-in inside another section is one.
import type {Match, ProposalModel, Rule, Sentence} from '@lessonlint/core'

import {exitStrategy, sustainability} from '../lexicons/sustainability.js'
import {hasRealContent, isInKind, sectionsOfKind} from '../shared/kinds.js'
import {itcIloBoardCC82, lmppEvaluation2009} from '../shared/sources.js'

type MessageId = 'noStrategy' | 'emptySection'

/** Words a paragraph must add to its "Exit strategy" lead-in to describe one. */
const MIN_WORDS = 8

const rule: Rule<MessageId> = {
  meta: {
    id: 'sustainability-strategy',
    summary: 'An exit or sustainability strategy is described, with content.',
    severity: 'warning',
    tags: ['sustainability', 'design'],
    lesson:
      'Evaluations judge "the impacts and sustainability of project outcomes" (LMPP, 2009) and ask whether changes "will be able to sustain over time" (ITC-ILO Board CC 82/3); the LMPP evaluation found that field offices and national institutions are what sustains project interventions.',
    sources: [lmppEvaluation2009, itcIloBoardCC82],
    messages: {
      noStrategy: {
        problem: 'The proposal describes no exit or sustainability strategy.',
        why: 'Evaluators judge whether results will last after the project; a design that does not say who carries them on leaves them to lapse (LMPP final evaluation, 2009).',
        fix: 'Describe which institutions take over which results, how they will be financed, and how the project hands them over before it ends.',
      },
      emptySection: {
        problem: 'The "{heading}" section is empty.',
        why: 'A sustainability heading with nothing under it is no strategy: evaluators judge whether results will last after the project (LMPP final evaluation, 2009).',
        fix: 'Describe which institutions take over which results, how they will be financed, and how the project hands them over before it ends.',
      },
    },
    fixable: false,
  },
  check({model, report}) {
    const sections = sectionsOfKind(model, 'sustainability')
    if (sections.some((section) => hasRealContent(model, section))) return
    if (describedInText(model)) return
    const empty = sections[0]
    if (empty) report({messageId: 'emptySection', data: {heading: empty.heading.title}, range: empty.heading.range})
    else report({messageId: 'noStrategy', range: model.titleRange})
  },
}

/**
 * An exit strategy named in running text ("**Exit strategy.** The working
 * group will continue...") whose paragraph goes on to describe it; the bare
 * word "Sustainability" counts only as such a lead-in, at the paragraph's start.
 */
function describedInText(model: ProposalModel): boolean {
  const paragraphs = model.sentences().filter((sentence) => sentence.container !== 'heading' && !isInKind(model, sentence.section, 'background'))
  const blocks = groupIntoBlocks(model, paragraphs)
  for (const block of blocks) {
    const named = block.flatMap((sentence) => sentence.find(exitStrategy))
    const leadIn = (block[0]?.find(sustainability) ?? []).filter((match) => startsBlock(model, block[0]!, match))
    for (const match of [...named, ...leadIn]) {
      if (wordsBeyond(block, match) >= MIN_WORDS) return true
    }
  }
  return false
}

/** Sentences of one paragraph or list item: consecutive, same container, nothing but markup and spaces between them. */
function groupIntoBlocks(model: ProposalModel, sentences: readonly Sentence[]): Sentence[][] {
  const blocks: Sentence[][] = []
  let previous: Sentence | undefined
  for (const sentence of sentences) {
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

function startsBlock(model: ProposalModel, sentence: Sentence, match: Match): boolean {
  const before = model.text.slice(sentence.range.start.offset, match.range.start.offset)
  return /^[\s*_#>-]*$/u.test(before)
}

function wordsBeyond(block: readonly Sentence[], match: Match): number {
  const words = block.map((sentence) => sentence.text).join(' ').split(/\s+/u).filter((word) => /\p{L}/u.test(word))
  return words.length - match.text.split(/\s+/u).length
}

export default rule
