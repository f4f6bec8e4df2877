import {mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintFiles, MissingPathError, type FileLintResult, type LintFilesOptions} from '../../src/index.js'
import type {ConfigFile, Rule} from '../../src/types.js'
import {tempTree} from '../config/helpers.js'

/** Reports each sentence containing TODO; the fix replaces the word. */
const todo: Rule = {
  meta: {
    id: 'no-todo',
    summary: 'No TODO.',
    severity: 'warning',
    tags: [],
    lesson: '',
    sources: [],
    messages: {todo: {problem: 'TODO left.', why: 'Unfinished.', fix: 'Finish it.'}},
    fixable: true,
  },
  check({model, report}) {
    for (const sentence of model.sentences()) {
      const at = sentence.text.indexOf('TODO')
      if (at < 0) continue
      const start = model.text.indexOf('TODO', sentence.range.start.offset)
      report({messageId: 'todo', range: sentence.range, fix: {title: 'Done', edits: [{start, end: start + 4, text: 'DONE'}]}})
    }
  },
}
const presets: Record<string, ConfigFile> = {'lessonlint:recommended': {rules: {'no-todo': 'warning'}}}

const run = async (root: string, patterns: string[] = [], options: Partial<LintFilesOptions> = {}) =>
  (await lintFiles(patterns, {rules: [todo], presets, cwd: root, ...options})).results
const names = (root: string, results: FileLintResult[]) => results.map((result) => relative(root, result.filePath))

describe('lintFiles: which files', () => {
  it('lints every Markdown file under cwd by default, in path order, skipping node_modules and .git', async () => {
    const root = tempTree({
      'b.md': 'TODO.\n',
      'a.markdown': 'Fine.\n',
      'docs/c.md': 'Fine.\n',
      'notes.txt': 'TODO.\n',
      'node_modules/pkg/readme.md': 'TODO.\n',
      '.git/x.md': 'TODO.\n',
    })
    const results = await run(root)
    expect(names(root, results)).toEqual(['a.markdown', 'b.md', 'docs/c.md'])
    expect(results.map((r) => r.warningCount)).toEqual([0, 1, 0])
  })

  it('expands directories and globs, lints explicit files whatever their extension, once each', async () => {
    const root = tempTree({'docs/a.md': '', 'docs/sub/b.md': '', 'docs/x.txt': '', 'other/c.md': '', 'plan.txt': 'TODO.\n'})
    expect(names(root, await run(root, ['docs']))).toEqual(['docs/a.md', 'docs/sub/b.md'])
    expect(names(root, await run(root, ['**/b.md', 'other/*.md', 'docs/sub/b.md']))).toEqual(['docs/sub/b.md', 'other/c.md'])
    const [plan] = await run(root, ['plan.txt'])
    expect(plan!.warningCount).toBe(1)
  })

  it('throws MissingPathError naming a path that does not exist; a glob matching nothing is no error', async () => {
    const root = tempTree({'a.md': ''})
    const error = await run(root, ['a.md', 'missing.md']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MissingPathError)
    expect((error as MissingPathError).path).toBe('missing.md')
    expect(await run(root, ['nothing/**/*.md'])).toEqual([])
  })

  it('reports progress after each file', async () => {
    const root = tempTree({'a.md': '', 'b.md': '', 'c.md': ''})
    const calls: Array<[number, number]> = []
    await run(root, [], {onProgress: (done, total) => calls.push([done, total])})
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
  })

  it('respects .lessonlintignore, and warns instead of linting an ignored file named explicitly', async () => {
    const root = tempTree({'.lessonlintignore': 'drafts/\n*.old.md\n', 'drafts/a.md': 'TODO.\n', 'x.old.md': 'TODO.\n', 'main.md': ''})
    expect(names(root, await run(root))).toEqual(['main.md'])
    const [warning] = await run(root, ['drafts/a.md'])
    expect(warning).toMatchObject({ignored: true, warningCount: 1, errorCount: 0})
    expect(warning!.diagnostics[0]!.ruleId).toBe('ignored-file')
    expect(warning!.diagnostics[0]!.message).toContain('a pattern in .lessonlintignore matches it')
    // --no-ignore
    expect(names(root, await run(root, [], {ignore: false}))).toEqual(['drafts/a.md', 'main.md', 'x.old.md'])
  })

  it('warns about a file inside node_modules named explicitly', async () => {
    const root = tempTree({'node_modules/pkg/README.md': 'TODO.\n'})
    const [result] = await run(root, ['node_modules/pkg/README.md'], {ignore: false})
    expect(result).toMatchObject({ignored: true, warningCount: 1})
    expect(result!.diagnostics[0]!.message).toBe(
      'File ignored: it is inside node_modules. Ignore patterns apply even to files named explicitly. Copy the file elsewhere to lint it.',
    )
  })

  it('respects the config\'s ignores, relative to the config file\'s folder', async () => {
    const root = tempTree({
      'project/.lessonlintrc.json': JSON.stringify({ignores: ['annex/', 'draft-*.md']}),
      'project/annex/a.md': '',
      'project/draft-1.md': '',
      'project/sub/draft-2.md': '',
      'project/main.md': '',
      'annex/top.md': '',
    })
    expect(names(root, await run(root))).toEqual(['annex/top.md', 'project/main.md'])
  })

  it('respects .gitignore files in a repository, nested ones too, unless the config says gitignore: false', async () => {
    const files = {
      '.gitignore': 'build/\n*.gen.md\n',
      'build/out.md': '',
      'a.gen.md': '',
      'docs/.gitignore': 'private.md\n!keep.gen.md\n',
      'docs/private.md': '',
      'docs/keep.gen.md': '',
      'docs/public.md': '',
    }
    const root = tempTree(files)
    mkdirSync(join(root, '.git'))
    expect(names(root, await run(root))).toEqual(['docs/keep.gen.md', 'docs/public.md'])
    // Linting from a subfolder still sees the repository root's .gitignore.
    expect(names(join(root, 'docs'), await run(join(root, 'docs')))).toEqual(['keep.gen.md', 'public.md'])

    const off = tempTree({...files, '.lessonlintrc.json': JSON.stringify({gitignore: false})})
    mkdirSync(join(off, '.git'))
    expect(names(off, await run(off))).toEqual(['a.gen.md', 'build/out.md', 'docs/keep.gen.md', 'docs/private.md', 'docs/public.md'])
  })

  it('finds each file\'s own config', async () => {
    const root = tempTree({
      'a.md': 'TODO.\n',
      'quiet/.lessonlintrc.yaml': 'rules:\n  no-todo: off\n',
      'quiet/b.md': 'TODO.\n',
      'loud/.lessonlintrc.yaml': 'rules:\n  no-todo: error\n',
      'loud/c.md': 'TODO.\n',
    })
    const results = await run(root)
    expect(results.map((r) => [relative(root, r.filePath), r.errorCount, r.warningCount])).toEqual([
      ['a.md', 0, 1],
      ['loud/c.md', 1, 0],
      ['quiet/b.md', 0, 0],
    ])
  })
})

