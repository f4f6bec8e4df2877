// Turns a rule's report into the message a user reads: the template's three parts
// with `{name}` placeholders filled from the report's data.
import type {MessageTemplate} from '../types.js'

const PLACEHOLDER = /\{\s*([A-Za-z_$][\w$-]*)\s*\}/g

/** Fills `{name}` placeholders; a placeholder without data stays as written, so the gap is visible. */
export function fillPlaceholders(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  )
}

export function fillTemplate(
  template: MessageTemplate,
  data: Readonly<Record<string, string | number>> | undefined,
): MessageTemplate {
  return {
    problem: fillPlaceholders(template.problem, data),
    why: fillPlaceholders(template.why, data),
    fix: fillPlaceholders(template.fix, data),
  }
}

/** The three parts joined by single spaces; an empty part adds no double space. */
export function joinMessage(parts: MessageTemplate): string {
  return [parts.problem, parts.why, parts.fix]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ')
}
