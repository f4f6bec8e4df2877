import {describe, expect, it} from 'vitest'
import {lintModel} from '../../src/engine/run.js'
import type {ResolvedConfig, Rule} from '../../src/types.js'
import {fakeModel} from './fake-model.js'
import {badMessageRule, lengthRule, testRules, throwingRule, todoRule} from './test-rules.js'

const rules = testRules
const where = (result: ReturnType<typeof lintModel>) =>
  result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId}`)

describe('lintModel', () => {
  it('runs every rule at its default severity and options when no config is given', () => {
    const result = lintModel(fakeModel('# T\n\nTODO one.\n'), {rules})
    expect(where(result)).toEqual(['1:1 min-length', '3:1 no-todo'])
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['info', 'warning'])
    expect(result.diagnostics[0]!.message).toBe('Only 4 words (minimum 5). Short. Write more.')
    expect([result.errorCount, result.warningCount, result.infoCount, result.fixableCount]).toEqual([0, 1, 1, 1])
    expect(result.parsedCleanly).toBe(true)
  })

  it('fills placeholders in every part, keeps the parts, attaches the docs link', () => {
    const [diagnostic] = lintModel(fakeModel('TODO\n'), {rules: [todoRule as unknown as Rule]}).diagnostics
    expect(diagnostic).toMatchObject({
      ruleId: 'no-todo',
      messageId: 'todo',
      message: 'Unfinished text: "TODO". Reviewers read everything. Finish the sentence.',
      parts: {problem: 'Unfinished text: "TODO".', why: 'Reviewers read everything.', fix: 'Finish the sentence.'},
      docsUrl: 'https://example.org/rules/no-todo',
      range: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}},
    })
    expect(diagnostic!.fix?.edits).toEqual([{start: 0, end: 4, text: 'DONE'}])
  })

  it('uses the config: only enabled rules, its severity, options merged over the defaults', () => {
    const config: ResolvedConfig = {
      rules: new Map([['min-length', {severity: 'error', options: {min: 50}}]]),
      files: [],
    }
    const result = lintModel(fakeModel('# T\n\nTODO one two three four five.\n'), {rules, config})
    expect(where(result)).toEqual(['1:1 min-length'])
    expect(result.diagnostics[0]).toMatchObject({severity: 'error', message: 'Only 8 words (minimum 50). Short. Write more.'})
    expect(result.errorCount).toBe(1)
  })

  it('turns a rule that throws into one internal-error at the title; the other rules still run', () => {
    const result = lintModel(fakeModel('# Title\n\nTODO\n'), {rules: [throwingRule, ...rules]})
    expect(where(result)).toEqual(['1:1 internal-error', '1:1 min-length', '3:1 no-todo'])
    const [failure] = result.diagnostics
    expect(failure!.severity).toBe('error')
    expect(failure!.message).toContain('Rule "crashes" failed: cannot read properties of undefined')
    expect(failure!.range.end.column).toBe(8)
    expect(result.internalErrors).toEqual([{ruleId: 'crashes', message: 'cannot read properties of undefined'}])
  })

  it('treats an unknown messageId as an internal error of that rule', () => {
    const result = lintModel(fakeModel('# T\n'), {rules: [badMessageRule]})
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['internal-error'])
    expect(result.diagnostics[0]!.message).toContain('Rule "bad-message" failed: reported unknown messageId "nope"')
  })

  it('sorts diagnostics by position', () => {
    const result = lintModel(fakeModel('a TODO\n\nTODO TODO\n'), {rules})
    expect(where(result)).toEqual(['1:1 min-length', '1:3 no-todo', '3:1 no-todo', '3:6 no-todo'])
  })

  it('reports parsedCleanly false when the front matter has YAML errors (and reports nothing itself)', () => {
    const model = fakeModel('---\na: [\n---\n', {
      frontMatterErrors: [{message: 'bad', range: {start: {line: 2, column: 1, offset: 4}, end: {line: 2, column: 2, offset: 5}}}],
    })
    const result = lintModel(model, {rules: [todoRule as unknown as Rule]})
    expect(result.parsedCleanly).toBe(false)
    expect(result.diagnostics).toEqual([])
  })
})

describe('inline configuration', () => {
  // min-length is known (so ids naming it are valid) but off: only no-todo runs.
  const onlyTodo: ResolvedConfig = {rules: new Map([['no-todo', {severity: 'warning', options: {}}]]), files: []}
  const lint = (text: string, extra?: Parameters<typeof fakeModel>[1]) =>
    where(lintModel(fakeModel(text, extra), {rules, config: onlyTodo}))

  it('disables named rules from a disable comment until the enable comment', () => {
    const text = [
      'TODO 1',
      '<!-- lessonlint-disable no-todo -->',
      'TODO 3',
      '',
      'TODO 5',
      '<!-- lessonlint-enable no-todo -->',
      'TODO 7',
    ].join('\n')
    expect(lint(text)).toEqual(['1:1 no-todo', '7:1 no-todo'])
  })

  it('disables every rule when no id is given, and a later enable of one id re-enables only it', () => {
    const text = 'TODO\n<!-- lessonlint-disable -->\n\nTODO is too short\n<!-- lessonlint-enable no-todo -->\nTODO\n'
    const config: ResolvedConfig = {
      rules: new Map([
        ['no-todo', {severity: 'warning', options: {}}],
        ['min-length', {severity: 'info', options: {min: 100}}],
      ]),
      files: [],
    }
    const result = lintModel(fakeModel(text), {rules, config})
    // min-length reports at line 1, before the disable; after it only no-todo comes back.
    expect(where(result)).toEqual(['1:1 no-todo', '1:1 min-length', '6:1 no-todo'])
    const late = lintModel(fakeModel('<!-- lessonlint-disable -->\nTODO\n<!-- lessonlint-enable no-todo -->\nTODO\n'), {rules, config})
    expect(where(late)).toEqual(['4:1 no-todo'])
  })

  it('disables the next non-blank line only', () => {
    const text = 'TODO\n<!-- lessonlint-disable-next-line no-todo -->\n\nTODO\nTODO\n'
    expect(lint(text)).toEqual(['1:1 no-todo', '5:1 no-todo'])
  })

  it('skips lines holding only comments when looking for the next line, and accepts comma lists and a reason', () => {
    const text = '<!-- lessonlint-disable-next-line min-length, no-todo -- intentional -->\n<!-- a note -->\nTODO\nTODO\n'
    expect(lint(text)).toEqual(['4:1 no-todo'])
  })

  it('does not let a disable for another rule silence this one', () => {
    expect(lint('<!-- lessonlint-disable min-length -->\nTODO\n')).toEqual(['2:1 no-todo'])
  })

  it('ignores other lessonlint comments such as fixture verdicts', () => {
    expect(lint('<!-- lessonlint-fixture: invalid -->\nTODO\n')).toEqual(['2:1 no-todo'])
  })

  it('honours front matter lessonlint.disable for the whole document (the rule does not even run)', () => {
    const result = lintModel(fakeModel('---\nx: 1\n---\nTODO\n', {frontMatterData: {lessonlint: {disable: ['no-todo', 'crashes']}}}), {
      rules: [todoRule as unknown as Rule, throwingRule],
    })
    expect(result.diagnostics).toEqual([])
    expect(result.internalErrors).toEqual([])
    // An opt-out is the document's config, not a silenced finding: nothing is kept as suppressed, and explain says so.
    expect(result.suppressed).toEqual([])
    expect(result.explanations.find((rule) => rule.ruleId === 'no-todo')!.verdict).toBe('disabled')
  })

  it('warns about an unknown id in a comment, at the comment, naming the nearest rule id', () => {
    const text = 'Intro\n\n<!-- lessonlint-disable no-tood -->\nTODO\n'
    const result = lintModel(fakeModel(text), {rules: [todoRule as unknown as Rule]})
    expect(where(result)).toEqual(['3:1 inline-config', '4:1 no-todo'])
    const [warning] = result.diagnostics
    expect(warning!.severity).toBe('warning')
    expect(warning!.message).toBe(
      'Unknown rule id "no-tood" in a lessonlint-disable comment. It names no rule, so it switches nothing off. Did you mean "no-todo"?',
    )
    expect(warning!.range.end).toEqual({line: 3, column: 36, offset: 42})
  })

  it('warns about an unknown directive, with the one meant', () => {
    const result = lintModel(fakeModel('<!-- lessonlint-disabel no-todo -->\nTODO <!-- lessonlint-disable-line no-todo -->\n'), {rules})
    const warnings = result.diagnostics.filter((d) => d.ruleId === 'inline-config')
    expect(warnings.map((d) => [d.range.start.line, d.range.start.column, d.parts!.problem, d.parts!.fix])).toEqual([
      [1, 1, 'Unknown directive "lessonlint-disabel".', 'Did you mean "lessonlint-disable"?'],
      [2, 6, 'Unknown directive "lessonlint-disable-line".', 'Put <!-- lessonlint-disable-next-line ... --> on the line above instead.'],
    ])
    // Neither comment disabled anything.
    expect(result.diagnostics.filter((d) => d.ruleId === 'no-todo')).toHaveLength(1)
  })

  it('warns about an unknown id in the front matter disable list', () => {
    const result = lintModel(fakeModel('---\n---\nTODO\n', {frontMatterData: {lessonlint: {disable: ['min-lenght']}}}), {rules})
    expect(result.diagnostics.filter((d) => d.ruleId === 'inline-config').map((d) => d.message)).toEqual([
      'Unknown rule id "min-lenght" in the front matter `lessonlint.disable`. It names no rule, so it switches nothing off. Did you mean "min-length"?',
    ])
  })
})

describe('options', () => {
  it('passes the defaults when the config gives none', () => {
    const config: ResolvedConfig = {rules: new Map([['min-length', {severity: 'warning', options: {}}]]), files: []}
    const result = lintModel(fakeModel('one two\n'), {rules: [lengthRule as unknown as Rule], config})
    expect(result.diagnostics[0]!.message).toBe('Only 2 words (minimum 5). Short. Write more.')
  })
})
