// @lessonlint/language-server: the LSP server, for embedding (tests, other
// editors' extensions). The command is `lessonlint-language-server`.
export {createServer, type ServerOptions} from './server.js'
export {startServer} from './main.js'
export {Diagnostics, Positions, type LintedText} from './convert.js'
export * from './protocol.js'
