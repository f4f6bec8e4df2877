// Where lints run, and in which order. Linting a long proposal takes seconds;
// on the server's own thread that would hold up every hover, code action and
// outline meanwhile. So lints run in a worker thread (worker.ts), one at a
// time, and the server's thread only converts their plain-data results.
//
// The queue holds at most one lint per open document: a newer request replaces
// the queued one, and a queued lint reads the document's text only when it
// starts, so an edit storm never piles up work. A lint already running is let
// finish: during continuous typing its result, placed in the current text,
// is what keeps diagnostics coming (see drift.ts). Fix-all requests (the user
// is waiting) go before queued lints, "Lint workspace" files after them.

import {isAbsolute} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {Rule} from '@lessonlint/core'
import {failure, runFix, runLint, type FixData, type FixJob, type LintData, type LintJob} from './lint-job.js'
import type {WorkerMessage, WorkerRequest} from './worker.js'

type Request = {kind: 'lint'; job: LintJob} | {kind: 'fix'; job: FixJob}

export interface Log {
  info(message: string): void
  error(message: string): void
}

/** Runs one request at a time. */
interface Runner {
  readonly mode: 'worker' | 'in-process'
  run(request: Request): Promise<LintData | FixData>
  /** Start over with a fresh thread, giving its memory back (when nothing is open and nothing runs). */
  recycle(): void
  dispose(): void
}

class InProcessRunner implements Runner {
  readonly mode = 'in-process'

  constructor(private readonly rules: readonly Rule[]) {}

  async run(request: Request): Promise<LintData | FixData> {
    // Let pending messages in first: the lint itself blocks this thread.
    await new Promise((resolve) => setImmediate(resolve))
    return request.kind === 'lint' ? runLint(this.rules, request.job) : runFix(this.rules, request.job)
  }

  recycle(): void {}

  dispose(): void {}
}

export interface WorkerOptions {
  /** The worker's entry: worker-main.js (which imports `rulesModule`), or a bundle with the rules built in. */
  script: URL | string
  rulesModule?: string
  /**
   * The worker's V8 heap limit (old generation), MB. A text that needs more
   * (a pathological input tens of MB long) stops the worker, not the server: that
   * document gets a "could not lint" line and the next lint starts a new worker.
   */
  memoryLimitMb?: number
}

export const DEFAULT_WORKER_MEMORY_MB = 2048

/**
 * The worker's young generation. V8's default on 64 bits (semi-spaces of 16 MB) is kept
 * committed once a few long lints have grown it: with 50 documents open it held the
 * server over 200 MB. At 24 MB a 200 KB re-lint still fits (it allocates ~15 MB): in
 * interleaved runs of test/server/latency.mjs its pull latency stayed within the machine's
 * noise, and RSS with 20 / 50 documents open went 194 / 208–216 → 178 / 191–197 MB.
 * At 12 MB the 200 KB pulls slowed.
 */
const WORKER_YOUNG_GENERATION_MB = 24

/** Workers that may stop in a row while loading the rules before the server lints in its own thread. */
const MAX_FAILED_STARTS = 3

/**
 * The worker for a server given `rulesModule` (the generic entry, worker-main.js
 * beside this module, imports it) or `workerScript` (an entry with the rules
 * built in); undefined when given neither: lint in the server's thread.
 */
export function workerFor(options: {rulesModule?: string; workerScript?: string | URL; workerMemoryMb?: number}): WorkerOptions | undefined {
  const limit = options.workerMemoryMb === undefined ? {} : {memoryLimitMb: options.workerMemoryMb}
  if (options.workerScript !== undefined) return {script: options.workerScript, ...limit}
  if (options.rulesModule === undefined) return undefined
  // An absolute path becomes a file URL: import() in the worker takes specifiers and URLs, not paths.
  const rulesModule = isAbsolute(options.rulesModule) ? pathToFileURL(options.rulesModule).href : options.rulesModule
  return {script: new URL('./worker-main.js', import.meta.url), rulesModule, ...limit}
}

class WorkerRunner implements Runner {
  private worker: Worker | undefined
  private ready: Promise<void> | undefined
  private current: {id: number; resolve(data: LintData | FixData): void; reject(error: Error): void} | undefined
  private nextId = 1
  /** Set when the worker cannot serve (the pack did not load, or it is not the server's pack): lint here instead. */
  private fallback: InProcessRunner | undefined
  restarts = 0
  recycles = 0
  /** The worker that said it is ready (its rules loaded). */
  private readyWorker: Worker | undefined
  /** Lints documents whose config brings plugins (see `run`). */
  private pluginRunner: InProcessRunner | undefined
  /** Workers in a row that stopped before they were ready: after a few, the pack cannot load in a worker. */
  private failedStarts = 0

  constructor(
    private readonly options: WorkerOptions,
    private readonly rules: readonly Rule[],
    private readonly log: Log,
  ) {}

