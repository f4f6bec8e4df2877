// The engine's core: run every enabled rule over a document's model, turn the
// reports into diagnostics, apply inline configuration.
// **Invariant:** linting never throws because of a document or a rule; a rule that
// throws becomes an `internal-error` diagnostic and the others still run.
import type {
  Diagnostic,
  Evidence,
  Language,
  LintResult,
  MessageTemplate,
  ProposalModel,
  Range,
  Report,
  ResolvedConfig,
  Rule,
  RuleConfig,
  RuleContext,
  RuleExplanation,
  Severity,
} from '../types.js'
import {ENGINE_WORDS} from './engine-messages.js'
import {readInlineConfig} from './inline-config.js'
import {fillPlaceholders, fillTemplate, joinMessage} from './messages.js'

export interface LintOptions {
  /** Rules that may run; `config` picks among them. */
  rules: readonly Rule[]
  /** Omitted: every given rule at its `meta.severity` with its `meta.defaultOptions`. */
  config?: ResolvedConfig
  /**
   * The language of messages when the document does not tell its own (no
   * front matter `language`, too little text to detect it); overrides the
   * config's `locale`. Default English.
   */
  locale?: Language
  /** false: ignore inline `lessonlint-disable` comments and the front matter's `lessonlint.disable` (`--no-inline-config`). */
  inlineConfig?: boolean
  /** Report disables that silence nothing, at this severity (`--report-unused-disable-directives`); default off. */
  reportUnusedDisableDirectives?: Severity | 'off'
}

/**
 * The language the writer reads: the front matter's `language`, else the
 * language the text is written in, else the `locale` setting, else English.
 */
export function messageLocale(model: ProposalModel, fallback: Language | undefined): Language {
  return model.languageSource === 'default' ? fallback ?? 'en' : model.language
}

/** The rule's message in the locale, falling back to English per message. */
function templateIn(rule: Rule, messageId: string, locale: Language): MessageTemplate | undefined {
  if (!Object.hasOwn(rule.meta.messages, messageId)) return undefined
  const translated = locale === 'en' ? undefined : rule.meta.translations?.[locale]?.messages
  return (translated && Object.hasOwn(translated, messageId) ? translated[messageId] : undefined) ?? rule.meta.messages[messageId]
}

/** The rule's summary in the locale (lists, hovers, SARIF), falling back to English. */
export function ruleSummary(rule: Rule, locale: Language): string {
  return (locale === 'en' ? undefined : rule.meta.translations?.[locale]?.summary) ?? rule.meta.summary
}

function fixTitleIn(rule: Rule, id: string, locale: Language, data: Readonly<Record<string, string | number>> | undefined): string {
  const translated = locale === 'en' ? undefined : rule.meta.translations?.[locale]?.fixTitles
  const template = (translated && Object.hasOwn(translated, id) ? translated[id] : undefined) ??
    (rule.meta.fixTitles && Object.hasOwn(rule.meta.fixTitles, id) ? rule.meta.fixTitles[id] : undefined)
  if (template === undefined) throw new Error(`asked for unknown fix title "${id}"`)
  return fillPlaceholders(template, data)
}

export const INTERNAL_ERROR_ID = 'internal-error'
export const INLINE_CONFIG_ID = 'inline-config'

/** Ids that belong to the engine itself, not to any rule. */
export const ENGINE_RULE_IDS: readonly string[] = [INTERNAL_ERROR_ID, INLINE_CONFIG_ID]

/** The rules that run, with their severity and options (defaults merged under the config's). */
export function enabledRules(rules: readonly Rule[], config: ResolvedConfig | undefined): Array<[Rule, RuleConfig]> {
  const enabled: Array<[Rule, RuleConfig]> = []
  for (const rule of rules) {
    const defaults = rule.meta.defaultOptions ?? {}
    if (!config) {
      enabled.push([rule, {severity: rule.meta.severity, options: {...defaults}}])
      continue
    }
    const setting = config.rules.get(rule.meta.id)
    if (setting) enabled.push([rule, {severity: setting.severity, options: {...defaults, ...setting.options}}])
  }
  return enabled
}

