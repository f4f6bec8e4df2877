// Rules ask the model the same questions many times, and about each row or
// sentence around a mention: answers are kept or found by bisection, and must
// be what a full scan gives.
import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/lexicon.js'

const TRAINING = defineLexicon('training', {en: ['training', 'coaching']})

describe('repeated questions', () => {
  const model = buildModel('# P\n\n## Activities\n\nTraining and coaching. No coaching for managers.\n\n## Background\n\nPast training.\n')

  it('give the same answer in a fresh array each time', () => {
    const first = model.find(TRAINING, {notIn: ['background']})
    expect(first.map((match) => match.text)).toEqual(['Training', 'coaching'])
    first.reverse()
    first.pop()
    expect(model.find(TRAINING, {notIn: ['background']}).map((match) => match.text)).toEqual(['Training', 'coaching'])
  })

  it('keep options apart', () => {
    expect(model.find(TRAINING, {notIn: ['background'], includeNegated: true}).map((match) => match.negated)).toEqual([
      false,
      false,
      true,
    ])
    expect(model.find(TRAINING).map((match) => match.text)).toEqual(['Training', 'coaching', 'training'])
    expect(model.find(TRAINING, {in: ['background']}).map((match) => match.text)).toEqual(['training'])
    expect(model.has(TRAINING, {in: ['background']})).toBe(true)
  })
})

describe('questions within a range', () => {
  const rows = 3000
  const text = [
    '# P',
    '',
    '## Budget',
    '',
    '| Line | Amount | Note |',
    '|---|---|---|',
    ...Array.from({length: rows}, (_, i) => `| ${i % 2 ? 'Coaching' : 'Travel'} ${i} | ${i} | none |`),
    '',
  ].join('\n')
  const model = buildModel(text)
  const table = model.tables[0]!

  it('find the matches and sentences of each row of a long table', () => {
    // Each query used to read every sentence of the document.
    const perRow = table.rows.map((row) => model.find(TRAINING, {within: row.range}).map((match) => match.text))
    expect(perRow).toEqual(Array.from({length: rows}, (_, i) => (i % 2 ? ['Coaching'] : [])))
    const cells = table.rows.map((row) => model.sentences({within: row.range}).map((sentence) => sentence.text))
    expect(cells[7]).toEqual(['Coaching 7', '7', 'none'])
    expect(cells.every((row) => row.length === 3)).toBe(true)
  })

  it('find what straddles or touches the range as a full scan does', () => {
    const row = table.rows[10]!
    const from = row.range.start.offset + 2
    const range = model.rangeOf(from, from + 5)
    expect(model.find(TRAINING, {within: range})).toEqual([])
    expect(model.sentences({within: range})).toEqual([])
    const twoRows = model.rangeOf(table.rows[10]!.range.start.offset, table.rows[11]!.range.end.offset)
    expect(model.find(TRAINING, {within: twoRows}).map((match) => match.text)).toEqual(['Coaching'])
    expect(model.sentences({within: twoRows})).toHaveLength(6)
  })
})

describe('the lead-in of a list', () => {
  const model = buildModel(
    [
      '# P',
      '',
      '## Activities',
      '',
      '**Output 2.1 – Capacity.** The project works with 20 associations. I recommend:',
      '',
      '- a guide for leaders;',
      '- workshops on record-keeping, covering:',
      '  - membership registers;',
      '  - contributions.',
      '',
      'Then a paragraph.',
      '',
      '- an item with no lead-in.',
      '',
    ].join('\n'),
  )
  const leadInOf = (start: string) => {
    const sentence = model.sentences().find((each) => each.text.startsWith(start))!
    return sentence.leadIn && model.sentences({within: sentence.leadIn}).map((each) => each.text)
  }

  it("is the paragraph ending in a colon just before the list, for each item's sentences", () => {
    expect(leadInOf('a guide')).toEqual(['Output 2.1 – Capacity.', 'The project works with 20 associations.', 'I recommend:'])
    expect(leadInOf('workshops')).toEqual(['Output 2.1 – Capacity.', 'The project works with 20 associations.', 'I recommend:'])
  })

  it("is an item's own text ending in a colon for the list nested in it", () => {
    expect(leadInOf('membership')).toEqual(['workshops on record-keeping, covering:'])
  })

  it('is none for a paragraph, nor for a list after a paragraph without a colon', () => {
    expect(leadInOf('Then a paragraph')).toBeUndefined()
    expect(leadInOf('an item')).toBeUndefined()
  })
})
