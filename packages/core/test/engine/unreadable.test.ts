import {describe, expect, it, vi} from 'vitest'

// A document the parser chokes on: the only way to reach the model's fallback from outside is a parser that throws.
vi.mock('../../src/model/parse.js', async (original) => {
  const actual = await original<typeof import('../../src/model/parse.js')>()
  return {
    ...actual,
    parseMarkdown: (text: string, ...rest: Parameters<typeof actual.parseMarkdown> extends [string, ...infer R] ? R : never) => {
      if (text.includes('CHOKE')) throw new RangeError('Maximum call stack size exceeded')
      return actual.parseMarkdown(text, ...rest)
    },
  }
})

const {buildModel} = await import('../../src/model/index.js')
const {lintModel} = await import('../../src/engine/run.js')
const {testRules} = await import('./test-rules.js')

describe('a document whose structure cannot be read', () => {
  it('gets one error saying so, in its language, and no rule judges a document without sections', () => {
    const model = buildModel('# Projet\n\nTODO CHOKE\n', {})
    expect(model.unreadable).toBe('Maximum call stack size exceeded')
    expect(model.sections).toEqual([])
    const result = lintModel(model, {rules: testRules, locale: 'fr'})
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line, d.parts?.problem])).toEqual([
      ['internal-error', 'error', 1, 'lessonlint n’a pas pu lire la structure de ce document : Maximum call stack size exceeded'],
    ])
    expect(result.internalErrors).toEqual([{ruleId: 'internal-error', message: 'Maximum call stack size exceeded'}])
  })

  it('is told apart from a document that reads', () => {
    const model = buildModel('# Project\n\nTODO one.\n', {})
    expect(model.unreadable).toBeUndefined()
    expect(lintModel(model, {rules: testRules}).diagnostics.map((d) => d.ruleId)).toContain('no-todo')
  })
})
