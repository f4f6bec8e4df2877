#!/usr/bin/env node
// `pnpm eval`: precision and recall of the rule pack, per rule and per language,
// over the labelled sets: ../shared/corpus, fixtures/ and the blind paraphrase
// suite in test/paraphrase/<language>/, and the held-out passages in test/holdout/<language>/.
//
//   node test/eval/eval.mjs [--set corpus|fixtures|paraphrase|holdout|proposals] [--rule ID] [--misses] [--json]
//   node test/eval/eval.mjs --realworld     findings per rule over ../shared/realworld/docs (unlabelled)
//
// Labels are the corpus format (../shared/corpus/README.md): `expect` lists the
// rule ids that must fire, every other CHECKLIST id must stay silent. A
// paraphrase passage is a short fragment judged on a few rules only, so its
// labels add `rules:`, the ids it is scored on. `lines` are checked where given.
// `--misses` lists every wrong verdict with the labeller's reason; it is how a
// misread is found (then read `lessonlint explain FILE --rule ID`).
// Exit 0 always: the figures are for reading; tests assert the thresholds.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

import {lintFiles} from 'lessonlint'
import {buildModel} from '@lessonlint/core'
import {parse as parseYaml} from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const shared = resolve(root, '..', 'shared')

const args = process.argv.slice(2)
const option = (name) => {
  const i = args.indexOf(name)
  return i === -1 ? undefined : args[i + 1]
}
const onlySet = option('--set')
const onlyRule = option('--rule')
const showMisses = args.includes('--misses')
const asJson = args.includes('--json')

/** The rule ids of CHECKLIST.md, the only ones scored. */
function checklistIds() {
  const checklist = readFileSync(join(shared, 'CHECKLIST.md'), 'utf8')
  return new Set([...checklist.matchAll(/^\| `([a-z0-9-]+)` \|/gmu)].map((m) => m[1]))
}

/** Labels of a folder: labels.json, else every labels*.yaml merged. */
function readLabels(dir) {
  const json = join(dir, 'labels.json')
  if (existsSync(json)) return JSON.parse(readFileSync(json, 'utf8'))
  const labels = {}
  for (const file of readdirSync(dir).filter((f) => /^labels.*\.ya?ml$/u.test(f)).sort()) {
    Object.assign(labels, parseYaml(readFileSync(join(dir, file), 'utf8')))
  }
  return labels
}

/** The labelled sets: name, folder, language (null: read from the document). */
function sets() {
  const all = [
    {name: 'corpus', dir: join(shared, 'corpus'), language: null},
    {name: 'fixtures', dir: join(root, 'fixtures'), language: null},
  ]
  // The paraphrase suite is read when a rule misreads; the held-out passages, written
  // by other blind authors, are only scored: they say whether a fix generalises.
  for (const name of ['paraphrase', 'holdout', 'proposals']) {
    for (const language of ['en', 'fr', 'es']) {
      const dir = join(root, 'test', name, language)
      if (existsSync(dir)) all.push({name, dir, language})
    }
  }
  return all.filter((set) => existsSync(set.dir) && (!onlySet || set.name === onlySet))
}

