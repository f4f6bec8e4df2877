// The server with the three test rules of test-rules.mjs instead of the ILO pack,
// linting in a worker thread that imports the same module.
import {startServer} from '@lessonlint/language-server'
import {presets, rules} from './test-rules.mjs'

startServer({
  rules,
  presets,
  version: '0.0.0-test',
  rulesModule: new URL('./test-rules.mjs', import.meta.url).href,
  debounceMs: Number(process.env.LESSONLINT_DEBOUNCE_MS ?? 200),
  ...(process.env.LESSONLINT_MAX_WAIT_MS ? {maxWaitMs: Number(process.env.LESSONLINT_MAX_WAIT_MS)} : {}),
  // LESSONLINT_IN_PROCESS=1: the in-process fallback, for embedders that pass rule objects only.
  ...(process.env.LESSONLINT_IN_PROCESS === '1' ? {rulesModule: undefined} : {}),
})
