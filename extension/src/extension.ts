// The VS Code client of lessonlint: starts the bundled server (out/server.js) as
// a separate Node process over IPC, and adds what LSP does not carry: commands,
// a status bar item, workspace trust. Settings and custom messages are typed in
// @lessonlint/language-server/protocol, shared with the server.

import * as vscode from 'vscode'
import {
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node'
import {
  APPLY_ALL_FIXES_COMMAND,
  DIAGNOSTIC_SOURCE,
  LINT_AS_PROPOSAL_COMMAND,
  LintWorkspaceRequest,
  RulesRequest,
  StatusNotification,
  type ApplyAllFixesArgs,
  type InitializationOptions,
  type LintWorkspaceResult,
  type RulesResult,
  type StatusParams,
} from '@lessonlint/language-server/protocol'

const CONFIG_FILES = '**/{.lessonlintrc.json,.lessonlintrc.yaml,.lessonlintrc.yml,lessonlint.config.json,lessonlint.config.yaml,package.json}'

let client: LanguageClient | undefined

/** Per-document counts from the server's `lessonlint/status`, shown for the active editor. */
class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('lessonlint.status', vscode.StatusBarAlignment.Right, 100)
  private readonly counts = new Map<string, StatusParams>()

  constructor() {
    this.item.name = 'lessonlint'
    this.update()
  }

  set(status: StatusParams): void {
    this.counts.set(status.uri, status)
    this.update()
  }

  forget(uri: string): void {
    this.counts.delete(uri)
    this.update()
  }

  clear(): void {
    this.counts.clear()
    this.update()
  }

  update(): void {
    const editor = vscode.window.activeTextEditor
    if (!editor || editor.document.languageId !== 'markdown') {
      this.item.hide()
      return
    }
    const status = this.counts.get(editor.document.uri.toString())
    this.item.command = 'workbench.actions.view.problems'
    if (!status) {
      this.item.text = '$(sync~spin) lessonlint'
      this.item.tooltip = 'lessonlint is checking this proposal'
    } else if (status.state === 'disabled' || status.state === 'ignored') {
      this.item.text = '$(circle-slash) lessonlint'
      this.item.tooltip =
        status.state === 'disabled' ? 'lessonlint is disabled for this file (setting lessonlint.enable)' : 'lessonlint ignores this file (ignore files or config "ignores")'
    } else if (status.state === 'not-a-proposal' || status.state === 'no-config') {
      this.item.text = '$(circle-slash) lessonlint: not a proposal'
      this.item.tooltip =
        status.state === 'not-a-proposal'
          ? 'lessonlint does not lint this document: it has no proposal front matter, no proposal title and fewer than two proposal sections. Click to lint it as a proposal.'
          : 'lessonlint does not lint this document: no lessonlint config file above it (setting lessonlint.requireConfig).'
      if (status.state === 'not-a-proposal') this.item.command = 'lessonlint.lintAsProposal'
      if (status.state === 'no-config') this.item.text = '$(circle-slash) lessonlint: no config'
    } else if (status.state === 'config-error' || status.state === 'failed') {
      this.item.text = '$(warning) lessonlint'
      this.item.tooltip = status.state === 'config-error' ? 'lessonlint: the configuration has an error (see Problems)' : 'lessonlint could not lint this file (see the output)'
      if (status.state === 'failed') this.item.command = 'lessonlint.showOutput'
    } else if (status.errors + status.warnings + status.infos === 0) {
      this.item.text = '$(check) lessonlint'
      this.item.tooltip = 'lessonlint: no findings in this proposal'
    } else {
      this.item.text = `$(error) ${status.errors} $(warning) ${status.warnings} $(info) ${status.infos}`
      this.item.tooltip = `lessonlint: ${status.errors} errors, ${status.warnings} warnings, ${status.infos} infos in this proposal`
    }
    this.item.show()
  }

  dispose(): void {
    this.item.dispose()
  }
}

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('out/server.js')
  const serverOptions: ServerOptions = {
    run: {module: serverModule, transport: TransportKind.ipc},
    debug: {module: serverModule, transport: TransportKind.ipc, options: {execArgv: ['--nolazy', '--inspect=6019']}},
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'markdown'},
      {scheme: 'untitled', language: 'markdown'},
      // Config files too, so that a broken one shows its error where it is.
      {scheme: 'file', pattern: CONFIG_FILES},
    ],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Read at each (re)start: granting trust restarts the server with it.
    initializationOptions: (): InitializationOptions => ({trusted: vscode.workspace.isTrusted, proposalUris: rememberedProposals(context)}),
    diagnosticPullOptions: {onChange: true, onSave: true},
    middleware: {
      // vscode-languageclient 9 turns a pull that a keystroke cancelled into an empty
      // report, which blanks the Problems view while typing; a CancellationError
      // makes it keep what it has and pull again.
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token)
        if (token.isCancellationRequested) throw new vscode.CancellationError()
        return report
      },
    },
  }
  return new LanguageClient('lessonlint', 'lessonlint', serverOptions, clientOptions)
}

