// The GitHub Action (action.yml, action/run.mjs) as a runner meets it: action.yml's
// structure, then its lint step run by bash, with the variables GitHub sets
// (GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP, GITHUB_ACTION_PATH)
// and the INPUT_* variables its `env:` maps the inputs to, evaluated from action.yml
// itself. What it writes is checked: annotations on stdout, the summary, the outputs,
// the SARIF file (against the official schema), and the exit code per fail-on.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'yaml'
import {afterAll, describe, expect, test} from 'vitest'
import {ROOT, tempProject, validateSarif} from '../cli/helpers.js'
import {INPUTS, OUTPUTS, inputVariable} from '../../action/run.mjs'

interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  shell?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
  'working-directory'?: string
}

interface ActionYml {
  name: string
  description: string
  inputs: Record<string, {description: string; required?: boolean; default?: string}>
  outputs: Record<string, {description: string; value: string}>
  runs: {using: string; steps: Step[]}
}

const ACTION_TEXT = readFileSync(join(ROOT, 'action.yml'), 'utf8')
const ACTION = parse(ACTION_TEXT) as ActionYml
const LINT_STEP = ACTION.runs.steps.find((step) => step.id === 'lint')!

/** Two rules, so that one proposal can pass: required-sections (error) and evaluation-plan (warning). */
const CONFIG = JSON.stringify({extends: [], rules: {'required-sections': 'error', 'evaluation-plan': 'warning'}}, null, 2)

/** A proposal (two section kinds) with neither budget nor evaluation: one error, one warning, on line 1. */
const FAILING = '# Water for all\n\n## Objectives\n\nImprove access to safe water.\n\n## Activities\n\nDrill 40 wells.\n'

/** A complete proposal with a final evaluation: no findings. */
const PASSING = `# Rural roads

## Objectives

Better roads for market access.

## Activities

Build 30 km of feeder roads.

## Budget

| Item | USD |
|---|---|
| Works | 100000 |

## Monitoring and evaluation

A final independent evaluation is planned.

## Risks

Heavy rains may delay works.

## Sustainability

Road committees take over maintenance.
`

/** Every section but no evaluation: one warning only. */
const WARNING_ONLY = PASSING.replace('A final independent evaluation is planned.', 'Staff report every quarter.')

const cleanups: Array<() => void> = []
afterAll(() => {
  for (const cleanup of cleanups) cleanup()
})

interface StepRun {
  status: number | null
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  runnerTemp: string
  workspace: string
}

/**
 * The lint step as the runner runs it: its `run` line under bash, its `env` evaluated with
 * the inputs given (the others at their action.yml default), in the workspace.
 */
function runLintStep(files: Record<string, string>, inputs: Record<string, string> = {}): StepRun {
  const project = tempProject(files)
  cleanups.push(project.cleanup)
  const github = mkdtempSync(join(tmpdir(), 'lessonlint-action-'))
  cleanups.push(() => rmSync(github, {recursive: true, force: true}))
  const runnerTemp = join(github, 'temp')
  mkdirSync(runnerTemp)
  const summaryFile = join(github, 'step_summary')
  const outputFile = join(github, 'output')
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  const value = (name: string) => inputs[name] ?? ACTION.inputs[name]?.default ?? ''
  const stepEnv = Object.fromEntries(
    Object.entries(LINT_STEP.env ?? {}).map(([key, expression]) => [
      key,
      expression.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => value(name)),
    ]),
  )
  const env: Record<string, string | undefined> = {
    ...process.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: project.dir,
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
    ...stepEnv,
  }
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LESSONLINT_DEBUG', 'LESSONLINT_BIN']) delete env[key]
  expect(LINT_STEP.shell).toBe('bash')
  const child = spawnSync('bash', ['-e', '-c', LINT_STEP.run!], {cwd: project.dir, env, encoding: 'utf8'})
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    runnerTemp,
    workspace: project.dir,
  }
}

