// The server's own behaviour, through a real LSP client over stdio, with three
// small test rules (support/test-rules-server.mjs) so that what is asserted does
// not depend on the ILO pack's judgement: positions, versions, code actions,
// config changes, broken configs, a rule that throws, settings, pull mode.

import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import type {CodeAction, Diagnostic, DocumentDiagnosticReport, DocumentSymbol, Hover, TextEdit} from 'vscode-languageserver-protocol'
import {REPO, TestClient, where} from './support/client.js'
import {TempWorkspace} from './support/workspace.js'

const TEST_SERVER = `${REPO}/test/server/support/test-rules-server.mjs`

let workspace: TempWorkspace
let client: TestClient

// The documents of these tests are small: unless a test says otherwise, every Markdown
// document is linted (`documents: 'all'`); 'which documents' tests the default.
async function start(options: {pull?: boolean; settings?: Record<string, unknown>; initializationOptions?: Record<string, unknown>} = {}) {
  client = new TestClient({rootUri: workspace.uri, serverScript: TEST_SERVER, ...options, settings: {documents: 'all', ...options.settings}})
  return client.initialize()
}

beforeEach(() => {
  workspace = new TempWorkspace()
})

afterEach(async () => {
  await client?.dispose()
  workspace.dispose()
})

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code))
}

function codeActions(uri: string, line: number, character: number, only?: string[]): Promise<CodeAction[]> {
  const position = {line, character}
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range: {start: position, end: position},
    context: only ? {diagnostics: [], only} : {diagnostics: []},
  })
}

function editsOf(action: CodeAction): TextEdit[] {
  const change = action.edit?.documentChanges?.[0]
  if (!change || !('edits' in change)) throw new Error(`action "${action.title}" has no document change`)
  return change.edits as TextEdit[]
}

const PROPOSAL = '# Safe migration\n\n## Objectives\n\nReduce risks. TODO: numbers.\n\n## Budget\n\nUSD 100,000.\n'

