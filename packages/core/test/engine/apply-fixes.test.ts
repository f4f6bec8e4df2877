import {describe, expect, it} from 'vitest'
import {applyFixes} from '../../src/engine/fix.js'
import type {Fix} from '../../src/types.js'

const fix = (title: string, ...edits: Array<[number, number, string]>): Fix => ({
  title,
  edits: edits.map(([start, end, text]) => ({start, end, text})),
})

describe('applyFixes', () => {
  it('applies non-overlapping edits wherever they are, in any order given', () => {
    const result = applyFixes('one two three', [fix('c', [8, 13, '3']), fix('a', [0, 3, '1'])])
    expect(result.text).toBe('1 two 3')
    expect(result.applied.map((f) => f.title)).toEqual(['c', 'a'])
    expect(result.skipped).toEqual([])
  })

  it('applies adjacent edits (one ends where the next starts)', () => {
    const result = applyFixes('abcdef', [fix('x', [0, 3, 'X']), fix('y', [3, 6, 'Y'])])
    expect(result.text).toBe('XY')
    expect(result.skipped).toEqual([])
  })

  it('skips a fix that overlaps one already accepted, keeping the first', () => {
    const first = fix('first', [2, 5, '-'])
    const second = fix('second', [4, 6, '+'])
    const result = applyFixes('abcdefg', [first, second])
    expect(result.text).toBe('ab-fg')
    expect(result.applied).toEqual([first])
    expect(result.skipped).toEqual([second])
  })

  it('is atomic per fix: one clashing edit skips all of the fix', () => {
    const base = fix('base', [0, 1, 'A'])
    const twoEdits = fix('two', [5, 6, 'F'], [0, 1, 'Z'])
    const result = applyFixes('abcdefg', [base, twoEdits])
    expect(result.text).toBe('Abcdefg')
    expect(result.skipped).toEqual([twoEdits])
  })

  it('takes one insertion per offset from different fixes, in report order; the others wait for the next pass', () => {
    const result = applyFixes('# T\n', [fix('one', [4, 4, '## A\n']), fix('two', [4, 4, '## B\n']), fix('three', [4, 4, '## C\n'])])
    expect(result.text).toBe('# T\n## A\n')
    expect(result.applied.map((f) => f.title)).toEqual(['one'])
    expect(result.skipped.map((f) => f.title)).toEqual(['two', 'three'])
    // One fix may insert twice at one place: its edits are written together.
    const together = applyFixes('# T\n', [fix('both', [4, 4, '## A\n'], [4, 4, '## B\n'])])
    expect(together.text).toBe('# T\n## A\n## B\n')
  })

  it('puts an insertion before a replacement starting at the same offset, and refuses an insertion inside a replaced span', () => {
    const result = applyFixes('abc', [fix('replace', [1, 2, 'B']), fix('insert', [1, 1, '>']), fix('inside', [2, 2, '!'])])
    // [2,2) touches the end of [1,2): allowed, it lands after the replacement.
    expect(result.text).toBe('a>B!c')
    const refused = applyFixes('abcd', [fix('replace', [1, 3, 'X']), fix('inside', [2, 2, '!'])])
    expect(refused.text).toBe('aXd')
    expect(refused.skipped.map((f) => f.title)).toEqual(['inside'])
  })

  it('refuses a fix whose own edits overlap, or whose offsets are outside the text', () => {
    const selfOverlap = fix('self', [0, 2, 'x'], [1, 3, 'y'])
    const outside = fix('outside', [2, 99, 'z'])
    const backwards = fix('backwards', [3, 1, 'z'])
    const empty: Fix = {title: 'empty', edits: []}
    const result = applyFixes('abcd', [selfOverlap, outside, backwards, empty])
    expect(result.text).toBe('abcd')
    expect(result.skipped).toEqual([selfOverlap, outside, backwards, empty])
  })

  it('leaves CRLF line endings alone around the edits', () => {
    const text = '# Title\r\n\r\nTODO here\r\n'
    const start = text.indexOf('TODO')
    const result = applyFixes(text, [fix('done', [start, start + 4, 'DONE']), fix('add', [text.length, text.length, '## Risks\r\n'])])
    expect(result.text).toBe('# Title\r\n\r\nDONE here\r\n## Risks\r\n')
  })

  it('returns the text unchanged with no fixes', () => {
    expect(applyFixes('same', [])).toEqual({text: 'same', applied: [], skipped: []})
  })
})
