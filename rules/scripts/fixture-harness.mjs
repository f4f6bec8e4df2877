// The fixture format of rules/<id>/{valid,invalid}/*.md (COMMON.md "Fixture format"),
// shared by the fixture runner (rules/fixtures.test.ts) and the docs generator
// (build-docs.mjs), so that a docs example and a test read a fixture the same way.
// Plain JavaScript with JSDoc types: the docs script runs under bare Node 20.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

import {applyFixes, lintText} from '@lessonlint/core'

/** @typedef {import('@lessonlint/core').Diagnostic} Diagnostic */
/** @typedef {import('@lessonlint/core').Fix} Fix */
/** @typedef {import('@lessonlint/core').LintResult} LintResult */
/** @typedef {import('@lessonlint/core').ResolvedConfig} ResolvedConfig */
/** @typedef {import('@lessonlint/core').Rule} Rule */
/** @typedef {'valid' | 'invalid'} Verdict */
/** @typedef {{ruleId: string, line: number, markerLine: number}} Marker `line`: where the diagnostic must start; `markerLine`: where the comment is (both 1-based). */
/** @typedef {{verdict: Verdict, options: Record<string, unknown>, line: number}} FixtureHeader */
/**
 * @typedef {object} Fixture
 * @property {string} ruleId
 * @property {Verdict} verdict
 * @property {string} name File name inside `valid/` or `invalid/`.
 * @property {string} relativePath `invalid/missing-budget.md`: the name tests and docs show.
 * @property {string} filePath
 * @property {string} text
 * @property {string | null} fixedText Text of the sibling `<name>.fixed.md`, when there is one.
 * @property {string} fixedPath
 */

export {applyFixes}

/** Folders beside the rule folders that hold no rule. */
const NOT_RULE_FOLDERS = new Set(['lexicons', 'shared', 'scripts', 'dist', 'node_modules'])

export class FixtureFormatError extends Error {
  /** @override */
  name = 'FixtureFormatError'
}

const LINE_BREAK = /\r\n|\r|\n/

/** @param {string} text */
export function splitLines(text) {
  return text.split(LINE_BREAK)
}

/**
 * Lines of a leading YAML front matter block (fences included), or 0 when there is none.
 * @param {readonly string[]} lines
 */
export function frontMatterLineCount(lines) {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return 0
  for (let index = 1; index < lines.length; index++) {
    if (lines[index]?.trimEnd() === '---') return index + 1
  }
  return 0
}

const HEADER = /<!--\s*lessonlint-fixture\b\s*:?\s*([\s\S]*?)-->/

/**
 * The verdict comment: the first comment starting with `lessonlint-fixture`. It must
 * sit on line 1, or right after the front matter's closing fence.
 * @param {string} text
 * @returns {FixtureHeader}
 */
