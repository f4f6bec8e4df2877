// The fixture format of rule folders (`<rule>/valid/*.md`, `<rule>/invalid/*.md`,
// `<name>.fixed.md` beside an invalid one), with the verdict and the expected
// diagnostics written in the file itself:
//
//   <!-- lessonlint-fixture: invalid {"options": {...}} -->   line 1, or right after the front matter
//   <!-- expect: rule-id -->       a diagnostic of rule-id starts on the next line that is not a marker
//   <!-- expect: rule-id -2 -->    … on the marker's line plus the offset
//
// One implementation serves the ILO pack's tests, its docs generator and the
// RuleTester that other organisations' plugins use.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {applyFixes} from '../engine/fix.js'
import {lintText} from '../engine/lint.js'
import type {Diagnostic, Fix, LintResult, ResolvedConfig, Rule} from '../types.js'

export type Verdict = 'valid' | 'invalid'

/** `line`: where the diagnostic must start; `markerLine`: where the comment is (both 1-based). */
export interface Marker {
  ruleId: string
  line: number
  markerLine: number
}

export interface FixtureHeader {
  verdict: Verdict
  options: Record<string, unknown>
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
    if (lines[index]?.trimEnd() === '---') return index + 1
  }
  return 0
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const HEADER = /<!--\s*lessonlint-fixture\b\s*:?\s*([\s\S]*?)-->/

/** The verdict comment: the first comment starting with `lessonlint-fixture`, on line 1 or right after the front matter. */
export function parseHeader(text: string): FixtureHeader {
  const match = HEADER.exec(text)
  if (!match) throw new FixtureFormatError('missing the verdict comment `<!-- lessonlint-fixture: valid|invalid [JSON] -->`')
  const line = text.slice(0, match.index).split(LINE_BREAK).length
  const expectedLine = frontMatterLineCount(splitLines(text)) + 1
  if (line !== expectedLine) {
    throw new FixtureFormatError(`the verdict comment is on line ${line}; it must be on line ${expectedLine} (line 1, or right after the front matter)`)
  }
  const body = (match[1] ?? '').trim()
  const verdictMatch = /^(valid|invalid)\b\s*([\s\S]*)$/.exec(body)
  if (!verdictMatch) throw new FixtureFormatError(`the verdict comment says "${body}"; expected "valid" or "invalid", then optional JSON`)
  const verdict = verdictMatch[1] as Verdict
  const json = (verdictMatch[2] ?? '').trim()
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
    if (unknownKeys.length > 0) throw new FixtureFormatError(`the verdict comment's JSON has unknown keys: ${unknownKeys.join(', ')} (only "options")`)
    if (parsed['options'] !== undefined) {
      if (!isPlainObject(parsed['options'])) throw new FixtureFormatError('"options" in the verdict comment must be an object')
      options = parsed['options']
    }
  }
  return {verdict, options, line}
}

const MARKER = /^\s*<!--\s*expect\s*:\s*([a-z][a-z0-9/-]*)\s*(?:([+-]\d+)\s*)?-->\s*$/
const MARKER_LIKE = /<!--\s*expect\b/

/** Expected diagnostics: `<!-- expect: id -->` points at the next line that is not a marker; `<!-- expect: id -2 -->` at the marker line plus the offset. */
export function parseMarkers(text: string): Marker[] {
  const lines = splitLines(text)
  const markers: Marker[] = []
  lines.forEach((content, index) => {
    const markerLine = index + 1
    const match = MARKER.exec(content)
    if (!match) {
      // A marker written inline or misspelt would silently expect nothing.
      if (MARKER_LIKE.test(content)) {
        throw new FixtureFormatError(`line ${markerLine} looks like a marker but is not one: "${content.trim()}" (write \`<!-- expect: rule-id [±N] -->\` on its own line)`)
      }
      return
    }
    const ruleId = match[1] ?? ''
    let line: number
    if (match[2] === undefined) {
      let target = index + 1
      while (target < lines.length && MARKER.test(lines[target] ?? '')) target++
      if (target >= lines.length) throw new FixtureFormatError(`the marker on line ${markerLine} has no line after it`)
      line = target + 1
    } else {
      const offset = Number(match[2])
      if (offset === 0) throw new FixtureFormatError(`the marker on line ${markerLine} has offset 0; omit it or point at another line`)
      line = markerLine + offset
      if (line < 1 || line > lines.length) throw new FixtureFormatError(`the marker on line ${markerLine} points at line ${line}, outside the file (1–${lines.length})`)
    }
    markers.push({ruleId, line, markerLine})
  })
  return markers
}