export async function evaluate() {
  const known = checklistIds()
  const verdicts = [] // {set, language, file, rule, expected, fired, why, lineMisses}
  for (const set of sets()) {
    const labels = readLabels(set.dir)
    const files = readdirSync(set.dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()
    const paths = files.map((f) => join(set.dir, f))
    const {results} = await lintFiles(paths, {cwd: set.dir, ignore: false})
    const byFile = new Map(results.map((result) => [basename(result.filePath), result]))
    for (const file of files) {
      const label = labels[file]
      if (!label) {
        console.error(`eval: ${set.name}/${file} has no labels; skipped`)
        continue
      }
      const result = byFile.get(file)
      const language = set.language ?? buildModel(readFileSync(join(set.dir, file), 'utf8')).language
      const firedLines = new Map()
      for (const diagnostic of result.diagnostics) {
        if (!firedLines.has(diagnostic.ruleId)) firedLines.set(diagnostic.ruleId, new Set())
        firedLines.get(diagnostic.ruleId).add(diagnostic.range.start.line)
      }
      const scored = label.rules ?? [...known]
      const expect = new Set(label.expect ?? [])
      for (const rule of scored) {
        if (!known.has(rule)) throw new Error(`${set.name}/${file}: ${rule} is not a CHECKLIST rule id`)
        if (onlyRule && rule !== onlyRule) continue
        const wantedLines = label.lines?.[rule] ?? []
        const lineMisses = wantedLines.filter((line) => !firedLines.get(rule)?.has(line))
        verdicts.push({
          set: set.name,
          language,
          file: join(set.dir, file),
          rule,
          expected: expect.has(rule),
          fired: firedLines.has(rule),
          why: label.why?.[rule] ?? '',
          linesWanted: wantedLines.length,
          lineMisses,
        })
      }
    }
  }
  return verdicts
}

/** Precision and recall over (file, rule) verdicts. */
export function score(verdicts) {
  let tp = 0, fp = 0, fn = 0, tn = 0, linesWanted = 0, linesMissed = 0
  for (const v of verdicts) {
    if (v.expected && v.fired) tp++
    else if (v.expected) fn++
    else if (v.fired) fp++
    else tn++
    linesWanted += v.linesWanted
    linesMissed += v.lineMisses.length
  }
  return {
    tp, fp, fn, tn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    lines: `${linesWanted - linesMissed}/${linesWanted}`,
  }
}

function groupBy(verdicts, key) {
  const groups = new Map()
  for (const v of verdicts) {
    const k = key(v)
    if (!groups.has(k)) groups.set(k, [])
    groups.get(k).push(v)
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b))
}

function row(label, s) {
  return `${label.padEnd(30)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${String(s.tn).padStart(4)}  ${s.lines}`
}

/** Findings per rule over the unlabelled real documents: read them, judge a sample by hand. */
async function realworld() {
  const {results} = await lintFiles([join(shared, 'realworld', 'docs')], {cwd: join(shared, 'realworld'), ignore: false})
  const counts = new Map()
  for (const result of results) for (const id of new Set(result.diagnostics.map((d) => d.ruleId))) counts.set(id, (counts.get(id) ?? 0) + 1)
  console.log(`${results.length} documents; documents with a finding, per rule:`)
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`${id.padEnd(30)} ${n}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url) && args.includes('--realworld')) {
  await realworld()
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const verdicts = await evaluate()
  if (asJson) {
    const summary = {}
    for (const [set, group] of groupBy(verdicts, (v) => v.set)) summary[set] = score(group)
    for (const [key, group] of groupBy(verdicts, (v) => `${v.set}/${v.language}`)) summary[key] = score(group)
    for (const [rule, group] of groupBy(verdicts, (v) => v.rule)) summary[rule] = score(group)
    console.log(JSON.stringify(summary, null, 2))
  } else {
    const header = `${''.padEnd(30)} prec   recall   tp   fp   fn   tn  lines`
    console.log(header)
    for (const [set, group] of groupBy(verdicts, (v) => v.set)) {
      console.log(row(set, score(group)))
      for (const [language, byLanguage] of groupBy(group, (v) => v.language)) console.log(row(`  ${language}`, score(byLanguage)))
    }
    console.log(`\nper rule (all sets)\n${header}`)
    for (const [rule, group] of groupBy(verdicts, (v) => v.rule)) console.log(row(rule, score(group)))
    if (showMisses) {
      console.log('\nmisses')
      for (const v of verdicts.filter((v) => v.expected !== v.fired || v.lineMisses.length)) {
        const what = v.expected && !v.fired ? 'MISSED' : !v.expected && v.fired ? 'FALSE ALARM' : `LINES ${v.lineMisses.join(',')}`
        console.log(`${what.padEnd(12)} ${v.rule.padEnd(28)} ${v.file.replace(`${root}/`, '').replace(`${shared}/`, 'shared/')}  — ${v.why}`)
      }
    }
  }
}
