// Blind passages (README.md): whether the ILO pack reads a training component in each, as
// `lessonlint explain` shows it. itcilo-link applies exactly when there is a training component,
// so its verdict and its "applies" evidence are what a user sees of that reading.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

import {expect, test} from 'vitest'

import {lintText} from '@lessonlint/core'
import {rules} from '@lessonlint/rules-ilo'

const folder = path.dirname(fileURLToPath(import.meta.url))
const passages = readdirSync(folder)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()

const LABEL = /^<!-- blind: (training-component|no-training-component) -->/u

test('the blind passages are all here, both kinds in three languages', () => {
  expect(passages).toHaveLength(24)
  for (const language of ['en', 'fr', 'es']) {
    expect(passages.filter((name) => name.startsWith(`${language}-dissemination`)).length).toBeGreaterThan(0)
    expect(passages.filter((name) => name.startsWith(`${language}-training`)).length).toBeGreaterThan(0)
  }
})

test.each(passages)('%s: the training component is read as labelled', (name) => {
  const text = readFileSync(path.join(folder, name), 'utf8')
  const label = LABEL.exec(text)?.[1]
  expect(label, 'the first line carries the verdict').toBeDefined()
  const result = lintText(text, {filePath: name, rules})
  const explanation = result.explanations.find((entry) => entry.ruleId === 'itcilo-link')!
  const component = explanation.evidence.filter((note) => note.role === 'applies' && note.message.startsWith('training component'))
  if (label === 'training-component') {
    expect(explanation.verdict).not.toBe('not-applicable')
    expect(component.length).toBeGreaterThan(0)
  } else {
    expect(explanation.verdict).toBe('not-applicable')
    expect(explanation.evidence.map((note) => note.message).join('\n')).toMatch(/no training component/u)
  }
})
