// Three small rules instead of the ILO pack, for tests of the server's own
// behaviour (a rule that throws, a fix that overlaps another) that must not
// depend on what the pack's rules find. A module of its own: the server's lint
// worker imports it by URL (test-rules-server.mjs), as the real server's worker
// imports the ILO pack by name.
import {isMainThread} from 'node:worker_threads'
import {defineLexicon} from '@lessonlint/core'

const todo = defineLexicon('todo', {en: ['todo', 'tbd']})

/** @type {import('@lessonlint/core').Rule[]} */
export const rules = [
  {
    meta: {
      id: 'test-no-todo',
      summary: 'No TODO left in the text.',
      severity: 'warning',
      tags: ['test'],
      lesson: 'A proposal sent with TODOs in it tells the reader it was not finished.',
      sources: [{evaluation: 'Test evaluation 1', title: 'Finishing proposals', url: 'https://example.org/lesson/1', seed: 'none'}],
      messages: {todo: {problem: 'The text says "{word}".', why: 'Readers stop trusting an unfinished proposal.', fix: 'Write the missing part.'}},
      fixable: true,
      docsUrl: 'https://example.org/rules/test-no-todo',
    },
    check(context) {
      for (const match of context.model.find(todo)) {
        context.explain({role: 'applies', message: `an unfinished passage: “${match.text}”`, range: match.range})
      }
      for (const match of context.model.find(todo)) {
        context.report({
          messageId: 'todo',
          data: {word: match.text},
          range: match.range,
          fix: {title: `Remove "${match.text}"`, edits: [{start: match.range.start.offset, end: match.range.end.offset, text: 'done'}]},
        })
      }
    },
  },
  {
    meta: {
      id: 'test-budget',
      summary: 'A budget section exists.',
      severity: 'error',
      tags: ['test'],
      lesson: 'Without a budget nobody can judge the proposal.',
      sources: [{evaluation: 'Test evaluation 2', title: 'Budgets', seed: 'none'}],
      messages: {missing: {problem: 'There is no budget section.', why: 'A proposal is judged on its costs.', fix: 'Add a Budget section.'}},
      fixable: true,
      docsUrl: 'https://example.org/rules/test-budget',
    },
    check(context) {
      const {model} = context
      if (model.sectionsOf('budget').length > 0) return
      const end = model.text.length
      const lead = model.text.endsWith('\n') ? '' : model.eol
      const related = model.sections[0] ? [{range: model.sections[0].heading.range, message: 'The first section'}] : undefined
      context.report({
        messageId: 'missing',
        range: model.titleRange,
        fix: {title: 'Add a Budget section', edits: [{start: end, end, text: `${lead}${model.eol}## Budget${model.eol}${model.eol}To be costed.${model.eol}`}]},
        related,
      })
    },
  },
  {
    meta: {
      id: 'test-crash',
      summary: 'Throws on the word CRASH; ends the lint worker on STOP-THE-WORKER.',
      severity: 'info',
      tags: ['test'],
      lesson: 'None.',
      sources: [{evaluation: 'None', title: 'None', seed: 'none'}],
      messages: {never: {problem: 'x', why: 'y', fix: 'z'}},
    },
    check(context) {
      // A worker that dies mid-lint (out of memory, say): the server must live on and start another.
      if (context.model.text.includes('STOP-THE-WORKER') && !isMainThread) process.exit(3)
      if (context.model.text.includes('CRASH')) throw new Error('the test rule crashed on purpose')
    },
  },
]

export const presets = {'lessonlint:recommended': {rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.severity]))}}
