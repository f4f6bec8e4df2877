export {
  lintFiles,
  expandPatterns,
  MissingPathError,
  FileAccessError,
  DEFAULT_PATTERNS,
  IGNORED_FILE_ID,
  type LintFilesOptions,
  type FileLintResult,
  type LintFilesResult,
} from './lint-files.js'
export {IgnoreChecker, LESSONLINTIGNORE, type IgnoreReason} from './ignore.js'
export {writeFileAtomic} from './write.js'
