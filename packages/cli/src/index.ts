// lessonlint as a library: the core with the ILO lesson pack plugged in, and the CLI's formatters.
// Everything of `@lessonlint/core` is re-exported (types, buildModel, applyFixes, ConfigError...);
// the functions below shadow the core's ones of the same name with the pack as default.
import {
  fixText as coreFixText,
  lintFiles as coreLintFiles,
  lintText as coreLintText,
  loadConfig as coreLoadConfig,
  resolveConfigForFile as coreResolveConfigForFile,
  type ConfigOptions,
  type FixTextResult,
  type LintFilesOptions,
  type LintFilesResult,
  type LintResult,
  type LoadedConfig,
  type ResolvedConfig,
} from '@lessonlint/core'
import {formatters as rawFormatters, type FormatterContext, type FormatterName, type ReportedResult} from './formatters/index.js'
import {homepage, version} from './package-info.js'
import {module as packModule, presets, rules} from './pack.js'

export * from '@lessonlint/core'
export type {Formatter, FormatterContext, FormatterName, JsonMessage, JsonResult, ReportedResult} from './formatters/index.js'
export {presets, rules, version}

/** A formatter as the library offers it: every part of the context has a default. */
export type LibraryFormatter = (results: readonly ReportedResult[], context?: Partial<FormatterContext>) => string

function withDefaults(name: FormatterName): LibraryFormatter {
  return (results, context = {}) => {
    const informationUri = homepage()
    return rawFormatters[name](results, {
      cwd: process.cwd(),
      rules: rules.map((rule) => rule.meta),
      version: version(),
      ...(informationUri ? {informationUri} : {}),
      ...context,
    })
  }
}

/**
 * The CLI's report formats, as `(results, context?) => string`. Context defaults: paths relative
 * to `process.cwd()`, the ILO pack's rules (SARIF lists them all), this package's version, no colour.
 */
export const formatters: Readonly<Record<FormatterName, LibraryFormatter>> = Object.freeze({
  stylish: withDefaults('stylish'),
  compact: withDefaults('compact'),
  json: withDefaults('json'),
  sarif: withDefaults('sarif'),
  github: withDefaults('github'),
  gitlab: withDefaults('gitlab'),
  junit: withDefaults('junit'),
})

export interface LintTextOptions {
  /** Reported as the result's `filePath`; relative paths are kept as given. */
  filePath?: string
  /** The configuration to apply, e.g. from `loadConfig(dir)`. Default: every rule at its default severity. */
  config?: ResolvedConfig
}

/** Lints one document with the ILO pack. Pure: reads no file and no config. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  return coreLintText(text, {rules, ...options})
}

/** Lints, applies every fix, re-lints until stable: `output` is the fixed text, `result` what remains. */
export function fixText(text: string, options: LintTextOptions = {}): FixTextResult {
  return coreFixText(text, {rules, ...options})
}

export type LessonlintFilesOptions = Omit<LintFilesOptions, 'rules' | 'presets'> & Partial<Pick<LintFilesOptions, 'rules' | 'presets'>>

/**
 * Lints files and globs the way the CLI does (config discovery, ignores, `fix`), with the ILO
 * pack; `threads: n` lints them in n worker threads, as `--concurrency n` does.
 */
export function lintFiles(patterns: readonly string[], options: LessonlintFilesOptions = {}): Promise<LintFilesResult> {
  const rulesModule = options.rules === undefined ? packModule() : undefined
  return coreLintFiles(patterns, {rules, presets, ...(rulesModule ? {rulesModule} : {}), ...options} as LintFilesOptions)
}

export type LessonlintConfigOptions = Omit<ConfigOptions, 'rules' | 'presets'> & Partial<Pick<ConfigOptions, 'rules' | 'presets'>>

/**
 * The configuration found from `dir` upwards (`.lessonlintrc.*`, `package.json#lessonlint`),
 * else `lessonlint:recommended`. It is a ResolvedConfig, so it can be passed to `lintText`;
 * `forFile(path)` gives one file's configuration with `overrides` applied.
 */
export function loadConfig(dir: string, options: LessonlintConfigOptions = {}): Promise<LoadedConfig> {
  return coreLoadConfig(dir, {rules, presets, ...options})
}

/** The effective configuration of one file, as `--print-config` shows it. */
export function resolveConfigForFile(filePath: string, options: LessonlintConfigOptions = {}): Promise<ResolvedConfig> {
  return coreResolveConfigForFile(filePath, {rules, presets, ...options})
}
