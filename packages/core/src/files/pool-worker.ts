// A thread of `LintPool` (pool.ts): imports the rule pack it is named, says
// which rules it holds, then runs file jobs one at a time.

import {parentPort, workerData} from 'node:worker_threads'
import type {Rule} from '../types.js'
import {runFileJob, type FileJob} from './file-job.js'
import type {PoolMessage} from './pool.js'

const port = parentPort!
const send = (message: PoolMessage) => port.postMessage(message)
const {rulesModule} = workerData as {rulesModule: string}

try {
  const pack = (await import(rulesModule)) as {rules?: readonly Rule[]}
  if (!Array.isArray(pack.rules)) throw new Error(`${rulesModule} exports no \`rules\` array`)
  const rules = pack.rules
  port.on('message', ({id, job}: {id: number; job: FileJob}) => {
    try {
      send({kind: 'done', id, outcome: runFileJob(rules, job)})
    } catch (error) {
      send({kind: 'error', id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
    }
  })
  send({kind: 'ready', ruleIds: rules.map((rule) => rule.meta.id)})
} catch (error) {
  send({kind: 'unavailable', error: error instanceof Error ? error.message : String(error)})
}
