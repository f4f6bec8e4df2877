// The four report formats, as the real bin prints them.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {CONFIG, ROADS, WATER, WATER_FIXED} from './documents.js'
import {expectNoStackTrace, lessonlint, ROOT, tempProject, validateSarif} from './helpers.js'

interface JsonMessage {
  ruleId: string
  severity: string
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  fix?: {title: string; edits: Array<{start: number; end: number; text: string}>}
}
interface JsonResult {
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
  fixableCount: number
  output?: string
}

let project: ReturnType<typeof tempProject>
let cwd: string
let json: JsonResult[]

beforeAll(() => {
  project = tempProject({'.lessonlintrc.json': CONFIG, 'water.md': WATER, 'docs/roads.md': ROADS})
  cwd = project.dir
  const run = lessonlint(['--format', 'json', 'water.md', 'docs/roads.md'], {cwd})
  expect(run.status).toBe(1)
  json = JSON.parse(run.stdout) as JsonResult[]
})
afterAll(() => project.cleanup())

function message(file: string, ruleId: string): JsonMessage {
  const found = json.find((r) => r.filePath === file)?.messages.find((m) => m.ruleId === ruleId)
  if (!found) throw new Error(`no ${ruleId} in ${file}`)
  return found
}

describe('json', () => {
  test('one entry per file, paths relative to cwd, messages with positions, counts', () => {
    expect(json.map((r) => r.filePath)).toEqual(['docs/roads.md', 'water.md'])
    const [roads, water] = json
    expect(roads).toEqual({
      filePath: 'docs/roads.md',
      messages: [
        {
          ruleId: 'participatory-monitoring',
          severity: 'info',
          message: expect.stringContaining('monitoring') as unknown as string,
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 29,
        },
      ],
      suppressedMessages: [],
      errorCount: 0,
      warningCount: 0,
      infoCount: 1,
      fixableCount: 0,
    })
    expect(water!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['required-sections', 'error', 1, 1],
      ['evaluation-plan', 'warning', 1, 1],
    ])
    expect(water).toMatchObject({errorCount: 1, warningCount: 1, infoCount: 0, fixableCount: 1})
    expect(water).not.toHaveProperty('output')
  })

  test('a fixable message carries its fix; --fix-dry-run adds the fixed text as output and writes nothing', () => {
    const fix = message('water.md', 'required-sections').fix!
    expect(fix.title).toEqual(expect.any(String))
    expect(fix.edits.length).toBeGreaterThan(0)
    expect(message('water.md', 'evaluation-plan')).not.toHaveProperty('fix')

    const run = lessonlint(['--format', 'json', '--fix-dry-run', 'water.md'], {cwd})
    const [water] = JSON.parse(run.stdout) as JsonResult[]
    expect(water!.output).toBe(WATER_FIXED)
    // What would remain after fixing: the evaluation is still missing, the new empty M&E section is not participatory,
    // and the skeleton sections hold only placeholders.
    expect(water!.messages.map((m) => m.ruleId).sort()).toEqual(['evaluation-plan', 'participatory-monitoring', 'required-sections'])
    expect(readFileSync(join(cwd, 'water.md'), 'utf8')).toBe(WATER)
  })
})

