// `--cache`: a rerun with nothing changed reuses the results (no lint: a plugin rule that
// logs each call proves it), and every input of a result invalidates them.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {expectNoStackTrace, lessonlint, tempProject} from './helpers.js'

/** A local plugin whose rule appends a line to calls.log each time it runs, and reports on every document. */
const plugin = (tag = '') => `import {appendFileSync} from 'node:fs'
import {join} from 'node:path'
export default {
  name: 'counter',
  rules: [{
    meta: {
      id: 'count', summary: 'Counts its calls.', severity: 'warning', tags: [], lesson: '', sources: [],
      messages: {seen: {problem: 'Seen${tag}.', why: 'Counted.', fix: 'Nothing.'}},
    },
    check(context) {
      appendFileSync(join(process.cwd(), 'calls.log'), 'x\\n')
      context.report({messageId: 'seen', range: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}})
    },
  }],
}
`
const config = (severity = 'warning', extra: Record<string, unknown> = {}) =>
  JSON.stringify({extends: ['lessonlint:recommended', './base.json'], plugins: ['./plugin.mjs'], rules: {'counter/count': severity}, ...extra})

const PROPOSAL = `---
title: Skills for green jobs
---

# Project proposal: Skills for green jobs

## Background

Youth unemployment is high in the region.

## Objectives

Train 500 young people in solar installation.
`

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups) cleanup()
  cleanups = []
})

function project(files: Record<string, string> = {}) {
  const made = tempProject({
    'plugin.mjs': plugin(),
    '.lessonlintrc.json': config(),
    'base.json': JSON.stringify({rules: {}}),
    'proposal.md': PROPOSAL,
    ...files,
  })
  cleanups.push(made.cleanup)
  const calls = () => (existsSync(join(made.dir, 'calls.log')) ? readFileSync(join(made.dir, 'calls.log'), 'utf8').split('\n').length - 1 : 0)
  const run = (...args: string[]) => {
    const result = lessonlint(['proposal.md', '--format', 'json', ...args], {cwd: made.dir})
    expectNoStackTrace(result.stderr)
    return result
  }
  /** Runs with --cache and says whether the rule ran (the file was linted). */
  const linted = (...args: string[]) => {
    const before = calls()
    const result = run('--cache', ...args)
    return {linted: calls() > before, result}
  }
  return {dir: made.dir, calls, run, linted, write: (path: string, text: string) => writeFileSync(join(made.dir, path), text)}
}

