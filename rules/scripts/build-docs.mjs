#!/usr/bin/env node
// Generates the rule docs from the rules themselves, in the way of markdownlint's
// doc-build: each rules/<id>/README.md has two generated blocks (metadata, and
// examples computed by running the rule on its fixtures), and rules/README.md is
// the generated index. `--check` writes nothing and fails when a generated file
// is stale or a rule's docs are incomplete (rules/docs.test.ts runs the same code).
//
//   pnpm run docs                 build the rules package, then rewrite the docs
//   pnpm run docs --check         fail (exit 1) on stale or incomplete docs
//   pnpm run docs --no-build      use rules/dist as it is
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

import {
  applyFixes,
  fixesOf,
  fixturesOf,
  lintFixture,
  parseHeader,
  ruleFolders,
  sortDiagnostics,
  splitLines,
  stripFixtureComments,
} from './fixture-harness.mjs'

/** @typedef {import('@lessonlint/core').Rule} Rule */
/** @typedef {import('@lessonlint/core').Diagnostic} Diagnostic */
/** @typedef {import('./fixture-harness.mjs').Fixture} Fixture */
/** @typedef {{ruleId: string | null, message: string}} Problem `ruleId` null: a problem of the pack as a whole. */
/** @typedef {{path: string, content: string, previous: string | null}} Output A generated file: what it should hold and what it holds now. */

/** The prose headings every rule page has, in this order (as ESLint's checkRuleFiles). */
export const REQUIRED_HEADINGS = ['Lesson', 'What it checks', 'Examples', 'Options', 'When not to use it']

export const META_BLOCK = {start: '<!-- generated:meta:start -->', end: '<!-- generated:meta:end -->'}
export const EXAMPLES_BLOCK = {start: '<!-- generated:examples:start -->', end: '<!-- generated:examples:end -->'}


const SEVERITIES = new Set(['error', 'warning', 'info'])

/** The rules/ folder. */
export const RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const REPO_ROOT = path.resolve(RULES_DIR, '..')

/**
 * The shared folder beside the repository (`../shared`), where the seed texts and
 * CHECKLIST.md live; the CI clones the repository with it beside.
 * @param {string} [repoRoot]
 */
export function findSharedDir(repoRoot = REPO_ROOT) {
  const candidates = [path.resolve(repoRoot, '../shared'), '/work/shared']
  return candidates.find((dir) => existsSync(path.join(dir, 'seeds'))) ?? path.resolve(repoRoot, '../shared')
}

// ---------------------------------------------------------------------------
// Markdown helpers

