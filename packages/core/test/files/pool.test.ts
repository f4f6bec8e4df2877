// lintFiles with worker threads (`threads`, `rulesModule` or `threadModule`): the same results as
// in the caller's thread, in the same order, and never a file lost when the
// threads cannot serve. Threads run the built core (dist/), as users do: this
// test imports it from there (`pnpm test` builds first).
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lintFiles, type FileLintResult, type LintFilesOptions} from '../../dist/index.js'
import type {ConfigFile, Rule} from '../../src/types.js'
import {tempTree} from '../config/helpers.js'

/**
 * A rule pack as a module a thread can import: one rule reporting each sentence with TODO
 * (fixable), saying in its message which thread linted the file; a file containing
 * EXIT-THREAD ends the thread that lints it.
 */
const PACK = `
import {isMainThread, threadId} from 'node:worker_threads'
export const rules = [{
  meta: {id: 'no-todo', summary: 'No TODO.', severity: 'warning', tags: [], lesson: '', sources: [], fixable: true,
    messages: {todo: {problem: 'TODO left (thread {thread}).', why: 'Unfinished.', fix: 'Finish it.'}}},
  check({model, report}) {
    if (!isMainThread && model.text.includes('EXIT-THREAD')) process.exit(3)
    for (const sentence of model.sentences()) {
      const start = model.text.indexOf('TODO', sentence.range.start.offset)
      if (start < 0 || start >= sentence.range.end.offset) continue
      report({messageId: 'todo', data: {thread: String(threadId)}, range: sentence.range,
        fix: {title: 'Done', edits: [{start, end: start + 4, text: 'DONE'}]}})
    }
  },
}]
`
const presets: Record<string, ConfigFile> = {'lessonlint:recommended': {rules: {'no-todo': 'warning'}}}

async function packIn(root: string): Promise<{rules: Rule[]; rulesModule: string}> {
  writeFileSync(join(root, 'pack.mjs'), PACK)
  const rulesModule = pathToFileURL(join(root, 'pack.mjs')).href
  return {rules: ((await import(rulesModule)) as {rules: Rule[]}).rules, rulesModule}
}

function files(count: number, extra: Record<string, string> = {}): Record<string, string> {
  const tree: Record<string, string> = {...extra}
  for (let i = 0; i < count; i++) tree[`doc-${String(i).padStart(2, '0')}.md`] = `# Doc ${i}\n\nFine here. TODO number ${i}.\n\nMore text.\n`
  return tree
}

/** What a user reads of a result, with the thread's number taken out of the messages. */
const seen = (results: FileLintResult[]) =>
  results.map(({filePath, diagnostics, output, written}) => ({
    filePath,
    output,
    written,
    diagnostics: diagnostics.map((d) => ({...d, message: d.message.replace(/thread \d+/, 'thread N'), parts: undefined})),
  }))
const threadsUsed = (results: FileLintResult[]) => new Set(results.flatMap((r) => r.diagnostics.map((d) => /thread (\d+)/.exec(d.message)?.[1])))

