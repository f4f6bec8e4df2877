// What one lint of one document text produced, kept so that hovers, code
// actions, pull requests and the outline need no second lint, and how it is
// shown in the document as it is now (a `View`).
//
// Outcomes are keyed by content (config generation + a digest of the text),
// never by version number alone: a client may reuse a version number for a new
// text, and an undo brings back a text linted before.

import type {ConfigError, Diagnostic, Language, ResolvedConfig, TextEdit} from '@lessonlint/core'
import {DiagnosticSeverity, type Diagnostic as LspDiagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {Diagnostics, type LintedText} from './convert.js'
import type {Drift} from './drift.js'
import type {OutlineSection} from './outline.js'
import type {LintState, StatusParams} from './protocol.js'

export interface Finding {
  core: Diagnostic
  /** The edit of "disable for this line" in the linted text, null where a comment line cannot work. */
  disableLine: TextEdit | null
}

export interface Outcome {
  uri: string
  /** The content key: config generation and a digest of the text. */
  key: string
  /** The document's version and content epoch (drift.ts) when this text was its content. */
  version: number
  epoch: number
  /** The server's config generation when it was computed; a config or settings change makes it stale. */
  generation: number
  /** 1 when the client's text starts with a byte order mark the core removed. */
  shift: number
  state: LintState
  /** The language of the findings (`LintResult.locale`): hovers and action titles speak it too. */
  locale: Language
  findings: Finding[]
  /** Per rule id with findings: the edit of "disable for this document", null where none can be made. */
  disableDocument: Record<string, TextEdit | null>
  /** The sections, for the outline (also for documents that were not linted). */
  outline: OutlineSection[]
  /** The one line shown instead of findings: a config error or a lint failure. */
  notice: LspDiagnostic | undefined
  configError: ConfigError | undefined
  /** What the lint ran with (linted documents only): "fix all" lints the text again with it. */
  lint: {filePath: string | undefined; config: ResolvedConfig; locale?: Language} | undefined
  /** How long the lint took in its thread, ms. */
  ms: number
}

export interface PlacedFinding extends Finding {
  lsp: LspDiagnostic
}

/** An outcome as shown in the document's current text. */
export interface View {
  outcome: Outcome
  /** The current document, with the drift from the linted text when it is an older one. */
  linted: LintedText
  /** Whether the outcome is of the current text and config; if not, it is the newest lint, placed in the current text. */
  fresh: boolean
  /** The findings that could be placed (those whose text was deleted since are left out). */
  findings: PlacedFinding[]
  /** What the client is shown: the placed findings, or the one config error / failure line. */
  diagnostics: LspDiagnostic[]
  /** For pull diagnostics: the same id means the same items. */
  resultId: string
}

export function present(outcome: Outcome, document: TextDocument, drift: Drift, fresh: boolean, epoch: number): View {
  const linted: LintedText = drift.empty ? {document, shift: outcome.shift} : {document, shift: outcome.shift, drift}
  const findings: PlacedFinding[] = []
  for (const finding of outcome.findings) {
    const lsp = Diagnostics.create(linted, finding.core)
    if (lsp) findings.push({...finding, lsp})
  }
  return {
    outcome,
    linted,
    fresh,
    findings,
    diagnostics: outcome.notice ? [outcome.notice] : findings.map((finding) => finding.lsp),
    resultId: fresh ? outcome.key : `${outcome.key}@${epoch}`,
  }
}

/**
 * The memory budget per open document: at most this many outcomes (the newest,
 * and the one before it, which an undo brings back), each holding the findings
 * and the outline but never the text. Closed documents keep none.
 */
export const MAX_OUTCOMES_PER_DOCUMENT = 2

interface Entry {
  /** The newest lint (by epoch): what is shown, placed in the current text. */
  latest: Outcome | undefined
  /** Recent outcomes by content, newest last, for texts that come back. */
  recent: Outcome[]
  view: {outcome: Outcome; stamp: string; view: View | undefined} | undefined
}

export class OutcomeStore {
  private readonly entries = new Map<string, Entry>()

  /** Keeps a lint's outcome; true when it is now the newest of its document (an older one only joins the cache). */
  add(outcome: Outcome): boolean {
    let entry = this.entries.get(outcome.uri)
    if (!entry) {
      entry = {latest: undefined, recent: [], view: undefined}
      this.entries.set(outcome.uri, entry)
    }
    entry.recent = entry.recent.filter((other) => other.key !== outcome.key)
    entry.recent.push(outcome)
    if (entry.recent.length > MAX_OUTCOMES_PER_DOCUMENT) entry.recent.splice(0, entry.recent.length - MAX_OUTCOMES_PER_DOCUMENT)
    if (entry.latest && entry.latest.epoch > outcome.epoch) return false
    entry.latest = outcome
    return true
  }

  latest(uri: string): Outcome | undefined {
    return this.entries.get(uri)?.latest
  }

  /** An outcome of exactly this text and config generation, if one is kept. */
  find(uri: string, key: string): Outcome | undefined {
    return this.entries.get(uri)?.recent.find((outcome) => outcome.key === key)
  }

  /** The view of the newest outcome, made once per outcome and `stamp` (the document's content epoch and the config generation). */
  view(uri: string, stamp: string, make: (outcome: Outcome) => View | undefined): View | undefined {
    const entry = this.entries.get(uri)
    if (!entry?.latest) return undefined
    if (entry.view?.outcome !== entry.latest || entry.view.stamp !== stamp) {
      entry.view = {outcome: entry.latest, stamp, view: make(entry.latest)}
    }
    return entry.view.view
  }

  /** The document closed. */
  drop(uri: string): void {
    this.entries.delete(uri)
  }

  /** The config changed: no outcome answers for a text any more, but the newest ones stay to be shown until replaced. */
  staleAll(): void {
    for (const entry of this.entries.values()) entry.recent = []
  }

  /** The newest outcome of every document. */
  *latestOutcomes(): IterableIterator<Outcome> {
    for (const entry of this.entries.values()) if (entry.latest) yield entry.latest
  }

  /** How many outcomes are held in all (for the debug request and the memory tests). */
  get size(): number {
    let count = 0
    for (const entry of this.entries.values()) count += new Set([entry.latest, ...entry.recent].filter(Boolean)).size
    return count
  }

  get documents(): number {
    return this.entries.size
  }
}

export function statusOf(uri: string, diagnostics: readonly LspDiagnostic[], state: LintState = 'linted'): StatusParams {
  const status: StatusParams = {uri, errors: 0, warnings: 0, infos: 0, state}
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === DiagnosticSeverity.Error) status.errors++
    else if (diagnostic.severity === DiagnosticSeverity.Warning) status.warnings++
    else status.infos++
  }
  return status
}
