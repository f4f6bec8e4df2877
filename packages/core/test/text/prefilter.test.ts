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

// A text is looked over once for the lexicons that can open in it (by three characters, two, or
// the first); lexicons compiled after that look are searched directly until it is renewed.
test('a text looked over before some lexicons were compiled still finds their terms', () => {
  const text = 'Mentoring of labour inspectors continues after the inspectorate workshop; 40 % women.'
  const lexicon = (name: string, terms: string[]) => compileLexicon(defineLexicon(name, {en: terms}))
  const asked = (name: string, terms: string[]) => lexicon(name, terms).hits(text).map((hit) => text.slice(hit.start, hit.end))
  // Enough lexicons for the text to be looked over, the first of them asked before the others exist.
  expect(asked('first', ['labour inspector'])).toEqual(['labour inspectors'])
  for (let i = 0; i < 20; i++) lexicon(`filler ${i}`, [`zz${i}`])
  expect(asked('after the look', ['inspectorate'])).toEqual(['inspectorate'])
  expect(asked('absent', ['inspection', 'labor', 'women only'])).toEqual([])
  // Many more: the text is looked over again, and each finds what it has and nothing else.
  for (let i = 0; i < 80; i++) lexicon(`more ${i}`, [`yy${i}`])
  expect(asked('a connector', ['and', 'of labour'])).toEqual(['of labour'])
  expect(asked('a short first word', ['at', 'af*'])).toEqual(['after'])
  expect(asked('a symbol', ['% women'])).toEqual(['% women'])
  expect(asked('a prefix', ['mentor*', 'continu*'])).toEqual(['Mentoring', 'continues'])
  expect(asked('absent again', ['inspection', 'labor'])).toEqual([])
})
