// The two options the GitHub Action and the pre-commit hook stand on: --sarif-file (one
// lint, annotations on stdout and SARIF in a file) and --proposals-only (named files that
// are no proposals are skipped, as in a run without paths).
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {expectNoStackTrace, lessonlint, tempProject, validateSarif} from './helpers.js'

const CONFIG = JSON.stringify({extends: [], rules: {'required-sections': 'error', 'evaluation-plan': 'warning'}})
const PROPOSAL = '# Water for all\n\n## Objectives\n\nImprove access to safe water.\n\n## Activities\n\nDrill 40 wells.\n'
const README = '# Water projects\n\nThe proposals live in `proposals/`.\n'

const cleanups: Array<() => void> = []
afterAll(() => {
  for (const cleanup of cleanups) cleanup()
})

function project(files: Record<string, string>): string {
  const made = tempProject(files)
  cleanups.push(made.cleanup)
  return made.dir
}

function sarifResults(file: string): Array<{ruleId: string; level: string}> {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {runs: Array<{results: Array<{ruleId: string; level: string}>}>}
  const {valid, errors} = validateSarif(log)
  expect(valid, errors).toBe(true)
  return log.runs[0]!.results
}

describe('--sarif-file', () => {
  test('writes SARIF beside the report --format prints, from the same lint', () => {
    const dir = project({'.lessonlintrc.json': CONFIG, 'water.md': PROPOSAL})
    const run = lessonlint(['water.md', '--format', 'github', '--sarif-file', 'out/lessonlint.sarif'], {cwd: dir, env: {GITHUB_STEP_SUMMARY: ''}})
    expect(run.status).toBe(1)
    expect(run.stdout.split('\n').filter(Boolean).map((line) => /^::(\w+) .*title=([\w-]+)::/.exec(line)?.slice(1).join(' '))).toEqual([
      'error required-sections',
      'warning evaluation-plan',
    ])
    expect(sarifResults(join(dir, 'out/lessonlint.sarif')).map((r) => `${r.level} ${r.ruleId}`)).toEqual(['error required-sections', 'warning evaluation-plan'])
  })

  test('still writes a valid SARIF file, with the error, when the configuration is broken', () => {
    const dir = project({'.lessonlintrc.json': '{"rules": {"no-such-rule": "error"}}', 'water.md': PROPOSAL})
    const run = lessonlint(['water.md', '--sarif-file', 'lessonlint.sarif'], {cwd: dir})
    expect(run.status).toBe(2)
    expectNoStackTrace(run.stderr)
    expect(sarifResults(join(dir, 'lessonlint.sarif'))).toEqual([])
    expect(readFileSync(join(dir, 'lessonlint.sarif'), 'utf8')).toContain('no-such-rule')
  })
})

describe('--proposals-only', () => {
  test('lints the named proposals and skips the named README', () => {
    const dir = project({'.lessonlintrc.json': CONFIG, 'water.md': PROPOSAL, 'README.md': README})
    const run = lessonlint(['--proposals-only', 'water.md', 'README.md', '--format', 'compact'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('water.md:1:1: error required-sections')
    expect(run.stdout).not.toContain('README.md')
  })

  test('only files that are no proposals: nothing to report, exit 0 (not "no files match")', () => {
    const dir = project({'README.md': README, 'docs/CHANGELOG.md': '# Changelog\n\n## 1.0\n\nFirst.\n'})
    const run = lessonlint(['--proposals-only', 'README.md', 'docs/CHANGELOG.md'], {cwd: dir})
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('')
  })

  test('a named file that does not exist is still an error', () => {
    const dir = project({'README.md': README})
    const run = lessonlint(['--proposals-only', 'missing.md'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('lessonlint: No such file or directory: missing.md\n')
    expect(existsSync(join(dir, 'missing.md'))).toBe(false)
  })
})
