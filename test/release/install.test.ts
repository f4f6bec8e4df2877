// The packages as a user meets them once they are published: the tarballs
// `pnpm run release:pack` writes, installed with plain npm (no pnpm, no workspace)
// into a fresh folder outside the repository, their third-party dependencies from
// whatever registry npm is configured to use. Then: the CLI through npx (SARIF
// out), the language server over stdio, the library by import and by require
// (with Node's require(esm) turned off, as on Node 20.11–20.18), and strict
// TypeScript consumers, ESM and CommonJS, type-checked, compiled and run.
//
// It takes one to three minutes (npm install, and tsc checking @types/node and our
// declarations strictly), so it runs in the normal suite; `pnpm test:release` runs
// only the release tests.
import {spawn} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {basename, join, relative, sep} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {validateSarif} from '../cli/helpers.js'
import {packWorkspace, ROOT, userEnv, withoutRequireEsm} from './helpers.js'

const PROPOSAL = `# Project proposal: Skills for young workers in Amman

## 1. Background

Young refugees in Amman find little formal work.

## 2. Objectives

The project will train 40 labour inspectors in two three-day workshops.

## 3. Activities

- Two workshops for labour inspectors.
`

let work: Awaited<ReturnType<typeof packWorkspace>>
let project: string
let version: string
const env = userEnv()
const timings: string[] = []

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs a command without blocking the test worker (npm install takes a while). */
function run(command: string, args: readonly string[], options: {cwd?: string} = {}): Promise<Run> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: options.cwd ?? project, env, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32'})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (status) => {
      timings.push(`${((Date.now() - started) / 1000).toFixed(1)}s  ${basename(command)} ${args.join(' ').slice(0, 80)}`)
      resolve({status, stdout, stderr})
    })
  })
}

const npm = (args: readonly string[], options?: {cwd?: string}) => run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, options)
const npx = (args: readonly string[], options?: {cwd?: string}) => run(process.platform === 'win32' ? 'npx.cmd' : 'npx', args, options)
const node = (args: readonly string[], options?: {cwd?: string}) => run(process.execPath, args, options)

