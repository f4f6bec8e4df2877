// Placing positions of a linted text in the text as it is now (src/drift.ts).

import {describe, expect, test} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {DocumentHistory, Drift, MAX_LOGGED_CHANGES} from '../src/drift.js'

/** A history of `text` that logs from the start, and its document. */
function tracked(text: string): {history: DocumentHistory; document: TextDocument} {
  const history = new DocumentHistory()
  history.track()
  return {history, document: TextDocument.create('file:///a.md', 'markdown', 1, text)}
}

/** Replaces [start, end) with `text`, as an incremental change. */
function edit(history: DocumentHistory, document: TextDocument, start: number, end: number, text: string): void {
  history.update(document, [{range: {start: document.positionAt(start), end: document.positionAt(end)}, text}], document.version + 1)
}

describe('Drift', () => {
  const drift = new Drift([{start: 10, end: 14, length: 2}])

  test('a span before or after a change keeps its text; one it touched grows or shrinks with it', () => {
    expect(drift.span(2, 6)).toEqual({start: 2, end: 6})
    expect(drift.span(20, 24)).toEqual({start: 18, end: 22})
    // Spanning the change: the new text is inside.
    expect(drift.span(8, 16)).toEqual({start: 8, end: 14})
    // Every character replaced: nothing left to show.
    expect(drift.span(10, 14)).toBeUndefined()
    expect(drift.span(11, 13)).toBeUndefined()
  })

  test('text inserted at a boundary stays outside the span', () => {
    const insertion = new Drift([{start: 5, end: 5, length: 3}])
    expect(insertion.span(5, 9)).toEqual({start: 8, end: 12})
    expect(insertion.span(1, 5)).toEqual({start: 1, end: 5})
    expect(insertion.span(5, 5)).toEqual({start: 8, end: 8})
  })

  test('an edit is placed only where no change touched the characters it replaces', () => {
    expect(drift.untouched(2, 6)).toEqual({start: 2, end: 6})
    expect(drift.untouched(20, 24)).toEqual({start: 18, end: 22})
    expect(drift.untouched(14, 16)).toEqual({start: 12, end: 14})
    expect(drift.untouched(12, 16)).toBeUndefined()
    expect(drift.untouched(8, 16)).toBeUndefined()
    // An insertion strictly inside, or at the same place as an insertion.
    expect(new Drift([{start: 5, end: 5, length: 1}]).untouched(4, 6)).toBeUndefined()
    expect(new Drift([{start: 5, end: 5, length: 1}]).untouched(5, 5)).toBeUndefined()
    expect(new Drift([{start: 5, end: 5, length: 1}]).untouched(5, 7)).toEqual({start: 6, end: 8})
  })
})

describe('DocumentHistory', () => {
  test('random edits: every span no edit touched is found, with its own text, where the drift places it', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let round = 0; round < 50; round++) {
      const original = Array.from({length: 400}, (_, i) => 'abcdefghij\n'[(i * 7 + round) % 11]).join('')
      const {history, document} = tracked(original)
      const edits = 1 + random(8)
      for (let i = 0; i < edits; i++) {
        const text = document.getText()
        const start = random(text.length + 1)
        const end = Math.min(text.length, start + random(6))
        edit(history, document, start, end, 'XY'.slice(0, random(3)))
      }
      const drift = history.since(0)!
      let checked = 0
      for (let probe = 0; probe < 40; probe++) {
        const start = random(original.length)
        const end = Math.min(original.length, start + 1 + random(10))
        const placed = drift.untouched(start, end)
        if (!placed) continue
        checked++
        expect(document.getText().slice(placed.start, placed.end)).toBe(original.slice(start, end))
      }
      expect(checked).toBeGreaterThan(10)
    }
  })

  test('a whole-text change keeps the common beginning and end in place', () => {
    const {history, document} = tracked('# Title\n\nSome text.\n\nA TODO here.\n')
    history.update(document, [{text: '# Title\n\nOther words.\n\nA TODO here.\n'}], 2)
    const drift = history.since(0)!
    const todo = '# Title\n\nSome text.\n\nA '.length
    expect(drift.untouched(todo, todo + 4)).toEqual({start: todo + 2, end: todo + 6})
    expect(drift.untouched(0, 7)).toEqual({start: 0, end: 7})
    expect(drift.untouched(9, 13)).toBeUndefined()
  })

  test('the epoch counts changes, whatever the version numbers; the hash follows the text', () => {
    const {history, document} = tracked('one')
    const first = history.hash(document)
    history.update(document, [{text: 'two'}], 1)
    expect(history.epoch).toBe(1)
    expect(history.hash(document)).not.toBe(first)
    history.update(document, [{text: 'one'}], 1)
    expect(history.epoch).toBe(2)
    expect(history.hash(document)).toBe(first)
  })

  test('the log reaches back to the newest lint only, and never holds more than its budget', () => {
    const {history, document} = tracked('x'.repeat(100))
    for (let i = 0; i < 5; i++) edit(history, document, 0, 0, 'a')
    history.forget(3)
    expect(history.logged).toBe(2)
    expect(history.since(2)).toBeUndefined()
    expect(history.since(3)!.changes).toHaveLength(2)
    for (let i = 0; i < MAX_LOGGED_CHANGES + 10; i++) edit(history, document, 0, 0, 'a')
    expect(history.logged).toBeLessThanOrEqual(MAX_LOGGED_CHANGES)
    expect(history.since(3)).toBeUndefined()
    expect(history.since(history.epoch - 1)!.changes).toHaveLength(1)
  })

  test('a document never linted logs nothing', () => {
    const history = new DocumentHistory()
    const document = TextDocument.create('file:///a.json', 'json', 1, '{}')
    for (let i = 0; i < 100; i++) history.update(document, [{text: `{"a": ${i}}`}], i + 2)
    expect(history.logged).toBe(0)
    expect(history.since(0)).toBeUndefined()
  })
})
