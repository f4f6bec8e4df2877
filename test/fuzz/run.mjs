#!/usr/bin/env node
// `pnpm fuzz [--runs N] [--seed S] [--jobs J] [--out DIR]`: draws N fuzz cases
// (test/fuzz/fuzz.test.ts, long mode) split over J vitest processes with seeds
// S, S+1, …; failures are minimised and written to DIR (default fuzz-failures/)
// as JSON with the minimal input. Progress goes to DIR/progress-<seed>.log.
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function option(name, fallback) {
  const args = process.argv.slice(2)
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`))
  if (at === -1) return fallback
  const value = args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1]
  if (value === undefined) {
    console.error(`pnpm fuzz: --${name} needs a value`)
    process.exit(2)
  }
  return value
}

const runs = Number(option('runs', '1000'))
const jobs = Math.max(1, Number(option('jobs', '1')))
const seed = Number(option('seed', String(Date.now() % 2 ** 31)))
const out = path.resolve(option('out', path.join(root, 'fuzz-failures')))
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('pnpm fuzz: --runs must be a positive integer and --seed an integer')
  process.exit(2)
}
mkdirSync(out, {recursive: true})

const started = Date.now()
console.log(`fuzzing ${runs} cases, seed ${seed}${jobs > 1 ? `..${seed + jobs - 1}` : ''}, ${jobs} job(s); failures in ${out}`)
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs')
const children = []
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)))
const codes = await Promise.all(
  Array.from({length: jobs}, (_, job) => {
    const share = Math.floor(runs / jobs) + (job < runs % jobs ? 1 : 0)
    const child = spawn(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: {...process.env, FUZZ_RUNS: String(share), FUZZ_SEED: String(seed + job), FUZZ_OUT: out},
    })
    children.push(child)
    return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
  }),
)

// What each job got through, from its progress log (a stopped run still tells how far it came).
let done = 0
let failures = 0
for (let job = 0; job < jobs; job++) {
  const log = path.join(out, `progress-${seed + job}.log`)
  if (!existsSync(log)) continue
  const counts = [...readFileSync(log, 'utf8').matchAll(/^(?:done: )?(\d+) cases(?:,| in) (?:\d+ s, )?.*?(\d+) failures$/gm)]
  const last = counts.at(-1)
  if (last) {
    done += Number(last[1])
    failures += Number(last[2])
  }
}
const seconds = Math.round((Date.now() - started) / 1000)
console.log(`${done} of ${runs} cases in ${seconds} s (${done ? ((seconds * 1000) / done).toFixed(0) : '-'} ms a case), ${failures} failures`)
process.exit(codes.every((code) => code === 0) && done === runs ? 0 : 1)
