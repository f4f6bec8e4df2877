#!/usr/bin/env node
// `pnpm bench`: lessonlint against markdownlint-cli2 on real Markdown written by others.
//
// Copies the Markdown files found in node_modules (READMEs, changelogs, docs of the installed
// packages; deduplicated by real path, none over 1 MB) and the sample proposals of fixtures/
// into a temporary folder, then times each linter over the whole folder three times, the runs of
// the tools interleaved (a busy moment of the machine falls on all of them alike), and prints the
// median wall times and their ratios, with lessonlint's `--cache` rerun (nothing changed since the
// run that filled the cache). `--json FILE` writes the figures as JSON too. It asserts nothing:
// both linters exit 1 on such files, which is expected. Build first (`pnpm build`).
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const LESSONLINT = join(ROOT, 'packages/cli/bin/lessonlint.js')
const MARKDOWNLINT = join(ROOT, 'node_modules/.bin/markdownlint-cli2')
const RUNS = 3
const MIN_FILES = 500
const MAX_BYTES = 1 << 20

if (!existsSync(join(ROOT, 'packages/cli/dist/cli.js'))) {
  console.error('bench: lessonlint is not built; run `pnpm build` first')
  process.exit(2)
}
if (!existsSync(MARKDOWNLINT)) {
  console.error('bench: markdownlint-cli2 is not installed; run `pnpm install` first')
  process.exit(2)
}

/** Every regular .md file under `dir`, without following symlinks (pnpm links the same package many times). */
function* markdownFiles(dir) {
  let entries
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch {
    return
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* markdownFiles(path)
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) yield path
  }
}

const seen = new Set()
const picked = []
for (const file of markdownFiles(join(ROOT, 'node_modules'))) {
  const real = realpathSync(file)
  if (seen.has(real)) continue
  seen.add(real)
  const size = statSync(real).size
  if (size === 0 || size > MAX_BYTES) continue
  picked.push({from: real, name: relative(join(ROOT, 'node_modules'), file)})
}
const fixtures = existsSync(join(ROOT, 'fixtures'))
  ? readdirSync(join(ROOT, 'fixtures'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({from: join(ROOT, 'fixtures', f), name: `fixtures/${f}`}))
  : []

if (picked.length < MIN_FILES) {
  console.error(`bench: only ${picked.length} Markdown files in node_modules, fewer than ${MIN_FILES}; run \`pnpm install\` first`)
  process.exit(2)
}

const dir = mkdtempSync(join(tmpdir(), 'lessonlint-bench-'))
let bytes = 0
for (const [index, file] of [...picked, ...fixtures].entries()) {
  // Flat, unique, readable names: 0042-.pnpm+yaml@2.8.1+node_modules+yaml+README.md
  const flat = `${String(index).padStart(4, '0')}-${file.name.split(sep).join('+')}`.slice(0, 200)
  copyFileSync(file.from, join(dir, flat.endsWith('.md') ? flat : `${flat}.md`))
  bytes += lstatSync(file.from).size
}
const total = picked.length + fixtures.length

// markdownlint-cli2 with its default rules, every file linted, results not printed (lessonlint's go to /dev/null).
writeFileSync(
  join(dir, '.markdownlint-cli2.jsonc'),
  JSON.stringify({config: {default: true}, gitignore: false, noProgress: true, outputFormatters: []}, null, 2),
)

const cacheLocation = join(dir, '.lessonlintcache')
const lessonlintArgs = [LESSONLINT, dir, '--format', 'json', '--output-file', '/dev/null']
const tools = [
  {name: 'lessonlint', command: process.execPath, args: lessonlintArgs},
  {name: 'markdownlint-cli2', command: MARKDOWNLINT, args: ['**/*.md']},
  {name: 'lessonlint --cache (rerun)', command: process.execPath, args: [...lessonlintArgs, '--cache', '--cache-location', cacheLocation]},
]

function time(tool) {
  const started = process.hrtime.bigint()
  const child = spawnSync(tool.command, tool.args, {cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe']})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (child.error) throw child.error
  return {seconds, status: child.status, stderr: child.stderr}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

console.log(`lessonlint benchmark: ${total} files (${picked.length} from node_modules, ${fixtures.length} from fixtures/), ${(bytes / 1024 / 1024).toFixed(1)} MB`)
console.log(`${RUNS} runs each, wall time, on ${dir}\n`)

const rows = []
try {
  // The cache rerun times a run over a filled cache: fill it first.
  time(tools[2])
  const runsOf = tools.map(() => [])
  for (let i = 0; i < RUNS; i++) tools.forEach((tool, index) => runsOf[index].push(time(tool)))
  tools.forEach((tool, index) => {
    const runs = runsOf[index]
    const exit = [...new Set(runs.map((r) => r.status))].join('/')
    rows.push({name: tool.name, times: runs.map((r) => r.seconds), median: median(runs.map((r) => r.seconds)), exit})
    const failure = runs.find((r) => r.status !== 0 && r.status !== 1)
    if (failure) console.log(`note: ${tool.name} exited ${failure.status}: ${failure.stderr.trim().split('\n')[0]}\n`)
  })
} finally {
  rmSync(dir, {recursive: true, force: true})
}

const header = ['tool', ...Array.from({length: RUNS}, (_, i) => `run ${i + 1}`), 'median', 'exit']
const table = [header, ...rows.map((r) => [r.name, ...r.times.map((t) => `${t.toFixed(2)} s`), `${r.median.toFixed(2)} s`, r.exit])]
const widths = header.map((_, col) => Math.max(...table.map((row) => row[col].length)))
const line = (row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ')
console.log(line(table[0]))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const row of table.slice(1)) console.log(line(row))

const [ours, theirs, rerun] = rows
const figures = {
  files: total,
  bytes,
  runs: RUNS,
  rows,
  ratios: {lessonlintToMarkdownlint: ours.median / theirs.median, cacheRerunToCold: rerun.median / ours.median},
}
console.log(`\nlessonlint / markdownlint-cli2 (median): ${figures.ratios.lessonlintToMarkdownlint.toFixed(2)}x`)
console.log(`lessonlint --cache rerun / cold run (median): ${figures.ratios.cacheRerunToCold.toFixed(2)}x`)
console.log(`lessonlint: ${((ours.median * 1000) / total).toFixed(1)} ms per file, ${((bytes / 1024) / ours.median).toFixed(0)} KB/s`)
const jsonAt = process.argv.indexOf('--json')
if (jsonAt !== -1 && process.argv[jsonAt + 1]) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify(figures, null, 2)}\n`)
