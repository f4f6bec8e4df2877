// Finding and reading config files. Parsed files are cached by path, mtime and
// size, so linting 500 files does not reread the same config 500 times.
import {existsSync, readFileSync, statSync} from 'node:fs'
import {basename, dirname, extname, isAbsolute, join, relative, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createScanner, parse as parseJsonc, printParseErrorCode, type ParseError, type SyntaxKind} from 'jsonc-parser'
import {isAlias, isCollection, isMap, isPair, isScalar, parseDocument, type Document, type Node as YamlNode} from 'yaml'
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

/**
 * How deep a config may nest objects and arrays. Real configs stay under ten levels; the
 * limit keeps a hostile file from overflowing the parser's stack, and says where it is.
 */
export const MAX_CONFIG_NESTING = 100
/** How many alias expansions a YAML config may ask for (the yaml library's own default). */
const MAX_YAML_ALIASES = 100

/** A key path for messages, cut after a few segments: `rules[0][0][0]…`. */
function shortKeyPath(segments: readonly string[]): string {
  const shown = segments.slice(0, 4).join('')
  return (segments.length > 4 ? `${shown}…` : shown).replace(/^\./, '')
}

function keySegment(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `.${key}`
}

/** jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read). */
const TOKEN = {openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, string: 10, eof: 17} as const satisfies Record<string, SyntaxKind>

/**
 * Objects and arrays nested deeper than MAX_CONFIG_NESTING, found by a scan that keeps no
 * stack of its own, before the (recursive) parser sees the text.
 */
function checkJsonNesting(text: string, label: string, file: string | undefined): void {
  const scanner = createScanner(text, false)
  const levels: Array<{array: boolean; key: string | number; expectKey: boolean}> = []
  for (let token: number = scanner.scan(); token !== TOKEN.eof; token = scanner.scan()) {
    const top = levels.at(-1)
    if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
      if (levels.length >= MAX_CONFIG_NESTING) {
        const {line, column} = lineColumn(text, scanner.getTokenOffset())
        const keyPath = shortKeyPath(levels.map((level) => keySegment(level.key)))
        throw new ConfigError(`${label}:${line}:${column}: ${keyPath === '' ? '' : `${keyPath}: `}nested more than ${MAX_CONFIG_NESTING} levels deep`, file, keyPath || undefined)
      }
      const array = token === TOKEN.openBracket
      levels.push({array, key: array ? 0 : '', expectKey: !array})
    } else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) {
      levels.pop()
    } else if (token === TOKEN.comma && top) {
      if (top.array) top.key = (top.key as number) + 1
      else top.expectKey = true
    } else if (token === TOKEN.string && top && !top.array && top.expectKey) {
      top.key = scanner.getTokenValue()
      top.expectKey = false
    }
  }
}

/** JSON with comments and trailing commas allowed (as VS Code's settings and markdownlint's config). */
export function parseJsonConfig(text: string, label: string, file: string | undefined): unknown {
  checkJsonNesting(text, label, file)
  const errors: ParseError[] = []
  let data: unknown
  try {
    data = parseJsonc(text, errors, {allowTrailingComma: true, disallowComments: false})
  } catch (error) {
    return fail(`${label}: invalid JSON: ${error instanceof RangeError ? 'nested too deeply to read' : (error as Error).message}`, file)
  }
  const first = errors[0]
  if (!first) return data
  const {line, column} = lineColumn(text, first.offset)
  const token = text.slice(first.offset, first.offset + Math.max(1, first.length)).trim()
  const lead = first.offset >= text.length || token === '' ? 'Unexpected end of file' : `Unexpected token ${JSON.stringify(token.slice(0, 20))}`
  const detail = JSON_PROBLEMS[printParseErrorCode(first.error)] ?? ''
  return fail(`${label}:${line}:${column}: invalid JSON: ${lead}${detail ? ` (${detail})` : ''}`, file)
}

/** The top-level key whose block holds `offset`: the last unindented `key:` line before it. */
function topLevelKeyAt(text: string, offset: number): string | undefined {
  const before = text.slice(0, offset + 1).split(/\r\n|\r|\n/)
  for (let i = before.length - 1; i >= 0; i--) {
    // One greedy run up to the colon, trimmed after: a lazy run followed by \s* would re-read long runs of spaces.
    const match = /^(?:"([^"]*)"\s*|'([^']*)'\s*|([^\s#'"\-?:[\]{},][^#:]*)):(?:\s|$)/.exec(before[i]!)
    if (match) return match[1] ?? match[2] ?? match[3]!.trimEnd()
  }
  return undefined
}

