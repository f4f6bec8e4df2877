export {
  loadConfig,
  loadConfigChain,
  loadConfigFile,
  resolveConfigForFile,
  ConfigResolver,
  globMatcher,
  type ConfigLayer,
  type ConfigOptions,
  type LoadedConfig,
} from './resolve.js'
export {CONFIG_FILE_NAMES, findConfigFile, configFileIn, readConfigFile, clearConfigCache, displayPath, type ParsedConfigFile} from './parse.js'
export {validateConfig, checkRuleSettings, checkRuleOptions, SEVERITY_SETTINGS, normalizeSeverity, type ConfigSource} from './validate.js'
export {configSchema, baseConfigSchema} from './schema.js'
export {RECOMMENDED_PRESET, type RuleRegistry} from './registry.js'
