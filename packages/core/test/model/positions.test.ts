import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import type {Range} from '../../src/types.js'

const slice = (text: string, range: Range) => text.slice(range.start.offset, range.end.offset)

describe('positions', () => {
  it('gives exact points in a CRLF document (heading and table cell)', () => {
    const text = [
      '# Title',
      '',
      '## 2. Budget',
      '',
      '| Line | Amount |',
      '|---|---:|',
      '| Gender expertise | 12,500 |',
      '',
    ].join('\r\n')
    const model = buildModel(text)
    expect(model.eol).toBe('\r\n')
    const budget = model.sectionsOf('budget')[0]!
    // "## 2. Budget" starts after "# Title\r\n\r\n" = 11 code units, on line 3.
    expect(budget.heading.range.start).toEqual({line: 3, column: 1, offset: 11})
    expect(budget.heading.range.end).toEqual({line: 3, column: 13, offset: 23})
    const cell = model.tables[0]!.rows[0]!.cell('amount')!
    expect(cell.text).toBe('12,500')
    // Lines 1-6 take 9 + 2 + 14 + 2 + 19 + 12 = 58 units; "| Gender expertise | " is 21 more.
    expect(cell.range.start).toEqual({line: 7, column: 22, offset: 79})
    expect(cell.range.end).toEqual({line: 7, column: 28, offset: 85})
    expect(slice(model.text, cell.range)).toBe('12,500')
  })

  it('counts the dominant line ending', () => {
    expect(buildModel('a\nb\nc\r\n').eol).toBe('\n')
    expect(buildModel('a\r\nb\r\nc\n').eol).toBe('\r\n')
    expect(buildModel('no line ending').eol).toBe('\n')
  })

  it('strips a byte order mark and counts from the first real character', () => {
    const model = buildModel('\uFEFF# Title\n\n## Risks\n\nSome risk.\n')
    expect(model.hadBom).toBe(true)
    expect(model.text.startsWith('# Title')).toBe(true)
    expect(model.title?.range.start).toEqual({line: 1, column: 1, offset: 0})
    expect(model.sectionsOf('risks')[0]!.heading.range.start).toEqual({line: 3, column: 1, offset: 9})
    expect(buildModel('# Title\n').hadBom).toBe(false)
  })

  it('counts a tab as one column', () => {
    const text = '# Title\n\n-\tTraining of\ttrainers\n'
    const model = buildModel(text)
    const item = model.listItems[0]!
    // List item text is for reading: whitespace runs become one space.
    expect(item.text).toBe('Training of trainers')
    expect(item.range.start).toEqual({line: 3, column: 1, offset: 9})
    const sentence = model.sentences().find((each) => each.container === 'list-item')!
    // "-" then a tab: the text starts in column 3.
    expect(sentence.range.start).toEqual({line: 3, column: 3, offset: 11})
    expect(slice(text, sentence.range)).toBe('Training of\ttrainers')
  })

  it('counts UTF-16 code units after an emoji', () => {
    const text = '# Title\n\n| Item | Amount |\n|---|---|\n| 🚢 Gender focal point | USD 5,000 |\n'
    const model = buildModel(text)
    const cell = model.tables[0]!.rows[0]!.cells[0]!
    expect(cell.text).toBe('🚢 Gender focal point')
    expect(cell.range.start.column).toBe(3)
    const amount = model.tables[0]!.rows[0]!.cells[1]!
    // "| 🚢 Gender focal point | " is 26 code units: the emoji counts two.
    expect(amount.range.start).toMatchObject({line: 5, column: 27})
    expect(slice(text, amount.range)).toBe('USD 5,000')
    const sentence = model.sentences().find((each) => each.text.includes('Gender focal'))!
    expect(sentence.range.start.column).toBe(3)
  })

  it('rangeOf and rangeOfNode agree with the text', () => {
    const text = 'Intro\n\n## Gender equality\n\nText.\n'
    const model = buildModel(text)
    const range = model.rangeOf(7, 25)
    expect(range.start).toEqual({line: 3, column: 1, offset: 7})
    expect(range.end).toEqual({line: 3, column: 19, offset: 25})
    const heading = model.tree.children.find((node) => node.type === 'heading')!
    expect(model.rangeOfNode(heading)).toEqual(range)
    // Out-of-range offsets are clamped, never thrown on.
    expect(model.rangeOf(-5, 10_000).end.offset).toBe(text.length)
  })
})