/** The fixture as a reader should see it in the docs: without the verdict comment and the marker lines. */
export function stripFixtureComments(text: string): string {
  const lines = splitLines(text.replace(/^\uFEFF/, ''))
  const headerLine = parseHeader(text).line
  return lines.filter((line, index) => index + 1 !== headerLine && !MARKER.test(line)).join('\n')
}

function compareKeys(a: string, b: string): number {
  const [ruleA = '', lineA] = a.split('@')
  const [ruleB = '', lineB] = b.split('@')
  return Number(lineA) - Number(lineB) || ruleA.localeCompare(ruleB)
}

/** `rule@line`, sorted: the shape both sides of a fixture comparison take. */
export function keysOfMarkers(markers: readonly Marker[]): string[] {
  return markers.map((marker) => `${marker.ruleId}@${marker.line}`).sort(compareKeys)
}

export function keysOfDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.ruleId}@${diagnostic.range.start.line}`).sort(compareKeys)
}

/** Diagnostics in document order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId))
}

/** One line per diagnostic, for failure messages. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '  (no diagnostics)'
  return sortDiagnostics(diagnostics)
    .map((diagnostic) => {
      const {start, end} = diagnostic.range
      const fix = diagnostic.fix ? ` [fix: ${diagnostic.fix.title}]` : ''
      return `  ${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.ruleId}/${diagnostic.messageId ?? '?'} ${diagnostic.severity}: ${diagnostic.message}${fix}`
    })
    .join('\n')
}

/** Only the rule, at its default severity, with `options` over its default options. */
export function configFor(rule: Rule, options: Record<string, unknown>): ResolvedConfig {
  return {rules: new Map([[rule.meta.id, {severity: rule.meta.severity, options: {...rule.meta.defaultOptions, ...options}}]]), files: []}
}

/** Lints a fixture with only its rule enabled. */
export function lintFixture(rule: Rule, text: string, filePath: string | undefined, options: Record<string, unknown>): LintResult {
  return lintText(text, {...(filePath === undefined ? {} : {filePath}), rules: [rule], config: configFor(rule, options)})
}

export function fixesOf(diagnostics: readonly Diagnostic[]): Fix[] {
  return diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []))
}

/** Where an offset of the original text lands once `fixes` are applied, so a fixed finding can be looked for again. */
export function mapOffsetThroughFixes(offset: number, fixes: readonly Fix[]): number {
  let shift = 0
  for (const edit of fixes.flatMap((fix) => fix.edits)) {
    // An insertion exactly at the offset goes before the finding only if it ends there.
    if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset)) shift += edit.text.length - (edit.end - edit.start)
  }
  return offset + shift
}

export function isRule(value: unknown): value is Rule {
  return isPlainObject(value) && isPlainObject(value['meta']) && typeof value['meta']['id'] === 'string' && typeof value['check'] === 'function'
}

/** The fixtures of one rule folder (`ruleDir/valid`, `ruleDir/invalid`), in name order. */
export function fixturesIn(ruleDir: string, ruleId: string): Fixture[] {
  const fixtures: Fixture[] = []
  for (const verdict of ['valid', 'invalid'] as const) {
    const dir = join(ruleDir, verdict)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md') || name.endsWith('.fixed.md')) continue
      const filePath = join(dir, name)
      const fixedPath = join(dir, name.replace(/\.md$/, '.fixed.md'))
      fixtures.push({
        ruleId,
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

/** `.fixed.md` files with no invalid fixture beside them (a renamed fixture leaves one behind). */
export function orphanFixedFilesIn(ruleDir: string): string[] {
  const orphans: string[] = []
  for (const verdict of ['valid', 'invalid']) {
    const dir = join(ruleDir, verdict)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.fixed.md')) continue
      if (verdict === 'valid' || !existsSync(join(dir, name.replace(/\.fixed\.md$/, '.md')))) orphans.push(`${verdict}/${name}`)
    }
  }
  return orphans.sort()
}

export {applyFixes}
