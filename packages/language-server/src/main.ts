// Starting the server on a real connection. The transport comes from the
// command line, as vscode-languageserver reads it: `--stdio`, `--node-ipc`,
// `--socket=<port>` or `--pipe=<name>`.

import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {createServer, type ServerOptions} from './server.js'

export function startServer(options: ServerOptions): void {
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
