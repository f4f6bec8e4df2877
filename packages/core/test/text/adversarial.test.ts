// Inputs that once took the text module minutes: each must now finish (vitest's
// timeout catches a hang), with the same judgement as on a short input. They
// assert results, not times.
import {describe, expect, test} from 'vitest'
import {compileLexicon, defineLexicon, isNegated, sentenceSpans} from '../../src/text/index.js'

/** `isNegated` for every occurrence of `term` in `text`. */
function judgeAll(text: string, term: string): boolean[] {
  const verdicts: boolean[] = []
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) verdicts.push(isNegated(text, at, at + term.length))
  return verdicts
}

describe('negation in one very long clause', () => {
  test('four hundred negated mentions separated by commas', () => {
    // Each judgement used to scan every comma for every negator before the mention (13 s here).
    const verdicts = judgeAll('no training, '.repeat(400), 'training')
    expect(verdicts).toHaveLength(400)
    expect(verdicts.every(Boolean)).toBe(true)
  })

  test('a long relative clause: every mention after a "who ... not" is governed by its own negator', () => {
    const verdicts = judgeAll('staff who do not train, '.repeat(1000), 'train')
    expect(verdicts).toHaveLength(1000)
    expect(verdicts.every(Boolean)).toBe(true)
  })

  test('a fronted "Without" and two hundred and fifty "without" phrases', () => {
    const text = 'Without training, coaching, '.repeat(250)
    // The fronted phrase ends at its first comma; later "Without"s are ordinary negators.
    expect(judgeAll(text, 'training')).toEqual(Array.from({length: 250}, () => true))
    expect(judgeAll(text, 'coaching')).toEqual([false, ...Array.from({length: 249}, () => true)])
  })

  test('three thousand contrasts: each negates its own mention and reaches no further', () => {
    // Every mention was checked against every negator before it in the clause.
    const text = `${'Trainers, not staff, '.repeat(3000)}deliver the course.`
    expect(judgeAll(text, 'staff')).toEqual(Array.from({length: 3000}, () => true))
    expect(judgeAll(text, 'Trainers')).toEqual(Array.from({length: 3000}, () => false))
  })

  test('a "without" after many negators that do not reach the mention is not cancelled by them', () => {
    const text = `${'no budget, and '.repeat(1000)}a workshop without coaching.`
    expect(isNegated(text, text.indexOf('coaching'), text.indexOf('coaching') + 8)).toBe(true)
  })
})

describe('periods', () => {
  test('forty thousand initials are forty thousand sentences', () => {
    // Each period used to look back over the whole text for the word before it (15 s here).
    expect(sentenceSpans('A. '.repeat(40_000))).toHaveLength(40_000)
  })

  test('dot leaders of a table of contents do not end a sentence', () => {
    // The terminator regex was tried at every dot of the run, each time reading to its end (13 s here).
    const text = `Introduction${'.'.repeat(50_000)}5 Background. The end.`
    const sentences = sentenceSpans(text).map(([start, end]) => text.slice(start, end).trim())
    expect(sentences.filter((sentence) => sentence !== '')).toEqual([
      `Introduction${'.'.repeat(50_000)}5 Background.`,
      'The end.',
    ])
  })

  test('a mention after many periods is still judged in its clause', () => {
    const text = `${'e.g. '.repeat(20_000)}no training`
    expect(isNegated(text, text.length - 8, text.length)).toBe(true)
  })
})

describe('lexicon hits', () => {
  test('a hundred thousand hits, overlaps resolved longest first', () => {
    // Each hit was compared with every hit kept before it (12 s here).
    const lexicon = defineLexicon('training', {en: ['training', 'training of trainers']})
    const text = `${'training of '.repeat(100_000)}trainers`
    const hits = compileLexicon(lexicon).hits(text)
    expect(hits).toHaveLength(100_000)
    expect(hits.slice(0, -1).every((hit) => text.slice(hit.start, hit.end) === 'training')).toBe(true)
    expect(text.slice(hits.at(-1)!.start)).toBe('training of trainers')
  })
})
