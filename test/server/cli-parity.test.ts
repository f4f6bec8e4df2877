// The real server (the package's bin, the ILO pack) against the real CLI: on the
// same file in the same folder, the editor shows the same findings at the same
// places as `lessonlint --format json`, converted from 1-based to 0-based.

import {execFileSync} from 'node:child_process'
import {copyFileSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {rulesById} from '@lessonlint/rules-ilo'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {CodeAction, Diagnostic, DocumentSymbol, Hover, TextEdit} from 'vscode-languageserver-protocol'
import {REPO, TestClient, where} from './support/client.js'
import {TempWorkspace} from './support/workspace.js'

const CORPUS = join(REPO, '../shared/corpus')
const FIXTURES = join(REPO, 'fixtures')
const CLI = join(REPO, 'packages/cli/bin/lessonlint.js')

interface CliMessage {
  ruleId: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** What the CLI reports, in the server's terms. */
function cliFindings(workspace: TempWorkspace, name: string): string[] {
  let stdout: string
  try {
    stdout = execFileSync(process.execPath, [CLI, '--format', 'json', name], {cwd: workspace.dir, encoding: 'utf8'})
  } catch (error) {
    // Exit 1 means findings with errors; the report is still on stdout.
    stdout = (error as {stdout: string}).stdout
  }
  const [file] = JSON.parse(stdout) as Array<{messages: CliMessage[]}>
  return file!.messages.map((m) => `${m.ruleId}@${m.line - 1}:${m.column - 1}-${m.endLine - 1}:${m.endColumn - 1}`)
}

let workspace: TempWorkspace
let client: TestClient

beforeAll(async () => {
  workspace = new TempWorkspace()
  client = new TestClient({rootUri: workspace.uri})
  await client.initialize()
})

afterAll(async () => {
  await client.dispose()
  workspace.dispose()
})

/** A small seeded generator (mulberry32): the same edits on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

async function openCopy(source: string, name: string): Promise<string> {
  copyFileSync(source, workspace.path(name))
  const uri = workspace.uriOf(name)
  await client.open(uri, readFileSync(source, 'utf8'))
  return uri
}

describe('the server reports what the CLI reports', () => {
  const files = [
    join(CORPUS, '04-bangladesh-garment-osh.md'),
    join(CORPUS, '12-pacific-seasonal-workers.md'),
    ...readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => join(FIXTURES, name)),
  ]
  test.each(files)('%s', async (source) => {
    const name = source.split('/').pop()!
    const uri = await openCopy(source, name)
    const diagnostics = await client.diagnosticsAt(uri, 1)
    const expected = cliFindings(workspace, name)
    // The corpus proposals have findings, so an empty answer on both sides cannot pass for them.
    if (source.startsWith(CORPUS)) expect(expected.length).toBeGreaterThan(0)
    expect(diagnostics.map(where)).toEqual(expected)
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('lessonlint')
      const rule = rulesById.get(String(diagnostic.code))
      if (rule) expect(diagnostic.codeDescription?.href).toBe(rule.meta.docsUrl)
    }
  })
})

describe('with the ILO pack', () => {
  test('two byte order marks and mixed \\r, \\r\\n, \\n line endings: the CLI\'s places, the first line one character on for the BOM', async () => {
    const endings = ['\n', '\r', '\r\n']
    let i = 0
    const text = '\uFEFF\uFEFF' + readFileSync(join(FIXTURES, '06-malawi-youth-green-works-draft.md'), 'utf8').replace(/\r?\n/g, () => endings[i++ % 3]!)
    workspace.write('boms.md', text)
    const uri = workspace.uriOf('boms.md')
    await client.open(uri, text)
    const diagnostics = await client.diagnosticsAt(uri, 1)
    // The CLI counts columns in the text without its (first) BOM; the client's line 0 still holds it.
    const shifted = (place: string) => place.replace(/@(\d+):(\d+)-(\d+):(\d+)$/, (_m, l1: string, c1: string, l2: string, c2: string) =>
      `@${l1}:${Number(c1) + (l1 === '0' ? 1 : 0)}-${l2}:${Number(c2) + (l2 === '0' ? 1 : 0)}`)
    const expected = cliFindings(workspace, 'boms.md').map(shifted)
    expect(expected.length).toBeGreaterThan(0)
    expect(diagnostics.map(where)).toEqual(expected)
    // Every place is one the client's text has (not past a line's end, not inside a \r\n).
    const document = client.documents.get(uri)!
    for (const {range} of diagnostics) {
      expect(document.positionAt(document.offsetAt(range.start))).toEqual(range.start)
      expect(document.positionAt(document.offsetAt(range.end))).toEqual(range.end)
    }
  })

  test('after incremental edits, the diagnostics are the CLI\'s on the edited text', async () => {
    const uri = await openCopy(join(CORPUS, '04-bangladesh-garment-osh.md'), 'edited.md')
    const first = await client.diagnosticsAt(uri, 1)
    expect(first.map((d) => d.code)).toContain('frontmatter')
    // Fix the front matter's currency (line 8: `currency: EURO`), then add a paragraph with an emoji near the top.
    let version = await client.change(uri, [{range: {start: {line: 7, character: 10}, end: {line: 7, character: 14}}, text: 'EUR'}])
    version = await client.change(uri, [
      {range: {start: {line: 12, character: 0}, end: {line: 12, character: 0}}, text: 'A note 🧵 on scope.\n\nSecond line 👩‍👩‍👧 team.\n\n'},
    ])
    const edited = await client.diagnosticsAt(uri, version)
    const {writeFileSync} = await import('node:fs')
    writeFileSync(workspace.path('edited.md'), client.documents.get(uri)!.getText())
    expect(edited.map(where)).toEqual(cliFindings(workspace, 'edited.md'))
    expect(edited.map((d) => d.code)).not.toContain('frontmatter')
    // Every finding below the insertion moved down four lines.
    const below = (list: Diagnostic[]) => list.filter((d) => d.code !== 'frontmatter' && d.range.start.line >= 12).map((d) => `${String(d.code)}@${d.range.start.line}`)
    expect(below(edited)).toEqual(below(first).map((entry) => entry.replace(/@(\d+)$/, (_m, line: string) => `@${Number(line) + 4}`)))
  })

  test('after random edit sequences (the server re-parsing only what each edit touched), the diagnostics are the CLI\'s on the final text', async () => {
    // Edits that change how blocks parse (fences, lists, headings, tables, comments) and plain typing, at random places.
    const snippets = ['x', ' training of trainers', '\n\n', '\n', '## Budget\n\n', '- ', '```', '| a | b |\n|---|---|\n', '<!-- ', ' -->', '**', '> ', '1. ']
    const random = seeded(20_261_203)
    // Proposals with findings down to their last sections, so that the places of findings after each edit are compared.
    const sources = [join(FIXTURES, '06-malawi-youth-green-works-draft.md'), join(CORPUS, '10-guatemala-mexico-seasonal-mou.md'), join(CORPUS, '01-cambodia-fishers-migration.md')]
    for (const [round, source] of sources.entries()) {
      const name = `random-${round}.md`
      const uri = await openCopy(source, name)
      await client.diagnosticsAt(uri, 1)
      let version = 1
      for (let edit = 0; edit < 6; edit++) {
        const document = client.documents.get(uri)!
        const text = document.getText()
        // In the first two thirds: most findings are after the edit, moved by it.
        const start = Math.floor(random() * text.length * 0.66)
        const end = Math.min(text.length, start + (random() < 0.5 ? 0 : Math.floor(random() * 40)))
        const inserted = snippets[Math.floor(random() * snippets.length)]!
        version = await client.change(uri, [{range: {start: document.positionAt(start), end: document.positionAt(end)}, text: inserted}])
        // Each text is linted (the server keeps the last parse and re-parses around the next edit).
        await client.diagnosticsAt(uri, version)
      }
      const final = await client.diagnosticsAt(uri, version)
      writeFileSync(workspace.path(name), client.documents.get(uri)!.getText())
      expect(final.length).toBeGreaterThan(5)
      expect(final.map(where), `${source} after 6 random edits`).toEqual(cliFindings(workspace, name))
    }
  })

  test('a quick fix of a real rule, applied, removes its finding (a skeleton is then reported as a placeholder)', async () => {
    const uri = await openCopy(join(CORPUS, '06-nepal-malaysia-recruitment-draft.md'), 'fixable.md')
    const diagnostics = await client.diagnosticsAt(uri, 1)
    let fixed: {diagnostic: Diagnostic; action: CodeAction} | undefined
    for (const diagnostic of diagnostics) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: diagnostic.range,
        context: {diagnostics: [diagnostic]},
      })) as CodeAction[]
      const action = actions.find((a) => a.isPreferred && a.diagnostics?.some((d) => d.code === diagnostic.code))
      if (action) {
        fixed = {diagnostic, action}
        break
      }
    }
    expect(fixed, 'some finding of the draft has a quick fix').toBeDefined()
    const change = fixed!.action.edit!.documentChanges![0] as {edits: TextEdit[]}
    const version = await client.applyEdits(uri, change.edits)
    const after = await client.diagnosticsAt(uri, version)
    expect(after.filter((d) => d.code === fixed!.diagnostic.code && d.message === fixed!.diagnostic.message)).toEqual([])
  })

  test("the hover shows the rule's summary, lesson and lesson address", async () => {
    const uri = await openCopy(join(CORPUS, '04-bangladesh-garment-osh.md'), 'hover.md')
    const diagnostics = await client.diagnosticsAt(uri, 1)
    const finding = diagnostics.find((d) => rulesById.get(String(d.code))?.meta.sources.some((s) => s.url))!
    const rule = rulesById.get(String(finding.code))!
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: finding.range.start})) as Hover
    const value = (hover.contents as {value: string}).value
    expect(value).toContain(`\`${rule.meta.id}\``)
    expect(value).toContain(`[Rule documentation](${rule.meta.docsUrl})`)
    expect(value).toContain(`](${rule.meta.sources.find((s) => s.url)!.url})`)
    expect(value).toContain('**Lesson:**')
  })

  test('a Spanish proposal gets its diagnostics and hover in Spanish', async () => {
    const uri = await openCopy(join(FIXTURES, '10-costa-rica-nicaragua-harvest-es.md'), 'cosecha.md')
    const diagnostics = await client.diagnosticsAt(uri, 1)
    const budget = diagnostics.find((d) => d.code === 'gender-budget')!
    expect(budget.message).toMatch(/^La partida de género “Actividades de igualdad de género” no tiene monto \(0\)\./)
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: budget.range.start})) as Hover
    const value = (hover.contents as {value: string}).value
    expect(value).toContain('`gender-budget` — El presupuesto incluye una partida de género con fondos')
    expect(value).toContain('*Por qué:* Una partida de género sin dinero no es un presupuesto de género')
    expect(value).toContain('[Documentación de la regla](')
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: budget.range,
      context: {diagnostics: [budget], only: ['quickfix']},
    })) as CodeAction[]
    // A table row cannot take a comment above it: only the document-wide disable is offered.
    expect(actions.map((action) => action.title)).toEqual(['Desactivar gender-budget en este documento'])
  })

  test('a .lessonlintrc.json that turns a rule off makes its diagnostics disappear', async () => {
    const uri = await openCopy(join(CORPUS, '04-bangladesh-garment-osh.md'), 'config.md')
    const diagnostics = await client.diagnosticsAt(uri, 1)
    const ruleId = String(diagnostics.find((d) => d.code !== 'frontmatter')!.code)
    const published = client.published.length
    const rc = workspace.write('.lessonlintrc.json', JSON.stringify({extends: 'lessonlint:recommended', rules: {[ruleId]: 'off'}}))
    await client.watchedFilesChanged([{uri: rc, type: 1}])
    const after = await client.waitFor('re-lint', () => client.published.slice(published).find((p) => p.uri === uri))
    expect(after.diagnostics.map((d) => d.code)).not.toContain(ruleId)
    expect(after.diagnostics.length).toBe(diagnostics.filter((d) => d.code !== ruleId).length)
  })

  test('the outline shows the proposal sections with their kinds', async () => {
    const uri = await openCopy(join(CORPUS, '04-bangladesh-garment-osh.md'), 'outline.md')
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', {textDocument: {uri}})) as DocumentSymbol[]
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])])
    const details = all(symbols).map((s) => `${s.name} [${s.detail ?? ''}]`)
    expect(details).toContain('4 Gender mainstreaming [gender]')
    expect(details.some((d) => /budget/i.test(d) && d.endsWith('[budget]'))).toBe(true)
    expect(details.some((d) => d.includes('monitoring & evaluation'))).toBe(true)
  })
})
