// The proposal's outline for "Go to symbol": the model's sections, nested, each
// with the section kinds lessonlint recognised as its detail, so a reader finds
// Budget, M&E or Gender whatever the heading says.

import type {ProposalModel, Section} from '@lessonlint/core'
import {SymbolKind, type DocumentSymbol, type SymbolInformation} from 'vscode-languageserver'
import {type LintedText, Positions} from './convert.js'

const KIND_LABELS: Record<string, string> = {
  objectives: 'objectives',
  activities: 'activities',
  budget: 'budget',
  monitoring: 'monitoring & evaluation',
  gender: 'gender',
  risks: 'risks',
  sustainability: 'sustainability',
  stakeholders: 'stakeholders',
  background: 'background',
}

function symbolOf(linted: LintedText, section: Section): DocumentSymbol {
  const range = Positions.toLsp(linted, section.range)
  const selectionRange = Positions.toLsp(linted, section.heading.range)
  const symbol: DocumentSymbol = {
    name: section.heading.text.trim() || section.heading.title || '(untitled section)',
    // Sections whose kind lessonlint knows stand out from plain headings.
    kind: section.kinds.length > 0 ? SymbolKind.Namespace : SymbolKind.String,
    range,
    selectionRange,
    children: section.children.map((child) => symbolOf(linted, child)),
  }
  if (section.kinds.length > 0) symbol.detail = section.kinds.map((kind) => KIND_LABELS[kind] ?? kind).join(', ')
  return symbol
}

export function documentSymbols(linted: LintedText, model: ProposalModel): DocumentSymbol[] {
  return model.sections.filter((section) => section.parent === null).map((section) => symbolOf(linted, section))
}

/** For clients without hierarchical symbol support: the same outline, flat, with container names. */
export function symbolInformation(linted: LintedText, model: ProposalModel): SymbolInformation[] {
  return model.sections.map((section) => {
    const info: SymbolInformation = {
      name: section.kinds.length > 0 ? `${section.heading.text.trim()} (${section.kinds.join(', ')})` : section.heading.text.trim(),
      kind: section.kinds.length > 0 ? SymbolKind.Namespace : SymbolKind.String,
      location: {uri: linted.document.uri, range: Positions.toLsp(linted, section.range)},
    }
    if (section.parent) info.containerName = section.parent.heading.text.trim()
    return info
  })
}
