// Lexicon terms → a matcher per lexicon.
//
// Matching must not move offsets (ranges point into the document). The text
// is folded one UTF-16 unit for one ("É" → "e", "’" → "'"), so a match in the
// folded text has the same offsets in the original, and a term is plain
// lowercase characters with inflections. What a term matches is what its
// regular expression (`termPattern`) matches; the matcher walks the term's
// word forms in that expression's order instead of compiling it.

import type {Language, Lexicon} from '../types.js'
import {RecentTexts} from './recent.js'

const LANGUAGES: readonly Language[] = ['en', 'fr', 'es']

/** Characters that would mean something in a regular expression; a term is a plain phrase. */
const FORBIDDEN = /[\\^$.|?+()[\]{}]/u

/** What separates the words of a term: whitespace and hyphens/dashes, in any run. */
const SEPARATOR_CHAR = '\\s\\u200B\\u00AD\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D'
const TERM_SEPARATOR = new RegExp(`[${SEPARATOR_CHAR}]+`, 'u')
const SEP = `[${SEPARATOR_CHAR}]*`
/**
 * Each separator character, which the text a lexicon searches has as a space: between the words
 * of a term the matcher then skips spaces (` *` in `termPattern`'s terms), not the whole class.
 */
const SEPARATOR = new RegExp(`[${SEPARATOR_CHAR}]`, 'gu')

/** A word character for boundary purposes (combining marks belong to their letter). */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]'
/** A word character at `lastIndex`. */
const WORD_CHAR_AT = new RegExp(WORD_CHAR, 'uy')
/** The one inflection a word may carry: English s/es/'s/ed/d/ing, French e/s/es/x. Longest first. */
const SUFFIXES = ['ing', 'es', 'ed', "'s", 's', 'd', 'e', 'x']
/**
 * A word written with a plain final "e" takes no second "e": "trade" is "trades" and "traded", never "tradees",
 * and French "cible" (a target) is "cibles", while "ciblées" (targeted), which folds to "cible" + "es", is
 * another word. A word ending in "é" ("formé") keeps "e" and "es": "formée", "formées".
 */
const SUFFIXES_AFTER_PLAIN_E = SUFFIXES.filter((suffix) => !suffix.startsWith('e') && suffix !== 'x')
/** `&`, `and` and `et` are one connector in terms, tried in this order. */
const CONNECTOR_FORMS = ['&', 'and', 'et']
const CONNECTORS = new Set(CONNECTOR_FORMS)

/** Folded form of each UTF-16 unit below 0x2100 (Latin, Greek, Cyrillic, punctuation): lowercase, accents off. */
const FOLD = buildFoldTable()

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x2100)
  for (let code = 0; code < table.length; code++) {
    const char = String.fromCharCode(code)
    let folded = char.toLowerCase()
    if (folded.length !== 1) folded = char
    const decomposed = folded.normalize('NFD')
    if (decomposed.length > 1 && /^[a-z]\p{M}+$/iu.test(decomposed)) folded = decomposed[0]!.toLowerCase()
    table[code] = folded.charCodeAt(0)
  }
  // Letters with a stroke do not decompose but read as their base letter; apostrophes are one.
  for (const [from, to] of ['øo', 'Øo', 'đd', 'Đd', 'łl', 'Łl', "’'", "ʼ'", "‘'"]) {
    table[from!.charCodeAt(0)] = to!.charCodeAt(0)
  }
  return table
}

/** Lowercase, accent-free text of exactly the same length: offsets stay valid. */
export function foldText(text: string): string {
  let folded = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    folded += code < FOLD.length ? String.fromCharCode(FOLD[code]!) : text[i]
  }
  return folded
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/u.test(char) ? `\\${char}` : char
}

function charsPattern(chars: string): string {
  return [...chars].map(escapeChar).join('')
}

/** The forms a (folded) word takes in a term: the matcher walks them, `wordPattern` writes them as a pattern. */
type WordForms =
  /** "&", "and" or "et", in that order. */
  | {kind: 'connector'}
  /** A prefix ("mentor*"): the characters, then any run of word characters, longest first. */
  | {kind: 'prefix'; chars: string}
  /** A word ending in a symbol ("n°"), or an abbreviation with dots ("cc.oo"): exactly its characters. */
  | {kind: 'literal'; chars: string}
  /** A word: itself with one of its `suffixes` or none, then "y" → "ies", then "e" → "ing". */
  | {kind: 'inflected'; chars: string; suffixes: readonly string[]; ies: string | null; ing: string | null}

