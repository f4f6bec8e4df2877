// The server stays responsive (issue 12, "a server that stays responsive"; the
// worker design of issue 11): lints run in a worker thread, so hovers, symbols
// and code actions answer during a lint from the newest outcome, placed in the
// current text; continuous typing still gets diagnostics about once a second;
// results are keyed by content, not by version number; malformed requests get
// protocol errors; closed documents leave nothing behind.
//
// Timing assertions compare with the lints the server itself reports (a ratio),
// or allow a generous bound, so that they hold on a loaded two-core machine:
// what they prove is that no request waits for a lint, which no machine makes true.

import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import type {CodeAction, Diagnostic, DocumentSymbol, Hover} from 'vscode-languageserver-protocol'
import {DebugStateRequest, type DebugStateResult} from '@lessonlint/language-server/protocol'
import {REPO, TestClient, where} from './support/client.js'
import {bigProposal} from './support/big-proposal.mjs'
import {TempWorkspace} from './support/workspace.js'

const TEST_SERVER = `${REPO}/test/server/support/test-rules-server.mjs`

let workspace: TempWorkspace
let client: TestClient

async function start(options: {pull?: boolean; env?: Record<string, string>} = {}) {
  client = new TestClient({rootUri: workspace.uri, serverScript: TEST_SERVER, settings: {documents: 'all'}, ...options})
  return client.initialize()
}

beforeEach(() => {
  workspace = new TempWorkspace()
})

afterEach(async () => {
  await client?.dispose()
  workspace.dispose()
})

/** The server's own answer type; the counts the tests read are the lint thread's. */
type DebugState = DebugStateResult & {linting: {counts: {lints: number; lastLintMs: number; maxLintMs: number}}}

