// Inline configuration: HTML comments that switch rules off for part of a document,
// and the front matter's `lessonlint.disable` that switches them off for all of it.
//
//   <!-- lessonlint-disable id1 id2 -->   … until <!-- lessonlint-enable id1 -->
//   <!-- lessonlint-disable -->           (no ids = every rule)
//   <!-- lessonlint-disable-next-line id -->
//
// Ids may be separated by spaces or commas; ` -- ` starts a free-text reason.
import type {Comment, Diagnostic, ProposalModel, Range} from '../types.js'
import {didYouMean} from './suggest.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind
  /** null = every rule. */
  ids: string[] | null
  comment: Comment
  /** For `disable-next-line`: the line it silences (0 when nothing follows). */
  targetLine: number
}

const DIRECTIVE = /^lessonlint-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/
const ANY_DIRECTIVE = /^lessonlint-([\w-]+)/
/** `lessonlint-*` comments that are not configuration but are known (fixture verdicts). */
const OTHER_KNOWN = new Set(['fixture'])
const DIRECTIVE_NAMES = ['disable', 'enable', 'disable-next-line']

export function parseDirective(comment: Comment): Omit<Directive, 'targetLine'> | null {
  const match = DIRECTIVE.exec(comment.text.trim())
  if (!match) return null
  const kind = match[1] as DirectiveKind
  // ESLint's convention: everything after `--` is a reason for humans.
  const list = (match[2] ?? '').split(/(?:^|\s)--(?:\s|$)/)[0] ?? ''
  const ids = list.split(/[\s,]+/).filter((id) => id !== '')
  return {kind, ids: ids.length === 0 ? null : ids, comment}
}

/**
 * Which lines carry nothing but blank space and HTML comments: `disable-next-line`
 * skips them, so a directive may sit above a blank line or another comment.
 */
function contentlessLines(model: ProposalModel): boolean[] {
  let masked = model.text
  for (const comment of model.comments) {
    const {start, end} = comment.range
    const inner = masked.slice(start.offset, end.offset).replace(/[^\r\n]/g, ' ')
    masked = masked.slice(0, start.offset) + inner + masked.slice(end.offset)
  }
  // Index 0 is unused: lines are 1-based.
  return [false, ...masked.split(/\r\n|\r|\n/).map((line) => line.trim() === '')]
}

export interface InlineConfig {
  directives: Directive[]
  /** Rule ids the front matter disables for the whole document. */
  fileDisabled: Set<string>
  /** `inline-config` warnings for ids that name no rule. */
  problems: Diagnostic[]
  isSuppressed(ruleId: string, line: number): boolean
}

const INLINE_CONFIG_ID = 'inline-config'

function unknownIdDiagnostic(id: string, where: string, range: Range, known: ReadonlySet<string>): Diagnostic {
  const suggestion = didYouMean(id, known)
  const parts = {
    problem: `Unknown rule id "${id}" in ${where}.`,
    why: 'It names no rule, so it switches nothing off.',
    fix: suggestion === undefined ? 'Use the id of a rule of the pack.' : `Did you mean "${suggestion}"?`,
  }
  return {
    ruleId: INLINE_CONFIG_ID,
    severity: 'warning',
    message: `${parts.problem} ${parts.why} ${parts.fix}`,
    messageId: 'unknownRuleId',
    parts,
    range,
  }
}

function unknownDirectiveDiagnostic(name: string, range: Range): Diagnostic {
  const suggestion = didYouMean(name, DIRECTIVE_NAMES)
  const parts = {
    problem: `Unknown directive "lessonlint-${name}".`,
    why: 'Only lessonlint-disable, lessonlint-enable and lessonlint-disable-next-line configure rules, so this comment does nothing.',
    fix:
      name === 'disable-line'
        ? 'Put <!-- lessonlint-disable-next-line ... --> on the line above instead.'
        : suggestion === undefined
          ? 'Use one of those three.'
          : `Did you mean "lessonlint-${suggestion}"?`,
  }
  return {
    ruleId: INLINE_CONFIG_ID,
    severity: 'warning',
    message: `${parts.problem} ${parts.why} ${parts.fix}`,
    messageId: 'unknownDirective',
    parts,
    range,
  }
}

/** Reads the directives and the front matter opt-out; `knownIds` are the ids that may be named. */
export function readInlineConfig(model: ProposalModel, knownIds: ReadonlySet<string>): InlineConfig {
  const problems: Diagnostic[] = []
  const parsed = model.comments
    .map(parseDirective)
    .filter((directive): directive is Omit<Directive, 'targetLine'> => directive !== null)
    .sort((a, b) => a.comment.range.start.offset - b.comment.range.start.offset)

  let blank: boolean[] | undefined
  const directives: Directive[] = parsed.map((directive) => {
    let targetLine = 0
    if (directive.kind === 'disable-next-line') {
      blank ??= contentlessLines(model)
      for (let line = directive.comment.range.end.line + 1; line < blank.length; line++) {
        if (!blank[line]) {
          targetLine = line
          break
        }
      }
    }
    return {...directive, targetLine}
  })

  for (const comment of model.comments) {
    const name = ANY_DIRECTIVE.exec(comment.text.trim())?.[1]?.replace(/:$/, '')
    if (name === undefined || DIRECTIVE_NAMES.includes(name) || OTHER_KNOWN.has(name)) continue
    problems.push(unknownDirectiveDiagnostic(name, comment.range))
  }

  for (const directive of directives) {
    for (const id of directive.ids ?? []) {
      if (!knownIds.has(id)) {
        problems.push(unknownIdDiagnostic(id, `a lessonlint-${directive.kind} comment`, directive.comment.range, knownIds))
      }
    }
  }

  const fileDisabled = new Set<string>()
  const frontMatter = model.frontMatter
  const settings = frontMatter?.data?.['lessonlint']
  if (frontMatter && settings !== null && typeof settings === 'object' && !Array.isArray(settings)) {
    const raw = (settings as Record<string, unknown>)['disable']
    // A wrong type here is the `frontmatter` rule's business; take what is usable.
    const ids = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((id) => typeof id === 'string') : []
    const range = frontMatter.entries.get('lessonlint.disable')?.valueRange ?? frontMatter.range
    for (const id of ids as string[]) {
      if (knownIds.has(id)) fileDisabled.add(id)
      else problems.push(unknownIdDiagnostic(id, 'the front matter `lessonlint.disable`', range, knownIds))
    }
  }

  const regionDirectives = directives.filter((directive) => directive.kind !== 'disable-next-line')
  const nextLineDirectives = directives.filter((directive) => directive.kind === 'disable-next-line')

  return {
    directives,
    fileDisabled,
    problems,
    isSuppressed(ruleId, line) {
      if (fileDisabled.has(ruleId)) return true
      for (const directive of nextLineDirectives) {
        if (directive.targetLine === line && (directive.ids === null || directive.ids.includes(ruleId))) return true
      }
      // Replay the regions up to the line: the last directive naming this rule decides.
      let disabled = false
      for (const directive of regionDirectives) {
        if (directive.comment.range.start.line > line) break
        if (directive.ids === null || directive.ids.includes(ruleId)) disabled = directive.kind === 'disable'
      }
      return disabled
    },
  }
}
