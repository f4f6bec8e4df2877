// `lessonlint explain FILE [--rule ID]... [--format text|json]`: per rule, whether it
// applied and why, what it found as evidence or what it looked for and did not
// find, with lines. For a user who disagrees with a finding, and for rule authors.
import {readFileSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import pc from 'picocolors'
import {EVIDENCE_LABEL, buildModel, lintModel, proposalVerdict, resolveConfigForFile, type ProposalVerdict, type Diagnostic, type Evidence, type Range, type RuleExplanation} from '@lessonlint/core'

import type {CliIo, RulePack} from './cli.js'

export const EXPLAIN_USAGE = `Usage: lessonlint explain FILE [--rule ID]... [--format text|json]

Says, for each rule, whether it applied to FILE and why (the scope evidence,
with lines), what it found as evidence, or what it looked for and did not find.

  -r, --rule ID       explain only this rule (repeatable)
  -f, --format NAME   text (default) or json
  -c, --config FILE   use FILE instead of looking up .lessonlintrc.* files
      --no-color      no colours
`

export interface ExplainedRule {
  ruleId: string
  /** `off` when the configuration does not run the rule. */
  verdict: RuleExplanation['verdict'] | 'off'
  severity: string | null
  evidence: Array<Omit<Evidence, 'range'> & {line?: number; column?: number; endLine?: number; endColumn?: number}>
  diagnostics: Array<{line: number; column: number; message: string}>
}

/** Thrown for a wrong `explain` command line; the CLI turns it into its usage error. */
export class ExplainUsageError extends Error {}

export async function explain(argv: readonly string[], io: CliIo, {rules, presets}: RulePack, color: boolean): Promise<number> {
  const {values, positionals} = parseExplainArgs(argv)
  if (values.help) {
    io.stdout.write(EXPLAIN_USAGE)
    return 0
  }
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new ExplainUsageError(`Unknown format '${format}' for explain: expected text or json.`)
  if (positionals.length !== 1) throw new ExplainUsageError('explain needs exactly one file.')
  const wanted = values.rule ?? []
  const known = new Set(rules.map((rule) => rule.meta.id))
  for (const id of wanted) if (!known.has(id)) throw new ExplainUsageError(`Unknown rule id '${id}'.`)

  const filePath = resolve(io.cwd, positionals[0]!)
  const text = readFileSync(filePath, 'utf8')
  const configFile = values.config === undefined ? undefined : resolve(io.cwd, values.config)
  const config = await resolveConfigForFile(filePath, {cwd: io.cwd, rules, presets, ...(configFile ? {configFile} : {})})
  const model = buildModel(text, {filePath})
  const result = lintModel(model, {rules, config})

  const ids = wanted.length > 0 ? wanted : rules.map((rule) => rule.meta.id)
  const explained = ids.map((ruleId): ExplainedRule => {
    const explanation = result.explanations.find((e) => e.ruleId === ruleId)
    const setting = config.rules.get(ruleId)
    return {
      ruleId,
      verdict: explanation?.verdict ?? 'off',
      severity: setting?.severity ?? null,
      evidence: (explanation?.evidence ?? []).map(({range, ...note}) => ({...note, ...(range ? position(range) : {})})),
      diagnostics: result.diagnostics.filter((d) => d.ruleId === ruleId).map(diagnosticLine),
    }
  })
  const shownPath = relative(io.cwd, filePath) || filePath
  const proposal = proposalVerdict(model)
  if (format === 'json') io.stdout.write(`${JSON.stringify({filePath: shownPath, proposal, rules: explained}, null, 2)}\n`)
  else io.stdout.write(renderText(shownPath, proposal, explained, pc.createColors(color)))
  return 0
}

function parseExplainArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        rule: {type: 'string', short: 'r', multiple: true},
        format: {type: 'string', short: 'f'},
        config: {type: 'string', short: 'c'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    const first = (error as Error).message.split(/(?<=\.)\s/)[0] ?? String(error)
    throw new ExplainUsageError(first.endsWith('.') ? first : `${first}.`)
  }
}

function position(range: Range) {
  return {line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column}
}

function diagnosticLine(diagnostic: Diagnostic) {
  return {line: diagnostic.range.start.line, column: diagnostic.range.start.column, message: diagnostic.parts?.problem ?? diagnostic.message}
}

const VERDICT_TEXT: Record<ExplainedRule['verdict'], string> = {
  reported: 'reported',
  satisfied: 'applies and is satisfied',
  'not-applicable': 'does not apply',
  failed: 'failed (internal error)',
  disabled: "off in this document's front matter",
  off: 'off in the configuration',
}

function renderText(filePath: string, proposal: ProposalVerdict, explained: readonly ExplainedRule[], c: ReturnType<typeof pc.createColors>): string {
  const treated = proposal.proposal
    ? `a proposal: ${proposal.reason}`
    : `not a proposal, so skipped by a run without paths or with --proposals-only (a run that names it or its folder lints it): ${proposal.reason}`
  const lines = [c.underline(filePath), c.dim(treated), '']
  for (const rule of explained) {
    const verdict = VERDICT_TEXT[rule.verdict]
    const painted = rule.verdict === 'reported' ? c.yellow(verdict) : rule.verdict === 'failed' ? c.red(verdict) : c.dim(verdict)
    lines.push(`${c.bold(rule.ruleId)}  ${painted}`)
    for (const note of rule.evidence) {
      const where = note.line === undefined ? '' : `${note.line}:${note.column}`
      lines.push(`  ${EVIDENCE_LABEL[note.role].toLowerCase().padEnd(15)} ${c.dim(where.padEnd(8))} ${note.message}`)
    }
    for (const finding of rule.diagnostics) {
      lines.push(`  ${'finding'.padEnd(15)} ${c.dim(`${finding.line}:${finding.column}`.padEnd(8))} ${finding.message}`)
    }
    lines.push('')
  }
  return lines.join('\n')
}
