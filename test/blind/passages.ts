// What both blind tests share: the passages of a set, and the check that a set holds both
// verdicts in each of the three languages.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {expect} from 'vitest'

const root = path.dirname(fileURLToPath(import.meta.url))

/** The passages of a set (a folder here), as `set/name.md`, sorted. */
export function passagesIn(set: string): string[] {
  return readdirSync(path.join(root, set))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${set}/${name}`)
}

/** A passage's text (`set/name.md`). */
export function passageText(file: string): string {
  return readFileSync(path.join(root, file), 'utf8')
}

/** Asserts that the set has `count` passages, and every one of its verdicts in English, French and Spanish. */
export function expectEveryVerdict(set: string, count: number, verdicts: readonly string[], labelOf: (file: string) => string | undefined): void {
  const passages = passagesIn(set)
  expect(passages).toHaveLength(count)
  for (const language of ['en', 'fr', 'es']) {
    const labels = new Set(passages.filter((file) => file.startsWith(`${set}/${language}-`)).map(labelOf))
    expect(labels).toEqual(new Set(verdicts))
  }
}
