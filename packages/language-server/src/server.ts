// The lessonlint language server: document sync, push and pull diagnostics,
// code actions, hovers, the outline, config watching. Everything LSP lives in
// this package; the core never sees a URI or a 0-based position.

import {basename, dirname, isAbsolute, join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {buildModel, clearConfigCache, lintModel, proposalVerdict, type ConfigError, type ConfigFile, type Rule} from '@lessonlint/core'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type ClientCapabilities,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type ServerCapabilities,
  type WorkspaceFolder,
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions, FIX_ALL_TITLE, fixAllEdits, workspaceEdit, type ActionOptions, type FixAllData} from './actions.js'
import {ConfigService} from './config.js'
import {locateConfigError} from './config-position.js'
import {bomShift, Diagnostics, type LintedText} from './convert.js'
import {hoverContent} from './hover.js'
import {lintWorkspace} from './workspace.js'
import {resultId, statusOf, type Finding, type Outcome} from './outcome.js'
import {
  APPLY_ALL_FIXES_COMMAND,
  LINT_AS_PROPOSAL_COMMAND,
  CONFIG_WATCH_GLOBS,
  FIX_ALL_CODE_ACTION_KIND,
  LintWorkspaceRequest,
  RulesRequest,
  StatusNotification,
  type ApplyAllFixesArgs,
  type InitializationOptions,
  type LintWorkspaceResult,
  type RulesResult,
  type StatusParams,
} from './protocol.js'
import {SettingsCache} from './settings.js'
import {documentSymbols, symbolInformation} from './symbols.js'

export interface ServerOptions {
  rules: readonly Rule[]
  presets: Readonly<Record<string, ConfigFile>>
  /** Shown in the log line "lessonlint server started (version …)" and in serverInfo. */
  version: string
  /** Delay between a keystroke and the lint it triggers; default 200 ms. */
  debounceMs?: number
}