function isRange(value: unknown): value is Range {
  const range = value as Range | undefined
  return (
    typeof range?.start?.offset === 'number' &&
    typeof range.start.line === 'number' &&
    typeof range.end?.offset === 'number' &&
    typeof range.end.line === 'number'
  )
}

function toDiagnostic(rule: Rule, severity: Severity, report: Report, locale: Language): Diagnostic {
  const template = templateIn(rule, report.messageId, locale)
  if (template === undefined) {
    throw new Error(`reported unknown messageId "${String(report.messageId)}"`)
  }
  if (!isRange(report.range)) throw new Error(`reported "${report.messageId}" without a valid range`)
  const parts = fillTemplate(template, report.data)
  const diagnostic: Diagnostic = {
    ruleId: rule.meta.id,
    severity,
    message: joinMessage(parts),
    messageId: report.messageId,
    parts,
    range: report.range,
  }
  if (report.fix) diagnostic.fix = report.fix
  if (report.suggestions && report.suggestions.length > 0) diagnostic.suggestions = report.suggestions
  if (report.related && report.related.length > 0) diagnostic.related = report.related
  if (rule.meta.docsUrl !== undefined) diagnostic.docsUrl = rule.meta.docsUrl
  return diagnostic
}

function internalError(ruleId: string, error: unknown, range: Range, locale: Language): {diagnostic: Diagnostic; message: string} {
  const message = error instanceof Error ? error.message : String(error)
  const words = ENGINE_WORDS[locale]
  const parts = {
    problem: fillPlaceholders(words.ruleFailed, {id: ruleId, message}),
    why: words.ruleFailedWhy,
    fix: words.ruleFailedFix,
  }
  return {
    message,
    diagnostic: {ruleId: INTERNAL_ERROR_ID, severity: 'error', message: joinMessage(parts), parts, range},
  }
}

/** The one finding on a document whose structure the model could not read (`ProposalModel.unreadable`). */
function unreadableDocument(message: string, range: Range, locale: Language): Diagnostic {
  const words = ENGINE_WORDS[locale]
  const parts = {problem: fillPlaceholders(words.unreadable, {message}), why: words.unreadableWhy, fix: words.unreadableFix}
  return {ruleId: INTERNAL_ERROR_ID, severity: 'error', message: joinMessage(parts), parts, range}
}

