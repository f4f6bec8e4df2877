// What the server keeps for each open document, and the way a lint goes: the
// text's change history (drift.ts), when to lint (schedule.ts), where
// (lint-worker.ts), the outcomes kept (outcome.ts), and the requests waiting
// for one. server.ts decides what a lint runs with (settings, config) and what
// to do with its outcome (publish, answer a pull); this file, the rest.

import type {ConfigError, Language, ResolvedConfig} from '@lessonlint/core'
import {TextDocuments, type CancellationToken} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {bomShift, Diagnostics} from './convert.js'
import {DocumentHistory, Drift} from './drift.js'
import type {LintData, LintJob} from './lint-job.js'
import type {LintService} from './lint-worker.js'
import {OutcomeStore, present, type Outcome, type View} from './outcome.js'
import type {LintState} from './protocol.js'
import {LintSchedule} from './schedule.js'

/** What a document is linted with, decided before the lint from its settings and config: all but the text. */
export interface LintPlan {
  /** `linted`, or why the document gets no findings of its own (its outline is still made). */
  state: LintState
  configError?: ConfigError
  filePath: string | undefined
  /** The rules and their settings (state `linted` only). */
  config?: ResolvedConfig
  locale?: Language
  proposalsOnly: boolean
}

export interface OpenDocumentsOptions {
  linting: LintService
  debounceMs: number
  maxWaitMs: number
  /** Decides what the document's lint runs with; runs when the lint's turn comes. Undefined: no lint. */
  plan(uri: string): Promise<LintPlan | undefined>
  /** A lint's outcome is now the newest of its document. */
  delivered(outcome: Outcome): void
  log(message: string): void
}

/** What runs no rule: disabled, ignored and misconfigured documents still get their outline. */
const NO_RULES: ResolvedConfig = {rules: new Map(), files: []}

export class OpenDocuments {
  /** The document sync: each change goes through the document's history, which logs it. */
  readonly documents: TextDocuments<TextDocument>
  private readonly histories = new Map<string, DocumentHistory>()
  private readonly store = new OutcomeStore()
  private readonly schedule: LintSchedule
  /** Requests waiting for something to happen to a document: a lint delivered, a change, the close. */
  private readonly waiting = new Map<string, Set<() => void>>()
  private currentGeneration = 0

  constructor(private readonly options: OpenDocumentsOptions) {
    const histories = this.histories
    this.documents = new TextDocuments<TextDocument>({
      create: (uri, languageId, version, text) => {
        // Opened (again): whatever was kept under this URI belongs to another text.
        histories.set(uri, new DocumentHistory())
        this.store.drop(uri)
        return TextDocument.create(uri, languageId, version, text)
      },
      update(document, changes, version) {
        let history = histories.get(document.uri)
        if (!history) histories.set(document.uri, (history = new DocumentHistory()))
        return history.update(document, changes, version)
      },
    })
    this.schedule = new LintSchedule(options.debounceMs, options.maxWaitMs, (uri) => this.request(uri))
    // Requests waiting on the text before a change give way; a closed document leaves nothing behind.
    this.documents.onDidChangeContent((event) => this.wake(event.document.uri))
    this.documents.onDidClose((event) => this.forget(event.document.uri))
  }

  /** Bumped whenever config files or settings change: outcomes computed before are stale. */
  get generation(): number {
    return this.currentGeneration
  }

  /** The config or settings changed: no kept outcome answers for a text any more (the newest stay shown until replaced). */
  invalidate(): void {
    this.currentGeneration++
    this.store.staleAll()
  }

  /** The document's content epoch (drift.ts), or undefined if it is not open. */
  epoch(uri: string): number | undefined {
    return this.histories.get(uri)?.epoch
  }

  /** What lint results are keyed by: the config generation and the text, never the version number. */
  private key(document: TextDocument, history: DocumentHistory, generation = this.currentGeneration): string {
    return `${generation}:${history.hash(document)}`
  }

