// Whether a negator governs a mention: "No gender budget is foreseen", "we
// will not involve ITC-ILO" and "without coaching" are not evidence.
//
// The judgement is local to the clause that holds the mention. Before the
// mention, any negator of the clause counts ("no dedicated gender budget
// line", "there will not be any follow-up coaching"). After it, only a verb
// negation right behind the mention counts ("ITC-ILO is not foreseen"),
// because a negation further on usually belongs to another predicate.

import {isAbbreviationPeriod} from './abbreviations.js'

interface Token {
  /** Lowercase, accents and apostrophe variants folded: "ningún" → "ningun", "n’a" → "n'a". */
  word: string
  start: number
  end: number
}

/**
 * How many words may stand between a mention and a negation after it. The
 * verb group follows its subject: "ITC-ILO is not", "an evaluation will not",
 * "coaching and mentoring will not", "la formation ne sera pas" all have the
 * negator within three words. Further away, the negation usually belongs to a
 * later predicate ("coaching helps workers keep skills they do not use").
 */
const AFTER_WINDOW = 3

/** Words that end a clause. Commas alone do not; these do, with or without a comma before them. */
const CONJUNCTIONS = new Set([
  'but', 'however', 'whereas', 'while', 'although', 'though', 'except',
  'mais', 'cependant', 'toutefois', 'tandis',
  'pero', 'aunque', 'sino',
])
const TWO_WORD_CONJUNCTIONS = new Set(['alors que', 'sin embargo', 'no obstante'])
/** Conjunctions that open a subordinate clause; fronted, it ends at its comma ("Although no budget is set, the ITC-ILO..."). */
const SUBORDINATING = new Set(['whereas', 'while', 'although', 'though', 'tandis', 'aunque', 'alors que'])
/**
 * Words that open a fronted adverbial clause or phrase when they start a
 * clause; its comma ends it ("Where committees have no women members, the
 * project will work with...", "Without a gender budget, the ITC-ILO...").
 */
const FRONTED = new Set([
  'if', 'when', 'where', 'because', 'since', 'as', 'once', 'unless', 'until', 'after', 'before', 'given', 'without',
  'si', 'quand', 'lorsque', 'comme', 'puisque', 'sans', 'faute',
  'cuando', 'donde', 'como', 'mientras', 'sin', 'ya',
])

/** Negators that govern what follows them in the clause. */
const NEGATORS = new Set([
  'no', 'not', 'without', 'neither', 'nor', 'none', 'never', 'cannot', 'excluding', 'absent',
  'lack', 'lacks', 'lacking', 'lacked',
  'pas', 'aucun', 'aucune', 'sans', 'ni', 'jamais',
  'sin', 'ningun', 'ninguna', 'ninguno', 'nunca',
])
/** "without", "sans", "sin": after another negator they cancel it ("no workshop without coaching"). */
const PRIVATIVES = new Set(['without', 'sans', 'sin'])
/** Negators that can follow the mention as its verb's negation. */
const VERB_NEGATORS = new Set(['not', 'never', 'cannot', 'pas', 'jamais', 'nunca', 'absent'])
/** What completes French "ne": "ne ... que" alone means "only", not "not". */
const NE_PARTNERS = new Set(['pas', 'plus', 'jamais', 'rien', 'personne', 'point', 'guere', 'aucun', 'aucune', 'ni'])
/** Words after "not"/"no"/"pas" that make them something else: "not only", "no later than", "pas seulement". */
const NOT_NEGATING_NEXT = new Set([
  'only', 'just', 'merely', 'least', 'solo', 'solamente', 'seulement', 'uniquement', 'obstante', 'embargo', 'matter',
])
const COMPARATIVES = new Set(['later', 'more', 'less', 'fewer', 'sooner', 'earlier'])
/** Words that open a subordinate clause: a negation behind them is that clause's, not the mention's. */
const SUBORDINATORS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'if', 'unless', 'because', 'since', 'as', 'so', 'until',
  'qui', 'que', 'dont', 'lorsque', 'quand', 'si', 'car', 'parce', 'puisque',
  'quien', 'quienes', 'cual', 'cuales', 'donde', 'cuando', 'porque', 'como',
])

