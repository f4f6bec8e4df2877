// What the lessonlint server and its clients (the VS Code extension, any LSP
// editor) agree on beyond standard LSP: the settings, the initialization
// options, the custom messages and the command ids.
//
// Invariant: this module holds types and plain constants only. The extension
// bundles it, so it must never import server code or anything with side effects.

import type {Language, RuleSetting} from '@lessonlint/core'

// ---------------------------------------------------------------------------
// Settings (`workspace/configuration`, section `lessonlint`, per document scope)

export type RunMode = 'onType' | 'onSave'

/** The client settings under `lessonlint.*`, as the server reads them for one document. */
export interface LessonlintSettings {
  /** Lint Markdown documents at all. */
  enable: boolean
  /** Lint as you type (debounced) or only when the document is saved. */
  run: RunMode
  /** Rule settings applied over the config files, same shape as a config's `rules`. */
  rules: Record<string, RuleSetting>
  /**
   * Which Markdown documents get findings: `proposals` (default: documents that are proposals by
   * front matter, title or section headings, and those the user chose to lint as proposals), or `all`.
   */
  documents: 'proposals' | 'all'
  /** Lint only documents with a lessonlint configuration file in their folder or above. */
  requireConfig: boolean
  /** The language of messages for documents that do not tell theirs (front matter `language`, or enough text); null: English. */
  locale: Language | null
  trace: {server: 'off' | 'messages' | 'verbose'}
}

export const SETTINGS_SECTION = 'lessonlint'

export const DEFAULT_SETTINGS: Readonly<LessonlintSettings> = {
  enable: true,
  run: 'onType',
  rules: {},
  documents: 'proposals',
  requireConfig: false,
  locale: null,
  trace: {server: 'off'},
}

// ---------------------------------------------------------------------------
// Initialization

/** `initializationOptions` of the `initialize` request. */
export interface InitializationOptions {
  /**
   * Whether the workspace is trusted. When false, the server reads declarative
   * config only (JSON, YAML, package.json) and never loads JavaScript configs or
   * `extends` of npm packages, since both execute workspace code. Default true,
   * as for a command-line tool run by the user.
   */
  trusted?: boolean
  /** Documents the user chose to lint as proposals whatever they look like (the client remembers them). */
  proposalUris?: string[]
}

// ---------------------------------------------------------------------------
// Custom messages

/**
 * Sent by the server to the client after each lint of an open document: the
 * counts of its lessonlint diagnostics, for a status bar.
 */
export interface StatusParams {
  uri: string
  errors: number
  warnings: number
  infos: number
  /**
   * `linted`, or why the document has no findings of its own: `disabled`
   * (`lessonlint.enable` is false), `ignored` (ignore files or config `ignores`),
   * `config-error` (its configuration cannot be read), `failed` (linting crashed),
   * `not-a-proposal` (a README or docs page: see `lessonlint.documents`), `no-config`
   * (`lessonlint.requireConfig` and no config file above it).
   */
  state?: LintState
}
export type LintState = 'linted' | 'disabled' | 'ignored' | 'config-error' | 'failed' | 'not-a-proposal' | 'no-config'
export const StatusNotification = {method: 'lessonlint/status'} as const

/** Sent by the client; the server answers with every rule it knows, for pickers. */
export interface RuleInfo {
  id: string
  summary: string
  severity: 'error' | 'warning' | 'info'
  docsUrl?: string
  fixable: boolean
}
export interface RulesResult {
  rules: RuleInfo[]
}
export const RulesRequest = {method: 'lessonlint/rules'} as const

/**
 * Sent by the client: lint every Markdown file of the workspace folders (config
 * `ignores`, `.lessonlintignore` and `.gitignore` respected) and publish the
 * diagnostics of the files that are not open. Answers with the totals.
 */
export interface LintWorkspaceResult {
  files: number
  errors: number
  warnings: number
  infos: number
}
export const LintWorkspaceRequest = {method: 'lessonlint/lintWorkspace'} as const

/**
 * Sent by a client or a test to see what the server holds (no params): open
 * documents and what it keeps for them, and its lint thread. For diagnosis and
 * the memory tests; the shape may grow.
 */
export interface DebugStateResult {
  /** Open documents (any language). */
  documents: number
  /** Lint outcomes kept, over all documents, and the documents that have any. */
  outcomes: number
  documentsWithOutcomes: number
  /** Change logs kept (one per open document) and the changes in them. */
  histories: number
  loggedChanges: number
  /** Lints waiting for their debounce, and requests (pulls, a first outline) waiting for a lint. */
  scheduled: number
  waitingRequests: number
  /** Where lints run, whether one is running, how many are queued, and counts since start. */
  linting: {mode: string; running: boolean; queued: number; restarts: number; recycles: number; counts: Record<string, number>}
  /** `process.memoryUsage()` of the server's process (the lint worker included in rss). */
  memory: {rss: number; heapUsed: number}
}
export const DebugStateRequest = {method: 'lessonlint/debugState'} as const

// ---------------------------------------------------------------------------
// Commands and code action kinds

/**
 * Server-side command (`workspace/executeCommand`), argument `{uri: string}`:
 * apply every auto-fix of the document through `workspace/applyEdit`. Named
 * apart from the extension's `lessonlint.fixAll` so the two never clash.
 */
export const APPLY_ALL_FIXES_COMMAND = 'lessonlint.server.applyAllFixes'

/** Lint a document as a proposal whatever it looks like; arguments: `[{uri}]`. The client remembers the choice. */
export const LINT_AS_PROPOSAL_COMMAND = 'lessonlint.server.lintAsProposal'
export interface ApplyAllFixesArgs {
  uri: string
}

/** The source action kind for "fix all auto-fixable problems". */
export const FIX_ALL_CODE_ACTION_KIND = 'source.fixAll.lessonlint'

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'lessonlint'

/** Globs the server watches (registered dynamically) to re-lint on config change. */
export const CONFIG_WATCH_GLOBS: readonly string[] = [
  '**/.lessonlintrc*',
  '**/lessonlint.config.*',
  '**/package.json',
  '**/.lessonlintignore',
  '**/.gitignore',
]

/** Config files whose JSON Schema the extension contributes. */
export const JSON_CONFIG_FILE_NAMES: readonly string[] = ['.lessonlintrc.json', 'lessonlint.config.json']
