// What a quality officer who gates a proposal repository in CI relies on, run
// through the real bin: silenced findings stay visible (SARIF suppressions,
// JSON suppressedMessages), --no-inline-config and
// --report-unused-disable-directives, ESLint's severity spellings, options
// checked on every rule, --list-rules as JSON, the GitHub job summary, and a
// valid SARIF file even when the configuration is broken.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {CONFIG, ROADS, WATER} from './documents.js'
import {expectNoStackTrace, lessonlint, tempProject, validateSarif} from './helpers.js'

/** WATER, with its evaluation-plan finding (at the title) silenced by a directive with a justification. */
const SILENCED = `<!-- lessonlint-disable-next-line evaluation-plan -- the donor evaluates; agreed with the M&E officer -->\n${WATER}`
/** ROADS is complete: a disable there silences nothing. */
const STALE = `<!-- lessonlint-disable required-sections -->\n${ROADS}`

let project: ReturnType<typeof tempProject>
let cwd: string
beforeAll(() => {
  project = tempProject({
    '.lessonlintrc.json': CONFIG,
    'silenced.md': SILENCED,
    'stale.md': STALE,
    'front-matter.md': `---\nlessonlint:\n  disable: [evaluation-plan]\n---\n${WATER}`,
    'bad/.lessonlintrc.json': JSON.stringify({extends: [], rules: {'evaluation-plan': ['warning', {strict: true}]}}),
    'bad/p.md': WATER,
  })
  cwd = project.dir
})
afterAll(() => project.cleanup())

type JsonResult = {
  messages: Array<{ruleId: string; line: number; message: string; severity: string}>
  suppressedMessages: Array<{ruleId: string; line: number; suppressions: Array<{kind: string; justification: string}>}>
}

const json = (args: string[]) => JSON.parse(lessonlint([...args, '--format', 'json'], {cwd}).stdout) as JsonResult[]

describe('silenced findings stay visible to audits', () => {
  test('JSON lists them under suppressedMessages with the justification, as ESLint does', () => {
    const [result] = json(['silenced.md'])
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['required-sections'])
    expect(result!.suppressedMessages).toEqual([
      expect.objectContaining({
        ruleId: 'evaluation-plan',
        line: 2,
        suppressions: [{kind: 'directive', justification: 'the donor evaluates; agreed with the M&E officer'}],
      }),
    ])
  })

  test('a front matter opt-out turns the rule off for the document, as config does: reported nowhere, not even as suppressed', () => {
    const [result] = json(['front-matter.md'])
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['required-sections'])
    expect(result!.suppressedMessages).toEqual([])
    const sarif = JSON.parse(lessonlint(['front-matter.md', '--format', 'sarif'], {cwd}).stdout)
    expect(sarif.runs[0].results.map((r: {ruleId: string}) => r.ruleId)).toEqual(['required-sections'])
    expect(lessonlint(['explain', 'front-matter.md', '--rule', 'evaluation-plan'], {cwd}).stdout).toContain("evaluation-plan  off in this document's front matter")
  })

  test('SARIF carries them as in-source suppressions pointing at the directive, and stays schema-valid', () => {
    const run = lessonlint(['silenced.md', '--format', 'sarif'], {cwd})
    const log = JSON.parse(run.stdout)
    expect(validateSarif(log).valid).toBe(true)
    const results = log.runs[0].results as Array<{ruleId: string; suppressions?: unknown[]}>
    expect(results.find((r) => r.ruleId === 'required-sections')!.suppressions).toBeUndefined()
    expect(results.find((r) => r.ruleId === 'evaluation-plan')!.suppressions).toEqual([
      {
        kind: 'inSource',
        justification: 'the donor evaluates; agreed with the M&E officer',
        location: {physicalLocation: {artifactLocation: {uri: 'silenced.md', uriBaseId: '%SRCROOT%'}, region: expect.objectContaining({startLine: 1, startColumn: 1})}},
      },
    ])
    // Suppressed findings do not fail the run: only the required-sections error does.
    expect(run.status).toBe(1)
  })

  test('--no-inline-config reports everything, whatever comments and front matter say', () => {
    expect(json(['silenced.md', 'front-matter.md', '--no-inline-config']).map((r) => r.messages.map((m) => m.ruleId))).toEqual([
      ['required-sections', 'evaluation-plan'],
      ['required-sections', 'evaluation-plan'],
    ])
    expect(json(['silenced.md', '--no-inline-config'])[0]!.suppressedMessages).toEqual([])
  })

  test('--report-unused-disable-directives fails the run on a disable that silences nothing, and not on one that does', () => {
    const stale = lessonlint(['stale.md', '--report-unused-disable-directives', '--format', 'compact'], {cwd})
    expect(stale.status).toBe(1)
    expect(stale.stdout).toContain('stale.md:1:1: error inline-config Unused lessonlint-disable for "required-sections": the rule reports nothing here.')
    expect(lessonlint(['stale.md', '--format', 'compact'], {cwd}).status).toBe(0)
    const used = json(['silenced.md', '--report-unused-disable-directives'])[0]!
    expect(used.messages.map((m) => m.ruleId)).toEqual(['required-sections'])
  })
})

