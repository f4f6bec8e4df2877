// Linting files on disk: expand paths and globs, skip ignored files, find each
// file's config, lint (and with `fix`, write the fixed text atomically).
import {isUtf8} from 'node:buffer'
import {readdir, realpath as realpathCallback, realpathSync} from 'node:fs'
import {lstat, readFile, realpath, stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {basename, dirname, join, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {ConfigResolver, type ConfigOptions} from '../config/resolve.js'
import {displayPath} from '../config/parse.js'
import {ruleList} from '../config/registry.js'
import type {LintOptions} from '../engine/run.js'
import type {Diagnostic, LintResult} from '../types.js'
import {ResultsCache, type CacheOptions} from './cache.js'
import {runFileJob, type FileJob, type FileJobOutcome} from './file-job.js'
import {IgnoreChecker, type IgnoreReason} from './ignore.js'
import {LintPool} from './pool.js'
import {writeFileAtomic, type WriteRefusal} from './write.js'

export const DEFAULT_PATTERNS: readonly string[] = ['**/*.md', '**/*.markdown']
const GLOB_IGNORE = ['**/node_modules/**', '**/.git/**']
const DEFAULT_CONCURRENCY = 8
/** Fewer files than this are linted in the caller's thread: starting a thread (importing the rules) costs about as much as linting a few files. */
const MIN_FILES_FOR_THREADS = 4
/**
 * With `threads: 'auto'`, less Markdown than this is linted in the caller's thread: each thread
 * warms up (imports the rules, builds its matchers: about a second), which on two cores costs
 * more than it saves below a few megabytes (pnpm bench: 1 MB of proposals 6.4 s in one thread,
 * 8.0 s in two; 5 MB of READMEs 0.8x, 10 MB of proposals 0.6x).
 */
const AUTO_THREADS_MIN_BYTES = 3 << 20

/** A path named on the command line that does not exist (the CLI exits 2 naming it). */
export class MissingPathError extends Error {
  constructor(readonly path: string) {
    super(`No such file or directory: ${path}`)
    this.name = 'MissingPathError'
  }
}

/** A path named on the command line that exists but cannot be read (permissions, a symbolic link loop...). */
export class FileAccessError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Cannot read ${path}: ${reason}`)
    this.name = 'FileAccessError'
  }
}

/**
 * A folder, file or symbolic link met while expanding the paths that could not be read, so
 * its Markdown files were not linted. Paths ignored anyway (.gitignore...) are not reported.
 */
export interface UnreadablePath {
  /** Absolute. */
  path: string
  kind: 'folder' | 'file' | 'link'
  /** In words: `permission denied`, `symbolic link loop (too many levels of symbolic links)`... */
  reason: string
  /** The system's error code (`EACCES`, `ELOOP`...), when there is one. */
  code?: string
}

/** Why a fix was computed but not written: `writeFileAtomic`'s refusals, bytes that are not UTF-8, or a failed write. */
export type FixSkipReason = WriteRefusal | 'not-utf8' | 'write-failed'

/** A system error in a few words a user can act on. */
export function describeFsError(error: unknown): string {
  const {code, message} = (error ?? {}) as NodeJS.ErrnoException
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ELOOP':
      return 'symbolic link loop (too many levels of symbolic links)'
    case 'ENOENT':
      return 'no such file or directory'
    case 'ENOTDIR':
      return 'a part of the path is not a folder'
    case 'EISDIR':
      return 'it is a folder'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'EDQUOT':
      return 'disk quota exceeded'
    case 'EROFS':
      return 'the file system is read-only'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
    case 'ENAMETOOLONG':
      return 'the path is too long'
    case 'EIO':
      return 'input/output error'
    default:
      // "EXDEV: cross-device link not permitted, rename 'a' -> 'b'" → "cross-device link not permitted"
      return String(message ?? error).replace(/^[A-Z0-9]+: /, '').replace(/, \w+ '.*$/s, '')
  }
}

export interface LintFilesOptions extends ConfigOptions {
  /** Apply fixes and write the changed files; `'dry-run'` computes `output` but writes nothing (`--fix-dry-run`). */
  fix?: boolean | 'dry-run'
  /** false lints ignored files too (`--no-ignore`): .lessonlintignore, config `ignores`, .gitignore. node_modules and .git stay skipped. */
  ignore?: boolean
  /** Files read and linted at once. Default 8, or twice `threads`. */
  concurrency?: number
  /**
   * Worker threads that lint files in parallel (`--concurrency`), with `rulesModule` or `threadModule`. Default 1:
   * the caller's thread. `'auto'`: one per core when the files add up to 3 MB or more, else 1. Runs of fewer than 4 files, and files whose config brings plugins, are
   * linted in the caller's thread; results are the same either way, in the same order.
   */
  threads?: number | 'auto'
  /**
   * A module specifier or file URL that exports `rules`: the same rules as `rules`, which each
   * thread imports (rule code cannot be sent to a thread). Without it, `threads` is ignored.
   */
  rulesModule?: string
  /**
   * Instead of `rulesModule`: the module (a file URL) each thread runs, one that serves the
   * pool with the same rules built in (`servePoolThread`).
   */
  threadModule?: string
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
  /**
   * Reuse the results of files unchanged since the last run (`--cache`; see cache.ts for the
   * key), and store this run's. `fix` never reads the cache; a dry run neither reads nor writes it.
   */
  cache?: CacheOptions
}

export interface LintFilesResult {
  /** One per linted file (and per ignored file named explicitly), in path order. */
  results: FileLintResult[]
  /** Folders, files and links that could not be read while expanding the paths, in path order. */
  unreadable: UnreadablePath[]
  /** How many files were read (linted, or read and found not to be proposals with `proposalsOnly`). */
  filesRead: number
  /** With `cache`: why the cache could not be written (the run's results stand). */
  cacheWarning?: string
  /** With `threads`: why files were linted in the caller's thread after all (the results are the same, the run slower). */
  threadsWarning?: string
}

export interface FileLintResult extends LintResult {
  filePath: string
  /** With `fix`: the fixed file content (BOM included when the file had one), when fixes changed it. */
  output?: string
  /** Whether the fixed content was written to the file (to a symbolic link's target: the link stays). */
  written?: boolean
  /**
   * With `fix` (not a dry run): the fixes were computed but not written, and why. The result's
   * diagnostics are then those of the file as it was read.
   */
  fixSkipped?: {reason: FixSkipReason; message: string}
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

/**
 * A `node:fs` for the glob walker that remembers what it could not read; the walker itself
 * skips such folders and links silently.
 */
function recordingFs(cwd: string, unreadable: Map<string, UnreadablePath>) {
  const record = (path: string, kind: UnreadablePath['kind'], reason: string, code: string | undefined) => {
    const absolute = resolve(cwd, path.replace(/(?<=.)[\\/]+$/, ''))
    // The same folder or link reached again through a linked folder is one problem.
    let key = absolute
    try {
      key = join(realpathSync.native(dirname(absolute)), basename(absolute))
    } catch {
      // Its folder cannot be resolved either: keep the path as met.
    }
    if (!unreadable.has(key)) unreadable.set(key, {path: absolute, kind, reason, ...(code ? {code} : {})})
  }
  return {
    readdir: ((path: string, options: {withFileTypes: true}, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
      readdir(path, options, (error, entries) => {
        // A folder that is not there (a glob's base that does not exist, one deleted meanwhile) holds nothing to miss.
        if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') record(path, 'folder', describeFsError(error), error.code)
        callback(error, entries)
      })) as unknown as typeof readdir,
    realpath: ((path: string, callback: (error: NodeJS.ErrnoException | null, resolved?: string) => void) =>
      realpathCallback(path, (error, resolved) => {
        // A link that loops is always worth a word; a broken link only when its name is a Markdown file's.
        if (error?.code === 'ENOENT') {
          if (/\.(?:md|markdown)$/i.test(path)) record(path, 'link', 'broken symbolic link (its target does not exist)', error.code)
        } else if (error) {
          record(path, 'link', describeFsError(error), error.code)
        }
        callback(error, resolved)
      })) as unknown as typeof realpathCallback,
  }
}

function globFiles(patterns: readonly string[], cwd: string, unreadable: Map<string, UnreadablePath>): Promise<string[]> {
  return glob([...patterns], {cwd, absolute: true, onlyFiles: true, dot: false, ignore: GLOB_IGNORE, expandDirectories: false, fs: recordingFs(cwd, unreadable)})
}

/**
 * Expands patterns into files: globs, directories (their Markdown files), explicit files.
 * Folders and links that cannot be read while walking are added to `unreadable` when given.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string, unreadable?: UnreadablePath[]): Promise<Candidate[]> {
  const found = new Map<string, boolean>()
  const problems = new Map<string, UnreadablePath>()
  const add = (file: string, explicit: boolean) => found.set(file, explicit || (found.get(file) ?? false))
  const list = patterns.length === 0 ? [...DEFAULT_PATTERNS] : patterns
  const globs: string[] = []
  for (const pattern of list) {
    const absolute = resolve(cwd, pattern)
    let stats: Awaited<ReturnType<typeof stat>> | undefined
    try {
      stats = await stat(absolute)
    } catch (error) {
      if (isDynamicPattern(pattern)) {
        globs.push(pattern)
        continue
      }
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT') throw new FileAccessError(pattern, describeFsError(error))
      // A link whose target is missing exists all the same: say what it is.
      if ((await lstat(absolute).catch(() => undefined))?.isSymbolicLink()) throw new FileAccessError(pattern, 'broken symbolic link (its target does not exist)')
      throw new MissingPathError(pattern)
    }
    if (stats.isDirectory()) {
      for (const file of await globFiles(DEFAULT_PATTERNS, absolute, problems)) add(file, false)
    } else {
      add(absolute, true)
    }
  }
  if (globs.length > 0) for (const file of await globFiles(globs, cwd, problems)) add(file, false)
  unreadable?.push(...problems.values())
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

async function threadCount(threads: LintFilesOptions['threads'], candidates: readonly Candidate[]): Promise<number> {
  if (threads !== 'auto') return threads ?? 1
  const sizes = await Promise.all(candidates.map(({file}) => stat(file).then((stats) => stats.size, () => 0)))
  return sizes.reduce((sum, size) => sum + size, 0) >= AUTO_THREADS_MIN_BYTES ? availableParallelism() : 1
}

/** The offset of the first byte that is not UTF-8, or -1 when all are. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    if (byte < 0x80) {
      i++
      continue
    }
    // Lead byte: how many continuation bytes, and the range the first one must be in (no overlongs, no surrogates, ≤ U+10FFFF).
    const [length, low, high] =
      byte >= 0xc2 && byte <= 0xdf ? [1, 0x80, 0xbf]
      : byte === 0xe0 ? [2, 0xa0, 0xbf]
      : (byte >= 0xe1 && byte <= 0xec) || byte === 0xee || byte === 0xef ? [2, 0x80, 0xbf]
      : byte === 0xed ? [2, 0x80, 0x9f]
      : byte === 0xf0 ? [3, 0x90, 0xbf]
      : byte >= 0xf1 && byte <= 0xf3 ? [3, 0x80, 0xbf]
      : byte === 0xf4 ? [3, 0x80, 0x8f]
      : [0, 0, 0]
    if (length === 0) return i
    for (let k = 1; k <= length; k++) {
      const next = bytes[i + k]
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i
    }
    i += length + 1
  }
  return -1
}

function lineOfOffset(bytes: Buffer, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

/**
 * Lints files on disk. `patterns` are paths, directories and globs relative to
 * `cwd` (none: every Markdown file under `cwd`). Results come in path order.
 * Throws MissingPathError for a named path that does not exist, FileAccessError
 * for a named path that cannot be read, ConfigError for a bad config. Folders,
 * links and files met while walking that cannot be read are listed in
 * `unreadable`. With `fix`, a fix that cannot be written safely leaves the file
 * as it was and says why in the result's `fixSkipped`.
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions): Promise<LintFilesResult> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const rules = ruleList(options.rules)
  const resolver = new ConfigResolver({...options, cwd})
  const ignores = new IgnoreChecker(cwd)
  const useIgnoreFiles = options.ignore !== false
  const walked: UnreadablePath[] = []
  const candidates = (await expandPatterns(patterns, cwd, walked)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const proposalsOnly = options.proposalsOnly ?? false
  const unreadable: UnreadablePath[] = []
  // An unreadable folder that is ignored anyway (.gitignore...) is no news.
  for (const problem of walked) {
    const loaded = await resolver.configForFile(problem.kind === 'folder' ? join(problem.path, 'file.md') : problem.path)
    if (ignores.reason(problem.path, loaded, useIgnoreFiles, problem.kind === 'folder') === undefined) unreadable.push(problem)
  }
  // Under --fix, the paths of one file (a link and its target) are fixed one after the other,
  // so the second reads what the first wrote instead of racing it.
  const writing = new Map<string, Promise<unknown>>()
  const cache =
    options.cache && options.fix !== 'dry-run'
      ? new ResultsCache(
          resolve(cwd, options.cache.location),
          {
            ruleIds: rules.map((rule) => rule.meta.id),
            locale: options.locale,
            inlineConfig: options.inlineConfig,
            reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
            proposalsOnly,
          },
          options.cache.toolIdentity,
        )
      : undefined
  await cache?.load()

  const canThread = (options.rulesModule ?? options.threadModule) !== undefined && candidates.length >= MIN_FILES_FOR_THREADS
  const threads = canThread ? Math.min(await threadCount(options.threads, candidates), candidates.length) : 1
  // Started by the first file to lint: a rerun that finds every file in the cache starts no thread.
  let pool: LintPool | undefined
  const execute = (job: FileJob): Promise<FileJobOutcome> => {
    if (threads <= 1) return Promise.resolve(runFileJob(rules, job))
    pool ??= new LintPool(rules, {threads, rulesModule: options.rulesModule, threadModule: options.threadModule})
    return pool.run(job)
  }

  let done = 0
  let filesRead = 0
  // Enough files in flight to keep every thread busy while others are read.
  const inFlight = options.concurrency ?? Math.max(DEFAULT_CONCURRENCY, 2 * threads)
  const results = await mapLimit(candidates, inFlight, async (candidate) => {
    const result = options.fix === true ? await oneAtATimePerFile(candidate) : await lintOne(candidate)
    options.onProgress?.(++done, candidates.length)
    return result
  }).finally(() => pool?.close())
  unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const cacheWarning = await cache?.save()
  const threadsWarning = pool?.unavailable
  return {
    results: results.filter((result): result is FileLintResult => result !== undefined),
    unreadable,
    filesRead,
    ...(cacheWarning ? {cacheWarning} : {}),
    ...(threadsWarning ? {threadsWarning} : {}),
  }

  async function oneAtATimePerFile(candidate: Candidate): Promise<FileLintResult | undefined> {
    const key = await realpath(candidate.file).catch(() => candidate.file)
    const previous = writing.get(key) ?? Promise.resolve()
    const current = previous.then(() => lintOne(candidate))
    writing.set(key, current.catch(() => undefined))
    return current
  }

  async function lintOne({file, explicit}: Candidate): Promise<FileLintResult | undefined> {
    const loaded = await resolver.configForFile(file)
    const reason = ignores.reason(file, loaded, useIgnoreFiles)
    if (reason !== undefined) return explicit ? ignoredResult(file, reason) : undefined
    const config = loaded.forFile(file)

    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch (error) {
      if (explicit) throw new FileAccessError(displayPath(file, cwd), describeFsError(error))
      const code = (error as NodeJS.ErrnoException).code
      unreadable.push({path: file, kind: 'file', reason: describeFsError(error), ...(code ? {code} : {})})
      return undefined
    }
    filesRead++
    const text = bytes.toString('utf8')
    const cacheKey = cache?.key(bytes, config, loaded.pluginModules)
    if (cache && cacheKey !== undefined && !options.fix) {
      const hit = cache.get(file, cacheKey)
      if (hit && 'skipped' in hit) return undefined
      if (hit) return {...hit.result, ...(hit.textIsSource ? {text} : {}), filePath: file}
    }
    // Stores what a file yields under its key (a result computed from other bytes, under its own).
    const store = (result: FileLintResult | undefined, key = cacheKey, source = text): void => {
      if (!cache || key === undefined) return
      if (!result) return cache.set(file, key, {skipped: true})
      // A rule that threw may not throw next time: never cached.
      if (result.internalErrors.length > 0) return
      const textIsSource = result.text === source
      cache.set(file, key, {result: {...result, filePath: file, ...(textIsSource ? {text: ''} : {})}, ...(textIsSource ? {textIsSource} : {})})
    }
    const lintOptions: FileJob['options'] = {config, locale: options.locale, inlineConfig: options.inlineConfig, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives}
    const outcome = await execute({kind: options.fix ? 'fix' : 'lint', text, filePath: file, options: lintOptions, proposalsOnly})
    if (outcome.kind === 'not-a-proposal') {
      store(undefined)
      return undefined
    }
    if (outcome.kind === 'linted') {
      const result: FileLintResult = {...outcome.result, filePath: file}
      store(result)
      return result
    }
    const {fixed} = outcome
    const result: FileLintResult = {...fixed.result, filePath: file}
    if (!fixed.fixed) return result
    result.output = fixed.output
    result.written = false
    if (options.fix === 'dry-run') return result

    // What is reported when the fix is not written: the file as it was read, not as it would have been.
    const skipped = async (reason: FixSkipReason, message: string): Promise<FileLintResult> => {
      const asRead = await execute({kind: 'lint', text, filePath: file, options: lintOptions, proposalsOnly: false})
      if (asRead.kind !== 'linted') throw new Error(`a lint job answered ${asRead.kind}`)
      return {...asRead.result, filePath: file, output: fixed.output, written: false, fixSkipped: {reason, message}}
    }
    // Bytes that are not UTF-8 would come back as U+FFFD: never write such a file.
    if (!isUtf8(bytes)) {
      const invalid = firstInvalidUtf8(bytes)
      const where = invalid < 0 ? '' : ` (byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} on line ${lineOfOffset(bytes, invalid)})`
      return skipped('not-utf8', `the file is not valid UTF-8${where}: writing the fix would replace such bytes; save the file as UTF-8 first`)
    }
    let attempt: Awaited<ReturnType<typeof writeFileAtomic>>
    try {
      // `expected`: an editor that saved meanwhile wins, even if it kept the modification time.
      attempt = await writeFileAtomic(file, fixed.output, {expected: bytes})
    } catch (error) {
      return skipped('write-failed', `cannot write it: ${describeFsError(error)}`)
    }
    if (!attempt.written) return skipped(attempt.reason, attempt.message)
    result.written = true
    // What remains is the result of the file as written (output and written flag aside).
    if (cache) {
      const {output, written, ...remaining} = result
      const writtenBytes = Buffer.from(fixed.output, 'utf8')
      store(remaining, cache.key(writtenBytes, config, loaded.pluginModules), writtenBytes.toString('utf8'))
    }
    return result
  }
}
