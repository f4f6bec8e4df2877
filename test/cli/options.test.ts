// Options of the real bin: thresholds, filtering, configuration, standard input, help.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {CLEAN, CONFIG, ROADS, WATER, WATER_FIXED} from './documents.js'
import {expectNoStackTrace, lessonlint, ROOT, tempProject} from './helpers.js'

let project: ReturnType<typeof tempProject>
let cwd: string

beforeAll(() => {
  project = tempProject({
    '.lessonlintrc.json': CONFIG,
    'water.md': WATER,
    'roads.md': ROADS,
    'clean.md': CLEAN,
    // A folder with its own config: evaluation-plan off there.
    'sub/.lessonlintrc.json': JSON.stringify({extends: [], rules: {'required-sections': 'error', 'participatory-monitoring': 'info'}}),
    'sub/water.md': WATER,
    'alt/config.json': JSON.stringify({extends: [], rules: {'evaluation-plan': 'error'}}),
  })
  cwd = project.dir
})
afterAll(() => project.cleanup())

function rulesIn(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{messages: Array<{ruleId: string}>}>).flatMap((r) => r.messages.map((m) => m.ruleId))
}

describe('exit codes and thresholds', () => {
  test('0 when clean, 1 with errors', () => {
    expect(lessonlint(['clean.md'], {cwd}).status).toBe(0)
    expect(lessonlint(['water.md'], {cwd}).status).toBe(1)
  })

  test('infos never fail; --max-warnings counts warnings only', () => {
    // roads.md has one info.
    expect(lessonlint(['roads.md', '--max-warnings', '0'], {cwd}).status).toBe(0)
    const warn = ['--rule', 'required-sections:off']
    expect(lessonlint(['water.md', ...warn], {cwd}).status).toBe(0)
    expect(lessonlint(['water.md', ...warn, '--max-warnings', '1'], {cwd}).status).toBe(0)
    const over = lessonlint(['water.md', ...warn, '--max-warnings', '0'], {cwd})
    expect(over.status).toBe(1)
    expect(over.stderr).toBe('lessonlint: 1 warning, more than --max-warnings 0.\n')
  })

  test('--max-warnings needs a whole number', () => {
    const run = lessonlint(['water.md', '--max-warnings', 'many'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^lessonlint: --max-warnings needs a whole number, not 'many'\..*--help/)
  })
})

test('--quiet drops warnings and infos from the report and the counts', () => {
  const run = lessonlint(['--quiet', '--no-color', 'water.md', 'roads.md'], {cwd})
  expect(run.status).toBe(1)
  expect(run.stdout).toContain('required-sections')
  expect(run.stdout).not.toContain('evaluation-plan')
  expect(run.stdout).not.toContain('roads.md')
  expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)\n  1 fixable with --fix\n')
  const json = JSON.parse(lessonlint(['--quiet', '--format', 'json', 'water.md', 'roads.md'], {cwd}).stdout)
  expect(json.map((r: any) => [r.filePath, r.messages.length, r.errorCount, r.warningCount, r.infoCount])).toEqual([
    ['roads.md', 0, 0, 0, 0],
    ['water.md', 1, 1, 0, 0],
  ])
  // Warnings dropped by --quiet do not count against --max-warnings either.
  expect(lessonlint(['--quiet', '--max-warnings', '0', 'water.md', '--rule', 'required-sections:off'], {cwd}).status).toBe(0)
})