describe('configuration as users write it', () => {
  test('ESLint\'s severity spellings work on the command line: warn, 0, 1, 2', () => {
    const severities = (spec: string) => json(['silenced.md', '--no-inline-config', '--rule', spec])[0]!.messages.map((m) => `${m.ruleId}=${m.severity}`)
    expect(severities('evaluation-plan:2')).toEqual(['required-sections=error', 'evaluation-plan=error'])
    expect(severities('required-sections:warn')).toEqual(['required-sections=warning', 'evaluation-plan=warning'])
    expect(severities('required-sections:0')).toEqual(['evaluation-plan=warning'])
  })

  test('options on a rule that takes none are refused in one line (exit 2)', () => {
    const run = lessonlint(['bad/p.md'], {cwd})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('lessonlint: bad/.lessonlintrc.json: rules.evaluation-plan[1].strict: unknown option: evaluation-plan takes no options\n')
  })

  test('--list-rules --format json describes every rule for tools that build on the pack', () => {
    const run = lessonlint(['--list-rules', '--format', 'json'], {cwd})
    expect(run.status).toBe(0)
    const rules = JSON.parse(run.stdout) as Array<{id: string; severity: string; summary: string; fixable: boolean; optionsSchema?: object; summaries?: Record<string, string>}>
    expect(rules.length).toBeGreaterThanOrEqual(26)
    const sections = rules.find((rule) => rule.id === 'required-sections')!
    expect(sections).toMatchObject({severity: 'error', fixable: true, optionsSchema: {type: 'object'}})
    expect(sections.summaries!['fr']).toMatch(/^La proposition/)
    const refused = lessonlint(['--list-rules', '--format', 'sarif'], {cwd})
    expect(refused.status).toBe(2)
  })
})

describe('GitHub Actions and code scanning', () => {
  test('--format github writes a job summary table when GITHUB_STEP_SUMMARY is set', () => {
    const summary = join(cwd, 'summary.md')
    writeFileSync(summary, '')
    const run = lessonlint(['silenced.md', 'stale.md', '--format', 'github'], {cwd, env: {GITHUB_STEP_SUMMARY: summary}})
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error file=silenced.md,line=2')
    expect(readFileSync(summary, 'utf8')).toBe(
      [
        '## lessonlint',
        '',
        '2 proposals checked: 1 error, 0 warnings.',
        '',
        '| Proposal | Errors | Warnings | Rules that fire |',
        '| --- | ---: | ---: | --- |',
        '| silenced.md | 1 | 0 | `required-sections` |',
        '| stale.md | 0 | 0 | `participatory-monitoring` |',
        '',
        '',
      ].join('\n'),
    )
  })

  test('a broken configuration still leaves a valid SARIF file with the error, for the upload step', () => {
    const run = lessonlint(['bad/p.md', '--format', 'sarif', '--output-file', 'out/lessonlint.sarif'], {cwd})
    expect(run.status).toBe(2)
    expectNoStackTrace(run.stderr)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    const log = JSON.parse(readFileSync(join(cwd, 'out/lessonlint.sarif'), 'utf8'))
    expect(validateSarif(log).valid).toBe(true)
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {text: 'bad/.lessonlintrc.json: rules.evaluation-plan[1].strict: unknown option: evaluation-plan takes no options'},
            descriptor: {id: 'configuration-error'},
          },
        ],
      },
    ])
  })
})

describe('messages in the writer\'s language', () => {
  test('a French proposal is answered in French; --locale decides where the text does not tell', () => {
    const french = '# Proposition de projet\n\n## Objectifs\n\nLe projet vise à améliorer l\'accès des femmes et des jeunes à des emplois décents dans les régions du nord.\n'
    const fr = lessonlint(['--stdin', '--stdin-filename', 'p.md', '--format', 'compact'], {cwd, input: french})
    expect(fr.stdout).toContain('error required-sections La proposition ne comporte pas les sections suivantes : activités, budget, suivi et évaluation, risques et durabilité.')
    const terse = '# Plan\n\n## Budget\n\n| Item | USD |\n| --- | --- |\n| Staff | 100 |\n'
    const es = lessonlint(['--stdin', '--stdin-filename', 'p.md', '--format', 'compact', '--locale', 'es'], {cwd, input: terse})
    expect(es.stdout).toContain('error required-sections La propuesta no tiene secciones de objetivos, actividades, seguimiento y evaluación, riesgos y sostenibilidad.')
    const bad = lessonlint(['p.md', '--locale', 'de'], {cwd})
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^lessonlint: --locale expects en, fr or es, not 'de'\./)
  })
})
