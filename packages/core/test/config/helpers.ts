import {mkdirSync, mkdtempSync, realpathSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import type {ConfigFile, Rule} from '../../src/types.js'

/** A temp folder filled with files; returns its real path (macOS /tmp is a symlink). */
export function tempTree(files: Record<string, string | object>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'lessonlint-')))
  writeTree(root, files)
  return root
}

export function writeTree(root: string, files: Record<string, string | object>): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path)
    mkdirSync(dirname(file), {recursive: true})
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
}

const rule = (id: string, severity: Rule['meta']['severity'], extra: Partial<Rule['meta']> = {}): Rule => ({
  meta: {id, summary: `${id} summary`, severity, tags: [], lesson: '', sources: [], messages: {}, ...extra},
  check() {},
})

export const rules: Rule[] = [
  rule('gender-budget', 'error', {
    optionsSchema: {
      type: 'object',
      properties: {
        kinds: {type: 'array', items: {enum: ['budget', 'gender']}},
        minShare: {type: 'number'},
      },
      additionalProperties: false,
    },
    defaultOptions: {kinds: ['budget'], minShare: 0},
  }),
  rule('itcilo-link', 'warning'),
  rule('evaluation-plan', 'warning'),
  rule('core-curriculum', 'info'),
]

export const presets: Record<string, ConfigFile> = {
  'lessonlint:recommended': {
    rules: {'gender-budget': 'error', 'itcilo-link': 'warning', 'evaluation-plan': 'warning', 'core-curriculum': 'info'},
  },
  'lessonlint:all': {extends: 'lessonlint:recommended', rules: {'core-curriculum': 'warning'}},
}

/** `id=severity` pairs, sorted, for compact assertions. */
export function summary(config: {rules: Map<string, {severity: string}>}): string[] {
  return [...config.rules].map(([id, {severity}]) => `${id}=${severity}`).sort()
}
