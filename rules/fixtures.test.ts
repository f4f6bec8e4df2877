// The fixture runner: every rules/<id>/{valid,invalid}/*.md is a test case whose
// expected diagnostics are written in the file itself (COMMON.md "Fixture format").
// It checks them with the core's checkFixture and checkRuleFolder, the same code
// RuleTester runs for other organisations' rules.
import path from 'node:path'
import {describe, expect, test} from 'vitest'

import {checkFixture, checkRuleFolder, type Rule} from '@lessonlint/core'

import {fixturesOf, importRule, ruleFolders, rulesDirectory} from './scripts/fixture-harness.mjs'

const rulesDir = rulesDirectory()
const folders = ruleFolders(rulesDir)

// Import every rule before the cases are declared: a rule that fails to load must
// fail its own cases with the import error, not abort the whole file.
const loaded = new Map<string, Rule | Error>()
for (const folder of folders) {
  try {
    loaded.set(folder, await importRule(rulesDir, folder))
  } catch (error) {
    loaded.set(folder, error instanceof Error ? error : new Error(String(error)))
  }
}

function ruleOf(folder: string): Rule {
  const rule = loaded.get(folder)
  if (rule instanceof Error) throw rule
  if (!rule) throw new Error(`rules/${folder}/ was not loaded`)
  return rule
}

test('rules/ has rule folders', () => {
  expect(folders.length).toBeGreaterThan(0)
})

describe.each(folders)('%s', (folder) => {
  const fixtures = fixturesOf(rulesDir, folder)

  test(`${folder} exports its rule`, () => {
    const rule = ruleOf(folder)
    expect(rule.meta.id, `rules/${folder}/index.ts exports a rule whose meta.id differs from its folder name`).toBe(folder)
  })

  test(`${folder} has valid and invalid fixtures, no orphan .fixed.md, no duplicates`, () => {
    expect(checkRuleFolder(ruleOf(folder), path.join(rulesDir, folder))).toEqual([])
  })

  if (fixtures.length > 0) {
    test.each(fixtures.map((fixture) => [fixture.relativePath, fixture] as const))(`${folder} %s`, (_name, fixture) => {
      expect(checkFixture(ruleOf(folder), fixture)).toEqual([])
    })
  }
})
