// Linting time grows linearly with long runs of every kind of character and
// construct, each where rules read it (growth.ts says how it is measured,
// families.ts what each input is).
import {describe} from 'vitest'

import {RUNS} from './families.js'
import {testGrowth} from './growth.js'

describe('long runs', () => {
  for (const family of RUNS) testGrowth(family)
})
