// Starting the server on a real connection. The transport comes from the
// command line, as vscode-languageserver reads it: `--stdio`, `--node-ipc`,
// `--socket=<port>` or `--pipe=<name>`.

import {setFlagsFromString} from 'node:v8'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {createServer, type ServerOptions} from './server.js'

/**
 * How far V8 lets a heap grow past what survived its last full collection, in percent. Left to
 * itself it grows up to fourfold: the lint worker, whose lints leave garbage the size of the model
 * each time, held 330 MB for one 200 KB proposal being typed in, of which 60 MB lived. Set before
 * the worker starts; it only tunes when V8 collects, never what is kept.
 */
const HEAP_GROWING_PERCENT = 50

export function startServer(options: ServerOptions): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  const connection = createConnection(ProposedFeatures.all)
  // A bug must cost one request, never the editor's linting: log and keep serving.
  process.on('uncaughtException', (error) => {
    connection.console.error(`lessonlint: unexpected error: ${error.stack ?? error.message}`)
  })
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`lessonlint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`)
  })
  createServer(connection, options)
  connection.listen()
}
