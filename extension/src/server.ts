// The server as the extension ships it: bundled with the ILO lesson pack into
// out/server.js, started by the client as a separate Node process over IPC. It
// lints in a worker thread, out/lint-worker.js, which has the pack built in.
import {join} from 'node:path'
import {startServer} from '@lessonlint/language-server'
import {presets, rules} from '@lessonlint/rules-ilo'

/** Replaced at bundle time with the extension's version. */
declare const LESSONLINT_VERSION: string

startServer({rules, presets, version: LESSONLINT_VERSION, workerScript: join(__dirname, 'lint-worker.js')})
