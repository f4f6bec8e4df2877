// The lint worker's entry when the rule pack is named by a module specifier
// (`ServerOptions.rulesModule`): import it, then serve. The module must export
// `rules`, the same rules the server was given.

import {workerData} from 'node:worker_threads'
import type {Rule} from '@lessonlint/core'
import {reportUnavailable, serveLints} from './worker.js'

const {rulesModule} = workerData as {rulesModule: string}
try {
  const pack = (await import(rulesModule)) as {rules?: readonly Rule[]}
  if (!Array.isArray(pack.rules)) throw new Error(`${rulesModule} exports no \`rules\` array`)
  serveLints(pack.rules)
} catch (error) {
  reportUnavailable(error)
}
