import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigResolver, findConfigFile, loadConfig, resolveConfigForFile} from '../../src/config/index.js'
import {presets, rules, summary, tempTree} from './helpers.js'

const registry = {rules, presets}

describe('findConfigFile', () => {
  it.each([
    ['.lessonlintrc.json', '{"rules": {"itcilo-link": "off"}}'],
    ['.lessonlintrc.yaml', 'rules:\n  itcilo-link: off\n'],
    ['.lessonlintrc.yml', 'rules:\n  itcilo-link: off\n'],
    ['lessonlint.config.json', '{"rules": {"itcilo-link": "off"}}'],
    ['lessonlint.config.yaml', 'rules: {itcilo-link: "off"}\n'],
    ['package.json', '{"name": "p", "lessonlint": {"rules": {"itcilo-link": "off"}}}'],
  ])('finds %s from a nested folder and applies it', async (name, content) => {
    const root = tempTree({[name]: content, 'docs/deep/p.md': '# P\n'})
    expect(findConfigFile(join(root, 'docs/deep'))).toBe(join(root, name))
    const config = await resolveConfigForFile(join(root, 'docs/deep/p.md'), {...registry, cwd: root})
    expect(summary(config)).toEqual(['core-curriculum=info', 'evaluation-plan=warning', 'gender-budget=error'])
    expect(config.files).toEqual([join(root, name)])
  })

  it('takes the nearest file and stops there (no cascade)', async () => {
    const root = tempTree({
      '.lessonlintrc.json': {rules: {'itcilo-link': 'error', 'core-curriculum': 'error'}},
      'sub/.lessonlintrc.yaml': 'rules:\n  itcilo-link: info\n',
      'sub/p.md': '',
      'p.md': '',
    })
    expect(summary(await resolveConfigForFile(join(root, 'sub/p.md'), {...registry, cwd: root}))).toEqual([
      'core-curriculum=info',
      'evaluation-plan=warning',
      'gender-budget=error',
      'itcilo-link=info',
    ])
    expect(summary(await resolveConfigForFile(join(root, 'p.md'), {...registry, cwd: root}))).toEqual([
      'core-curriculum=error',
      'evaluation-plan=warning',
      'gender-budget=error',
      'itcilo-link=error',
    ])
  })

  it('ignores a package.json without a lessonlint key and keeps going up', () => {
    const root = tempTree({'.lessonlintrc.json': {}, 'pkg/package.json': {name: 'x'}, 'pkg/a.md': ''})
    expect(findConfigFile(join(root, 'pkg'))).toBe(join(root, '.lessonlintrc.json'))
  })

  it('accepts comments and trailing commas in JSON config files', async () => {
    const root = tempTree({'.lessonlintrc.json': '{\n  // quiet for now\n  "extends": [],\n  "rules": {"itcilo-link": "info",},\n}\n'})
    expect(summary(await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root}))).toEqual(['itcilo-link=info'])
  })

  it('prefers .lessonlintrc.json over package.json in the same folder', () => {
    const root = tempTree({'package.json': {lessonlint: {}}, '.lessonlintrc.json': {}})
    expect(findConfigFile(root)).toBe(join(root, '.lessonlintrc.json'))
  })

  it('lets a project file without extends build on lessonlint:recommended, and extends: [] start from nothing', async () => {
    const root = tempTree({'a/.lessonlintrc.json': {rules: {'itcilo-link': 'off'}}, 'b/.lessonlintrc.json': {extends: [], rules: {'itcilo-link': 'info'}}})
    expect(summary(await resolveConfigForFile(join(root, 'a/x.md'), {...registry, cwd: root}))).toEqual([
      'core-curriculum=info',
      'evaluation-plan=warning',
      'gender-budget=error',
    ])
    expect(summary(await resolveConfigForFile(join(root, 'b/x.md'), {...registry, cwd: root}))).toEqual(['itcilo-link=info'])
  })

  it('uses lessonlint:recommended when no file is found', async () => {
    const root = tempTree({'a.md': ''})
    // The temp folder sits under the OS temp dir, where no config lives.
    expect(findConfigFile(root)).toBeUndefined()
    const config = await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root})
    expect(summary(config)).toEqual(['core-curriculum=info', 'evaluation-plan=warning', 'gender-budget=error', 'itcilo-link=warning'])
    expect(config.files).toEqual([])
  })

  it('--config replaces discovery entirely', async () => {
    const root = tempTree({
      '.lessonlintrc.json': {rules: {'itcilo-link': 'error'}},
      'ci/strict.yaml': 'extends: []\nrules:\n  evaluation-plan: error\n',
      'a.md': '',
    })
    const config = await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root, configFile: 'ci/strict.yaml'})
    expect(summary(config)).toEqual(['evaluation-plan=error'])
  })

  it('reads ESLint\'s severity spellings (warn, 0, 1, 2) and the nearest layer\'s locale', async () => {
    const root = tempTree({
      'base.json': {extends: [], locale: 'es', rules: {'core-curriculum': 1}},
      '.lessonlintrc.json': {extends: ['./base.json'], locale: 'fr', rules: {'gender-budget': 2, 'itcilo-link': 'warn', 'evaluation-plan': 0}},
      'a.md': '',
    })
    const config = await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root, ruleOverrides: {'core-curriculum': 2}})
    expect(summary(config)).toEqual(['core-curriculum=error', 'gender-budget=error', 'itcilo-link=warning'])
    expect(config.locale).toBe('fr')
  })

  it('applies rule overrides last, keeping the options from the file', async () => {
    const root = tempTree({
      '.lessonlintrc.json': {extends: [], rules: {'gender-budget': ['error', {kinds: ['gender']}], 'itcilo-link': 'warning'}},
      'a.md': '',
    })
    const config = await resolveConfigForFile(join(root, 'a.md'), {
      ...registry,
      cwd: root,
      ruleOverrides: {'gender-budget': 'info', 'itcilo-link': 'off', 'core-curriculum': 'error'},
    })
    expect(summary(config)).toEqual(['core-curriculum=error', 'gender-budget=info'])
    expect(config.rules.get('gender-budget')!.options).toEqual({kinds: ['gender'], minShare: 0})
  })

  it('loadConfig gives the base config usable as is, and forFile applies overrides', async () => {
    const root = tempTree({
      '.lessonlintrc.yaml': 'extends: []\nrules:\n  itcilo-link: error\noverrides:\n  - files: ["annex/**"]\n    rules:\n      itcilo-link: off\n',
    })
    const config = await loadConfig(root, {...registry, cwd: root})
    expect(config.file).toBe(join(root, '.lessonlintrc.yaml'))
    expect(summary(config)).toEqual(['itcilo-link=error'])
    expect(summary(config.forFile(join(root, 'annex/a.md')))).toEqual([])
    expect(summary(config.forFile(join(root, 'main.md')))).toEqual(['itcilo-link=error'])
  })

  it('rereads a config file when it changes, and not before', async () => {
    const root = tempTree({'.lessonlintrc.json': {extends: [], rules: {'itcilo-link': 'error'}}, 'a.md': ''})
    const first = await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root})
    expect(summary(first)).toEqual(['itcilo-link=error'])
    writeFileSync(join(root, '.lessonlintrc.json'), JSON.stringify({extends: [], rules: {'itcilo-link': 'info', 'evaluation-plan': 'info'}}))
    const second = await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root})
    expect(summary(second)).toEqual(['evaluation-plan=info', 'itcilo-link=info'])
  })

  it('ConfigResolver loads each config file once for many files', async () => {
    const root = tempTree({'.lessonlintrc.json': {rules: {'itcilo-link': 'error'}}})
    mkdirSync(join(root, 'a'))
    const resolver = new ConfigResolver({...registry, cwd: root})
    const [one, two] = await Promise.all([resolver.configForFile(join(root, 'x.md')), resolver.configForFile(join(root, 'a/y.md'))])
    expect(one).toBe(two)
  })
})