describe('lintFiles with fix', () => {
  const old = new Date('2020-01-01T00:00:00Z')

  it('writes fixed files atomically and leaves the others alone', async () => {
    const root = tempTree({'fix.md': '# T\n\nOne TODO. Two TODO.\n', 'clean.md': '# Clean\n'})
    utimesSync(join(root, 'clean.md'), old, old)
    const results = await run(root, [], {fix: true})
    expect(readFileSync(join(root, 'fix.md'), 'utf8')).toBe('# T\n\nOne DONE. Two DONE.\n')
    expect(statSync(join(root, 'clean.md')).mtime.getTime()).toBe(old.getTime())
    expect(readdirSync(root).sort()).toEqual(['clean.md', 'fix.md'])
    const fixed = results.find((r) => r.filePath.endsWith('fix.md'))!
    expect(fixed).toMatchObject({written: true, warningCount: 0, output: '# T\n\nOne DONE. Two DONE.\n'})
    expect(results.find((r) => r.filePath.endsWith('clean.md'))!.output).toBeUndefined()
  })

  it('keeps the BOM and CRLF line endings', async () => {
    const root = tempTree({'crlf.md': '\uFEFF# T\r\n\r\nA TODO here.\r\n'})
    await run(root, [], {fix: true})
    expect(readFileSync(join(root, 'crlf.md'), 'utf8')).toBe('\uFEFF# T\r\n\r\nA DONE here.\r\n')
  })

  it('never writes a file whose front matter does not parse', async () => {
    const text = '---\ntitle: [broken\n---\n# T\n\nTODO.\n'
    const root = tempTree({'bad.md': text})
    utimesSync(join(root, 'bad.md'), old, old)
    const [result] = await run(root, [], {fix: true})
    expect(readFileSync(join(root, 'bad.md'), 'utf8')).toBe(text)
    expect(statSync(join(root, 'bad.md')).mtime.getTime()).toBe(old.getTime())
    expect(result).toMatchObject({parsedCleanly: false, warningCount: 1})
    expect(result!.output).toBeUndefined()
  })

  it('computes the output without writing on a dry run', async () => {
    const root = tempTree({'a.md': 'A TODO.\n'})
    const [result] = await run(root, [], {fix: 'dry-run'})
    expect(result).toMatchObject({output: 'A DONE.\n', written: false})
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('A TODO.\n')
  })

  it('does not write a file that is not valid UTF-8', async () => {
    const root = tempTree({})
    const bytes = Buffer.concat([Buffer.from('A TODO '), Buffer.from([0xff, 0xfe]), Buffer.from('.\n')])
    writeFileSync(join(root, 'latin.md'), bytes)
    const [result] = await run(root, [], {fix: true})
    expect(result!.written).toBe(false)
    expect(readFileSync(join(root, 'latin.md')).equals(bytes)).toBe(true)
  })
})
