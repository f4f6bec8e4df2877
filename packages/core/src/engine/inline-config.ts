// Inline configuration: HTML comments that switch rules off for part of a document,
// and the front matter's `lessonlint.disable` that switches them off for all of it.
//
//   <!-- lessonlint-disable id1 id2 -->   … until <!-- lessonlint-enable id1 -->
//   <!-- lessonlint-disable -->           (no ids = every rule)
//   <!-- lessonlint-disable-next-line id -->
//
// Ids may be separated by spaces or commas; ` -- ` starts a free-text reason.
import type {Comment, Diagnostic, Language, MessageTemplate, ProposalModel, Range, Severity, Suppression} from '../types.js'
import {ENGINE_WORDS, type EngineWords} from './engine-messages.js'
import {fillPlaceholders, joinMessage} from './messages.js'
import {didYouMean} from './suggest.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind
  /** null = every rule. */
  ids: string[] | null
  comment: Comment
  /** For `disable-next-line`: the line it silences (0 when nothing follows). */
  targetLine: number
  /** The free text after ` -- `: why the rule is silenced here. */
  justification?: string
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
  const [list = '', ...reason] = (match[2] ?? '').split(/(?:^|\s)--(?:\s|$)/)
  const ids = list.split(/[\s,]+/).filter((id) => id !== '')
  const justification = reason.join(' -- ').trim()
  return {kind, ids: ids.length === 0 ? null : ids, comment, ...(justification === '' ? {} : {justification})}
}

/**
 * Which lines carry nothing but blank space and HTML comments: `disable-next-line`
 * skips them, so a directive may sit above a blank line or another comment.
 */
function contentlessLines(model: ProposalModel): boolean[] {
  // One pass: the text between comments kept, each comment's characters blanked (line breaks kept).
  const pieces: string[] = []
  let kept = 0
  for (const comment of [...model.comments].sort((a, b) => a.range.start.offset - b.range.start.offset)) {
    const {start, end} = comment.range
    if (start.offset < kept) continue
    pieces.push(model.text.slice(kept, start.offset), model.text.slice(start.offset, end.offset).replace(/[^\r\n]/g, ' '))
    kept = end.offset
  }
  pieces.push(model.text.slice(kept))
  // Index 0 is unused: lines are 1-based.
  return [false, ...pieces.join('').split(/\r\n|\r|\n/).map((line) => line.trim() === '')]
}

export interface InlineConfig {
  directives: Directive[]
  /** Rule ids the front matter disables for the whole document. */
  fileDisabled: Set<string>
  /** `inline-config` warnings for ids that name no rule. */
  problems: Diagnostic[]
  /**
   * Whether the front matter opts the document out of the rule (and records that the opt-out was used). An opt-out
   * works as the config's `off` does, for this document: the rule's findings are not reported, not even as suppressed.
   */
  optsOut(ruleId: string): boolean
  /** Which directive silences a rule's finding on a line (and records that it was used); undefined when none does. */
  suppress(ruleId: string, line: number): Suppression | undefined
  /** `inline-config` findings for the disables that silenced nothing (call after every rule ran). */
  unusedDirectives(severity: Severity, ranRuleIds: ReadonlySet<string>): Diagnostic[]
}

const INLINE_CONFIG_ID = 'inline-config'

/** An `inline-config` finding in the writer's language. */
function inlineConfigDiagnostic(messageId: string, parts: MessageTemplate, range: Range, severity: Severity = 'warning'): Diagnostic {
  return {ruleId: INLINE_CONFIG_ID, severity, message: joinMessage(parts), messageId, parts, range}
}

function unknownIdDiagnostic(id: string, directive: string | undefined, range: Range, known: ReadonlySet<string>, words: EngineWords): Diagnostic {
  const suggestion = didYouMean(id, known)
  return inlineConfigDiagnostic('unknownRuleId', {
    problem: fillPlaceholders(directive === undefined ? words.unknownIdInFrontMatter : words.unknownIdInComment, {id, directive: directive ?? ''}),
    why: words.unknownIdWhy,
    fix: suggestion === undefined ? words.useKnownId : fillPlaceholders(words.didYouMean, {suggestion}),
  }, range)
}

function unknownDirectiveDiagnostic(name: string, range: Range, words: EngineWords): Diagnostic {
  const suggestion = didYouMean(name, DIRECTIVE_NAMES)
  return inlineConfigDiagnostic('unknownDirective', {
    problem: fillPlaceholders(words.unknownDirective, {name}),
    why: words.unknownDirectiveWhy,
    fix: name === 'disable-line' ? words.useNextLine : suggestion === undefined ? words.useOneOfThree : fillPlaceholders(words.didYouMeanDirective, {suggestion}),
  }, range)
}

/**
 * Reads the directives and the front matter opt-out; `knownIds` are the ids
 * that may be named. `enabled: false` (`--no-inline-config`) reads none: every
 * finding is reported, whatever the document says.
 */
