import {describe, expect, it} from 'vitest'
import type {Nodes, Root} from 'mdast'
import {buildModel} from '../../src/model/index.js'
import {MAX_NESTING} from '../../src/model/nesting.js'
import {parseMarkdown} from '../../src/model/parse.js'
import type {Range} from '../../src/types.js'

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = [
  '# ', '## ', '### 4.1 ', '**', '*', '_', '`', '\\', '|', ' | ', '|---|---|', '---', '- ', '1. ', '  ', '\t', '> ',
  '<!-- ', ' -->', '<br>', '&amp;', '&nbsp;', '[link](x)', '![alt](y)', '\n', '\r\n', '\n\n', '🚢', 'é', 'Budget',
  'Monitoring', 'Gender', 'Number of workers', 'USD 45,000', '0', 'TBD', 'text', ':', '.', 'indicators:', '~~', '\uFEFF',
]

function expectValid(text: string, range: Range): void {
  expect(range.start.offset).toBeGreaterThanOrEqual(0)
  expect(range.end.offset).toBeLessThanOrEqual(text.length)
  expect(range.start.offset).toBeLessThanOrEqual(range.end.offset)
  const before = text.slice(0, range.start.offset)
  expect(range.start.line).toBe(before.split(/\r\n|\r|\n/).length)
}

describe('robustness', () => {
  it('builds a consistent model from random Markdown-like input without throwing', () => {
    const next = random(20_251_124)
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(next() * 60)
      const input = Array.from({length}, () => PIECES[Math.floor(next() * PIECES.length)]).join('')
      const model = buildModel(input)
      const {text} = model
      for (const section of model.sections) {
        expectValid(text, section.range)
        expectValid(text, section.heading.range)
        expect(section.range.start.offset).toBe(section.heading.range.start.offset)
        if (section.parent) expect(section.parent.range.end.offset, JSON.stringify(input)).toBeGreaterThanOrEqual(section.range.end.offset)
      }
      for (const table of model.tables) {
        for (const row of [table.header, ...table.rows]) for (const cell of row.cells) expectValid(text, cell.range)
      }
      for (const item of model.listItems) expectValid(text, item.range)
      for (const comment of model.comments) expect(text.slice(comment.range.start.offset, comment.range.end.offset)).toMatch(/^<!--[\s\S]*-->$/)
      for (const sentence of model.sentences()) {
        expectValid(text, sentence.range)
        expect(sentence.text.trim()).not.toBe('')
      }
      expectValid(text, model.titleRange)
    }
  })
})

/** How many block quotes hold the first paragraph of `tree`, each inside the last. */
function quoteDepth(tree: Root): number {
  let depth = 0
  for (let node: Nodes | undefined = tree.children.find((child) => child.type === 'blockquote'); node?.type === 'blockquote'; node = node.children[0]) depth++
  return depth
}

describe('deep nesting', () => {
  // CommonMark sets no limit on nesting, and every reading of the tree walks it: past a few thousand levels a walk
  // overflowed the stack, and the document was read as holding nothing.
  it.each([
    ['6,000 quotes in quotes', `${'>'.repeat(6000)} Inspectors will be trained.\n`],
    ['3,000 quotes in quoted lists', `${'> - >'.repeat(1000)} Inspectors will be trained.\n`],
  ])('reads the sentence at the bottom of %s', (_, body) => {
    const model = buildModel(`# Activities\n\n${body}`)
    expect(model.sentences().map((sentence) => sentence.text)).toEqual(['Activities', 'Inspectors will be trained.'])
  })

  it(`keeps ${MAX_NESTING} levels of quotes and reads what lies deeper in the innermost`, () => {
    expect(quoteDepth(parseMarkdown(`${'>'.repeat(MAX_NESTING)} Inspectors will be trained.\n`))).toBe(MAX_NESTING)
    const deeper = parseMarkdown(`${'>'.repeat(MAX_NESTING + 50)} Inspectors will be trained.\n\nAfter.\n`)
    expect(quoteDepth(deeper)).toBe(MAX_NESTING)
    let innermost: Nodes = deeper.children[0]!
    while (innermost.type === 'blockquote') innermost = innermost.children[0]!
    expect(innermost.type).toBe('paragraph')
    expect(deeper.children.at(-1)?.type).toBe('paragraph')
  })
})
