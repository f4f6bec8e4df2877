#!/usr/bin/env node
// Measures the language server as an editor feels it (not a test: numbers depend
// on the machine). Usage: node test/server/latency.mjs [--edits 100]
//   [--sizes 14,50,200] (KB; proposals made by concatenating fixtures and corpus, instead
//   of the largest fixture and 200 KB) [--modes push,pull,lint] [--memory 20] (documents
//   open, a list) [--json FILE] (the figures as JSON; `pnpm bench` runs it so)
//   With PROF=DIR in the environment the server runs under `node --cpu-prof` and writes the
//   profiles of its threads into DIR when it exits (it is shut down as an editor does).
//
// - keystroke → fresh diagnostics, push mode: from sending a one-character
//   didChange to receiving publishDiagnostics for that version (includes the
//   server's 200 ms debounce);
// - keystroke → fresh diagnostics, pull mode (what VS Code uses): from sending
//   the didChange to the textDocument/diagnostic answer (a pull lints at once);
// - a pull sent 250 ms after the keystroke, timed from the pull (the debounced lint started at 200 ms: what remains of it);
// on the largest fixture and on a ~200 KB proposal made by concatenating the
// fixtures and the corpus; then the server's RSS with 20 documents open.
// Each keystroke types the next character of a sentence (a text never linted
// before), after three unmeasured ones that warm the server up.
import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const server = join(repo, 'packages/language-server/bin/lessonlint-language-server.js')
const editsArg = process.argv.indexOf('--edits')
const EDITS = editsArg > 0 ? Number(process.argv[editsArg + 1]) : 100
const option = (name) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const SIZES = option('--sizes')?.split(',').map(Number)
const MODES = option('--modes')?.split(',') ?? ['push', 'pull', 'lint']
const MEMORY = (option('--memory') ?? '20').split(',').map(Number)
const JSON_FILE = option('--json')

const sources = [
  ...readdirSync(join(repo, 'fixtures')).filter((n) => n.endsWith('.md') && n !== 'README.md').map((n) => join(repo, 'fixtures', n)),
  ...readdirSync(join(repo, '../shared/corpus')).filter((n) => /^\d\d-.*\.md$/.test(n)).map((n) => join(repo, '../shared/corpus', n)),
]
const largest = sources.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a))

function big(targetBytes) {
  let text = ''
  for (let round = 0; Buffer.byteLength(text) < targetBytes; round++) {
    for (const file of sources) {
      // Front matter only at the top, as a real document has it.
      const body = readFileSync(file, 'utf8').replace(/\r\n/g, '\n')
      text += (text === '' ? body : body.replace(/^---\n[\s\S]*?\n---\n/, '')) + '\n'
      if (Buffer.byteLength(text) >= targetBytes) break
    }
  }
  return text
}

function start(workspace, pull) {
  const child = spawn(process.execPath, [...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.PROF] : []), server, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiters = []
  const published = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    published.set(params.uri, params)
    for (const waiter of waiters.splice(0)) waiter()
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null))
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  const capabilities = {workspace: {configuration: true}, textDocument: pull ? {diagnostic: {}} : {}}
  const ready = connection
    .sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities})
    .then(() => connection.sendNotification('initialized', {}))
  const waitVersion = (uri, version) =>
    new Promise((resolve) => {
      const check = () => (published.get(uri)?.version === version ? resolve(published.get(uri)) : waiters.push(check))
      check()
    })
  return {child, connection, ready, waitVersion}
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
  return {median: median.toFixed(1), p95: sorted[Math.floor(sorted.length * 0.95) - 1]?.toFixed(1), worst: sorted.at(-1).toFixed(1)}
}

const TYPED = 'Training of trainers follows each course with coaching. '

/**
 * Keystroke `i` of typing a sentence at the end of a line in the middle of the
 * document: every keystroke makes a text never linted before (alternating an
 * insert and its undo would be answered from kept outcomes).
 */
function keystroke(text, i) {
  const lines = text.split('\n')
  const line = Math.floor(lines.length / 2)
  const character = lines[line].length + i
  return {range: {start: {line, character}, end: {line, character}}, text: TYPED[i % TYPED.length]}
}

