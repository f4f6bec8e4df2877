// Linting files on disk: expand paths and globs, skip ignored files, find each
// file's config, lint (and with `fix`, write the fixed text atomically).
import {readFile, stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {ConfigResolver, type ConfigOptions} from '../config/resolve.js'
import {displayPath} from '../config/parse.js'
import {ruleList} from '../config/registry.js'
import {fixText} from '../engine/fix-loop.js'
import {lintModel, type LintOptions} from '../engine/run.js'
import {buildModel} from '../model/model.js'
import {proposalVerdict} from '../model/proposal.js'
import type {Diagnostic, LintResult} from '../types.js'
import {IgnoreChecker, type IgnoreReason} from './ignore.js'
import {writeFileAtomic} from './write.js'

export const DEFAULT_PATTERNS: readonly string[] = ['**/*.md', '**/*.markdown']
const GLOB_IGNORE = ['**/node_modules/**', '**/.git/**']
const DEFAULT_CONCURRENCY = 8

/** A path named on the command line that does not exist (the CLI exits 2 naming it). */
export class MissingPathError extends Error {
  constructor(readonly path: string) {
    super(`No such file or directory: ${path}`)
    this.name = 'MissingPathError'
  }
}

/** A file that exists but cannot be read or written. */
export class FileAccessError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Cannot access ${path}: ${reason}`)
    this.name = 'FileAccessError'
  }
}

export interface LintFilesOptions extends ConfigOptions {
  /** Apply fixes and write the changed files; `'dry-run'` computes `output` but writes nothing (`--fix-dry-run`). */
  fix?: boolean | 'dry-run'
  /** false lints ignored files too (`--no-ignore`): .lessonlintignore, config `ignores`, .gitignore. node_modules and .git stay skipped. */
  ignore?: boolean
  /** Files read and linted at once. Default 8. */
  concurrency?: number
  /** Called after each file (linted or skipped), e.g. for a progress line. */
  onProgress?: (done: number, total: number) => void
  /**
   * Lint only the files that are proposals (`proposalVerdict`), skipping READMEs, changelogs and
   * docs pages. The CLI sets it for a run over the whole tree (no paths); named paths and globs
   * are always linted. Default false.
   */
  proposalsOnly?: boolean
  /** Passed to every lint: `locale`, `inlineConfig`, `reportUnusedDisableDirectives` (see `LintOptions`). */
  locale?: LintOptions['locale']
  inlineConfig?: LintOptions['inlineConfig']
  reportUnusedDisableDirectives?: LintOptions['reportUnusedDisableDirectives']
}

export interface LintFilesResult {
  /** One per linted file (and per ignored file named explicitly), in path order. */
  results: FileLintResult[]
}

export interface FileLintResult extends LintResult {
  filePath: string
  /** With `fix`: the fixed file content (BOM included when the file had one), when fixes changed it. */
  output?: string
  /** Whether the fixed content was written to the file. */
  written?: boolean
  /** The file was named explicitly but is ignored: not linted, one `ignored-file` warning. */
  ignored?: boolean
}

export const IGNORED_FILE_ID = 'ignored-file'

const REASON_TEXT: Record<IgnoreReason, string> = {
  node_modules: 'it is inside node_modules',
  '.git': 'it is inside .git',
  '.lessonlintignore': 'a pattern in .lessonlintignore matches it',
  '.gitignore': 'a .gitignore file ignores it',
  ignores: 'the config\'s "ignores" match it',
}

function ignoredResult(filePath: string, reason: IgnoreReason): FileLintResult {
  const parts = {
    problem: `File ignored: ${REASON_TEXT[reason]}.`,
    why: 'Ignore patterns apply even to files named explicitly.',
    fix: reason === 'node_modules' || reason === '.git' ? 'Copy the file elsewhere to lint it.' : 'Use --no-ignore to lint it anyway.',
  }
  const start = {line: 1, column: 1, offset: 0}
  const diagnostic: Diagnostic = {
    ruleId: IGNORED_FILE_ID,
    severity: 'warning',
    message: `${parts.problem} ${parts.why} ${parts.fix}`,
    parts,
    range: {start, end: start},
  }
  return {
    filePath,
    text: '',
    hadBom: false,
    diagnostics: [diagnostic],
    errorCount: 0,
    warningCount: 1,
    infoCount: 0,
    fixableCount: 0,
    internalErrors: [],
    parsedCleanly: true,
    explanations: [],
    suppressed: [],
    locale: 'en',
    ignored: true,
  }
}

interface Candidate {
  file: string
  explicit: boolean
}

function globFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  return glob([...patterns], {cwd, absolute: true, onlyFiles: true, dot: false, ignore: GLOB_IGNORE, expandDirectories: false})
}

/** Expands patterns into files: globs, directories (their Markdown files), explicit files. */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<Candidate[]> {
  const found = new Map<string, boolean>()
  const add = (file: string, explicit: boolean) => found.set(file, explicit || (found.get(file) ?? false))
  const list = patterns.length === 0 ? [...DEFAULT_PATTERNS] : patterns
  const globs: string[] = []
  for (const pattern of list) {
    const absolute = resolve(cwd, pattern)
    const stats = await stat(absolute).catch(() => undefined)
    if (stats?.isDirectory()) {
      for (const file of await globFiles(DEFAULT_PATTERNS, absolute)) add(file, false)
    } else if (stats) {
      add(absolute, true)
    } else if (isDynamicPattern(pattern)) {
      globs.push(pattern)
    } else {
      throw new MissingPathError(pattern)
    }
  }
  if (globs.length > 0) for (const file of await globFiles(globs, cwd)) add(file, false)
  return [...found].map(([file, explicit]) => ({file, explicit}))
}

async function mapLimit<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await run(items[index]!)
    }
  }
  await Promise.all(Array.from({length: Math.max(1, Math.min(limit, items.length))}, worker))
  return results
}

/**
 * Lints files on disk. `patterns` are paths, directories and globs relative to
 * `cwd` (none: every Markdown file under cwd). Results come in path order.
 * Throws MissingPathError for a named path that does not exist, ConfigError for
 * a bad config, FileAccessError for a file that cannot be read.
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions): Promise<LintFilesResult> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const rules = ruleList(options.rules)
  const resolver = new ConfigResolver({...options, cwd})
  const ignores = new IgnoreChecker(cwd)
  const candidates = (await expandPatterns(patterns, cwd)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const proposalsOnly = options.proposalsOnly ?? false

  let done = 0
  const results = await mapLimit(candidates, options.concurrency ?? DEFAULT_CONCURRENCY, async (candidate) => {
    const result = await lintOne(candidate)
    options.onProgress?.(++done, candidates.length)
    return result
  })
  return {results: results.filter((result): result is FileLintResult => result !== undefined)}

  async function lintOne({file, explicit}: Candidate): Promise<FileLintResult | undefined> {
    const loaded = await resolver.configForFile(file)
    const reason = ignores.reason(file, loaded, options.ignore !== false)
    if (reason !== undefined) return explicit ? ignoredResult(file, reason) : undefined
    const config = loaded.forFile(file)

    let bytes: Buffer
    let readAt: number
    try {
      readAt = (await stat(file)).mtimeMs
      bytes = await readFile(file)
    } catch (error) {
      throw new FileAccessError(displayPath(file, cwd), (error as Error).message)
    }
    const text = bytes.toString('utf8')
    const model = buildModel(text, {filePath: file})
    if (proposalsOnly && !proposalVerdict(model).proposal) return undefined

    const lintOptions: LintOptions = {rules, config, locale: options.locale, inlineConfig: options.inlineConfig, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives}
    if (!options.fix) return {...lintModel(model, lintOptions), filePath: file} satisfies FileLintResult
    const fixed = fixText(text, {...lintOptions, filePath: file})
    const result: FileLintResult = {...fixed.result, filePath: file}
    if (!fixed.fixed) return result
    result.output = fixed.output
    result.written = false
    // Bytes that are not UTF-8 would come back as U+FFFD: never write such a file.
    const safeToWrite = Buffer.from(text, 'utf8').equals(bytes)
    if (options.fix !== 'dry-run' && safeToWrite) {
      // Someone (an editor) changed the file since it was read: their text wins.
      const current = await stat(file).catch(() => undefined)
      if (current?.mtimeMs !== readAt) return result
      try {
        await writeFileAtomic(file, fixed.output)
      } catch (error) {
        throw new FileAccessError(displayPath(file, cwd), (error as Error).message)
      }
      result.written = true
    }
    return result
  }
}
