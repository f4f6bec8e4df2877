// The lessonlint language server: document sync, push and pull diagnostics,
// code actions, hovers, the outline, config watching. Everything LSP lives in
// this package; the core never sees a URI or a 0-based position.
//
// **Invariant:** this thread never lints (given a rule module or a worker
// script). Lints run in a worker thread (lint-worker.ts), so hovers, code
// actions and the outline answer at once, from the newest lint of the
// document: of its current text when there is one, otherwise of an older
// text, placed in the current one through the changes made since (drift.ts,
// outcome.ts). documents.ts keeps each open document's history and outcomes
// and runs its lints: after a pause in typing, and at least once a second
// while typing goes on (schedule.ts).

import {basename, dirname, isAbsolute, join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {clearConfigCache, type ConfigError, type ConfigFile, type Rule} from '@lessonlint/core'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  type CodeAction,
  type ClientCapabilities,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type ServerCapabilities,
  type TextEdit as LspTextEdit,
  type WorkspaceFolder,
} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions, FIX_ALL_TITLE, FIX_ALL_TITLES, fixAllEdits, workspaceEdit, type ActionOptions, type FixAllData} from './actions.js'
import {ConfigService} from './config.js'
import {locateConfigError} from './config-position.js'
import {Diagnostics, Positions} from './convert.js'
import {OpenDocuments, type LintPlan} from './documents.js'
import {hoverContent} from './hover.js'
import {LintService, workerFor} from './lint-worker.js'
import {statusOf, type Outcome, type View} from './outcome.js'
import {
  APPLY_ALL_FIXES_COMMAND,
  LINT_AS_PROPOSAL_COMMAND,
  CONFIG_WATCH_GLOBS,
  DebugStateRequest,
  FIX_ALL_CODE_ACTION_KIND,
  LintWorkspaceRequest,
  RulesRequest,
  StatusNotification,
  type DebugStateResult,
  type InitializationOptions,
  type LintWorkspaceResult,
  type RulesResult,
  type StatusParams,
} from './protocol.js'
import {guarded, Params} from './requests.js'
import {SettingsCache} from './settings.js'
import {documentSymbols, symbolInformation} from './symbols.js'
import {lintWorkspace} from './workspace.js'

export interface ServerOptions {
  /** The rules: configs are validated against them, hovers and the rules list describe them. */
  rules: readonly Rule[]
  presets: Readonly<Record<string, ConfigFile>>
  /** Shown in the log line "lessonlint server started (version …)" and in serverInfo. */
  version: string
  /** The pause in typing before a lint; default 200 ms. */
  debounceMs?: number
  /** The longest a change waits for its lint while typing goes on; default 1000 ms. */
  maxWaitMs?: number
  /**
   * Lint in a worker thread that imports the rule pack from this module (its
   * `rules` export must be `rules` above): a package name the language server
   * can resolve, a file URL or an absolute path. Without it (nor
   * `workerScript`), lints run in the server's own thread and block it meanwhile.
   */
  rulesModule?: string
  /** Or a worker entry that has the rules built in (it calls `serveLints(rules)` from `@lessonlint/language-server/worker`): for bundles. */
  workerScript?: string | URL
  /** The lint worker's heap limit in MB (default 2048): a text that needs more gets a "could not lint" line, the server lives on. */
  workerMemoryMb?: number
}

const CONFIG_FILE_PATTERN = /^(\.lessonlintrc(\.(json|ya?ml))?|lessonlint\.config\.(json|ya?ml)|package\.json)$/

/** After the last document closes, the lint worker is replaced by a fresh one once this long idle: its memory goes back. */
const RECYCLE_AFTER_MS = 5000

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

function isMarkdown(document: TextDocument): boolean {
  if (document.languageId === 'markdown') return true
  return /\.(md|markdown|mdown|mkd)$/i.test(uriToPath(document.uri) ?? document.uri)
}

