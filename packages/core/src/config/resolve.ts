// From config files to the effective configuration of one file:
// presets and `extends` first, then the file's own rules, each file's `overrides`
// right after its rules (later wins), then rule overrides from the command line
// or the editor.
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import {didYouMeanSuffix} from '../engine/suggest.js'
import {ConfigError, type ConfigFile, type ResolvedConfig, type Rule, type RuleConfig, type Language, type RuleSetting, type Severity} from '../types.js'
import {displayPath, findConfigFile, readConfigFile} from './parse.js'
import {RECOMMENDED_PRESET, ruleMap, type RuleRegistry} from './registry.js'
import {loadPlugin, type LoadedPlugin} from './plugins.js'
import {checkRuleSettings, configError, normalizeSeverity, validateConfig, type ConfigSource} from './validate.js'

interface Override {
  matches(filePath: string): boolean
  rules: Record<string, RuleSetting>
}

/** One configuration in an `extends` chain. */
export interface ConfigLayer {
  /** The config file, or the preset's name. */
  name: string
  file: string | undefined
  /** Where the layer's globs (`overrides[].files`, `ignores`) are relative to. */
  baseDir: string
  config: ConfigFile
  overrides: Override[]
}

/**
 * A loaded configuration: the base rules (before any `overrides`) as a
 * ResolvedConfig, so it can be given to lintText as is, plus `forFile` for the
 * rules that apply to one file.
 */
export interface LoadedConfig extends ResolvedConfig {
  /** The config file found or given; undefined when none was found and the default preset applies. */
  file: string | undefined
  layers: ConfigLayer[]
  /** Whether .gitignore files are respected (the nearest layer that says wins; default true). */
  gitignore: boolean
  /** `ignores` of every layer, each with the folder its globs are relative to. */
  ignores: Array<{baseDir: string; patterns: string[]}>
  /** The effective configuration of one file (its overrides applied). */
  forFile(filePath: string): ResolvedConfig
  /** The module files of the plugins the chain loaded (what `--cache` hashes). */
  pluginModules: string[]
}

export interface ConfigOptions extends RuleRegistry {
  /** For relative paths and messages; default `process.cwd()`. */
  cwd?: string
  /** An explicit config file (`--config`): replaces discovery entirely. */
  configFile?: string
  /** Applied last (`--rule id:severity`, editor settings). */
  ruleOverrides?: Record<string, RuleSetting>
  /** How messages about `ruleOverrides` start; default `--rule`. */
  ruleOverridesLabel?: string
}

function toPosix(path: string): string {
  return sep === '\\' ? path.split('\\').join('/') : path
}

