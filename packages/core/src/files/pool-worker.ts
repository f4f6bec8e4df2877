// A thread of `LintPool` (pool.ts) that imports the rule pack it is named (`rulesModule`).

import {workerData} from 'node:worker_threads'
import type {Rule} from '../types.js'
import {servePoolThread} from './pool-thread.js'

const {rulesModule} = workerData as {rulesModule: string}

await servePoolThread(async () => {
  const pack = (await import(rulesModule)) as {rules?: readonly Rule[]}
  if (!Array.isArray(pack.rules)) throw new Error(`${rulesModule} exports no \`rules\` array`)
  return pack.rules
})
