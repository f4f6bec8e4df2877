// Lexicon terms → one regular expression per lexicon.
//
// Matching must not change offsets (ranges point into the document), so
// instead of normalising the text we fold case with the `i` flag and accents
// with character classes built into the pattern.

import type {Language, Lexicon} from '../types.js'

const LANGUAGES: readonly Language[] = ['en', 'fr', 'es']

/** Characters that would mean something in a regular expression; a term is a plain phrase. */
const FORBIDDEN = /[\\^$.|?+()[\]{}]/u

/** What separates the words of a term: whitespace and hyphens/dashes, in any run. */
const SEPARATOR_CHAR = '\\s\\u200B\\u00AD\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D'
const TERM_SEPARATOR = new RegExp(`[${SEPARATOR_CHAR}]+`, 'u')
const SEP = `[${SEPARATOR_CHAR}]*`

/** A word character for boundary purposes (combining marks belong to their letter). */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]'
const APOSTROPHE = "['\u2019\u02BC]"
/** The one inflection a word may carry: English s/es/'s/ed/d/ing, French e/s/es/x. Longest first. */
const SUFFIX = `(?:ing|es|ed|${APOSTROPHE}s|s|d|e|x)`
/** `&`, `and` and `et` are one connector in terms. */
const CONNECTORS = new Set(['&', 'and', 'et'])

/** Base letter → every accented form of it (lowercase; the `i` flag does the rest). */
const ACCENTED = buildAccentClasses()

function buildAccentClasses(): Map<string, string> {
  const classes = new Map<string, string>()
  const add = (base: string, char: string) => classes.set(base, (classes.get(base) ?? base) + char)
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code)
      if (char !== char.toLowerCase()) continue
      const decomposed = char.normalize('NFD')
      if (/^[a-z]\p{M}+$/u.test(decomposed)) add(decomposed[0]!, char)
    }
  }
  // Letters with a stroke do not decompose but read as their base letter.
  for (const [base, char] of [
    ['o', 'ø'],
    ['d', 'đ'],
    ['l', 'ł'],
  ] as const) {
    add(base, char)
  }
  return classes
}

/** The base letter of a possibly accented character ("É" → "e"), or the character itself. */
function baseOf(char: string): string {
  const lower = char.toLowerCase()
  const decomposed = lower.normalize('NFD')[0] ?? lower
  for (const [base, chars] of ACCENTED) if (chars.includes(lower)) return base
  return decomposed
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/u.test(char) ? `\\${char}` : char
}

/** A pattern for the characters of a word: accents folded, apostrophes unified, marks allowed. */
function charsPattern(chars: readonly string[]): string {
  return chars
    .map((char) => {
      if (/['\u2019\u02BC]/u.test(char)) return APOSTROPHE
      if (!/\p{L}/u.test(char)) return escapeChar(char)
      const base = baseOf(char)
      const variants = ACCENTED.get(base)
      return `${variants ? `[${variants}]` : escapeChar(base)}\\p{M}*`
    })
    .join('')
}

/** A word with its inflections, or a prefix when it ends in `*`. */
function wordPattern(word: string): string {
  const lower = word.toLowerCase()
  if (CONNECTORS.has(lower)) return '(?:&|and|et)'
  const chars = [...word.replace(/\*$/u, '')]
  if (word.endsWith('*')) return `${charsPattern(chars)}${WORD_CHAR}*`
  const last = chars.at(-1) ?? ''
  if (!/[\p{L}\p{N}]/u.test(last)) return charsPattern(chars)
  const forms = [`${charsPattern(chars)}${SUFFIX}?`]
  const lastBase = baseOf(last)
  const stem = charsPattern(chars.slice(0, -1))
  if (lastBase === 'y' && chars.length > 1) forms.push(`${stem}ies`)
  if (lastBase === 'e' && chars.length > 1) forms.push(`${stem}ing`)
  return forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`
}

/** Splits a term into words; `&` is a word of its own even when written "M&E". */
function termWords(term: string): string[] {
  return term
    .trim()
    .split(TERM_SEPARATOR)
    .flatMap((word) => word.split(/(&)/u))
    .filter((word) => word !== '')
}

/** The regular expression source of one term (without flags or capture group). */
export function termPattern(term: string): string {
  const words = termWords(term)
  const first = words[0] ?? ''
  const last = words.at(-1) ?? ''
  const body = words.map(wordPattern).join(SEP)
  const before = /^[\p{L}\p{N}]/u.test(first) ? `(?<!${WORD_CHAR})` : ''
  const after = /[\p{L}\p{N}*]$/u.test(last) ? `(?!${WORD_CHAR})` : ''
  return `${before}${body}${after}`
}

function checkTerm(name: string, language: string, term: unknown): string {
  const where = `Lexicon "${name}" (${language})`
  if (typeof term !== 'string') throw new Error(`${where}: terms must be strings, got ${typeof term}.`)
  const trimmed = term.trim()
  if (trimmed === '') throw new Error(`${where}: a term is empty.`)
  const forbidden = FORBIDDEN.exec(trimmed)
  if (forbidden) {
    throw new Error(
      `${where}: term "${term}" contains "${forbidden[0]}". Terms are plain phrases, not regular expressions: ` +
        'words separated by spaces or hyphens, and a trailing "*" on a word to match it as a prefix.',
    )
  }
  for (const word of termWords(trimmed)) {
    if (word.slice(0, -1).includes('*') || word === '*') {
      throw new Error(`${where}: term "${term}" has a "*" that is not at the end of a word ("mentor*" is a prefix).`)
    }
  }
  if (!/[\p{L}\p{N}]/u.test(trimmed)) throw new Error(`${where}: term "${term}" has no letter or digit.`)
  return trimmed
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
 * accent-insensitively at word boundaries, with inflections; see the README
 * of @lessonlint/core for the term syntax. Throws on a malformed term, so a
 * rule's own tests catch it.
 */
export function defineLexicon(name: string, terms: Partial<Record<Language, string[]>>): Lexicon {
  return validate(name, terms)
}

/** A raw hit in a string: `[start, end)` and the term that matched. */
export interface Hit {
  start: number
  end: number
  term: string
}

export interface CompiledLexicon {
  readonly lexicon: Lexicon
  /** Every hit in the text, overlaps resolved by longest match, in text order. */
  hits(text: string): Hit[]
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

function compile(lexicon: Lexicon): CompiledLexicon {
  const terms = [...new Set(LANGUAGES.flatMap((language) => lexicon.terms[language] ?? []))]
  // Alternation takes the first alternative that matches at a position, so
  // longer terms go first: "gender budget line" before "gender budget".
  terms.sort((a, b) => termWords(b).length - termWords(a).length || b.length - a.length)
  const regex = new RegExp(terms.map((term) => `(${termPattern(term)})`).join('|'), 'giu')

  function hits(text: string): Hit[] {
    const found: Hit[] = []
    regex.lastIndex = 0
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const index = match.findIndex((group, i) => i > 0 && group !== undefined)
      found.push({start: match.index, end: match.index + match[0].length, term: terms[index - 1]!})
      // Look again from the next position: a longer hit may start inside this one.
      regex.lastIndex = match.index + 1
    }
    return longestFirst(found)
  }
  return {lexicon, hits}
}

/** Keeps the longest of overlapping hits (the earlier one on a tie), in text order. */
function longestFirst(found: Hit[]): Hit[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Hit[] = []
  for (const hit of byLength) {
    if (kept.every((other) => hit.end <= other.start || hit.start >= other.end)) kept.push(hit)
  }
  return kept.sort((a, b) => a.start - b.start)
}