  get mode(): 'worker' | 'in-process' {
    return this.fallback ? 'in-process' : 'worker'
  }

  start(): Promise<void> {
    if (this.ready) return this.ready
    const worker = new Worker(this.options.script, {
      workerData: {rulesModule: this.options.rulesModule},
      resourceLimits: {maxOldGenerationSizeMb: this.options.memoryLimitMb ?? DEFAULT_WORKER_MEMORY_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB},
      // Never the process's stdout: over stdio that is the LSP channel. A rule's console output goes to the log.
      stdout: true,
      stderr: true,
    })
    worker.stdout.on('data', (chunk: Buffer) => this.log.info(`lint worker: ${chunk.toString().trimEnd()}`))
    worker.stderr.on('data', (chunk: Buffer) => this.log.error(`lint worker: ${chunk.toString().trimEnd()}`))
    this.worker = worker
    this.ready = new Promise<void>((resolve) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') {
          this.readyWorker = worker
          this.failedStarts = 0
          const expected = this.rules.map((rule) => rule.meta.id).join(',')
          if (message.ruleIds.join(',') !== expected) {
            this.giveUp(`the lint worker's rules (${message.ruleIds.length}) are not the server's (${this.rules.length})`)
          }
          resolve()
        } else if (message.kind === 'unavailable') {
          this.giveUp(`the lint worker could not load its rules: ${message.error}`)
          resolve()
        } else if (this.current?.id === message.id) {
          const current = this.current
          this.current = undefined
          if (message.kind === 'done') current.resolve(message.data)
          else current.reject(new Error(message.error))
        }
      })
      worker.on('error', (error) => {
        // An uncaught error or running out of memory: the worker exits next.
        this.log.error(`lint worker failed: ${error.stack ?? error.message}`)
        this.stopped(worker, error.message)
        resolve()
      })
      worker.on('exit', (code) => {
        this.stopped(worker, `exit code ${code}`)
        resolve()
      })
    })
    return this.ready
  }

  private stopped(worker: Worker, reason: string): void {
    // Only the current worker's end matters (a recycled or replaced one is gone on purpose).
    if (this.worker !== worker) return
    this.worker = undefined
    this.ready = undefined
    this.restarts++
    const current = this.current
    this.current = undefined
    current?.reject(new Error(`the lint worker stopped (${reason})`))
    if (this.readyWorker !== worker && ++this.failedStarts >= MAX_FAILED_STARTS) {
      this.giveUp(`the lint worker stopped ${this.failedStarts} times before it was ready (${reason})`)
    }
  }

  private giveUp(reason: string): void {
    this.log.error(`${reason}; linting in the server's thread instead`)
    this.fallback = new InProcessRunner(this.rules)
    const worker = this.worker
    this.worker = undefined
    this.ready = undefined
    void worker?.terminate()
  }

  async run(request: Request): Promise<LintData | FixData> {
    if (this.fallback) return this.fallback.run(request)
    // A config's plugins are rule objects the server loaded: their code cannot cross into the
    // worker, so their documents are linted here (as an embedder's rule objects are).
    if ((request.job.config.pluginRules?.length ?? 0) > 0) return (this.pluginRunner ??= new InProcessRunner(this.rules)).run(request)
    await this.start()
    // Starting may have found that the worker cannot serve (the narrowing above does not survive the await).
    const fallback = this.fallback as InProcessRunner | undefined
    if (fallback) return fallback.run(request)
    const worker = this.worker
    if (!worker) throw new Error('the lint worker stopped while starting')
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.current = {id, resolve, reject}
      worker.postMessage({id, ...request} satisfies WorkerRequest)
    })
  }

  recycle(): void {
    if (this.fallback || this.current || !this.worker) return
    const worker = this.worker
    this.worker = undefined
    this.ready = undefined
    this.recycles++
    // Its heap goes with it: memory back where it started. A fresh worker loads the rules meanwhile.
    void worker.terminate().then(() => this.start())
  }

  dispose(): void {
    const worker = this.worker
    this.worker = undefined
    this.ready = undefined
    void worker?.terminate()
  }
}

interface DocumentRequest<C> {
  prepare(): Promise<{job: LintJob; context: C} | undefined>
  resolve(result: {data: LintData; context: C} | undefined): void
}

interface Task {
  request: Request
  resolve(data: LintData | FixData): void
  reject(error: Error): void
}

export interface LintServiceOptions {
  rules: readonly Rule[]
  /** Absent: lint in the server's own thread (embedders that pass only rule objects). */
  worker?: WorkerOptions
  log: Log
}

export class LintService {
  private readonly runner: Runner
  private readonly documents = new Map<string, DocumentRequest<unknown>>()
  private readonly urgent: Task[] = []
  private readonly background: Task[] = []
  private running: {uri: string | undefined} | undefined
  private idleWaiters: Array<() => void> = []
  readonly counts = {lints: 0, replaced: 0, fixes: 0, failures: 0, lastLintMs: 0, maxLintMs: 0}

