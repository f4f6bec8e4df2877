// "Lint workspace": every Markdown file of a workspace folder, with the config
// that applies to each file, for the files the user has not opened.

import {readFile} from 'node:fs/promises'
import {pathToFileURL} from 'node:url'
import {buildModel, expandPatterns, lintModel, proposalVerdict, type Language, type Rule, type RuleSetting} from '@lessonlint/core'
import type {Diagnostic as LspDiagnostic} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {ConfigService} from './config.js'
import {bomShift, Diagnostics} from './convert.js'

export interface LintWorkspaceOptions {
  rules: readonly Rule[]
  configs: ConfigService
  ruleOverrides: Record<string, RuleSetting>
  /** Setting `lessonlint.documents` is `proposals`: skip the documents that are no proposals, as open ones are. */
  proposalsOnly: boolean
  /** Documents the user chose to lint as proposals whatever they look like. */
  proposalUris: ReadonlySet<string>
  /** Setting `lessonlint.requireConfig`: skip the documents with no config file above them. */
  requireConfig: boolean
  /** Setting `lessonlint.locale`: the language of messages for documents that do not tell theirs. */
  locale: Language | null
  onFile(filePath: string, diagnostics: LspDiagnostic[]): void
}

/** Lints the folder's Markdown files one after another, yielding between files so the server stays responsive. */
export async function lintWorkspace(folder: string, options: LintWorkspaceOptions): Promise<void> {
  // The files `lessonlint` run in the folder would lint.
  const files = (await expandPatterns([], folder)).map((candidate) => candidate.file).sort()
  for (const filePath of files) {
    const config = await options.configs.resolve(filePath, folder, options.ruleOverrides)
    if (config.kind === 'ignored') continue
    if (config.kind === 'ok' && options.requireConfig && config.config.files.length === 0) continue
    let text: string
    try {
      text = await readFile(filePath, 'utf8')
    } catch {
      continue
    }
    const uri = pathToFileURL(filePath).href
    const document = TextDocument.create(uri, 'markdown', 0, text)
    let diagnostics: LspDiagnostic[]
    if (config.kind === 'error') {
      diagnostics = [Diagnostics.configError(config.error.message)]
    } else {
      try {
        // As for an open document: a README or a docs page gets no proposal findings, unless the user said otherwise.
        const model = buildModel(text, {filePath})
        if (options.proposalsOnly && !options.proposalUris.has(uri) && !proposalVerdict(model).proposal) continue
        const result = lintModel(model, {rules: options.rules, config: config.config, ...(options.locale ? {locale: options.locale} : {})})
        const linted = {document, shift: bomShift(text)}
        diagnostics = result.diagnostics.map((diagnostic) => Diagnostics.create(linted, diagnostic))
      } catch (error) {
        diagnostics = [Diagnostics.lintFailure(error instanceof Error ? error.message : String(error))]
      }
    }
    options.onFile(filePath, diagnostics)
    await new Promise((resolve) => setImmediate(resolve))
  }
}
