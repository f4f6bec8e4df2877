// The `lessonlint` command: arguments in, a report and an exit code out.
// **Invariant:** no stack trace reaches the user. Every failure ends in one line
// `lessonlint: <message>` on stderr and exit code 2 (LESSONLINT_DEBUG=1 adds the stack).
import {appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import pc from 'picocolors'
import {
  ConfigError,
  FileAccessError,
  buildModel,
  proposalVerdict,
  MissingPathError,
  packageIdentity,
  resolveCacheLocation,
  fixText,
  lintFiles,
  lintText,
  resolveConfigForFile,
  type ConfigFile,
  type LintResult,
  type ResolvedConfig,
  type Rule,
  normalizeSeverity,
  type Language,
  type ConfigOptions,
  type LintOptions,
  type SeveritySetting,
  type UnreadablePath,
} from '@lessonlint/core'
import {explain, ExplainUsageError} from './explain.js'
import {init, InitError} from './init.js'
import {nothingRead, reportFileProblems} from './file-problems.js'
import {formatters, isFormatterName, type FormatterContext, type FormatterName, type ReportedResult} from './formatters/index.js'
import {stepSummary} from './formatters/github.js'
import {sarifForFailure} from './formatters/sarif.js'
import * as ilo from './pack.js'
import {homepage, version} from './package-info.js'
import {USAGE} from './usage.js'

export interface CliIo {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  stdin: NodeJS.ReadableStream
  cwd: string
  env: NodeJS.ProcessEnv
}

/** The rules the command runs: the ILO pack, unless a test or an embedding tool brings its own. */
export interface RulePack {
  rules: readonly Rule[]
  presets: Readonly<Record<string, ConfigFile>>
  /** Which build of the pack this is (`packageIdentity`), for `--cache`: another one discards the cached results. */
  identity?: () => string
  /**
   * The pack as a module that exports `rules` (a file URL or specifier), for the worker threads
   * of `--concurrency`: each imports it. Undefined: every file is linted in the main thread.
   */
  module?: () => string | undefined
  /**
   * Preferred to `module` when it gives a file URL: a module each worker thread runs, with the
   * pack built in (`servePoolThread`; the command's bundle, which a thread loads faster).
   */
  threadModule?: () => string | undefined
}

/** A mistake in the command line: exit 2 with a hint to --help. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const LOCALES: readonly Language[] = ['en', 'fr', 'es']
const PROGRESS_THRESHOLD = 20

const OPTIONS = {
  format: {type: 'string', short: 'f'},
  'output-file': {type: 'string', short: 'o'},
  'sarif-file': {type: 'string'},
  'max-warnings': {type: 'string'},
  quiet: {type: 'boolean'},
  verbose: {type: 'boolean'},
  config: {type: 'string', short: 'c'},
  rule: {type: 'string', multiple: true},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  stdin: {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  'print-config': {type: 'string'},
  'list-rules': {type: 'boolean'},
  'no-ignore': {type: 'boolean'},
  'proposals-only': {type: 'boolean'},
  'no-inline-config': {type: 'boolean'},
  'report-unused-disable-directives': {type: 'boolean'},
  locale: {type: 'string'},
  cache: {type: 'boolean'},
  concurrency: {type: 'string'},
  'cache-location': {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  // `--init [--preset NAME] [--github]` (init.ts)
  init: {type: 'boolean'},
  preset: {type: 'string'},
  github: {type: 'boolean'},
  version: {type: 'boolean', short: 'v'},
  help: {type: 'boolean', short: 'h'},
} as const

type Values = ReturnType<typeof parseCommandLine>['values']

/** What every lint of a run is told from the command line, beside its configuration. */
type LintSettings = Pick<LintOptions, 'locale' | 'inlineConfig' | 'reportUnusedDisableDirectives'>

export async function main(argv: readonly string[], io: CliIo = processIo(), pack: RulePack = ilo): Promise<number> {
  try {
    return await run(argv, io, pack)
  } catch (error) {
    io.stderr.write(`lessonlint: ${describeFailure(error)}\n`)
    if (io.env['LESSONLINT_DEBUG'] && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return 2
  }
}

function processIo(): CliIo {
  return {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env}
}

function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `${error.message} Run "lessonlint --help" for usage.`
  if (error instanceof ConfigError || error instanceof MissingPathError || error instanceof FileAccessError || error instanceof InitError) {
    return oneLine(error.message)
  }
  const errno = error as NodeJS.ErrnoException
  if (errno?.code === 'ENOENT' && errno.path) return `No such file or directory: ${errno.path}`
  if (errno?.code === 'EACCES' && errno.path) return `Permission denied: ${errno.path}`
  if (errno?.code === 'EISDIR' && errno.path) return `Is a directory: ${errno.path}`
  if (errno?.code === 'ELOOP' && errno.path) return `Cannot read ${errno.path}: symbolic link loop (too many levels of symbolic links)`
  return oneLine(error instanceof Error ? error.message : String(error))
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim()
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? 'option'
      throw new UsageError(`Unknown option '${option}'.`)
    }
    // ERR_PARSE_ARGS_INVALID_OPTION_VALUE and friends say what is wrong in their first sentence.
    const first = (error as Error).message.split(/(?<=\.)\s/)[0] ?? String(error)
    throw new UsageError(first.endsWith('.') ? first : `${first}.`)
  }
}