async function startClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, statusBar: StatusBar): Promise<void> {
  client = createClient(context, output)
  client.onNotification(StatusNotification.method, (status: StatusParams) => statusBar.set(status))
  await client.start()
}

async function restartClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, statusBar: StatusBar): Promise<void> {
  const previous = client
  client = undefined
  statusBar.clear()
  if (previous) await previous.dispose()
  await startClient(context, output, statusBar)
}

function activeMarkdownUri(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor
  return editor && editor.document.languageId === 'markdown' ? editor.document.uri : undefined
}

async function showRuleDocs(): Promise<void> {
  const editor = vscode.window.activeTextEditor
  if (editor) {
    // The finding under the cursor first: its docs link is on the diagnostic.
    const here = vscode.languages
      .getDiagnostics(editor.document.uri)
      .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.range.contains(editor.selection.active))
    const code = here[0]?.code
    if (code && typeof code === 'object' && 'target' in code) {
      await vscode.env.openExternal(code.target)
      return
    }
  }
  if (!client) return
  const {rules} = await client.sendRequest<RulesResult>(RulesRequest.method)
  const picked = await vscode.window.showQuickPick(
    rules.map((rule) => ({label: rule.id, description: rule.severity, detail: rule.summary, url: rule.docsUrl})),
    {placeHolder: 'Which rule?', matchOnDetail: true},
  )
  if (picked?.url) await vscode.env.openExternal(vscode.Uri.parse(picked.url))
}

async function lintWorkspace(): Promise<void> {
  if (!client) return
  const result = await vscode.window.withProgress(
    {location: vscode.ProgressLocation.Notification, title: 'lessonlint: linting the workspace'},
    () => client!.sendRequest<LintWorkspaceResult>(LintWorkspaceRequest.method),
  )
  void vscode.window.showInformationMessage(
    `lessonlint: ${result.files} files: ${result.errors} errors, ${result.warnings} warnings, ${result.infos} infos (see the Problems view).`,
  )
}

/** Documents the user chose to lint as proposals, remembered per workspace across restarts. */
const PROPOSALS_KEY = 'lessonlint.proposalUris'

function rememberedProposals(context: vscode.ExtensionContext): string[] {
  return context.workspaceState.get<string[]>(PROPOSALS_KEY, [])
}

async function lintAsProposal(context: vscode.ExtensionContext): Promise<void> {
  const uri = activeMarkdownUri()
  if (!uri || !client) return
  const remembered = new Set(rememberedProposals(context)).add(uri.toString())
  await context.workspaceState.update(PROPOSALS_KEY, [...remembered])
  await client.sendRequest(ExecuteCommandRequest.type, {command: LINT_AS_PROPOSAL_COMMAND, arguments: [{uri: uri.toString()}]})
}

async function fixAll(): Promise<void> {
  const uri = activeMarkdownUri()
  if (!uri || !client) return
  const args: ApplyAllFixesArgs = {uri: uri.toString()}
  await client.sendRequest(ExecuteCommandRequest.type, {command: APPLY_ALL_FIXES_COMMAND, arguments: [args]})
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('lessonlint')
  const statusBar = new StatusBar()
  context.subscriptions.push(
    output,
    statusBar,
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    vscode.workspace.onDidCloseTextDocument((document) => statusBar.forget(document.uri.toString())),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restartClient(context, output, statusBar)),
    vscode.commands.registerCommand('lessonlint.lintWorkspace', lintWorkspace),
    vscode.commands.registerCommand('lessonlint.fixAll', fixAll),
    vscode.commands.registerCommand('lessonlint.lintAsProposal', () => lintAsProposal(context)),
    vscode.commands.registerCommand('lessonlint.showRuleDocs', showRuleDocs),
    vscode.commands.registerCommand('lessonlint.restartServer', () => restartClient(context, output, statusBar)),
    vscode.commands.registerCommand('lessonlint.showOutput', () => output.show(true)),
  )
  await startClient(context, output, statusBar)
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop()
  client = undefined
}
