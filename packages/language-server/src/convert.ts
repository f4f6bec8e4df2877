// **Invariant:** this is the one place where lessonlint positions become LSP
// positions. The core gives 1-based lines and UTF-16 columns plus a 0-based
// offset into the text without its byte order mark; LSP wants 0-based lines and
// UTF-16 characters into the text as the client holds it. Converting through the
// offset with `TextDocument.positionAt` is exact for CRLF, lone CR, tabs and
// surrogate pairs, since the client's own line breaks decide the lines.
// A lint of an older text is placed in the current one here too, through the
// drift (drift.ts): what cannot be placed exactly is left out, never guessed.

import type {Diagnostic, Fix, Range, RelatedLocation, Severity, TextEdit as CoreTextEdit} from '@lessonlint/core'
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type DiagnosticRelatedInformation,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {ConfigErrorPlace} from './config-position.js'
import type {Drift} from './drift.js'
import {DIAGNOSTIC_SOURCE} from './protocol.js'

/**
 * The text a lint saw, tied to the client's document: `shift` is 1 when the
 * client's text starts with a byte order mark that the core removed.
 */
export interface LintedText {
  document: TextDocument
  shift: number
  /**
   * The client's changes since the lint, when `document` is the current document
   * and the lint was of an older text; absent when the text is the one linted.
   */
  drift?: Drift
}

export function bomShift(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0
}

function toLspSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error
    case 'warning':
      return DiagnosticSeverity.Warning
    case 'info':
      return DiagnosticSeverity.Information
  }
}

export namespace Positions {
  /** A core range as an LSP range of the current text; undefined when every character of it was deleted since the lint. */
  export function toLsp(linted: LintedText, range: Range): LspRange | undefined {
    return spanToLsp(linted, range.start.offset, range.end.offset)
  }

  /** Offsets into the linted BOM-less text as an LSP range of the current text (see `Drift.span`). */
  export function spanToLsp(linted: LintedText, start: number, end: number): LspRange | undefined {
    const span = linted.drift
      ? linted.drift.span(start + linted.shift, end + linted.shift)
      : {start: start + linted.shift, end: end + linted.shift}
    return span && {start: linted.document.positionAt(span.start), end: linted.document.positionAt(span.end)}
  }

  /** Offsets into the BOM-less text of a document that has not changed since (no drift) as an LSP range. */
  export function offsetsToLsp(linted: LintedText, start: number, end: number): LspRange {
    return {
      start: linted.document.positionAt(start + linted.shift),
      end: linted.document.positionAt(end + linted.shift),
    }
  }

  /** Where a config error points inside an open config file (see config-position.ts). */
  export function configErrorToLsp(document: TextDocument, place: ConfigErrorPlace): LspRange {
    if (place.kind === 'offsets') {
      const shift = bomShift(document.getText())
      return {start: document.positionAt(place.start + shift), end: document.positionAt(place.end + shift)}
    }
    // 1-based line and UTF-16 column of the BOM-less text: one character there.
    const column = place.column - 1 + (place.line === 1 ? bomShift(document.getText()) : 0)
    const offset = document.offsetAt({line: place.line - 1, character: column})
    return {start: document.positionAt(offset), end: document.positionAt(offset + 1)}
  }

  /**
   * Core edits as LSP text edits of the current text; undefined when the client
   * changed any of the characters they replace since the lint (they were
   * computed for the old characters, so they would now do something else).
   */
  export function editsToLsp(linted: LintedText, edits: readonly CoreTextEdit[]): LspTextEdit[] | undefined {
    const result: LspTextEdit[] = []
    for (const edit of edits) {
      const span = linted.drift
        ? linted.drift.untouched(edit.start + linted.shift, edit.end + linted.shift)
        : {start: edit.start + linted.shift, end: edit.end + linted.shift}
      if (!span) return undefined
      result.push({range: {start: linted.document.positionAt(span.start), end: linted.document.positionAt(span.end)}, newText: edit.text})
    }
    return result
  }

  /** The core fix's edits as LSP text edits (undefined as for `editsToLsp`). */
  export function fixToLsp(linted: LintedText, fix: Fix): LspTextEdit[] | undefined {
    return editsToLsp(linted, fix.edits)
  }
}

export namespace Diagnostics {
  /**
   * A core diagnostic as the LSP diagnostic the client shows. Undefined only for
   * a lint of an older text whose finding's characters were all deleted since.
   */
  export function create(linted: LintedText, diagnostic: Diagnostic): LspDiagnostic | undefined {
    const range = Positions.toLsp(linted, diagnostic.range)
    if (!range) return undefined
    const result: LspDiagnostic = {
      range,
      severity: toLspSeverity(diagnostic.severity),
      source: DIAGNOSTIC_SOURCE,
      code: diagnostic.ruleId,
      message: diagnostic.message,
    }
    if (diagnostic.docsUrl !== undefined) result.codeDescription = {href: diagnostic.docsUrl}
    const related = (diagnostic.related ?? []).flatMap((location) => relatedInformation(linted, location))
    if (related.length > 0) result.relatedInformation = related
    return result
  }

  function relatedInformation(linted: LintedText, related: RelatedLocation): DiagnosticRelatedInformation[] {
    const range = Positions.toLsp(linted, related.range)
    return range ? [{location: {uri: linted.document.uri, range}, message: related.message}] : []
  }

  /** The one diagnostic a document gets when its configuration cannot be read. */
  export function configError(message: string): LspDiagnostic {
    return {
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      code: 'config-error',
      message: `lessonlint: config error: ${message}`,
    }
  }

  /** The diagnostic on an open config file at the place its error points to. */
  export function inConfigFile(document: TextDocument, place: ConfigErrorPlace | null, message: string): LspDiagnostic {
    return {
      range: place ? Positions.configErrorToLsp(document, place) : {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      code: 'config-error',
      message,
    }
  }

  /** The one diagnostic a document gets when linting it failed outright (a bug, not the user's). */
  export function lintFailure(message: string): LspDiagnostic {
    return {
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      code: 'internal-error',
      message: `lessonlint: could not lint this document: ${message}`,
    }
  }
}