/** @param {unknown} value */
function cell(value) {
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** @param {unknown} value */
function code(value) {
  const text = String(value)
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/**
 * A fenced block long enough not to be closed by a fence inside the text.
 * @param {string} text
 * @param {string} info
 */
function fenced(text, info) {
  const longest = Math.max(2, ...[...text.matchAll(/^\s*(`{3,}|~{3,})/gm)].map((match) => (match[1] ?? '').length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${info}\n${text.replace(/\n+$/, '')}\n${fence}`
}

/**
 * ATX headings outside fenced code: `{depth, text, line}` (line 0-based).
 * @param {string} markdown
 */
export function headingsOf(markdown) {
  /** @type {Array<{depth: number, text: string, line: number}>} */
  const headings = []
  /** @type {string | null} */
  let fence = null
  splitLines(markdown).forEach((line, index) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence !== null) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) fence = null
      return
    }
    if (opener) {
      fence = opener
      return
    }
    const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)
    if (match) headings.push({depth: (match[1] ?? '').length, text: (match[2] ?? '').trim(), line: index})
  })
  return headings
}

/**
 * Replace what sits between a block's markers. Returns null when the markers are absent.
 * @param {string} text
 * @param {{start: string, end: string}} block
 * @param {string} content
 */
export function replaceBlock(text, block, content) {
  const start = text.indexOf(block.start)
  const end = text.indexOf(block.end)
  if (start < 0 || end < start) return null
  return `${text.slice(0, start + block.start.length)}\n${content}\n${text.slice(end)}`
}

// ---------------------------------------------------------------------------
// The generated parts

/** The translated summaries the meta block shows, with their labels, in this order. */
export const SUMMARY_LANGUAGES = /** @type {const} */ ([
  ['fr', 'Français'],
  ['es', 'Español'],
])

/**
 * The metadata block: summary (and its translations, where a rule has them),
 * severity, fixable, tags, the lesson, its sources, options.
 * @param {Rule} rule
 */
export function renderMeta(rule) {
  const {meta} = rule
  /** @type {Record<string, {summary?: string} | undefined>} */
  const translations = meta.translations ?? {}
  const translated = SUMMARY_LANGUAGES.flatMap(([language, label]) => {
    const summary = translations[language]?.summary?.trim()
    return summary ? [`| ${label} | ${cell(summary)} |`] : []
  })
  const lines = [
    `<!-- generated by \`pnpm run docs\` from the rule's metadata: edit rules/${meta.id}/index.ts, not this block -->`,
    '',
    `> ${meta.summary}`,
    '',
    '| | |',
    '|---|---|',
    `| Rule id | ${code(meta.id)} |`,
    `| Default severity | ${code(meta.severity)} |`,
    `| Fixable | ${meta.fixable ? 'yes: `lessonlint --fix` and the editor quick fix apply it' : 'no'} |`,
    `| Tags | ${meta.tags.length > 0 ? meta.tags.map(code).join(', ') : '—'} |`,
    ...translated,
    '',
    '**Lesson in brief**',
    '',
    quote(meta.lesson),
    '',
    '**Sources**',
    '',
    ...meta.sources.map(renderSource),
    '',
    '**Options**',
    '',
    ...renderOptions(rule),
  ]
  return lines.join('\n')
}

/**
 * A block quote of every line of `text`.
 * @param {string} text
 */
function quote(text) {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line.trim()}` : '>'))
    .join('\n')
}

/**
 * One source: its name linked to its public address, then its title. A source
 * without an address is named without a link; the seed file it was read from
 * is for developers (rules/shared/sources.ts) and is not shown.
 * @param {import('@lessonlint/core').LessonSource} source
 */
export function renderSource(source) {
  return `- ${shortSource(source)}: *${source.title}*`
}

/**
 * @param {Record<string, any>} schema
 * @returns {string}
 */
function typeOf(schema) {
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => code(JSON.stringify(value))).join(', ')
  if (schema.const !== undefined) return code(JSON.stringify(schema.const))
  const types = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type
  if (types === 'array' && schema.items && typeof schema.items === 'object') return `array of ${typeOf(schema.items)}`
  if (Array.isArray(schema.oneOf ?? schema.anyOf)) return (schema.oneOf ?? schema.anyOf).map(typeOf).join(' or ')
  return types ? String(types) : 'any'
}

/** @param {Rule} rule */
function renderOptions(rule) {
  const schema = /** @type {Record<string, any> | undefined} */ (rule.meta.optionsSchema)
  const properties = /** @type {Record<string, Record<string, any>>} */ (schema?.properties ?? {})
  const names = Object.keys(properties)
  if (names.length === 0) return ['This rule has no options.']
  const defaults = rule.meta.defaultOptions ?? {}
  return [
    '| option | type | default | description |',
    '|---|---|---|---|',
    ...names.map((name) => {
      const property = properties[name] ?? {}
      const fallback = defaults[name] ?? property.default
      const shown = fallback === undefined ? '—' : code(JSON.stringify(fallback))
      return `| ${code(name)} | ${cell(typeOf(property))} | ${cell(shown)} | ${cell(property.description ?? '')} |`
    }),
  ]
}

/**
 * The fixture a docs page shows: no options if possible, then the shortest.
 * @param {Fixture[]} fixtures
 */
function pickExample(fixtures) {
  return [...fixtures].sort((a, b) => {
    const optionsA = Object.keys(parseHeader(a.text).options).length > 0 ? 1 : 0
    const optionsB = Object.keys(parseHeader(b.text).options).length > 0 ? 1 : 0
    return optionsA - optionsB || splitLines(a.text).length - splitLines(b.text).length || a.name.localeCompare(b.name)
  })[0]
}

/** @param {readonly Diagnostic[]} diagnostics */
function renderDiagnostics(diagnostics) {
  return sortDiagnostics(diagnostics)
    .map((diagnostic) => {
      const {start, end} = diagnostic.range
      return `${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.severity} ${diagnostic.message}  ${diagnostic.ruleId}`
    })
    .join('\n')
}

/**
 * The examples block: one invalid and one valid fixture, each shown without its
 * fixture comments, with what running the rule on that very text reports.
 * @param {Rule} rule
 * @param {Fixture[]} fixtures
 * @returns {{content: string, problems: string[]}}
 */
export function renderExamples(rule, fixtures) {
  /** @type {string[]} */
  const problems = []
  const lines = ['<!-- generated by `pnpm run docs` by running the rule on its fixtures: edit valid/ and invalid/, not this block -->']
  for (const verdict of /** @type {const} */ (['invalid', 'valid'])) {
    const candidates = fixtures.filter((fixture) => fixture.verdict === verdict)
    if (candidates.length === 0) continue
    const fixture = pickExample(candidates)
    if (!fixture) continue
    let header
    let shown
    try {
      header = parseHeader(fixture.text)
      shown = stripFixtureComments(fixture.text)
    } catch (error) {
      problems.push(`${fixture.relativePath}: ${/** @type {Error} */ (error).message}`)
      continue
    }
    const result = lintFixture(rule, shown, fixture.filePath, header.options)
    const optionsNote = Object.keys(header.options).length > 0 ? ` with options ${code(JSON.stringify(header.options))}` : ''
    lines.push(
      '',
      `### ${verdict === 'invalid' ? 'Invalid' : 'Valid'}`,
      '',
      `[${code(fixture.relativePath)}](${fixture.relativePath})${optionsNote}:`,
      '',
      fenced(shown, 'markdown'),
      '',
    )
    if (result.diagnostics.length === 0) {
      lines.push('lessonlint reports nothing.')
      if (verdict === 'invalid') problems.push(`docs example ${fixture.relativePath} reports nothing once its fixture comments are removed`)
    } else {
      lines.push('lessonlint reports:', '', fenced(renderDiagnostics(result.diagnostics), 'text'))
      if (verdict === 'valid') {
        const first = sortDiagnostics(result.diagnostics)[0]
        problems.push(
          `docs example ${fixture.relativePath} reports diagnostics once its fixture comments are removed (${first?.range.start.line}:${first?.range.start.column} ${first?.ruleId}: ${first?.message})`,
        )
      }
    }
    const fixes = fixesOf(result.diagnostics)
    if (verdict === 'invalid' && fixes.length > 0) {
      const fixed = applyFixes(result.text, fixes).text
      const titles = [...new Set(fixes.map((fix) => fix.title))].map((title) => `“${title}”`).join(', ')
      lines.push('', `\`lessonlint --fix\` (${titles}) turns it into:`, '', fenced(fixed, 'markdown'))
    }
  }
  return {content: lines.join('\n'), problems}
}

