import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {resolveConfigForFile} from '../../src/config/index.js'
import {presets, rules, summary, tempTree} from './helpers.js'

const registry = {rules, presets}

describe('extends and overrides', () => {
  it('follows a chain: preset, relative file, npm package, in order, the extending file last', async () => {
    const root = tempTree({
      'node_modules/lessonlint-config-acme/package.json': {name: 'lessonlint-config-acme', main: 'config.json'},
      'node_modules/lessonlint-config-acme/config.json': {rules: {'itcilo-link': 'error', 'evaluation-plan': 'info'}},
      'base/shared.yaml': 'extends: lessonlint:recommended\nrules:\n  core-curriculum: off\n',
      '.lessonlintrc.json': {extends: ['./base/shared.yaml', 'lessonlint-config-acme'], rules: {'evaluation-plan': 'error'}},
      'a.md': '',
    })
    const config = await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root})
    expect(summary(config)).toEqual(['evaluation-plan=error', 'gender-budget=error', 'itcilo-link=error'])
    expect(config.files).toEqual([
      join(root, 'base/shared.yaml'),
      join(root, 'node_modules/lessonlint-config-acme/config.json'),
      join(root, '.lessonlintrc.json'),
    ])
  })

  it('loads a JavaScript config from a package (default export)', async () => {
    const root = tempTree({
      'node_modules/@acme/lessonlint-config/package.json': {name: '@acme/lessonlint-config', main: 'index.js', type: 'module'},
      'node_modules/@acme/lessonlint-config/index.js': 'export default {extends: "lessonlint:all", rules: {"itcilo-link": "off"}}\n',
      '.lessonlintrc.yaml': 'extends: "@acme/lessonlint-config"\n',
      'a.md': '',
    })
    const config = await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root})
    expect(summary(config)).toEqual(['core-curriculum=warning', 'evaluation-plan=warning', 'gender-budget=error'])
  })

  it('applies overrides by glob relative to the config folder; later entries win; excludedFiles exclude', async () => {
    const root = tempTree({
      'project/.lessonlintrc.json': {
        extends: [],
        rules: {'itcilo-link': 'warning'},
        overrides: [
          {files: ['drafts/**/*.md'], excludedFiles: ['drafts/keep.md'], rules: {'itcilo-link': 'off'}},
          {files: ['*.annex.md'], rules: {'itcilo-link': 'info'}},
          {files: ['drafts/late.md'], rules: {'itcilo-link': 'error'}},
        ],
      },
    })
    const at = async (path: string) => summary(await resolveConfigForFile(join(root, 'project', path), {...registry, cwd: root}))
    expect(await at('main.md')).toEqual(['itcilo-link=warning'])
    expect(await at('drafts/x/a.md')).toEqual([])
    expect(await at('drafts/keep.md')).toEqual(['itcilo-link=warning'])
    // A glob without a slash matches the file name in any folder.
    expect(await at('sub/b.annex.md')).toEqual(['itcilo-link=info'])
    expect(await at('drafts/late.md')).toEqual(['itcilo-link=error'])
  })

  it('lets an extended file\'s overrides be overruled by the extending file\'s rules', async () => {
    const root = tempTree({
      'base.json': {overrides: [{files: ['*.md'], rules: {'itcilo-link': 'off'}}]},
      '.lessonlintrc.json': {extends: './base.json', rules: {'itcilo-link': 'error'}},
    })
    // base.json has no extends and is not the project's file: it does not pull in the preset.
    expect(summary(await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root}))).toEqual(['itcilo-link=error'])
  })

  it('merges options over the rule defaults', async () => {
    const root = tempTree({'.lessonlintrc.json': {extends: [], rules: {'gender-budget': ['warning', {minShare: 0.1}]}}})
    const config = await resolveConfigForFile(join(root, 'a.md'), {...registry, cwd: root})
    expect(config.rules.get('gender-budget')).toEqual({severity: 'warning', options: {kinds: ['budget'], minShare: 0.1}})
  })
})
