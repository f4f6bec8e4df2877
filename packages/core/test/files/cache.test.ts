import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CACHE_FILE_NAME, lintFiles, packageIdentity, resolveCacheLocation, type LintFilesOptions} from '../../src/index.js'
import type {ConfigFile, Rule} from '../../src/types.js'
import {tempTree} from '../config/helpers.js'

let calls = 0
/** Reports every document once, and counts its runs. */
const counter: Rule = {
  meta: {
    id: 'counter',
    summary: 'Counts.',
    severity: 'warning',
    tags: [],
    lesson: '',
    sources: [],
    messages: {seen: {problem: 'Seen.', why: 'Counted.', fix: 'Nothing.'}},
    optionsSchema: {type: 'object', properties: {x: {type: 'number'}}, additionalProperties: false},
    defaultOptions: {x: 0},
  },
  check({report}) {
    calls++
    report({messageId: 'seen', range: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}})
  },
}
const presets: Record<string, ConfigFile> = {'lessonlint:recommended': {rules: {counter: 'warning'}}}

async function linted(root: string, options: Partial<LintFilesOptions> = {}) {
  const before = calls
  const run = await lintFiles(['a.md'], {rules: [counter], presets, cwd: root, cache: {location: CACHE_FILE_NAME}, ...options})
  return {linted: calls > before, run}
}

describe('lintFiles cache', () => {
  it('reuses results under the same tool identity, and relints under another', async () => {
    const root = tempTree({'a.md': '# A\n\nText.\n'})
    const first = await linted(root, {cache: {location: CACHE_FILE_NAME, toolIdentity: 'pack@1#aaa'}})
    expect(first.linted).toBe(true)
    const second = await linted(root, {cache: {location: CACHE_FILE_NAME, toolIdentity: 'pack@1#aaa'}})
    expect(second.linted).toBe(false)
    expect(second.run.results).toEqual(first.run.results)
    expect(second.run.filesRead).toBe(1)
    expect((await linted(root, {cache: {location: CACHE_FILE_NAME, toolIdentity: 'pack@1#bbb'}})).linted).toBe(true)
    expect((await linted(root, {cache: {location: CACHE_FILE_NAME, toolIdentity: 'pack@1#bbb'}})).linted).toBe(false)
    // The stored file is stamped, not keyed, by the identity: one build's results at a time.
    expect((await linted(root, {cache: {location: CACHE_FILE_NAME, toolIdentity: 'pack@1#aaa'}})).linted).toBe(true)
  })

  it('a rule option or a changed text relints; the cache file holds no copy of the text', async () => {
    const root = tempTree({'a.md': '# A\n\nText.\n'})
    expect((await linted(root)).linted).toBe(true)
    expect((await linted(root)).linted).toBe(false)
    expect((await linted(root, {ruleOverrides: {counter: ['warning', {x: 1}]}})).linted).toBe(true)
    expect((await linted(root, {ruleOverrides: {counter: ['warning', {x: 1}]}})).linted).toBe(false)
    writeFileSync(join(root, 'a.md'), '# A\n\nOther text.\n')
    const changed = await linted(root, {ruleOverrides: {counter: ['warning', {x: 1}]}})
    expect(changed.linted).toBe(true)
    expect(changed.run.results[0]!.text).toBe('# A\n\nOther text.\n')
    const again = await linted(root, {ruleOverrides: {counter: ['warning', {x: 1}]}})
    expect(again.run.results[0]!.text).toBe('# A\n\nOther text.\n')
    expect(readFileSync(join(root, CACHE_FILE_NAME), 'utf8')).not.toContain('Other text')
  })

  it('a dry run neither reads nor writes the cache; an unwritable location is a warning', async () => {
    const root = tempTree({'a.md': '# A\n\nText.\n', blocker: 'a file'})
    expect((await linted(root, {fix: 'dry-run'})).linted).toBe(true)
    expect((await linted(root)).linted).toBe(true)
    expect((await linted(root, {fix: 'dry-run'})).linted).toBe(true)
    const blocked = await linted(root, {cache: {location: 'blocker/cache'}})
    expect(blocked.run.cacheWarning).toMatch(/^cannot write the cache to .*blocker.cache: part of the path is a file$/)
    expect(blocked.run.results).toHaveLength(1)
  })

  it('--fix never reads the cache, and stores the result of the file as written', async () => {
    const fixer: Rule = {
      ...counter,
      meta: {...counter.meta, id: 'fixer', fixable: true, optionsSchema: undefined, defaultOptions: undefined},
      check({model, report}) {
        calls++
        const at = model.text.indexOf('TODO')
        if (at >= 0) report({messageId: 'seen', range: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}, fix: {title: 'Done', edits: [{start: at, end: at + 4, text: 'DONE'}]}})
      },
    }
    const root = tempTree({'a.md': '# A\n\nTODO.\n'})
    const options = {rules: [fixer], presets: {'lessonlint:recommended': {rules: {fixer: 'warning'}}} as Record<string, ConfigFile>}
    expect((await linted(root, options)).linted).toBe(true)
    const fixed = await linted(root, {...options, fix: true})
    expect(fixed.linted).toBe(true)
    expect(fixed.run.results[0]!.written).toBe(true)
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('# A\n\nDONE.\n')
    const after = await linted(root, options)
    expect(after.linted).toBe(false)
    expect(after.run.results[0]!.diagnostics).toEqual([])
    expect(after.run.results[0]!.text).toBe('# A\n\nDONE.\n')
    // The same as a lint without the cache.
    expect(after.run.results).toEqual((await lintFiles(['a.md'], {...options, cwd: root})).results)
  })

  it('resolveCacheLocation: a file, a folder ending in /, or an existing folder', () => {
    const root = tempTree({'sub/x.md': ''})
    expect(resolveCacheLocation(root)).toBe(join(root, '.lessonlintcache'))
    expect(resolveCacheLocation(root, 'c.json')).toBe(join(root, 'c.json'))
    expect(resolveCacheLocation(root, 'new/')).toBe(join(root, 'new/.lessonlintcache'))
    expect(resolveCacheLocation(root, 'sub')).toBe(join(root, 'sub/.lessonlintcache'))
  })

  it('packageIdentity: name, version and a hash of the built code', () => {
    const pkg = (code: string) =>
      tempTree({'package.json': {name: 'p', version: '1.2.3'}, 'dist/index.js': code, 'dist/index.js.map': String(Math.random()), 'dist/index.d.ts': String(Math.random())})
    const a = packageIdentity(join(pkg('export default 1'), 'dist/index.js'))
    const same = packageIdentity(join(pkg('export default 1'), 'dist/index.js'))
    const other = packageIdentity(join(pkg('export default 2'), 'dist/index.js'))
    expect(a).toMatch(/^p@1\.2\.3#[0-9a-f]{16}$/)
    expect(same).toBe(a)
    expect(other).not.toBe(a)
  })
})