/** @param {import('@lessonlint/core').LessonSource} source */
function shortSource(source) {
  // Two lessons of one evaluation must not read the same: name the lesson too.
  const lesson = /\/lessons\/(\d+)\/?$/.exec(source.url ?? '')
  const label = lesson ? `${source.evaluation}, lesson ${lesson[1]}` : source.evaluation
  return source.url ? `[${label}](${source.url})` : label
}

/**
 * rules/README.md: every rule, in registry order.
 * @param {readonly Rule[]} rules
 */
export function renderIndex(rules) {
  const rows = rules.map((rule) => {
    const {meta} = rule
    const sources = [...new Set(meta.sources.map(shortSource))].join('; ')
    return `| [${code(meta.id)}](${meta.id}/README.md) | ${meta.severity} | ${meta.fixable ? 'yes' : ''} | ${cell(meta.summary)} | ${cell(sources)} |`
  })
  return [
    '# The ILO lesson pack (`@lessonlint/rules-ilo`)',
    '',
    '<!-- generated by `pnpm run docs` from the rules\' metadata: do not edit this file by hand -->',
    '',
    `Each rule turns a lesson learned from an ILO or ITC-ILO evaluation into a check on a project proposal. ${rules.length} rules; the severity is the one the \`lessonlint:recommended\` preset gives.`,
    'Which recommendation of the evaluations each rule encodes, and which recommendations are not encoded and why, is in [LESSONS.md](LESSONS.md).',
    '',
    '| rule | severity | fixable | summary | lesson from |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n')
}

