import type {FileLintResult, LintResult, RuleMeta} from '@lessonlint/core'

/**
 * A file's lint result as reporters see it: `output` is the fixed text under `--fix-dry-run`;
 * `fixSkipped` says why `--fix` left the file as it was.
 */
export interface ReportedResult extends LintResult {
  output?: string
  fixSkipped?: FileLintResult['fixSkipped']
}

export interface FormatterContext {
  /** Paths are reported relative to this folder (SARIF's `%SRCROOT%`). */
  cwd: string
  /** Every rule of the registry, fired or not: SARIF lists them all in `tool.driver.rules`. */
  rules: readonly RuleMeta[]
  /** The tool's version, for SARIF's `tool.driver.version`. */
  version: string
  /** The tool's home page, for SARIF's `tool.driver.informationUri`. */
  informationUri?: string
  /** Whether to colour the output (stylish only). Default false. */
  color?: boolean
  /** The terminal's width, to wrap messages to (stylish only). Default 80. */
  columns?: number
  /** Print each finding's why and fix under it (stylish only). */
  verbose?: boolean
}

export type Formatter = (results: readonly ReportedResult[], context: FormatterContext) => string

export type FormatterName = 'stylish' | 'compact' | 'json' | 'sarif' | 'github' | 'gitlab' | 'junit'
