// Growth measurement: does linting an input built at n characters and at 8n
// take at most about 16 times as long? Linear code takes about 8 times as
// long (n log n a little more); quadratic code 64 times, cubic 512 times. A
// ratio of times holds on a slow or busy machine where absolute times do not.
//
// Timings on a shared machine are noisy, so each size is linted several
// times and the fastest run counts (noise only ever adds time), and n is
// grown until the small input takes long enough to stand above the noise of
// the timer and of the fixed cost of linting a short proposal.
import {performance} from 'node:perf_hooks'

import {expect, test} from 'vitest'

import {forgetRecentTexts, lintText} from '@lessonlint/core'
import type {LintResult, Rule} from '@lessonlint/core'
import {rules} from '@lessonlint/rules-ilo'

/** Input grows by this factor between the two measurements. */
export const FACTOR = 8
/** Time may grow this much: twice as fast as the input (t(8n)/t(n) > 16 fails). */
export const MAX_RATIO = 2 * FACTOR

export interface GrowthOptions {
  /** The small input's fastest run must take at least this long (ms), and twice the time of `build(1)`. */
  minMs?: number
  /** n halves while one lint of the small input takes longer than this (ms), down to `minN`. */
  maxStartMs?: number
  minN?: number
  /** Never calibrate beyond this n (a family whose first sizes are already slow stops growing). */
  maxN?: number
  /** Runs at n (the fastest counts). */
  smallRuns?: number
  /** Runs at 8n (the fastest counts). */
  largeRuns?: number
  /** Measurements again (n and 8n) when the ratio is over the limit: noise on a busy machine only adds time. */
  retries?: number
  /** The ratio allowed (MAX_RATIO unless the family's cost is known to be upstream, see `Family.upstream`). */
  maxRatio?: number
  /** What to lint with; the whole ILO pack by default. */
  lint?: (text: string) => LintResult
}

export interface Growth {
  n: number
  /** Characters of the input at n and at 8n. */
  smallLength: number
  largeLength: number
  /** Fastest lint of each, in ms. */
  small: number
  large: number
  /** large / small. */
  ratio: number
  /** Whether `large` is twice the time at 4n (8n was not tried, see `measureGrowth`). */
  estimated: boolean
}

const pack: readonly Rule[] = rules

const collectGarbage = (globalThis as {gc?: () => void}).gc

/** Lints with the whole ILO pack as a library user does; fails loudly on an internal error (a rule threw). */
export function lintWithPack(text: string): LintResult {
  const result = lintText(text, {rules: pack})
  if (result.internalErrors.length > 0) throw new Error(`internal error: ${JSON.stringify(result.internalErrors[0])}`)
  return result
}

/**
 * Lets the event loop turn. vitest's worker reports progress over an RPC whose answer times out after
 * 60 s; a test that blocks longer than that (a whole family measured in one synchronous stretch on a
 * busy machine) reads the answer after the timeout has fired, and vitest fails the run with an
 * unhandled "Timeout calling onTaskUpdate" although every assertion passed.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

async function fastest(text: string, runs: number, lint: (text: string) => LintResult): Promise<number> {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    await yieldToEventLoop()
    // Garbage left by earlier runs and families is collected before the clock starts (the growth project
    // runs with --expose-gc): else a large input pays for the small ones' old generation.
    collectGarbage?.()
    // Each run starts from no texts kept by earlier lints: a small input's texts all stay from one run to the next, a
    // large one's overflow the stores, and the ratio would then measure their capacity ("big front matter").
    forgetRecentTexts()
    const start = performance.now()
    lint(text)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/**
 * Measures how linting time grows from `build(n)` to `build(8n)`. n starts at
 * `start`, halves while one lint takes over `maxStartMs` (a cubic family must
 * not run for minutes at 8n) and doubles until the small input takes `minMs`
 * and twice as long as the proposal around it (else the fixed cost of linting
 * the proposal would hide how the payload grows). The input at 4n is linted
 * once first: when it already takes four times longer than linear growth
 * allows, 8n is not tried (its time is reported as twice the one at 4n, less
 * than any super-linear growth would give).
 */
export async function measureGrowth(build: (n: number) => string, start: number, options: GrowthOptions = {}): Promise<Growth> {
  const {minMs = 30, maxStartMs = 250, minN = 16, maxN = start * 1024, smallRuns = 3, largeRuns = 2, retries = 3, lint = lintWithPack, maxRatio = MAX_RATIO} = options
  // The proposal around a tiny payload (and a warm-up): its time is the fixed cost the small input must stand well above.
  const base = await fastest(build(1), 3, lint)
  const target = Math.max(minMs, 2 * base)
  let n = start
  while (n >= 2 * minN && await fastest(build(n), 1, lint) > maxStartMs) n = Math.floor(n / 2)
  let small = await fastest(build(n), smallRuns, lint)
  while (small < target && n * 2 <= maxN) {
    n *= 2
    small = await fastest(build(n), smallRuns, lint)
  }
  const smallText = build(n)
  const largeText = build(n * FACTOR)
  const half = await fastest(build((n * FACTOR) / 2), 1, lint)
  const estimated = half / small > 4 * (maxRatio / 2)
  let large = estimated ? half * 2 : await fastest(largeText, largeRuns, lint)
  // Noise only ever adds time: a ratio over the limit is measured again (both sizes) before it counts,
  // so a passing family costs one run at 8n and a failing one a few.
  for (let retry = 0; retry < retries && !estimated && large / small > maxRatio; retry++) {
    small = Math.min(small, await fastest(smallText, smallRuns, lint))
    large = Math.min(large, await fastest(largeText, 1, lint))
  }
  return {n, smallLength: smallText.length, largeLength: largeText.length, small, large, ratio: large / small, estimated}
}

/** One line for a failure message or a report. */
export function describeGrowth(name: string, growth: Growth, maxRatio = MAX_RATIO): string {
  const {n, smallLength, largeLength, small, large, ratio, estimated} = growth
  const at8n = estimated ? `over ${large.toFixed(1)} ms (twice the time at 4n)` : `${large.toFixed(1)} ms`
  return `${name}: n=${n}, ${smallLength} → ${largeLength} chars, ${small.toFixed(1)} → ${at8n}, ratio ${estimated ? 'over ' : ''}${ratio.toFixed(1)} (at most ${maxRatio})`
}

/** Generous: a failing (quadratic) family takes seconds, and the machine may be busy. */
const TIMEOUT = 120_000

/**
 * A vitest test that fails when the family's linting time grows more than twice as fast as its input;
 * for a family whose cost is upstream (`upstream` says where), more than twice as fast as quadratic.
 */
export function testGrowth({name, start, build, minN, upstream}: {name: string; start: number; build: (n: number) => string; minN?: number; upstream?: string}): void {
  const maxRatio = upstream ? 2 * FACTOR * FACTOR : MAX_RATIO
  test(
    upstream ? `${name} (quadratic upstream: ${upstream})` : name,
    async () => {
      const growth = await measureGrowth(build, start, {...(minN === undefined ? {} : {minN}), maxRatio})
      const line = describeGrowth(name, growth, maxRatio)
      if (process.env['GROWTH_REPORT']) console.log(line)
      expect(growth.ratio, line).toBeLessThanOrEqual(maxRatio)
    },
    TIMEOUT,
  )
}