/** Globs relative to `baseDir`; a glob without a slash matches a file name in any folder. */
export function globMatcher(patterns: readonly string[], baseDir: string): (filePath: string) => boolean {
  if (patterns.length === 0) return () => false
  const expanded = patterns.map((pattern) => {
    const trimmed = pattern.startsWith('./') ? pattern.slice(2) : pattern
    return trimmed.includes('/') ? trimmed.replace(/^\//, '') : `**/${trimmed}`
  })
  const isMatch = picomatch(expanded, {dot: true})
  return (filePath) => {
    const rel = relative(baseDir, resolve(baseDir, filePath))
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false
    return isMatch(toPosix(rel))
  }
}

type ExtendsTarget = {kind: 'preset'; name: string} | {kind: 'file'; file: string; fromPackage: boolean}

function isPathLike(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..' || isAbsolute(spec)
}

function resolveExtends(
  spec: string,
  keyPath: string,
  from: ConfigSource,
  presets: Readonly<Record<string, ConfigFile>>,
  cwd: string,
): ExtendsTarget {
  // `lessonlint:recommended`, or a plugin's `undp:recommended`.
  if (/^[a-z0-9][a-z0-9-]*:[^/\\]/.test(spec) && !isAbsolute(spec)) {
    if (Object.hasOwn(presets, spec)) return {kind: 'preset', name: spec}
    throw configError(from, keyPath, `unknown preset "${spec}"${didYouMeanSuffix(spec, Object.keys(presets))}`)
  }
  const fromDir = from.file ? dirname(from.file) : cwd
  if (isPathLike(spec)) {
    const file = resolve(fromDir, spec)
    if (!existsSync(file)) throw configError(from, keyPath, `cannot find "${spec}" (no file ${displayPath(file, cwd)})`)
    return {kind: 'file', file, fromPackage: false}
  }
  try {
    const require = createRequire(from.file ?? join(cwd, 'lessonlint-config.js'))
    return {kind: 'file', file: require.resolve(spec), fromPackage: true}
  } catch {
    throw configError(from, keyPath, `cannot find package "${spec}" (install it, or use "./" for a file path)`)
  }
}

function validatePreset(name: string, config: ConfigFile, knownRules: ReadonlyMap<string, Rule>): ConfigFile {
  return validateConfig(config, {file: undefined, label: name}, knownRules)
}

class ChainLoader {
  /** The pack's rules, then the rules of the plugins loaded so far (prefixed ids). */
  readonly knownRules: Map<string, Rule>
  readonly presets: Record<string, ConfigFile>
  readonly plugins = new Map<string, LoadedPlugin>()
  constructor(
    registry: RuleRegistry,
    readonly cwd: string,
  ) {
    this.knownRules = new Map(ruleMap(registry.rules))
    this.presets = {...registry.presets}
  }

  /** The rules all loaded plugins brought. */
  get pluginRules(): Rule[] {
    return [...this.plugins.values()].flatMap((plugin) => plugin.rules)
  }

  /** Loads a config's `plugins` before its rules are checked, so their ids and presets are known. */
  private async loadPlugins(data: unknown, source: ConfigSource): Promise<void> {
    const specs = (data as ConfigFile | null | undefined)?.plugins
    if (!Array.isArray(specs)) return
    for (const [index, spec] of specs.entries()) {
      if (typeof spec !== 'string') continue
      const plugin = await loadPlugin(spec, `plugins[${index}]`, source, this.cwd)
      const earlier = this.plugins.get(plugin.name)
      if (earlier && earlier.module !== plugin.module) {
        throw configError(source, `plugins[${index}]`, `two plugins are named "${plugin.name}" (${displayPath(earlier.module, this.cwd)} and ${displayPath(plugin.module, this.cwd)})`)
      }
      if (earlier) continue
      this.plugins.set(plugin.name, plugin)
      for (const rule of plugin.rules) this.knownRules.set(rule.meta.id, rule)
      Object.assign(this.presets, plugin.presets)
    }
  }

  async layers(
    target: ExtendsTarget,
    rootDir: string,
    stack: readonly string[],
    from: ConfigSource | undefined,
  ): Promise<ConfigLayer[]> {
    const key = target.kind === 'preset' ? target.name : target.file
    if (stack.includes(key)) {
      const cycle = [...stack.slice(stack.indexOf(key)), key].map((entry) =>
        entry.startsWith('lessonlint:') ? entry : displayPath(entry, this.cwd),
      )
      const source = from ?? {file: undefined, label: key}
      throw configError(source, 'extends', `circular extends: ${cycle.join(' → ')}`)
    }

    let config: ConfigFile
    let source: ConfigSource
    let baseDir: string
    if (target.kind === 'preset') {
      const preset = this.presets[target.name] ?? {}
      source = {file: undefined, label: target.name}
      config = validatePreset(target.name, preset, this.knownRules)
      baseDir = rootDir
    } else {
      const parsed = await readConfigFile(target.file, this.cwd)
      source = parsed.source
      await this.loadPlugins(parsed.data, source)
      config = validateConfig(parsed.data, source, this.knownRules)
      // A shared config from a package cannot know the project's folders: its globs are the project's.
      baseDir = target.fromPackage ? rootDir : dirname(target.file)
    }

    const layers: ConfigLayer[] = []
    // The project's own file builds on the recommended preset unless it says otherwise
    // (`extends: []` starts from nothing): turning one rule off must not turn off all the others.
    const implicit = stack.length === 0 && target.kind === 'file' && Object.hasOwn(this.presets, RECOMMENDED_PRESET)
    const specs =
      config.extends === undefined
        ? implicit
          ? [RECOMMENDED_PRESET]
          : []
        : Array.isArray(config.extends)
          ? config.extends
          : [config.extends]
    for (const [index, spec] of specs.entries()) {
      const keyPath = Array.isArray(config.extends) ? `extends[${index}]` : 'extends'
      const next = resolveExtends(spec, keyPath, source, this.presets, this.cwd)
      layers.push(...(await this.layers(next, rootDir, [...stack, key], source)))
    }
    layers.push({
      name: key,
      file: target.kind === 'file' ? target.file : undefined,
      baseDir,
      config,
      overrides: (config.overrides ?? []).map((override) => {
        const included = globMatcher(override.files, baseDir)
        const excluded = globMatcher(override.excludedFiles ?? [], baseDir)
        return {matches: (filePath: string) => included(filePath) && !excluded(filePath), rules: override.rules ?? {}}
      }),
    })
    return layers
  }
}

interface SettingState {
  severity: Severity | 'off'
  options: Record<string, unknown> | undefined
}

function applySettings(state: Map<string, SettingState>, rules: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const [written, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined]
    // Validation ran before: every setting here has a known spelling.
    const severity = normalizeSeverity(written) ?? 'off'
    // `"warning"` after `["error", {...}]` keeps the options, as in ESLint.
    state.set(id, {severity, options: options ?? state.get(id)?.options})
  }
}

function toResolved(
  state: Map<string, SettingState>,
  knownRules: ReadonlyMap<string, Rule>,
  files: string[],
  locale: Language | undefined,
  pluginRules: readonly Rule[],
): ResolvedConfig {
  const rules = new Map<string, RuleConfig>()
  for (const [id, {severity, options}] of state) {
    if (severity === 'off') continue
    const defaults = knownRules.get(id)?.meta.defaultOptions ?? {}
    rules.set(id, {severity, options: {...defaults, ...options}})
  }
  return {rules, files, ...(locale === undefined ? {} : {locale}), ...(pluginRules.length > 0 ? {pluginRules} : {})}
}

