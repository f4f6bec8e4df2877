// "Lint workspace": every Markdown file of a workspace folder, with the config
// that applies to each file, for the files the user has not opened. The lints
// run in the lint thread after the open documents' (lint-worker.ts).

import {readFile} from 'node:fs/promises'
import {pathToFileURL} from 'node:url'
import {expandPatterns, type Language, type RuleSetting} from '@lessonlint/core'
import type {Diagnostic as LspDiagnostic} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {ConfigService} from './config.js'
import {bomShift, Diagnostics} from './convert.js'
import type {LintService} from './lint-worker.js'

export interface LintWorkspaceOptions {
  linting: LintService
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

/** Lints the folder's Markdown files one after another. */
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
    let diagnostics: LspDiagnostic[]
    if (config.kind === 'error') {
      diagnostics = [Diagnostics.configError(config.error.message)]
    } else {
      const data = await options.linting.lintBackground({
        text,
        filePath,
        config: config.config,
        ...(options.locale ? {locale: options.locale} : {}),
        outlineOnly: false,
        // As for an open document: a README or a docs page gets no proposal findings, unless the user said otherwise.
        proposalsOnly: options.proposalsOnly && !options.proposalUris.has(uri),
        editor: false,
      })
      if (data.state === 'not-a-proposal') continue
      if (data.state === 'failed') {
        diagnostics = [Diagnostics.lintFailure(data.error ?? 'unknown error')]
      } else {
        const linted = {document: TextDocument.create(uri, 'markdown', 0, text), shift: bomShift(text)}
        diagnostics = data.diagnostics.flatMap((diagnostic) => Diagnostics.create(linted, diagnostic) ?? [])
      }
    }
    options.onFile(filePath, diagnostics)
  }
}
