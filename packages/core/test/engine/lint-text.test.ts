// lintText and fixText over the real model builder.
import {describe, expect, it} from 'vitest'
import {fixText, lintText, validateRanges} from '../../src/index.js'
import type {Rule} from '../../src/types.js'

/** Reports each sentence containing TODO; the fix replaces the sentence with "Done." */
const todoSentence: Rule<'todo'> = {
  meta: {
    id: 'no-todo',
    summary: 'No TODO sentence.',
    severity: 'warning',
    tags: [],
    lesson: '',
    sources: [],
    messages: {todo: {problem: 'Unfinished sentence.', why: 'Reviewers stop there.', fix: 'Finish it.'}},
    fixable: true,
  },
  check({model, report}) {
    for (const sentence of model.sentences()) {
      if (!sentence.text.includes('TODO')) continue
      const {start, end} = sentence.range
      report({messageId: 'todo', range: sentence.range, fix: {title: 'Finish', edits: [{start: start.offset, end: end.offset, text: 'Done.'}]}})
    }
  },
}
const rules = [todoSentence as unknown as Rule]

describe('lintText', () => {
  it('builds the model, runs the rules and honours inline comments', () => {
    const text = '# Plan\n\nFirst TODO here. Fine.\n\n<!-- lessonlint-disable-next-line no-todo -->\nTODO later.\n\nAgain TODO.\n'
    const result = lintText(text, {rules, filePath: 'plan.md'})
    expect(result.filePath).toBe('plan.md')
    expect(validateRanges(result)).toEqual([])
    expect(result.diagnostics.map((d) => [d.range.start.line, d.range.start.column, d.range.end.column])).toEqual([
      [3, 1, 17],
      [8, 1, 12],
    ])
    expect(result.warningCount).toBe(2)
    expect(result.fixableCount).toBe(2)
  })

  it('removes the BOM from the text and says it had one', () => {
    const result = lintText('\uFEFF# T\n\nTODO.\n', {rules})
    expect(result.hadBom).toBe(true)
    expect(result.text).toBe('# T\n\nTODO.\n')
    expect(result.diagnostics[0]!.range.start).toEqual({line: 3, column: 1, offset: 5})
    expect(validateRanges(result)).toEqual([])
  })

  it('reports parsedCleanly false for broken front matter', () => {
    expect(lintText('---\ntitle: [unclosed\n---\n# T\n', {rules}).parsedCleanly).toBe(false)
    expect(lintText('---\ntitle: fine\n---\n# T\n', {rules}).parsedCleanly).toBe(true)
  })
})

describe('fixText', () => {
  it('applies the fixes, keeps BOM and CRLF, and reports what is left', () => {
    const text = '\uFEFF# T\r\n\r\nOne TODO. Two.\r\n\r\nTODO again.\r\n'
    const {output, fixed, result, passes} = fixText(text, {rules})
    expect(output).toBe('\uFEFF# T\r\n\r\nDone. Two.\r\n\r\nDone.\r\n')
    expect(fixed).toBe(true)
    expect(passes).toBe(1)
    expect(result.diagnostics).toEqual([])
    expect(result.hadBom).toBe(true)
    expect(validateRanges(result)).toEqual([])
  })

  it('never changes a document whose front matter does not parse', () => {
    const text = '---\ntitle: [\n---\n# T\n\nTODO.\n'
    const {output, fixed, result} = fixText(text, {rules})
    expect(output).toBe(text)
    expect(fixed).toBe(false)
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['no-todo'])
  })

  it('runs more passes when a fix only becomes possible after another', () => {
    // upper only finds something once lower's fix has written "done": a second pass is needed.
    const upper: Rule = {
      meta: {...todoSentence.meta, id: 'upper', messages: {m: {problem: 'Lower case.', why: '', fix: ''}}},
      check({model, report}) {
        const at = model.text.indexOf('done')
        if (at >= 0) report({messageId: 'm', range: model.rangeOf(at, at + 4), fix: {title: 'Upper', edits: [{start: at, end: at + 4, text: 'DONE'}]}})
      },
    }
    const lower: Rule = {
      meta: {...todoSentence.meta, id: 'lower', messages: {m: {problem: 'TODO.', why: '', fix: ''}}},
      check({model, report}) {
        const at = model.text.indexOf('TODO')
        if (at >= 0) report({messageId: 'm', range: model.rangeOf(at, at + 4), fix: {title: 'Done', edits: [{start: at - 1, end: at + 4, text: ' done'}]}})
      },
    }
    const {output, passes} = fixText('# T\n\nIt is TODO.\n', {rules: [lower, upper]})
    expect(output).toBe('# T\n\nIt is DONE.\n')
    expect(passes).toBe(2)
  })
})