  // -------------------------------------------------------------------------
  // When to lint

  /** A change while typing: lint after the pause, or when the maximum wait runs out. */
  touch(uri: string): void {
    if (this.documents.get(uri)) this.schedule.touch(uri)
  }

  /** Drops a lint waiting for its time (one is being asked for now). */
  cancel(uri: string): void {
    this.schedule.cancel(uri)
  }

  /**
   * Makes sure a lint of the document's current text is on its way, now, and
   * resolves at the document's next event (see `next`): a request (a pull, a
   * first outline) waits for it, and the pause the push debounce waits for
   * would only delay the answer. It listens before it asks: for a text linted
   * before (an undo) the kept outcome is delivered at once.
   */
  lintNow(uri: string, token?: CancellationToken): Promise<void> {
    const next = this.next(uri, token)
    if (!this.options.linting.pending(uri)) {
      this.schedule.cancel(uri)
      this.request(uri)
    }
    return next
  }

  /**
   * Asks for a lint of the document's text as it will be when the lint starts.
   * A text linted before under the same config (an undo) needs no lint.
   */
  request(uri: string): void {
    const document = this.documents.get(uri)
    const history = this.histories.get(uri)
    if (!document || !history || this.reuse(uri, document, history)) return
    void this.options.linting.lintDocument(uri, () => this.prepare(uri)).then((result) => {
      if (result) this.deliver(this.outcomeOf(result.context, result.data))
    })
  }

  /** Delivers a kept outcome of the current text, if there is one; true if so (or if it is shown already). */
  private reuse(uri: string, document: TextDocument, history: DocumentHistory): boolean {
    const known = this.store.find(uri, this.key(document, history))
    if (!known) return false
    const latest = this.store.latest(uri)
    if (latest?.key !== known.key || latest.epoch !== history.epoch) this.deliver({...known, version: document.version, epoch: history.epoch})
    return true
  }

