// Finding and reading config files. Parsed files are cached by path, mtime and
// size, so linting 500 files does not reread the same config 500 times.
import {existsSync, readFileSync, statSync} from 'node:fs'
import {basename, dirname, extname, isAbsolute, join, relative, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parse as parseJsonc, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {parseDocument} from 'yaml'
import {ConfigError} from '../types.js'
import type {ConfigSource} from './validate.js'

/** Looked for in each folder, in this order; the first found wins. */
export const CONFIG_FILE_NAMES = [
  '.lessonlintrc.json',
  '.lessonlintrc.yaml',
  '.lessonlintrc.yml',
  'lessonlint.config.json',
  'lessonlint.config.yaml',
  'package.json',
] as const

/** A path for messages: relative to cwd when inside it, else absolute. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/')
}

function readJsonObject(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

function hasLessonlintKey(packageJson: string): boolean {
  const data = readJsonObject(packageJson)
  return data !== null && typeof data === 'object' && Object.hasOwn(data, 'lessonlint')
}

/** The config file in `dir` itself, if any. */
export function configFileIn(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(dir, name)
    if (!existsSync(candidate)) continue
    if (name === 'package.json' && !hasLessonlintKey(candidate)) continue
    return candidate
  }
  return undefined
}

/**
 * The nearest config file from `dir` up to the filesystem root (like eslintrc and
 * markdownlint); the first found wins. `cache` (folder → answer) saves walking the
 * same ancestors again for the many folders of one run.
 */
export function findConfigFile(dir: string, cache?: Map<string, string | undefined>): string | undefined {
  const visited: string[] = []
  let current = resolve(dir)
  let found: string | undefined
  for (;;) {
    if (cache?.has(current)) {
      found = cache.get(current)
      break
    }
    visited.push(current)
    found = configFileIn(current)
    if (found) break
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of visited) cache?.set(folder, found)
  return found
}

const JSON_PROBLEMS: Record<string, string> = {
  InvalidSymbol: '',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
}

function lineColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const lines = before.split(/\r\n|\r|\n/)
  return {line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1}
}

/** JSON with comments and trailing commas allowed (as VS Code's settings and markdownlint's config). */
export function parseJsonConfig(text: string, label: string, file: string | undefined): unknown {
  const errors: ParseError[] = []
  const data: unknown = parseJsonc(text, errors, {allowTrailingComma: true, disallowComments: false})
  const first = errors[0]
  if (!first) return data
  const {line, column} = lineColumn(text, first.offset)
  const token = text.slice(first.offset, first.offset + Math.max(1, first.length)).trim()
  const lead = first.offset >= text.length || token === '' ? 'Unexpected end of file' : `Unexpected token ${JSON.stringify(token.slice(0, 20))}`
  const detail = JSON_PROBLEMS[printParseErrorCode(first.error)] ?? ''
  return fail(`${label}:${line}:${column}: invalid JSON: ${lead}${detail ? ` (${detail})` : ''}`, file)
}

export function parseYamlConfig(text: string, label: string, file: string | undefined): unknown {
  const document = parseDocument(text, {prettyErrors: true})
  const error = document.errors[0]
  if (!error) return document.toJS()
  const position = error.linePos?.[0]
  const where = position ? `:${position.line}:${position.col}` : ''
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
  return fail(`${label}${where}: invalid YAML: ${message}`, file)
}

function fail(message: string, file: string | undefined): never {
  throw new ConfigError(message, file, undefined)
}

export interface ParsedConfigFile {
  file: string
  /** The configuration (for package.json, its `lessonlint` key). */
  data: unknown
  source: ConfigSource
}

interface CacheEntry {
  mtimeMs: number
  size: number
  parsed: ParsedConfigFile
}

const cache = new Map<string, CacheEntry>()

/** Forgets every cached config file (tests, or an editor told that files changed). */
export function clearConfigCache(): void {
  cache.clear()
}

/**
 * Reads and parses one config file (JSON, YAML, or a JavaScript module's default
 * export); does not check its content (see validateConfig) or follow `extends`.
 */
export async function readConfigFile(file: string, cwd: string = process.cwd()): Promise<ParsedConfigFile> {
  const absolute = resolve(cwd, file)
  const label = displayPath(absolute, cwd)
  let stats
  try {
    stats = statSync(absolute)
  } catch {
    throw new ConfigError(`${label}: cannot read the config file: it does not exist`, absolute, undefined)
  }
  if (!stats.isFile()) throw new ConfigError(`${label}: cannot read the config file: it is not a file`, absolute, undefined)
  const cached = cache.get(absolute)
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
    return {...cached.parsed, source: {...cached.parsed.source, label}}
  }

  const source: ConfigSource = {file: absolute, label}
  let data: unknown
  const extension = extname(absolute).toLowerCase()
  if (extension === '.js' || extension === '.mjs' || extension === '.cjs') {
    // The query makes a changed file load anew: import() caches by URL.
    const url = `${pathToFileURL(absolute).href}?mtime=${stats.mtimeMs}`
    try {
      const module = (await import(url)) as {default?: unknown}
      data = 'default' in module ? module.default : module
    } catch (error) {
      throw new ConfigError(`${label}: cannot load the config module: ${(error as Error).message}`, absolute, undefined)
    }
  } else {
    let text: string
    try {
      text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '')
    } catch (error) {
      throw new ConfigError(`${label}: cannot read the config file: ${(error as Error).message}`, absolute, undefined)
    }
    if (extension === '.yaml' || extension === '.yml') {
      data = parseYamlConfig(text, label, absolute)
    } else {
      data = parseJsonConfig(text, label, absolute)
    }
    if (basename(absolute) === 'package.json') {
      data = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['lessonlint'] : undefined
      source.keyPrefix = 'lessonlint.'
    }
  }
  const parsed: ParsedConfigFile = {file: absolute, data, source}
  cache.set(absolute, {mtimeMs: stats.mtimeMs, size: stats.size, parsed})
  return parsed
}