function debugState(): Promise<DebugState> {
  return client.connection.sendRequest(DebugStateRequest.method)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Until no lint runs, waits or is queued, and no request waits for one. */
async function waitUntilIdle(timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = await debugState()
    if (!state.linting.running && state.linting.queued === 0 && state.scheduled === 0 && state.waitingRequests === 0) return
    if (Date.now() > deadline) throw new Error(`the server is still busy: ${JSON.stringify(state)}`)
    await sleep(50)
  }
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

/** The line the tests type on: keystrokes go in before "TODO", which moves right by one per keystroke. */
const TYPING_LINE = 'Typing here: TODO marker.'
const TODO_AT = TYPING_LINE.indexOf('TODO')
/** What is typed: letters that never make a TODO or TBD. */
const KEYS = 'xyz wvu '

/**
 * A proposal of about `kb` KB (fixtures/ repeated) with a TODO near the top (hovered) and the typing line in the middle.
 * `wholeParse`: it ends with a link reference definition, which resolves document-wide, so every lint parses
 * the whole text again (an edit elsewhere is otherwise re-parsed in place, and the lint is over too soon to
 * ask anything while it runs).
 */
function document(kb: number, {wholeParse = false} = {}): {text: string; titleLine: number; hoverLine: number; typingLine: number} {
  const lines = bigProposal(kb * 1024).split('\n')
  if (wholeParse) lines.push('', '[guide]: https://example.org/guide', '')
  const titleLine = lines.findIndex((line) => line.startsWith('# '))
  // After the front matter and the title, before the first section.
  const hoverLine = lines.findIndex((line, index) => index > 0 && line.startsWith('## '))
  lines.splice(hoverLine, 0, 'A TODO near the top.', '')
  // A paragraph of its own near the middle: after a blank line, followed by one.
  let typingLine = Math.floor(lines.length / 2)
  while (typingLine < lines.length && lines[typingLine - 1] !== '') typingLine++
  lines.splice(typingLine, 0, TYPING_LINE, '')
  return {text: lines.join('\n'), titleLine, hoverLine, typingLine}
}

/** One keystroke: the `typed`-th character, at the start of the typing line after those typed before. */
function keystroke(uri: string, line: number, typed: number): Promise<number> {
  const position = {line, character: typed}
  return client.change(uri, [{range: {start: position, end: position}, text: KEYS[typed % KEYS.length]!}])
}

/** Where the typing line's TODO is once `typed` characters went in before it. */
function typedTodo(line: number, typed: number): string {
  return `test-no-todo@${line}:${TODO_AT + typed}-${line}:${TODO_AT + typed + 4}`
}

async function timed<T>(request: Promise<T>): Promise<{ms: number; value: T}> {
  const started = performance.now()
  const value = await request
  return {ms: performance.now() - started, value}
}

describe('while a lint runs', () => {
  test('hover, symbols and code actions answer at once, from the newest lint placed in the current text', async () => {
    await start()
    const {text, titleLine, hoverLine, typingLine} = document(400, {wholeParse: true})
    const uri = workspace.uriOf('big.md')
    await client.open(uri, text)
    const first = await client.waitFor('the first lint', () => client.lastPublished(uri)?.diagnostics, 180_000)
    expect(first.map(where)).toEqual([`test-no-todo@${hoverLine}:2-${hoverLine}:6`, typedTodo(typingLine, 0)])

    // An edit storm: one keystroke every 50 ms for 8 s; meanwhile, every 150 ms, the three requests at once.
    const samples: Array<{running: boolean; version: number; ms: number[]; hover: Hover | null; symbols: DocumentSymbol[]; actions: CodeAction[]}> = []
    const stopAt = Date.now() + 8000
    let typed = 0
    const typing = (async () => {
      while (Date.now() < stopAt) {
        await keystroke(uri, typingLine, typed++)
        await sleep(50)
      }
    })()
    const hoverPosition = {line: hoverLine, character: 3}
    while (Date.now() < stopAt) {
      const {linting} = await debugState()
      const version = client.documents.get(uri)!.version
      const [hover, symbols, actions] = await Promise.all([
        timed(client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: hoverPosition}) as Promise<Hover | null>),
        timed(client.connection.sendRequest('textDocument/documentSymbol', {textDocument: {uri}}) as Promise<DocumentSymbol[]>),
        timed(
          client.connection.sendRequest('textDocument/codeAction', {
            textDocument: {uri},
            range: {start: hoverPosition, end: hoverPosition},
            context: {diagnostics: []},
          }) as Promise<CodeAction[]>,
        ),
      ])
      samples.push({running: linting.running, version, ms: [hover.ms, symbols.ms, actions.ms], hover: hover.value, symbols: symbols.value, actions: actions.value})
      await sleep(150)
    }
    await typing
    const {linting} = await debugState()

    const duringLint = samples.filter((sample) => sample.running)
    expect(duringLint.length, 'requests sent while a lint ran').toBeGreaterThanOrEqual(5)
    const latencies = duringLint.flatMap((sample) => sample.ms)
    // A lint of 400 KB parsed whole takes long here: a request that waited for one would take as long.
    expect(linting.counts.maxLintMs).toBeGreaterThan(200)
    // Within 100 ms, or a tenth of a lint when the machine is so loaded that lints crawl too.
    expect(quantile(latencies, 0.5)).toBeLessThan(Math.max(100, linting.counts.maxLintMs / 10))
    expect(quantile(latencies, 0.95)).toBeLessThan(linting.counts.maxLintMs / 2)

    for (const sample of duringLint) {
      // The hover is the TODO near the top, whose text no keystroke touched.
      expect((sample.hover?.contents as {value: string} | undefined)?.value).toContain('`test-no-todo`')
      expect(sample.hover?.range).toEqual({start: {line: hoverLine, character: 2}, end: {line: hoverLine, character: 6}})
      // The outline: the title first, at its place.
      expect(sample.symbols[0]!.selectionRange.start).toEqual({line: titleLine, character: 0})
      // The TODO's own fix, at the text it replaces.
      const fix = sample.actions.find((action) => action.title === 'Remove "TODO"')
      const change = fix?.edit?.documentChanges?.[0] as {edits: Array<{range: unknown}>; textDocument: {version: number}} | undefined
      expect(change?.edits[0]!.range).toEqual({start: {line: hoverLine, character: 2}, end: {line: hoverLine, character: 6}})
      // Versioned for the text the client had when it asked (or later: edits arrive while the answer travels).
      expect(change!.textDocument.version).toBeGreaterThanOrEqual(sample.version)
    }

    // When typing stops, the last text's diagnostics come, the typing line's TODO moved right by every keystroke.
    const final = await client.diagnosticsAt(uri, 1 + typed)
    expect(final.map(where)).toEqual([`test-no-todo@${hoverLine}:2-${hoverLine}:6`, typedTodo(typingLine, typed)])
  }, 240_000)
})

