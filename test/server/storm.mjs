#!/usr/bin/env node
// Measures the language server under an edit storm (not a test: the numbers
// depend on the machine; test/server/responsiveness.test.ts asserts the
// properties). Usage:
//
//   node test/server/storm.mjs [--kb 200] [--seconds 10] [--every 50] [--server path]
//
// Opens a proposal of --kb KB (fixtures repeated), then sends one keystroke every
// --every ms for --seconds s while asking for a hover, the document symbols and
// the code actions every 250 ms. Reports the requests' latency, how often fresh
// diagnostics were published during the typing, the time from the last keystroke
// to its diagnostics, and the server's RSS (peak, and after the document closed).
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'
import {bigProposal} from './support/big-proposal.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : fallback
}
const KB = Number(arg('kb', 200))
const SECONDS = Number(arg('seconds', 10))
const EVERY = Number(arg('every', 50))
const server = resolve(arg('server', join(repo, 'packages/language-server/bin/lessonlint-language-server.js')))

const text = bigProposal(KB * 1024)
const workspace = mkdtempSync(join(tmpdir(), 'lessonlint-storm-'))
const file = join(workspace, 'proposal.md')
writeFileSync(file, text)
const uri = pathToFileURL(file).href

const child = spawn(process.execPath, [server, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const published = []
let waiters = []
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  if (params.uri === uri) published.push({at: performance.now(), version: params.version, count: params.diagnostics.length, diagnostics: params.diagnostics})
  for (const waiter of waiters.splice(0)) waiter()
})
connection.onRequest('workspace/configuration', (params) => params.items.map(() => null))
connection.onRequest('client/registerCapability', () => null)
connection.listen()

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024
const waitVersion = (version) =>
  new Promise((resolve) => {
    const check = () => (published.some((p) => p.version === version) ? resolve(published.find((p) => p.version === version)) : waiters.push(check))
    check()
  })

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(workspace).href,
  capabilities: {workspace: {configuration: true}, textDocument: {documentSymbol: {hierarchicalDocumentSymbolSupport: true}}},
})
await connection.sendNotification('initialized', {})
await new Promise((resolve) => setTimeout(resolve, 1000))
const rssIdle = rss()

let started = performance.now()
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
const first = await waitVersion(1)
const firstLint = performance.now() - started

// Typing at the end of a line in the middle (every keystroke a new text, as when
// writing a sentence); requests about a finding above it.
const lines = text.split('\n')
const editLine = Math.floor(lines.length / 2)
const editCharacter = lines[editLine].length
const target = first.diagnostics.find((d) => d.range.start.line < editLine && d.range.start.line > 0) ?? first.diagnostics[0]
const position = target ? target.range.start : {line: 1, character: 0}

let peak = rss()
const sampler = setInterval(() => (peak = Math.max(peak, rss())), 100)
const latencies = {hover: [], symbols: [], actions: []}
const pending = []
const time = (kind, promise) => {
  const at = performance.now()
  pending.push(promise.then(() => latencies[kind].push(performance.now() - at)))
}
const asker = setInterval(() => {
  time('hover', connection.sendRequest('textDocument/hover', {textDocument: {uri}, position}))
  time('symbols', connection.sendRequest('textDocument/documentSymbol', {textDocument: {uri}}))
  time('actions', connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: {start: position, end: position}, context: {diagnostics: []}}))
}, 250)

const SENTENCE = ' The project will train labour inspectors and report on gender results every quarter.'
const stormStart = performance.now()
const publishedBefore = published.length
let version = 1
while (performance.now() - stormStart < SECONDS * 1000) {
  version++
  const character = editCharacter + version - 2
  const typed = SENTENCE[(version - 2) % SENTENCE.length]
  const change = {range: {start: {line: editLine, character}, end: {line: editLine, character}}, text: typed}
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
  await new Promise((resolve) => setTimeout(resolve, EVERY))
}
const stormEnd = performance.now()
clearInterval(asker)
const during = published.slice(publishedBefore).filter((p) => p.at <= stormEnd)
await waitVersion(version)
// The first publish for the last version may be an older lint placed in it: wait until the server
// has nothing left to lint (servers without lessonlint/debugState: that first publish).
for (;;) {
  const state = await Promise.race([connection.sendRequest('lessonlint/debugState').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))])
  if (!state || (!state.linting.running && state.linting.queued === 0 && state.scheduled === 0)) break
  await new Promise((resolve) => setTimeout(resolve, 50))
}
const settle = published.filter((p) => p.version === version).at(-1).at - stormEnd
await Promise.all(pending)
clearInterval(sampler)

const gaps = []
let previous = stormStart
for (const p of during) {
  gaps.push(p.at - previous)
  previous = p.at
}
gaps.push(stormEnd - previous)

await connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
await new Promise((resolve) => setTimeout(resolve, 8000))
const rssClosed = rss()
let debug
try {
  debug = await Promise.race([connection.sendRequest('lessonlint/debugState'), new Promise((resolve) => setTimeout(() => resolve('n/a'), 2000))])
} catch {
  debug = 'n/a'
}
await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))])
await connection.sendNotification('exit')
await Promise.race([new Promise((resolve) => child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 3000))])
child.kill()
rmSync(workspace, {recursive: true, force: true})

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return sorted.length === 0 ? 'none' : `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (${sorted.length})`
}
console.log(`${server}\n${(Buffer.byteLength(text) / 1024).toFixed(0)} KB proposal, ${first.count} findings; first lint ${firstLint.toFixed(0)} ms`)
console.log(`storm: ${version - 1} keystrokes, one every ${EVERY} ms for ${SECONDS} s`)
console.log(`hover:   ${stats(latencies.hover)}`)
console.log(`symbols: ${stats(latencies.symbols)}`)
console.log(`actions: ${stats(latencies.actions)}`)
console.log(`diagnostics published during the storm: ${during.length}; longest gap without a publish ${Math.max(...gaps).toFixed(0)} ms`)
console.log(`last keystroke to the diagnostics of the last text: ${settle.toFixed(0)} ms`)
console.log(`RSS: ${rssIdle.toFixed(0)} MB idle, peak ${peak.toFixed(0)} MB, ${rssClosed.toFixed(0)} MB 8 s after closing`)
if (debug !== 'n/a') console.log(`debug state after closing: ${JSON.stringify(debug)}`)
