// Other organisations' rules, as code: a config's `plugins` names packages or
// files that export `{name, rules, presets}`. Their rules join the pack under
// the plugin's prefix (`undp/risk-register`), their presets as `undp:name`.
// Loading a plugin runs its code: the language server refuses `plugins` in an
// untrusted workspace before the core gets here.
import {createRequire} from 'node:module'
import {dirname, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ConfigFile, Plugin, Rule} from '../types.js'
import {configError, type ConfigSource} from './validate.js'

const PLUGIN_NAME = /^[a-z0-9][a-z0-9-]*$/

/** A plugin as loaded: its prefixed rules and presets, and the module it came from. */
export interface LoadedPlugin {
  name: string
  module: string
  rules: Rule[]
  presets: Record<string, ConfigFile>
}

function isPathLike(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')
}

function isRule(value: unknown): value is Rule {
  const rule = value as Rule | undefined
  return typeof rule === 'object' && rule !== null && typeof rule.meta?.id === 'string' && typeof rule.check === 'function'
}

/** Resolves and imports one `plugins` entry; every problem is a one-line ConfigError naming the file and key. */
export async function loadPlugin(spec: string, keyPath: string, from: ConfigSource, cwd: string): Promise<LoadedPlugin> {
  const fromFile = from.file ?? join(cwd, 'lessonlint-config.js')
  let module: string
  try {
    module = isPathLike(spec) ? createRequire(fromFile).resolve(resolve(dirname(fromFile), spec)) : createRequire(fromFile).resolve(spec)
  } catch {
    throw configError(from, keyPath, isPathLike(spec) ? `cannot find plugin "${spec}"` : `cannot find plugin package "${spec}" (install it, or use "./" for a file path)`)
  }
  let exported: unknown
  try {
    const namespace = (await import(pathToFileURL(module).href)) as {default?: unknown}
    exported = namespace.default ?? namespace
  } catch (error) {
    throw configError(from, keyPath, `plugin "${spec}" failed to load: ${(error as Error).message.split('\n')[0]}`)
  }
  const plugin = exported as Partial<Plugin> | undefined
  if (typeof plugin !== 'object' || plugin === null || typeof plugin.name !== 'string' || !PLUGIN_NAME.test(plugin.name) || plugin.name === 'lessonlint') {
    throw configError(from, keyPath, `plugin "${spec}" must export {name, rules, presets?} with a name such as "undp" (lowercase letters, digits, hyphens; not "lessonlint")`)
  }
  const given = Array.isArray(plugin.rules) ? plugin.rules : Object.values(plugin.rules ?? {})
  const rules: Rule[] = []
  for (const rule of given) {
    if (!isRule(rule)) throw configError(from, keyPath, `plugin "${plugin.name}" exports a rule that is not {meta: {id, ...}, check}`)
    const id = `${plugin.name}/${rule.meta.id}`
    if (rules.some((each) => each.meta.id === id)) throw configError(from, keyPath, `plugin "${plugin.name}" exports two rules with the id "${rule.meta.id}"`)
    // A copy under the prefixed id: the plugin's own object stays as its author wrote it.
    rules.push({...rule, meta: {...rule.meta, id}})
  }
  const presets: Record<string, ConfigFile> = {}
  for (const [name, preset] of Object.entries(plugin.presets ?? {})) presets[`${plugin.name}:${name}`] = preset
  return {name: plugin.name, module, rules, presets}
}
