#!/usr/bin/env node
// Usage: lessonlint-language-server --stdio | --node-ipc | --socket=<port>
import v8 from 'node:v8'

// As the `lessonlint` command does (see its bin): with a smaller inlining budget V8's optimising
// compiler takes far less CPU on the lint code, and the lints after an edit answer sooner (test/server/latency.mjs).
// Set before any of the server's code is loaded.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=100')

await import('../dist/server.mjs')
