// Hover on a finding: what the rule checks, the lesson behind it, and where to
// read more (the rule's docs page and the lesson's own address).

import {EVIDENCE_LABEL, type Diagnostic, type Rule} from '@lessonlint/core'
import type {MarkupContent} from 'vscode-languageserver'

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1')
}

/** The evidence behind a finding, as `lessonlint explain` shows it: enough lines to see why, not every mention. */
const MAX_EVIDENCE = 6


/** The hover text for one finding; `rule` is undefined for engine findings (`internal-error`, `inline-config`). */
export function hoverMarkdown(diagnostic: Diagnostic, rule: Rule | undefined): string {
  const lines: string[] = []
  const summary = rule?.meta.summary
  lines.push(`**lessonlint** \`${diagnostic.ruleId}\`${summary ? ` — ${escapeMarkdown(summary)}` : ''}`)
  if (diagnostic.parts) {
    lines.push('', escapeMarkdown(diagnostic.parts.problem), '', `*Why:* ${escapeMarkdown(diagnostic.parts.why)}`, '', `*What to do:* ${escapeMarkdown(diagnostic.parts.fix)}`)
  } else {
    lines.push('', escapeMarkdown(diagnostic.message))
  }
  const evidence = (diagnostic.evidence ?? []).slice(0, MAX_EVIDENCE)
  if (evidence.length > 0) {
    lines.push('', '**Evidence:**')
    for (const note of evidence) {
      const where = note.range ? `line ${note.range.start.line}: ` : ''
      lines.push(`- *${EVIDENCE_LABEL[note.role]}:* ${where}${escapeMarkdown(note.message)}`)
    }
  }
  if (rule?.meta.lesson) lines.push('', `**Lesson:** ${escapeMarkdown(rule.meta.lesson)}`)
  const links: string[] = []
  const docsUrl = diagnostic.docsUrl ?? rule?.meta.docsUrl
  if (docsUrl) links.push(`[Rule documentation](${docsUrl})`)
  for (const source of rule?.meta.sources ?? []) {
    const label = escapeMarkdown(`Lesson: ${source.evaluation}${source.title ? `, ${source.title}` : ''}`)
    links.push(source.url ? `[${label}](${source.url})` : label)
  }
  if (links.length > 0) lines.push('', links.join(' · '))
  return lines.join('\n')
}

export function hoverContent(found: ReadonlyArray<{diagnostic: Diagnostic; rule: Rule | undefined}>): MarkupContent {
  return {kind: 'markdown', value: found.map(({diagnostic, rule}) => hoverMarkdown(diagnostic, rule)).join('\n\n---\n\n')}
}