/** Document order; ties keep rule order (the sort is stable). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset
}

export function lintModel(model: ProposalModel, options: LintOptions): LintResult {
  // The pack's rules and those the config's plugins brought (a plugin cannot replace a pack rule: ids are prefixed).
  const rules = [...options.rules, ...(options.config?.pluginRules ?? [])]
  const knownIds = new Set<string>([...rules.map((rule) => rule.meta.id), ...ENGINE_RULE_IDS])
  const locale = messageLocale(model, options.locale ?? options.config?.locale)
  const inline = readInlineConfig(model, knownIds, options.inlineConfig !== false, locale)

  const diagnostics: Diagnostic[] = [...inline.problems]
  const suppressed: Diagnostic[] = []
  const ran = new Set<string>()
  const internalErrors: LintResult['internalErrors'] = []
  const explanations: RuleExplanation[] = []

  // A document read as holding no sections would get every rule's "missing" finding: it gets one error that says why.
  if (model.unreadable !== undefined) {
    diagnostics.push(unreadableDocument(model.unreadable, model.titleRange, locale))
    internalErrors.push({ruleId: INTERNAL_ERROR_ID, message: model.unreadable})
  }
  for (const [rule, {severity, options: ruleOptions}] of model.unreadable === undefined ? enabledRules(rules, options.config) : []) {
    const id = rule.meta.id
    // A rule the front matter disables still runs, so that an opt-out that silences nothing can be reported.
    const fileDisabled = inline.fileDisabled.has(id)
    ran.add(id)
    const found: Diagnostic[] = []
    const evidence: Evidence[] = []
    const context: RuleContext = {
      model,
      locale,
      fixTitle: (titleId, data) => fixTitleIn(rule, titleId, locale, data),
      options: ruleOptions,
      report(report) {
        found.push(toDiagnostic(rule, severity, report, locale))
      },
      explain(note) {
        if (note.range !== undefined && !isRange(note.range)) throw new Error(`explained "${note.message}" with an invalid range`)
        evidence.push(note)
      },
    }
    try {
      rule.check(context)
    } catch (error) {
      // Half a rule's findings would mislead: a rule that throws reports only its failure.
      const failure = internalError(id, error, model.titleRange, locale)
      if (fileDisabled) continue
      diagnostics.push(failure.diagnostic)
      internalErrors.push({ruleId: id, message: failure.message})
      explanations.push({ruleId: id, verdict: 'failed', evidence: [{role: 'missing', message: failure.message}]})
      continue
    }
    explanations.push({ruleId: id, verdict: fileDisabled ? 'disabled' : verdictOf(found, evidence), evidence})
    const related = relatedEvidence(evidence)
    for (const diagnostic of found) {
      if (related.length > 0) diagnostic.related = [...(diagnostic.related ?? []), ...related]
      if (evidence.length > 0) diagnostic.evidence = evidence
      // The front matter's opt-out is the document's own config (CHECKLIST: "the same ids as config"): nothing to report.
      if (inline.optsOut(id)) continue
      const suppression = inline.suppress(id, diagnostic.range.start.line)
      if (suppression) suppressed.push({...diagnostic, suppression})
      else diagnostics.push(diagnostic)
    }
  }
  const unusedSeverity = options.reportUnusedDisableDirectives ?? 'off'
  if (unusedSeverity !== 'off') diagnostics.push(...inline.unusedDirectives(unusedSeverity, ran))

  diagnostics.sort(compareDiagnostics)
  suppressed.sort(compareDiagnostics)
  return {
    filePath: model.filePath,
    text: model.text,
    hadBom: model.hadBom,
    diagnostics,
    ...countDiagnostics(diagnostics),
    internalErrors,
    parsedCleanly: (model.frontMatter?.errors.length ?? 0) === 0,
    explanations,
    suppressed,
    locale,
  }
}

function verdictOf(found: readonly Diagnostic[], evidence: readonly Evidence[]): RuleExplanation['verdict'] {
  if (found.length > 0) return 'reported'
  if (evidence.some((note) => note.role === 'applies')) return 'satisfied'
  return evidence.some((note) => note.role === 'not-applicable') ? 'not-applicable' : 'satisfied'
}

/** Places shown beside a diagnostic (SARIF related locations, LSP related information): why the rule applied, and any partial evidence. */
const MAX_RELATED = 4

/** How each kind of evidence is named to users: in related locations, hovers and `lessonlint explain`. */
export const EVIDENCE_LABEL: Readonly<Record<Evidence['role'], string>> = {
  applies: 'Applies',
  'not-applicable': 'Does not apply',
  'satisfied-by': 'Found',
  missing: 'Missing',
}

function relatedEvidence(evidence: readonly Evidence[]): Array<{range: Range; message: string}> {
  return evidence
    .filter((note): note is Evidence & {range: Range} => note.range !== undefined && (note.role === 'applies' || note.role === 'satisfied-by'))
    .slice(0, MAX_RELATED)
    .map((note) => ({range: note.range, message: `${EVIDENCE_LABEL[note.role]}: ${note.message}`}))
}

export function countDiagnostics(
  diagnostics: readonly Diagnostic[],
): Pick<LintResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount'> {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  let fixableCount = 0
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errorCount++
    else if (diagnostic.severity === 'warning') warningCount++
    else infoCount++
    if (diagnostic.fix) fixableCount++
  }
  return {errorCount, warningCount, infoCount, fixableCount}
}