export function readInlineConfig(model: ProposalModel, knownIds: ReadonlySet<string>, enabled = true, locale: Language = 'en'): InlineConfig {
  const words = ENGINE_WORDS[locale]
  const problems: Diagnostic[] = []
  const parsed = (enabled ? model.comments : [])
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
    problems.push(unknownDirectiveDiagnostic(name, comment.range, words))
  }

  for (const directive of directives) {
    for (const id of directive.ids ?? []) {
      if (!knownIds.has(id)) {
        problems.push(unknownIdDiagnostic(id, `lessonlint-${directive.kind}`, directive.comment.range, knownIds, words))
      }
    }
  }

  const fileDisabled = new Set<string>()
  const frontMatter = model.frontMatter
  const settings = enabled ? frontMatter?.data?.['lessonlint'] : undefined
  if (frontMatter && settings !== null && typeof settings === 'object' && !Array.isArray(settings)) {
    const raw = (settings as Record<string, unknown>)['disable']
    // A wrong type here is the `frontmatter` rule's business; take what is usable.
    const ids = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((id) => typeof id === 'string') : []
    const range = frontMatter.entries.get('lessonlint.disable')?.valueRange ?? frontMatter.range
    for (const id of ids as string[]) {
      if (knownIds.has(id)) fileDisabled.add(id)
      else problems.push(unknownIdDiagnostic(id, undefined, range, knownIds, words))
    }
  }

  const regionDirectives = directives.filter((directive) => directive.kind !== 'disable-next-line')
  const nextLineDirectives = directives.filter((directive) => directive.kind === 'disable-next-line')
  const frontMatterRange = frontMatter?.entries.get('lessonlint.disable')?.valueRange ?? frontMatter?.range

  /** Which (directive, id) pairs silenced something; `*` stands for a directive without ids. */
  const used = new Map<Directive | 'front-matter', Set<string>>()
  const markUsed = (by: Directive | 'front-matter', id: string): void => {
    const ids = used.get(by) ?? new Set<string>()
    ids.add(id)
    used.set(by, ids)
  }

  const suppressingDirective = (ruleId: string, line: number): Directive | undefined => {
    for (const directive of nextLineDirectives) {
      if (directive.targetLine === line && (directive.ids === null || directive.ids.includes(ruleId))) return directive
    }
    // Replay the regions up to the line: the last directive naming this rule decides.
    let decisive: Directive | undefined
    for (const directive of regionDirectives) {
      if (directive.comment.range.start.line > line) break
      if (directive.ids === null || directive.ids.includes(ruleId)) decisive = directive
    }
    return decisive?.kind === 'disable' ? decisive : undefined
  }

  return {
    directives,
    fileDisabled,
    problems,
    optsOut(ruleId) {
      if (!fileDisabled.has(ruleId)) return false
      markUsed('front-matter', ruleId)
      return true
    },
    suppress(ruleId, line) {
      const directive = suppressingDirective(ruleId, line)
      if (!directive) return undefined
      markUsed(directive, directive.ids === null ? '*' : ruleId)
      const suppression: Suppression = {kind: 'inline', range: directive.comment.range}
      if (directive.justification !== undefined) suppression.justification = directive.justification
      return suppression
    },
    unusedDirectives(severity, ranRuleIds) {
      const unused: Diagnostic[] = []
      for (const directive of directives) {
        if (directive.kind === 'enable') continue
        const silenced = used.get(directive)
        if (directive.ids === null) {
          if (!silenced) unused.push(unusedDiagnostic(`lessonlint-${directive.kind}`, undefined, directive.comment.range, severity, words))
          continue
        }
        for (const id of directive.ids) {
          // An id that names no rule is reported already; a rule that did not run could not be silenced.
          if (!knownIds.has(id) || !ranRuleIds.has(id) || silenced?.has(id)) continue
          unused.push(unusedDiagnostic(`lessonlint-${directive.kind}`, id, directive.comment.range, severity, words))
        }
      }
      const silencedByFrontMatter = used.get('front-matter')
      for (const id of fileDisabled) {
        if (!ranRuleIds.has(id) || silencedByFrontMatter?.has(id)) continue
        unused.push(unusedDiagnostic(undefined, id, frontMatterRange ?? model.titleRange, severity, words))
      }
      return unused
    },
  }
}

function unusedDiagnostic(directive: string | undefined, ruleId: string | undefined, range: Range, severity: Severity, words: EngineWords): Diagnostic {
  const problem =
    directive === undefined ? fillPlaceholders(words.unusedFrontMatter, {id: ruleId ?? ''})
    : ruleId === undefined ? fillPlaceholders(words.unusedAll, {directive})
    : fillPlaceholders(words.unusedOne, {directive, id: ruleId})
  return inlineConfigDiagnostic('unusedDirective', {problem, why: words.unusedWhy, fix: words.unusedFix}, range, severity)
}