describe('stylish', () => {
  // What a user sees in a terminal of 80 and of 120 columns, kept as files: a change shows as a diff.
  test.each([80, 120])('at %i columns: one short line per finding, wrapped, rule ids at the end, a summary (exact, --no-color)', (columns) => {
    const run = lessonlint(['--no-color', 'water.md', 'docs/roads.md'], {cwd, env: {COLUMNS: String(columns)}})
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(columns)
    expect(run.stdout).toBe(readFileSync(join(ROOT, `test/cli/snapshots/stylish-${columns}.txt`), 'utf8'))
  })

  test('--verbose adds the why and the fix under each finding, wrapped and indented', () => {
    const run = lessonlint(['--no-color', '--verbose', 'water.md'], {cwd, env: {COLUMNS: '80'}})
    expect(run.stdout).toBe(readFileSync(join(ROOT, 'test/cli/snapshots/stylish-verbose-80.txt'), 'utf8'))
    // The why is the finding's own, as the JSON report carries it in its message.
    const sections = message('water.md', 'required-sections').message
    expect(sections).toContain(run.stdout.split('\n').find((line) => line.includes('why:'))!.split('why: ')[1]!.trim())
  })

  test('prints nothing for clean files', () => {
    const clean = tempProject({'.lessonlintrc.json': JSON.stringify({extends: [], rules: {'required-sections': 'error'}}), 'a.md': ROADS})
    try {
      const run = lessonlint([], {cwd: clean.dir})
      expect(run).toEqual({status: 0, stdout: '', stderr: ''})
    } finally {
      clean.cleanup()
    }
  })

  test('colour only on a terminal or on request: --color and FORCE_COLOR force it, --no-color and NO_COLOR turn it off', () => {
    const ansi = /\u001b\[\d+m/
    expect(lessonlint(['water.md'], {cwd}).stdout).not.toMatch(ansi)
    const forced = lessonlint(['water.md'], {cwd, env: {FORCE_COLOR: '1'}}).stdout
    expect(forced).toMatch(ansi)
    expect(forced).toContain('\u001b[4mwater.md\u001b[24m')
    expect(lessonlint(['water.md', '--color'], {cwd}).stdout).toMatch(ansi)
    expect(lessonlint(['water.md', '--no-color'], {cwd, env: {FORCE_COLOR: '1'}}).stdout).not.toMatch(ansi)
    expect(lessonlint(['water.md'], {cwd, env: {NO_COLOR: '1'}}).stdout).not.toMatch(ansi)
  })
})

describe('sarif', () => {
  let log: any
  let listed: string[]

  beforeAll(() => {
    const run = lessonlint(['--format', 'sarif', 'water.md', 'docs/roads.md'], {cwd})
    expect(run.status).toBe(1)
    expectNoStackTrace(run.stderr)
    log = JSON.parse(run.stdout)
    listed = lessonlint(['--list-rules'], {cwd}).stdout.trim().split('\n')
  })

  test('is valid against the official SARIF 2.1.0 schema', () => {
    const {valid, errors} = validateSarif(log)
    expect(errors).toBe('[]')
    expect(valid).toBe(true)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    expect(log.runs).toHaveLength(1)
  })

  test('describes the tool and every rule of the registry, fired or not', () => {
    const run = log.runs[0]
    const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as {version: string}
    expect(run.tool.driver).toMatchObject({name: 'lessonlint', version: pkg.version})
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//)
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(cwd).href}/`)

    const rules = run.tool.driver.rules as any[]
    const levels: Record<string, string> = {error: 'error', warning: 'warning', info: 'note'}
    expect(rules.map((r) => r.id)).toEqual(listed.map((line) => line.split(/\s+/)[0]))
    expect(rules.length).toBeGreaterThanOrEqual(26)
    for (const [index, rule] of rules.entries()) {
      const severity = listed[index]!.split(/\s+/)[1]!
      expect(rule.defaultConfiguration.level).toBe(levels[severity])
      expect(rule.shortDescription.text.length).toBeGreaterThan(10)
      expect(rule.fullDescription.text.length).toBeGreaterThan(20)
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*${rule.id}`))
      expect(rule.help.text).toContain(rule.fullDescription.text)
      expect(rule.help.markdown).toContain(rule.helpUri)
      expect(rule.properties.tags.length).toBeGreaterThan(0)
      expect(rule.properties.tags.length).toBeLessThanOrEqual(20)
      expect(Array.isArray(rule.properties.sources)).toBe(true)
    }
    const gender = rules.find((r) => r.id === 'gender-budget')
    expect(gender.properties.sources[0]).toMatchObject({url: expect.stringMatching(/^https:\/\//)})
  })

  test('results point at rule descriptors, relative uris and 1-based regions; fixes and fingerprints', () => {
    const run = log.runs[0]
    const results = run.results as any[]
    expect(results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['required-sections', 'error', 'water.md'],
      ['evaluation-plan', 'warning', 'water.md'],
      ['participatory-monitoring', 'note', 'docs/roads.md'],
    ].sort((a, b) => (a[2]! < b[2]! ? -1 : a[2]! > b[2]! ? 1 : 0)))
    for (const result of results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      expect(result.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%')
      expect(result.message.text).toBe(message(result.locations[0].physicalLocation.artifactLocation.uri, result.ruleId).message)
      expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}:1$/)
    }
    const participation = results.find((r) => r.ruleId === 'participatory-monitoring')
    expect(participation.locations[0].physicalLocation.region).toEqual({startLine: 17, startColumn: 1, endLine: 17, endColumn: 29})

    const sections = results.find((r) => r.ruleId === 'required-sections')
    expect(results.filter((r) => r.fixes)).toEqual([sections])
    const [change] = sections.fixes[0].artifactChanges
    expect(change.artifactLocation).toEqual({uri: 'water.md', uriBaseId: '%SRCROOT%'})
    // Applying the replacements to the file gives what --fix writes.
    let text = WATER
    for (const r of [...change.replacements].reverse()) {
      text = text.slice(0, r.deletedRegion.charOffset) + (r.insertedContent?.text ?? '') + text.slice(r.deletedRegion.charOffset + r.deletedRegion.charLength)
    }
    expect(text).toBe(WATER_FIXED)
    expect(change.replacements[0].deletedRegion).toMatchObject({startLine: 6, startColumn: 1, endLine: 6, endColumn: 1})
  })

  test('fingerprints survive edits elsewhere in the file and change with the offending line', () => {
    const fingerprints = (text: string) => {
      writeFileSync(join(cwd, 'moving.md'), text)
      const run = lessonlint(['--format', 'sarif', 'moving.md'], {cwd})
      if (!run.stdout) throw new Error(run.stderr)
      const out = JSON.parse(run.stdout)
      return out.runs[0].results.map((r: any) => `${r.ruleId} ${JSON.stringify(r.partialFingerprints)}`) as string[]
    }
    const before = fingerprints(ROADS)
    const moved = fingerprints(ROADS.replace('## Objectives', 'An introduction.\n\nAnother paragraph.\n\n## Objectives'))
    const reworded = fingerprints(ROADS.replace('## Monitoring and evaluation', '## Monitoring & evaluation'))
    expect(before).toHaveLength(1)
    expect(moved).toEqual(before)
    expect(reworded[0]).not.toEqual(before[0])
  })

  test('uris are percent-encoded; files outside cwd get absolute file uris', () => {
    const outside = tempProject({'far away.md': WATER})
    try {
      writeFileSync(join(cwd, 'with space.md'), WATER)
      const run = lessonlint(['--format', 'sarif', 'with space.md', join(outside.dir, 'far away.md')], {cwd})
      const out = JSON.parse(run.stdout)
      expect(validateSarif(out).valid).toBe(true)
      const uris = new Set(out.runs[0].results.map((r: any) => JSON.stringify(r.locations[0].physicalLocation.artifactLocation)))
      expect([...uris].sort()).toEqual(
        [
          JSON.stringify({uri: 'with%20space.md', uriBaseId: '%SRCROOT%'}),
          JSON.stringify({uri: pathToFileURL(join(outside.dir, 'far away.md')).href}),
        ].sort(),
      )
    } finally {
      outside.cleanup()
    }
  })
})