/** Keystrokes typed before measuring: the first lints of a server warm it up (a cold start is measured apart). */
const WARM_UP = 3

async function measure(name, text, mode) {
  const pull = mode !== 'push'
  const workspace = mkdtempSync(join(tmpdir(), 'lessonlint-latency-'))
  const file = join(workspace, 'proposal.md')
  writeFileSync(file, text)
  const uri = pathToFileURL(file).href
  const lsp = start(workspace, pull)
  await lsp.ready
  await lsp.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
  if (pull) await lsp.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})
  else await lsp.waitVersion(uri, 1)
  const samples = []
  let findings = 0
  for (let i = 0; i < WARM_UP + EDITS; i++) {
    const version = i + 2
    let started = performance.now()
    await lsp.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [keystroke(text, i)]})
    if (mode === 'lint') {
      await new Promise((resolve) => setTimeout(resolve, 250))
      started = performance.now()
    }
    if (pull) {
      const report = await lsp.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})
      findings = report.items.length
    } else {
      findings = (await lsp.waitVersion(uri, version)).diagnostics.length
    }
    if (i >= WARM_UP) samples.push(performance.now() - started)
  }
  await stop(lsp)
  rmSync(workspace, {recursive: true, force: true})
  const label = {push: 'push (incl. 200 ms debounce)', pull: 'pull right after the keystroke', lint: 'pull 250 ms after the keystroke (its lint started at 200 ms)'}[mode]
  return {name, mode: label, kb: (Buffer.byteLength(text) / 1024).toFixed(0), findings, ...stats(samples)}
}

/** Ends the server as an editor does (shutdown, exit), so that a profiled server writes its profile. */
async function stop(lsp) {
  const exited = new Promise((resolve) => lsp.child.once('exit', resolve))
  await lsp.connection.sendRequest('shutdown')
  await lsp.connection.sendNotification('exit')
  await exited
}

async function memory(count) {
  const workspace = mkdtempSync(join(tmpdir(), 'lessonlint-memory-'))
  const lsp = start(workspace, false)
  await lsp.ready
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${lsp.child.pid}/status`, 'utf8'))[1]) / 1024
  const before = rss()
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const text = readFileSync(sources[i % sources.length], 'utf8')
    bytes += Buffer.byteLength(text)
    const file = join(workspace, `doc-${i}.md`)
    writeFileSync(file, text)
    const uri = pathToFileURL(file).href
    await lsp.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    await lsp.waitVersion(uri, 1)
  }
  const after = rss()
  lsp.child.kill()
  rmSync(workspace, {recursive: true, force: true})
  return {documents: count, kb: (bytes / 1024).toFixed(0), rssIdleMb: before.toFixed(0), rssMb: after.toFixed(0)}
}

const rows = []
for (const mode of MODES) {
  if (SIZES) {
    for (const kb of SIZES) rows.push(await measure(`${kb} KB proposal (fixtures + corpus concatenated)`, big(kb * 1024), mode))
  } else {
    rows.push(await measure(`largest fixture (${largest.split('/').pop()})`, readFileSync(largest, 'utf8'), mode))
    rows.push(await measure('200 KB proposal (fixtures + corpus concatenated)', big(200 * 1024), mode))
  }
}
console.log(`Keystroke to fresh diagnostics, ${EDITS} edits each (ms), Node ${process.version}:\n`)
console.log('| document | KB | findings | mode | median | p95 | worst |')
console.log('|---|---|---|---|---|---|---|')
for (const r of rows) console.log(`| ${r.name} | ${r.kb} | ${r.findings} | ${r.mode} | ${r.median} | ${r.p95} | ${r.worst} |`)
const memories = []
for (const count of MEMORY) {
  const mem = await memory(count)
  memories.push(mem)
  console.log(`\nMemory: RSS ${mem.rssMb} MB with ${mem.documents} documents open (${mem.kb} KB of Markdown); ${mem.rssIdleMb} MB right after initialize.`)
}
if (JSON_FILE) writeFileSync(JSON_FILE, `${JSON.stringify({edits: EDITS, latency: rows, memory: memories}, null, 2)}\n`)
