#!/usr/bin/env node
// `pnpm bench`: lessonlint against markdownlint-cli2 and remark-cli on two sets of Markdown.
//
// 1. Proposals: fixtures/, test/proposals/ and, beside the repository, ../shared/corpus and
//    ../shared/realworld (linted where they are: the real proposals are never copied).
// 2. READMEs and docs: the Markdown files found in node_modules (deduplicated by real path, none
//    over 1 MB) and fixtures/, copied into a temporary folder.
// Each tool runs three times over each set, the runs interleaved (a busy moment of the machine
// falls on all of them alike): lessonlint with its worker threads (one per core) and in one
// thread (--concurrency 1), markdownlint-cli2 with its default rules, remark-cli with
// remark-preset-lint-recommended, and lessonlint's `--cache` rerun (nothing changed since the
// run that filled the cache). It prints the median wall times and their ratios; `--json FILE`
// writes the figures as JSON too. It asserts nothing: the linters exit 1 on such files, which
// is expected. Build first (`pnpm build`).
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {basename, dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const LESSONLINT = join(ROOT, 'packages/cli/bin/lessonlint.js')
const MARKDOWNLINT = join(ROOT, 'node_modules/.bin/markdownlint-cli2')
const REMARK = join(ROOT, 'test/node_modules/.bin/remark')
/** By path: remark-cli looks plugins up from the folder it runs in, and the sets are outside test/. */
const REMARK_PRESET = existsSync(REMARK) ? fileURLToPath(import.meta.resolve('remark-preset-lint-recommended')) : undefined
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
const markdownlintConfig = join(dir, '.markdownlint-cli2.jsonc')
writeFileSync(markdownlintConfig, JSON.stringify({config: {default: true}, gitignore: false, noProgress: true, outputFormatters: []}, null, 2))

// The proposals: the sample proposals, the blind-written ones, and (beside the repository) the
// team's corpus and the real proposals written by others, linted where they are (never copied).
const PARENT = dirname(ROOT)
const proposalDirs = [join(ROOT, 'fixtures'), join(ROOT, 'test/proposals'), join(PARENT, 'shared/corpus'), join(PARENT, 'shared/realworld')].filter((d) => existsSync(d))
const proposalFiles = proposalDirs.flatMap((d) => [...markdownFiles(d)])
const proposalBytes = proposalFiles.reduce((sum, f) => sum + statSync(f).size, 0)

function toolsFor(set) {
  const cacheLocation = join(dir, `.lessonlintcache-${set.key}`)
  const lessonlint = [LESSONLINT, ...set.paths, '--format', 'json', '--output-file', '/dev/null']
  return [
    {name: 'lessonlint', command: process.execPath, args: lessonlint},
    {name: 'lessonlint --concurrency 1', command: process.execPath, args: [...lessonlint, '--concurrency', '1']},
    {name: 'markdownlint-cli2', command: MARKDOWNLINT, args: [...set.globs, '--config', markdownlintConfig]},
    ...(existsSync(REMARK)
      ? [{name: 'remark-cli (lint-recommended)', command: REMARK, args: [...set.paths, '--use', REMARK_PRESET, '--quiet', '--no-stdout', '--silent']}]
      : []),
    {name: 'lessonlint --cache (rerun)', command: process.execPath, args: [...lessonlint, '--cache', '--cache-location', cacheLocation], rerun: true},
  ]
}

const sets = [
  {key: 'proposals', title: `Proposals: ${proposalFiles.length} files, ${(proposalBytes / 1024 / 1024).toFixed(1)} MB`, files: proposalFiles.length, bytes: proposalBytes, cwd: PARENT, paths: proposalDirs, globs: proposalDirs.map((d) => `${relative(PARENT, d)}/**/*.md`)},
  {key: 'readmes', title: `READMEs and docs: ${total} files (${picked.length} from node_modules, ${fixtures.length} from fixtures/), ${(bytes / 1024 / 1024).toFixed(1)} MB`, files: total, bytes, cwd: dir, paths: [dir], globs: ['**/*.md']},
]

function time(tool, cwd) {
  const started = process.hrtime.bigint()
  const child = spawnSync(tool.command, tool.args, {cwd, encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe']})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (child.error) throw child.error
  return {seconds, status: child.status, stderr: child.stderr}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

console.log(`lessonlint benchmark: ${RUNS} runs of each tool, interleaved, wall time; ${availableParallelism()} cores, Node ${process.version}`)
const figures = {runs: RUNS, cores: availableParallelism(), node: process.version, sets: []}
try {
  for (const set of sets) {
    const tools = toolsFor(set)
    // The cache rerun times a run over a filled cache: fill it first.
    for (const tool of tools) if (tool.rerun) time(tool, set.cwd)
    const runsOf = tools.map(() => [])
    for (let i = 0; i < RUNS; i++) tools.forEach((tool, index) => runsOf[index].push(time(tool, set.cwd)))
    const rows = tools.map((tool, index) => {
      const runs = runsOf[index]
      const failure = runs.find((r) => r.status !== 0 && r.status !== 1)
      if (failure) console.log(`note: ${tool.name} exited ${failure.status}: ${failure.stderr.trim().split('\n')[0]}`)
      return {name: tool.name, times: runs.map((r) => r.seconds), median: median(runs.map((r) => r.seconds)), exit: [...new Set(runs.map((r) => r.status))].join('/')}
    })
    const of = (name) => rows.find((row) => row.name === name)
    const ratios = {
      lessonlintToMarkdownlint: of('lessonlint').median / of('markdownlint-cli2').median,
      ...(of('remark-cli (lint-recommended)') ? {lessonlintToRemark: of('lessonlint').median / of('remark-cli (lint-recommended)').median} : {}),
      cacheRerunToCold: of('lessonlint --cache (rerun)').median / of('lessonlint').median,
      threadsToOneThread: of('lessonlint').median / of('lessonlint --concurrency 1').median,
    }
    figures.sets.push({name: set.key, files: set.files, bytes: set.bytes, rows, ratios})
    console.log(`\n${set.title}\n`)
    const header = ['tool', ...Array.from({length: RUNS}, (_, i) => `run ${i + 1}`), 'median', 'exit']
    const table = [header, ...rows.map((r) => [r.name, ...r.times.map((t) => `${t.toFixed(2)} s`), `${r.median.toFixed(2)} s`, r.exit])]
    const widths = header.map((_, col) => Math.max(...table.map((row) => row[col].length)))
    const line = (row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ')
    console.log(line(table[0]))
    console.log(widths.map((w) => '-'.repeat(w)).join('  '))
    for (const row of table.slice(1)) console.log(line(row))
    console.log(`\nlessonlint / markdownlint-cli2: ${ratios.lessonlintToMarkdownlint.toFixed(2)}x`)
    if (ratios.lessonlintToRemark !== undefined) console.log(`lessonlint / remark-cli: ${ratios.lessonlintToRemark.toFixed(2)}x`)
    console.log(`lessonlint (threads) / lessonlint --concurrency 1: ${ratios.threadsToOneThread.toFixed(2)}x`)
    console.log(`lessonlint --cache rerun / cold run: ${ratios.cacheRerunToCold.toFixed(2)}x`)
    console.log(`lessonlint: ${((of('lessonlint').median * 1000) / set.files).toFixed(1)} ms per file, ${(set.bytes / 1024 / of('lessonlint').median).toFixed(0)} KB/s`)
  }

  // Time per KB: one proposal of growing size (the fixtures and the corpus concatenated), one thread.
  const sources = [join(ROOT, 'fixtures'), join(PARENT, 'shared/corpus')].filter((d) => existsSync(d)).flatMap((d) => [...markdownFiles(d)]).filter((f) => basename(f) !== 'README.md')
  const bodies = sources.map((f) => readFileSync(f, 'utf8').replace(/\r\n/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, ''))
  console.log('\nOne proposal of growing size, lessonlint --concurrency 1 (median of 3)\n')
  console.log('    size      time    ms per KB')
  figures.growth = []
  for (const kb of [10, 100, 1000, 4000]) {
    let text = ''
    for (let i = 0; text.length < kb * 1024; i++) text += `${bodies[i % bodies.length]}\n`
    const file = join(dir, `growth-${kb}.md`)
    writeFileSync(file, text.slice(0, kb * 1024))
    const tool = {command: process.execPath, args: [LESSONLINT, file, '--format', 'json', '--output-file', '/dev/null', '--concurrency', '1']}
    const seconds = median([0, 1, 2].map(() => time(tool, dir).seconds))
    figures.growth.push({kb, seconds, msPerKb: (seconds * 1000) / kb})
    console.log(`${String(kb).padStart(6)} KB  ${seconds.toFixed(2).padStart(6)} s  ${((seconds * 1000) / kb).toFixed(2).padStart(8)}`)
  }

  // The language server: edit → pull diagnostics, and memory with documents open (test/server/latency.mjs).
  const serverJson = join(dir, 'server.json')
  console.log('')
  const server = spawnSync(process.execPath, [join(ROOT, 'test/server/latency.mjs'), '--sizes', '14,50,200', '--modes', 'pull,lint', '--edits', '20', '--memory', '1,20,50', '--json', serverJson], {stdio: 'inherit'})
  if (server.status === 0) figures.server = JSON.parse(readFileSync(serverJson, 'utf8'))
  else console.log(`note: the server measurement exited ${server.status}`)
} finally {
  rmSync(dir, {recursive: true, force: true})
}
const jsonAt = process.argv.indexOf('--json')
if (jsonAt !== -1 && process.argv[jsonAt + 1]) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify(figures, null, 2)}\n`)