describe('initialize', () => {
  test('announces incremental sync, the features, and registers the config file watchers', async () => {
    const result = await start()
    expect(result.capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
    expect(result.capabilities.codeActionProvider).toMatchObject({codeActionKinds: ['quickfix', 'source.fixAll.lessonlint']})
    expect(result.capabilities.hoverProvider).toBe(true)
    expect(result.capabilities.documentSymbolProvider).toBeTruthy()
    expect(result.capabilities.diagnosticProvider).toBeUndefined()
    const watchers = await client.waitFor('watcher registration', () =>
      client.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles'),
    )
    expect((watchers.registerOptions as {watchers: Array<{globPattern: string}>}).watchers.map((w) => w.globPattern)).toEqual(
      expect.arrayContaining(['**/.lessonlintrc*', '**/lessonlint.config.*', '**/package.json', '**/.lessonlintignore']),
    )
    const log = await client.waitFor('start log line', () => client.logs.find((line) => line.startsWith('lessonlint server started (version 0.0.0-test')))
    expect(log).toContain('3 rules')
  })
})

describe('push diagnostics', () => {
  test('are published on open with the version, source, code, docs link, severity and related information', async () => {
    await start()
    const uri = workspace.write('a.md', '# Title\n\n## Objectives\n\nSome TODO here.\n')
    await client.open(uri, readFileSync(workspace.path('a.md'), 'utf8'))
    const diagnostics = await client.diagnosticsAt(uri, 1)
    expect(diagnostics.map(where)).toEqual(['test-budget@0:0-0:7', 'test-no-todo@4:5-4:9'])
    const [budget, todo] = diagnostics as [Diagnostic, Diagnostic]
    expect(budget).toMatchObject({
      severity: 1,
      source: 'lessonlint',
      codeDescription: {href: 'https://example.org/rules/test-budget'},
      message: 'There is no budget section. A proposal is judged on its costs. Add a Budget section.',
      relatedInformation: [{location: {uri, range: {start: {line: 0, character: 0}}}, message: 'The first section'}],
    })
    expect(todo).toMatchObject({severity: 2, source: 'lessonlint', code: 'test-no-todo'})
    const status = await client.waitFor('status', () => client.statuses.find((s) => s.uri === uri))
    expect(status).toEqual({uri, errors: 1, warnings: 1, infos: 0, state: 'linted'})
  })

  test('positions are exact in LSP UTF-16 for CRLF, tabs, emoji and accents, and with a byte order mark', async () => {
    await start()
    const text = '# Title\r\n\r\n## Budget\r\n\r\nSome\t😀😀 TODO here.\r\n\r\nAnd é TBD, and 👩‍👩‍👧 TODO.\r\n'
    const uri = workspace.uriOf('crlf.md')
    await client.open(uri, text)
    expect((await client.diagnosticsAt(uri, 1)).map(where)).toEqual([
      // "Some\t😀😀 " is 4 + 1 + 2×2 + 1 UTF-16 code units.
      'test-no-todo@4:10-4:14',
      'test-no-todo@6:6-6:9',
      // "And é TBD, and " is 15 units, the family emoji 8 units, then a space.
      'test-no-todo@6:24-6:28',
    ])

    const bomUri = workspace.uriOf('bom.md')
    await client.open(bomUri, `\uFEFF# Title\n\nTODO\n`)
    // The client's text keeps the BOM at character 0 of line 0: the title starts after it.
    expect((await client.diagnosticsAt(bomUri, 1)).map(where)).toEqual(['test-budget@0:1-0:8', 'test-no-todo@2:0-2:4'])
  })

  test('incremental edits move and remove findings; each publish carries the version it describes', async () => {
    await start()
    const uri = workspace.uriOf('edit.md')
    await client.open(uri, PROPOSAL)
    expect((await client.diagnosticsAt(uri, 1)).map(where)).toEqual(['test-no-todo@4:14-4:18'])

    // Insert before the finding on its line: it moves right.
    let version = await client.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, text: 'First, '}])
    expect((await client.diagnosticsAt(uri, version)).map(where)).toEqual(['test-no-todo@4:21-4:25'])

    // Insert lines above: it moves down.
    version = await client.change(uri, [{range: {start: {line: 1, character: 0}, end: {line: 1, character: 0}}, text: 'Intro.\n\n'}])
    expect((await client.diagnosticsAt(uri, version)).map(where)).toEqual(['test-no-todo@6:21-6:25'])

    // Replace the word: the finding goes.
    version = await client.change(uri, [{range: {start: {line: 6, character: 21}, end: {line: 6, character: 25}}, text: 'Note'}])
    expect(await client.diagnosticsAt(uri, version)).toEqual([])
  })

  test('500 rapid edits end with diagnostics for the final version, and no older version is published after a newer one', async () => {
    await start()
    const uri = workspace.uriOf('rapid.md')
    await client.open(uri, PROPOSAL)
    await client.diagnosticsAt(uri, 1)
    const before = client.published.length
    // Type " TODO" 100 times, one character per change, without waiting.
    const typed = ' TODO'.repeat(100)
    let version = 1
    for (let i = 0; i < typed.length; i++) {
      const character = 'Reduce risks.'.length + i
      version = await client.change(uri, [{range: {start: {line: 4, character}, end: {line: 4, character}}, text: typed[i]!}])
    }
    expect(version).toBe(501)
    // 100 typed plus the original one. (If the maximum wait ran out during the burst, version 501 may
    // first be shown a lint of an older text placed in it, with fewer: the lint of its own text follows.)
    const final = await client.waitFor('the final text\'s diagnostics', () => {
      const last = client.lastPublished(uri)
      return last?.version === 501 && last.diagnostics.filter((d) => d.code === 'test-no-todo').length === 101 ? last.diagnostics : undefined
    })
    // Give a late, stale publish the time to show up if there were one.
    await new Promise((resolve) => setTimeout(resolve, 600))
    const during = client.published.slice(before).filter((p) => p.uri === uri)
    const versions = during.map((p) => p.version!)
    expect(versions.at(-1)).toBe(501)
    expect([...versions].sort((a, b) => a - b)).toEqual(versions)
    // A version is published at most twice: a lint of an older text placed in it (the
    // maximum wait ran out while typing went on), then the lint of its own text.
    for (const version of new Set(versions)) expect(versions.filter((v) => v === version).length).toBeLessThanOrEqual(2)
    expect(client.lastPublished(uri)!.diagnostics).toEqual(final)
    // Debounced: far fewer lints than edits.
    expect(during.length).toBeLessThan(50)
  })

  test('a rule that throws becomes one internal-error diagnostic; the other rules still report and the server keeps serving', async () => {
    await start()
    const uri = workspace.uriOf('crash.md')
    await client.open(uri, '# Title\n\n## Budget\n\nCRASH and TODO.\n')
    const diagnostics = await client.diagnosticsAt(uri, 1)
    expect(codes(diagnostics)).toEqual(['internal-error', 'test-no-todo'])
    expect(diagnostics[0]!.message).toContain('Rule "test-crash" failed: the test rule crashed on purpose')
    const version = await client.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 5}}, text: 'Calm'}])
    expect(codes(await client.diagnosticsAt(uri, version))).toEqual(['test-no-todo'])
    expect(client.alive).toBe(true)
  })

  test('a document that is barely Markdown is linted without harm', async () => {
    await start()
    const uri = workspace.uriOf('odd.md')
    await client.open(uri, '---\n: : [\n---\n\u0000\uD800 |||\n| a |\n|---|\n')
    const diagnostics = await client.diagnosticsAt(uri, 1)
    expect(codes(diagnostics)).toContain('test-budget')
    expect(client.alive).toBe(true)
  })

  test('closing a document clears its diagnostics', async () => {
    await start()
    const uri = workspace.uriOf('close.md')
    await client.open(uri, PROPOSAL)
    await client.diagnosticsAt(uri, 1)
    await client.close(uri)
    await client.waitFor('cleared diagnostics', () => {
      const last = client.lastPublished(uri)
      return last && last.version === undefined && last.diagnostics.length === 0
    })
  })
})

