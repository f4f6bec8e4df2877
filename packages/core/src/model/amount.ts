import {RecentTexts} from '../text/recent.js'
import {trimTrailing} from '../text/runs.js'
import type {Amount} from '../types.js'

/** Symbols and prefixed dollars, with the ISO 4217 code each most often means in proposals. */
const SYMBOLS: Readonly<Record<string, string>> = {
  'US$': 'USD',
  'USD$': 'USD',
  'A$': 'AUD',
  'AU$': 'AUD',
  'C$': 'CAD',
  'CA$': 'CAD',
  'NZ$': 'NZD',
  'R$': 'BRL',
  'S/': 'PEN',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₦': 'NGN',
  '₱': 'PHP',
  '₩': 'KRW',
}

const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:euros?)$/i, 'EUR'],
  [/^(?:us )?dollars?$/i, 'USD'],
  [/^(?:swiss )?francs?$/i, 'CHF'],
  [/^(?:pounds?(?: sterling)?)$/i, 'GBP'],
]

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:k|thousands?|mil)$/i, 1e3],
  [/^(?:m|mn|mio|millions?|millones|million)$/i, 1e6],
  [/^(?:bn|b|billions?|milliards?)$/i, 1e9],
]

const TBD =
  /^(?:tbd|tbc|tba|n\/?a|to be (?:determined|confirmed|defined|decided|agreed)|[àa] (?:d[ée]terminer|confirmer|d[ée]finir|pr[ée]ciser)|por (?:determinar|definir|confirmar)|pending|unknown|not (?:yet )?(?:known|available|budgeted|costed))\b/i