/**
 * Loads a configuration: `configFile` (explicit) or the file found from `dir`
 * upwards, else the `lessonlint:recommended` preset (else every rule at its
 * default severity, when no such preset is registered).
 */
export async function loadConfig(dir: string, options: ConfigOptions): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const file = options.configFile !== undefined ? resolve(cwd, options.configFile) : findConfigFile(resolve(cwd, dir))
  return loadConfigChain(file, options)
}

/** Loads the configuration that `file` (or, when undefined, the default preset) makes, `extends` followed. */
export async function loadConfigChain(file: string | undefined, options: ConfigOptions): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const loader = new ChainLoader(options, cwd)
  const knownRules = loader.knownRules

  let layers: ConfigLayer[]
  if (file !== undefined) {
    layers = await loader.layers({kind: 'file', file, fromPackage: false}, dirname(file), [], undefined)
  } else if (Object.hasOwn(loader.presets, RECOMMENDED_PRESET)) {
    layers = await loader.layers({kind: 'preset', name: RECOMMENDED_PRESET}, cwd, [], undefined)
  } else {
    const everyRule = Object.fromEntries([...knownRules.values()].map((rule) => [rule.meta.id, rule.meta.severity]))
    layers = [{name: 'default', file: undefined, baseDir: cwd, config: {rules: everyRule}, overrides: []}]
  }

  const overrideSource: ConfigSource = {file: undefined, label: options.ruleOverridesLabel ?? '--rule'}
  const ruleOverrides = options.ruleOverrides ?? {}
  checkRuleSettings(ruleOverrides, '', overrideSource, knownRules)

  const files = layers.flatMap((layer) => (layer.file === undefined ? [] : [layer.file]))
  let gitignore = true
  for (const layer of layers) if (layer.config.gitignore !== undefined) gitignore = layer.config.gitignore
  const ignores = layers
    .filter((layer) => (layer.config.ignores?.length ?? 0) > 0)
    .map((layer) => ({baseDir: layer.baseDir, patterns: [...(layer.config.ignores ?? [])]}))

  const base = new Map<string, SettingState>()
  for (const layer of layers) applySettings(base, layer.config.rules)
  applySettings(base, ruleOverrides)
  let locale: Language | undefined
  for (const layer of layers) if (layer.config.locale !== undefined) locale = layer.config.locale
  const pluginRules = loader.pluginRules
  const baseResolved = toResolved(base, knownRules, files, locale, pluginRules)

  return {
    ...baseResolved,
    file,
    layers,
    gitignore,
    ignores,
    pluginModules: [...loader.plugins.values()].map((plugin) => plugin.module),
    forFile(filePath) {
      const absolute = resolve(cwd, filePath)
      if (!layers.some((layer) => layer.overrides.some((override) => override.matches(absolute)))) return baseResolved
      const state = new Map<string, SettingState>()
      for (const layer of layers) {
        applySettings(state, layer.config.rules)
        for (const override of layer.overrides) if (override.matches(absolute)) applySettings(state, override.rules)
      }
      applySettings(state, ruleOverrides)
      return toResolved(state, knownRules, files, locale, pluginRules)
    },
  }
}

/**
 * Caches discovery per folder and loading per config file, for one run over many
 * files (parsed files are also cached across runs by mtime; see readConfigFile).
 */
export class ConfigResolver {
  private readonly cwd: string
  private readonly found = new Map<string, string | undefined>()
  private readonly loaded = new Map<string, Promise<LoadedConfig>>()

  constructor(private readonly options: ConfigOptions) {
    this.cwd = resolve(options.cwd ?? process.cwd())
  }

  /** The loaded configuration that applies in `dir`. */
  configForDir(dir: string): Promise<LoadedConfig> {
    let file: string | undefined
    if (this.options.configFile !== undefined) {
      file = resolve(this.cwd, this.options.configFile)
    } else {
      file = findConfigFile(resolve(this.cwd, dir), this.found)
    }
    const key = file ?? ''
    let promise = this.loaded.get(key)
    if (!promise) {
      promise = loadConfigChain(file, this.options)
      this.loaded.set(key, promise)
    }
    return promise
  }

  configForFile(filePath: string): Promise<LoadedConfig> {
    return this.configForDir(dirname(resolve(this.cwd, filePath)))
  }

  async resolve(filePath: string): Promise<ResolvedConfig> {
    return (await this.configForFile(filePath)).forFile(resolve(this.cwd, filePath))
  }
}

/** The effective configuration of one file: discovery from its folder (or `configFile`), `extends`, overrides, `ruleOverrides`. */
export function resolveConfigForFile(filePath: string, options: ConfigOptions): Promise<ResolvedConfig> {
  return new ConfigResolver(options).resolve(filePath)
}

/** Reads and checks one config file without following `extends` (for tools that edit or show a config). */
export async function loadConfigFile(file: string, options: RuleRegistry & {cwd?: string}): Promise<ConfigFile> {
  const parsed = await readConfigFile(file, options.cwd)
  return validateConfig(parsed.data, parsed.source, ruleMap(options.rules))
}

export {ConfigError}