// ---------------------------------------------------------------------------
// Checks

/**
 * What a rule's metadata and docs page lack, one message per problem.
 * @param {Rule} rule
 * @param {{readme: string | null, fixtures: Fixture[], seedsDir: string}} context
 */
export function validateRule(rule, {readme, fixtures, seedsDir}) {
  /** @type {string[]} */
  const problems = []
  const {meta} = rule
  if (!meta.summary?.trim()) problems.push('meta.summary is empty')
  if (!meta.lesson?.trim()) problems.push('meta.lesson is empty')
  if (!SEVERITIES.has(meta.severity)) problems.push(`meta.severity "${meta.severity}" is not error, warning or info`)
  if (!Array.isArray(meta.tags)) problems.push('meta.tags is not an array')

  if (!Array.isArray(meta.sources) || meta.sources.length === 0) {
    problems.push('meta.sources is empty: cite the lesson the rule encodes')
  } else {
    meta.sources.forEach((source, index) => {
      for (const key of /** @type {const} */ (['evaluation', 'title', 'seed'])) {
        if (typeof source[key] !== 'string' || !source[key].trim()) problems.push(`meta.sources[${index}].${key} is empty`)
      }
      if (source.seed && !existsSync(path.join(seedsDir, source.seed))) {
        problems.push(`meta.sources[${index}].seed "${source.seed}" is not a file in ${seedsDir}`)
      }
      if (source.url !== undefined && !/^https?:\/\/\S+$/.test(source.url)) problems.push(`meta.sources[${index}].url "${source.url}" is not a web address`)
    })
  }

  const messages = Object.entries(meta.messages ?? {})
  if (messages.length === 0) problems.push('meta.messages is empty')
  for (const [id, template] of messages) {
    for (const part of /** @type {const} */ (['problem', 'why', 'fix'])) {
      if (typeof template?.[part] !== 'string' || !template[part].trim()) problems.push(`message "${id}" has no ${part}`)
    }
  }

  if (!fixtures.some((fixture) => fixture.verdict === 'valid')) problems.push('no valid/*.md fixture')
  if (!fixtures.some((fixture) => fixture.verdict === 'invalid')) problems.push('no invalid/*.md fixture')

  if (readme === null) {
    problems.push(`no README.md: write rules/${meta.id}/README.md with the headings ${REQUIRED_HEADINGS.map((h) => `"## ${h}"`).join(', ')}`)
    return problems
  }
  // The page stands alone: a visitor of the public repository has no ../shared.
  if (readme.includes('](../../../shared/')) problems.push('README.md links the team\'s shared folder, which the public repository does not hold')
  const seedFile = /\b\d{3}_[0-9a-f]{16}\.txt\b/.exec(readme)
  if (seedFile) problems.push(`README.md names the seed file ${seedFile[0]}, which readers do not have: quote the lesson and cite its source instead`)
  const headings = headingsOf(readme)
  const title = headings[0]
  if (!title || title.depth !== 1 || title.text.replace(/`/g, '') !== meta.id) {
    problems.push(`README.md must start with the heading "# ${meta.id}"`)
  }
  const second = headings.filter((heading) => heading.depth === 2).map((heading) => heading.text)
  const present = second.filter((text) => REQUIRED_HEADINGS.includes(text))
  if (present.join('\n') !== REQUIRED_HEADINGS.join('\n')) {
    problems.push(
      `README.md's prose headings must be, in this order: ${REQUIRED_HEADINGS.map((h) => `"## ${h}"`).join(', ')} (found: ${second.map((h) => `"## ${h}"`).join(', ') || 'none'})`,
    )
  } else {
    const lines = splitLines(readme)
    for (const name of ['Lesson', 'What it checks', 'When not to use it']) {
      const heading = headings.find((h) => h.depth === 2 && h.text === name)
      const next = headings.find((h) => h.line > /** @type {{line: number}} */ (heading).line && h.depth <= 2)
      const body = lines.slice(/** @type {{line: number}} */ (heading).line + 1, next ? next.line : lines.length).join('\n')
      const prose = body.replace(/<!--[\s\S]*?-->/g, '').trim()
      if (!prose || /\bTODO\b/.test(prose)) problems.push(`README.md's "## ${name}" has no prose yet`)
    }
  }
  for (const block of [META_BLOCK, EXAMPLES_BLOCK]) {
    const start = readme.indexOf(block.start)
    const end = readme.indexOf(block.end)
    if (start < 0 || end < start) problems.push(`README.md lacks the block ${block.start} … ${block.end}`)
  }
  const lines = splitLines(readme)
  const lineOf = (/** @type {string} */ marker) => lines.findIndex((line) => line.includes(marker))
  const firstH2 = headings.find((heading) => heading.depth === 2)
  if (lineOf(META_BLOCK.start) >= 0 && firstH2 && lineOf(META_BLOCK.start) > firstH2.line) {
    problems.push('the generated meta block must come before the first "##" heading')
  }
  const examples = headings.find((heading) => heading.depth === 2 && heading.text === 'Examples')
  const afterExamples = examples && headings.find((heading) => heading.line > examples.line && heading.depth <= 2)
  const examplesAt = lineOf(EXAMPLES_BLOCK.start)
  if (examples && examplesAt >= 0 && (examplesAt < examples.line || (afterExamples && examplesAt > afterExamples.line))) {
    problems.push('the generated examples block must sit under "## Examples"')
  }
  return problems
}

