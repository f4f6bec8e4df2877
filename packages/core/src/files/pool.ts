// A pool of worker threads for `lintFiles`: each thread imports the rule pack
// itself (`rulesModule`), or has it built in (`threadModule`), and runs file jobs
// (file-job.ts, pool-thread.ts), so a run over many
// files uses every core. The pool never loses a file: when the pack cannot be
// loaded in a thread, is not the caller's pack, or a thread dies, the job runs
// in the caller's thread instead.

import {Worker} from 'node:worker_threads'
import type {Rule} from '../types.js'
import {runFileJob, type FileJob, type FileJobOutcome} from './file-job.js'

/** What a pool thread says; see pool-worker.ts. */
export type PoolMessage =
  | {kind: 'ready'; ruleIds: string[]}
  | {kind: 'unavailable'; error: string}
  | {kind: 'done'; id: number; outcome: FileJobOutcome}
  | {kind: 'error'; id: number; error: string}

export interface PoolOptions {
  /** How many threads. */
  threads: number
  /**
   * A module (specifier or file URL) exporting `rules`: the same rules, in the same order, as
   * the ones the pool is given. Each thread imports it, since rule code cannot be sent.
   */
  rulesModule?: string
  /**
   * The module each thread runs instead of pool-worker.ts (a file URL): one that calls
   * `servePoolThread` with the same rules built in, such as the `lessonlint` command's
   * bundle (core and the pack in one file, which a thread loads faster than their modules).
   */
  threadModule?: string
}

interface Task {
  job: FileJob
  resolve(outcome: FileJobOutcome): void
  reject(error: Error): void
}

interface Thread {
  worker: Worker
  /** It said which rules it holds. */
  ready?: boolean
  task?: Task & {id: number}
}

export class LintPool {
  private readonly threads = new Set<Thread>()
  private readonly idle: Thread[] = []
  private readonly queue: Task[] = []
  private nextId = 1
  /** Why the pool lints in the caller's thread, once it does. */
  unavailable: string | undefined

  constructor(
    private readonly rules: readonly Rule[],
    options: PoolOptions,
  ) {
    const script = options.threadModule !== undefined ? new URL(options.threadModule) : new URL('./pool-worker.js', import.meta.url)
    for (let i = 0; i < options.threads; i++) this.spawn(script, options.rulesModule)
  }

  /** Runs a job on the next free thread, or here when the pool cannot. */
  run(job: FileJob): Promise<FileJobOutcome> {
    // A config's plugins are rule objects loaded here: their code cannot cross into a thread.
    if (this.unavailable !== undefined || (job.options.config?.pluginRules?.length ?? 0) > 0) return this.runHere(job)
    return new Promise((resolve, reject) => {
      this.queue.push({job, resolve, reject})
      this.dispatch()
    })
  }

  /** Stops the threads; jobs still queued run here. */
  async close(): Promise<void> {
    const threads = [...this.threads]
    this.threads.clear()
    this.idle.length = 0
    await Promise.all(threads.map((thread) => thread.worker.terminate()))
  }

  private spawn(script: URL, rulesModule: string | undefined): void {
    const worker = new Worker(script, {workerData: {rulesModule}})
    const thread: Thread = {worker}
    this.threads.add(thread)
    worker.on('message', (message: PoolMessage) => {
      if (message.kind === 'ready') {
        thread.ready = true
        const expected = this.rules.map((rule) => rule.meta.id).join(',')
        if (message.ruleIds.join(',') !== expected) return this.giveUp(`the threads' rules are not the ones given (${message.ruleIds.length} rules, not ${this.rules.length})`)
        this.idle.push(thread)
        return this.dispatch()
      }
      if (message.kind === 'unavailable') return this.giveUp(`the threads cannot load the rules: ${message.error}`)
      const task = thread.task
      if (!task || task.id !== message.id) return
      thread.task = undefined
      // A job that failed there (an answer that cannot be cloned...) is run here: the caller gets its result or its error.
      if (message.kind === 'done') task.resolve(message.outcome)
      else this.settleHere(task)
      this.idle.push(thread)
      this.dispatch()
    })
    const stopped = (error?: Error) => {
      // A thread that ends before it is ready could not load its module (one missing, one that throws).
      if (error !== undefined && !thread.ready) return this.giveUp(`the threads cannot load the rules: ${error.message}`)
      if (!this.threads.delete(thread)) return
      const index = this.idle.indexOf(thread)
      if (index !== -1) this.idle.splice(index, 1)
      // Its file is linted here instead; so is everything once no thread is left.
      const task = thread.task
      thread.task = undefined
      if (task) this.settleHere(task)
      if (this.threads.size === 0) this.giveUp('every thread stopped')
    }
    worker.on('error', stopped)
    worker.on('exit', () => stopped())
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const thread = this.idle.pop()!
      const task = {...this.queue.shift()!, id: this.nextId++}
      thread.task = task
      thread.worker.postMessage({id: task.id, job: task.job})
    }
  }

  private giveUp(reason: string): void {
    if (this.unavailable !== undefined) return
    this.unavailable = reason
    void this.close()
    for (const task of this.queue.splice(0)) this.settleHere(task)
  }

  private settleHere(task: Task): void {
    this.runHere(task.job).then(task.resolve, task.reject)
  }

  private async runHere(job: FileJob): Promise<FileJobOutcome> {
    return runFileJob(this.rules, job)
  }
}
