// lessonlint as a library: the README example as a consumer runs it, the formatters on
// hand-made results (cases the ILO pack does not produce), and the command run in-process
// with a rule that throws and with a terminal on stderr.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, test} from 'vitest'
import type {Diagnostic, LintResult, Rule} from 'lessonlint'
import {formatters, lintFiles, lintText, rules} from 'lessonlint'
import {ROOT, tempProject, validateSarif} from './helpers.js'

describe('README example', () => {
  const readme = readFileSync(join(ROOT, 'packages/cli/README.md'), 'utf8')
  const block = /runs in test\/cli\/library\.test\.ts[^\n]*\n+```js\n([\s\S]*?)```/.exec(readme)?.[1]

  test('runs in a project that depends on lessonlint (the tests\' package) and prints what its comments say', () => {
    expect(block).toBeDefined()
    const expected = [...block!.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1])
    expect(expected.length).toBeGreaterThanOrEqual(3)
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', block!], {cwd: join(ROOT, 'test'), encoding: 'utf8'})
    expect(stdout.trimEnd().split('\n')).toEqual(expected)
  })
})

const start = {line: 1, column: 1, offset: 0}
function result(text: string, diagnostics: Diagnostic[], extra: Partial<LintResult> = {}): LintResult {
  return {
    filePath: join(process.cwd(), 'doc.md'),
    text,
    hadBom: false,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
    infoCount: diagnostics.filter((d) => d.severity === 'info').length,
    fixableCount: diagnostics.filter((d) => d.fix).length,
    internalErrors: [],
    parsedCleanly: true,
    ...extra,
  }
}
const at = (line: number, column: number, offset: number) => ({line, column, offset})

describe('formatters', () => {
  test('github escapes % and line breaks in messages, and , : in properties', () => {
    const d: Diagnostic = {ruleId: 'gender-budget', severity: 'info', message: '100% of\r\nthe budget', range: {start, end: at(1, 5, 4)}}
    const out = formatters.github([{...result('text', [d]), filePath: join(process.cwd(), 'a,b:c.md')}])
    expect(out).toBe('::notice file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=5,title=gender-budget::100%25 of%0D%0Athe budget\n')
  })

  test('sarif: related locations, pseudo rules for diagnostics outside the registry, fixes in files with a BOM', () => {
    const text = '# T\n\nline three\n'
    const diagnostics: Diagnostic[] = [
      {
        ruleId: 'gender-budget',
        severity: 'error',
        message: 'No gender line.',
        range: {start: at(3, 1, 5), end: at(3, 11, 15)},
        related: [{message: 'The budget table.', range: {start, end: at(1, 4, 3)}}],
        fix: {title: 'Replace', edits: [{start: 5, end: 9, text: 'LINE'}]},
      },
      {ruleId: 'internal-error', severity: 'error', message: 'Rule "x" failed: boom', range: {start, end: at(1, 4, 3)}},
      {ruleId: 'inline-config', severity: 'warning', message: 'Unknown rule "gender-budgt".', range: {start, end: at(1, 4, 3)}},
      {ruleId: 'ignored-file', severity: 'warning', message: 'File ignored.', range: {start, end: start}},
    ]
    const log = JSON.parse(
      formatters.sarif([result(text, diagnostics, {hadBom: true, internalErrors: [{ruleId: 'x', message: 'boom'}]})]),
    )
    expect(validateSarif(log)).toEqual({valid: true, errors: '[]'})
    const run = log.runs[0]
    const ids = run.tool.driver.rules.map((r: any) => r.id)
    expect(ids.slice(0, rules.length)).toEqual(rules.map((r) => r.meta.id))
    expect(ids.slice(rules.length)).toEqual(['internal-error', 'inline-config', 'ignored-file'])
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
    expect(run.invocations[0].executionSuccessful).toBe(false)

    const [budget] = run.results
    expect(budget.relatedLocations).toEqual([
      {
        id: 0,
        message: {text: 'The budget table.'},
        physicalLocation: {
          artifactLocation: {uri: 'doc.md', uriBaseId: '%SRCROOT%'},
          region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 4},
        },
      },
    ])
    // With a BOM, character offsets would be ambiguous: lines and columns only.
    expect(budget.fixes[0].artifactChanges[0].replacements).toEqual([
      {deletedRegion: {startLine: 3, startColumn: 1, endLine: 3, endColumn: 5}, insertedContent: {text: 'LINE'}},
    ])
  })

  test('sarif keeps identical findings on identical lines apart', () => {
    const text = '# T\n\nsame\n\nsame\n'
    const d = (line: number, offset: number): Diagnostic => ({
      ruleId: 'evaluation-plan',
      severity: 'warning',
      message: 'm',
      range: {start: at(line, 1, offset), end: at(line, 5, offset + 4)},
    })
    const log = JSON.parse(formatters.sarif([result(text, [d(3, 5), d(5, 11)])]))
    const [a, b] = log.runs[0].results.map((r: any) => Object.values(r.partialFingerprints)[0] as string)
    expect(a!.replace(/:1$/, ':2')).toBe(b)
  })

  test('stylish pluralises and colours on request', () => {
    const d: Diagnostic = {ruleId: 'evaluation-plan', severity: 'warning', message: 'Plan an\nevaluation.', range: {start, end: at(1, 4, 3)}}
    expect(formatters.stylish([result('# T\n', [d])])).toBe(
      'doc.md\n  1:1  warning  Plan an evaluation.  evaluation-plan\n\n✖ 1 problem (0 errors, 1 warning, 0 infos)\n' +
        '  Why and what to do: --verbose, or lessonlint explain FILE\n',
    )
    expect(formatters.stylish([result('# T\n', [d])], {color: true})).toContain('\u001b[33mwarning\u001b[39m')
  })

  test('json keeps relative paths and the fixed text only when given', () => {
    const lint = lintText('# Water\n\n## Objectives\n\nWater.\n', {filePath: join(process.cwd(), 'proposals/water.md')})
    const [entry] = JSON.parse(formatters.json([lint]))
    expect(entry.filePath).toBe('proposals/water.md')
    expect(entry).not.toHaveProperty('output')
    expect(entry.messages.length).toBe(lint.diagnostics.length)
  })
})

