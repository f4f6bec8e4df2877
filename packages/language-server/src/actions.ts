// Code actions: each rule fix as a quick fix, "disable for this line / for this
// document", and "fix all auto-fixable problems" as a source action.

import {applyFixes, fixText, type Fix, type Language, type TextEdit as CoreTextEdit} from '@lessonlint/core'
import {
  CodeActionKind,
  type CodeAction,
  type Position,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver'
import {Positions} from './convert.js'
import {disableDocumentEdit, disableLineEdit} from './disable.js'
import type {Finding, Outcome} from './outcome.js'
import {FIX_ALL_CODE_ACTION_KIND} from './protocol.js'

/** Ids that belong to the engine or the server: nothing to disable, the fix lies elsewhere. */
const NOT_DISABLABLE = new Set(['internal-error', 'inline-config', 'config-error'])

export interface ActionOptions {
  /** The client takes `documentChanges` (versioned edits, refused when the document moved on). */
  documentChanges: boolean
  /** The client resolves a code action's `edit` lazily (`codeAction/resolve`). */
  resolveEdit: boolean
}

export interface FixAllData {
  uri: string
  version: number
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}

/** Ranges that touch count: a cursor at the end of a finding is on it. */
function overlaps(a: LspRange, b: LspRange): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function kindWanted(kind: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.length === 0 || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`))
}

export function workspaceEdit(outcome: Outcome, edits: LspTextEdit[], options: ActionOptions): WorkspaceEdit {
  if (options.documentChanges) {
    return {documentChanges: [{textDocument: {uri: outcome.uri, version: outcome.version}, edits}]}
  }
  return {changes: {[outcome.uri]: edits}}
}

function coreEditsToLsp(outcome: Outcome, edits: CoreTextEdit[]): LspTextEdit[] {
  return Positions.fixToLsp(outcome.linted, {title: '', edits})
}

function fixAction(outcome: Outcome, finding: Finding, fix: Fix, preferred: boolean, options: ActionOptions): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [finding.lsp],
    isPreferred: preferred,
    edit: workspaceEdit(outcome, Positions.fixToLsp(outcome.linted, fix), options),
  }
}

/** The edits that apply every auto-fix, as the CLI's `--fix` would (passes until the text settles). */
export function fixAllEdits(outcome: Outcome): LspTextEdit[] {
  if (!outcome.lint || !outcome.model) return []
  const fixes = outcome.findings.map((finding) => finding.core.fix).filter((fix): fix is Fix => fix !== undefined)
  if (fixes.length === 0) return []
  const original = outcome.linted.document.getText()
  const fixed = fixText(original, outcome.lint)
  if (!fixed.fixed) return []
  if (fixed.passes === 1) {
    // One pass: the fixes' own edits, exact, so markers elsewhere stay put.
    const {applied} = applyFixes(outcome.model.text, fixes)
    const edits = applied.flatMap((fix) => fix.edits)
    // Same order as applyFixes: by offset, insertions before a replacement at the same offset.
    edits.sort((a, b) => a.start - b.start || Number(a.start !== a.end) - Number(b.start !== b.end))
    return coreEditsToLsp(outcome, edits)
  }
  // Several passes: a later fix's offsets point into an intermediate text; replace the changed span.
  const output = fixed.output
  let start = 0
  while (start < original.length && start < output.length && original[start] === output[start]) start++
  let tail = 0
  while (
    tail < original.length - start &&
    tail < output.length - start &&
    original[original.length - 1 - tail] === output[output.length - 1 - tail]
  ) {
    tail++
  }
  // Never split a CRLF or a surrogate pair.
  while (start > 0 && /[\r\uD800-\uDBFF]/.test(original[start - 1] ?? '')) start--
  while (tail > 0 && /[\n\uDC00-\uDFFF]/.test(original[original.length - tail] ?? '')) tail--
  return [
    {
      range: Positions.offsetsToLsp({document: outcome.linted.document, shift: 0}, start, original.length - tail),
      newText: output.slice(start, output.length - tail),
    },
  ]
}

export const FIX_ALL_TITLE = 'Fix all auto-fixable lessonlint problems'

/** The server's own action titles, in the language of the findings (`outcome.locale`); rule fixes bring their own. */
const TITLES: Readonly<Record<Language, {line: string; document: string; fixAll: string}>> = {
  en: {line: 'Disable {id} for this line', document: 'Disable {id} for this document', fixAll: FIX_ALL_TITLE},
  fr: {line: 'Désactiver {id} pour cette ligne', document: 'Désactiver {id} pour ce document', fixAll: 'Corriger tous les problèmes lessonlint corrigeables automatiquement'},
  es: {line: 'Desactivar {id} en esta línea', document: 'Desactivar {id} en este documento', fixAll: 'Corregir todos los problemas de lessonlint corregibles automáticamente'},
}

export function codeActions(
  outcome: Outcome,
  range: LspRange,
  only: readonly string[] | undefined,
  options: ActionOptions,
): CodeAction[] {
  const actions: CodeAction[] = []
  const here = outcome.findings.filter((finding) => overlaps(finding.lsp.range, range))

  if (kindWanted(CodeActionKind.QuickFix, only)) {
    for (const finding of here) {
      if (finding.core.fix) actions.push(fixAction(outcome, finding, finding.core.fix, true, options))
      for (const suggestion of finding.core.suggestions ?? []) actions.push(fixAction(outcome, finding, suggestion, false, options))
    }
    const model = outcome.model
    const lineDone = new Set<string>()
    const documentDone = new Set<string>()
    for (const finding of model ? here : []) {
      const id = finding.core.ruleId
      if (NOT_DISABLABLE.has(id) || !model) continue
      const lineKey = `${id}:${finding.core.range.start.line}`
      if (!lineDone.has(lineKey)) {
        lineDone.add(lineKey)
        const edit = disableLineEdit(model, finding.core.range.start.offset, id)
        if (edit) {
          actions.push({
            title: TITLES[outcome.locale].line.replace('{id}', id),
            kind: CodeActionKind.QuickFix,
            diagnostics: [finding.lsp],
            edit: workspaceEdit(outcome, coreEditsToLsp(outcome, [edit]), options),
          })
        }
      }
      if (!documentDone.has(id)) {
        documentDone.add(id)
        const edit = disableDocumentEdit(model, id)
        if (edit) {
          actions.push({
            title: TITLES[outcome.locale].document.replace('{id}', id),
            kind: CodeActionKind.QuickFix,
            diagnostics: here.filter((other) => other.core.ruleId === id).map((other) => other.lsp),
            edit: workspaceEdit(outcome, coreEditsToLsp(outcome, [edit]), options),
          })
        }
      }
    }
  }

  if (kindWanted(FIX_ALL_CODE_ACTION_KIND, only) && outcome.findings.some((finding) => finding.core.fix)) {
    const action: CodeAction = {title: TITLES[outcome.locale].fixAll, kind: FIX_ALL_CODE_ACTION_KIND}
    if (options.resolveEdit) {
      // Fixing everything re-lints up to ten times: only when the user picks it.
      action.data = {uri: outcome.uri, version: outcome.version} satisfies FixAllData
    } else {
      const edits = fixAllEdits(outcome)
      if (edits.length > 0) action.edit = workspaceEdit(outcome, edits, options)
    }
    if (action.data !== undefined || action.edit !== undefined) actions.push(action)
  }
  return actions
}
