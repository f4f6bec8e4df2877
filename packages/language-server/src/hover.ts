// Hover on a finding: what the rule checks, the lesson behind it, and where to
// read more (the rule's docs page and the lesson's own address).

import type {Diagnostic, Rule} from '@lessonlint/core'
import type {MarkupContent} from 'vscode-languageserver'

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1')
}

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
