// What one lint computes, as plain data that can cross a thread boundary: it
// runs in the lint worker (worker.ts), or in the server's own thread for
// embedders that pass only rule objects (lint-worker.ts). The model stays
// where it was built; what the editor features need of it comes back instead:
// the outline for the symbols, the edits of "disable for this line / document"
// for the code actions, the locale for the hovers.

import {
  buildModel,
  fixText,
  lintModel,
  proposalVerdict,
  type Diagnostic,
  type Language,
  type ParsedDocument,
  type ResolvedConfig,
  type Rule,
  type TextEdit,
} from '@lessonlint/core'
import {disableDocumentEdit, disableLineEdit, NOT_DISABLABLE} from './disable.js'
import {outlineOf, type OutlineSection} from './outline.js'

export interface LintJob {
  /** The client's text (byte order mark included; the core removes it). */
  text: string
  filePath: string | undefined
  config: ResolvedConfig
  /** The `lessonlint.locale` setting, when set. */
  locale?: Language
  /** Build the model for the outline only (disabled, ignored, misconfigured documents); run no rule. */
  outlineOnly: boolean
  /** Lint only if the document is a proposal (`lessonlint.documents: proposals`, not chosen by the user). */
  proposalsOnly: boolean
  /** Also compute what an open document's features need (outline, disable edits); not for "Lint workspace". */
  editor: boolean
  /**
   * The open document this is the text of (its URI): its last parse is kept,
   * and the next lint parses only the blocks an edit touched.
   */
  document?: string
}

export interface LintData {
  state: 'linted' | 'not-a-proposal' | 'outline' | 'failed'
  locale: Language
  diagnostics: Diagnostic[]
  /** Per diagnostic (same index): the edit of "disable for this line", null where a comment line cannot work. */
  disableLine: Array<TextEdit | null>
  /** Per rule id with findings: the edit of "disable for this document", null where none can be made. */
  disableDocument: Record<string, TextEdit | null>
  outline: OutlineSection[]
  internalErrors: Array<{ruleId: string; message: string}>
  /** Why the lint failed (state `failed`): a bug, never the user's text; `stack` for the log. */
  error?: string
  stack?: string
  /** How long it took in the thread that ran it, in ms. */
  ms: number
}

export interface FixJob {
  text: string
  filePath: string | undefined
  config: ResolvedConfig
  locale?: Language
}

/** `fixText`'s answer without its lint result (which the server does not need). */
export interface FixData {
  fixed: boolean
  /** The fixed text, byte order mark included when the input had one. */
  output: string
  passes: number
}

/** A lint that could not run: one "could not lint" outcome, with the error (and its stack for the log). */
export function failure(error: unknown, started = performance.now()): LintData {
  return {
    state: 'failed',
    locale: 'en',
    diagnostics: [],
    disableLine: [],
    disableDocument: {},
    outline: [],
    internalErrors: [],
    error: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack ? {stack: error.stack} : {}),
    ms: performance.now() - started,
  }
}

/**
 * Open documents' last parses, the most recently linted last. A few: one is
 * typed in at a time, and the tree of a long proposal holds tens of megabytes.
 */
const lastParses = new Map<string, ParsedDocument>()
const KEPT_PARSES = 4

function modelOf(job: LintJob) {
  const previous = job.document === undefined ? undefined : lastParses.get(job.document)
  // The last parse is never used again once this lint has it: its blocks may be moved in place.
  const model = buildModel(job.text, {...(job.filePath === undefined ? {} : {filePath: job.filePath}), ...(previous ? {previous, consumePrevious: true} : {})})
  if (job.document !== undefined) {
    lastParses.delete(job.document)
    lastParses.set(job.document, {text: model.text, tree: model.tree})
    if (lastParses.size > KEPT_PARSES) lastParses.delete(lastParses.keys().next().value!)
  }
  return model
}

export function runLint(rules: readonly Rule[], job: LintJob): LintData {
  const started = performance.now()
  try {
    const model = modelOf(job)
    const data: LintData = {
      state: 'outline',
      locale: 'en',
      diagnostics: [],
      disableLine: [],
      disableDocument: {},
      outline: job.editor ? outlineOf(model) : [],
      internalErrors: [],
      ms: 0,
    }
    if (job.outlineOnly) return {...data, ms: performance.now() - started}
    // As the CLI over a folder: a README or a docs page gets no proposal findings, unless the user said otherwise.
    if (job.proposalsOnly && !proposalVerdict(model).proposal) return {...data, state: 'not-a-proposal', ms: performance.now() - started}
    const result = lintModel(model, {rules, config: job.config, ...(job.locale ? {locale: job.locale} : {})})
    data.state = 'linted'
    data.locale = result.locale
    data.diagnostics = result.diagnostics
    data.internalErrors = result.internalErrors
    if (job.editor) {
      data.disableLine = result.diagnostics.map((diagnostic) =>
        NOT_DISABLABLE.has(diagnostic.ruleId) ? null : disableLineEdit(model, diagnostic.range.start.offset, diagnostic.ruleId),
      )
      for (const {ruleId} of result.diagnostics) {
        if (!NOT_DISABLABLE.has(ruleId) && !(ruleId in data.disableDocument)) data.disableDocument[ruleId] = disableDocumentEdit(model, ruleId)
      }
    }
    data.ms = performance.now() - started
    return data
  } catch (error) {
    // The core promises never to throw on a document; if it does anyway, the server lives on.
    return failure(error, started)
  }
}

export function runFix(rules: readonly Rule[], job: FixJob): FixData {
  const {fixed, output, passes} = fixText(job.text, {
    rules,
    config: job.config,
    ...(job.filePath === undefined ? {} : {filePath: job.filePath}),
    ...(job.locale ? {locale: job.locale} : {}),
  })
  return {fixed, output, passes}
}
