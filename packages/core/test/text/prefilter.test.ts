// The matcher skips word starts whose first two characters open no term; these
// are the forms where a term's second character is not its own second letter.
import {expect, test} from 'vitest'
import {compileLexicon, defineLexicon} from '../../src/text/index.js'

function found(terms: string[], text: string): string[] {
  return compileLexicon(defineLexicon('prefilter', {en: terms}))
    .hits(text)
    .map((hit) => text.slice(hit.start, hit.end))
}

test('a two-letter word ending in y or e keeps its ies/ing forms', () => {
  expect(found(['spy network', 'ky'], 'Spies networks and kies.')).toEqual(['Spies networks', 'kies'])
  expect(found(['te'], 'Ting, tes and te.')).toEqual(['Ting', 'tes', 'te'])
})

test('a one-letter first word is followed by anything a term allows', () => {
  expect(found(['M&E', 'x ray', 'a*'], 'M & E plan, M-and-E, x-ray, xray, a, abc')).toEqual([
    'M & E',
    'M-and-E',
    'x-ray',
    'xray',
    'a',
    'abc',
  ])
})

test('connectors, prefixes and symbols open terms as before', () => {
  expect(found(['and partners', 'men*', 'n° 5', '% women'], 'And partners; mentoring; N° 5; 40 % women.')).toEqual([
    'And partners',
    'mentoring',
    'N° 5',
    '% women',
  ])
})

test('a word start that opens no term is skipped without hiding the next one', () => {
  expect(found(['training'], 'the trade of trainers: training, tr, t')).toEqual(['training'])
})
