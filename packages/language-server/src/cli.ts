// The `lessonlint-language-server` command: the server with the ILO lesson pack.
import {existsSync, readFileSync} from 'node:fs'
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
  // The worker has the pack built in (the build's bundle), or else imports it by name; this
  // thread keeps its own copy for config validation and hovers.
  const bundledWorker = new URL('./server-worker.mjs', import.meta.url)
  const worker = existsSync(bundledWorker) ? {workerScript: bundledWorker} : {rulesModule: '@lessonlint/rules-ilo'}
  startServer({rules, presets, version: packageJson.version, ...worker})
}
