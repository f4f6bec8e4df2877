// Running the real `lessonlint` bin as a child process, in throwaway folders.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ValidateFunction} from 'ajv'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const BIN = join(ROOT, 'packages/cli/bin/lessonlint.js')

if (!existsSync(join(ROOT, 'packages/cli/dist/cli.js'))) {
  throw new Error('packages/cli is not built: run `pnpm --filter lessonlint build` (or `pnpm build`) first')
}

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  input?: string
  env?: Record<string, string | undefined>
  /** Run as this user and group (a root test process playing an ordinary user). */
  user?: {uid: number; gid: number}
}

/** Runs the bin with a clean colour environment, so output does not depend on the caller's terminal. */
export function lessonlint(args: readonly string[], options: RunOptions): Run {
  const env: Record<string, string | undefined> = {...process.env, ...options.env}
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LESSONLINT_DEBUG']) if (!(key in (options.env ?? {}))) delete env[key]
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    ...options.user,
  })
  return {status: child.status, stdout: child.stdout, stderr: child.stderr}
}

/** A temporary folder holding the given files (paths relative to it; folders are created). */
export function tempProject(files: Record<string, string>): {dir: string; cleanup: () => void} {
  const dir = mkdtempSync(join(tmpdir(), 'lessonlint-cli-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), content)
  }
  return {dir, cleanup: () => rmSync(dir, {recursive: true, force: true})}
}

/** Signs of a JavaScript stack trace, which must never reach a user. */
export function expectNoStackTrace(stderr: string): void {
  if (/\n\s+at .+[(:]\d+|node:internal|Error: .*\n\s+at /.test(stderr)) {
    throw new Error(`stderr holds a stack trace:\n${stderr}`)
  }
}

let sarifValidator: ValidateFunction | undefined

/**
 * The official SARIF 2.1.0 JSON schema (draft-04, as OASIS published it), shipped in
 * @microsoft/jest-sarif; validated with Ajv's draft-04 build.
 */
export function validateSarif(log: unknown): {valid: boolean; errors: string} {
  if (!sarifValidator) {
    const require = createRequire(import.meta.url)
    const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
    // The schema's patterns are written for non-unicode regexes (one has a stray `]`).
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    addFormats(ajv)
    sarifValidator = ajv.compile(schema)
  }
  const valid = sarifValidator(log) as boolean
  return {valid, errors: JSON.stringify(sarifValidator.errors ?? [], null, 2)}
}
