// The rule pack's judgement, measured as `pnpm eval` measures it: on the labelled
// corpus (a development set), on the blind paraphrase suite, and on held-out
// passages and whole proposals nobody read while changing the rules. The floors below are where the
// pack stands; raise them when it improves, never lower them to pass.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'

import {evaluate, score} from './eval.mjs'

interface Verdict {
  set: string
  language: string
  file: string
  rule: string
  expected: boolean
  fired: boolean
  lineMisses: number[]
}

const verdicts: Verdict[] = await evaluate()
const of = (set: string, language?: string) => score(verdicts.filter((v) => v.set === set && (!language || v.language === language)))

/** Precision and recall floors per set and language. */
const FLOORS: Array<[set: string, language: string | undefined, precision: number, recall: number]> = [
  ['corpus', undefined, 0.97, 0.97],
  ['fixtures', undefined, 0.97, 0.97],
  ['paraphrase', 'en', 0.97, 0.97],
  ['paraphrase', 'fr', 0.97, 0.97],
  ['paraphrase', 'es', 0.97, 0.97],
  ['holdout', 'en', 0.9, 0.85],
  ['holdout', 'fr', 0.82, 0.85],
  ['holdout', 'es', 0.85, 0.9],
  ['proposals', 'en', 0.95, 0.95],
  ['proposals', 'fr', 0.9, 0.95],
  ['proposals', 'es', 0.95, 0.95],
]

describe('the pack on labelled proposals', () => {
  test.each(FLOORS)('%s %s: precision ≥ %s, recall ≥ %s', (set, language, precision, recall) => {
    const figures = of(set, language)
    expect(figures.tp + figures.fn, `${set} ${language ?? ''} has labelled findings`).toBeGreaterThan(0)
    expect(figures.precision).toBeGreaterThanOrEqual(precision)
    expect(figures.recall).toBeGreaterThanOrEqual(recall)
  })

  test('the corpus per-item lines are all hit (each indicator row, each zero amount, each bad key)', () => {
    const misses = verdicts.filter((v) => (v.set === 'corpus' || v.set === 'fixtures') && v.lineMisses.length > 0)
    expect(misses.map((v) => `${v.file}: ${v.rule}@${v.lineMisses.join(',')}`)).toEqual([])
  })
})

describe('the blind suites are labelled', () => {
  for (const suite of ['paraphrase', 'holdout', 'proposals']) {
    for (const language of ['en', 'fr', 'es']) {
      const dir = join(import.meta.dirname, '..', suite, language)
      test(`${suite}/${language}: every passage has labels, and only labels of passages`, () => {
        expect(existsSync(dir)).toBe(true)
        const labels: Record<string, {rules?: string[]; expect?: string[]}> = {}
        for (const file of readdirSync(dir).filter((f) => /^labels.*\.ya?ml$/u.test(f))) {
          Object.assign(labels, parseYaml(readFileSync(join(dir, file), 'utf8')))
        }
        const passages = readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
        expect(Object.keys(labels).sort()).toEqual(passages)
        for (const [file, label] of Object.entries(labels)) {
          // A passage is judged on a few rules; a whole proposal on every rule (no `rules` key).
          if (suite === 'proposals') continue
          expect(label.rules?.length, `${file} names the rules it is judged on`).toBeGreaterThan(0)
          for (const id of label.expect ?? []) expect(label.rules, `${file}: ${id} is expected but not judged`).toContain(id)
        }
      })
    }
  }
})
