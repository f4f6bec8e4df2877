import {closest, distance} from 'fastest-levenshtein'

/**
 * The known name closest to a misspelt one, or undefined when nothing is close
 * enough to be a plausible typo (suggesting "gender-budget" for "foo" helps no one).
 */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  const candidates = [...known]
  if (candidates.length === 0) return undefined
  const best = closest(name, candidates)
  const limit = Math.max(3, Math.ceil(name.length * 0.4))
  if (distance(name, best) <= limit) return best
  // A shortened name ("exclude" for "excludedFiles") is far by edit distance but plain to see.
  const lower = name.toLowerCase()
  return lower.length >= 4 ? candidates.find((candidate) => candidate.toLowerCase().startsWith(lower)) : undefined
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMeanSuffix(name: string, known: Iterable<string>): string {
  const suggestion = didYouMean(name, known)
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`
}