describe('debounce with a maximum wait', () => {
  test('continuous typing gets diagnostics at least about once a second, each placed in the text it is published for', async () => {
    await start()
    const {text, typingLine} = document(10)
    const uri = workspace.uriOf('typing.md')
    await client.open(uri, text)
    await client.diagnosticsAt(uri, 1)
    const before = client.published.length

    // One keystroke every 50 ms for 5 s: never the 200 ms pause the debounce waits for.
    const started = Date.now()
    let typed = 0
    while (Date.now() - started < 5000) {
      await keystroke(uri, typingLine, typed++)
      await sleep(50)
    }
    const ended = Date.now()
    const {linting} = await debugState()
    const during = client.published
      .map((params, index) => ({params, at: client.publishedAt[index]!}))
      .slice(before)
      .filter(({params, at}) => params.uri === uri && at <= ended)

    // Old behaviour: none at all until typing stopped.
    expect(during.length).toBeGreaterThanOrEqual(3)
    const times = [started, ...during.map(({at}) => at), ended]
    const gaps = times.slice(1).map((at, index) => at - times[index]!)
    // The maximum wait (1 s) plus the lint it starts, plus slack for a loaded machine.
    expect(Math.max(...gaps)).toBeLessThan(1000 + linting.counts.maxLintMs + 750)

    const versions = during.map(({params}) => params.version!)
    expect([...versions].sort((a, b) => a - b)).toEqual(versions)
    for (const {params} of during) {
      // Published for version V, after V - 1 keystrokes: the TODO is where the client's text has it then,
      // even though the lint behind it saw an older text.
      expect(params.diagnostics.map(where)).toContain(typedTodo(typingLine, params.version! - 1))
    }
    expect((await client.diagnosticsAt(uri, 1 + typed)).map(where)).toContain(typedTodo(typingLine, typed))
  }, 60_000)

  test('a client that pulls while typing gets answers too, and is asked to pull again for the last text', async () => {
    await start({pull: true})
    const {text, typingLine} = document(10)
    const uri = workspace.uriOf('pulled.md')
    await client.open(uri, text)
    await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})

    // As VS Code does: a pull after every keystroke; the next keystroke cancels it (ServerCancelled).
    type Report = {kind: string; resultId?: string; items?: Diagnostic[]}
    const answered: Array<{version: number; report: Report; refreshesBefore: number}> = []
    const pulls: Array<Promise<unknown>> = []
    let cancelled = 0
    const started = Date.now()
    let typed = 0
    while (Date.now() - started < 5000) {
      const version = await keystroke(uri, typingLine, typed++)
      const pull = (client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}}) as Promise<Report>).then(
        // Messages arrive in order: a refresh counted later was sent after this answer.
        (report) => answered.push({version, report, refreshesBefore: client.refreshes}),
        (error: {code?: number}) => {
          expect(error.code).toBe(-32802)
          cancelled++
        },
      )
      pulls.push(pull)
      await sleep(50)
    }
    await Promise.all(pulls)
    // A pull lints at once, with no push debounce to wait for: on this short document many are answered before the
    // next keystroke (waiting for the debounce, about one a second was: the maximum wait's).
    expect(answered.length).toBeGreaterThan(pulls.length / 4)
    expect(answered.length + cancelled).toBe(pulls.length)
    for (const {version, report} of answered) expect(report.items!.map(where)).toContain(typedTodo(typingLine, version - 1))

    // The last keystroke's pull is never cancelled; it may have been answered with an older text's lint.
    const final = answered.at(-1)!
    expect(final.version).toBe(1 + typed)
    await waitUntilIdle()
    const again = (await client.connection.sendRequest('textDocument/diagnostic', {
      textDocument: {uri},
      previousResultId: final.report.resultId,
    })) as Report
    if (again.kind === 'unchanged') {
      // It was the last text's own lint: nothing newer to ask for.
      expect(final.report.items!.map(where)).toContain(typedTodo(typingLine, typed))
    } else {
      // It was an older text's: when the last text's lint was done, the client was asked to pull again.
      expect(client.refreshes).toBeGreaterThan(final.refreshesBefore)
      expect(again.items!.map(where)).toContain(typedTodo(typingLine, typed))
    }
  }, 60_000)
})

