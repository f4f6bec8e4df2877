// The proposal's outline for "Go to symbol": the model's sections, nested, each
// with the section kinds lessonlint recognised as its detail, so a reader finds
// Budget, M&E or Gender whatever the heading says.

import {SymbolKind, type DocumentSymbol, type Range as LspRange, type SymbolInformation} from 'vscode-languageserver'
import {type LintedText, Positions} from './convert.js'
import type {OutlineSection} from './outline.js'

const KIND_LABELS: Record<string, string> = {
  objectives: 'objectives',
  activities: 'activities',
  budget: 'budget',
  monitoring: 'monitoring & evaluation',
  gender: 'gender',
  risks: 'risks',
  sustainability: 'sustainability',
  stakeholders: 'stakeholders',
  team: 'team',
  background: 'background',
}

/** A section's range and its heading's in the current text; undefined when the heading's text is gone since the lint. */
function placed(linted: LintedText, section: OutlineSection): {range: LspRange; selectionRange: LspRange} | undefined {
  const selectionRange = Positions.spanToLsp(linted, section.headingStart, section.headingEnd)
  const range = Positions.spanToLsp(linted, section.start, section.end)
  return selectionRange && range ? {range, selectionRange} : undefined
}

export function documentSymbols(linted: LintedText, outline: readonly OutlineSection[]): DocumentSymbol[] {
  const symbols = outline.map((section): DocumentSymbol | undefined => {
    const where = placed(linted, section)
    if (!where) return undefined
    const symbol: DocumentSymbol = {
      name: section.text || section.title || '(untitled section)',
      // Sections whose kind lessonlint knows stand out from plain headings.
      kind: section.kinds.length > 0 ? SymbolKind.Namespace : SymbolKind.String,
      ...where,
      children: [],
    }
    if (section.kinds.length > 0) symbol.detail = section.kinds.map((kind) => KIND_LABELS[kind] ?? kind).join(', ')
    return symbol
  })
  const roots: DocumentSymbol[] = []
  for (const [index, section] of outline.entries()) {
    const symbol = symbols[index]
    if (!symbol) continue
    // A section whose enclosing heading was deleted since the lint moves up a level.
    let parent = section.parent
    while (parent !== null && !symbols[parent]) parent = outline[parent]!.parent
    if (parent === null) roots.push(symbol)
    else symbols[parent]!.children!.push(symbol)
  }
  return roots
}

/** For clients without hierarchical symbol support: the same outline, flat, with container names. */
export function symbolInformation(linted: LintedText, outline: readonly OutlineSection[]): SymbolInformation[] {
  return outline.flatMap((section) => {
    const where = placed(linted, section)
    if (!where) return []
    const info: SymbolInformation = {
      name: section.kinds.length > 0 ? `${section.text} (${section.kinds.join(', ')})` : section.text,
      kind: section.kinds.length > 0 ? SymbolKind.Namespace : SymbolKind.String,
      location: {uri: linted.document.uri, range: where.range},
    }
    if (section.parent !== null) info.containerName = outline[section.parent]!.text
    return [info]
  })
}
