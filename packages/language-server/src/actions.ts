// Code actions: each rule fix as a quick fix, "disable for this line / for this
// document", and "fix all auto-fixable problems" as a source action.
//
// They are made from a View (outcome.ts) without a lint: the edits of the
// disables come computed from the lint worker, and the rules' fixes carry
// their own edits. When the view is of an older text than the current one, an
// edit is offered only where the client changed none of the characters it
// replaces (convert.ts), in the current text's coordinates. "Fix all" lints
// the text again up to ten times, so it runs in the lint worker and only when
// the user picks it: through `codeAction/resolve`, or the server command for
// clients that cannot resolve.

import {applyFixes, type Fix, type Language, type TextEdit as CoreTextEdit} from '@lessonlint/core'
import {
  CodeActionKind,
  type CodeAction,
  type Position,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver'
import {Positions, type LintedText} from './convert.js'
import type {FixData} from './lint-job.js'
import type {PlacedFinding, View} from './outcome.js'
import {APPLY_ALL_FIXES_COMMAND, FIX_ALL_CODE_ACTION_KIND, type ApplyAllFixesArgs} from './protocol.js'

export interface ActionOptions {
  /** The client takes `documentChanges` (versioned edits, refused when the document moved on). */
  documentChanges: boolean
  /** The client resolves a code action's `edit` lazily (`codeAction/resolve`). */
  resolveEdit: boolean
}

/** What a "fix all" action carries until it is resolved: the document and the content key of the text it fixes. */
export interface FixAllData {
  uri: string
  version: number
  key: string
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

/** Edits of the current document (its version as the client has it now). */
export function workspaceEdit(linted: LintedText, edits: LspTextEdit[], options: ActionOptions): WorkspaceEdit {
  const {uri, version} = linted.document
  if (options.documentChanges) return {documentChanges: [{textDocument: {uri, version}, edits}]}
  return {changes: {[uri]: edits}}
}

function fixAction(view: View, finding: PlacedFinding, fix: Fix, preferred: boolean, options: ActionOptions): CodeAction | undefined {
  const edits = Positions.fixToLsp(view.linted, fix)
  if (!edits) return undefined
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [finding.lsp],
    isPreferred: preferred,
    edit: workspaceEdit(view.linted, edits, options),
  }
}

/**
 * The edits that apply every auto-fix, as the CLI's `--fix` would: `fixed` is
 * the worker's `fixText` answer for the view's text (a fresh view only).
 */
export function fixAllEdits(view: View, fixed: FixData): LspTextEdit[] {
  if (!fixed.fixed) return []
  const linted = view.linted
  const original = linted.document.getText()
  if (fixed.passes === 1) {
    // One pass: the fixes' own edits, exact, so markers elsewhere stay put.
    const fixes = view.outcome.findings.map((finding) => finding.core.fix).filter((fix): fix is Fix => fix !== undefined)
    const {applied} = applyFixes(original.slice(linted.shift), fixes)
    const edits: CoreTextEdit[] = applied.flatMap((fix) => fix.edits)
    // Same order as applyFixes: by offset, insertions before a replacement at the same offset.
    edits.sort((a, b) => a.start - b.start || Number(a.start !== a.end) - Number(b.start !== b.end))
    return Positions.editsToLsp(linted, edits) ?? []
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
      range: Positions.offsetsToLsp({document: linted.document, shift: 0}, start, original.length - tail),
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

/** Every fix-all title, whatever the language: `codeAction/resolve` recognises its action by them. */
export const FIX_ALL_TITLES: ReadonlySet<string> = new Set(Object.values(TITLES).map((titles) => titles.fixAll))

export interface FixAllChoice {
  /** How the "fix all" action gets its edit: resolved later, computed now (the client asked for it by kind), or a command. */
  fixAll: 'resolve' | 'now' | 'command'
}

/**
 * The actions at `range`. The fix-all action, when wanted, comes without its
 * edit (`data` to resolve, or the apply-all-fixes command); with `fixAll:
 * 'now'` the caller computes its edit (`fixAllEdits`) and sets it.
 */
export function codeActions(view: View, range: LspRange, only: readonly string[] | undefined, options: ActionOptions, choice: FixAllChoice): CodeAction[] {
  const {outcome} = view
  const actions: CodeAction[] = []
  const here = view.findings.filter((finding) => overlaps(finding.lsp.range, range))

  if (kindWanted(CodeActionKind.QuickFix, only)) {
    for (const finding of here) {
      const fixes = [finding.core.fix, ...(finding.core.suggestions ?? [])]
      for (const [index, fix] of fixes.entries()) {
        const action = fix && fixAction(view, finding, fix, index === 0, options)
        if (action) actions.push(action)
      }
    }
    const lineDone = new Set<string>()
    const documentDone = new Set<string>()
    for (const finding of here) {
      const id = finding.core.ruleId
      const lineKey = `${id}:${finding.core.range.start.line}`
      if (finding.disableLine && !lineDone.has(lineKey)) {
        lineDone.add(lineKey)
        const edits = Positions.editsToLsp(view.linted, [finding.disableLine])
        if (edits) {
          actions.push({
            title: TITLES[outcome.locale].line.replace('{id}', id),
            kind: CodeActionKind.QuickFix,
            diagnostics: [finding.lsp],
            edit: workspaceEdit(view.linted, edits, options),
          })
        }
      }
      const documentEdit = outcome.disableDocument[id]
      if (documentEdit && !documentDone.has(id)) {
        documentDone.add(id)
        const edits = Positions.editsToLsp(view.linted, [documentEdit])
        if (edits) {
          actions.push({
            title: TITLES[outcome.locale].document.replace('{id}', id),
            kind: CodeActionKind.QuickFix,
            diagnostics: here.filter((other) => other.core.ruleId === id).map((other) => other.lsp),
            edit: workspaceEdit(view.linted, edits, options),
          })
        }
      }
    }
  }

  if (kindWanted(FIX_ALL_CODE_ACTION_KIND, only) && outcome.findings.some((finding) => finding.core.fix)) {
    const action: CodeAction = {title: TITLES[outcome.locale].fixAll, kind: FIX_ALL_CODE_ACTION_KIND}
    if (choice.fixAll === 'resolve') {
      // Fixing everything re-lints up to ten times: only when the user picks it.
      action.data = {uri: view.linted.document.uri, version: view.linted.document.version, key: outcome.key} satisfies FixAllData
    } else if (choice.fixAll === 'command') {
      action.command = {title: action.title, command: APPLY_ALL_FIXES_COMMAND, arguments: [{uri: view.linted.document.uri} satisfies ApplyAllFixesArgs]}
    }
    actions.push(action)
  }
  return actions
}
