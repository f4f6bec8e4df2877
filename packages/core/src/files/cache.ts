// The results cache of `lessonlint --cache`: one JSON file holding, per linted file, the
// key its result was computed under and the result. A file whose key is unchanged is only
// read and hashed, never parsed or linted.
//
// The key of one file: sha256 of its bytes, its resolved config (enabled rules, severities,
// options, locale, plugin rules' ids and a hash of each plugin's module file), the pack's rule
// ids, and the run's lint settings (locale, inline config, unused disables, proposals-only).
// The whole file is also stamped with the tool's identity (the core's version and a hash of
// its built code, plus what the caller adds: the rule pack's and the CLI's); another identity
// discards every entry. A missing, corrupt or foreign cache file is an empty cache.
import {createHash, randomBytes} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ResolvedConfig} from '../types.js'
import type {FileLintResult} from './lint-files.js'

/** The cache file's name when only a folder is given. */
export const CACHE_FILE_NAME = '.lessonlintcache'
const FORMAT = 'lessonlint-cache/1'

export interface CacheOptions {
  /** The cache file (absolute, or relative to the run's `cwd`); see `resolveCacheLocation`. */
  location: string
  /**
   * What else results depend on, beside the core: e.g. the rule pack's and the CLI's
   * `packageIdentity`. Another identity than the stored one discards the whole cache. The
   * core's own identity is always included.
   */
  toolIdentity?: string
}

/**
 * Where `--cache-location` puts the cache: a path ending in `/` (or an existing folder)
 * means `<folder>/.lessonlintcache`, anything else is the file itself. None: `.lessonlintcache` in `cwd`.
 */
export function resolveCacheLocation(cwd: string, given?: string): string {
  if (given === undefined || given === '') return join(cwd, CACHE_FILE_NAME)
  const absolute = resolve(cwd, given)
  if (/[\\/]$/.test(given) || isFolder(absolute)) return join(absolute, CACHE_FILE_NAME)
  return absolute
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

const identities = new Map<string, string>()

/**
 * `name@version#hash` of the package holding `file` (a path or a `file:` URL): the hash covers
 * the code of its `dist` folder (every .js, .cjs, .mjs and .json file), or of the module's own
 * folder when the package has no `dist`, so a rebuilt package has another identity. Computed
 * once per process and package.
 */
export function packageIdentity(file: string | URL): string {
  const path = typeof file === 'string' && !file.startsWith('file:') ? file : fileURLToPath(file)
  let root = dirname(path)
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root)
  const known = identities.get(root)
  if (known !== undefined) return known
  let name = '?'
  let version = '?'
  try {
    ;({name = '?', version = '?'} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {name?: string; version?: string})
  } catch {
    // No readable package.json: the code's hash alone says which build this is.
  }
  const dist = join(root, 'dist')
  const hash = createHash('sha256')
  hashTree(isFolder(dist) ? dist : dirname(path), hash)
  const identity = `${name}@${version}#${hash.digest('hex').slice(0, 16)}`
  identities.set(root, identity)
  return identity
}

function hashTree(folder: string, hash: ReturnType<typeof createHash>): void {
  let entries
  try {
    entries = readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch {
    return
  }
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') hashTree(path, hash)
    } else if (/\.(?:[cm]?js|json)$/.test(entry.name) && !entry.name.endsWith('.map')) {
      try {
        hash.update(`${entry.name}\0`).update(readFileSync(path)).update('\0')
      } catch {
        // Unreadable: left out of the hash.
      }
    }
  }
}

const fileHashes = new Map<string, string>()

/** A hash of one file's bytes (a plugin module), once per process; `missing` when it cannot be read. */
function fileHash(path: string): string {
  let hash = fileHashes.get(path)
  if (hash === undefined) {
    try {
      hash = sha256(readFileSync(path))
    } catch {
      hash = 'missing'
    }
    fileHashes.set(path, hash)
  }
  return hash
}