function isFixAllData(data: unknown): data is FixAllData {
  const value = data as Partial<FixAllData> | undefined
  return typeof value?.uri === 'string' && typeof value.key === 'string'
}

export function createServer(connection: Connection, options: ServerOptions): void {
  const rulesById = new Map(options.rules.map((rule) => [rule.meta.id, rule]))
  const log = (message: string) => connection.console.error(message)

  let capabilities: ClientCapabilities = {}
  let trusted = true
  /** Documents the user chose to lint as proposals (the client persists the list and sends it at start). */
  const proposalUris = new Set<string>()
  let workspaceFolders: WorkspaceFolder[] = []
  let pullMode = false
  let refreshSupport = false
  let actionOptions: ActionOptions = {documentChanges: false, resolveEdit: false}

  const settings = new SettingsCache(connection, () => capabilities.workspace?.configuration === true)
  const configs = new ConfigService({rules: options.rules, presets: options.presets}, () => trusted)
  const linting = new LintService({
    rules: options.rules,
    worker: workerFor(options),
    log: {info: (message) => connection.console.info(message), error: log},
  })
  const open = new OpenDocuments({
    linting,
    debounceMs: options.debounceMs ?? 200,
    maxWaitMs: Math.max(options.maxWaitMs ?? 1000, options.debounceMs ?? 200),
    plan,
    delivered,
    log,
  })
  const documents = open.documents

  const justOpened = new Set<string>()
  /** Pull mode: what each document's last pull was answered with. */
  const lastPulled = new Map<string, {resultId: string; epoch: number; generation: number; fresh: boolean}>()
  /** Pull mode with `run: onSave`: the content epoch saved last, which the next pull lints. */
  const savedEpoch = new Map<string, number>()
  /** Config errors already shown with window/showMessage. */
  const shownConfigErrors = new Set<string>()
  /** Config files (URIs) that currently carry a published error diagnostic (push mode). */
  const publishedConfigFiles = new Set<string>()
  /** What pulls of open config files would answer now (pull mode), to refresh when it changes. */
  let pulledConfigSignature = '[]'
  /** URIs whose diagnostics came from "Lint workspace" (files not open). */
  const workspaceLinted = new Set<string>()
  let recycleTimer: NodeJS.Timeout | undefined

  // -------------------------------------------------------------------------
  // Linting

  function folderOf(filePath: string): string | undefined {
    let best: string | undefined
    for (const folder of workspaceFolders) {
      const root = uriToPath(folder.uri)
      if (root === undefined) continue
      const rel = relative(root, filePath)
      const inside = !rel.startsWith('..') && !isAbsolute(rel)
      if (inside && (!best || root.length > best.length)) best = root
    }
    return best
  }

  /** What the document's lint runs with, from its settings and config (documents.ts reads the text after this). */
  async function plan(uri: string): Promise<LintPlan | undefined> {
    const documentSettings = await settings.get(uri)
    const filePath = uriToPath(uri)
    const locale = documentSettings.locale ?? undefined
    const base = {filePath, proposalsOnly: false, ...(locale ? {locale} : {})}
    if (!documentSettings.enable) return {...base, state: 'disabled'}
    const firstFolder = workspaceFolders.map((folder) => uriToPath(folder.uri)).find((path) => path !== undefined)
    // An untitled document lints with the config of the first workspace folder.
    const configPath = filePath ?? join(firstFolder ?? process.cwd(), 'untitled.md')
    const config = await configs.resolve(configPath, folderOf(configPath) ?? dirname(configPath), documentSettings.rules)
    if (config.kind === 'ignored') return {...base, state: 'ignored'}
    if (config.kind === 'error') {
      reportConfigError(config.error)
      return {...base, state: 'config-error', configError: config.error}
    }
    if (documentSettings.requireConfig && config.config.files.length === 0) return {...base, state: 'no-config'}
    return {
      ...base,
      state: 'linted',
      config: config.config,
      // As the CLI over a folder: a README or a docs page gets no proposal findings, unless the user said otherwise.
      proposalsOnly: documentSettings.documents === 'proposals' && !proposalUris.has(uri),
    }
  }

  /** A lint's outcome is the newest of its document: show it. */
  function delivered(outcome: Outcome): void {
    if (pullMode) {
      // The client was last answered with an older text's findings: have it pull this newer one.
      const pulled = lastPulled.get(outcome.uri)
      if (pulled && !pulled.fresh && !open.awaited(outcome.uri) && refreshSupport) void connection.languages.diagnostics.refresh()
    } else {
      publish(outcome.uri)
    }
    publishConfigFileDiagnostics()
  }

  function sendStatus(uri: string, view: View): void {
    const status: StatusParams = statusOf(uri, view.diagnostics, view.outcome.state)
    void connection.sendNotification(StatusNotification.method, status)
  }

  /**
   * Push mode: the newest outcome, at the document's current version. While the
   * user types, that is a lint of a slightly older text placed in the current one.
   */
  function publish(uri: string): void {
    const document = documents.get(uri)
    const view = open.view(uri)
    if (!document || !view) return
    void connection.sendDiagnostics({uri, version: document.version, diagnostics: view.diagnostics})
    sendStatus(uri, view)
  }

  function relintAll(): void {
    open.invalidate()
    lastPulled.clear()
    if (pullMode && refreshSupport) void connection.languages.diagnostics.refresh()
    // In pull mode too: config file errors are found by linting documents.
    for (const document of documents.all()) {
      if (!isMarkdown(document)) continue
      open.cancel(document.uri)
      open.request(document.uri)
    }
    publishConfigFileDiagnostics()
  }

  /** With no document open, the lint worker's memory goes back: a fresh worker replaces it. */
  function recycleWhenAllClosed(): void {
    clearTimeout(recycleTimer)
    recycleTimer = setTimeout(() => {
      if (documents.keys().length > 0) return
      if (linting.idle) linting.recycle()
      else void linting.whenIdle().then(recycleWhenAllClosed)
    }, RECYCLE_AFTER_MS)
    recycleTimer.unref()
  }

  // -------------------------------------------------------------------------
  // Config errors: one line on the document, one diagnostic on the config file, one message

  function reportConfigError(error: ConfigError): void {
    if (shownConfigErrors.has(error.message)) return
    shownConfigErrors.add(error.message)
    void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: `lessonlint: config error: ${error.message}`})
  }

  /** The config file diagnostics that the current outcomes call for. */
  function configFileDiagnostics(): Map<string, LspDiagnostic[]> {
    const byFile = new Map<string, LspDiagnostic[]>()
    const seen = new Set<string>()
    for (const outcome of open.latestOutcomes()) {
      const error = outcome.configError
      if (!error?.file || outcome.generation !== open.generation) continue
      const uri = pathToFileURL(error.file).href
      const document = documents.get(uri)
      if (!document || seen.has(`${uri}\0${error.message}`)) continue
      seen.add(`${uri}\0${error.message}`)
      const place = locateConfigError(error.file, document.getText(), error.message, error.keyPath)
      const list = byFile.get(uri) ?? []
      list.push(Diagnostics.inConfigFile(document, place, error.message))
      byFile.set(uri, list)
    }
    return byFile
  }

  function publishConfigFileDiagnostics(): void {
    if (pullMode) {
      // Pull clients ask for open config files themselves; tell them when the answer changes.
      const now = JSON.stringify([...configFileDiagnostics()].sort(([a], [b]) => (a < b ? -1 : 1)))
      if (now !== pulledConfigSignature) {
        pulledConfigSignature = now
        if (refreshSupport) void connection.languages.diagnostics.refresh()
      }
      return
    }
    const wanted = configFileDiagnostics()
    for (const uri of publishedConfigFiles) {
      if (!wanted.has(uri)) void connection.sendDiagnostics({uri, diagnostics: []})
    }
    publishedConfigFiles.clear()
    for (const [uri, diagnostics] of wanted) {
      publishedConfigFiles.add(uri)
      void connection.sendDiagnostics({uri, diagnostics})
    }
  }

  // -------------------------------------------------------------------------
  // Lifecycle

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities ?? {}
    const init = (params.initializationOptions ?? {}) as InitializationOptions
    trusted = init.trusted !== false
    for (const uri of init.proposalUris ?? []) if (typeof uri === 'string') proposalUris.add(uri)
    workspaceFolders =
      params.workspaceFolders ?? (params.rootUri ? [{uri: params.rootUri, name: basename(uriToPath(params.rootUri) ?? params.rootUri)}] : [])
    pullMode = capabilities.textDocument?.diagnostic !== undefined
    refreshSupport = capabilities.workspace?.diagnostics?.refreshSupport === true
    actionOptions = {
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      resolveEdit: capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    }
    const serverCapabilities: ServerCapabilities = {
      textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
      codeActionProvider: {
        codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_CODE_ACTION_KIND],
        resolveProvider: actionOptions.resolveEdit,
      },
      hoverProvider: true,
      documentSymbolProvider: {label: 'lessonlint'},
      executeCommandProvider: {commands: [APPLY_ALL_FIXES_COMMAND, LINT_AS_PROPOSAL_COMMAND]},
      workspace: {workspaceFolders: {supported: true, changeNotifications: true}},
    }
    if (pullMode) {
      serverCapabilities.diagnosticProvider = {identifier: 'lessonlint', interFileDependencies: false, workspaceDiagnostics: false}
    }
    return {capabilities: serverCapabilities, serverInfo: {name: 'lessonlint', version: options.version}}
  })

  connection.onInitialized(() => {
    // The rules load in the worker while the client opens its first documents.
    linting.warmUp()
    connection.console.info(
      `lessonlint server started (version ${options.version}; ${options.rules.length} rules; ${pullMode ? 'pull' : 'push'} diagnostics; workspace ${trusted ? 'trusted' : 'untrusted: declarative config only'}; linting in ${linting.debug().mode === 'worker' ? 'a worker thread' : "the server's thread"})`,
    )
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_WATCH_GLOBS.map((globPattern) => ({globPattern})),
      })
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, {section: 'lessonlint'})
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => folder.uri))
        workspaceFolders = [...workspaceFolders.filter((folder) => !removed.has(folder.uri)), ...event.added]
        configs.invalidate()
        relintAll()
      })
    }
  })

  connection.onShutdown(() => {
    clearTimeout(recycleTimer)
    linting.dispose()
  })

  connection.onDidChangeConfiguration(() => {
    settings.clear()
    relintAll()
  })

  connection.onDidChangeWatchedFiles((params) => {
    const relevant = params.changes.some((change) => {
      const name = basename(uriToPath(change.uri) ?? change.uri)
      return CONFIG_FILE_PATTERN.test(name) || name.startsWith('.lessonlintrc') || name.startsWith('lessonlint.config.') || name === '.lessonlintignore' || name === '.gitignore'
    })
    if (!relevant) return
    clearConfigCache()
    configs.invalidate()
    relintAll()
  })

  // -------------------------------------------------------------------------
  // Document events

  documents.onDidOpen((event) => {
    clearTimeout(recycleTimer)
    justOpened.add(event.document.uri)
    if (workspaceLinted.delete(event.document.uri) && pullMode) {
      // The open document's pulled diagnostics replace the pushed ones of "Lint workspace".
      void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
    }
  })

  documents.onDidChangeContent((event) => {
    const {uri} = event.document
    const opened = justOpened.delete(uri)
    if (!isMarkdown(event.document)) {
      if (opened) publishConfigFileDiagnostics()
      return
    }
    if (opened) {
      open.request(uri)
      return
    }
    void settings.get(uri).then((documentSettings) => {
      if (documentSettings.run === 'onType') open.touch(uri)
    })
  })

  documents.onDidSave((event) => {
    const {uri} = event.document
    if (!isMarkdown(event.document)) return
    savedEpoch.set(uri, open.epoch(uri) ?? 0)
    if (pullMode) return
    void settings.get(uri).then((documentSettings) => {
      if (documentSettings.run !== 'onSave') return
      open.cancel(uri)
      open.request(uri)
    })
  })

  documents.onDidClose((event) => {
    const {uri} = event.document
    // documents.ts has dropped what it kept (outcomes, history, queued lint) already.
    lastPulled.delete(uri)
    savedEpoch.delete(uri)
    settings.delete(uri)
    justOpened.delete(uri)
    if (!pullMode) void connection.sendDiagnostics({uri, diagnostics: []})
    publishConfigFileDiagnostics()
    if (documents.keys().length === 0) recycleWhenAllClosed()
  })

  // -------------------------------------------------------------------------
  // Pull diagnostics

  function serverCancelled(): ResponseError<{retriggerRequest: boolean}> {
    return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was linted.', {retriggerRequest: true})
  }

  function pullAnswer(uri: string, view: View, previousResultId: string | undefined): DocumentDiagnosticReport {
    lastPulled.set(uri, {resultId: view.resultId, epoch: open.epoch(uri) ?? 0, generation: open.generation, fresh: view.fresh})
    sendStatus(uri, view)
    publishConfigFileDiagnostics()
    if (previousResultId === view.resultId) return {kind: DocumentDiagnosticReportKind.Unchanged, resultId: view.resultId}
    return {kind: DocumentDiagnosticReportKind.Full, resultId: view.resultId, items: view.diagnostics}
  }

  const PULL = 'textDocument/diagnostic'
  connection.languages.diagnostics.on(
    guarded(PULL, log, async (params, token): Promise<DocumentDiagnosticReport> => {
      const uri = Params.uri(PULL, params)
      const previousResultId = Params.optionalString(PULL, params, 'previousResultId')
      const document = documents.get(uri)
      if (!document) return {kind: DocumentDiagnosticReportKind.Full, items: []}
      if (!isMarkdown(document)) return {kind: DocumentDiagnosticReportKind.Full, items: configFileDiagnostics().get(uri) ?? []}
      // The live document changes in place: remember which text was asked about.
      const epoch = open.epoch(uri)
      const documentSettings = await settings.get(uri)
      const previous = lastPulled.get(uri)
      if (
        documentSettings.run === 'onSave' &&
        previous &&
        previous.generation === open.generation &&
        (savedEpoch.get(uri) ?? -1) <= previous.epoch &&
        previousResultId === previous.resultId
      ) {
        // Linted on save only: until the next save the client keeps what it has.
        return {kind: DocumentDiagnosticReportKind.Unchanged, resultId: previous.resultId}
      }
      let takeOlder = false
      for (;;) {
        if (token.isCancellationRequested || documents.get(uri) !== document || open.epoch(uri) !== epoch) throw serverCancelled()
        const view = open.view(uri)
        if (view && view.outcome.generation === open.generation && (view.fresh || takeOlder)) return pullAnswer(uri, view, previousResultId)
        await open.lintNow(uri, token)
        // A lint finished while this pull waited, of a text older than the one asked about (typing goes on):
        // answer with it, placed in this text, when the client can be told to pull again for the newer one.
        takeOlder = refreshSupport
      }
    }),
  )

  // -------------------------------------------------------------------------
  // Features: answered from the newest outcome at once, never after a lint

  /** "Fix all" edits of the document's current text, from `fixText` in the lint thread; undefined if the text changed meanwhile. */
  async function fixAllOf(view: View): Promise<LspTextEdit[] | undefined> {
    const {document} = view.linted
    if (!view.fresh || !view.outcome.lint) return undefined
    const epoch = open.epoch(document.uri)
    const fixed = await linting.fix({text: document.getText(), ...view.outcome.lint})
    if (documents.get(document.uri) !== document || open.epoch(document.uri) !== epoch) return undefined
    return fixAllEdits(view, fixed)
  }

  const CODE_ACTION = 'textDocument/codeAction'
  connection.onCodeAction(
    guarded(CODE_ACTION, log, async (params) => {
      const uri = Params.uri(CODE_ACTION, params)
      const range = Params.range(CODE_ACTION, params)
      const only = Params.only(CODE_ACTION, params)
      const document = documents.get(uri)
      if (!document || !isMarkdown(document)) return []
      const view = open.view(uri)
      if (!view) return []
      // A client that cannot resolve gets the fix-all edits computed when it asks for that kind by name (on save),
      // and otherwise the action as a command: a listing at the cursor never waits for a re-lint.
      const askedFor = only?.some((kind) => kind === FIX_ALL_CODE_ACTION_KIND || FIX_ALL_CODE_ACTION_KIND.startsWith(`${kind}.`)) === true
      const fixAll = actionOptions.resolveEdit ? 'resolve' : askedFor && view.fresh ? 'now' : 'command'
      const actions = codeActions(view, range, only, actionOptions, {fixAll})
      const action = fixAll === 'now' ? actions.find((one) => one.kind === FIX_ALL_CODE_ACTION_KIND) : undefined
      if (!action) return actions
      const edits = await fixAllOf(view)
      if (!edits || edits.length === 0) return actions.filter((one) => one !== action)
      action.edit = workspaceEdit(view.linted, edits, actionOptions)
      return actions
    }),
  )

  const RESOLVE = 'codeAction/resolve'
  connection.onCodeActionResolve(
    guarded(RESOLVE, log, async (params): Promise<CodeAction> => {
      const action = Params.object(RESOLVE, params) as unknown as CodeAction
      Params.string(RESOLVE, params, 'title')
      if (!FIX_ALL_TITLES.has(action.title) || !isFixAllData(action.data)) return action
      const view = open.view(action.data.uri)
      // Only for the text it was offered for.
      if (!view?.fresh || view.outcome.key !== action.data.key) return action
      const edits = await fixAllOf(view)
      if (edits && edits.length > 0) action.edit = workspaceEdit(view.linted, edits, actionOptions)
      return action
    }),
  )

  const EXECUTE = 'workspace/executeCommand'
  connection.onExecuteCommand(
    guarded(EXECUTE, log, async (params) => {
      const {command, arguments: args} = Params.object(EXECUTE, params) as {command?: unknown; arguments?: unknown}
      const uri = Array.isArray(args) ? (args[0] as {uri?: unknown} | undefined)?.uri : undefined
      if (command === LINT_AS_PROPOSAL_COMMAND) {
        if (typeof uri !== 'string') return
        proposalUris.add(uri)
        relintAll()
        return
      }
      if (command !== APPLY_ALL_FIXES_COMMAND || typeof uri !== 'string') return
      // The user asked: wait for the lint of the current text if it is not done yet.
      const view = await open.fresh(uri)
      const edits = view && (await fixAllOf(view))
      if (!view || !edits || edits.length === 0) return
      const applied = await connection.workspace.applyEdit({label: FIX_ALL_TITLE, edit: workspaceEdit(view.linted, edits, actionOptions)})
      if (!applied.applied) connection.console.warn(`fix all was not applied to ${uri}: ${applied.failureReason ?? 'refused by the client'}`)
    }),
  )

  const HOVER = 'textDocument/hover'
  connection.onHover(
    guarded(HOVER, log, (params) => {
      const uri = Params.uri(HOVER, params)
      const {line, character} = Params.position(HOVER, params)
      const document = documents.get(uri)
      if (!document || !isMarkdown(document)) return null
      const view = open.view(uri)
      if (!view) return null
      const found = view.findings.filter(({lsp: {range}}) => {
        const afterStart = line > range.start.line || (line === range.start.line && character >= range.start.character)
        const beforeEnd = line < range.end.line || (line === range.end.line && character <= range.end.character)
        return afterStart && beforeEnd
      })
      if (found.length === 0) return null
      const first = found[0]!.lsp.range
      // Evidence lines as they are now, in case the text moved since the lint.
      const lineOf = (range: Parameters<typeof Positions.toLsp>[1]) => {
        const placed = Positions.toLsp(view.linted, range)
        return placed && placed.start.line + 1
      }
      return {
        contents: hoverContent(
          found.map((finding) => ({diagnostic: finding.core, rule: rulesById.get(finding.core.ruleId)})),
          view.outcome.locale,
          lineOf,
        ),
        range: found.length === 1 ? first : undefined,
      }
    }),
  )

  const SYMBOLS = 'textDocument/documentSymbol'
  connection.onDocumentSymbol(
    guarded(SYMBOLS, log, async (params, token) => {
      const uri = Params.uri(SYMBOLS, params)
      const document = documents.get(uri)
      if (!document || !isMarkdown(document)) return []
      let view = open.view(uri)
      // Before a document's first lint there is no outline to place: wait for it, this once.
      while (!view) {
        if (token.isCancellationRequested || !documents.get(uri)) return null
        await open.lintNow(uri, token)
        view = open.view(uri)
      }
      // Disabled, ignored or misconfigured documents still get their outline.
      const hierarchical = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true
      return hierarchical ? documentSymbols(view.linted, view.outcome.outline) : symbolInformation(view.linted, view.outcome.outline)
    }),
  )

  connection.onRequest(RulesRequest.method, (): RulesResult => ({
    rules: options.rules.map((rule) => {
      const info: RulesResult['rules'][number] = {
        id: rule.meta.id,
        summary: rule.meta.summary,
        severity: rule.meta.severity,
        fixable: rule.meta.fixable === true,
      }
      if (rule.meta.docsUrl !== undefined) info.docsUrl = rule.meta.docsUrl
      return info
    }),
  }))

  connection.onRequest(
    LintWorkspaceRequest.method,
    guarded(LintWorkspaceRequest.method, log, async (): Promise<LintWorkspaceResult> => {
      const totals: LintWorkspaceResult = {files: 0, errors: 0, warnings: 0, infos: 0}
      const folders = workspaceFolders.map((folder) => uriToPath(folder.uri)).filter((path): path is string => path !== undefined)
      for (const folder of folders) {
        const documentSettings = await settings.get(pathToFileURL(folder).href)
        if (!documentSettings.enable) continue
        await lintWorkspace(folder, {
          linting,
          configs,
          ruleOverrides: documentSettings.rules,
          proposalsOnly: documentSettings.documents === 'proposals',
          proposalUris,
          requireConfig: documentSettings.requireConfig,
          locale: documentSettings.locale,
          onFile(filePath, diagnostics) {
            const uri = pathToFileURL(filePath).href
            totals.files++
            const status = statusOf(uri, diagnostics)
            totals.errors += status.errors
            totals.warnings += status.warnings
            totals.infos += status.infos
            // Open documents have their own, fresher diagnostics.
            if (documents.get(uri)) return
            workspaceLinted.add(uri)
            void connection.sendDiagnostics({uri, diagnostics})
          },
        })
      }
      return totals
    }),
  )

  connection.onRequest(DebugStateRequest.method, (): DebugStateResult => {
    const memory = process.memoryUsage()
    return {
      documents: documents.keys().length,
      ...open.debug(),
      linting: linting.debug(),
      memory: {rss: memory.rss, heapUsed: memory.heapUsed},
    }
  })

  documents.listen(connection)
}
