// Hover on a finding: what the rule checks, the lesson behind it, and where to
// read more (the rule's docs page and the lesson's own address).

import {EVIDENCE_LABEL, ruleSummary, type Diagnostic, type Language, type Range, type Rule} from '@lessonlint/core'
import type {MarkupContent} from 'vscode-languageserver'

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1')
}

/** The evidence behind a finding, as `lessonlint explain` shows it: enough lines to see why, not every mention. */
const MAX_EVIDENCE = 6


/** The hover's own words, in the language of the findings. Evidence notes and the lesson quote stay as written (English, the evaluation's words). */
const LABELS: Readonly<Record<Language, {why: string; fix: string; evidence: string; lesson: string; docs: string; source: string}>> = {
  en: {why: 'Why', fix: 'What to do', evidence: 'Evidence', lesson: 'Lesson', docs: 'Rule documentation', source: 'Lesson'},
  fr: {why: 'Pourquoi', fix: 'Que faire', evidence: 'Éléments relevés', lesson: 'Enseignement', docs: 'Documentation de la règle', source: 'Enseignement'},
  es: {why: 'Por qué', fix: 'Qué hacer', evidence: 'Evidencia', lesson: 'Enseñanza', docs: 'Documentación de la regla', source: 'Enseñanza'},
}

/** The 1-based line an evidence range is on now (the text may have changed since the lint), or undefined if its text is gone. */
export type LineOf = (range: Range) => number | undefined

const LINTED_LINE: LineOf = (range) => range.start.line

/** The hover text for one finding; `rule` is undefined for engine findings (`internal-error`, `inline-config`). */
export function hoverMarkdown(diagnostic: Diagnostic, rule: Rule | undefined, locale: Language = 'en', lineOf: LineOf = LINTED_LINE): string {
  const lines: string[] = []
  const words = LABELS[locale]
  const summary = rule ? ruleSummary(rule, locale) : undefined
  lines.push(`**lessonlint** \`${diagnostic.ruleId}\`${summary ? ` — ${escapeMarkdown(summary)}` : ''}`)
  if (diagnostic.parts) {
    lines.push('', escapeMarkdown(diagnostic.parts.problem), '', `*${words.why}:* ${escapeMarkdown(diagnostic.parts.why)}`, '', `*${words.fix}:* ${escapeMarkdown(diagnostic.parts.fix)}`)
  } else {
    lines.push('', escapeMarkdown(diagnostic.message))
  }
  const evidence = (diagnostic.evidence ?? []).slice(0, MAX_EVIDENCE)
  if (evidence.length > 0) {
    lines.push('', `**${words.evidence}:**`)
    for (const note of evidence) {
      const line = note.range ? lineOf(note.range) : undefined
      const where = line !== undefined ? `line ${line}: ` : ''
      lines.push(`- *${EVIDENCE_LABEL[note.role]}:* ${where}${escapeMarkdown(note.message)}`)
    }
  }
  if (rule?.meta.lesson) lines.push('', `**${words.lesson}:** ${escapeMarkdown(rule.meta.lesson)}`)
  const links: string[] = []
  const docsUrl = diagnostic.docsUrl ?? rule?.meta.docsUrl
  if (docsUrl) links.push(`[${words.docs}](${docsUrl})`)
  for (const source of rule?.meta.sources ?? []) {
    const label = escapeMarkdown(`${words.source}: ${source.evaluation}${source.title ? `, ${source.title}` : ''}`)
    links.push(source.url ? `[${label}](${source.url})` : label)
  }
  if (links.length > 0) lines.push('', links.join(' · '))
  return lines.join('\n')
}

export function hoverContent(
  found: ReadonlyArray<{diagnostic: Diagnostic; rule: Rule | undefined}>,
  locale: Language = 'en',
  lineOf: LineOf = LINTED_LINE,
): MarkupContent {
  return {kind: 'markdown', value: found.map(({diagnostic, rule}) => hoverMarkdown(diagnostic, rule, locale, lineOf)).join('\n\n---\n\n')}
}