beforeAll(async () => {
  work = await packWorkspace()
  version = work.packed.find((entry) => entry.name === 'lessonlint')!.version
  project = join(work.dir, 'project')
  expect(relative(ROOT, project).startsWith('..'), 'the project is outside the repository').toBe(true)
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({name: 'lessonlint-release-check', private: true}, null, 2)}\n`)
  writeFileSync(join(project, 'proposal.md'), PROPOSAL)
  const tarballs = work.packed.map(({tarball}) => {
    copyFileSync(tarball, join(project, basename(tarball)))
    return `./${basename(tarball)}`
  })
  // @types/node as any TypeScript project for Node has it (the server's types use Node's globals).
  const install = await npm(['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, '@types/node@^20'])
  expect(install.stderr).not.toMatch(/npm (error|ERR!)/)
  expect(install.status, install.stderr).toBe(0)
}, 600_000)

afterAll(() => {
  if (timings.length > 0) process.stdout.write(`release install test, step by step:\n  ${timings.join('\n  ')}\n`)
  work?.cleanup()
})

test('npm installed the four packages from the tarballs, with no pnpm in sight', () => {
  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {packages: Record<string, {version?: string; resolved?: string}>}
  for (const {name} of work.packed) {
    const entry = lock.packages[`node_modules/${name}`]
    expect(entry?.resolved, name).toMatch(/^file:.*\.tgz$/)
  }
  expect(Object.keys(lock.packages).some((path) => /pnpm/.test(path))).toBe(false)
})

test('the library parses with micromark 4.0.2, whose container exits are not quadratic', () => {
  // The core depends on micromark 4.0.2 for this alone: 4.0.3 parses a 4 MB proposal in 12.8 s
  // against 2.0 s (ARCHITECTURE.md, "Parse"). Where the parser resolves it is what counts.
  const fromMarkdown = createRequire(join(project, 'node_modules/@lessonlint/core/package.json')).resolve('mdast-util-from-markdown')
  const entry = createRequire(fromMarkdown).resolve('micromark')
  const packageJson = join(entry.slice(0, entry.lastIndexOf(`node_modules${sep}micromark${sep}`)), 'node_modules', 'micromark', 'package.json')
  expect((JSON.parse(readFileSync(packageJson, 'utf8')) as {version: string}).version).toBe('4.0.2')
})

test('npx lessonlint lints a proposal and writes SARIF', async () => {
  expect((await npx(['--no', '--', 'lessonlint', '--version'])).stdout.trim()).toBe(version)
  const lint = await npx(['--no', '--', 'lessonlint', '--format', 'sarif', '--output-file', 'report.sarif', 'proposal.md'])
  expect(lint.stderr).toBe('')
  expect(lint.status).toBe(1) // errors found
  const log = JSON.parse(readFileSync(join(project, 'report.sarif'), 'utf8')) as {
    runs: Array<{tool: {driver: {name: string; version: string}}; results: Array<{ruleId: string; level: string}>}>
  }
  const {valid, errors} = validateSarif(log)
  expect(valid, errors).toBe(true)
  expect(log.runs[0]!.tool.driver).toMatchObject({name: 'lessonlint', version})
  expect(log.runs[0]!.results).toContainEqual(expect.objectContaining({ruleId: 'required-sections', level: 'error'}))
})

test('installed, the command lints in worker threads and reruns from its cache', async () => {
  const docs = join(project, 'docs')
  mkdirSync(docs)
  for (const n of [1, 2, 3, 4, 5]) writeFileSync(join(docs, `proposal-${n}.md`), PROPOSAL)
  const args = ['--no', '--', 'lessonlint', 'docs', '--format', 'json', '--concurrency', '2', '--cache']
  const cold = await npx(args)
  // No "linted in one thread" warning: the threads loaded their module where npm put it.
  expect(cold.stderr).toBe('')
  expect(cold.status).toBe(1)
  const rerun = await npx(args)
  expect(rerun.stderr).toBe('')
  expect(rerun.stdout).toBe(cold.stdout)
  expect(existsSync(join(project, '.lessonlintcache'))).toBe(true)
})

test('the language server answers initialize over stdio', async () => {
  const bin = join(project, 'node_modules/.bin', process.platform === 'win32' ? 'lessonlint-language-server.cmd' : 'lessonlint-language-server')
  const server = spawn(bin, ['--stdio'], {cwd: project, env, shell: process.platform === 'win32'})
  const send = (message: object) => {
    const body = JSON.stringify({jsonrpc: '2.0', ...message})
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }
  const responses = new Map<number, {result?: unknown; error?: unknown}>()
  let buffer = Buffer.alloc(0)
  let stderr = ''
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const waitFor = (id: number) =>
    new Promise<{result?: unknown; error?: unknown}>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no response ${id} in 20 s; stderr: ${stderr}`)), 20_000)
      const check = () => {
        for (;;) {
          const headerEnd = buffer.indexOf('\r\n\r\n')
          if (headerEnd < 0) break
          const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1])
          if (buffer.length < headerEnd + 4 + length) break
          const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as {id?: number; result?: unknown; error?: unknown}
          buffer = buffer.subarray(headerEnd + 4 + length)
          if (typeof message.id === 'number' && ('result' in message || 'error' in message)) responses.set(message.id, message)
        }
        if (responses.has(id)) {
          clearTimeout(timer)
          server.stdout.off('data', onData)
          resolve(responses.get(id)!)
        }
      }
      const onData = (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk])
        check()
      }
      server.stdout.on('data', onData)
      check()
    })
  const exited = new Promise<number | null>((resolve) => server.on('exit', resolve))

  send({id: 1, method: 'initialize', params: {processId: process.pid, rootUri: null, capabilities: {}}})
  const initialize = (await waitFor(1)) as {result: {capabilities: Record<string, unknown>; serverInfo?: {name: string; version?: string}}}
  expect(initialize.result.serverInfo).toEqual({name: 'lessonlint', version})
  expect(initialize.result.capabilities).toMatchObject({
    textDocumentSync: expect.objectContaining({openClose: true}),
    hoverProvider: true,
    codeActionProvider: expect.anything(),
  })
  send({method: 'initialized', params: {}})
  send({id: 2, method: 'shutdown'})
  expect((await waitFor(2)).error).toBeUndefined()
  send({method: 'exit'})
  expect(await exited).toBe(0)
}, 60_000)