describe('results keyed by content', () => {
  test('a change that reuses a version number with a new text gets that text\'s diagnostics; a text seen before needs no lint', async () => {
    await start()
    const uri = workspace.uriOf('reuse.md')
    const withTodo = '# Title\n\n## Budget\n\nA TODO here.\n'
    const without = '# Title\n\n## Budget\n\nAll done here.\n'
    await client.open(uri, withTodo)
    expect((await client.diagnosticsAt(uri, 1)).map(where)).toEqual(['test-no-todo@4:2-4:6'])

    // Version 1 again, another text.
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 1}, contentChanges: [{text: without}]})
    await client.waitFor('diagnostics of the new text', () => {
      const last = client.lastPublished(uri)
      return last?.version === 1 && last.diagnostics.length === 0
    })
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 4, character: 3}})).toBeNull()

    // And back to the first text, still version 1: the outcome kept for it answers, no lint runs.
    const {linting} = await debugState()
    const published = client.published.length
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 1}, contentChanges: [{text: withTodo}]})
    const back = await client.waitFor('diagnostics of the first text again', () => client.published.slice(published).find((p) => p.uri === uri))
    expect(back.diagnostics.map(where)).toEqual(['test-no-todo@4:2-4:6'])
    expect((await debugState()).linting.counts.lints).toBe(linting.counts.lints)
  })
})

describe('malformed requests', () => {
  test('get a protocol error that names the field, never a JavaScript message; the server serves on', async () => {
    await start()
    const uri = workspace.uriOf('doc.md')
    await client.open(uri, '# Title\n\n## Budget\n\nA TODO here.\n')
    await client.diagnosticsAt(uri, 1)
    const cases: Array<[string, unknown, RegExp]> = [
      ['textDocument/hover', {textDocument: {uri}}, /position must be/],
      ['textDocument/hover', {textDocument: {uri}, position: {line: '4', character: 3}}, /position must be/],
      ['textDocument/hover', {textDocument: {uri}, position: {line: -1, character: 0}}, /position must be/],
      ['textDocument/hover', {textDocument: {uri}, position: {line: 1.5, character: 0}}, /position must be/],
      ['textDocument/hover', {position: {line: 0, character: 0}}, /textDocument\.uri must be a string/],
      ['textDocument/codeAction', {textDocument: {uri}, context: {diagnostics: []}}, /range must be/],
      ['textDocument/codeAction', {textDocument: {uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}}, /context must be/],
      ['textDocument/codeAction', {textDocument: {uri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {only: 'quickfix'}}, /context\.only must be/],
      ['textDocument/documentSymbol', {textDocument: {uri: 42}}, /textDocument\.uri must be a string/],
      ['textDocument/diagnostic', {textDocument: {}}, /textDocument\.uri must be a string/],
      ['codeAction/resolve', {kind: 'quickfix'}, /title must be a string/],
    ]
    for (const [method, params, message] of cases) {
      const error = (await client.connection.sendRequest(method, params).then(
        () => undefined,
        (failure: unknown) => failure,
      )) as {code: number; message: string} | undefined
      expect(error, `${method} ${JSON.stringify(params)}`).toMatchObject({code: -32602})
      expect(error!.message.startsWith(`${method}: `), error!.message).toBe(true)
      expect(error!.message).toMatch(message)
      expect(error!.message).not.toMatch(/Cannot read|TypeError|undefined|is not a function|\.js:\d/)
    }
    expect(client.alive).toBe(true)
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 4, character: 3}})) as Hover
    expect((hover.contents as {value: string}).value).toContain('`test-no-todo`')
  })
})

