// The fixture format of rules/<id>/{valid,invalid}/*.md (COMMON.md "Fixture format"),
// shared by the fixture runner (rules/fixtures.test.ts) and the docs generator,
// so that a docs example and a test read a fixture the same way.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

import {applyFixes, lintText} from '@lessonlint/core'
import type {Diagnostic, Fix, LintResult, ResolvedConfig, Rule} from '@lessonlint/core'

export type Verdict = 'valid' | 'invalid'

/** Folders beside the rule folders that hold no rule. */
const NOT_RULE_FOLDERS = new Set(['lexicons', 'shared', 'scripts', 'dist', 'node_modules'])

export interface Marker {
  ruleId: string
  /** Line the expected diagnostic starts on (1-based). */
  line: number
  /** Line of the marker comment itself (1-based). */
  markerLine: number
}

export interface FixtureHeader {
  verdict: Verdict
  options: Record<string, unknown>
  /** 1-based line of the verdict comment. */
  line: number
}

export interface Fixture {
  ruleId: string
  verdict: Verdict
  /** File name inside `valid/` or `invalid/`. */
  name: string
  /** `invalid/missing-budget.md`: the name tests and docs show. */
  relativePath: string
  filePath: string
  text: string
  /** Text of the sibling `<name>.fixed.md`, when there is one. */
  fixedText: string | null
  fixedPath: string
}

export class FixtureFormatError extends Error {
  override name = 'FixtureFormatError'
}

const LINE_BREAK = /\r\n|\r|\n/

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK)
}

/** Lines of a leading YAML front matter block (fences included), or 0 when there is none. */
export function frontMatterLineCount(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0
  for (let index = 1; index < lines.length; index++) {
    if (lines[index]!.trimEnd() === '---') return index + 1
  }
  return 0
}

const HEADER = /<!--\s*lessonlint-fixture\b\s*:?\s*([\s\S]*?)-->/

/**
 * The verdict comment: the first comment starting with `lessonlint-fixture`. It must
 * sit on line 1, or right after the front matter's closing fence.
 */
export function parseHeader(text: string): FixtureHeader {
  const match = HEADER.exec(text)
  if (!match) {
    throw new FixtureFormatError('missing the verdict comment `<!-- lessonlint-fixture: valid|invalid [JSON] -->`')
  }
  const line = text.slice(0, match.index).split(LINE_BREAK).length
  const expectedLine = frontMatterLineCount(splitLines(text)) + 1
  if (line !== expectedLine) {
    throw new FixtureFormatError(
      `the verdict comment is on line ${line}; it must be on line ${expectedLine} (line 1, or right after the front matter)`,
    )
  }
  const body = match[1]!.trim()
  const verdictMatch = /^(valid|invalid)\b\s*([\s\S]*)$/.exec(body)
  if (!verdictMatch) {
    throw new FixtureFormatError(`the verdict comment says "${body}"; expected "valid" or "invalid", then optional JSON`)
  }
  const verdict = verdictMatch[1] as Verdict
  const json = verdictMatch[2]!.trim()
  let options: Record<string, unknown> = {}
  if (json) {
    let parsed: unknown
    try {
      parsed = JSON.parse(json)
    } catch (error) {
      throw new FixtureFormatError(`the verdict comment's JSON does not parse: ${(error as Error).message}`)
    }
    if (!isPlainObject(parsed)) throw new FixtureFormatError('the verdict comment\'s JSON must be an object like {"options": {...}}')
    const unknownKeys = Object.keys(parsed).filter((key) => key !== 'options')
    if (unknownKeys.length > 0) {
      throw new FixtureFormatError(`the verdict comment's JSON has unknown keys: ${unknownKeys.join(', ')} (only "options")`)
    }
    if (parsed.options !== undefined) {
      if (!isPlainObject(parsed.options)) throw new FixtureFormatError('"options" in the verdict comment must be an object')
      options = parsed.options
    }
  }
  return {verdict, options, line}
}

const MARKER = /^\s*<!--\s*expect\s*:\s*([a-z][a-z0-9-]*)\s*(?:([+-]\d+)\s*)?-->\s*$/
const MARKER_LIKE = /<!--\s*expect\b/

/**
 * Expected diagnostics. `<!-- expect: id -->` points at the next line that is not a
 * marker comment; `<!-- expect: id -2 -->` at the marker line plus the offset.
 */
export function parseMarkers(text: string): Marker[] {
  const lines = splitLines(text)
  const markers: Marker[] = []
  lines.forEach((content, index) => {
    const markerLine = index + 1
    const match = MARKER.exec(content)
    if (!match) {
      if (MARKER_LIKE.test(content)) {
        throw new FixtureFormatError(
          `line ${markerLine} looks like a marker but is not one: "${content.trim()}" (write \`<!-- expect: rule-id [±N] -->\` on its own line)`,
        )
      }
      return
    }
    const ruleId = match[1]!
    let line: number
    if (match[2] === undefined) {
      let target = index + 1
      while (target < lines.length && MARKER.test(lines[target]!)) target++
      if (target >= lines.length) throw new FixtureFormatError(`the marker on line ${markerLine} has no line after it`)
      line = target + 1
    } else {
      const offset = Number(match[2])
      if (offset === 0) throw new FixtureFormatError(`the marker on line ${markerLine} has offset 0; omit it or point at another line`)
      line = markerLine + offset
      if (line < 1 || line > lines.length) {
        throw new FixtureFormatError(`the marker on line ${markerLine} points at line ${line}, outside the file (1–${lines.length})`)
      }
    }
    markers.push({ruleId, line, markerLine})
  })
  return markers
}