const CONFIG_FILE_PATTERN = /^(\.lessonlintrc(\.(json|ya?ml))?|lessonlint\.config\.(json|ya?ml)|package\.json)$/

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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function createServer(connection: Connection, options: ServerOptions): void {
  const debounceMs = options.debounceMs ?? 200
  const rulesById = new Map(options.rules.map((rule) => [rule.meta.id, rule]))
  const documents = new TextDocuments(TextDocument)

  let capabilities: ClientCapabilities = {}
  let trusted = true
  /** Documents the user chose to lint as proposals (the client persists the list and sends it at start). */
  const proposalUris = new Set<string>()
  let workspaceFolders: WorkspaceFolder[] = []
  let pullMode = false
  let actionOptions: ActionOptions = {documentChanges: false, resolveEdit: false}

  const settings = new SettingsCache(connection, () => capabilities.workspace?.configuration === true)
  const configs = new ConfigService({rules: options.rules, presets: options.presets}, () => trusted)

  /** Bumped whenever config files or settings change: older outcomes are stale. */
  let generation = 0
  const outcomes = new Map<string, Outcome>()
  const inflight = new Map<string, {version: number; generation: number; promise: Promise<Outcome>}>()
  const timers = new Map<string, NodeJS.Timeout>()
  const justOpened = new Set<string>()
  /** Pull mode with `run: onSave`: the version saved last, which the next pull lints. */
  const savedVersion = new Map<string, number>()
  const lastPulled = new Map<string, Outcome>()
  /** Config errors already shown with window/showMessage. */
  const shownConfigErrors = new Set<string>()
  /** Config files (URIs) that currently carry a published error diagnostic (push mode). */
  const publishedConfigFiles = new Set<string>()
  /** What pulls of open config files would answer now (pull mode), to refresh when it changes. */
  let pulledConfigSignature = '[]'
  /** When each document last changed, so pulls wait for a pause in typing as pushes do. */
  const lastChange = new Map<string, number>()
  /** URIs whose diagnostics came from "Lint workspace" (files not open). */
  const workspaceLinted = new Set<string>()

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

  function emptyOutcome(document: TextDocument, snapshot: TextDocument, text: string): Outcome {
    return {
      uri: document.uri,
      version: snapshot.version,
      generation,
      linted: {document: snapshot, shift: bomShift(text)},
      model: undefined,
      lint: undefined,
      findings: [],
      diagnostics: [],
      configError: undefined,
      state: 'linted',
      locale: 'en',
    }
  }

  async function computeOutcome(document: TextDocument): Promise<Outcome> {
    const text = document.getText()
    // A snapshot: the live document is updated in place by later changes.
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, text)
    const outcome = emptyOutcome(document, snapshot, text)
    const documentSettings = await settings.get(document.uri)
    if (!documentSettings.enable) {
      outcome.state = 'disabled'
      return outcome
    }

    const diskPath = uriToPath(document.uri)
    const firstFolder = workspaceFolders.map((folder) => uriToPath(folder.uri)).find((path) => path !== undefined)
    // An untitled document lints with the config of the first workspace folder.
    const configPath = diskPath ?? join(firstFolder ?? process.cwd(), 'untitled.md')
    const cwd = folderOf(configPath) ?? dirname(configPath)
    const config = await configs.resolve(configPath, cwd, documentSettings.rules)
    if (config.kind === 'ignored') {
      outcome.state = 'ignored'
      return outcome
    }
    if (config.kind === 'error') {
      outcome.state = 'config-error'
      outcome.configError = config.error
      outcome.diagnostics = [Diagnostics.configError(config.error.message)]
      reportConfigError(config.error)
      return outcome
    }

    if (documentSettings.requireConfig && config.config.files.length === 0) {
      outcome.state = 'no-config'
      return outcome
    }

    const linted: LintedText = outcome.linted
    try {
      const model = buildModel(text, diskPath === undefined ? {} : {filePath: diskPath})
      // As the CLI over a folder: a README or a docs page gets no proposal findings, unless the user said otherwise.
      if (documentSettings.documents === 'proposals' && !proposalUris.has(document.uri) && !proposalVerdict(model).proposal) {
        outcome.model = model
        outcome.state = 'not-a-proposal'
        return outcome
      }
      const lint = {filePath: diskPath, rules: options.rules, config: config.config, ...(documentSettings.locale ? {locale: documentSettings.locale} : {})}
      const result = lintModel(model, lint)
      outcome.locale = result.locale
      outcome.model = model
      outcome.lint = lint
      outcome.findings = result.diagnostics.map((core): Finding => ({core, lsp: Diagnostics.create(linted, core)}))
      outcome.diagnostics = outcome.findings.map((finding) => finding.lsp)
      for (const failure of result.internalErrors) {
        connection.console.error(`rule ${failure.ruleId} failed on ${document.uri}: ${failure.message}`)
      }
    } catch (error) {
      // The core promises never to throw on a document; if it does anyway, the server lives on.
      connection.console.error(`linting ${document.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      outcome.state = 'failed'
      outcome.diagnostics = [Diagnostics.lintFailure(messageOf(error))]
    }
    return outcome
  }

  /** The outcome for the document's current version, computed at most once per version and generation. */
  function outcomeFor(document: TextDocument): Promise<Outcome> {
    const cached = outcomes.get(document.uri)
    if (cached && cached.version === document.version && cached.generation === generation) return Promise.resolve(cached)
    const running = inflight.get(document.uri)
    if (running && running.version === document.version && running.generation === generation) return running.promise
    const startedAt = generation
    const promise = computeOutcome(document).then((outcome) => {
      if (inflight.get(document.uri)?.promise === promise) inflight.delete(document.uri)
      const current = documents.get(document.uri)
      if (current && current.version === outcome.version && startedAt === generation) outcomes.set(document.uri, outcome)
      return outcome
    })
    inflight.set(document.uri, {version: document.version, generation, promise})
    return promise
  }

  function sendStatus(outcome: Outcome): void {
    const status: StatusParams = statusOf(outcome.uri, outcome.diagnostics, outcome.state)
    void connection.sendNotification(StatusNotification.method, status)
  }

  /** Push mode: lint the current version and publish, unless the document moved on meanwhile. */
  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document || !isMarkdown(document)) return
    const outcome = await outcomeFor(document)
    const current = documents.get(uri)
    // **Invariant:** results of an old version (or of an old config) are never published.
    if (!current || current.version !== outcome.version || outcome.generation !== generation) return
    await connection.sendDiagnostics({uri, version: outcome.version, diagnostics: outcome.diagnostics})
    sendStatus(outcome)
    publishConfigFileDiagnostics()
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        validate(uri).catch((error: unknown) => connection.console.error(`validating ${uri} failed: ${messageOf(error)}`))
      }, delay),
    )
  }

  function relintAll(): void {
    generation++
    outcomes.clear()
    lastPulled.clear()
    if (pullMode) {
      if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh()
      // Config file errors are found by linting documents: lint them now to update those too.
      for (const document of documents.all()) if (isMarkdown(document)) void outcomeFor(document).then(publishConfigFileDiagnostics)
    } else {
      for (const document of documents.all()) if (isMarkdown(document)) schedule(document.uri, 0)
    }
    publishConfigFileDiagnostics()
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
    for (const outcome of outcomes.values()) {
      const error = outcome.configError
      if (!error?.file || outcome.generation !== generation) continue
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
        if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh()
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
    connection.console.info(
      `lessonlint server started (version ${options.version}; ${options.rules.length} rules; ${pullMode ? 'pull' : 'push'} diagnostics; workspace ${trusted ? 'trusted' : 'untrusted: declarative config only'})`,
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
    justOpened.add(event.document.uri)
    if (workspaceLinted.delete(event.document.uri) && pullMode) {
      // The open document's pulled diagnostics replace the pushed ones of "Lint workspace".
      void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
    }
  })

  documents.onDidChangeContent((event) => {
    const {uri} = event.document
    const opened = justOpened.delete(uri)
    if (!opened) lastChange.set(uri, Date.now())
    if (!isMarkdown(event.document)) {
      if (opened) publishConfigFileDiagnostics()
      return
    }
    if (pullMode) return
    if (opened) {
      schedule(uri, 0)
      return
    }
    void settings.get(uri).then((documentSettings) => {
      if (documentSettings.run === 'onType') schedule(uri, debounceMs)
    })
  })

  documents.onDidSave((event) => {
    const {uri} = event.document
    if (!isMarkdown(event.document)) return
    savedVersion.set(uri, event.document.version)
    if (pullMode) return
    void settings.get(uri).then((documentSettings) => {
      if (documentSettings.run === 'onSave') schedule(uri, 0)
    })
  })

  documents.onDidClose((event) => {
    const {uri} = event.document
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    outcomes.delete(uri)
    inflight.delete(uri)
    lastPulled.delete(uri)
    savedVersion.delete(uri)
    lastChange.delete(uri)
    settings.delete(uri)
    justOpened.delete(uri)
    if (!pullMode) void connection.sendDiagnostics({uri, diagnostics: []})
    publishConfigFileDiagnostics()
  })

  // -------------------------------------------------------------------------
  // Pull diagnostics

  function serverCancelled(): ResponseError<{retriggerRequest: boolean}> {
    return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was linted.', {retriggerRequest: true})
  }

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return {kind: DocumentDiagnosticReportKind.Full, items: []}
    // The live document is updated in place: remember which version was asked for.
    const version = document.version
    if (!isMarkdown(document)) {
      const items = configFileDiagnostics().get(document.uri) ?? []
      return {kind: DocumentDiagnosticReportKind.Full, items}
    }
    const documentSettings = await settings.get(document.uri)
    const previous = lastPulled.get(document.uri)
    if (
      documentSettings.run === 'onSave' &&
      previous &&
      previous.generation === generation &&
      (savedVersion.get(document.uri) ?? -1) <= previous.version &&
      params.previousResultId === resultId(previous)
    ) {
      // Linted on save only: until the next save the client keeps what it has.
      return {kind: DocumentDiagnosticReportKind.Unchanged, resultId: resultId(previous)}
    }
    const changedAgo = Date.now() - (lastChange.get(document.uri) ?? 0)
    if (changedAgo < debounceMs) {
      // A pull right after a keystroke: wait for a pause, as push mode does. The
      // client cancels this pull on the next keystroke and pulls again.
      await new Promise((resolve) => setTimeout(resolve, debounceMs - changedAgo))
    }
    const stillCurrent = () => !token.isCancellationRequested && documents.get(document.uri)?.version === version
    if (!stillCurrent()) throw serverCancelled()
    const outcome = await outcomeFor(document)
    if (!stillCurrent() || outcome.version !== version || outcome.generation !== generation) throw serverCancelled()
    lastPulled.set(document.uri, outcome)
    sendStatus(outcome)
    publishConfigFileDiagnostics()
    const id = resultId(outcome)
    if (params.previousResultId === id) return {kind: DocumentDiagnosticReportKind.Unchanged, resultId: id}
    return {kind: DocumentDiagnosticReportKind.Full, resultId: id, items: outcome.diagnostics}
  })

  // -------------------------------------------------------------------------
  // Features

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document || !isMarkdown(document)) return []
    const outcome = await outcomeFor(document)
    if (documents.get(document.uri)?.version !== outcome.version) return []
    return codeActions(outcome, params.range, params.context.only, actionOptions)
  })

  connection.onCodeActionResolve(async (action): Promise<CodeAction> => {
    const data = action.data as FixAllData | undefined
    if (action.title !== FIX_ALL_TITLE || !data) return action
    const document = documents.get(data.uri)
    if (!document || document.version !== data.version) return action
    const outcome = await outcomeFor(document)
    if (outcome.version !== data.version) return action
    const edits = fixAllEdits(outcome)
    if (edits.length > 0) action.edit = workspaceEdit(outcome, edits, actionOptions)
    return action
  })

  connection.onExecuteCommand(async (params) => {
    if (params.command === LINT_AS_PROPOSAL_COMMAND) {
      const uri = (params.arguments?.[0] as {uri?: unknown} | undefined)?.uri
      if (typeof uri !== 'string') return
      proposalUris.add(uri)
      relintAll()
      return
    }
    if (params.command !== APPLY_ALL_FIXES_COMMAND) return
    const args = params.arguments?.[0] as ApplyAllFixesArgs | undefined
    const document = args ? documents.get(args.uri) : undefined
    if (!document) return
    const outcome = await outcomeFor(document)
    if (documents.get(document.uri)?.version !== outcome.version) return
    const edits = fixAllEdits(outcome)
    if (edits.length === 0) return
    const applied = await connection.workspace.applyEdit({label: FIX_ALL_TITLE, edit: workspaceEdit(outcome, edits, actionOptions)})
    if (!applied.applied) connection.console.warn(`fix all was not applied to ${document.uri}: ${applied.failureReason ?? 'refused by the client'}`)
  })

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document || !isMarkdown(document)) return null
    const outcome = await outcomeFor(document)
    if (documents.get(document.uri)?.version !== outcome.version) return null
    const {line, character} = params.position
    const found = outcome.findings.filter(({lsp: {range}}) => {
      const afterStart = line > range.start.line || (line === range.start.line && character >= range.start.character)
      const beforeEnd = line < range.end.line || (line === range.end.line && character <= range.end.character)
      return afterStart && beforeEnd
    })
    if (found.length === 0) return null
    const first = found[0]!.lsp.range
    return {
      contents: hoverContent(found.map((finding) => ({diagnostic: finding.core, rule: rulesById.get(finding.core.ruleId)})), outcome.locale),
      range: found.length === 1 ? first : undefined,
    }
  })

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document || !isMarkdown(document)) return []
    const outcome = await outcomeFor(document)
    // Disabled, ignored or misconfigured documents still get their outline.
    const model = outcome.model ?? buildModel(outcome.linted.document.getText())
    const hierarchical = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true
    return hierarchical ? documentSymbols(outcome.linted, model) : symbolInformation(outcome.linted, model)
  })

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

  connection.onRequest(LintWorkspaceRequest.method, async (): Promise<LintWorkspaceResult> => {
    const totals: LintWorkspaceResult = {files: 0, errors: 0, warnings: 0, infos: 0}
    const folders = workspaceFolders.map((folder) => uriToPath(folder.uri)).filter((path): path is string => path !== undefined)
    for (const folder of folders) {
      const documentSettings = await settings.get(pathToFileURL(folder).href)
      if (!documentSettings.enable) continue
      await lintWorkspace(folder, {
        rules: options.rules,
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
  })

  documents.listen(connection)
}