async function run(argv: readonly string[], io: CliIo, {rules, presets, identity, module, threadModule}: RulePack): Promise<number> {
  if (argv[0] === 'explain') {
    const rest = argv.slice(1)
    const color = useColor({'no-color': rest.includes('--no-color'), color: rest.includes('--color')} as Values, io)
    try {
      return await explain(rest, io, {rules, presets}, color)
    } catch (error) {
      if (error instanceof ExplainUsageError) throw new UsageError(error.message)
      throw error
    }
  }
  const {values, positionals} = parseCommandLine(argv)
  if (values.help) {
    io.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    io.stdout.write(`${version()}\n`)
    return 0
  }
  if (values.init || values.preset !== undefined || values.github) {
    // --init: a commented config, and with --github a workflow (init.ts); nothing is linted.
    if (!values.init) throw new UsageError(`--${values.github ? 'github' : 'preset'} goes with --init.`)
    if (positionals.length > 0) throw new UsageError('--init writes a configuration in the current folder: give no paths with it.')
    return init({...(values.preset === undefined ? {} : {preset: values.preset}), github: values.github ?? false, presets}, io)
  }
  const format = values.format ?? 'stylish'
  if (!isFormatterName(format)) {
    throw new UsageError(`Unknown format '${format}': expected stylish, compact, json, sarif, github, gitlab or junit.`)
  }
  const maxWarnings = parseMaxWarnings(values['max-warnings'])
  parseConcurrency(values.concurrency)
  const ruleOverrides = parseRuleOverrides(values.rule ?? [])
  const locale = parseLocale(values.locale)
  checkCombinations(values, positionals)

  if (values['list-rules']) {
    if (format !== 'stylish' && format !== 'json') throw new UsageError(`--list-rules prints a table or, with --format json, JSON; not '${format}'.`)
    io.stdout.write(format === 'json' ? listRulesJson(rules) : listRules(rules))
    return 0
  }
  // What every lint of this run is told, beside its configuration.
  const lintSettings: LintSettings = {
    ...(locale ? {locale} : {}),
    ...(values['no-inline-config'] ? {inlineConfig: false} : {}),
    ...(values['report-unused-disable-directives'] ? {reportUnusedDisableDirectives: 'error' as const} : {}),
  }

  const configFile = values.config === undefined ? undefined : resolve(io.cwd, values.config)
  const base = {cwd: io.cwd, rules, presets, ...(configFile ? {configFile} : {}), ...(ruleOverrides ? {ruleOverrides} : {})}

  if (values['print-config'] !== undefined) {
    if (configFile !== undefined && !existsSync(configFile)) throw missing(values.config!)
    const target = resolve(io.cwd, values['print-config'])
    const config = await resolveConfigForFile(target, base)
    // Whether a run over the whole folder treats the file as a proposal, and why.
    const proposal = existsSync(target) && statSync(target).isFile() ? proposalVerdict(buildModel(readFileSync(target, 'utf8'))) : undefined
    io.stdout.write(`${JSON.stringify({...configToJson(config), ...(proposal ? {proposal} : {})}, null, 2)}\n`)
    return 0
  }

  let linted: Linted
  try {
    if (configFile !== undefined && !existsSync(configFile)) throw missing(values.config!)
    linted = await lintRequested(values, positionals, io, {rules, base, lintSettings, packIdentity: identity, packThreads: {module, threadModule}})
  } catch (error) {
    // The upload step after a failed run still gets a valid SARIF file, with the error in it.
    const outputFile = values['output-file']
    if (format === 'sarif' && outputFile !== undefined) {
      writeReport(resolve(io.cwd, outputFile), outputFile, sarifForFailure(describeFailure(error), formatterContext(rules, false, io, values)))
    }
    const sarifFile = values['sarif-file']
    if (sarifFile !== undefined) writeReport(resolve(io.cwd, sarifFile), sarifFile, sarifForFailure(describeFailure(error), formatterContext(rules, false, io, values)))
    throw error
  }
  if (linted.fixedStdin !== undefined) {
    // `--stdin --fix`: the fixed document replaces the report, so editors and pipes can use lessonlint as a filter.
    io.stdout.write(linted.fixedStdin)
    return exitCode(quietFilter(linted.results, values.quiet ?? false), maxWarnings, io)
  }

  const results = quietFilter(linted.results, values.quiet ?? false)
  const outputFile = values['output-file']
  const report = formatters[format as FormatterName](results, formatterContext(rules, outputFile === undefined && useColor(values, io), io, values))
  if (outputFile !== undefined) {
    writeReport(resolve(io.cwd, outputFile), outputFile, report)
  } else {
    io.stdout.write(report)
  }
  if (format === 'github') writeStepSummary(results, io)
  // --sarif-file: the same run as SARIF too (the GitHub Action's annotations and upload from one lint).
  const sarifFile = values['sarif-file']
  if (sarifFile !== undefined) writeReport(resolve(io.cwd, sarifFile), sarifFile, formatters.sarif(results, formatterContext(rules, false, io, values)))
  // Unreadable folders and fixes not written: lines on stderr (file-problems.ts); an unwritten fix fails the run.
  const fixFailed = reportFileProblems(results, linted.unreadable ?? [], io)
  return Math.max(exitCode(results, maxWarnings, io), fixFailed ? 2 : 0)
}

