#!/usr/bin/env node
// The lint step of the lessonlint GitHub Action (action.yml). It lints once:
//
//   lessonlint [paths] --format github --sarif-file F [--config C] [--max-warnings N]
//
// The CLI prints the annotations (workflow commands) on stdout, appends the job summary
// table to $GITHUB_STEP_SUMMARY and writes the SARIF file, even when the configuration is
// broken. This script only turns the inputs into arguments, reads the counts back from
// the SARIF file, writes the step's outputs to $GITHUB_OUTPUT and decides the exit code
// from `fail-on`. Composite actions pass no INPUT_* variables by themselves: action.yml
// maps each input to one in the step's `env`.
import {spawnSync} from 'node:child_process'
import {appendFileSync, existsSync, readFileSync} from 'node:fs'
import {randomUUID} from 'node:crypto'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/** The action's inputs, as action.yml declares them. */
export const INPUTS = ['paths', 'config', 'format', 'max-warnings', 'fail-on', 'sarif-file']
/** The step outputs written to $GITHUB_OUTPUT, as action.yml exposes them. */
export const OUTPUTS = ['errors', 'warnings', 'sarif-file']
const FAIL_ON = ['error', 'warning', 'never']
/** GitHub shows about this many annotations of each level per step; the job summary counts them all. */
const SHOWN_PER_LEVEL = 10

/** `max-warnings` → INPUT_MAX_WARNINGS: the variable action.yml sets for an input. */
export function inputVariable(name) {
  return `INPUT_${name.toUpperCase().replace(/-/g, '_')}`
}

/** The lessonlint bin of this checkout (built by action.yml's install step), unless LESSONLINT_BIN names another. */
function defaultBin() {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'cli', 'bin', 'lessonlint.js')
}

/**
 * Runs the step: returns the exit code. `out` and `err` receive the script's own lines;
 * the CLI writes to the inherited stdout and stderr.
 */
export function run(env = process.env, out = process.stdout, err = process.stderr) {
  const input = (name) => (env[inputVariable(name)] ?? '').trim()
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const failOn = input('fail-on') || 'error'
  if (!FAIL_ON.includes(failOn)) {
    out.write(`::error title=lessonlint::fail-on must be error, warning or never, not '${escapeData(failOn)}'.\n`)
    return 2
  }
  const format = input('format') || 'github'
  const sarifFile = resolve(workspace, input('sarif-file') || join(env.RUNNER_TEMP || tmpdir(), 'lessonlint.sarif'))
  const args = [
    ...input('paths').split(/\s+/).filter(Boolean),
    '--format', format,
    '--sarif-file', sarifFile,
    ...(input('config') ? ['--config', input('config')] : []),
    ...(input('max-warnings') ? ['--max-warnings', input('max-warnings')] : []),
  ]
  const child = spawnSync(process.execPath, [env.LESSONLINT_BIN || defaultBin(), ...args], {cwd: workspace, env, stdio: 'inherit'})

  const counts = existsSync(sarifFile) ? countFindings(sarifFile) : undefined
  setOutput(env, 'errors', counts?.error ?? 0)
  setOutput(env, 'warnings', counts?.warning ?? 0)
  setOutput(env, 'sarif-file', counts ? sarifFile : '')
  if (counts && format === 'github' && env.GITHUB_STEP_SUMMARY) {
    const beyond = [['error', 'errors'], ['warning', 'warnings'], ['note', 'notices']].filter(([level]) => counts[level] > SHOWN_PER_LEVEL)
    if (beyond.length > 0) {
      const listed = beyond.map(([level, noun]) => `${counts[level]} ${noun}`).join(', ')
      out.write(`::notice title=lessonlint::${listed}: GitHub shows about ${SHOWN_PER_LEVEL} annotations of each kind per step; the job summary lists every proposal with its findings.\n`)
    }
  }

  // A usage, configuration or internal error fails the step whatever fail-on says.
  if (child.status === null || child.status >= 2) return 2
  const errors = counts?.error ?? 0
  const warnings = counts?.warning ?? 0
  const failed = failOn === 'never' ? false : failOn === 'warning' ? child.status === 1 || errors + warnings > 0 : child.status === 1
  err.write(`lessonlint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (fail-on: ${failOn}${failed ? ', failing the step' : ''}).\n`)
  return failed ? 1 : 0
}

/** Findings by SARIF level, leaving out those an inline comment suppressed (they fail nothing). */
function countFindings(sarifFile) {
  const counts = {error: 0, warning: 0, note: 0}
  let log
  try {
    log = JSON.parse(readFileSync(sarifFile, 'utf8'))
  } catch {
    return undefined
  }
  for (const run of log.runs ?? []) {
    for (const result of run.results ?? []) {
      if ((result.suppressions ?? []).length > 0) continue
      const level = result.level ?? 'warning'
      if (level in counts) counts[level]++
    }
  }
  return counts
}

/** One line `name=value` in $GITHUB_OUTPUT, or a heredoc for a value with line breaks. */
function setOutput(env, name, value) {
  const file = env.GITHUB_OUTPUT
  if (!file) return
  const text = String(value)
  if (!/[\r\n]/.test(text)) {
    appendFileSync(file, `${name}=${text}\n`)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(file, `${name}<<${delimiter}\n${text}\n${delimiter}\n`)
}

function escapeData(value) {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = run()
}
