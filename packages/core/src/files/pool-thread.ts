// What a thread of `LintPool` (pool.ts) does: gets its rules, says which rules it holds,
// then runs the file jobs it is sent, one at a time. pool-worker.ts is such a thread that
// imports the rule pack it is named; a bundle with a pack built in (the `lessonlint`
// command's) is another, which the pool runs as its `threadModule`.

import {parentPort} from 'node:worker_threads'
import type {Rule} from '../types.js'
import {runFileJob, type FileJob} from './file-job.js'
import type {PoolMessage} from './pool.js'

/** Serves the pool that started this thread with the rules `loadRules` gives; a failure to load them says so, once. */
export async function servePoolThread(loadRules: () => Promise<readonly Rule[]>): Promise<void> {
  const port = parentPort
  if (port === null) throw new Error('servePoolThread runs in a worker thread of a LintPool')
  const send = (message: PoolMessage) => port.postMessage(message)
  try {
    const rules = await loadRules()
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
}
