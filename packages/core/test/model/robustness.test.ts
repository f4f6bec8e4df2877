import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
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
