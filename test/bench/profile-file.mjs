#!/usr/bin/env node
// Where the time goes on one file: `node test/bench/profile-file.mjs <file.md> [rule-id...]`.
//
// Prints the time to build the model and a first lint (lexicons compile once
// per process, as in an editor's first lint), then each rule alone on a fresh
// model (so no rule profits from another's cached searches), slowest first,
// then all the given rules together on a fresh model, as `lintText` runs them.
// Build first (`pnpm build`). Add `node --cpu-prof` to see which functions it is.
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {buildModel, lintModel} from '@lessonlint/core'
import {rules} from '@lessonlint/rules-ilo'

const [file, ...only] = process.argv.slice(2)
if (!file) {
  console.error('usage: node test/bench/profile-file.mjs <file.md> [rule-id...]')
  process.exit(2)
}
const text = readFileSync(file, 'utf8')
const chosen = only.length ? rules.filter((rule) => only.includes(rule.meta.id)) : rules
const unknown = only.filter((id) => !rules.some((rule) => rule.meta.id === id))
if (unknown.length) {
  console.error(`profile-file: unknown rule ids: ${unknown.join(', ')}`)
  process.exit(2)
}

const time = (run) => {
  const started = performance.now()
  const value = run()
  return {ms: performance.now() - started, value}
}
const config = (list) => ({rules: new Map(list.map((rule) => [rule.meta.id, {severity: rule.meta.severity, options: rule.meta.defaultOptions ?? {}}])), files: []})
/** Builds the model and touches its sentences, which are built lazily on the first search. */
const model = () => {
  const built = buildModel(text, {filePath: file})
  built.sentences()
  return built
}

const build = time(model)
const first = time(() => lintModel(build.value, {rules: chosen, config: config(chosen)}))
console.log(
  `${file}: ${text.length} chars, ${build.value.sentences().length} sentences; model ${build.ms.toFixed(0)} ms; first lint ${first.ms.toFixed(0)} ms`,
)

const rows = chosen.map((rule) => {
  const fresh = model()
  const run = time(() => lintModel(fresh, {rules: [rule], config: config([rule])}))
  return {id: rule.meta.id, ms: run.ms, count: run.value.diagnostics.length}
})
rows.sort((a, b) => b.ms - a.ms)
for (const row of rows) console.log(`${row.ms.toFixed(0).padStart(8)} ms  ${row.id} (${row.count} diagnostics)`)
const sum = rows.reduce((total, row) => total + row.ms, 0)
const together = time(() => lintModel(model(), {rules: chosen, config: config(chosen)}))
console.log(`${sum.toFixed(0).padStart(8)} ms  sum of rules alone`)
console.log(`${together.ms.toFixed(0).padStart(8)} ms  all ${chosen.length} together on one model (model included)`)