describe('github', () => {
  test('one workflow command per problem, with positions, rule id as title and escaped properties', () => {
    writeFileSync(join(cwd, 'a,b:c.md'), WATER)
    const run = lessonlint(['--format', 'github', 'water.md', 'docs/roads.md', 'a,b:c.md'], {cwd})
    expect(run.status).toBe(1)
    const sections = message('water.md', 'required-sections')
    const evaluation = message('water.md', 'evaluation-plan')
    const participation = message('docs/roads.md', 'participatory-monitoring')
    const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
    expect(run.stdout.split('\n')).toEqual([
      `::error file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=${sections.endColumn},title=required-sections::${escape(sections.message)}`,
      `::warning file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=${evaluation.endColumn},title=evaluation-plan::${escape(evaluation.message)}`,
      `::notice file=docs/roads.md,line=17,col=1,endLine=17,endColumn=29,title=participatory-monitoring::${escape(participation.message)}`,
      `::error file=water.md,line=1,col=1,endLine=1,endColumn=${sections.endColumn},title=required-sections::${escape(sections.message)}`,
      `::warning file=water.md,line=1,col=1,endLine=1,endColumn=${evaluation.endColumn},title=evaluation-plan::${escape(evaluation.message)}`,
      '',
    ])
  })
})

describe('compact', () => {
  test('one clickable file:line:col: severity rule-id problem line per finding, nothing for clean files', () => {
    const run = lessonlint(['--format', 'compact', 'water.md', 'docs/roads.md'], {cwd})
    expect(run.status).toBe(1)
    expect(run.stdout).toBe(
      'docs/roads.md:17:1: info participatory-monitoring The M&E plan leaves monitoring to project staff: no constituents or beneficiaries take part in it.\n' +
        'water.md:1:1: error required-sections The proposal has no activities, budget, monitoring and evaluation, risks and sustainability sections.\n' +
        'water.md:1:1: warning evaluation-plan No evaluation of the project is planned.\n',
    )
    const lines = run.stdout.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(/^[^:\s]+:\d+:\d+: (?:error|warning|info) [a-z-]+ \S/)
  })
})