describe('the library', () => {
  const lint = `lintText(${JSON.stringify(PROPOSAL)}, {filePath: 'proposal.md'}).diagnostics.map((d) => d.ruleId)`

  test('by import', async () => {
    const script = `
      import {lintText, version} from 'lessonlint'
      import {configSchema} from '@lessonlint/core'
      import {rules} from '@lessonlint/rules-ilo'
      import {DIAGNOSTIC_SOURCE} from '@lessonlint/language-server/protocol'
      console.log(JSON.stringify({ruleIds: ${lint}, version: version(), schemaRules: Object.keys(configSchema(rules).definitions.rules.properties).length, rules: rules.length, source: DIAGNOSTIC_SOURCE}))
    `
    const result = await node(['--input-type=module', '-e', script])
    expect(result.stderr).toBe('')
    const output = JSON.parse(result.stdout) as {ruleIds: string[]; version: string; schemaRules: number; rules: number; source: string}
    expect(output.ruleIds).toContain('required-sections')
    expect(output).toMatchObject({version, source: 'lessonlint'})
    expect(output.schemaRules).toBe(output.rules)
  })

  test('by require, from the CommonJS build, without require(esm)', async () => {
    writeFileSync(join(project, '.lessonlintrc.json'), JSON.stringify({extends: 'lessonlint:recommended', rules: {'gender-budget': 'off'}}))
    writeFileSync(join(project, 'lessonlint.config.mjs'), `export default {extends: 'lessonlint:recommended', rules: {'required-sections': 'off'}}\n`)
    const script = `
      const lessonlint = require('lessonlint')
      const {lintText, loadConfig, version} = lessonlint
      const {configSchema} = require('@lessonlint/core')
      const {rules} = require('@lessonlint/rules-ilo')
      const {createServer} = require('@lessonlint/language-server')
      const {DIAGNOSTIC_SOURCE} = require('@lessonlint/language-server/protocol')
      ;(async () => {
        const fromRc = await loadConfig(process.cwd())
        const fromModule = await loadConfig(process.cwd(), {configFile: 'lessonlint.config.mjs'})
        const ids = (config) => lintText(${JSON.stringify(PROPOSAL)}, {filePath: 'proposal.md', config}).diagnostics.map((d) => d.ruleId)
        console.log(JSON.stringify({
          resolved: require.resolve('lessonlint'),
          ruleIds: ${lint},
          version: version(),
          schemaRules: Object.keys(configSchema(rules).definitions.rules.properties).length,
          rules: rules.length,
          server: typeof createServer,
          source: DIAGNOSTIC_SOURCE,
          withRc: ids(fromRc),
          withModule: ids(fromModule),
        }))
      })().catch((error) => { console.error(error); process.exitCode = 1 })
    `
    const result = await node([...withoutRequireEsm(), '-e', script])
    expect(result.stderr).toBe('')
    const output = JSON.parse(result.stdout) as Record<string, unknown> & {ruleIds: string[]; withRc: string[]; withModule: string[]}
    expect(output['resolved']).toBe(join(project, 'node_modules/lessonlint/dist/cjs/index.js'))
    expect(output.ruleIds).toEqual(expect.arrayContaining(['required-sections', 'gender-budget']))
    expect(output).toMatchObject({version, server: 'function', source: 'lessonlint', schemaRules: output['rules']})
    // .lessonlintrc.json read and validated against the shipped schema; the .mjs config through import().
    expect(output.withRc).toContain('required-sections')
    expect(output.withRc).not.toContain('gender-budget')
    expect(output.withModule).toContain('gender-budget')
    expect(output.withModule).not.toContain('required-sections')
  })
})

describe('a strict TypeScript consumer', () => {
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc')
  const source = `
    import {lintText, formatters, presets, rules, version, type Diagnostic, type LintResult} from 'lessonlint'
    import {buildModel, configSchema, ConfigError} from '@lessonlint/core'
    import {rules as iloRules} from '@lessonlint/rules-ilo'
    import {createServer} from '@lessonlint/language-server'
    import {DIAGNOSTIC_SOURCE} from '@lessonlint/language-server/protocol'

    const result: LintResult = lintText(${JSON.stringify(PROPOSAL)}, {filePath: 'proposal.md'})
    const first: Diagnostic | undefined = result.diagnostics[0]
    export const summary = {
      first: first?.ruleId,
      version: version(),
      samePack: rules.length === iloRules.length,
      presets: Object.keys(presets).length,
      functions: [buildModel, createServer, configSchema].every((f) => typeof f === 'function'),
      source: DIAGNOSTIC_SOURCE,
      error: new ConfigError('x', undefined, undefined) instanceof Error,
      sarif: formatters.sarif([]).includes('2.1.0'),
    }
  `
  const strict = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noImplicitOverride: true,
    skipLibCheck: false,
    target: 'es2022',
    lib: ['es2023'],
    types: ['node'],
    outDir: 'out',
    noEmitOnError: true,
  }
  // [folder, package.json type, compiler options]. node16 CommonJS refuses to require an ES module's
  // types, so it proves the require condition serves CommonJS declarations; node10 reads `types`.
  const consumers = [
    ['esm-nodenext', 'module', {module: 'nodenext', moduleResolution: 'nodenext'}],
    ['cjs-nodenext', 'commonjs', {module: 'nodenext', moduleResolution: 'nodenext'}],
    ['cjs-node16', 'commonjs', {module: 'node16', moduleResolution: 'node16'}],
    ['cjs-node10', 'commonjs', {module: 'commonjs', moduleResolution: 'node10'}],
  ] as const

  test.concurrent.each(consumers)('%s type-checks, compiles and runs', async (folder, type, options) => {
    const dir = join(project, folder)
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, 'package.json'), JSON.stringify({name: folder, private: true, type}))
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({compilerOptions: {...strict, ...options}, include: ['index.ts']}, null, 2))
    writeFileSync(join(dir, 'index.ts'), source)
    // One pass: with noEmitOnError, tsc emits only what type-checks, as `tsc --noEmit` would judge it.
    const build = await node([tsc, '-p', '.'], {cwd: dir})
    expect(build.stdout + build.stderr).toBe('')
    expect(build.status).toBe(0)
    const compiled = readFileSync(join(dir, 'out/index.js'), 'utf8')
    expect(compiled).toMatch(type === 'module' ? /from 'lessonlint'|from "lessonlint"/ : /require\("lessonlint"\)/)
    const script =
      type === 'module'
        ? `import('./out/index.js').then((m) => console.log(JSON.stringify(m.summary)))`
        : `console.log(JSON.stringify(require('./out/index.js').summary))`
    const result = await node([...withoutRequireEsm(), '-e', script], {cwd: dir})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      first: 'required-sections',
      version,
      samePack: true,
      presets: 3,
      functions: true,
      source: 'lessonlint',
      error: true,
      sarif: true,
    })
  }, 300_000)
})
