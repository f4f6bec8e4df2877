// Config checking. Every problem becomes one line a user can act on:
//   <file>: <key path>: <problem>
// e.g. `.lessonlintrc.json: rules.gender-budgt: unknown rule id (did you mean "gender-budget"?)`.
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {didYouMeanSuffix} from '../engine/suggest.js'
import {ConfigError, type ConfigFile, type Rule, type Severity} from '../types.js'
import {baseConfigSchema} from './schema.js'

/** Where a configuration comes from, for messages. */
export interface ConfigSource {
  /** Absolute path, when it is a file. */
  file: string | undefined
  /** What messages start with: a path relative to cwd, a preset name, `--rule`. */
  label: string
  /** Key path prefix inside the file (`lessonlint.` for package.json). */
  keyPrefix?: string
}

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const
const TOP_LEVEL_KEYS = ['$schema', 'extends', 'plugins', 'rules', 'overrides', 'ignores', 'gitignore', 'locale']

/** Severity spellings carried over from ESLint, and what they mean. */
const SEVERITY_ALIASES: ReadonlyMap<unknown, Severity | 'off'> = new Map<unknown, Severity | 'off'>([
  ['warn', 'warning'],
  [0, 'off'],
  [1, 'warning'],
  [2, 'error'],
])

/** A severity as written (`"warn"`, `2`) as lessonlint names it; undefined when it is none. */
export function normalizeSeverity(value: unknown): Severity | 'off' | undefined {
  if (typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)) return value as Severity | 'off'
  return SEVERITY_ALIASES.get(value)
}

const ajv = new Ajv({allErrors: true, verbose: true, strict: false})
let validateShape: ValidateFunction | undefined
const optionValidators = new WeakMap<object, ValidateFunction>()

export function configError(source: ConfigSource, keyPath: string | undefined, problem: string): ConfigError {
  const fullPath = keyPath === undefined ? undefined : `${source.keyPrefix ?? ''}${keyPath}`
  const where = fullPath === undefined || fullPath === '' ? '' : `${fullPath}: `
  return new ConfigError(`${source.label}: ${where}${problem}`, source.file, fullPath)
}

/** `/overrides/0/files/1` → `overrides[0].files[1]`. */
export function pointerToKeyPath(pointer: string, base = ''): string {
  let path = base
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    path += /^\d+$/.test(segment) ? `[${segment}]` : path === '' ? segment : `.${segment}`
  }
  return path
}

function joinKey(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

const ARTICLE_TYPES: Record<string, string> = {
  array: 'an array',
  object: 'an object (a mapping of keys)',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  integer: 'an integer',
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'object') return 'an object'
  return String(value)
}

function orList(items: readonly unknown[]): string {
  const words = items.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}

/** One ajv error as `[keyPath, problem]`; `unknownKeyWord` names what an extra property is ("key", "option"). */
export function describeAjvError(error: ErrorObject, base: string, unknownKeyWord: string): [string, string] {
  const path = pointerToKeyPath(error.instancePath, base)
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as {additionalProperty: string}).additionalProperty)
      const known = Object.keys((error.parentSchema as {properties?: object} | undefined)?.properties ?? {})
      return [joinKey(path, key), `unknown ${unknownKeyWord}${didYouMeanSuffix(key, known)}`]
    }
    case 'required': {
      const key = String((error.params as {missingProperty: string}).missingProperty)
      return [joinKey(path, key), 'missing']
    }
    case 'type': {
      const type = String((error.params as {type: string}).type)
      const expected = type.split(',').map((t) => ARTICLE_TYPES[t] ?? t)
      return [path, `must be ${orList(expected)}, not ${describeValue(error.data)}`]
    }
    case 'enum': {
      const allowed = (error.params as {allowedValues: unknown[]}).allowedValues
      return [path, `invalid value ${describeValue(error.data)} (expected ${orList(allowed)})`]
    }
    default:
      return [path, error.message ?? 'invalid value']
  }
}

