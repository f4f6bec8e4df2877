// A real LSP client for tests: the server runs as a child process and speaks
// JSON-RPC over its stdin/stdout, as it does for an editor.

import {spawn, type ChildProcess} from 'node:child_process'
import {resolve} from 'node:path'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'

export const REPO = resolve(import.meta.dirname, '../../..')
export const SERVER_BIN = resolve(REPO, 'packages/language-server/bin/lessonlint-language-server.js')

export interface ClientOptions {
  /** The server's entry script; default the package's bin. */
  serverScript?: string
  rootUri: string | null
  /** Declare pull diagnostics support (`textDocument.diagnostic`). Default false: push. */
  pull?: boolean
  /** What `workspace/configuration` answers for section `lessonlint`. */
  settings?: Record<string, unknown>
  initializationOptions?: Record<string, unknown>
  /** Extra environment variables for the server process. */
  env?: Record<string, string>
}

export class TestClient {
  readonly connection: ProtocolConnection
  readonly child: ChildProcess
  readonly published: PublishDiagnosticsParams[] = []
  /** When each of `published` arrived (Date.now()). */
  readonly publishedAt: number[] = []
  readonly messages: Array<{type: number; message: string}> = []
  readonly logs: string[] = []
  readonly statuses: Array<{uri: string; errors: number; warnings: number; infos: number}> = []
  readonly registrations: Array<{method: string; registerOptions?: unknown}> = []
  readonly documents = new Map<string, TextDocument>()
  refreshes = 0
  settings: Record<string, unknown>
  stderr = ''
  private exited = false
  private waiters: Array<() => void> = []

  constructor(readonly options: ClientOptions) {
    this.settings = options.settings ?? {}
    this.child = spawn(process.execPath, [options.serverScript ?? SERVER_BIN, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {...process.env, ...options.env},
    })
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString()
    })
    this.child.on('exit', () => {
      this.exited = true
      this.notify()
    })
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      this.publishedAt.push(Date.now())
      this.notify()
    })
    this.connection.onNotification('window/showMessage', (params: {type: number; message: string}) => {
      this.messages.push(params)
      this.notify()
    })
    this.connection.onNotification('window/logMessage', (params: {message: string}) => {
      this.logs.push(params.message)
      this.notify()
    })
    this.connection.onNotification('lessonlint/status', (params: TestClient['statuses'][number]) => {
      this.statuses.push(params)
      this.notify()
    })
    this.connection.onRequest('workspace/configuration', (params: {items: Array<{section?: string}>}) =>
      params.items.map((item) => (item.section === 'lessonlint' ? this.settings : null)),
    )
    this.connection.onRequest('client/registerCapability', (params: {registrations: TestClient['registrations']}) => {
      this.registrations.push(...params.registrations)
      this.notify()
      return null
    })
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++
      this.notify()
      return null
    })
    this.connection.onRequest('workspace/applyEdit', (params: {edit: WorkspaceEdit}) => {
      this.applyWorkspaceEdit(params.edit)
      return {applied: true}
    })
    this.connection.listen()
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter()
  }

  /** Resolves when `predicate` holds, checking after every message from the server. */
  async waitFor<T>(what: string, predicate: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = predicate()
      if (value !== undefined && value !== false) return value
      if (this.exited) throw new Error(`server exited while waiting for ${what}\n${this.stderr}`)
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`timed out waiting for ${what}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250))
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  get alive(): boolean {
    return !this.exited
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        didChangeWatchedFiles: {dynamicRegistration: true},
        didChangeConfiguration: {dynamicRegistration: true},
        workspaceEdit: {documentChanges: true},
        applyEdit: true,
        workspaceFolders: true,
        diagnostics: {refreshSupport: true},
      },
      textDocument: {
        synchronization: {didSave: true, dynamicRegistration: false},
        publishDiagnostics: {relatedInformation: true, versionSupport: true, codeDescriptionSupport: true},
        codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source', 'source.fixAll']}}, isPreferredSupport: true},
        hover: {contentFormat: ['markdown', 'plaintext']},
        documentSymbol: {hierarchicalDocumentSymbolSupport: true},
      },
    }
    if (this.options.pull) capabilities.textDocument!.diagnostic = {dynamicRegistration: false}
    const exited = new Promise<never>((_resolve, reject) => {
      const check = () => (this.exited ? reject(new Error(`the server exited before answering initialize\n${this.stderr}`)) : undefined)
      this.child.once('exit', () => setTimeout(check, 100))
      check()
    })
    const request = this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: this.options.rootUri,
      workspaceFolders: this.options.rootUri ? [{uri: this.options.rootUri, name: 'workspace'}] : null,
      capabilities,
      initializationOptions: this.options.initializationOptions,
    })
    const result = await Promise.race([request, exited])
    await this.connection.sendNotification(InitializedNotification.type, {})
    return result
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, 1, text)
    this.documents.set(uri, document)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
    return document
  }

  /** Applies incremental changes locally and sends them; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = this.documents.get(uri)
    if (!document) throw new Error(`${uri} is not open`)
    const version = document.version + 1
    TextDocument.update(document, changes, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: changes})
    return version
  }

  async applyEdits(uri: string, edits: TextEdit[]): Promise<number> {
    // Sent one by one from the last: each range stays valid in the text the server holds.
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
    const document = this.documents.get(uri)!
    const version = document.version + 1
    const changes = sorted.map((edit) => ({range: edit.range, text: edit.newText}))
    TextDocument.update(document, changes, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: changes})
    return version
  }

  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    const perUri: Array<[string, TextEdit[]]> = []
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) perUri.push([change.textDocument.uri, change.edits as TextEdit[]])
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.push([uri, edits])
    for (const [uri, edits] of perUri) void this.applyEdits(uri, edits)
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}})
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri)
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes})
  }

  /** The last diagnostics published for `uri` (undefined before the first). */
  lastPublished(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i]!.uri === uri) return this.published[i]
    return undefined
  }

  /** Waits for diagnostics of `uri` at exactly `version`. */
  diagnosticsAt(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${uri} at version ${version}`, () => {
      const last = this.lastPublished(uri)
      return last && last.version === version ? last.diagnostics : undefined
    })
  }

  async dispose(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((resolve) => setTimeout(resolve, 2000))])
        await this.connection.sendNotification(ExitNotification.type)
      } catch {
        // The server may already be gone.
      }
      await Promise.race([new Promise((resolve) => this.child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 2000))])
      if (!this.exited) this.child.kill()
    }
    this.connection.dispose()
  }
}

/** `{start, end}` in 0-based line/character, for comparisons. */
export function where(diagnostic: Diagnostic): string {
  const {start, end} = diagnostic.range
  return `${String(diagnostic.code)}@${start.line}:${start.character}-${end.line}:${end.character}`
}