describe('configuration', () => {
  test('--rule sets severities, repeatable, applied over the config', () => {
    const run = lessonlint(['--format', 'json', 'water.md', '--rule', 'evaluation-plan:off', '--rule', 'gender-budget:info'], {cwd})
    expect(rulesIn(run.stdout).sort()).toEqual(['gender-budget', 'required-sections'])
    const json = JSON.parse(run.stdout)
    expect(json[0].messages.find((m: any) => m.ruleId === 'gender-budget').severity).toBe('info')
  })

  test('--rule with a bad severity or no colon is a usage error', () => {
    for (const spec of ['evaluation-plan:warnings', 'evaluation-plan:3', 'evaluation-plan']) {
      const run = lessonlint(['water.md', '--rule', spec], {cwd})
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(`got '${spec}'`)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
  })

  test('the nearest config file applies to each file', () => {
    expect(rulesIn(lessonlint(['--format', 'json', 'sub/water.md'], {cwd}).stdout)).toEqual(['required-sections'])
  })

  test('--config replaces discovery', () => {
    const run = lessonlint(['--format', 'json', '--config', 'alt/config.json', 'water.md', 'sub/water.md'], {cwd})
    expect(rulesIn(run.stdout)).toEqual(['evaluation-plan', 'evaluation-plan'])
    expect(JSON.parse(run.stdout)[0].messages[0].severity).toBe('error')
  })

  test('--print-config prints the resolved config of a file as JSON', () => {
    const run = lessonlint(['--print-config', 'sub/water.md', '--rule', 'gender-budget:warning'], {cwd})
    expect(run.status).toBe(0)
    const config = JSON.parse(run.stdout)
    expect(Object.keys(config.rules)).toEqual(['gender-budget', 'participatory-monitoring', 'required-sections'])
    expect(config.rules['gender-budget'][0]).toBe('warning')
    expect(config.rules['required-sections'][0]).toBe('error')
    // Options come with their defaults merged in.
    expect(config.rules['required-sections'][1].kinds).toContain('budget')
    expect(config.files).toEqual([join(cwd, 'sub/.lessonlintrc.json')])
  })

  test('--list-rules prints id, severity, summary and fixable, one rule a line', () => {
    const run = lessonlint(['--list-rules'], {cwd})
    expect(run.status).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(26)
    const sections = lines.find((l) => l.startsWith('required-sections '))!
    expect(sections).toMatch(/^required-sections +error +The proposal .+sections\. +fixable$/)
    const evaluation = lines.find((l) => l.startsWith('evaluation-plan '))!
    expect(evaluation).toMatch(/^evaluation-plan +warning +An evaluation .+[^e]$/)
    expect(lines.find((l) => l.startsWith('participatory-monitoring '))).toMatch(/ info /)
    // Columns line up.
    const severityColumn = new Set(lines.map((l) => l.search(/ (error|warning|info) /)))
    expect(severityColumn.size).toBe(1)
  })
})

describe('standard input', () => {
  test('--stdin-filename is reported and drives config lookup', () => {
    const run = lessonlint(['--stdin', '--stdin-filename', 'sub/draft.md', '--format', 'json'], {cwd, input: WATER})
    expect(run.status).toBe(1)
    const [result] = JSON.parse(run.stdout)
    expect(result.filePath).toBe('sub/draft.md')
    // sub/ has evaluation-plan off.
    expect(result.messages.map((m: any) => m.ruleId)).toEqual(['required-sections'])
    expect(existsSync(join(cwd, 'sub/draft.md'))).toBe(false)
  })

  test('without a filename, the text is linted with the config of cwd', () => {
    const run = lessonlint(['--stdin', '--no-color'], {cwd, input: WATER})
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^<text>\n {2}1:1 {2}error {4}/)
    expect(run.stdout).toContain('evaluation-plan')
  })

  test('--stdin --fix prints the fixed text instead of a report', () => {
    const run = lessonlint(['--stdin', '--stdin-filename', 'water.md', '--fix'], {cwd, input: WATER})
    expect(run.stdout).toBe(WATER_FIXED)
    // The inserted skeletons still hold only placeholders: an error, so exit 1 (a fix never hides a problem).
    expect(run.status).toBe(1)
    expect(readFileSync(join(cwd, 'water.md'), 'utf8')).toBe(WATER)
  })

  test('--stdin --fix-dry-run --format json reports what remains, with the fixed text as output', () => {
    const run = lessonlint(['--stdin', '--fix-dry-run', '--format', 'json'], {cwd, input: WATER})
    const [result] = JSON.parse(run.stdout)
    expect(result.output).toBe(WATER_FIXED)
    const sections = result.messages.filter((m: any) => m.ruleId === 'required-sections')
    expect(sections.map((m: any) => m.message)).toEqual([expect.stringMatching(/^The .* sections still hold only a placeholder\./)])
  })

  test('--stdin with paths, or --stdin-filename without --stdin, is a usage error', () => {
    expect(lessonlint(['--stdin', 'water.md'], {cwd}).status).toBe(2)
    const run = lessonlint(['--stdin-filename', 'x.md'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--stdin-filename needs --stdin')
  })
})

test('--output-file writes the report there and nothing to stdout', () => {
  const run = lessonlint(['water.md', '--format', 'json', '--output-file', 'reports/out.json'], {cwd})
  expect(run.status).toBe(1)
  expect(run.stdout).toBe('')
  expect(JSON.parse(readFileSync(join(cwd, 'reports/out.json'), 'utf8'))[0].filePath).toBe('water.md')
  // A report in a file is never coloured.
  lessonlint(['water.md', '--output-file', 'reports/out.txt'], {cwd, env: {FORCE_COLOR: '1'}})
  expect(readFileSync(join(cwd, 'reports/out.txt'), 'utf8')).not.toMatch(/\u001b\[/)
})

test('without paths, every proposal under cwd is linted; a note with one section is not a proposal', () => {
  const json = JSON.parse(lessonlint(['--format', 'json'], {cwd}).stdout)
  expect(json.map((r: any) => r.filePath)).toEqual(['clean.md', 'roads.md'])
  const named = JSON.parse(lessonlint(['.', '--format', 'json'], {cwd}).stdout)
  expect(named.map((r: any) => r.filePath)).toEqual(['clean.md', 'roads.md', 'sub/water.md', 'water.md'])
})

test('--help lists every option and the exit codes; --version prints the version', () => {
  const help = lessonlint(['--help'], {cwd})
  expect(help.status).toBe(0)
  for (const option of [
    '--format', '--output-file', '--max-warnings', '--quiet', '--verbose', '--config', '--rule', '--fix', '--fix-dry-run',
    '--stdin', '--stdin-filename', '--print-config', '--list-rules', '--no-color', '--color', '--no-ignore', '--version', '--help',
  ]) {
    expect(help.stdout).toMatch(new RegExp(`^ +(-[a-z], )?${option}[ \n]`, 'm'))
  }
  expect(help.stdout).toMatch(/Exit codes:\n {2}0 .+\n {2}1 .+\n {2}2 /)
  const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8'))
  expect(lessonlint(['--version'], {cwd})).toEqual({status: 0, stdout: `${pkg.version}\n`, stderr: ''})
  expectNoStackTrace(help.stderr)
})