/** A word, keeping English clitics ("don't", "women's") but not French elisions ("n'y" is "n" + "y"). */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’ʼ](?:t|s|ll|re|ve|d|m)(?![\p{L}\p{N}\p{M}]))?/gu
/** French elided words, restored so "n'", "d'" and "qu'" read as "ne", "de" and "que". */
const ELISIONS: Record<string, string> = {
  n: 'ne', d: 'de', l: 'le', qu: 'que', s: 'se', c: 'ce', j: 'je', m: 'me', t: 'te',
  lorsqu: 'lorsque', puisqu: 'puisque', jusqu: 'jusque',
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => {
    let word = match[0].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/gu, "'")
    const end = match.index + match[0].length
    if (/^['’ʼ]/u.test(text.slice(end))) word = ELISIONS[word] ?? word
    return {word, start: match.index, end}
  })
}

/** Start and end of the clause holding `[from, to)`. */
function clauseAround(text: string, tokens: readonly Token[], from: number, to: number): [number, number] {
  let start = 0
  let end = text.length
  const boundary = (at: number, after: number) => {
    if (after <= from) start = Math.max(start, after)
    else if (at >= to) end = Math.min(end, at)
  }
  for (const match of text.matchAll(/;|[.:!?…](?=\s|$)/gu)) {
    if (match[0] === '.' && isAbbreviationPeriod(text, match.index)) continue
    boundary(match.index, match.index + 1)
  }
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]
    const pair = next ? `${token.word} ${next.word}` : ''
    const end = TWO_WORD_CONJUNCTIONS.has(pair) ? next!.end : CONJUNCTIONS.has(token.word) ? token.end : -1
    if (end === -1) return
    boundary(token.start, end)
    const comma = text.indexOf(',', end)
    if ((SUBORDINATING.has(token.word) || SUBORDINATING.has(pair)) && comma !== -1) boundary(comma, comma + 1)
  })
  const opener = tokens.find((token) => token.start >= start)
  if (opener && opener.end <= from && FRONTED.has(opener.word)) {
    let comma = text.indexOf(',', opener.end)
    while (comma !== -1 && comma < end && continuesList(tokens, comma, end)) comma = text.indexOf(',', comma + 1)
    if (comma !== -1 && comma < end) boundary(comma, comma + 1)
  }
  return [start, end]
}

const LIST_CONJUNCTIONS = new Set(['and', 'or', 'nor', 'et', 'ou', 'ni', 'y', 'o'])

/** Whether the comma continues a list: a conjunction comes within the next item or two (", mentoring or follow-up"). */
function continuesList(tokens: readonly Token[], comma: number, limit: number): boolean {
  const next = tokens.filter((token) => token.start > comma && token.end <= limit).slice(0, 3)
  return next.slice(1).some((token) => LIST_CONJUNCTIONS.has(token.word))
}

/** Whether tokens[i] is a negator here, given its neighbours. */
function negatorAt(text: string, tokens: readonly Token[], i: number, clauseEnd: number): boolean {
  const {word, end} = tokens[i]!
  const next = tokens[i + 1]
  const nextWord = next && next.start < clauseEnd ? next.word : ''
  if (NOT_NEGATING_NEXT.has(nextWord)) return false
  if (word.endsWith("n't")) return true
  if (word === 'ne') {
    return tokens.some((token, j) => j > i && token.start < clauseEnd && NE_PARTNERS.has(token.word))
  }
  if (word === 'no') {
    // "no later than", "no-cost", "No. 188", "no 3".
    if (COMPARATIVES.has(nextWord) && tokens[i + 2]?.word === 'than') return false
    if (/^-\p{L}|^\.?\s*\d/u.test(text.slice(end))) return false
    return true
  }
  if (word === 'not' && tokens[i - 1]?.word === 'or') return false // "whether or not"
  if (word === 'absence') return nextWord === 'of' || nextWord === 'de' || nextWord === 'del'
  if (word === 'manque') return nextWord === 'de'
  if (word === 'instead') return nextWord === 'of'
  if (word === 'sin' && nextWord === 'embargo') return false
  return NEGATORS.has(word)
}