const DASHES = /^[-‐‑‒–—―]+$/
const ZERO_WORDS = /^(?:nil|none|zero|néant|neant|ninguno|cero)$/i
const PERCENT = /%|\bper ?cent\b|\bpour ?cent\b|\bpor ?ciento\b/i
const APPROXIMATELY = /^(?:~|≈|approx\.?|approximately|about|around|ca\.|c\.|circa|env\.|environ)\s*/i
const NUMBER = /^[+-]?\d(?:[\d'’., ]*\d)?$/
/** An amount and then a note after a comma, semicolon or spaced dash, the note opening with a letter. */
const NOTE_AFTER_AMOUNT = /^(.*?\d)(?:[,;] | [–—-] )\p{L}/su

/** What recent cell texts say about money: the language server's next lint reads the same tables. Frozen, as they are shared. */
const amounts = new RecentTexts<Amount>(4_000)

/** `parseAmount`, read once per recent cell text. */
export function amountOfCell(text: string): Amount {
  return amounts.get(text, (cell) => Object.freeze(parseAmount(cell)))
}

/**
 * What a table cell says about money. Cell text arrives as plain text (bold
 * and escapes already gone). Separators: spaces, narrow no-break spaces and
 * apostrophes only ever group thousands; when `.` and `,` both occur the
 * last one is the decimal mark (`1,200.50`, `10.000,50`); a lone separator
 * followed by exactly three digits groups thousands (`1,200`, `10.000`)
 * except that a lone `.` before a multiplier is a decimal mark (`1.250m`);
 * any other lone separator is a decimal mark (`1,5 m`, `0.00`).
 */
export function parseAmount(input: string): Amount {
  let text = input
    .replace(/[\u00a0\u202f\u2007\u2009\u200a]/g, ' ')
    .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, '$1')
    .replace(/\s+/g, ' ')
    .trim()
  if (text === '') return {kind: 'none', reason: 'blank'}
  if (DASHES.test(text)) return {kind: 'none', reason: 'dash'}
  if (TBD.test(text)) return {kind: 'none', reason: 'tbd'}
  if (ZERO_WORDS.test(text)) return {kind: 'none', reason: 'zero'}
  if (PERCENT.test(text)) return {kind: 'text'}

  // A trailing note in brackets ("0 (co-financing)") does not change the amount. The text's spaces are
  // single from here on, so " ?" is all a space before a part can be (a \s* before a part at the end,
  // retried at each character of a long run of spaces, would be quadratic); trailing asterisks go by a backwards scan.
  text = trimTrailing(text.replace(/ ?\([^()]*\)$/, ''), (char) => char === '*').trim()
  // So does a note after a comma or a dash that opens with a word: "GBP 7,500, budgeted under Courses", "12 000 – ligne 4.2".
  text = NOTE_AFTER_AMOUNT.exec(text)?.[1] ?? text
  text = text.replace(APPROXIMATELY, '')

  let currency: string | null = null
  const takeCurrency = (token: string): boolean => {
    const code = SYMBOLS[token] ?? (/^[A-Z]{3}$/.test(token) ? token : CURRENCY_WORDS.find(([word]) => word.test(token))?.[1])
    if (!code || currency) return false
    currency = code
    return true
  }

  const prefix = /^(US\$|USD\$|AU?\$|CA?\$|NZ\$|R\$|S\/\.?|[$€£¥₹₦₱₩]|[A-Z]{3}(?=[\s\d]))\s*/.exec(text)
  if (prefix && takeCurrency((prefix[1] as string).replace(/\.$/, ''))) text = text.slice(prefix[0].length)
  const suffix =
    / ?(US\$|[$€£¥₹₦₱₩]|(?<![A-Za-z])[A-Z]{3})$/.exec(text) ??
    / ?\b(euros?|(?:us )?dollars?|(?:swiss )?francs?|pounds?(?: sterling)?)$/i.exec(text)
  if (suffix && /\d/.test(text.slice(0, suffix.index)) && takeCurrency(suffix[1] as string)) {
    text = text.slice(0, suffix.index)
  }

  text = text.trim()
  // "USD –", "EUR TBD": a currency does not make a placeholder an amount.
  if (currency && DASHES.test(text)) return {kind: 'none', reason: 'dash'}
  if (currency && TBD.test(text)) return {kind: 'none', reason: 'tbd'}

  let multiplier = 1
  const scale = /(\d)\s*([a-z]+)\.?$/i.exec(text)
  if (scale) {
    const found = MULTIPLIERS.find(([word]) => word.test(scale[2] as string))
    if (!found) return {kind: 'text'}
    multiplier = found[1]
    text = text.slice(0, scale.index + 1)
  }
  text = text.trim()
  if (!NUMBER.test(text)) return {kind: 'text'}

  const value = readNumber(text, multiplier !== 1)
  if (value === null) return {kind: 'text'}
  const amount = value * multiplier
  if (amount === 0) return {kind: 'none', reason: 'zero'}
  return {kind: 'money', value: Math.round(amount * 100) / 100, currency}
}

function readNumber(raw: string, scaled: boolean): number | null {
  const sign = raw.startsWith('-') ? -1 : 1
  const digits = raw.replace(/^[+-]/, '').replace(/[ '’]/g, '')
  const lastDot = digits.lastIndexOf('.')
  const lastComma = digits.lastIndexOf(',')
  let normalized: string
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ','
    const grouping = decimal === '.' ? ',' : '.'
    const [whole, fraction, ...extra] = digits.split(decimal)
    if (extra.length > 0 || fraction === undefined || fraction.includes(grouping)) return null
    normalized = `${(whole ?? '').split(grouping).join('')}.${fraction}`
  } else if (lastDot !== -1 || lastComma !== -1) {
    const separator = lastDot !== -1 ? '.' : ','
    const parts = digits.split(separator)
    if (parts.length > 2) {
      normalized = parts.join('')
    } else {
      const [whole = '', fraction = ''] = parts
      const groupsThousands = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole) && !(separator === '.' && scaled)
      normalized = groupsThousands ? whole + fraction : `${whole}.${fraction}`
    }
  } else {
    normalized = digits
  }
  if (!/^\d+(?:\.\d+)?$/.test(normalized)) return null
  return sign * Number(normalized)
}