// The command in-process, to give it a rule pack of our own and a terminal on stderr.
interface Captured {
  status: number
  stdout: string
  stderr: string
}
async function runMain(argv: string[], cwd: string, pack?: {rules: readonly Rule[]; presets: Record<string, never>}, stderrIsTTY = false): Promise<Captured> {
  const {main} = (await import(join(ROOT, 'packages/cli/dist/cli.js'))) as typeof import('../../packages/cli/src/cli.js')
  const stdout = new PassThrough()
  const stderr = Object.assign(new PassThrough(), {isTTY: stderrIsTTY})
  const chunks = {stdout: '', stderr: ''}
  stdout.on('data', (c) => (chunks.stdout += c))
  stderr.on('data', (c) => (chunks.stderr += c))
  const status = await main(argv, {stdout, stderr, stdin: new PassThrough(), cwd, env: {}}, pack)
  return {status, ...chunks}
}

const throwing: Rule = {
  meta: {id: 'throws', summary: 'Throws.', severity: 'warning', tags: [], lesson: 'None.', sources: [], messages: {m: {problem: 'p', why: 'w', fix: 'f'}}},
  check() {
    throw new Error('kaboom')
  },
}
const counting: Rule = {
  meta: {id: 'todo', summary: 'No TODO.', severity: 'error', tags: [], lesson: 'None.', sources: [], messages: {m: {problem: 'A TODO.', why: 'Unfinished.', fix: 'Finish it.'}}},
  check({model, report}) {
    const at = model.text.indexOf('TODO')
    if (at >= 0) report({messageId: 'm', range: model.rangeOf(at, at + 4)})
  },
}

describe('the command in-process', () => {
  test('a rule that throws: the report is printed, then exit 2 with one line naming the rule', async () => {
    const project = tempProject({'a.md': '# A\n\nTODO\n'})
    try {
      const run = await runMain(['--format', 'json', 'a.md'], project.dir, {rules: [throwing, counting], presets: {}})
      expect(run.status).toBe(2)
      const [entry] = JSON.parse(run.stdout)
      expect(entry.messages.map((m: any) => m.ruleId)).toEqual(['internal-error', 'todo'])
      expect(run.stderr).toBe("lessonlint: rule 'throws' failed: kaboom\n")
    } finally {
      project.cleanup()
    }
  })

  test('progress on stderr only when it is a terminal and there are more than 20 files', async () => {
    const many = Object.fromEntries(Array.from({length: 21}, (_, i) => [`doc-${String(i).padStart(2, '0')}.md`, '# Doc\n']))
    const project = tempProject(many)
    try {
      const pack = {rules: [counting], presets: {}}
      // Named: a run over the folder would skip these one-heading notes, which are no proposals.
      const tty = await runMain(['--format', 'json', '.'], project.dir, pack, true)
      expect(tty.status).toBe(0)
      expect(tty.stderr).toContain('Linting 21/21 files')
      // The line is cleared at the end, and stdout holds only the report.
      expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true)
      expect(JSON.parse(tty.stdout)).toHaveLength(21)

      expect((await runMain(['--format', 'json', '.'], project.dir, pack, false)).stderr).toBe('')
      expect((await runMain(['--format', 'json', 'doc-0*.md'], project.dir, pack, true)).stderr).toBe('')
    } finally {
      project.cleanup()
    }
  })
})

describe('lintFiles', () => {
  test('threads: 2 lints in worker threads and gives the same results, in the same order', async () => {
    const here = await lintFiles(['fixtures'], {cwd: ROOT})
    const threaded = await lintFiles(['fixtures'], {cwd: ROOT, threads: 2})
    expect(here.results.length).toBeGreaterThan(8)
    expect(threaded).toEqual(here)
  })
})
