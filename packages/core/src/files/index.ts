export {
  lintFiles,
  expandPatterns,
  describeFsError,
  MissingPathError,
  FileAccessError,
  DEFAULT_PATTERNS,
  IGNORED_FILE_ID,
  type LintFilesOptions,
  type FileLintResult,
  type LintFilesResult,
  type UnreadablePath,
  type FixSkipReason,
} from './lint-files.js'
export {IgnoreChecker, LESSONLINTIGNORE, type IgnoreReason} from './ignore.js'
export {writeFileAtomic, type WriteFileAtomicOptions, type WriteOutcome, type WriteRefusal} from './write.js'
export {ResultsCache, resolveCacheLocation, packageIdentity, CACHE_FILE_NAME, type CacheOptions, type CachedOutcome, type RunSettings} from './cache.js'
export {servePoolThread} from './pool-thread.js'