// Each test spawns the bin several times: generous on a loaded machine.
describe('--cache', {timeout: 180_000}, () => {
  it('a rerun with nothing changed does not lint and prints byte-identical JSON and SARIF', () => {
    const p = project()
    const json1 = p.run('--cache')
    expect(p.calls()).toBe(1)
    expect(existsSync(join(p.dir, '.lessonlintcache'))).toBe(true)
    const json2 = p.run('--cache')
    expect(p.calls()).toBe(1)
    expect(json2.stdout).toBe(json1.stdout)
    expect(json2.status).toBe(json1.status)
    expect(json2.stderr).toBe('')
    expect(JSON.parse(json1.stdout)[0].messages.some((m: {ruleId: string}) => m.ruleId === 'counter/count')).toBe(true)
    // Without --cache, the same output, linting again.
    expect(p.run().stdout).toBe(json1.stdout)
    expect(p.calls()).toBe(2)

    const sarif1 = p.run('--cache', '--format', 'sarif', '--locale', 'fr')
    expect(p.calls()).toBe(3)
    const sarif2 = p.run('--cache', '--format', 'sarif', '--locale', 'fr')
    expect(p.calls()).toBe(3)
    expect(sarif2.stdout).toBe(sarif1.stdout)
  })

  it('relints a file whose content or config changed', () => {
    const p = project()
    expect(p.linted().linted).toBe(true)
    expect(p.linted().linted).toBe(false)
    p.write('proposal.md', `${PROPOSAL}\nMore text.\n`)
    expect(p.linted().linted).toBe(true)
    expect(p.linted().linted).toBe(false)
    p.write('.lessonlintrc.json', config('error'))
    const severity = p.linted()
    expect(severity.linted).toBe(true)
    expect(severity.result.status).toBe(1)
    expect(p.linted().linted).toBe(false)
  })

  it('relints when an extended config file or the plugin file changed', () => {
    const p = project()
    expect(p.linted().linted).toBe(true)
    p.write('base.json', JSON.stringify({rules: {'gender-budget': 'off'}}))
    expect(p.linted().linted).toBe(true)
    expect(p.linted().linted).toBe(false)
    p.write('plugin.mjs', plugin(' again'))
    const changed = p.linted()
    expect(changed.linted).toBe(true)
    expect(changed.result.stdout).toContain('Seen again.')
    expect(p.linted().linted).toBe(false)
  })

  for (const options of [['--locale', 'es'], ['--no-inline-config'], ['--report-unused-disable-directives'], ['--proposals-only'], ['--rule', 'counter/count:info']]) {
    it(`relints under ${options.join(' ')}, then reuses that`, () => {
      const p = project()
      expect(p.linted().linted).toBe(true)
      expect(p.linted(...options).linted).toBe(true)
      expect(p.linted(...options).linted).toBe(false)
    })
  }

  it('caches that a file is no proposal in a run without paths', () => {
    const p = project({'README.md': '# Tooling\n\nHow to build.\n'})
    const first = lessonlint(['--cache', '--format', 'json'], {cwd: p.dir})
    const calls = p.calls()
    const second = lessonlint(['--cache', '--format', 'json'], {cwd: p.dir})
    expect(second.stdout).toBe(first.stdout)
    expect(p.calls()).toBe(calls)
    expect(JSON.parse(second.stdout).map((r: {filePath: string}) => r.filePath)).toEqual(['proposal.md'])
  })

  it('--fix does not read the cache', () => {
    const p = project()
    p.run('--cache')
    expect(p.linted('--fix').linted).toBe(true)
    expect(p.linted().linted).toBe(false)
  })

  it('ignores and rewrites a corrupt cache file', () => {
    const p = project()
    const first = p.run('--cache')
    const cacheFile = join(p.dir, '.lessonlintcache')
    p.write('.lessonlintcache', '{"format": "lessonlint-cache/1", "entries": {')
    const corrupt = p.linted()
    expect(corrupt.linted).toBe(true)
    expect(corrupt.result.stderr).toBe('')
    expect(corrupt.result.stdout).toBe(first.stdout)
    expect(() => JSON.parse(readFileSync(cacheFile, 'utf8'))).not.toThrow()
    expect(p.linted().linted).toBe(false)
  })

  it('ignores a cache file written by another build of lessonlint, or by something else', () => {
    const p = project()
    p.run('--cache')
    const cacheFile = join(p.dir, '.lessonlintcache')
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as {tool: string}
    p.write('.lessonlintcache', JSON.stringify({...stored, tool: 'another build'}))
    expect(p.linted().linted).toBe(true)
    expect(p.linted().linted).toBe(false)
    for (const foreign of ['null', '[]', '{"entries": 3}']) {
      p.write('.lessonlintcache', foreign)
      const run = p.linted()
      expect(run.linted, foreign).toBe(true)
      expect(run.result.stderr).toBe('')
    }
  })

  it('--cache-location: a file, or a folder ending in /', () => {
    const p = project()
    p.run('--cache', '--cache-location', 'my.cache')
    expect(existsSync(join(p.dir, 'my.cache'))).toBe(true)
    expect(existsSync(join(p.dir, '.lessonlintcache'))).toBe(false)
    expect(p.linted('--cache-location', 'my.cache').linted).toBe(false)

    p.run('--cache', '--cache-location', 'tmp/')
    expect(existsSync(join(p.dir, 'tmp/.lessonlintcache'))).toBe(true)
    expect(p.linted('--cache-location', 'tmp/').linted).toBe(false)
    // An existing folder without the slash is a folder too.
    expect(p.linted('--cache-location', 'tmp').linted).toBe(false)

    const alone = lessonlint(['proposal.md', '--cache-location', 'x'], {cwd: p.dir})
    expect(alone.status).toBe(2)
    expect(alone.stderr).toContain('--cache-location goes with --cache.')
  })

  it('an unwritable location is one warning line, and the run succeeds', () => {
    const p = project()
    const first = p.run('--format', 'json')
    p.write('blocker', 'a file, not a folder')
    const run = p.run('--cache', '--cache-location', 'blocker/sub/cache')
    expect(run.status).toBe(first.status)
    expect(run.stdout).toBe(first.stdout)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^lessonlint: warning: cannot write the cache to .*blocker.*cache: /)
  })
})
