import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {configSchema} from '../../src/config/index.js'
import {rules} from './helpers.js'

const schemaPath = fileURLToPath(new URL('../../schema/lessonlint.schema.json', import.meta.url))
const shipped = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
const example = {
  $schema: './node_modules/@lessonlint/core/schema/lessonlint.schema.json',
  extends: ['lessonlint:recommended', './base.json'],
  rules: {'itcilo-link': 'off', 'gender-budget': ['error', {kinds: ['budget']}]},
  overrides: [{files: ['annex/**'], excludedFiles: ['annex/a.md'], rules: {'core-curriculum': 'error'}}],
  ignores: ['drafts/'],
  gitignore: false,
}

describe('the shipped JSON Schema', () => {
  const validate = new Ajv({strict: false}).compile(shipped)

  it('is draft-07, describes every top-level key, and is exported as @lessonlint/core/schema.json', () => {
    expect(shipped['$schema']).toBe('http://json-schema.org/draft-07/schema#')
    for (const property of Object.values(shipped['properties'] as Record<string, {description?: string; $ref?: string}>)) {
      expect(property.description ?? property.$ref).toBeTruthy()
    }
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'))
    expect(pkg.exports['./schema.json']).toBe('./schema/lessonlint.schema.json')
  })

  it('accepts a full config and any rule id (the rule list is open)', () => {
    expect(validate(example)).toBe(true)
    expect(validate({rules: {'some-other-pack-rule': 'warning'}})).toBe(true)
  })

  it('accepts ESLint\'s severity spellings and a locale', () => {
    expect(validate({rules: {'itcilo-link': 'warn', 'gender-budget': 2, 'evaluation-plan': ['off'], x: [1, {}]}, locale: 'fr'})).toBe(true)
  })

  it('refuses unknown keys and bad severities', () => {
    expect(validate({colour: 'red'})).toBe(false)
    expect(validate({rules: {'itcilo-link': 'warnings'}})).toBe(false)
    expect(validate({rules: {'itcilo-link': 3}})).toBe(false)
    expect(validate({locale: 'de'})).toBe(false)
    expect(validate({rules: {'itcilo-link': ['error', {}, 1]}})).toBe(false)
    expect(validate({overrides: [{rules: {}}]})).toBe(false)
  })
})

describe('configSchema(rules)', () => {
  const schema = configSchema(rules)
  const validate = new Ajv({strict: false}).compile(schema)

  it('lists the rules with their summaries and default severities', () => {
    const properties = ((schema['definitions'] as Record<string, Record<string, unknown>>)['rules']!['properties'] ?? {}) as Record<
      string,
      {description: string}
    >
    expect(Object.keys(properties)).toEqual(['gender-budget', 'itcilo-link', 'evaluation-plan', 'core-curriculum'])
    expect(properties['gender-budget']!.description).toBe('gender-budget summary (default: error)')
  })

  it('refuses unknown rule ids and invalid options, accepts the rest', () => {
    expect(validate(example)).toBe(true)
    expect(validate({rules: {'gender-budgt': 'error'}})).toBe(false)
    expect(validate({rules: {'gender-budget': ['error', {kinds: ['money']}]}})).toBe(false)
    expect(validate({overrides: [{files: ['a.md'], rules: {nope: 'off'}}]})).toBe(false)
  })

  it('leaves the shipped schema unchanged', () => {
    expect(JSON.parse(readFileSync(schemaPath, 'utf8'))).toEqual(shipped)
    expect(new Ajv({strict: false}).compile(shipped)({rules: {anything: 'info'}})).toBe(true)
  })
})