/**
 * A README with its generated blocks filled in. Missing markers are added where
 * they belong (after the title; under "## Examples") so a new page needs no copying.
 * @param {string} readme
 * @param {string} meta
 * @param {string} examples
 */
export function fillReadme(readme, meta, examples) {
  const eol = readme.includes('\r\n') ? '\r\n' : '\n'
  let text = readme.replace(/\r\n/g, '\n')
  if (!text.includes(META_BLOCK.start)) {
    const title = headingsOf(text).find((heading) => heading.depth === 1)
    if (title) {
      const lines = text.split('\n')
      lines.splice(title.line + 1, 0, '', META_BLOCK.start, META_BLOCK.end)
      text = lines.join('\n')
    }
  }
  if (!text.includes(EXAMPLES_BLOCK.start)) {
    const heading = headingsOf(text).find((h) => h.depth === 2 && h.text === 'Examples')
    if (heading) {
      const lines = text.split('\n')
      lines.splice(heading.line + 1, 0, '', EXAMPLES_BLOCK.start, EXAMPLES_BLOCK.end)
      text = lines.join('\n')
    }
  }
  text = replaceBlock(text, META_BLOCK, meta) ?? text
  text = replaceBlock(text, EXAMPLES_BLOCK, examples) ?? text
  return text.replace(/\n/g, eol)
}

/**
 * Everything `pnpm run docs` produces, and every problem `--check` and rules/docs.test.ts report.
 * @param {{rules: readonly Rule[], rulesDir?: string, sharedDir?: string}} options
 * @returns {{outputs: Output[], problems: Problem[]}}
 */