  constructor(options: LintServiceOptions) {
    this.runner = options.worker ? new WorkerRunner(options.worker, options.rules, options.log) : new InProcessRunner(options.rules)
  }

  /** Loads the rules in the worker ahead of the first lint. */
  warmUp(): void {
    if (this.runner instanceof WorkerRunner) void this.runner.start()
  }

  /**
   * Lints an open document when its turn comes. `prepare` runs then, reading the
   * document's text at that moment; it returns undefined when there is nothing
   * to lint any more (closed, or that text is linted already). Resolves
   * undefined when a newer request for the same document replaced this one.
   */
  lintDocument<C>(uri: string, prepare: DocumentRequest<C>['prepare']): Promise<{data: LintData; context: C} | undefined> {
    return new Promise((resolve) => {
      const queued = this.documents.get(uri)
      if (queued) {
        this.counts.replaced++
        queued.resolve(undefined)
      }
      // Map.set keeps a replaced entry's place in the queue: one document's storm does not starve another.
      // Stored without its context type (the queue never looks inside); the request keeps it end to end.
      this.documents.set(uri, {prepare, resolve} as DocumentRequest<C> as DocumentRequest<unknown>)
      this.pump()
    })
  }

  /** `fixText` in the lint thread, before any queued lint. */
  fix(job: FixJob): Promise<FixData> {
    this.counts.fixes++
    return new Promise((resolve, reject) => {
      this.urgent.push({request: {kind: 'fix', job}, resolve: (data) => resolve(data as FixData), reject})
      this.pump()
    })
  }

  /** A lint of a file that is not open ("Lint workspace"), after the open documents' lints. */
  lintBackground(job: LintJob): Promise<LintData> {
    return new Promise((resolve) => {
      this.background.push({request: {kind: 'lint', job}, resolve: (data) => resolve(data as LintData), reject: (error) => resolve(failure(error))})
      this.pump()
    })
  }

  /** Whether a lint of this document is queued or running. */
  pending(uri: string): boolean {
    return this.documents.has(uri) || this.running?.uri === uri
  }

  /** The document closed: its queued lint goes (a running one finishes; the server ignores its result). */
  forget(uri: string): void {
    const queued = this.documents.get(uri)
    if (!queued) return
    this.documents.delete(uri)
    queued.resolve(undefined)
  }

  get idle(): boolean {
    return !this.running && this.urgent.length === 0 && this.documents.size === 0 && this.background.length === 0
  }

  /** Resolves when nothing is queued or running. */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  recycle(): void {
    if (this.idle) this.runner.recycle()
  }

  debug(): {mode: string; running: boolean; queued: number; restarts: number; recycles: number; counts: LintService['counts']} {
    const worker = this.runner instanceof WorkerRunner ? this.runner : undefined
    return {
      mode: this.runner.mode,
      running: this.running !== undefined,
      queued: this.documents.size + this.urgent.length + this.background.length,
      restarts: worker?.restarts ?? 0,
      recycles: worker?.recycles ?? 0,
      counts: {...this.counts},
    }
  }

  dispose(): void {
    this.runner.dispose()
  }

  private pump(): void {
    if (this.running) return
    const task = this.urgent.shift()
    if (task) {
      void this.runTask(task)
      return
    }
    const next = this.documents.entries().next()
    if (!next.done) {
      const [uri, request] = next.value
      this.documents.delete(uri)
      void this.runDocument(uri, request)
      return
    }
    const background = this.background.shift()
    if (background) {
      void this.runTask(background)
      return
    }
    for (const waiter of this.idleWaiters.splice(0)) waiter()
  }

  private async runTask(task: Task): Promise<void> {
    this.running = {uri: undefined}
    try {
      task.resolve(await this.runner.run(task.request))
    } catch (error) {
      this.counts.failures++
      task.reject(error instanceof Error ? error : new Error(String(error)))
    } finally {
      this.running = undefined
      this.pump()
    }
  }

  private async runDocument<C>(uri: string, request: DocumentRequest<C>): Promise<void> {
    this.running = {uri}
    try {
      const prepared = await request.prepare()
      if (!prepared) {
        request.resolve(undefined)
        return
      }
      this.counts.lints++
      const started = performance.now()
      let data: LintData
      try {
        data = (await this.runner.run({kind: 'lint', job: prepared.job})) as LintData
      } catch (error) {
        this.counts.failures++
        data = failure(error)
      }
      this.counts.lastLintMs = Math.round(performance.now() - started)
      this.counts.maxLintMs = Math.max(this.counts.maxLintMs, this.counts.lastLintMs)
      request.resolve({data, context: prepared.context})
    } catch {
      // `prepare` failed (a bug; the server logs it): no lint this time, the queue goes on.
      this.counts.failures++
      request.resolve(undefined)
    } finally {
      this.running = undefined
      this.pump()
    }
  }
}
