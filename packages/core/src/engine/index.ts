export {applyFixes, type ApplyFixesResult} from './fix.js'
export {readInlineConfig, parseDirective, type Directive, type DirectiveKind, type InlineConfig} from './inline-config.js'
export {lintText, type LintTextOptions} from './lint.js'
export {
  lintModel,
  enabledRules,
  compareDiagnostics,
  countDiagnostics,
  INTERNAL_ERROR_ID,
  INLINE_CONFIG_ID,
  ENGINE_RULE_IDS,
  EVIDENCE_LABEL,
  messageLocale,
  ruleSummary,
  type LintOptions,
} from './run.js'
export {fixText, type FixTextResult, MAX_FIX_PASSES} from './fix-loop.js'
export {fillPlaceholders, fillTemplate, joinMessage} from './messages.js'
export {didYouMean} from './suggest.js'
export {validateRanges, assertValidRanges, type CheckedResult} from './validate.js'
