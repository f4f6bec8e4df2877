// The one place the CLI and the library API take the ILO lesson pack from.
import {presets as iloPresets, rules as iloRules} from '@lessonlint/rules-ilo'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {packageIdentity, type ConfigFile, type Rule} from '@lessonlint/core'

/** Every rule of the ILO pack, with its metadata (`meta.docsUrl` filled). */
export const rules: readonly Rule[] = iloRules
/** `lessonlint:recommended`, `lessonlint:all` and `lessonlint:development`, for `extends`. */
export const presets: Readonly<Record<string, ConfigFile>> = iloPresets
/** The pack's version and a hash of its built code, for `--cache`. */
export const identity = (): string => packageIdentity(createRequire(import.meta.url).resolve('@lessonlint/rules-ilo'))
/**
 * The pack's ES entry as a file URL, for the CLI's worker threads (each imports the rules
 * itself). Undefined when it cannot be found (a bundle with the pack built in): the CLI then
 * lints in its own thread.
 */
export const module = (): string | undefined => {
  try {
    const manifestPath = createRequire(import.meta.url).resolve('@lessonlint/rules-ilo/package.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {exports?: {'.'?: {import?: {default?: string}}}}
    const entry = manifest.exports?.['.']?.import?.default
    return entry === undefined ? undefined : pathToFileURL(join(dirname(manifestPath), entry)).href
  } catch {
    return undefined
  }
}
/**
 * The command's worker-thread bundle (dist/command-worker.mjs: core and the pack in one module,
 * made by the build) as a file URL, for the worker threads of `--concurrency`; undefined
 * without it (a build without the bundle step): the threads then import `module()`.
 */
export const threadModule = (): string | undefined => {
  const bundle = new URL('./command-worker.mjs', import.meta.url)
  return existsSync(bundle) ? bundle.href : undefined
}