export function buildDocs({rules, rulesDir = RULES_DIR, sharedDir = findSharedDir()}) {
  const seedsDir = path.join(sharedDir, 'seeds')
  /** @type {Output[]} */
  const outputs = []
  /** @type {Problem[]} */
  const problems = []
  const read = (/** @type {string} */ file) => (existsSync(file) ? readFileSync(file, 'utf8') : null)

  const registered = new Set(rules.map((rule) => rule.meta.id))
  for (const folder of ruleFolders(rulesDir)) {
    if (!registered.has(folder)) problems.push({ruleId: folder, message: `rules/${folder}/ is not in the registry (rules/index.ts)`})
  }

  for (const rule of rules) {
    const id = rule.meta.id
    const readmePath = path.join(rulesDir, id, 'README.md')
    const readme = read(readmePath)
    const fixtures = existsSync(path.join(rulesDir, id)) ? fixturesOf(rulesDir, id) : []
    if (readme === null) {
      for (const message of validateRule(rule, {readme, fixtures, seedsDir})) problems.push({ruleId: id, message})
      continue
    }
    const examples = renderExamples(rule, fixtures)
    const content = fillReadme(readme, renderMeta(rule), examples.content)
    // Judge the page as \`pnpm run docs\` leaves it: markers it can add are not a problem.
    for (const message of validateRule(rule, {readme: content, fixtures, seedsDir})) problems.push({ruleId: id, message})
    for (const message of examples.problems) problems.push({ruleId: id, message})
    outputs.push({path: readmePath, content, previous: readme})
  }

  const indexPath = path.join(rulesDir, 'README.md')
  outputs.push({path: indexPath, content: renderIndex(rules), previous: read(indexPath)})
  return {outputs, problems}
}

/**
 * The rules of a checklist's rule tables (CHECKLIST.md, docs/checklist.md): the
 * id in the first cell, in backticks or a link around backticks, and the
 * severity in the second.
 * @param {string} checklist
 * @returns {Array<{id: string, severity: string}>}
 */
export function checklistRules(checklist) {
  const rules = []
  let inRules = false
  for (const line of splitLines(checklist)) {
    if (/^## /.test(line)) inRules = line.trim() === '## Rules'
    const match = /^\|\s*\[?`([a-z][a-z0-9-]*)`(?:\]\([^)]*\))?\s*\|\s*([a-z]+)\s*\|/.exec(line)
    if (inRules && match) rules.push({id: match[1] ?? '', severity: match[2] ?? ''})
  }
  return rules
}

/**
 * Rule ids of a checklist's rule tables, in order.
 * @param {string} checklist
 */
export function checklistRuleIds(checklist) {
  return checklistRules(checklist).map((rule) => rule.id)
}

// ---------------------------------------------------------------------------
// Command line

/** @param {string[]} argv */
async function main(argv) {
  const check = argv.includes('--check')
  if (!argv.includes('--no-build')) {
    // The docs are generated from the compiled rules: compile them first so the
    // pages never describe an older build.
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    // The build's own config: the rules without their tests, as `pnpm build` compiles them (the tests in dist/ would ship).
    const build = spawnSync(process.execPath, [tsc, '-p', path.join(RULES_DIR, 'tsconfig.build.json')], {stdio: 'inherit'})
    if (build.status !== 0) {
      console.error('build-docs: compiling rules/ failed (is @lessonlint/core built? pnpm --filter @lessonlint/core build)')
      return 2
    }
  }
  const entry = path.join(RULES_DIR, 'dist', 'index.js')
  if (!existsSync(entry)) {
    console.error(`build-docs: ${path.relative(process.cwd(), entry)} is missing; build the rules first (pnpm --filter @lessonlint/rules-ilo build)`)
    return 2
  }
  const {rules} = /** @type {{rules: readonly Rule[]}} */ (await import(pathToFileURL(entry).href))
  const {outputs, problems} = buildDocs({rules})

  const stale = outputs.filter((output) => output.content !== output.previous)
  const relative = (/** @type {string} */ file) => path.relative(process.cwd(), file)
  if (check) {
    for (const output of stale) console.error(`stale: ${relative(output.path)} (run pnpm run docs)`)
  } else {
    for (const output of stale) {
      writeFileSync(output.path, output.content)
      console.log(`wrote ${relative(output.path)}`)
    }
    if (stale.length === 0) console.log('build-docs: every generated file is up to date')
  }
  for (const problem of problems) console.error(`${problem.ruleId ?? 'pack'}: ${problem.message}`)
  return problems.length > 0 || (check && stale.length > 0) ? 1 : 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2))
}