/** $GITHUB_OUTPUT as the runner reads it: `name=value` lines and `name<<DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1)
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

function annotations(stdout: string): Array<{level: string; properties: Record<string, string>; message: string}> {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)!
      const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((pair) => pair.split('=') as [string, string]))
      return {level: match[1]!, properties, message: match[3]!}
    })
}

function sarifAt(path: string): {runs: Array<{results: Array<{ruleId: string; level: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>; invocations: Array<{executionSuccessful: boolean; toolExecutionNotifications?: Array<{message: {text: string}}>}>}>} {
  const log = JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof sarifAt>
  const {valid, errors} = validateSarif(log)
  expect(valid, errors).toBe(true)
  return log
}

describe('action.yml', () => {
  test('is a composite action whose run steps each name a shell', () => {
    expect(ACTION.name).toBe('lessonlint')
    expect(ACTION.description).toMatch(/\S/)
    expect(ACTION.runs.using).toBe('composite')
    for (const step of ACTION.runs.steps) {
      expect(Boolean(step.run) !== Boolean(step.uses), JSON.stringify(step)).toBe(true)
      if (step.run) expect(step.shell, JSON.stringify(step)).toBe('bash')
    }
  })

  test('declares the inputs the script reads, each described, optional and passed to it in env', () => {
    expect(Object.keys(ACTION.inputs).sort()).toEqual([...INPUTS].sort())
    for (const [name, input] of Object.entries(ACTION.inputs)) {
      expect(input.description, name).toMatch(/\S/)
      expect(input.required, name).toBe(false)
      expect(typeof input.default, name).toBe('string')
      expect(LINT_STEP.env?.[inputVariable(name)], name).toBe(`\${{ inputs.${name} }}`)
    }
    expect(Object.keys(LINT_STEP.env ?? {}).sort()).toEqual(INPUTS.map(inputVariable).sort())
    // Every input is used somewhere in the steps.
    for (const name of INPUTS) expect(ACTION_TEXT).toContain(`\${{ inputs.${name} }}`)
    expect(ACTION.inputs['fail-on']?.default).toBe('error')
    expect(ACTION.inputs['format']?.default).toBe('github')
  })

  test('exposes the outputs the script writes', () => {
    expect(Object.keys(ACTION.outputs).sort()).toEqual([...OUTPUTS].sort())
    for (const [name, output] of Object.entries(ACTION.outputs)) {
      expect(output.description, name).toMatch(/\S/)
      expect(output.value).toBe(`\${{ steps.lint.outputs.${name} }}`)
    }
  })

  test('installs lessonlint from its own checkout with the pnpm of package.json and a frozen lockfile', () => {
    const install = ACTION.runs.steps.find((step) => step.name === 'Install lessonlint')!
    expect(install['working-directory']).toBe('${{ github.action_path }}')
    const packageManager = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {packageManager: string}).packageManager
    expect(install.run).toContain(`npx --yes ${packageManager} install --frozen-lockfile`)
    expect(install.run).toContain(`npx --yes ${packageManager} --filter "lessonlint..." run build`)
    expect(LINT_STEP.run).toBe('node "$GITHUB_ACTION_PATH/action/run.mjs"')
  })

  test('sets up Node only when the runner has none as recent as 20.11', () => {
    const check = ACTION.runs.steps.find((step) => step.id === 'node')!
    const setup = ACTION.runs.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))!
    expect(setup.if).toBe("steps.node.outputs.ready != 'true'")
    const dir = mkdtempSync(join(tmpdir(), 'lessonlint-action-node-'))
    cleanups.push(() => rmSync(dir, {recursive: true, force: true}))
    const output = join(dir, 'output')
    const run = spawnSync('bash', ['-e', '-c', check.run!], {env: {...process.env, GITHUB_OUTPUT: output}, encoding: 'utf8'})
    expect(run.status, run.stderr).toBe(0)
    // This test runs on Node >= 20.11 (the workspace's engines), so the runner's Node is taken.
    expect(readFileSync(output, 'utf8')).toBe('ready=true\n')
  })
})

describe('the lint step', () => {
  test('annotates the failing proposal, sums both up, writes outputs and SARIF, and fails on errors', () => {
    const run = runLintStep({'.lessonlintrc.json': CONFIG, 'proposals/water.md': FAILING, 'proposals/roads.md': PASSING, 'README.md': '# Readme\n\nNot a proposal.\n'})
    expect(run.status, run.stderr).toBe(1)
    // stdout is the workflow commands, nothing else.
    expect(run.stdout.trim().split('\n').every((line) => line.startsWith('::')), run.stdout).toBe(true)
    expect(annotations(run.stdout).map((a) => [a.level, a.properties['file'], a.properties['line'], a.properties['title']])).toEqual([
      ['error', 'proposals/water.md', '1', 'required-sections'],
      ['warning', 'proposals/water.md', '1', 'evaluation-plan'],
    ])
    // The job summary: the CLI's table, once.
    expect(run.summary.match(/^## lessonlint$/gm)).toHaveLength(1)
    expect(run.summary).toContain('2 proposals checked: 1 error, 1 warning.')
    expect(run.summary).toContain('| proposals/water.md | 1 | 1 | `required-sections`, `evaluation-plan` |')
    expect(run.summary).not.toContain('roads.md')
    const sarifFile = join(run.runnerTemp, 'lessonlint.sarif')
    expect(run.outputs).toEqual({errors: '1', warnings: '1', 'sarif-file': sarifFile})
    const log = sarifAt(sarifFile)
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['required-sections', 'error', 'proposals/water.md'],
      ['evaluation-plan', 'warning', 'proposals/water.md'],
    ])
    expect(run.stderr).toContain('lessonlint: 1 error, 1 warning (fail-on: error, failing the step).')
  })

  test('passes on a passing proposal: no annotations, a summary without a table, zero counts', () => {
    const run = runLintStep({'.lessonlintrc.json': CONFIG, 'roads.md': PASSING}, {paths: 'roads.md'})
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.summary).toContain('1 proposal checked: 0 errors, 0 warnings.')
    expect(run.summary).not.toContain('| Proposal |')
    expect(run.outputs['errors']).toBe('0')
    expect(run.outputs['warnings']).toBe('0')
    expect(sarifAt(run.outputs['sarif-file']!).runs[0]!.results).toEqual([])
  })

  const DOCUMENTS = {'an error and a warning': FAILING, 'a warning': WARNING_ONLY, nothing: PASSING}
  test.each([
    // [fail-on, max-warnings, what the proposal has, exit code]
    ['error', '', 'an error and a warning', 1],
    ['warning', '', 'an error and a warning', 1],
    ['never', '', 'an error and a warning', 0],
    ['error', '', 'a warning', 0],
    ['error', '0', 'a warning', 1],
    ['error', '1', 'a warning', 0],
    ['warning', '', 'a warning', 1],
    ['never', '0', 'a warning', 0],
    ['warning', '', 'nothing', 0],
  ] as const)('fail-on %s, max-warnings "%s", a proposal with %s: exit code %i', (failOn, maxWarnings, has, expected) => {
    const run = runLintStep({'.lessonlintrc.json': CONFIG, 'proposal.md': DOCUMENTS[has]}, {'fail-on': failOn, 'max-warnings': maxWarnings, paths: 'proposal.md'})
    expect(run.status, run.stderr).toBe(expected)
    // The outputs are written whether the step fails or not, for the upload step after it.
    const counts = {'an error and a warning': ['1', '1'], 'a warning': ['0', '1'], nothing: ['0', '0']}[has]
    expect(run.outputs).toEqual({errors: counts[0], warnings: counts[1], 'sarif-file': join(run.runnerTemp, 'lessonlint.sarif')})
  })

  test('paths separated by spaces and lines, a config file and a SARIF path relative to the workspace', () => {
    const run = runLintStep(
      {'ci/lessonlint.json': CONFIG, 'a/water.md': FAILING, 'b/roads.md': WARNING_ONLY, 'c/other.md': FAILING},
      {paths: 'a/water.md\n  b/roads.md ', config: 'ci/lessonlint.json', 'sarif-file': 'reports/lessonlint.sarif', 'fail-on': 'never'},
    )
    expect(run.status, run.stderr).toBe(0)
    expect(new Set(annotations(run.stdout).map((a) => a.properties['file']))).toEqual(new Set(['a/water.md', 'b/roads.md']))
    const sarifFile = join(run.workspace, 'reports/lessonlint.sarif')
    expect(run.outputs).toEqual({errors: '1', warnings: '2', 'sarif-file': sarifFile})
    expect(sarifAt(sarifFile).runs[0]!.results).toHaveLength(3)
  })

  test('a broken configuration fails the step whatever fail-on says, and still leaves a valid SARIF file', () => {
    const run = runLintStep({'.lessonlintrc.json': '{"rules": {"no-such-rule": "error"}}', 'water.md': FAILING}, {'fail-on': 'never', paths: 'water.md'})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^lessonlint: .*no-such-rule.*$/m)
    expect(run.outputs).toEqual({errors: '0', warnings: '0', 'sarif-file': join(run.runnerTemp, 'lessonlint.sarif')})
    const log = sarifAt(run.outputs['sarif-file']!)
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false)
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications?.[0]?.message.text).toContain('no-such-rule')
  })

  test('an unknown fail-on is an error annotation and exit code 2, before anything runs', () => {
    const run = runLintStep({'water.md': FAILING}, {'fail-on': 'sometimes'})
    expect(run.status).toBe(2)
    expect(run.stdout).toBe("::error title=lessonlint::fail-on must be error, warning or never, not 'sometimes'.\n")
    expect(run.outputs).toEqual({})
    expect(existsSync(join(run.runnerTemp, 'lessonlint.sarif'))).toBe(false)
  })

  test('beyond the ten annotations GitHub shows per level, a notice points to the job summary', () => {
    const documents = Object.fromEntries(Array.from({length: 12}, (_, i) => [`p${String(i).padStart(2, '0')}.md`, FAILING]))
    const run = runLintStep({'.lessonlintrc.json': CONFIG, ...documents}, {paths: '.'})
    expect(run.status).toBe(1)
    const all = annotations(run.stdout)
    expect(all.filter((a) => a.level === 'error')).toHaveLength(12)
    expect(all.at(-1)).toEqual({
      level: 'notice',
      properties: {title: 'lessonlint'},
      message: '12 errors, 12 warnings: GitHub shows about 10 annotations of each kind per step; the job summary lists every proposal with its findings.',
    })
    expect(run.summary).toContain('12 proposals checked: 12 errors, 12 warnings.')
    expect(run.summary.split('\n').filter((line) => line.startsWith('| p'))).toHaveLength(12)
  })

  test('format stylish: the report in the log instead of annotations, the same outputs and SARIF', () => {
    const run = runLintStep({'.lessonlintrc.json': CONFIG, 'water.md': FAILING}, {format: 'stylish', paths: 'water.md'})
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('water.md\n')
    expect(run.stdout).toContain('required-sections')
    expect(annotations(run.stdout)).toEqual([])
    expect(run.summary).toBe('')
    expect(run.outputs).toMatchObject({errors: '1', warnings: '1'})
    expect(sarifAt(run.outputs['sarif-file']!).runs[0]!.results).toHaveLength(2)
  })
})