/** What a run linted; `fixedStdin` is the fixed document of `--stdin --fix`, printed instead of a report. */
interface Linted {
  results: ReportedResult[]
  fixedStdin?: string
  /** Folders and links met while expanding the paths that could not be read. */
  unreadable?: UnreadablePath[]
}

async function lintRequested(
  values: Values,
  positionals: readonly string[],
  io: CliIo,
  {
    rules,
    base,
    lintSettings,
    packIdentity,
    packThreads,
  }: {rules: readonly Rule[]; base: ConfigOptions; lintSettings: LintSettings; packIdentity: RulePack['identity']; packThreads: Pick<RulePack, 'module' | 'threadModule'>},
): Promise<Linted> {
  if (values.stdin) {
    const text = await readStdin(io.stdin)
    const filePath = values['stdin-filename'] === undefined ? undefined : resolve(io.cwd, values['stdin-filename'])
    const config = await resolveConfigForFile(filePath ?? resolve(io.cwd, 'stdin.md'), base)
    const options = {rules, config, ...lintSettings, ...(filePath === undefined ? {} : {filePath})}
    if (values.fix) {
      const fixed = fixText(text, options)
      return {results: [fixed.result], fixedStdin: fixed.output}
    }
    if (values['fix-dry-run']) {
      const fixed = fixText(text, options)
      return {results: [fixed.fixed ? {...fixed.result, output: fixed.output} : fixed.result]}
    }
    return {results: [lintText(text, options)]}
  }
  const progress = progressReporter(io)
  const fix = values.fix ? true : values['fix-dry-run'] ? 'dry-run' : false
  const linted = await lintFiles(positionals, {
    ...base,
    ...lintSettings,
    fix,
    // A run over the whole tree lints proposals, not every README; named paths are always linted.
    proposalsOnly: positionals.length === 0 || values['proposals-only'] === true,
    ...(values['no-ignore'] ? {ignore: false} : {}),
    ...threadOptions(values.concurrency, packThreads),
    ...(progress ? {onProgress: progress.update} : {}),
    // --cache: results keyed by content, config and the tool's build (core/src/files/cache.ts).
    ...(values.cache
      ? {cache: {location: resolveCacheLocation(io.cwd, values['cache-location']), toolIdentity: `${packageIdentity(import.meta.url)} ${packIdentity?.() ?? 'no pack identity'}`}}
      : {}),
  }).finally(() => progress?.done())
  if (linted.cacheWarning) io.stderr.write(`lessonlint: warning: ${linted.cacheWarning}\n`)
  if (linted.threadsWarning) io.stderr.write(`lessonlint: warning: linted in one thread: ${linted.threadsWarning}\n`)
  // Nothing could be read at all: a failure naming what could not be (file-problems.ts).
  if (linted.unreadable.length > 0 && linted.filesRead === 0 && linted.results.length === 0) throw nothingRead(linted.unreadable, io.cwd)
  // With --proposals-only (the pre-commit hook), named files that are no proposals are skipped, not missing.
  if (positionals.length > 0 && linted.results.length === 0 && !(values['proposals-only'] && linted.filesRead > 0)) {
    throw new Error(`No Markdown files match ${positionals.map((p) => `'${p}'`).join(', ')} (or all are ignored).`)
  }
  // A dry run reports what would remain; only it shows `output`. A real --fix has written it.
  return {
    results: linted.results.map(({output, ...result}) => (fix === 'dry-run' && output !== undefined ? {...result, output} : result)),
    unreadable: linted.unreadable,
  }
}