  /** Runs when the lint's turn comes: the plan, then the text as it is now. */
  private async prepare(uri: string): Promise<{job: LintJob; context: Outcome} | undefined> {
    try {
      const generation = this.currentGeneration
      const plan = await this.options.plan(uri)
      // The text is read now, after the awaits: whatever the user typed meanwhile is in it.
      const document = this.documents.get(uri)
      const history = this.histories.get(uri)
      if (!plan || !document || !history || generation !== this.currentGeneration) return undefined
      if (this.reuse(uri, document, history)) return undefined
      history.track()
      const text = document.getText()
      const config = plan.state === 'linted' ? plan.config : undefined
      const job: LintJob = {
        text,
        filePath: plan.filePath,
        config: config ?? NO_RULES,
        ...(plan.locale ? {locale: plan.locale} : {}),
        outlineOnly: !config,
        proposalsOnly: plan.proposalsOnly,
        editor: true,
        document: uri,
      }
      // The outcome, but for what the lint finds.
      const context: Outcome = {
        uri,
        key: this.key(document, history, generation),
        version: document.version,
        epoch: history.epoch,
        generation,
        shift: bomShift(text),
        state: plan.state,
        locale: 'en',
        findings: [],
        disableDocument: {},
        outline: [],
        notice: plan.configError ? Diagnostics.configError(plan.configError.message) : undefined,
        configError: plan.configError,
        lint: config && {filePath: plan.filePath, config, ...(plan.locale ? {locale: plan.locale} : {})},
        ms: 0,
      }
      return {job, context}
    } catch (error) {
      this.options.log(`preparing the lint of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      throw error
    }
  }

  private outcomeOf(context: Outcome, data: LintData): Outcome {
    const {log} = this.options
    const outcome: Outcome = {...context, locale: data.locale, outline: data.outline, ms: data.ms}
    if (data.state === 'failed') {
      // The core promises never to throw on a document, and the worker to answer; if either fails anyway, the server lives on.
      log(`linting ${context.uri} failed: ${data.stack ?? data.error ?? 'unknown error'}`)
      if (context.state === 'linted') {
        outcome.state = 'failed'
        outcome.notice = Diagnostics.lintFailure(data.error ?? 'unknown error')
        outcome.lint = undefined
      }
      return outcome
    }
    for (const failure of data.internalErrors) log(`rule ${failure.ruleId} failed on ${context.uri}: ${failure.message}`)
    if (context.state !== 'linted') return outcome
    if (data.state === 'not-a-proposal') return {...outcome, state: 'not-a-proposal', lint: undefined}
    outcome.findings = data.diagnostics.map((core, index) => ({core, disableLine: data.disableLine[index] ?? null}))
    outcome.disableDocument = data.disableDocument
    return outcome
  }

  /** A lint's outcome arrives: keep it, and hand it on if it is the newest. */
  private deliver(outcome: Outcome): void {
    const {uri} = outcome
    const history = this.histories.get(uri)
    // A closed document's, or one made with a config that changed since: nobody wants it.
    if (!this.documents.get(uri) || !history || outcome.generation !== this.currentGeneration) return
    if (!this.store.add(outcome)) return
    history.forget(outcome.epoch)
    this.wake(uri)
    this.options.delivered(outcome)
  }

  // -------------------------------------------------------------------------
  // What the features read

  /** The newest outcome as shown in the current text; undefined before the first lint, or if it cannot be placed. */
  view(uri: string): View | undefined {
    const document = this.documents.get(uri)
    const history = this.histories.get(uri)
    if (!document || !history) return undefined
    return this.store.view(uri, `${history.epoch}:${this.currentGeneration}`, (outcome) => {
      const fresh = outcome.key === this.key(document, history)
      const drift = fresh ? Drift.NONE : history.since(outcome.epoch)
      return drift && present(outcome, document, drift, fresh, history.epoch)
    })
  }

  /** The outcome of the current text, waiting for its lint if need be; undefined if the document closed. */
  async fresh(uri: string): Promise<View | undefined> {
    for (;;) {
      const view = this.view(uri)
      if (!this.documents.get(uri)) return undefined
      if (view?.fresh) return view
      await this.lintNow(uri)
    }
  }

  /** Resolves at the next event of the document: a lint delivered, a change, the close, or the request's cancellation. */
  next(uri: string, token?: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      let waiters = this.waiting.get(uri)
      if (!waiters) this.waiting.set(uri, (waiters = new Set()))
      const cancelled = token?.onCancellationRequested(() => done())
      const done = () => {
        const current = this.waiting.get(uri)
        current?.delete(done)
        if (current?.size === 0) this.waiting.delete(uri)
        cancelled?.dispose()
        resolve()
      }
      waiters.add(done)
    })
  }

  /** Whether a request is waiting for this document. */
  awaited(uri: string): boolean {
    return this.waiting.has(uri)
  }

  private wake(uri: string): void {
    const waiters = this.waiting.get(uri)
    if (!waiters) return
    this.waiting.delete(uri)
    for (const waiter of waiters) waiter()
  }

  private forget(uri: string): void {
    this.schedule.cancel(uri)
    this.options.linting.forget(uri)
    this.store.drop(uri)
    this.histories.delete(uri)
    this.wake(uri)
  }

  /** The newest outcome of every open document. */
  latestOutcomes(): IterableIterator<Outcome> {
    return this.store.latestOutcomes()
  }

  debug(): {outcomes: number; documentsWithOutcomes: number; histories: number; loggedChanges: number; scheduled: number; waitingRequests: number} {
    let loggedChanges = 0
    for (const history of this.histories.values()) loggedChanges += history.logged
    let waitingRequests = 0
    for (const waiters of this.waiting.values()) waitingRequests += waiters.size
    return {
      outcomes: this.store.size,
      documentsWithOutcomes: this.store.documents,
      histories: this.histories.size,
      loggedChanges,
      scheduled: this.schedule.size,
      waitingRequests,
    }
  }
}
