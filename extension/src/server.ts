// The server as the extension ships it: bundled with the ILO lesson pack into
// out/server.js, started by the client as a separate Node process over IPC. It
// lints in a worker thread, out/lint-worker.js, which has the pack built in.
import {join} from 'node:path'
import v8 from 'node:v8'
import {startServer} from '@lessonlint/language-server'
import {presets, rules} from '@lessonlint/rules-ilo'

// As the language server's own bin does: a smaller inlining budget for V8's optimising compiler, which
// otherwise spends much of the first lints' CPU time on it. Set before the first lint compiles anything.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=100')

/** Replaced at bundle time with the extension's version. */
declare const LESSONLINT_VERSION: string

startServer({rules, presets, version: LESSONLINT_VERSION, workerScript: join(__dirname, 'lint-worker.js')})
