// Small rules defined for the engine's tests (the real pack is tested in rules/).
import type {Rule} from '../../src/types.js'

/** Reports every line containing TODO; the fix replaces the word with DONE. */
export const todoRule: Rule<'todo'> = {
  meta: {
    id: 'no-todo',
    summary: 'No TODO left in a proposal.',
    severity: 'warning',
    tags: ['test'],
    lesson: 'Unfinished text confuses reviewers.',
    sources: [],
    messages: {
      todo: {problem: 'Unfinished text: "{word}".', why: 'Reviewers read {who}.', fix: 'Finish the sentence.'},
    },
    fixable: true,
    docsUrl: 'https://example.org/rules/no-todo',
  },
  check({model, report}) {
    for (const match of model.text.matchAll(/TODO/g)) {
      const start = match.index
      report({
        messageId: 'todo',
        data: {word: 'TODO', who: 'everything'},
        range: model.rangeOf(start, start + 4),
        fix: {title: 'Replace TODO', edits: [{start, end: start + 4, text: 'DONE'}]},
      })
    }
  },
}

/** Reports once at the title when the text has fewer than `min` words. */
export const lengthRule: Rule<'short', {min: number}> = {
  meta: {
    id: 'min-length',
    summary: 'Proposals have some length.',
    severity: 'info',
    tags: ['test'],
    lesson: 'Short proposals leave out the lessons.',
    sources: [],
    messages: {short: {problem: 'Only {count} words (minimum {min}).', why: 'Short.', fix: 'Write more.'}},
    optionsSchema: {
      type: 'object',
      properties: {min: {type: 'integer', minimum: 1}, kinds: {type: 'array', items: {enum: ['budget', 'gender']}}},
      additionalProperties: false,
    },
    defaultOptions: {min: 5},
  },
  check({model, options, report}) {
    const count = model.text.split(/\s+/).filter(Boolean).length
    if (count < options.min) report({messageId: 'short', data: {count, min: options.min}, range: model.titleRange})
  },
}

export const throwingRule: Rule = {
  meta: {
    id: 'crashes',
    summary: 'Always throws.',
    severity: 'warning',
    tags: ['test'],
    lesson: '',
    sources: [],
    messages: {never: {problem: '', why: '', fix: ''}},
  },
  check() {
    throw new Error('cannot read properties of undefined')
  },
}

export const badMessageRule: Rule = {
  meta: {
    id: 'bad-message',
    summary: 'Reports an unknown message id.',
    severity: 'error',
    tags: ['test'],
    lesson: '',
    sources: [],
    messages: {known: {problem: 'Known.', why: '', fix: ''}},
  },
  check({model, report}) {
    report({messageId: 'known', range: model.titleRange})
    report({messageId: 'nope', range: model.titleRange})
  },
}

export const testRules = [todoRule, lengthRule] as unknown as Rule[]
