// What one lint of one document version produced, kept so that hovers, code
// actions, pull requests and the outline of that version need no second lint.

import type {ConfigError, Diagnostic, Language, ProposalModel, ResolvedConfig, Rule} from '@lessonlint/core'
import {DiagnosticSeverity, type Diagnostic as LspDiagnostic} from 'vscode-languageserver'
import type {LintedText} from './convert.js'
import type {LintState, StatusParams} from './protocol.js'

export interface Finding {
  core: Diagnostic
  lsp: LspDiagnostic
}

export interface Outcome {
  uri: string
  /** The document version linted; a snapshot, so later edits do not move its positions. */
  version: number
  /** The server's config generation when it was computed; a config or settings change makes it stale. */
  generation: number
  linted: LintedText
  /** Undefined when the document was not linted (disabled, ignored, config error, lint failure). */
  model: ProposalModel | undefined
  lint: {filePath: string | undefined; rules: readonly Rule[]; config: ResolvedConfig; locale?: Language} | undefined
  /** The language of the findings (`LintResult.locale`): hovers speak it too. */
  locale: Language
  findings: Finding[]
  /** What the client is shown: the findings, or the one config error / failure line. */
  diagnostics: LspDiagnostic[]
  configError: ConfigError | undefined
  state: LintState
}

export function resultId(outcome: Outcome): string {
  return `${outcome.generation}:${outcome.version}`
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