describe('memory', () => {
  test('each open document keeps at most two outcomes; after 20 documents close, nothing of them is left and the worker starts afresh', async () => {
    await start()
    const uris: string[] = []
    for (let i = 0; i < 20; i++) {
      const uri = workspace.uriOf(`doc-${i}.md`)
      uris.push(uri)
      await client.open(uri, `# Document ${i}\n\n## Budget\n\nA TODO here.\n`)
    }
    for (const uri of uris) await client.diagnosticsAt(uri, 1)
    // Three more texts each: the budget holds.
    for (const uri of uris) {
      for (let edit = 0; edit < 3; edit++) {
        const version = await client.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, text: 'TBD '}])
        await client.diagnosticsAt(uri, version)
      }
    }
    const open = await debugState()
    expect(open).toMatchObject({documents: 20, documentsWithOutcomes: 20, histories: 20})
    expect(open.outcomes).toBeLessThanOrEqual(2 * 20)

    for (const uri of uris) await client.close(uri)
    let closed = await debugState()
    for (let waited = 0; closed.documents > 0 && waited < 10_000; waited += 100) {
      await sleep(100)
      closed = await debugState()
    }
    expect(closed).toMatchObject({
      documents: 0,
      outcomes: 0,
      documentsWithOutcomes: 0,
      histories: 0,
      loggedChanges: 0,
      scheduled: 0,
      waitingRequests: 0,
      linting: {queued: 0},
    })
    // With nothing open, the worker (and the heap its lints grew) is replaced by a fresh one.
    let recycled = closed
    for (let waited = 0; recycled.linting.recycles === 0 && waited < 20_000; waited += 500) {
      await sleep(500)
      recycled = await debugState()
    }
    expect(recycled.linting.recycles).toBeGreaterThanOrEqual(1)
    expect(recycled.linting.mode).toBe('worker')
  }, 60_000)
})

describe('the lint worker', () => {
  test('dying mid-lint costs that lint one line on the document; the next lint runs in a new worker', async () => {
    await start()
    const uri = workspace.uriOf('stop.md')
    await client.open(uri, '# Title\n\n## Budget\n\nSTOP-THE-WORKER and a TODO.\n')
    const [failure] = await client.diagnosticsAt(uri, 1)
    expect(failure).toMatchObject({code: 'internal-error'})
    expect(failure!.message).toBe('lessonlint: could not lint this document: the lint worker stopped (exit code 3)')
    const version = await client.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 15}}, text: 'Calm'}])
    expect((await client.diagnosticsAt(uri, version)).map(where)).toEqual(['test-no-todo@4:11-4:15'])
    expect((await debugState()).linting).toMatchObject({mode: 'worker', restarts: 1})
    expect(client.alive).toBe(true)
  })

  test('without a rule module, the server lints in its own thread (embedders that pass rule objects only)', async () => {
    await start({env: {LESSONLINT_IN_PROCESS: '1'}})
    const log = await client.waitFor('start log line', () => client.logs.find((line) => line.startsWith('lessonlint server started')))
    expect(log).toContain("linting in the server's thread")
    const uri = workspace.uriOf('plain.md')
    await client.open(uri, '# Title\n\n## Budget\n\nA TODO here.\n')
    expect((await client.diagnosticsAt(uri, 1)).map(where)).toEqual(['test-no-todo@4:2-4:6'])
    expect((await debugState()).linting.mode).toBe('in-process')
  })
})