/** Rule settings live under these pointers; they get hand-written messages instead of oneOf noise. */
const RULE_SETTING_POINTER = /^(?:\/rules|\/overrides\/\d+\/rules)\/[^/]+/

function checkShape(data: Record<string, unknown>, source: ConfigSource): void {
  validateShape ??= ajv.compile(baseConfigSchema())
  if (validateShape(data)) return
  const errors = (validateShape.errors ?? []).filter((error) => !RULE_SETTING_POINTER.test(error.instancePath))
  // `oneOf` only says "must match exactly one schema"; its branches' errors say why.
  const first = errors.find((error) => error.keyword !== 'oneOf') ?? errors[0]
  if (!first) return
  const [keyPath, problem] = describeAjvError(first, '', 'key')
  throw configError(source, keyPath, problem)
}

function checkSeverity(value: unknown, keyPath: string, source: ConfigSource): void {
  if (normalizeSeverity(value) !== undefined) return
  const shown = typeof value === 'string' ? `"${value}"` : describeValue(value)
  throw configError(source, keyPath, `invalid severity ${shown} (expected off, info, warning or error; warn, 0, 1 and 2 work too)`)
}

/** Checks a rule's options against its `meta.optionsSchema`. */
export function checkRuleOptions(rule: Rule, options: unknown, keyPath: string, source: ConfigSource): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw configError(source, keyPath, `options must be an object, not ${describeValue(options)}`)
  }
  const schema = rule.meta.optionsSchema
  if (!schema) {
    // Options a rule does not read would look as if they changed something.
    const given = Object.keys(options)
    if (given.length > 0) throw configError(source, joinKey(keyPath, given[0]!), `unknown option: ${rule.meta.id} takes no options`)
    return
  }
  let validate = optionValidators.get(schema)
  if (!validate) {
    validate = ajv.compile(schema)
    optionValidators.set(schema, validate)
  }
  if (validate(options)) return
  const errors = validate.errors ?? []
  const first = errors.find((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf') ?? errors[0]
  if (!first) return
  const [path, problem] = describeAjvError(first, keyPath, 'option')
  throw configError(source, path, problem)
}

/** Checks one `rules` mapping: known ids, severities, options. */
export function checkRuleSettings(
  rules: Record<string, unknown>,
  keyPath: string,
  source: ConfigSource,
  knownRules: ReadonlyMap<string, Rule>,
): void {
  for (const [id, setting] of Object.entries(rules)) {
    const settingPath = joinKey(keyPath, id)
    const rule = knownRules.get(id)
    if (!rule) throw configError(source, settingPath, `unknown rule id${didYouMeanSuffix(id, knownRules.keys())}`)
    if (Array.isArray(setting)) {
      if (setting.length < 1 || setting.length > 2) {
        throw configError(source, settingPath, `must be a severity or [severity, options], not an array of ${setting.length}`)
      }
      checkSeverity(setting[0], `${settingPath}[0]`, source)
      if (setting.length === 2) checkRuleOptions(rule, setting[1], `${settingPath}[1]`, source)
    } else if (typeof setting === 'string' || typeof setting === 'number') {
      checkSeverity(setting, settingPath, source)
    } else {
      throw configError(source, settingPath, `must be a severity (off, info, warning or error) or [severity, options], not ${describeValue(setting)}`)
    }
  }
}

/** Checks a parsed config file and returns it typed; throws one ConfigError line for the first problem. */
export function validateConfig(data: unknown, source: ConfigSource, knownRules: ReadonlyMap<string, Rule>): ConfigFile {
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw configError(source, undefined, `the configuration must be an object (a mapping of keys), not ${describeValue(data)}`)
  }
  const record = data as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw configError(source, key, `unknown key${didYouMeanSuffix(key, TOP_LEVEL_KEYS)}`)
  }
  checkShape(record, source)
  const config = record as ConfigFile
  if (config.rules) checkRuleSettings(config.rules, 'rules', source, knownRules)
  config.overrides?.forEach((override, index) => {
    if (override.rules) checkRuleSettings(override.rules, `overrides[${index}].rules`, source, knownRules)
  })
  return config
}