export function parseHeader(text) {
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
  const body = (match[1] ?? '').trim()
  const verdictMatch = /^(valid|invalid)\b\s*([\s\S]*)$/.exec(body)
  if (!verdictMatch) {
    throw new FixtureFormatError(`the verdict comment says "${body}"; expected "valid" or "invalid", then optional JSON`)
  }
  const verdict = /** @type {Verdict} */ (verdictMatch[1])
  const json = (verdictMatch[2] ?? '').trim()
  /** @type {Record<string, unknown>} */
  let options = {}
  if (json) {
    let parsed
    try {
      parsed = JSON.parse(json)
    } catch (error) {
      throw new FixtureFormatError(`the verdict comment's JSON does not parse: ${/** @type {Error} */ (error).message}`)
    }
    if (!isPlainObject(parsed)) {
      throw new FixtureFormatError('the verdict comment\'s JSON must be an object like {"options": {...}}')
    }
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
 * @param {string} text
 * @returns {Marker[]}
 */
export function parseMarkers(text) {
  const lines = splitLines(text)
  /** @type {Marker[]} */
  const markers = []
  lines.forEach((content, index) => {
    const markerLine = index + 1
    const match = MARKER.exec(content)
    if (!match) {
      // A marker written inline or misspelt would silently expect nothing.
      if (MARKER_LIKE.test(content)) {
        throw new FixtureFormatError(
          `line ${markerLine} looks like a marker but is not one: "${content.trim()}" (write \`<!-- expect: rule-id [±N] -->\` on its own line)`,
        )
      }
      return
    }
    const ruleId = match[1] ?? ''
    let line
    if (match[2] === undefined) {
      let target = index + 1
      while (target < lines.length && MARKER.test(lines[target] ?? '')) target++
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

/**
 * The fixture as a reader should see it in the docs: without the verdict comment
 * and the marker lines (line numbers change, so lint the result again).
 * @param {string} text
 */
export function stripFixtureComments(text) {
  const lines = splitLines(text.replace(/^\uFEFF/, ''))
  const headerLine = parseHeader(text).line
  return lines.filter((line, index) => index + 1 !== headerLine && !MARKER.test(line)).join('\n')
}

/**
 * `rule@line`, sorted: the shape both sides of a fixture comparison take.
 * @param {readonly Marker[]} markers
 */
export function keysOfMarkers(markers) {
  return markers.map((marker) => `${marker.ruleId}@${marker.line}`).sort(compareKeys)
}

/** @param {readonly Diagnostic[]} diagnostics */
export function keysOfDiagnostics(diagnostics) {
  return diagnostics.map((diagnostic) => `${diagnostic.ruleId}@${diagnostic.range.start.line}`).sort(compareKeys)
}

/**
 * @param {string} a
 * @param {string} b
 */
function compareKeys(a, b) {
  const [ruleA = '', lineA] = a.split('@')
  const [ruleB = '', lineB] = b.split('@')
  return Number(lineA) - Number(lineB) || ruleA.localeCompare(ruleB)
}

/**
 * Diagnostics in document order.
 * @param {readonly Diagnostic[]} diagnostics
 */
export function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId),
  )
}

/**
 * One line per diagnostic, for failure messages.
 * @param {readonly Diagnostic[]} diagnostics
 */
export function describeDiagnostics(diagnostics) {
  if (diagnostics.length === 0) return '  (no diagnostics)'
  return sortDiagnostics(diagnostics)
    .map((diagnostic) => {
      const {start, end} = diagnostic.range
      const fix = diagnostic.fix ? ` [fix: ${diagnostic.fix.title}]` : ''
      return `  ${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.ruleId}/${diagnostic.messageId ?? '?'} ${diagnostic.severity}: ${diagnostic.message}${fix}`
    })
    .join('\n')
}

/**
 * Only the rule, at its default severity, with `options` over its default options.
 * @param {Rule} rule
 * @param {Record<string, unknown>} options
 * @returns {ResolvedConfig}
 */
export function configFor(rule, options) {
  return {
    rules: new Map([[rule.meta.id, {severity: rule.meta.severity, options: {...rule.meta.defaultOptions, ...options}}]]),
    files: [],
  }
}

/**
 * Lint a fixture with only its rule enabled.
 * @param {Rule} rule
 * @param {string} text
 * @param {string | undefined} filePath
 * @param {Record<string, unknown>} options
 * @returns {LintResult}
 */
export function lintFixture(rule, text, filePath, options) {
  return lintText(text, {filePath, rules: [rule], config: configFor(rule, options)})
}

/**
 * @param {readonly Diagnostic[]} diagnostics
 * @returns {Fix[]}
 */
export function fixesOf(diagnostics) {
  return diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []))
}

/**
 * Where an offset of the original text lands once `fixes` are applied, so that a
 * fixed finding can be looked for again in the fixed text.
 * @param {number} offset
 * @param {readonly Fix[]} fixes
 */
export function mapOffsetThroughFixes(offset, fixes) {
  let shift = 0
  for (const edit of fixes.flatMap((fix) => fix.edits)) {
    // An insertion exactly at the offset goes before the finding only if it ends there.
    if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset)) {
      shift += edit.text.length - (edit.end - edit.start)
    }
  }
  return offset + shift
}

// ---------------------------------------------------------------------------
// Discovery

/** The `rules/` folder. */
export function rulesDirectory() {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
}

/**
 * Folders of `rules/` that are rule folders: every folder but the shared ones.
 * @param {string} rulesDir
 */
export function ruleFolders(rulesDir) {
  return readdirSync(rulesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !NOT_RULE_FOLDERS.has(entry.name) && !/^[._]/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
}

/**
 * @param {unknown} value
 * @returns {value is Rule}
 */
export function isRule(value) {
  return (
    isPlainObject(value) &&
    isPlainObject(value.meta) &&
    typeof value.meta.id === 'string' &&
    typeof value.check === 'function'
  )
}

/**
 * The rule a folder's `index.ts` exports by default (TypeScript sources: vitest only).
 * @param {string} rulesDir
 * @param {string} folder
 * @returns {Promise<Rule>}
 */
export async function importRule(rulesDir, folder) {
  const file = path.join(rulesDir, folder, 'index.ts')
  if (!existsSync(file)) throw new Error(`rules/${folder}/ has no index.ts`)
  const module = await import(pathToFileURL(file).href)
  if (!isRule(module.default)) {
    throw new Error(`rules/${folder}/index.ts must export the rule as its default export ({meta, check})`)
  }
  return module.default
}

/**
 * @param {string} rulesDir
 * @param {string} folder
 * @returns {Fixture[]}
 */
export function fixturesOf(rulesDir, folder) {
  /** @type {Fixture[]} */
  const fixtures = []
  for (const verdict of /** @type {const} */ (['valid', 'invalid'])) {
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

/**
 * `.fixed.md` files with no invalid fixture beside them (a renamed fixture leaves one behind).
 * @param {string} rulesDir
 * @param {string} folder
 */
export function orphanFixedFiles(rulesDir, folder) {
  /** @type {string[]} */
  const orphans = []
  for (const verdict of ['valid', 'invalid']) {
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

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