function formatterContext(rules: readonly Rule[], color: boolean, io: CliIo, values: Values): FormatterContext {
  const informationUri = homepage()
  return {
    cwd: io.cwd,
    rules: rules.map((rule) => rule.meta),
    version: version(),
    ...(informationUri ? {informationUri} : {}),
    color,
    columns: terminalColumns(io),
    verbose: values.verbose ?? false,
  }
}

/**
 * `--format github` inside GitHub Actions: a table in the job summary
 * ($GITHUB_STEP_SUMMARY), since GitHub shows only about ten annotations of
 * each level per step.
 */
function writeStepSummary(results: readonly ReportedResult[], io: CliIo): void {
  const target = io.env['GITHUB_STEP_SUMMARY']
  if (target === undefined || target === '') return
  try {
    appendFileSync(target, stepSummary(results, io.cwd))
  } catch (error) {
    io.stderr.write(`lessonlint: cannot write the job summary to ${target}: ${(error as Error).message}\n`)
  }
}

/** The terminal's width (a TTY's, else COLUMNS), to wrap the stylish report to; undefined means 80. */
function terminalColumns(io: CliIo): number | undefined {
  const stdout = io.stdout as CliIo['stdout'] & {columns?: number}
  if (stdout.isTTY === true && typeof stdout.columns === 'number' && stdout.columns > 0) return stdout.columns
  const fromEnv = Number(io.env['COLUMNS'])
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined
}

function writeReport(target: string, shown: string, report: string): void {
  try {
    makeParents(dirname(target))
    writeFileSync(target, report)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'no such folder'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ENOTDIR' || code === 'EEXIST' ? 'part of the path is a file'
      : code === 'EISDIR' ? 'it is a folder'
      : (error as Error).message
    throw new Error(`Cannot write the report to ${shown}: ${reason}`)
  }
}

/** `mkdir -p` without `{recursive: true}`, which spins forever under /proc on Node 20. */
function makeParents(dir: string): void {
  const missingDirs: string[] = []
  for (let current = dir; !existsSync(current); current = dirname(current)) {
    missingDirs.push(current)
    if (dirname(current) === current) break
  }
  for (const folder of missingDirs.reverse()) mkdirSync(folder)
}

function missing(path: string): Error {
  return Object.assign(new Error(`No such file or directory: ${path}`), {code: 'ENOENT', path})
}

/** `--concurrency N|auto`: worker threads for the files (auto: one per core from 3 MB of Markdown). */
function threadOptions(
  value: string | undefined,
  pack: Pick<RulePack, 'module' | 'threadModule'>,
): {threads?: number | 'auto'; rulesModule?: string; threadModule?: string} {
  const threads = parseConcurrency(value)
  if (threads !== 'auto' && threads <= 1) return {threads: 1}
  const threadModule = pack.threadModule?.()
  if (threadModule !== undefined) return {threads, threadModule}
  const rulesModule = pack.module?.()
  return rulesModule === undefined ? {threads: 1} : {threads, rulesModule}
}

function parseConcurrency(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto'
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--concurrency needs a whole number of threads from 1, or auto, not '${value}'.`)
  return Number(value)
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number, not '${value}'.`)
  return Number(value)
}

function parseRuleOverrides(specs: readonly string[]): Record<string, SeveritySetting> | undefined {
  if (specs.length === 0) return undefined
  const overrides: Record<string, SeveritySetting> = {}
  for (const spec of specs) {
    const colon = spec.lastIndexOf(':')
    const id = spec.slice(0, colon).trim()
    const written = spec.slice(colon + 1).trim()
    // `--rule id:2` as in ESLint: a digit on the command line is a number.
    const severity = normalizeSeverity(/^\d$/.test(written) ? Number(written) : written)
    if (colon <= 0 || severity === undefined) {
      throw new UsageError(`--rule expects ID:SEVERITY with SEVERITY one of error, warning, info, off (or warn, 0, 1, 2); got '${spec}'.`)
    }
    overrides[id] = severity
  }
  return overrides
}