describe('code actions', () => {
  test("a rule's fix is a preferred quick fix; applied, its finding goes", async () => {
    await start()
    const uri = workspace.uriOf('fix.md')
    await client.open(uri, PROPOSAL)
    await client.diagnosticsAt(uri, 1)
    const actions = await codeActions(uri, 4, 15)
    const fix = actions.find((action) => action.title === 'Remove "TODO"')!
    expect(fix).toMatchObject({kind: 'quickfix', isPreferred: true, diagnostics: [{code: 'test-no-todo'}]})
    expect(fix.edit?.documentChanges?.[0]).toMatchObject({textDocument: {uri, version: 1}})
    const version = await client.applyEdits(uri, editsOf(fix))
    expect(await client.diagnosticsAt(uri, version)).toEqual([])
    expect(client.documents.get(uri)!.getText()).toContain('Reduce risks. done: numbers.')
  })

  test('"disable for this line" inserts a disable-next-line comment above the line, with its indentation', async () => {
    await start()
    const uri = workspace.uriOf('line.md')
    const text = '# Title\n\n## Budget\n\n- Item one\n  TODO in a list item.\n- TODO two\n'
    await client.open(uri, text)
    expect((await client.diagnosticsAt(uri, 1)).map(where)).toEqual(['test-no-todo@5:2-5:6', 'test-no-todo@6:2-6:6'])
    const actions = await codeActions(uri, 5, 3)
    const disable = actions.find((action) => action.title === 'Disable test-no-todo for this line')!
    expect(disable.isPreferred).toBeFalsy()
    const version = await client.applyEdits(uri, editsOf(disable))
    expect(client.documents.get(uri)!.getText()).toBe(
      '# Title\n\n## Budget\n\n- Item one\n  <!-- lessonlint-disable-next-line test-no-todo -->\n  TODO in a list item.\n- TODO two\n',
    )
    // Only that line's finding goes.
    expect((await client.diagnosticsAt(uri, version)).map(where)).toEqual(['test-no-todo@7:2-7:6'])
  })

  test('"disable for this document" adds a comment at the top without front matter', async () => {
    await start()
    const uri = workspace.uriOf('doc.md')
    await client.open(uri, PROPOSAL.replace('## Budget\n\nUSD 100,000.\n', 'TODO again.\n'))
    expect(codes(await client.diagnosticsAt(uri, 1))).toEqual(['test-budget', 'test-no-todo', 'test-no-todo'])
    const disable = (await codeActions(uri, 4, 15)).find((action) => action.title === 'Disable test-no-todo for this document')!
    const version = await client.applyEdits(uri, editsOf(disable))
    expect(client.documents.get(uri)!.getText().startsWith('<!-- lessonlint-disable test-no-todo -->\n# Safe migration\n')).toBe(true)
    expect(codes(await client.diagnosticsAt(uri, version))).toEqual(['test-budget'])
  })

  test('"disable for this document" edits the front matter when there is one', async () => {
    await start()
    const cases: Array<[string, string]> = [
      ['---\ntitle: T\n---\n', '---\ntitle: T\nlessonlint:\n  disable: [test-no-todo]\n---\n'],
      ['---\ntitle: T\nlessonlint:\n  disable: [test-budget]\n---\n', '---\ntitle: T\nlessonlint:\n  disable: [test-budget, test-no-todo]\n---\n'],
      ['---\nlessonlint:\n  disable:\n    - test-budget\n---\n', '---\nlessonlint:\n  disable:\n    - test-budget\n    - test-no-todo\n---\n'],
      ['---\r\ntitle: T\r\n---\r\n', '---\r\ntitle: T\r\nlessonlint:\r\n  disable: [test-no-todo]\r\n---\r\n'],
    ]
    for (const [index, [frontMatter, expected]] of cases.entries()) {
      const eol = frontMatter.includes('\r\n') ? '\r\n' : '\n'
      const body = PROPOSAL.replace(/\n/g, eol)
      const uri = workspace.uriOf(`fm${index}.md`)
      await client.open(uri, frontMatter + body)
      const diagnostics = await client.diagnosticsAt(uri, 1)
      const todo = diagnostics.find((d) => d.code === 'test-no-todo')!
      const disable = (await codeActions(uri, todo.range.start.line, todo.range.start.character)).find(
        (action) => action.title === 'Disable test-no-todo for this document',
      )!
      const version = await client.applyEdits(uri, editsOf(disable))
      expect(client.documents.get(uri)!.getText()).toBe(expected + body)
      expect(codes(await client.diagnosticsAt(uri, version))).not.toContain('test-no-todo')
    }
  })

  test('no "disable for this line" inside a table body; front matter that does not parse gets the comment after it', async () => {
    await start()
    const tableUri = workspace.uriOf('table.md')
    await client.open(tableUri, '# T\n\n## Budget\n\n| Item | USD |\n|---|---|\n| TODO | 1 |\n')
    const [inTable] = await client.diagnosticsAt(tableUri, 1)
    expect(where(inTable!)).toBe('test-no-todo@6:2-6:6')
    const titles = (await codeActions(tableUri, 6, 3)).map((action) => action.title)
    expect(titles).toContain('Disable test-no-todo for this document')
    expect(titles).not.toContain('Disable test-no-todo for this line')

    const mappingUri = workspace.uriOf('mapping.md')
    await client.open(mappingUri, '---\nlessonlint:\n  note: kept # a comment\n---\n# T\n\n## Budget\n\nTODO\n')
    await client.diagnosticsAt(mappingUri, 1)
    const addKey = (await codeActions(mappingUri, 8, 1)).find((action) => action.title === 'Disable test-no-todo for this document')!
    const mappingVersion = await client.applyEdits(mappingUri, editsOf(addKey))
    expect(client.documents.get(mappingUri)!.getText()).toBe('---\nlessonlint:\n  note: kept # a comment\n  disable: [test-no-todo]\n---\n# T\n\n## Budget\n\nTODO\n')
    expect(await client.diagnosticsAt(mappingUri, mappingVersion)).toEqual([])

    const brokenUri = workspace.uriOf('broken-fm.md')
    await client.open(brokenUri, '---\ntitle: [unclosed\n---\n# T\n\n## Budget\n\nTODO\n')
    await client.diagnosticsAt(brokenUri, 1)
    const afterFrontMatter = (await codeActions(brokenUri, 7, 1)).find((action) => action.title === 'Disable test-no-todo for this document')!
    const brokenVersion = await client.applyEdits(brokenUri, editsOf(afterFrontMatter))
    expect(client.documents.get(brokenUri)!.getText()).toBe(
      '---\ntitle: [unclosed\n---\n<!-- lessonlint-disable test-no-todo -->\n# T\n\n## Budget\n\nTODO\n',
    )
    expect(await client.diagnosticsAt(brokenUri, brokenVersion)).toEqual([])
  })

  test('"fix all" is a source.fixAll action that leaves no auto-fixable problem', async () => {
    await start()
    const uri = workspace.uriOf('all.md')
    await client.open(uri, '# Title\n\nTODO one, TBD two.\n\nTODO three.\n')
    expect(codes(await client.diagnosticsAt(uri, 1))).toEqual(['test-budget', 'test-no-todo', 'test-no-todo', 'test-no-todo'])
    // Only the source action when the client asks for source.fixAll (as on save).
    const actions = await codeActions(uri, 0, 0, ['source.fixAll'])
    expect(actions.map((action) => [action.title, action.kind])).toEqual([
      ['Fix all auto-fixable lessonlint problems', 'source.fixAll.lessonlint'],
    ])
    const version = await client.applyEdits(uri, editsOf(actions[0]!))
    expect(await client.diagnosticsAt(uri, version)).toEqual([])
    expect(client.documents.get(uri)!.getText()).toBe('# Title\n\ndone one, done two.\n\ndone three.\n\n## Budget\n\nTo be costed.\n')
  })

  test('the server command applies every fix through workspace/applyEdit', async () => {
    await start()
    const uri = workspace.uriOf('cmd.md')
    await client.open(uri, PROPOSAL)
    await client.diagnosticsAt(uri, 1)
    await client.connection.sendRequest('workspace/executeCommand', {command: 'lessonlint.server.applyAllFixes', arguments: [{uri}]})
    await client.waitFor('fixed text', () => client.documents.get(uri)!.getText().includes('done: numbers'))
    expect(await client.diagnosticsAt(uri, 2)).toEqual([])
  })
})

