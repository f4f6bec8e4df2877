// **Invariant:** this is the one place where lessonlint positions become LSP
// positions. The core gives 1-based lines and UTF-16 columns plus a 0-based
// offset into the text without its byte order mark; LSP wants 0-based lines and
// UTF-16 characters into the text as the client holds it. Converting through the
// offset with `TextDocument.positionAt` is exact for CRLF, lone CR, tabs and
// surrogate pairs, since the client's own line breaks decide the lines.

import type {Diagnostic, Fix, Range, RelatedLocation, Severity} from '@lessonlint/core'
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type DiagnosticRelatedInformation,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {ConfigErrorPlace} from './config-position.js'
import {DIAGNOSTIC_SOURCE} from './protocol.js'

/**
 * The text a lint saw, tied to the client's document: `shift` is 1 when the
 * client's text starts with a byte order mark that the core removed.
 */
export interface LintedText {
  document: TextDocument
  shift: number
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
  /** A core range as an LSP range of the linted document. */
  export function toLsp(linted: LintedText, range: Range): LspRange {
    return offsetsToLsp(linted, range.start.offset, range.end.offset)
  }

  /** Offsets into the BOM-less text as an LSP range. */
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

  /** The core fix's edits as LSP text edits. */
  export function fixToLsp(linted: LintedText, fix: Fix): LspTextEdit[] {
    return fix.edits.map((edit) => ({range: offsetsToLsp(linted, edit.start, edit.end), newText: edit.text}))
  }
}

export namespace Diagnostics {
  /** A core diagnostic as the LSP diagnostic the client shows. */
  export function create(linted: LintedText, diagnostic: Diagnostic): LspDiagnostic {
    const result: LspDiagnostic = {
      range: Positions.toLsp(linted, diagnostic.range),
      severity: toLspSeverity(diagnostic.severity),
      source: DIAGNOSTIC_SOURCE,
      code: diagnostic.ruleId,
      message: diagnostic.message,
    }
    if (diagnostic.docsUrl !== undefined) result.codeDescription = {href: diagnostic.docsUrl}
    if (diagnostic.related !== undefined && diagnostic.related.length > 0) {
      result.relatedInformation = diagnostic.related.map((related) => relatedInformation(linted, related))
    }
    return result
  }

  function relatedInformation(linted: LintedText, related: RelatedLocation): DiagnosticRelatedInformation {
    return {
      location: {uri: linted.document.uri, range: Positions.toLsp(linted, related.range)},
      message: related.message,
    }
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