describe('lintFiles in worker threads', () => {
  it('lints in several threads and gives the results of the caller thread, in path order', async () => {
    const root = tempTree(files(12))
    const {rules, rulesModule} = await packIn(root)
    const options: LintFilesOptions = {rules, presets, cwd: root}
    const here = (await lintFiles([], {...options, threads: 1, rulesModule})).results
    const threaded = (await lintFiles([], {...options, threads: 2, rulesModule})).results
    expect(here.map((r) => r.filePath)).toEqual([...Array(12).keys()].map((i) => join(root, `doc-${String(i).padStart(2, '0')}.md`)))
    expect(seen(threaded)).toEqual(seen(here))
    expect(threadsUsed(here)).toEqual(new Set(['0']))
    // The pool's threads, not the caller's (thread 0). (Which of them: whichever is free first.)
    expect(threadsUsed(threaded).has('0')).toBe(false)
  })

  it('runs a thread module that brings its rules built in (servePoolThread), as the bundled command does', async () => {
    const root = tempTree(files(8))
    const {rules} = await packIn(root)
    const core = pathToFileURL(join(import.meta.dirname, '../../dist/index.js')).href
    writeFileSync(join(root, 'thread.mjs'), `import {servePoolThread} from '${core}'\nimport {rules} from './pack.mjs'\nawait servePoolThread(async () => rules)\n`)
    const options: LintFilesOptions = {rules, presets, cwd: root}
    const here = (await lintFiles([], options)).results
    const threaded = await lintFiles([], {...options, threads: 2, threadModule: pathToFileURL(join(root, 'thread.mjs')).href})
    expect(seen(threaded.results)).toEqual(seen(here))
    expect(threadsUsed(threaded.results).has('0')).toBe(false)
    expect(threaded.threadsWarning).toBeUndefined()
  })

  it('starts no thread when every file comes from the cache', async () => {
    const root = tempTree(files(6))
    const {rules} = await packIn(root)
    const broken = pathToFileURL(join(root, 'no-such-thread.mjs')).href
    const options: LintFilesOptions = {rules, presets, cwd: root, threads: 2, threadModule: broken, cache: {location: join(root, '.lessonlintcache'), toolIdentity: 'test'}}
    // The first run tries the threads, cannot start them, lints here and says so; the rerun needs none.
    const first = await lintFiles([], options)
    expect(first.threadsWarning).toMatch(/^the threads cannot load the rules: /)
    const rerun = await lintFiles([], options)
    expect(seen(rerun.results)).toEqual(seen(first.results))
    expect(rerun.threadsWarning).toBeUndefined()
  })

  it('fixes in threads and writes the files as the caller thread does', async () => {
    const root = tempTree(files(6))
    const {rules, rulesModule} = await packIn(root)
    const results = (await lintFiles([], {rules, presets, cwd: root, threads: 2, rulesModule, fix: true})).results
    expect(results.every((r) => r.written === true && r.diagnostics.length === 0)).toBe(true)
    expect(readFileSync(join(root, 'doc-03.md'), 'utf8')).toBe('# Doc 3\n\nFine here. DONE number 3.\n\nMore text.\n')
  })

  it('lints in the caller thread when the threads cannot load the rules', async () => {
    const root = tempTree(files(5))
    const {rules} = await packIn(root)
    const options: LintFilesOptions = {rules, presets, cwd: root}
    const here = (await lintFiles([], options)).results
    const missing = await lintFiles([], {...options, threads: 2, rulesModule: pathToFileURL(join(root, 'no-such-pack.mjs')).href})
    expect(seen(missing.results)).toEqual(seen(here))
    expect(threadsUsed(missing.results)).toEqual(new Set(['0']))
    expect(missing.threadsWarning).toMatch(/^the threads cannot load the rules: /)
  })

  it('lints in the caller thread when the threads hold other rules than the ones given', async () => {
    const root = tempTree(files(5))
    const {rules, rulesModule} = await packIn(root)
    const renamed = rules.map((rule) => ({...rule, meta: {...rule.meta, id: 'no-todo-here'}}))
    const results = (await lintFiles([], {rules: renamed, presets: {'lessonlint:recommended': {rules: {'no-todo-here': 'warning'}}}, cwd: root, threads: 2, rulesModule})).results
    expect(results.map((r) => r.diagnostics.map((d) => d.ruleId))).toEqual(Array(5).fill(['no-todo-here']))
    expect(threadsUsed(results)).toEqual(new Set(['0']))
  })

  it('loses no file when a thread dies while linting one', async () => {
    const root = tempTree(files(6, {'doc-02b.md': '# Crash\n\nEXIT-THREAD here. TODO too.\n'}))
    const {rules, rulesModule} = await packIn(root)
    const options: LintFilesOptions = {rules, presets, cwd: root}
    const here = (await lintFiles([], options)).results
    const threaded = (await lintFiles([], {...options, threads: 2, rulesModule})).results
    expect(threaded).toHaveLength(7)
    expect(seen(threaded)).toEqual(seen(here))
  })
})