describe('hover', () => {
  test("shows the rule's summary, the message parts, the lesson, and links to the docs and the lesson", async () => {
    await start()
    const uri = workspace.uriOf('hover.md')
    await client.open(uri, PROPOSAL)
    await client.diagnosticsAt(uri, 1)
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 4, character: 16}})) as Hover
    const value = (hover.contents as {kind: string; value: string}).value
    expect((hover.contents as {kind: string}).kind).toBe('markdown')
    expect(value).toContain('`test-no-todo` — No TODO left in the text.')
    expect(value).toContain('**Lesson:** A proposal sent with TODOs in it tells the reader it was not finished.')
    expect(value).toContain('[Rule documentation](https://example.org/rules/test-no-todo)')
    // The evidence behind the finding, as `lessonlint explain` gives it, with its line.
    expect(value).toContain('**Evidence:**\n- *Applies:* line 5: an unfinished passage: “TODO”')
    expect(value).toContain('](https://example.org/lesson/1)')
    expect(hover.range).toEqual({start: {line: 4, character: 14}, end: {line: 4, character: 18}})
    // Off a finding: nothing.
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 2, character: 3}})).toBeNull()
  })
})

describe('document symbols', () => {
  test('the outline nests sections and names the kinds lessonlint recognises', async () => {
    await start()
    const uri = workspace.uriOf('outline.md')
    const text = '# Proposal\n\n## 1. Objectives\n\nX.\n\n## 4. Monitoring, Evaluation & Learning\n\n### Indicators\n\nY.\n\n## Budget (USD)\n\nZ.\n\n## Annex\n\nW.\n'
    await client.open(uri, text)
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', {textDocument: {uri}})) as DocumentSymbol[]
    const flat = (list: DocumentSymbol[], depth = 0): string[] =>
      list.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name} [${symbol.detail ?? ''}]`, ...flat(symbol.children ?? [], depth + 1)])
    expect(flat(symbols)).toEqual([
      'Proposal []',
      '  1. Objectives [objectives]',
      '  4. Monitoring, Evaluation & Learning [monitoring & evaluation]',
      '    Indicators [monitoring & evaluation]',
      '  Budget (USD) [budget]',
      '  Annex []',
    ])
    expect(symbols[0]!.selectionRange).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 10}})
  })
})

describe('configuration', () => {
  test('editing .lessonlintrc.json and telling the server re-lints open documents', async () => {
    await start()
    const uri = workspace.uriOf('doc.md')
    await client.open(uri, PROPOSAL)
    expect(codes(await client.diagnosticsAt(uri, 1))).toEqual(['test-no-todo'])
    const published = client.published.length
    const rc = workspace.write('.lessonlintrc.json', JSON.stringify({rules: {'test-no-todo': 'off'}}))
    await client.watchedFilesChanged([{uri: rc, type: 1}])
    await client.waitFor('re-lint without test-no-todo', () =>
      client.published.slice(published).find((p) => p.uri === uri && p.diagnostics.length === 0),
    )
    // Severity changes come through too.
    writeFileSync(workspace.path('.lessonlintrc.json'), JSON.stringify({rules: {'test-no-todo': 'error'}}))
    await client.watchedFilesChanged([{uri: rc, type: 2}])
    await client.waitFor('re-lint with error severity', () => {
      const last = client.lastPublished(uri)
      return last?.diagnostics.length === 1 && last.diagnostics[0]!.severity === 1
    })
  })

  test('a broken config gives one clear line on the document, one on the open config file, one message; fixing it restores diagnostics', async () => {
    await start()
    const uri = workspace.uriOf('doc.md')
    await client.open(uri, PROPOSAL)
    await client.diagnosticsAt(uri, 1)

    const rcText = '{\n  "rules": {\n    "test-no-todo": "warnng"\n  }\n}\n'
    const rc = workspace.write('.lessonlintrc.json', rcText)
    await client.open(rc, rcText, 'json')
    await client.watchedFilesChanged([{uri: rc, type: 1}])
    const broken = await client.waitFor('config error diagnostic', () => {
      const last = client.lastPublished(uri)
      return last?.diagnostics[0]?.code === 'config-error' ? last.diagnostics : undefined
    })
    expect(broken).toHaveLength(1)
    expect(broken[0]!.message).toBe(
      'lessonlint: config error: .lessonlintrc.json: rules.test-no-todo: invalid severity "warnng" (expected off, info, warning or error; warn, 0, 1 and 2 work too)',
    )
    expect(broken[0]!.range).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 0}})
    await client.waitFor('config-error status', () => client.statuses.find((s) => s.uri === uri && s.state === 'config-error'))
    // On the config file: the key that is wrong.
    const onConfig = await client.waitFor('config file diagnostic', () => client.lastPublished(rc)?.diagnostics[0])
    expect(onConfig.range).toEqual({start: {line: 2, character: 4}, end: {line: 2, character: 18}})
    await client.waitFor('error message', () => client.messages.find((m) => m.type === 1))

    // A second document with the same error: no second message.
    const other = workspace.uriOf('other.md')
    await client.open(other, PROPOSAL)
    await client.diagnosticsAt(other, 1)
    expect(client.messages.filter((m) => m.type === 1)).toHaveLength(1)

    // Invalid JSON: the error position comes from the parser.
    writeFileSync(workspace.path('.lessonlintrc.json'), '{\n  "rules": {\n    "test-no-todo" "off"\n  }\n}\n')
    await client.change(rc, [{range: {start: {line: 2, character: 18}, end: {line: 2, character: 19}}, text: ''}])
    await client.watchedFilesChanged([{uri: rc, type: 2}])
    const syntax = await client.waitFor('JSON syntax error', () => {
      const last = client.lastPublished(uri)
      return last?.diagnostics[0]?.message.includes('invalid JSON') ? last.diagnostics[0] : undefined
    })
    expect(syntax.message).toMatch(/^lessonlint: config error: \.lessonlintrc\.json:3:20: invalid JSON/)
    expect(client.messages.filter((m) => m.type === 1)).toHaveLength(2)
    expect(client.alive).toBe(true)

    // Fixed: the findings are back and the config file's diagnostic goes.
    writeFileSync(workspace.path('.lessonlintrc.json'), '{"rules": {"test-no-todo": "warning"}}\n')
    await client.watchedFilesChanged([{uri: rc, type: 2}])
    await client.waitFor('restored diagnostics', () => client.lastPublished(uri)?.diagnostics[0]?.code === 'test-no-todo')
    await client.waitFor('cleared config file diagnostics', () => client.lastPublished(rc)?.diagnostics.length === 0)
  })

  test('.lessonlintignore and config ignores leave a document without diagnostics', async () => {
    await start()
    workspace.write('.lessonlintignore', 'drafts/\n')
    workspace.write('.lessonlintrc.json', JSON.stringify({ignores: ['archive/']}))
    const {mkdirSync} = await import('node:fs')
    mkdirSync(workspace.path('drafts'))
    mkdirSync(workspace.path('archive'))
    for (const name of ['drafts/x.md', 'archive/x.md']) {
      const ignored = workspace.write(name, PROPOSAL)
      await client.open(ignored, PROPOSAL)
      expect(await client.diagnosticsAt(ignored, 1)).toEqual([])
    }
    const linted = workspace.uriOf('y.md')
    await client.open(linted, PROPOSAL)
    expect(codes(await client.diagnosticsAt(linted, 1))).toEqual(['test-no-todo'])
  })

  test('in an untrusted workspace, extends of an npm package is refused; trusted, it is looked up', async () => {
    workspace.write('.lessonlintrc.json', JSON.stringify({extends: 'lessonlint-config-shared'}))
    await start({initializationOptions: {trusted: false}})
    const uri = workspace.uriOf('doc.md')
    await client.open(uri, PROPOSAL)
    const [untrusted] = await client.diagnosticsAt(uri, 1)
    expect(untrusted!.message).toContain('.lessonlintrc.json: extends: "lessonlint-config-shared" is not loaded')
    expect(untrusted!.message).toContain('untrusted workspace')
    expect((await client.waitFor('log', () => client.logs.find((l) => l.includes('untrusted'))))).toBeTruthy()
    await client.dispose()

    await start({initializationOptions: {trusted: true}})
    await client.open(uri, PROPOSAL)
    const [trusted] = await client.diagnosticsAt(uri, 1)
    expect(trusted!.message).toContain('cannot find package "lessonlint-config-shared"')
  })
})

describe('settings', () => {
  test('lessonlint.rules overrides the config files, lessonlint.enable false silences the server', async () => {
    await start({settings: {rules: {'test-no-todo': 'off', 'test-budget': 'info'}}})
    const uri = workspace.uriOf('doc.md')
    await client.open(uri, '# T\n\nTODO\n')
    const diagnostics = await client.diagnosticsAt(uri, 1)
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['test-budget', 3]])

    client.settings = {enable: false}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
    await client.waitFor('no diagnostics', () => client.lastPublished(uri)?.diagnostics.length === 0)
    const off = await client.waitFor('disabled status', () => client.statuses.find((s) => s.state === 'disabled'))
    expect(off).toEqual({uri, errors: 0, warnings: 0, infos: 0, state: 'disabled'})
  })

  test('run: onSave lints on open and on save, not while typing', async () => {
    await start({settings: {run: 'onSave'}})
    const uri = workspace.uriOf('doc.md')
    await client.open(uri, PROPOSAL)
    expect(codes(await client.diagnosticsAt(uri, 1))).toEqual(['test-no-todo'])
    const version = await client.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, text: 'TBD '}])
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(client.lastPublished(uri)!.version).toBe(1)
    await client.save(uri)
    expect(codes(await client.diagnosticsAt(uri, version))).toEqual(['test-no-todo', 'test-no-todo'])
  })
})

describe('pull diagnostics', () => {
  test('a client that pulls gets full then unchanged reports, and no pushed diagnostics', async () => {
    const result = await start({pull: true})
    expect(result.capabilities.diagnosticProvider).toMatchObject({interFileDependencies: false, workspaceDiagnostics: false})
    const uri = workspace.uriOf('pull.md')
    await client.open(uri, PROPOSAL)
    const first = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as DocumentDiagnosticReport & {
      items: Diagnostic[]
      resultId: string
    }
    expect(first.kind).toBe('full')
    expect(first.items.map(where)).toEqual(['test-no-todo@4:14-4:18'])
    const again = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}, previousResultId: first.resultId})) as DocumentDiagnosticReport
    expect(again).toEqual({kind: 'unchanged', resultId: first.resultId})

    await client.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, text: 'TBD '}])
    const changed = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}, previousResultId: first.resultId})) as {
      kind: string
      items: Diagnostic[]
    }
    expect(changed.kind).toBe('full')
    expect(changed.items.map(where)).toEqual(['test-no-todo@4:0-4:3', 'test-no-todo@4:18-4:22'])
    expect(client.published.filter((p) => p.uri === uri)).toEqual([])
    await client.waitFor('status after pull', () => client.statuses.find((s) => s.uri === uri && s.warnings === 2))

    // Typing on: a pull overtaken by a keystroke before its answer is cancelled by the server, asking the client to pull again.
    await client.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, text: 'T'}])
    const overtaken = client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})
    await client.change(uri, [{range: {start: {line: 4, character: 1}, end: {line: 4, character: 1}}, text: 'BD '}])
    // A pull lints at once, so it may be answered before the keystroke arrives; if not, it is cancelled.
    const overtakenOutcome = await overtaken.then(
      () => null,
      (error: unknown) => error,
    )
    if (overtakenOutcome !== null) expect(overtakenOutcome).toMatchObject({code: -32802, data: {retriggerRequest: true}})
    // The next pull may get the lint of the text before, placed in this one, and a refresh to pull again once this text's is done.
    const expected = ['test-no-todo@4:0-4:3', 'test-no-todo@4:4-4:7', 'test-no-todo@4:22-4:26']
    const refreshes = client.refreshes
    let settled = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as {items: Diagnostic[]}
    if (settled.items.length !== expected.length) {
      await client.waitFor('a diagnostic refresh', () => client.refreshes > refreshes)
      settled = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as {items: Diagnostic[]}
    }
    expect(settled.items.map(where)).toEqual(expected)

    // A config change asks the client to pull again.
    const rc = workspace.write('.lessonlintrc.json', '{"rules": {"test-no-todo": "off"}}')
    await client.watchedFilesChanged([{uri: rc, type: 1}])
    const beforeConfig = client.refreshes
    await client.waitFor('diagnostic refresh', () => client.refreshes > beforeConfig)
    const afterConfig = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as {items: Diagnostic[]}
    expect(afterConfig.items).toEqual([])
  })

  test('a pull after an undo is answered at once from the lint of that text', async () => {
    await start({pull: true})
    const uri = workspace.uriOf('undo.md')
    await client.open(uri, PROPOSAL)
    const pull = () => client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}}) as Promise<{items: Diagnostic[]}>
    expect((await pull()).items.map(where)).toEqual(['test-no-todo@4:14-4:18'])
    const at = {line: 4, character: 0}
    await client.change(uri, [{range: {start: at, end: at}, text: 'TBD '}])
    expect((await pull()).items.map(where)).toEqual(['test-no-todo@4:0-4:3', 'test-no-todo@4:18-4:22'])
    // Undo: the text is the first one again, whose outcome is kept; the pull must not wait for a lint that never comes.
    await client.change(uri, [{range: {start: at, end: {line: 4, character: 4}}, text: ''}])
    expect((await pull()).items.map(where)).toEqual(['test-no-todo@4:14-4:18'])
    await client.change(uri, [{range: {start: at, end: at}, text: 'TBD '}])
    expect((await pull()).items.map(where)).toEqual(['test-no-todo@4:0-4:3', 'test-no-todo@4:18-4:22'])
  })
})

describe('pull diagnostics of config files', () => {
  test('an open, broken config file answers its pull with the error at the key', async () => {
    await start({pull: true})
    const rcText = '{\n  "rules": {\n    "test-nothing": "off"\n  }\n}\n'
    const rc = workspace.write('.lessonlintrc.json', rcText)
    await client.open(rc, rcText, 'json')
    const uri = workspace.uriOf('doc.md')
    await client.open(uri, PROPOSAL)
    const report = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as {items: Diagnostic[]}
    expect(report.items.map((d) => d.message)).toEqual([
      'lessonlint: config error: .lessonlintrc.json: rules.test-nothing: unknown rule id (did you mean "test-no-todo"?)',
    ])
    const onConfig = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri: rc}})) as {items: Diagnostic[]}
    expect(onConfig.items.map(where)).toEqual(['config-error@2:4-2:18'])
  })
})

describe('lint workspace', () => {
  test('lints the Markdown files that are not open and publishes their diagnostics', async () => {
    await start()
    workspace.write('one.md', PROPOSAL)
    workspace.write('two.md', '# Two\n\nNothing to do.\n')
    workspace.write('.lessonlintignore', 'skip.md\n')
    workspace.write('skip.md', 'TODO\n')
    const totals = await client.connection.sendRequest('lessonlint/lintWorkspace')
    expect(totals).toEqual({files: 2, errors: 1, warnings: 1, infos: 0})
    expect(codes(client.lastPublished(workspace.uriOf('one.md'))!.diagnostics)).toEqual(['test-no-todo'])
    expect(codes(client.lastPublished(workspace.uriOf('two.md'))!.diagnostics)).toEqual(['test-budget'])
    expect(client.lastPublished(workspace.uriOf('skip.md'))).toBeUndefined()
  })
})

describe('which documents', () => {
  const README = '# mytool\n\n## Installation\n\nTODO: write it.\n'
  const PROPOSAL_TODO = '# Safe migration\n\n## Objectives\n\nTODO: numbers.\n\n## Budget\n\nUSD 100,000.\n'

  test('by default a README gets no findings and its status says why; a proposal is linted', async () => {
    await start()
    client.settings = {}
    const readme = workspace.write('README.md', README)
    await client.open(readme, README)
    expect(await client.diagnosticsAt(readme, 1)).toEqual([])
    const status = await client.waitFor('status of the README', () => client.statuses.find((one) => one.uri === readme))
    expect(status as unknown).toMatchObject({errors: 0, warnings: 0, infos: 0, state: 'not-a-proposal'})
    const proposal = workspace.write('proposal.md', PROPOSAL_TODO)
    await client.open(proposal, PROPOSAL_TODO)
    expect((await client.diagnosticsAt(proposal, 1)).map((d) => d.code)).toEqual(['test-no-todo'])
  })

  test('"lint as a proposal" lints the document from then on, and a client can hand the choice back at start', async () => {
    await start()
    client.settings = {}
    const readme = workspace.write('README.md', README)
    await client.open(readme, README)
    expect(await client.diagnosticsAt(readme, 1)).toEqual([])
    await client.connection.sendRequest('workspace/executeCommand', {command: 'lessonlint.server.lintAsProposal', arguments: [{uri: readme}]})
    const after = await client.waitFor('findings on the README', () => {
      const found = client.lastPublished(readme)?.diagnostics
      return found && found.length > 0 ? found : undefined
    })
    expect(after.map((d) => d.code)).toEqual(['test-budget', 'test-no-todo'])
    await client.dispose()
    await start({initializationOptions: {proposalUris: [readme]}})
    client.settings = {}
    await client.open(readme, README)
    expect((await client.diagnosticsAt(readme, 1)).map((d) => d.code)).toEqual(['test-budget', 'test-no-todo'])
  })

  test('requireConfig: only documents with a config file above them are linted', async () => {
    await start({settings: {documents: 'all', requireConfig: true}})
    const loose = workspace.write('loose.md', PROPOSAL_TODO)
    await client.open(loose, PROPOSAL_TODO)
    expect(await client.diagnosticsAt(loose, 1)).toEqual([])
    mkdirSync(workspace.path('team'))
    workspace.write('team/.lessonlintrc.json', '{}')
    const configured = workspace.write('team/proposal.md', PROPOSAL_TODO)
    await client.open(configured, PROPOSAL_TODO)
    expect((await client.diagnosticsAt(configured, 1)).map((d) => d.code)).toEqual(['test-no-todo'])
  })

  test('"Lint workspace" lints the same documents: proposals, those chosen as proposals, only under a config with requireConfig', async () => {
    workspace.write('README.md', README)
    workspace.write('CHANGELOG.md', README)
    workspace.write('proposal.md', PROPOSAL_TODO)
    const chosen = workspace.uriOf('CHANGELOG.md')
    await start({initializationOptions: {proposalUris: [chosen]}})
    client.settings = {}
    expect(await client.connection.sendRequest('lessonlint/lintWorkspace')).toMatchObject({files: 2})
    expect(client.lastPublished(workspace.uriOf('README.md'))).toBeUndefined()
    expect(codes(client.lastPublished(chosen)!.diagnostics)).toEqual(['test-budget', 'test-no-todo'])
    expect(codes(client.lastPublished(workspace.uriOf('proposal.md'))!.diagnostics)).toEqual(['test-no-todo'])
    client.settings = {documents: 'all', requireConfig: true}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
    mkdirSync(workspace.path('team'))
    workspace.write('team/.lessonlintrc.json', '{}')
    workspace.write('team/proposal.md', PROPOSAL_TODO)
    expect(await client.connection.sendRequest('lessonlint/lintWorkspace')).toMatchObject({files: 1})
    expect(codes(client.lastPublished(workspace.uriOf('team/proposal.md'))!.diagnostics)).toEqual(['test-no-todo'])
  })
})