/** The forms of a term's word, given folded (`word`) and as the term writes it (`written`: its accents tell "e" from "é"). */
function wordForms(word: string, written: string): WordForms {
  if (CONNECTORS.has(word)) return {kind: 'connector'}
  if (word.endsWith('*')) return {kind: 'prefix', chars: word.slice(0, -1)}
  // An abbreviation with dots ("cc.oo") takes no inflection: it is written as it is.
  if (!/[\p{L}\p{N}]$/u.test(word) || word.includes('.')) return {kind: 'literal', chars: word}
  const stem = word.slice(0, -1)
  return {
    kind: 'inflected',
    chars: word,
    suffixes: /e$/iu.test(written) ? SUFFIXES_AFTER_PLAIN_E : SUFFIXES,
    ies: word.length > 1 && word.endsWith('y') ? `${stem}ies` : null,
    ing: word.length > 1 && word.endsWith('e') ? `${stem}ing` : null,
  }
}

/** A (folded) word's forms as a regular expression: with its inflections, or a prefix when it ends in `*`. */
function wordPattern(word: string, written: string): string {
  const forms = wordForms(word, written)
  switch (forms.kind) {
    case 'connector':
      return `(?:${CONNECTOR_FORMS.join('|')})`
    case 'prefix':
      return `${charsPattern(forms.chars)}${WORD_CHAR}*`
    case 'literal':
      return charsPattern(forms.chars)
    case 'inflected': {
      const alternatives = [`${charsPattern(forms.chars)}(?:${forms.suffixes.join('|')})?`, ...[forms.ies, forms.ing].filter((form) => form !== null).map(charsPattern)]
      return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`
    }
  }
}

/** Splits a term into words; `&` is a word of its own even when written "M&E". */
function termWords(term: string): string[] {
  return term
    .trim()
    .split(TERM_SEPARATOR)
    .flatMap((word) => word.split(/(&)/u))
    .filter((word) => word !== '')
}

/**
 * The regular expression source of one term, to run (flag `u`) over folded
 * text: the definition of what the term matches, which the matcher follows
 * (tested against it). It is only tried where a word starts (see `hits`), so it
 * needs no boundary before it. `separator`: what may stand between its words.
 */
export function termPattern(term: string, separator = SEP): string {
  return termWords(term)
    .map((word) => wordPattern(foldText(word), word))
    .join(separator)
}

/** Whether a term ends with a word, so that the text must not go on with a letter after it. */
function endsWithWord(term: string): boolean {
  return /[\p{L}\p{N}*]$/u.test(term)
}

function checkTerm(name: string, language: string, term: unknown): string {
  const where = `Lexicon "${name}" (${language})`
  if (typeof term !== 'string') throw new Error(`${where}: terms must be strings, got ${typeof term}.`)
  const trimmed = term.trim()
  if (trimmed === '') throw new Error(`${where}: a term is empty.`)
  // Only terms with a dot are split into words (this runs for every term at start-up): an abbreviation's dots are its own.
  const forbidden = FORBIDDEN.exec(trimmed.includes('.') ? withoutAbbreviationDots(trimmed) : trimmed)
  if (forbidden) {
    throw new Error(
      `${where}: term "${term}" contains "${forbidden[0]}". Terms are plain phrases, not regular expressions: ` +
        'words separated by spaces or hyphens, and a trailing "*" on a word to match it as a prefix.',
    )
  }
  // Most terms hold no "*": only those are split into words (this runs for every term at start-up).
  for (const word of trimmed.includes('*') ? termWords(trimmed) : []) {
    if (word.slice(0, -1).includes('*') || word === '*') {
      throw new Error(`${where}: term "${term}" has a "*" that is not at the end of a word ("mentor*" is a prefix).`)
    }
  }
  if (!/[\p{L}\p{N}]/u.test(trimmed)) throw new Error(`${where}: term "${term}" has no letter or digit.`)
  return trimmed
}

/**
 * A word that is an abbreviation written with dots between its letters, as Spanish doubles the letters of a
 * plural's initials: "CC.OO" (Comisiones Obreras), "EE.UU", "CC.SS". Its dots are characters of the word, not a
 * regular expression's; a dot after the last letter is the sentence's, or a stop the text may leave out.
 */
const DOTTED_ABBREVIATION = /^(?:[\p{L}\p{N}]{1,3}\.){1,5}[\p{L}\p{N}]{1,3}$/u

function withoutAbbreviationDots(term: string): string {
  return term
    .split(/(\s+)/u)
    .map((word) => (DOTTED_ABBREVIATION.test(word) ? word.replaceAll('.', '') : word))
    .join('')
}

function validate(name: unknown, terms: unknown): Lexicon {
  if (typeof name !== 'string' || name.trim() === '') throw new Error('A lexicon needs a non-empty name.')
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) {
    throw new Error(`Lexicon "${name}": terms must be an object of term lists by language ({en: [...], fr: [...]}).`)
  }
  const checked: Partial<Record<Language, readonly string[]>> = {}
  let count = 0
  for (const [language, list] of Object.entries(terms)) {
    if (!LANGUAGES.includes(language as Language)) {
      throw new Error(`Lexicon "${name}": unknown language "${language}" (expected ${LANGUAGES.join(', ')}).`)
    }
    if (!Array.isArray(list)) throw new Error(`Lexicon "${name}" (${language}): terms must be an array of strings.`)
    checked[language as Language] = Object.freeze(list.map((term) => checkTerm(name, language, term)))
    count += list.length
  }
  if (count === 0) throw new Error(`Lexicon "${name}" has no terms.`)
  return Object.freeze({name, terms: Object.freeze(checked)})
}

/**
 * Defines a named set of terms per language. Terms are matched case- and
 * accent-insensitively at word boundaries, with inflections; the term syntax
 * is in ./README.md. Throws on a malformed term, so a rule's own tests catch it.
 */
export function defineLexicon(name: string, terms: Partial<Record<Language, string[]>>): Lexicon {
  return validate(name, terms)
}

/**
 * Lexicons made from a document's own words (the acronyms it gives its organisations), by name
 * and terms. The next lint of the document, the language server's after each edit, gets the same
 * lexicon object back, and with it the hits each sentence already has for it: a new object would
 * be compiled again, take a new place in every prepared text and search every sentence anew.
 */
const documentLexicons = new RecentTexts<Lexicon>(64)

/**
 * `defineLexicon` for terms taken from the document being linted: the same name and terms give
 * the same lexicon (see `documentLexicons`). The terms are matched as `defineLexicon` matches them.
 */
export function documentLexicon(name: string, terms: Partial<Record<Language, string[]>>): Lexicon {
  const key = JSON.stringify([name, LANGUAGES.map((language) => terms[language] ?? [])])
  return documentLexicons.get(key, () => defineLexicon(name, terms))
}

/** A raw hit in a string: `[start, end)` and the term that matched. */
export interface Hit {
  start: number
  end: number
  term: string
}

export interface CompiledLexicon {
  readonly lexicon: Lexicon
  /** The lexicon's place among the compiled ones (in `PreparedText`, `documentWideHits`). */
  readonly slot: number
  /** Every hit in the text, overlaps resolved by longest match, in text order (kept for the text: do not change it). */
  hits(text: string): readonly Hit[]
  /** The same, in a text prepared once for every lexicon (`prepareText`). */
  hitsIn(text: PreparedText): readonly Hit[]
}

/** A text as every lexicon searches it (folded, its word starts found), kept for recent texts. */
export type PreparedText = Readonly<Prepared>

/** The prepared form of a text: a sentence asked about many lexicons looks it up once. */
export function prepareText(text: string): PreparedText {
  return prepared.get(text, prepare)
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>()

/** The lexicon's matcher, built once per lexicon object. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  let result = compiled.get(lexicon)
  if (!result) {
    result = compile(validate(lexicon.name, lexicon.terms))
    compiled.set(lexicon, result)
  }
  return result
}

/** Where a word starts: a letter or digit with none before it. */
const WORD_START = /(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}]/gu

/**
 * What the matcher runs over: the folded text, where words start in it, and,
 * when the text has combining marks (decomposed accents, emoji variation
 * selectors), a map from folded positions back to the text's own. Marks are
 * dropped from the folded text rather than allowed after every letter of every
 * term: one mark in a document made every regex both slow to build and slow to run.
 */
interface Prepared {
  /** The text itself: a term written in capitals is matched only where the text writes it so (`capitalsOf`). */
  text: string
  folded: string
  starts: number[]
  /** The two characters at each start as one number (`pairKey`): what every lexicon looks up first. */
  openings: number[]
  /** `origin[i]` is the text position of `folded[i]`; absent when no mark was dropped. */
  origin: number[] | null
  /** Each compiled lexicon's hits in this text, by the lexicon's `slot`, once asked (none kept for one that cannot open here). */
  found: Map<number, readonly Hit[]>
  /** How many of the `documentWide` lexicons were checked here, and the slots of those with hits. */
  checked: number
  withHits: number[]
  /**
   * Which of the first `lookedOver` compiled lexicons (by slot) can have a term opening here: a text is
   * looked over once for all of them, and the others have no hits without a search (`mayOpenIn`).
   */
  mayOpen: Uint32Array | null
  lookedOver: number
}

const COMBINING_MARK = /\p{M}/u

/**
 * Prepared forms of recent sentences: every lexicon searches the same sentences,
 * and the next lint of an edited document the same sentences but one or two.
 */
const prepared = new RecentTexts<Prepared>(8_000)

function prepare(text: string): Prepared {
  const result: Prepared = COMBINING_MARK.test(text) ? withoutMarks(text) : {text, folded: foldText(text), starts: [], openings: [], origin: null, found: new Map(), checked: 0, withHits: [], mayOpen: null, lookedOver: 0}
  // One unit for one, as folding: offsets stay valid.
  result.folded = result.folded.replace(SEPARATOR, ' ')
  const {folded} = result
  result.starts = [...folded.matchAll(WORD_START)].map((match) => match.index)
  result.openings = result.starts.map((start) => pairKey(folded, start))
  return result
}

function withoutMarks(text: string): Prepared {
  const folded = foldText(text)
  let kept = ''
  const origin: number[] = []
  for (let i = 0; i < folded.length; i++) {
    if (COMBINING_MARK.test(folded[i]!)) continue
    kept += folded[i]
    origin.push(i)
  }
  origin.push(text.length)
  return {text, folded: kept, starts: [], openings: [], origin, found: new Map(), checked: 0, withHits: [], mayOpen: null, lookedOver: 0}
}

/** The next compiled lexicon's place in `Prepared.found`. */
let nextSlot = 0

/**
 * The compiled lexicons (by slot) with a term that can open at a word start with these four
 * characters, or these three (`tripleKey`: terms whose first word does not fix its fourth), or
 * these two (`pairKey`: nor its third), or this first character (nor its second), and those with
 * a term opening with a symbol, which is looked for anywhere. A lint asks each sentence about a
 * hundred lexicons, of which it mentions a few: one look over its word starts says which ones
 * can have hits, instead of each lexicon looking over them.
 */
const slotsByQuad = new Map<string, number[]>()
const slotsByTriple = new Map<number, number[]>()
const slotsByOpening = new Map<number, number[]>()
const slotsByFirst = new Map<number, number[]>()
const searchedEverywhere: number[] = []

function mayOpenIn(entry: Prepared, slot: number): boolean {
  // Lexicons are compiled as rules first ask for them: a text looked over before some were is looked over
  // again once their number has doubled (a few times per text at most), and asks the others directly.
  if (slot >= entry.lookedOver && nextSlot >= 2 * entry.lookedOver + 16) lookOver(entry)
  return slot >= entry.lookedOver || (entry.mayOpen![slot >>> 5]! & (1 << (slot & 31))) !== 0
}

function lookOver(entry: Prepared): void {
  // One bit per lexicon: a long document keeps thousands of texts, and there are hundreds of lexicons.
  const mayOpen = new Uint32Array(Math.ceil(nextSlot / 32))
  const mark = (slots: readonly number[] | undefined) => {
    if (slots) for (const slot of slots) mayOpen[slot >>> 5]! |= 1 << (slot & 31)
  }
  const {folded, starts, openings} = entry
  for (let i = 0; i < starts.length; i++) {
    mark(slotsByQuad.get(folded.slice(starts[i]!, starts[i]! + 4)))
    mark(slotsByTriple.get(tripleKey(openings[i]!, folded.charCodeAt(starts[i]! + 2) || 0)))
    mark(slotsByOpening.get(openings[i]!))
    mark(slotsByFirst.get(folded.charCodeAt(starts[i]!)))
  }
  mark(searchedEverywhere)
  entry.mayOpen = mayOpen
  entry.lookedOver = nextSlot
}

function register<K>(index: Map<K, number[]>, keys: Iterable<K>, slot: number): void {
  for (const key of keys) {
    const slots = index.get(key)
    if (slots) slots.push(slot)
    else index.set(key, [slot])
  }
}

function compile(lexicon: Lexicon): CompiledLexicon {
  const slot = nextSlot++
  const terms = [...new Set(LANGUAGES.flatMap((language) => lexicon.terms[language] ?? []))]
  // At a position the first term that matches wins, as in an alternation, so
  // longer terms go first: "gender budget line" before "gender budget".
  const wordCounts = new Map(terms.map((term) => [term, termWords(term).length]))
  terms.sort((a, b) => wordCounts.get(b)! - wordCounts.get(a)! || b.length - a.length)
  // Which terms can start with which two characters: a term can only start
  // where a word starts (or at its own first symbol: "% women"), with the first
  // two characters its first word has in every form `wordPattern` gives it.
  // Terms whose first word is too short to fix its second character ("by",
  // "&") can start at any pair opening with their first character.
  const byOpening = new Map<number, string[]>()
  const byFirst = new Map<string, string[]>()
  /** The third characters each term can start with (`thirdChars`), and what its first word always starts with (`fixedStart`). */
  const thirdsOf = new Map<string, string[] | null>()
  const startOf = new Map<string, string | null>()
  for (const term of terms) {
    const first = termWords(foldText(term))[0]!
    thirdsOf.set(term, thirdChars(first))
    startOf.set(term, fixedStart(first))
    const pairs = CONNECTORS.has(first) ? null : openingPairs(first)
    if (pairs === null) for (const char of CONNECTORS.has(first) ? ['&', 'a', 'e'] : [first[0]!]) push(byFirst, char, term)
    else for (const pair of new Set(pairs)) push(byOpening, pairKey(pair, 0), term)
  }
  const symbols = [...byFirst.keys()].filter((char) => !/[\p{L}\p{N}]/u.test(char))
  const quads = new Set<string>()
  const triples = new Set<number>()
  const pairsOnly = new Set<number>()
  for (const [pair, openers] of byOpening) {
    for (const term of openers) {
      const begin = startOf.get(term)
      const thirds = thirdsOf.get(term)
      if (begin && begin.length >= 4) quads.add(begin.slice(0, 4))
      else if (thirds) for (const third of thirds) triples.add(tripleKey(pair, third.charCodeAt(0)))
      else pairsOnly.add(pair)
    }
  }
  register(slotsByQuad, quads, slot)
  register(slotsByTriple, triples, slot)
  register(slotsByOpening, pairsOnly, slot)
  register(slotsByFirst, [...byFirst.keys()].map((char) => char.charCodeAt(0)), slot)
  if (symbols.length > 0) searchedEverywhere.push(slot)
  // At a start, only the terms that can open there are tried: a few candidates
  // instead of the whole lexicon, which is most of a lint's search time.
  const atOpening = new Map<number, Opening>()
  function openingAt(folded: string, start: number, key: number): Opening {
    let opening = atOpening.get(key)
    if (!opening) {
      const openers = new Set([...(byOpening.get(key) ?? []), ...(byFirst.get(folded[start]!) ?? [])])
      // The lexicon's order (longest first) is kept, so the candidates pick what the whole lexicon would.
      const candidates = terms.filter((term) => openers.has(term))
      // Terms ending in a word must not be followed by a letter; the few that end in a symbol
      // ("convention n°") need no boundary. At each start the longer of the two matches wins.
      const byWord = candidates.filter(endsWithWord).map(formsOf)
      const bySymbol = candidates.filter((term) => !endsWithWord(term)).map(formsOf)
      // Most word starts with a term's two characters have none of its third: there no term need be tried.
      const thirds = candidates.map((term) => thirdsOf.get(term) ?? null)
      const third = thirds.includes(null) ? null : new Set(thirds.flatMap((chars) => chars!.map((char) => char.charCodeAt(0))))
      // Nor have most of those with it the rest of a term's first word ("trade" where "training" is wanted).
      // Only worth asking when every candidate's first word fixes more than the three characters checked before.
      const starts = candidates.map((term) => startOf.get(term) ?? null)
      const begins = starts.every((start) => start !== null && start.length > 3) ? shortestFirst(starts as string[]) : null
      opening = {byWord, bySymbol, third, begins}
      atOpening.set(key, opening)
    }
    return opening
  }

  function hitsIn(text: PreparedText): readonly Hit[] {
    const entry = text as Prepared
    // Nothing is kept for a lexicon that cannot open in the text, which most cannot: one bit says so, before any lookup.
    if (!mayOpenIn(entry, slot)) return NO_HITS
    let hits = entry.found.get(slot)
    if (hits === undefined) {
      hits = search(entry)
      entry.found.set(slot, hits)
    }
    return hits
  }

  /** The longest term (the word-ending one on a tie) that matches at a start. */
  function hitAt(text: Prepared, start: number, opening: number): Hit | null {
    const {folded} = text
    if (!byOpening.has(opening) && !byFirst.has(folded[start]!)) return null
    const {byWord, bySymbol, third, begins} = openingAt(folded, start, opening)
    if (third && !third.has(folded.charCodeAt(start + 2))) return null
    if (begins && !startsWithAny(folded, start, begins)) return null
    const best = firstMatch(byWord, text, start, true)
    const symbolEnding = firstMatch(bySymbol, text, start, false)
    return symbolEnding && (!best || symbolEnding.end > best.end) ? symbolEnding : best
  }

  // Nothing is allocated for a text without hits, which most searches are: a lint runs hundreds of thousands.
  function search(text: Prepared): readonly Hit[] {
    const {folded, starts, openings, origin} = text
    let found: Hit[] | null = null
    for (let i = 0; i < starts.length; i++) {
      const hit = hitAt(text, starts[i]!, openings[i]!)
      if (hit) (found ??= []).push(hit)
    }
    // A term opening with a symbol ("% women") starts where no word does.
    for (const symbol of symbols) {
      for (let at = folded.indexOf(symbol); at !== -1; at = folded.indexOf(symbol, at + 1)) {
        const hit = hitAt(text, at, pairKey(folded, at))
        if (hit) (found ??= []).push(hit)
      }
    }
    if (found === null) return NO_HITS
    if (origin) found = found.map((hit) => ({...hit, start: origin[hit.start]!, end: origin[hit.end]!}))
    return freeze(longestFirst(found))
  }
  return {lexicon, slot, hits: (text) => hitsIn(prepareText(text)), hitsIn}
}

/**
 * The lexicons searched over whole documents so far, in the order first searched so (a list
 * that only grows). Rules ask each document about the same few dozen lexicons: which of them a
 * text mentions is kept with the text, and a document indexes its sentences by it once.
 */
const documentWide: CompiledLexicon[] = []
const placeInDocumentWide = new Map<CompiledLexicon, number>()

/** Notes that the lexicon is searched over whole documents; its place in that list. */
export function searchedDocumentWide(lexicon: CompiledLexicon): number {
  let place = placeInDocumentWide.get(lexicon)
  if (place === undefined) {
    place = documentWide.push(lexicon) - 1
    placeInDocumentWide.set(lexicon, place)
  }
  return place
}

/** How many lexicons are searched over whole documents so far. */
export function documentWideCount(): number {
  return documentWide.length
}

/** The lexicon's place among those searched over whole documents, or -1. */
export function documentWidePlace(lexicon: CompiledLexicon): number {
  return placeInDocumentWide.get(lexicon) ?? -1
}

/**
 * The slots of the lexicons among the first `count` searched document-wide that have hits in the text
 * (and maybe of some after them). Each text checks a lexicon once: the next lint's, only the new ones.
 */
export function documentWideHits(text: PreparedText, count: number): readonly number[] {
  const entry = text as Prepared
  for (; entry.checked < count; entry.checked++) {
    const lexicon = documentWide[entry.checked]!
    if (lexicon.hitsIn(entry).length > 0) entry.withHits.push(lexicon.slot)
  }
  return entry.withHits
}

const NO_HITS: readonly Hit[] = Object.freeze([])

function freeze(found: Hit[]): readonly Hit[] {
  return found.length === 0 ? NO_HITS : Object.freeze(found)
}

/**
 * The two characters a term's first (folded) word can start with in every form
 * `wordPattern` gives it, or null when its second character is not fixed (a
 * word of one character, followed by a suffix or a separator or the next word).
 */
function openingPairs(word: string): string[] | null {
  const base = word.endsWith('*') ? word.slice(0, -1) : word
  if (base.length < 2 || !/^[\p{L}\p{N}]/u.test(base)) return null
  if (word.endsWith('*') || base.length > 2 || !/[ye]$/u.test(base)) return [base.slice(0, 2)]
  // "by" also reads "bies", "te" also "ting": the stem plus "ies"/"ing".
  return [base, `${base[0]}i`]
}

/**
 * The third characters a term's first (folded) word can have in every form
 * `wordPattern` gives it ("use" also reads "using", "buy" "buies"), or null
 * when it is not fixed (a word of two characters goes on with anything).
 */
function thirdChars(word: string): string[] | null {
  const base = word.endsWith('*') ? word.slice(0, -1) : word
  if (CONNECTORS.has(word) || base.length < 3 || !/^[\p{L}\p{N}]/u.test(base)) return null
  if (word.endsWith('*') || base.length > 3 || !/[ye]$/u.test(base)) return [base[2]!]
  return [base[2]!, 'i']
}

/**
 * What a term's first (folded) word starts with in every form `wordPattern` gives it: the word
 * itself, less a final "y" or "e" (which "ies" and "ing" replace), or a prefix term's stem; null
 * for a connector ("&", "and", "et": each reads as the others).
 */
function fixedStart(word: string): string | null {
  if (CONNECTORS.has(word)) return null
  if (word.endsWith('*')) return word.slice(0, -1)
  return word.length > 1 && /[ye]$/u.test(word) ? word.slice(0, -1) : word
}

/** Whether `text` has one of `prefixes` at `at` (a loop: this runs at every candidate word start). */
function startsWithAny(text: string, at: number, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (text.startsWith(prefix, at)) return true
  return false
}

/** The distinct strings without those another of them starts: any text starting with one of these starts with one of them all. */
function shortestFirst(strings: readonly string[]): string[] {
  const kept: string[] = []
  for (const candidate of [...new Set(strings)].sort((a, b) => a.length - b.length)) {
    if (!kept.some((shorter) => candidate.startsWith(shorter))) kept.push(candidate)
  }
  return kept
}

/**
 * What is tried at word starts with one opening pair: its candidate terms (longest first) that
 * end in a word and those that end in a symbol, the third characters they can have and what
 * their first words start with (null: anything).
 */
interface Opening {
  byWord: TermForms[]
  bySymbol: TermForms[]
  third: Set<number> | null
  begins: string[] | null
}

/** Three UTF-16 units as one number: a pair (its `pairKey`) and the unit after it. */
function tripleKey(pair: number, third: number): number {
  return pair * 0x10000 + third
}

/** Two UTF-16 units at `at` as one number. */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + (text.charCodeAt(at + 1) || 0)
}

function push<K>(map: Map<K, string[]>, key: K, term: string): void {
  const list = map.get(key)
  if (list) list.push(term)
  else map.set(key, [term])
}

/**
 * A term as the matcher reads it: its words, each with its forms (`wordForms`).
 * Terms are matched by walking these forms, not by regular expressions: a lint used to build
 * some 2,600 regexes (680 KB of source), and compiling them was a third of a cold run, again in
 * every worker thread.
 */
interface TermForms {
  term: string
  words: WordForms[]
  /** The letters and digits of a term written in capitals, which only the same capitals in the text match; null for any other term. */
  capitals: string | null
}

/** Each term's forms, made once: a term is a candidate at several openings. */
const termForms = new Map<string, TermForms>()

function formsOf(term: string): TermForms {
  let forms = termForms.get(term)
  if (forms === undefined) {
    forms = {term, words: termWords(term).map((word) => wordForms(foldText(word), word)), capitals: capitalsOf(term)}
    termForms.set(term, forms)
  }
  return forms
}

/** The first of `terms` (in order) that matches at `start`, followed by no word character when `bounded`. */
function firstMatch(terms: readonly TermForms[], text: Prepared, start: number, bounded: boolean): Hit | null {
  for (const {term, words, capitals} of terms) {
    const end = matchWords(words, 0, text.folded, start, bounded)
    if (end !== -1 && (capitals === null || writtenInCapitals(text, start, capitals))) return {start, end, term}
  }
  return null
}

/**
 * A term written in capitals is an acronym ("ILS", "NGO", "CC.OO"): its letters and digits, or null for a term
 * with a lower-case letter, a single capital or a connector. Matched in any case, an acronym would be every word its letters
 * spell ("Ils couvriront…" is French for "they will cover", not international labour standards).
 */
function capitalsOf(term: string): string | null {
  // "M&E" is also "M and E": a connector's words are no capitals.
  if (/\p{Ll}|&/u.test(term)) return null
  const letters = term.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '')
  return (letters.match(/\p{Lu}/gu)?.length ?? 0) >= 2 ? letters : null
}

/** Whether the text's letters and digits from a folded position on are the `capitals` as written (accents aside; "ILOs" is "ILO"). */
function writtenInCapitals({text, origin}: Prepared, start: number, capitals: string): boolean {
  let matched = 0
  for (let at = origin ? origin[start]! : start; at < text.length && matched < capitals.length; at++) {
    const char = text[at]!.normalize('NFD')[0]!
    if (!/[\p{L}\p{N}]/u.test(char)) continue
    if (char !== capitals[matched]) return false
    matched++
  }
  return matched === capitals.length
}

/**
 * Where words `index`… of a term end when they start at `at`, or -1. The forms are tried in the
 * order the term's regular expression (`termPattern`) would try them, backtracking alike, so
 * the match is the one that regex finds: the first that completes (and is bounded, if asked).
 * Only a prefix word gives more than a dozen ways on, one per letter left in its word: a term
 * whose prefix word is not its last can take time quadratic in the length of one word, as the
 * regex did; the pack has no such term.
 */
function matchWords(words: readonly WordForms[], index: number, folded: string, at: number, bounded: boolean): number {
  if (index === words.length) return bounded && wordCharAt(folded, at) ? -1 : at
  // Between words, any number of spaces (every separator is one in the searched text).
  if (index > 0) while (folded.charCodeAt(at) === 32) at++
  const word = words[index]!
  const next = index + 1
  // No closure or array per call: this runs for every candidate term at every word start.
  switch (word.kind) {
    case 'connector':
      for (const form of CONNECTOR_FORMS) {
        if (!folded.startsWith(form, at)) continue
        const end = matchWords(words, next, folded, at + form.length, bounded)
        if (end !== -1) return end
      }
      return -1
    case 'literal':
      return folded.startsWith(word.chars, at) ? matchWords(words, next, folded, at + word.chars.length, bounded) : -1
    case 'prefix': {
      if (!folded.startsWith(word.chars, at)) return -1
      const stops = [at + word.chars.length]
      for (let stop = stops[0]!; wordCharAt(folded, stop); ) {
        stop += folded.codePointAt(stop)! > 0xffff ? 2 : 1
        stops.push(stop)
      }
      for (let i = stops.length - 1; i >= 0; i--) {
        const end = matchWords(words, next, folded, stops[i]!, bounded)
        if (end !== -1) return end
      }
      return -1
    }
    case 'inflected': {
      if (folded.startsWith(word.chars, at)) {
        const stem = at + word.chars.length
        for (const suffix of word.suffixes) {
          if (!folded.startsWith(suffix, stem)) continue
          const end = matchWords(words, next, folded, stem + suffix.length, bounded)
          if (end !== -1) return end
        }
        const end = matchWords(words, next, folded, stem, bounded)
        if (end !== -1) return end
      }
      if (word.ies !== null && folded.startsWith(word.ies, at)) {
        const end = matchWords(words, next, folded, at + word.ies.length, bounded)
        if (end !== -1) return end
      }
      if (word.ing !== null && folded.startsWith(word.ing, at)) {
        const end = matchWords(words, next, folded, at + word.ing.length, bounded)
        if (end !== -1) return end
      }
      return -1
    }
  }
}

/** Whether a word character (letter, digit, combining mark) starts at `at`. */
function wordCharAt(text: string, at: number): boolean {
  WORD_CHAR_AT.lastIndex = at
  return WORD_CHAR_AT.test(text)
}

/** Keeps the longest of overlapping hits (the earlier one on a tie), in text order. */
function longestFirst(found: Hit[]): Hit[] {
  if (found.length < 2) return found
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  // Positions taken by a kept hit: checking a hit against them costs its length, not the number of hits kept.
  const taken = new Uint8Array(found.reduce((end, hit) => Math.max(end, hit.end), 0))
  const kept: Hit[] = []
  for (const hit of byLength) {
    if (taken.subarray(hit.start, hit.end).includes(1)) continue
    taken.fill(1, hit.start, hit.end)
    kept.push(hit)
  }
  return kept.sort((a, b) => a.start - b.start)
}
