// What the lexicon tests share: two ways to look at a lexicon's matches in a
// phrase, and assertions over lists of phrases that name the failing one.
import {buildModel, compileLexicon, type Lexicon} from '@lessonlint/core'
import {expect} from 'vitest'

/** What a rule sees through `model.find`: the non-negated mentions in a one-paragraph document, as written. */
export function found(lexicon: Lexicon, text: string): string[] {
  return buildModel(`${text}\n`).find(lexicon).map((match) => match.text)
}

/** Every term the lexicon finds in a string, as written, negated or not (for lexicons rules read with `includeNegated`). */
export function hits(lexicon: Lexicon, text: string): string[] {
  return compileLexicon(lexicon).hits(text).map((hit) => text.slice(hit.start, hit.end))
}

type Finder = (lexicon: Lexicon, text: string) => string[]

/** Each phrase holds at least one match (by default what a rule sees; pass `hits` for raw term hits). */
export function expectMatches(lexicon: Lexicon, phrases: readonly string[], find: Finder = found): void {
  for (const phrase of phrases) expect(find(lexicon, phrase), `"${phrase}" should match ${lexicon.name}`).not.toEqual([])
}

/** No phrase holds a match. */
export function expectNoMatch(lexicon: Lexicon, phrases: readonly string[], find: Finder = found): void {
  for (const phrase of phrases) expect(find(lexicon, phrase), `"${phrase}" should not match ${lexicon.name}`).toEqual([])
}
