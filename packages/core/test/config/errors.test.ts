import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadConfigFile, resolveConfigForFile} from '../../src/config/index.js'
import {ConfigError} from '../../src/types.js'
import {presets, rules, tempTree} from './helpers.js'

const registry = {rules, presets}

/** The ConfigError that resolving a file under `files` throws. */
async function errorFor(files: Record<string, string | object>, options: Record<string, unknown> = {}): Promise<ConfigError> {
  const root = tempTree({...files, 'a.md': ''})
  try {
    await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root, ...options})
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const configError = error as ConfigError
    // One line, never a stack trace in the message.
    expect(configError.message).not.toContain('\n')
    if (configError.file !== undefined) expect(configError.file.startsWith(root)).toBe(true)
    return configError
  }
  throw new Error('expected a ConfigError')
}

const message = async (files: Record<string, string | object>, options?: Record<string, unknown>) =>
  (await errorFor(files, options)).message

describe('config errors: one line with file, key path and problem', () => {
  it('names an unknown rule id with the nearest one', async () => {
    const error = await errorFor({'.lessonlintrc.json': {rules: {'gender-budgt': 'error'}}})
    expect(error.message).toBe('.lessonlintrc.json: rules.gender-budgt: unknown rule id (did you mean "gender-budget"?)')
    expect(error.keyPath).toBe('rules.gender-budgt')
  })

  it('refuses an invalid severity, listing the valid ones', async () => {
    expect(await message({'.lessonlintrc.json': {rules: {'itcilo-link': 'warnings'}}})).toBe(
      '.lessonlintrc.json: rules.itcilo-link: invalid severity "warnings" (expected off, info, warning or error; warn, 0, 1 and 2 work too)',
    )
    expect(await message({'.lessonlintrc.yaml': 'rules:\n  itcilo-link: [warnng]\n'})).toBe(
      '.lessonlintrc.yaml: rules.itcilo-link[0]: invalid severity "warnng" (expected off, info, warning or error; warn, 0, 1 and 2 work too)',
    )
    expect(await message({'.lessonlintrc.yaml': 'rules:\n  itcilo-link: 3\n'})).toBe(
      '.lessonlintrc.yaml: rules.itcilo-link: invalid severity 3 (expected off, info, warning or error; warn, 0, 1 and 2 work too)',
    )
    expect(await message({'.lessonlintrc.yaml': 'rules:\n  itcilo-link: true\n'})).toBe(
      '.lessonlintrc.yaml: rules.itcilo-link: must be a severity (off, info, warning or error) or [severity, options], not true',
    )
  })

  it('refuses an unknown top-level key', async () => {
    expect(await message({'.lessonlintrc.json': {colour: 'red'}})).toBe('.lessonlintrc.json: colour: unknown key')
    expect(await message({'.lessonlintrc.json': {rule: {}}})).toBe('.lessonlintrc.json: rule: unknown key (did you mean "rules"?)')
  })

  it('gives line and column of a JSON syntax error', async () => {
    const error = await errorFor({'.lessonlintrc.json': '{\n  "rules": {\n    itcilo-link: "off"\n  }\n}\n'})
    expect(error.message).toBe('.lessonlintrc.json:3:5: invalid JSON: Unexpected token "itcilo-link"')
    expect(await message({'.lessonlintrc.json': '{\n  "rules": {}\n  "ignores": []\n}'})).toBe(
      '.lessonlintrc.json:3:3: invalid JSON: Unexpected token "\\"ignores\\"" (expected a comma)',
    )
    expect(await message({'.lessonlintrc.json': '{"rules": {'})).toBe(
      '.lessonlintrc.json:1:12: invalid JSON: Unexpected end of file (expected "}")',
    )
  })

  it('gives line and column of a YAML syntax error', async () => {
    expect(await message({'.lessonlintrc.yaml': 'rules:\n  itcilo-link: off\n  bad: [\n'})).toMatch(
      /^\.lessonlintrc\.yaml:\d+:\d+: invalid YAML: .+/,
    )
    expect(await message({'.lessonlintrc.yaml': 'rules: {}\nrules: {}\n'})).toBe(
      '.lessonlintrc.yaml:2:1: invalid YAML: Map keys must be unique',
    )
  })

  it('names the key path in package.json under lessonlint', async () => {
    expect(await message({'package.json': {name: 'x', lessonlint: {rules: {'itcilo-lnk': 'off'}}}})).toBe(
      'package.json: lessonlint.rules.itcilo-lnk: unknown rule id (did you mean "itcilo-link"?)',
    )
  })

  it('checks the structure: types, overrides, ignores', async () => {
    expect(await message({'.lessonlintrc.json': {rules: []}})).toBe('.lessonlintrc.json: rules: must be an object (a mapping of keys), not an array')
    expect(await message({'.lessonlintrc.json': {overrides: [{rules: {}}]}})).toBe('.lessonlintrc.json: overrides[0].files: missing')
    expect(await message({'.lessonlintrc.json': {overrides: [{files: ['*.md'], rules: {'itcilo-link': 'warnings'}}]}})).toBe(
      '.lessonlintrc.json: overrides[0].rules.itcilo-link: invalid severity "warnings" (expected off, info, warning or error; warn, 0, 1 and 2 work too)',
    )
    expect(await message({'.lessonlintrc.json': {locale: 'de'}})).toBe('.lessonlintrc.json: locale: invalid value "de" (expected en, fr or es)')
    expect(await message({'.lessonlintrc.json': {overrides: [{files: ['*.md'], exclude: []}]}})).toBe(
      '.lessonlintrc.json: overrides[0].exclude: unknown key (did you mean "excludedFiles"?)',
    )
    expect(await message({'.lessonlintrc.json': {ignores: 'drafts/'}})).toBe(
      '.lessonlintrc.json: ignores: must be an array, not "drafts/"',
    )
    expect(await message({'.lessonlintrc.json': {gitignore: 'no'}})).toBe('.lessonlintrc.json: gitignore: must be true or false, not "no"')
    expect(await message({'.lessonlintrc.yaml': '- a\n- b\n'})).toBe(
      '.lessonlintrc.yaml: the configuration must be an object (a mapping of keys), not an array',
    )
  })

  it('checks rule options against the rule\'s schema, naming rules.<id>[1].<option>', async () => {
    expect(await message({'.lessonlintrc.json': {rules: {'gender-budget': ['error', {kinds: ['budget', 'money']}]}}})).toBe(
      '.lessonlintrc.json: rules.gender-budget[1].kinds[1]: invalid value "money" (expected budget or gender)',
    )
    expect(await message({'.lessonlintrc.json': {rules: {'gender-budget': ['error', {minshare: 1}]}}})).toBe(
      '.lessonlintrc.json: rules.gender-budget[1].minshare: unknown option (did you mean "minShare"?)',
    )
    expect(await message({'.lessonlintrc.json': {rules: {'gender-budget': ['error', {minShare: 'a lot'}]}}})).toBe(
      '.lessonlintrc.json: rules.gender-budget[1].minShare: must be a number, not "a lot"',
    )
    expect(await message({'.lessonlintrc.json': {rules: {'gender-budget': ['error', 'x']}}})).toBe(
      '.lessonlintrc.json: rules.gender-budget[1]: options must be an object, not "x"',
    )
  })

  it('refuses options on a rule that takes none: they would look as if they changed something', async () => {
    expect(await message({'.lessonlintrc.json': {rules: {'itcilo-link': ['warning', {strict: true}]}}})).toBe(
      '.lessonlintrc.json: rules.itcilo-link[1].strict: unknown option: itcilo-link takes no options',
    )
    // An empty options object says nothing and is accepted.
    const root = tempTree({'.lessonlintrc.json': {rules: {'itcilo-link': ['warning', {}]}}, 'a.md': ''})
    await expect(resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root})).resolves.toBeDefined()
  })

  it('reports bad extends: unknown preset, missing file, missing package, cycles', async () => {
    expect(await message({'.lessonlintrc.json': {extends: 'lessonlint:recomended'}})).toBe(
      '.lessonlintrc.json: extends: unknown preset "lessonlint:recomended" (did you mean "lessonlint:recommended"?)',
    )
    expect(await message({'.lessonlintrc.json': {extends: ['lessonlint:all', './missing.json']}})).toBe(
      '.lessonlintrc.json: extends[1]: cannot find "./missing.json" (no file missing.json)',
    )
    expect(await message({'.lessonlintrc.json': {extends: 'lessonlint-config-nowhere'}})).toBe(
      '.lessonlintrc.json: extends: cannot find package "lessonlint-config-nowhere" (install it, or use "./" for a file path)',
    )
    expect(
      await message({
        '.lessonlintrc.json': {extends: './a.yaml'},
        'a.yaml': 'extends: ./b.json\n',
        'b.json': {extends: './a.yaml'},
      }),
    ).toBe('b.json: extends: circular extends: a.yaml → b.json → a.yaml')
  })

  it('names the extended file that holds the problem', async () => {
    expect(await message({'.lessonlintrc.json': {extends: './shared/base.yaml'}, 'shared/base.yaml': 'rules:\n  nope: off\n'})).toBe(
      'shared/base.yaml: rules.nope: unknown rule id',
    )
  })

  it('reports rule overrides from the command line under --rule', async () => {
    expect(await message({}, {ruleOverrides: {'itcilo-lnk': 'off'}})).toBe(
      '--rule: itcilo-lnk: unknown rule id (did you mean "itcilo-link"?)',
    )
    expect(await message({}, {ruleOverrides: {'itcilo-link': 'warnings'}})).toBe(
      '--rule: itcilo-link: invalid severity "warnings" (expected off, info, warning or error; warn, 0, 1 and 2 work too)',
    )
  })

  it('reports a --config file that does not exist', async () => {
    expect(await message({}, {configFile: 'nope.json'})).toBe('nope.json: cannot read the config file: it does not exist')
  })

  it('loadConfigFile checks a single file', async () => {
    const root = tempTree({'c.yaml': 'rules:\n  itcilo-link: error\n', 'bad.yaml': 'rulez: {}\n'})
    expect(await loadConfigFile(join(root, 'c.yaml'), {...registry, cwd: root})).toEqual({rules: {'itcilo-link': 'error'}})
    await expect(loadConfigFile(join(root, 'bad.yaml'), {...registry, cwd: root})).rejects.toThrow(
      'bad.yaml: rulez: unknown key (did you mean "rules"?)',
    )
  })
})