function yamlKey(pair: unknown): string {
  const key = isPair(pair) ? pair.key : undefined
  return isScalar(key) ? String(key.value) : '?'
}

/** Collections nested deeper than MAX_CONFIG_NESTING, walked without recursion; aliases are not followed. */
function checkYamlNesting(document: Document, text: string, label: string, file: string | undefined): void {
  const pending: Array<{node: unknown; segments: string[]}> = [{node: document.contents, segments: []}]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const {node, segments} = next
    if (!isCollection(node)) continue
    if (segments.length >= MAX_CONFIG_NESTING) {
      const keyPath = shortKeyPath(segments)
      const offset = (node as YamlNode).range?.[0]
      const where = offset === undefined ? '' : (({line, column}) => `:${line}:${column}`)(lineColumn(text, offset))
      throw new ConfigError(`${label}${where}: ${keyPath}: nested more than ${MAX_CONFIG_NESTING} levels deep`, file, keyPath)
    }
    node.items.forEach((item, index) => {
      if (isMap(node)) pending.push({node: isPair(item) ? item.value : undefined, segments: [...segments, keySegment(yamlKey(item))]})
      else pending.push({node: item, segments: [...segments, keySegment(index)]})
    })
  }
}

/**
 * Where a document whose aliases expand too much does it: the deepest key whose value,
 * converted on its own, still goes over the limit.
 */
function aliasBombPath(document: Document): {segments: string[]; node: unknown} {
  const overLimit = (node: unknown): boolean => {
    if (!isCollection(node) && !isAlias(node)) return false
    try {
      node.toJS(document, {maxAliasCount: MAX_YAML_ALIASES})
      return false
    } catch (error) {
      return error instanceof ReferenceError && /alias/i.test(error.message)
    }
  }
  const segments: string[] = []
  let node: unknown = document.contents
  for (;;) {
    if (!isCollection(node)) return {segments, node}
    const items: Array<{node: unknown; segment: string}> = isMap(node)
      ? node.items.map((pair) => ({node: isPair(pair) ? pair.value : undefined, segment: keySegment(yamlKey(pair))}))
      : node.items.map((item, index) => ({node: item, segment: keySegment(index)}))
    const culprit = items.find((item) => overLimit(item.node))
    if (!culprit) return {segments, node}
    segments.push(culprit.segment)
    node = culprit.node
  }
}

export function parseYamlConfig(text: string, label: string, file: string | undefined): unknown {
  // The parser's own stack ran out: where it did is no place a reader can use, its top-level key is.
  const tooDeep = (offset: number | undefined) => {
    const key = offset === undefined ? undefined : topLevelKeyAt(text, offset)
    return new ConfigError(`${label}: ${key === undefined ? '' : `${key}: `}nested more than ${MAX_CONFIG_NESTING} levels deep`, file, key)
  }
  let document: Document
  try {
    document = parseDocument(text, {prettyErrors: true, logLevel: 'error'})
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(undefined)
    return fail(`${label}: invalid YAML: ${(error as Error).message.split('\n')[0]}`, file)
  }
  const error = document.errors[0]
  if (error) {
    if (/call stack/i.test(error.message)) throw tooDeep(error.pos[0])
    const position = error.linePos?.[0]
    const where = position ? `:${position.line}:${position.col}` : ''
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
    return fail(`${label}${where}: invalid YAML: ${message}`, file)
  }
  checkYamlNesting(document, text, label, file)
  try {
    return document.toJS({maxAliasCount: MAX_YAML_ALIASES})
  } catch (error) {
    const message = (error as Error).message
    if (error instanceof ReferenceError && /excessive alias count/i.test(message)) {
      const culprit = aliasBombPath(document)
      const keyPath = shortKeyPath(culprit.segments)
      const offset = (culprit.node as YamlNode | undefined)?.range?.[0]
      const where = offset === undefined ? '' : (({line, column}) => `:${line}:${column}`)(lineColumn(text, offset))
      throw new ConfigError(
        `${label}${where}: ${keyPath === '' ? '' : `${keyPath}: `}invalid YAML: its aliases expand to too much data (more than ${MAX_YAML_ALIASES} alias expansions; a guard against "billion laughs" files)`,
        file,
        keyPath || undefined,
      )
    }
    if (error instanceof RangeError) throw tooDeep(undefined)
    return fail(`${label}: invalid YAML: ${message.split('\n')[0]}`, file)
  }
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