/** JSON with object keys sorted, so equal options give equal keys whatever their order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * What a cached file yields: its result, or `skipped` (not a proposal under proposals-only).
 * `textIsSource`: the result's `text` was the file's text, left out of the cache file.
 */
export type CachedOutcome = {result: FileLintResult; textIsSource?: boolean} | {skipped: true}

interface Entry {
  key: string
  outcome: CachedOutcome
}

interface CacheFile {
  format: string
  tool: string
  entries: Record<string, Entry>
}

/** What a run's results depend on beside each file and its config. */
export interface RunSettings {
  ruleIds: readonly string[]
  locale?: string | undefined
  inlineConfig?: boolean | undefined
  reportUnusedDisableDirectives?: unknown
  proposalsOnly: boolean
}

/**
 * One run's view of the cache file: `load` it, ask `get` and `set` per file, `save` it once.
 * Never throws: a cache that cannot be read is empty, one that cannot be written is a warning.
 */
export class ResultsCache {
  private readonly tool: string
  private readonly run: string
  private entries: Record<string, Entry> = {}
  private changed = false
  private readonly configKeys = new WeakMap<ResolvedConfig, string>()

  constructor(
    readonly location: string,
    settings: RunSettings,
    toolIdentity = '',
  ) {
    this.tool = sha256(stableJson({format: FORMAT, core: packageIdentity(import.meta.url), toolIdentity}))
    this.run = stableJson(settings)
  }

  async load(): Promise<void> {
    try {
      const data = JSON.parse(await readFile(this.location, 'utf8')) as Partial<CacheFile> | null
      if (data?.format === FORMAT && data.tool === this.tool && typeof data.entries === 'object' && data.entries !== null) this.entries = data.entries
    } catch {
      // Missing, unreadable, corrupt or foreign: start empty, and rewrite it.
    }
    if (Object.keys(this.entries).length === 0) this.changed = true
  }

  /** The key of one file's result: its bytes, its config (plugins' code included) and the run's settings. */
  key(bytes: Uint8Array, config: ResolvedConfig, pluginModules: readonly string[]): string {
    let configKey = this.configKeys.get(config)
    if (configKey === undefined) {
      configKey = stableJson({
        rules: [...config.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, {severity, options}]) => [id, severity, options]),
        locale: config.locale,
        pluginRules: (config.pluginRules ?? []).map((rule) => rule.meta.id),
        plugins: [...pluginModules].sort().map((module) => [module, fileHash(module)]),
      })
      this.configKeys.set(config, configKey)
    }
    return sha256(`${sha256(bytes)}\0${configKey}\0${this.run}`)
  }

  get(file: string, key: string): CachedOutcome | undefined {
    const entry = this.entries[file]
    return entry?.key === key ? entry.outcome : undefined
  }

  set(file: string, key: string, outcome: CachedOutcome): void {
    this.entries[file] = {key, outcome}
    this.changed = true
  }

  /** Writes the cache atomically when it changed (or was corrupt); returns a warning when it cannot be written. */
  async save(): Promise<string | undefined> {
    if (!this.changed) return undefined
    const data: CacheFile = {format: FORMAT, tool: this.tool, entries: this.entries}
    const temp = join(dirname(this.location), `.${randomBytes(6).toString('hex')}.lessonlintcache.tmp`)
    try {
      // One missing folder (`--cache-location .cache/`) is made; `recursive` can spin under /proc on Node 20.
      await mkdir(dirname(this.location)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error
      })
      await writeFile(temp, JSON.stringify(data))
      await rename(temp, this.location)
      return undefined
    } catch (error) {
      await rm(temp, {force: true}).catch(() => undefined)
      const {code, message} = (error ?? {}) as NodeJS.ErrnoException
      const reason = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' || code === 'EEXIST' ? 'part of the path is a file' : code === 'EISDIR' ? 'it is a folder' : code === 'EROFS' ? 'the file system is read-only' : String(message ?? error)
      return `cannot write the cache to ${this.location}: ${reason}`
    }
  }
}
