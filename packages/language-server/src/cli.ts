// The `lessonlint-language-server` command: the server with the ILO lesson pack.
import {readFileSync} from 'node:fs'
import {presets, rules} from '@lessonlint/rules-ilo'
import {startServer} from './main.js'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

const TRANSPORTS = /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/

if (process.argv.includes('--version')) {
  process.stdout.write(`${packageJson.version}\n`)
} else if (!process.argv.slice(2).some((argument) => TRANSPORTS.test(argument))) {
  process.stderr.write('Usage: lessonlint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n')
  process.exitCode = 2
} else {
  // The worker imports the pack by name; this thread keeps its own copy for config validation and hovers.
  startServer({rules, presets, version: packageJson.version, rulesModule: '@lessonlint/rules-ilo'})
}
