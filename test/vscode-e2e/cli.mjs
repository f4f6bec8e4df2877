// What the lessonlint CLI says about a file: the reference the editor must
// match. Run from the workspace folder so that it reads the same
// .lessonlintrc.json as the language server does.

import {spawnSync} from 'node:child_process'
import {join} from 'node:path'

export function createCli(repo) {
  const bin = join(repo, 'packages/cli/bin/lessonlint.js')

  function run(args, {cwd, input} = {}) {
    const result = spawnSync(process.execPath, [bin, ...args], {cwd, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    // 0 = clean, 1 = errors found; anything else is a usage or internal error.
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`lessonlint ${args.join(' ')} exited ${result.status}: ${result.stderr.trim()}`)
    }
    return result.stdout
  }

  /** The CLI's JSON report of one file: {messages, errorCount, warningCount, infoCount, output?}. */
  function lintFile(file, {cwd, extraArgs = []} = {}) {
    const [report] = JSON.parse(run(['--format', 'json', ...extraArgs, file], {cwd}))
    if (!report) throw new Error(`the CLI reported nothing for ${file}`)
    return report
  }

  /** The report of a text as if it were saved at `file` (config looked up from there). */
  function lintText(text, file, {cwd} = {}) {
    const [report] = JSON.parse(run(['--format', 'json', '--stdin', '--stdin-filename', file], {cwd, input: text}))
    return report
  }

  function ruleIds() {
    return run(['--list-rules', '--no-color'])
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[0])
      .filter((id) => /^[a-z][a-z0-9-]*$/.test(id ?? ''))
  }

  /** `--fix-dry-run` with every rule but `ruleId` turned off: the fixed text that rule alone produces. */
  function fixWithRuleAlone(file, ruleId, {cwd} = {}) {
    const off = ruleIds()
      .filter((id) => id !== ruleId)
      .flatMap((id) => ['--rule', `${id}:off`])
    const report = lintFile(file, {cwd, extraArgs: ['--fix-dry-run', '--rule', `${ruleId}:error`, ...off]})
    return report.output
  }

  /** `--print-config FILE`: the resolved config, and whether the file is a proposal (`proposal: {proposal, reason}`). */
  function printConfig(file, {cwd} = {}) {
    return JSON.parse(run(['--print-config', file], {cwd}))
  }

  return {lintFile, lintText, fixWithRuleAlone, printConfig}
}

/** A finding as the Problems view shows it, for comparison with its rows. */
export function problemKey({ruleId, line, column}) {
  return `${ruleId} [Ln ${line}, Col ${column}]`
}

/** Applies a fix's edits (offsets into the original text) the way the core does: back to front. */
export function applyFixEdits(text, fix) {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start || b.end - a.end)
  let result = text
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}
