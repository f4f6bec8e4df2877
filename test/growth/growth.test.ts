// Linting time grows linearly with the input (issue 12): for each family of
// inputs, linting 8n characters takes at most about 16 times as long as
// linting n (`growth.ts` says how it is measured). A failure names the family
// and its times; `families.ts` says what each input is and where it sits.

// (The long runs are in runs.test.ts: two files, so the runner measures them side by side.)
import {describe} from 'vitest'

import {REPORTED} from './families.js'
import {testGrowth} from './growth.js'

describe('families reported in issue 12', () => {
  for (const family of REPORTED) testGrowth(family)
})