/** `rule@line`, sorted: the shape both sides of a fixture comparison take. */
export function keysOfMarkers(markers: readonly Marker[]): string[] {
  return markers.map((marker) => `${marker.ruleId}@${marker.line}`).sort(compareKeys)
}

export function keysOfDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.ruleId}@${diagnostic.range.start.line}`).sort(compareKeys)
}

function compareKeys(a: string, b: string): number {
  const [ruleA, lineA] = a.split('@') as [string, string]
  const [ruleB, lineB] = b.split('@') as [string, string]
  return Number(lineA) - Number(lineB) || ruleA.localeCompare(ruleB)
}

/** One line per diagnostic, for failure messages and docs. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '  (no diagnostics)'
  return [...diagnostics]
    .sort((a, b) => a.range.start.offset - b.range.start.offset)
    .map((diagnostic) => {
      const {start, end} = diagnostic.range
      const fix = diagnostic.fix ? ` [fix: ${diagnostic.fix.title}]` : ''
      return `  ${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.ruleId}/${diagnostic.messageId ?? '?'} ${diagnostic.severity}: ${diagnostic.message}${fix}`
    })
    .join('\n')
}

export function configFor(rule: Rule, options: Record<string, unknown>): ResolvedConfig {
  return {
    rules: new Map([
      [rule.meta.id, {severity: rule.meta.severity, options: {...rule.meta.defaultOptions, ...options}}],
    ]),
    files: [],
  }
}

/** Lint a fixture with only its rule enabled, with the fixture's options over the defaults. */
export function lintFixture(rule: Rule, text: string, filePath: string, options: Record<string, unknown>): LintResult {
  return lintText(text, {filePath, rules: [rule], config: configFor(rule, options)})
}

export function fixesOf(diagnostics: readonly Diagnostic[]): Fix[] {
  return diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []))
}

export {applyFixes}

/**
 * Where an offset of the original text lands after `fixes` were applied, so that a
 * fixed finding can be looked for again in the fixed text.
 */
export function mapOffsetThroughFixes(offset: number, fixes: readonly Fix[]): number {
  let shift = 0
  for (const edit of fixes.flatMap((fix) => fix.edits)) {
    if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset)) {
      shift += edit.text.length - (edit.end - edit.start)
    }
  }
  return offset + shift
}

// ---------------------------------------------------------------------------
// Discovery

export function rulesDirectory(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
}

/** Folders of `rules/` that are rule folders: every folder but the shared ones. */
export function ruleFolders(rulesDir: string): string[] {
  return readdirSync(rulesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !NOT_RULE_FOLDERS.has(entry.name) && !/^[._]/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
}

export function isRule(value: unknown): value is Rule {
  return (
    isPlainObject(value) &&
    isPlainObject(value.meta) &&
    typeof value.meta.id === 'string' &&
    typeof value.check === 'function'
  )
}

/** The rule a folder's `index.ts` exports by default. */
export async function importRule(rulesDir: string, folder: string): Promise<Rule> {
  const file = path.join(rulesDir, folder, 'index.ts')
  if (!existsSync(file)) throw new Error(`rules/${folder}/ has no index.ts`)
  const module = (await import(pathToFileURL(file).href)) as {default?: unknown}
  if (!isRule(module.default)) {
    throw new Error(`rules/${folder}/index.ts must export the rule as its default export ({meta, check})`)
  }
  return module.default
}

export function fixturesOf(rulesDir: string, folder: string): Fixture[] {
  const fixtures: Fixture[] = []
  for (const verdict of ['valid', 'invalid'] as const) {
    const dir = path.join(rulesDir, folder, verdict)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md') || name.endsWith('.fixed.md')) continue
      const filePath = path.join(dir, name)
      const fixedPath = path.join(dir, name.replace(/\.md$/, '.fixed.md'))
      fixtures.push({
        ruleId: folder,
        verdict,
        name,
        relativePath: `${verdict}/${name}`,
        filePath,
        text: readFileSync(filePath, 'utf8'),
        fixedText: existsSync(fixedPath) ? readFileSync(fixedPath, 'utf8') : null,
        fixedPath,
      })
    }
  }
  return fixtures
}

/** `.fixed.md` files with no fixture beside them (a renamed fixture leaves one behind). */
export function orphanFixedFiles(rulesDir: string, folder: string): string[] {
  const orphans: string[] = []
  for (const verdict of ['valid', 'invalid'] as const) {
    const dir = path.join(rulesDir, folder, verdict)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.fixed.md')) continue
      if (verdict === 'valid' || !existsSync(path.join(dir, name.replace(/\.fixed\.md$/, '.md')))) {
        orphans.push(`${verdict}/${name}`)
      }
    }
  }
  return orphans.sort()
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
