// Conventions cited by number ("Convention No. 189", "the Labour Inspection Convention, 1947 (No. 81)",
// "Conventions Nos 97 and 143", "convention n° 181", "Convenio núm. 169"), for rules that ask which ILO
// instruments a proposal names: the term syntax cannot spell "No. 189", so the words after the match are read here.
import type {Match} from '@lessonlint/core'

/**
 * The numbers right after "Convention No." and the like: "No. 189", "Nos 97 and 143", ", 2011 (No. 189)", "n° 181".
 * Each run of spaces has one place to go: a space may follow only something that is not a space (the opening run,
 * the year, "(", "No", "."), since three optional parts each taking spaces made a long run of spaces cubic.
 */
const CITED_NUMBERS =
  /^[\s,]*(?:\d{4}\s*)?(?:\(\s*)?(?:(?:Nos?|n[°º]s?|núms?|número|Number)\.?\s*|\.\s*)?(\d{1,3}(?:\s*(?:,|and|et|y|&)\s*(?:Nos?\.?\s*)?\d{1,3})*)(?!\d)/iu

/** The convention numbers cited right after a match of `conventionByNumber`, or none. */
export function citedNumbers(match: Match): number[] {
  const rest = match.sentence.text.slice(match.sentenceIndex + match.text.length)
  const numbers = CITED_NUMBERS.exec(rest)?.[1]
  return numbers ? [...numbers.matchAll(/\d{1,3}/gu)].map((found) => Number(found[0])) : []
}
