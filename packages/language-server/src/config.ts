// Configuration for one document: the same files and discovery as the CLI
// (the core's ConfigResolver), relative to the document, plus the client's
// `lessonlint.rules` setting, plus workspace trust.

import {existsSync} from 'node:fs'
import {dirname, extname, isAbsolute, resolve} from 'node:path'
import {
  ConfigError,
  ConfigResolver,
  displayPath,
  findConfigFile,
  IgnoreChecker,
  readConfigFile,
  type ConfigFile,
  type LoadedConfig,
  type ResolvedConfig,
  type Rule,
  type RuleSetting,
} from '@lessonlint/core'

export type ConfigOutcome =
  | {kind: 'ok'; config: ResolvedConfig; loaded: LoadedConfig}
  | {kind: 'ignored'}
  | {kind: 'error'; error: ConfigError}

export interface ConfigServiceOptions {
  rules: readonly Rule[]
  presets: Readonly<Record<string, ConfigFile>>
}

const PRESET_PREFIX = 'lessonlint:'
const CODE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'])

function isPathLike(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..' || isAbsolute(spec)
}

/**
 * In an untrusted workspace nothing may execute workspace code. The core's loader
 * has no such switch, so the chain is walked here first, reading declarative
 * files only: an `extends` of an npm package (its main file could be a module, and
 * resolving it is already running the package's resolution rules) or of a
 * JavaScript file is refused with a ConfigError before the core sees it.
 */
async function checkUntrustedChain(file: string | undefined, cwd: string, seen = new Set<string>()): Promise<void> {
  if (file === undefined || seen.has(file)) return
  seen.add(file)
  const label = displayPath(file, cwd)
  if (CODE_EXTENSIONS.has(extname(file).toLowerCase())) {
    throw new ConfigError(
      `${label}: not loaded: JavaScript configs run workspace code, which an untrusted workspace does not allow`,
      file,
      undefined,
    )
  }
  const parsed = await readConfigFile(file, cwd)
  const data = parsed.data as ConfigFile | undefined
  if (data === null || typeof data !== 'object') return
  if (Array.isArray(data.plugins) && data.plugins.length > 0) {
    const keyPath = `${parsed.source.keyPrefix ?? ''}plugins`
    throw new ConfigError(
      `${parsed.source.label}: ${keyPath}: not loaded: plugins run workspace code, which an untrusted workspace does not allow (trust the workspace to use them)`,
      file,
      keyPath,
    )
  }
  const specs = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends]
  for (const [index, spec] of specs.entries()) {
    if (typeof spec !== 'string' || spec.startsWith(PRESET_PREFIX)) continue
    const keyPath = `${parsed.source.keyPrefix ?? ''}${Array.isArray(data.extends) ? `extends[${index}]` : 'extends'}`
    if (!isPathLike(spec)) {
      throw new ConfigError(
        `${parsed.source.label}: ${keyPath}: "${spec}" is not loaded: extending an npm package can run workspace code, which an untrusted workspace does not allow (trust the workspace, or use a relative path to a JSON or YAML file)`,
        file,
        keyPath,
      )
    }
    const target = resolve(dirname(file), spec)
    if (CODE_EXTENSIONS.has(extname(target).toLowerCase())) {
      throw new ConfigError(
        `${parsed.source.label}: ${keyPath}: "${spec}" is not loaded: JavaScript configs run workspace code, which an untrusted workspace does not allow`,
        file,
        keyPath,
      )
    }
    if (existsSync(target)) await checkUntrustedChain(target, cwd, seen)
  }
}

export class ConfigService {
  /** Resolvers by cwd and settings; each caches discovery and loading until the next `invalidate`. */
  private readonly resolvers = new Map<string, ConfigResolver>()
  /** The CLI's ignore logic (.lessonlintignore in cwd, config `ignores`, .gitignore), by cwd. */
  private readonly ignoreCheckers = new Map<string, IgnoreChecker>()

  constructor(
    private readonly options: ConfigServiceOptions,
    private readonly trusted: () => boolean,
  ) {}

  /** Forget every loaded config (a config, package.json or ignore file changed on disk). */
  invalidate(): void {
    this.resolvers.clear()
    this.ignoreCheckers.clear()
  }

  private resolver(cwd: string, ruleOverrides: Record<string, RuleSetting>): ConfigResolver {
    const key = `${cwd}\0${JSON.stringify(ruleOverrides)}`
    let resolver = this.resolvers.get(key)
    if (!resolver) {
      resolver = new ConfigResolver({
        rules: this.options.rules,
        presets: this.options.presets,
        cwd,
        ruleOverrides,
        ruleOverridesLabel: 'lessonlint.rules setting',
      })
      this.resolvers.set(key, resolver)
    }
    return resolver
  }

  /**
   * The configuration of the file at `filePath`, as the CLI run in `cwd` (the
   * workspace folder) would find it: messages relative to `cwd`, and the file
   * ignored when the CLI would skip it.
   */
  async resolve(filePath: string, cwd: string, ruleOverrides: Record<string, RuleSetting>): Promise<ConfigOutcome> {
    try {
      if (!this.trusted()) await checkUntrustedChain(findConfigFile(dirname(filePath)), cwd)
      const loaded = await this.resolver(cwd, ruleOverrides).configForFile(filePath)
      if (this.isIgnored(filePath, cwd, loaded)) return {kind: 'ignored'}
      return {kind: 'ok', config: loaded.forFile(filePath), loaded}
    } catch (error) {
      if (error instanceof ConfigError) return {kind: 'error', error}
      // Anything else is a bug in the loader; the user still gets one clear line.
      const message = error instanceof Error ? error.message : String(error)
      return {kind: 'error', error: new ConfigError(`cannot load the configuration: ${message}`, undefined, undefined)}
    }
  }

  private isIgnored(filePath: string, cwd: string, loaded: LoadedConfig): boolean {
    let checker = this.ignoreCheckers.get(cwd)
    if (!checker) {
      checker = new IgnoreChecker(cwd)
      this.ignoreCheckers.set(cwd, checker)
    }
    return checker.reason(filePath, loaded) !== undefined
  }
}