function parseLocale(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined
  const locale = value.toLowerCase().split(/[-_]/)[0]
  if (!LOCALES.includes(locale as Language)) throw new UsageError(`--locale expects en, fr or es, not '${value}'.`)
  return locale as Language
}

function checkCombinations(values: Values, positionals: readonly string[]): void {
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.')
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin.')
  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin lints standard input: give no paths with it.')
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location goes with --cache.')
}

/** NO_COLOR and FORCE_COLOR as https://no-color.org and Node describe them; flags win over both. */
function useColor(values: Values, io: CliIo): boolean {
  if (values['no-color']) return false
  if (values.color) return true
  const force = io.env['FORCE_COLOR']
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false
  return io.stdout.isTTY === true
}

function listRules(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => [rule.meta.id, rule.meta.severity, rule.meta.summary, rule.meta.fixable ? 'fixable' : ''])
  const idWidth = Math.max(...rows.map((r) => r[0]!.length))
  const severityWidth = Math.max(...rows.map((r) => r[1]!.length))
  const summaryWidth = Math.max(...rows.map((r) => r[2]!.length))
  return rows
    .map(([id, severity, summary, fixable]) =>
      `${id!.padEnd(idWidth)}  ${severity!.padEnd(severityWidth)}  ${fixable ? `${summary!.padEnd(summaryWidth)}  ${fixable}` : summary}`,
    )
    .join('\n')
    .concat('\n')
}

/** `--list-rules --format json`: what tools that build on the pack need, one object per rule. */
function listRulesJson(rules: readonly Rule[]): string {
  const list = rules.map(({meta}) => ({
    id: meta.id,
    severity: meta.severity,
    summary: meta.summary,
    fixable: meta.fixable === true,
    tags: meta.tags,
    ...(meta.docsUrl ? {docsUrl: meta.docsUrl} : {}),
    ...(meta.defaultOptions ? {defaultOptions: meta.defaultOptions} : {}),
    ...(meta.optionsSchema ? {optionsSchema: meta.optionsSchema} : {}),
    ...(meta.translations ? {summaries: Object.fromEntries(Object.entries(meta.translations).map(([language, translation]) => [language, translation.summary]))} : {}),
  }))
  return `${JSON.stringify(list, null, 2)}\n`
}

function configToJson(config: ResolvedConfig): {rules: Record<string, [string, Record<string, unknown>]>; files: string[]} {
  const out: Record<string, [string, Record<string, unknown>]> = {}
  for (const [id, setting] of [...config.rules].sort(([a], [b]) => a.localeCompare(b))) out[id] = [setting.severity, setting.options]
  return {rules: out, files: config.files}
}

function quietFilter<T extends LintResult>(results: T[], quiet: boolean): T[] {
  if (!quiet) return results
  return results.map((result) => {
    const diagnostics = result.diagnostics.filter((d) => d.severity === 'error')
    return {
      ...result,
      diagnostics,
      warningCount: 0,
      infoCount: 0,
      fixableCount: diagnostics.filter((d) => d.fix).length,
    }
  })
}

function exitCode(results: readonly LintResult[], maxWarnings: number | undefined, io: CliIo): number {
  const internal = results.flatMap((r) => r.internalErrors)
  for (const failure of internal) io.stderr.write(`lessonlint: rule '${failure.ruleId}' failed: ${oneLine(failure.message)}\n`)
  if (internal.length > 0) return 2
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.warningCount, 0)
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`lessonlint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}.\n`)
    return 1
  }
  return 0
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/** A one-line counter on stderr, only for people watching a long run in a terminal. */
function progressReporter(io: CliIo): {update: (done: number, total: number) => void; done: () => void} | undefined {
  if (io.stderr.isTTY !== true) return undefined
  let shown = false
  const c = pc.createColors(useColor({} as Values, {...io, stdout: io.stderr}))
  return {
    update(done, total) {
      if (total <= PROGRESS_THRESHOLD) return
      shown = true
      io.stderr.write(`\r${c.dim(`Linting ${done}/${total} files…`)}\u001b[K`)
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[K')
    },
  }
}