/** Relative pronouns: a negation after one belongs to the relative clause. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'qui', 'que', 'dont', 'quien', 'quienes', 'cual', 'cuales'])
/** Relative pronouns that are never complementisers ("that"/"que" can be: "does not expect that the ITC-ILO..."). */
const STRICT_RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'qui', 'dont', 'quien', 'quienes', 'cual', 'cuales'])
/** After a comma, these open a new coordinated phrase: ", and many workers...", ", with a course". */
const NEW_PHRASE = new Set(['and', 'et', 'y', 'with', 'avec', 'con'])
/**
 * Where a negator's reach ends. Commas alone do not end it: "without
 * coaching, mentoring or follow-up" negates all three. It ends at the clause
 * end; or at a comma followed by "and"/"with" (a new phrase: "often with no
 * witnesses, and live-in workers..."); at the next comma for a contrast
 * (", not X,") and "instead of X,"; and, inside a relative clause, at the
 * first comma that does not continue a list ("young people who are not in
 * employment, education or training, with a preparation course").
 */
function reachOf(text: string, tokens: readonly Token[], i: number, clauseStart: number, clauseEnd: number): number {
  const token = tokens[i]!
  const contrast = token.word === 'instead' || (token.word === 'not' && /,\s*$/u.test(text.slice(0, token.start)))
  const inRelative = tokens.some((other, j) => j < i && other.start >= clauseStart && RELATIVES.has(other.word))
  for (let comma = text.indexOf(',', token.end); comma !== -1 && comma < clauseEnd; comma = text.indexOf(',', comma + 1)) {
    const next = tokens.find((other) => other.start > comma)
    if (contrast || (next && next.end <= clauseEnd && NEW_PHRASE.has(next.word))) return comma
    if (inRelative && !continuesList(tokens, comma, clauseEnd)) return comma
  }
  return clauseEnd
}

let memo: {text: string; tokens: Token[]} = {text: '', tokens: []}

/** Whether a negator governs `text[start, end)` within its clause. */
export function isNegated(text: string, start: number, end: number): boolean {
  if (memo.text !== text) memo = {text, tokens: tokenize(text)}
  const {tokens} = memo
  const [clauseStart, clauseEnd] = clauseAround(text, tokens, start, end)

  const before: Token[] = []
  tokens.forEach((token, i) => {
    if (token.start < clauseStart || token.end > start || !negatorAt(text, tokens, i, clauseEnd)) return
    if (reachOf(text, tokens, i, clauseStart, clauseEnd) < end) return
    // The mention is in a relative clause of what is negated: "no link to the tax regimes which traders use".
    if (tokens.some((other) => other.start > token.end && other.end <= start && STRICT_RELATIVES.has(other.word))) return
    before.push(token)
  })
  const nearest = before.at(-1)
  if (nearest) {
    // "No workshop will run without coaching": the two negations cancel out.
    const cancelled = PRIVATIVES.has(nearest.word) && before.some((token) => !PRIVATIVES.has(token.word))
    return !cancelled
  }

  const first = tokens.findIndex((token) => token.start >= end)
  if (first === -1) return false
  for (let i = first; i < tokens.length && i <= first + AFTER_WINDOW; i++) {
    const token = tokens[i]!
    if (token.end > clauseEnd || text.slice(end, token.start).includes(',')) return false
    if (SUBORDINATORS.has(token.word)) return false
    if (token.word === 'missing' || token.word === 'lacking') return true
    // Spanish puts "no" right before the verb ("la formación no está prevista"); one word on, "no" is a determiner ("training with no follow-up").
    const verbNegator = VERB_NEGATORS.has(token.word) || token.word.endsWith("n't") || token.word === 'ne'
    if ((verbNegator || (token.word === 'no' && i === first)) && negatorAt(text, tokens, i, clauseEnd)) return true
  }
  return false
}
