// The fixture runner: every rules/<id>/{valid,invalid}/*.md is a test case whose
// expected diagnostics are written in the file itself (COMMON.md "Fixture format").
import {describe, expect, test} from 'vitest'

import type {Rule} from '@lessonlint/core'

import {
  applyFixes,
  describeDiagnostics,
  fixesOf,
  fixturesOf,
  importRule,
  keysOfDiagnostics,
  keysOfMarkers,
  lintFixture,
  mapOffsetThroughFixes,
  orphanFixedFiles,
  parseHeader,
  parseMarkers,
  ruleFolders,
  rulesDirectory,
} from './scripts/fixture-harness.mjs'

type Fixture = ReturnType<typeof fixturesOf>[number]

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

  test(`${folder} has valid and invalid fixtures`, () => {
    const rule = ruleOf(folder)
    const valid = fixtures.filter((fixture) => fixture.verdict === 'valid')
    const invalid = fixtures.filter((fixture) => fixture.verdict === 'invalid')
    expect(valid.length, `rules/${folder}/valid/ needs at least one *.md fixture`).toBeGreaterThan(0)
    expect(invalid.length, `rules/${folder}/invalid/ needs at least one *.md fixture`).toBeGreaterThan(0)
    expect(orphanFixedFiles(rulesDir, folder), '*.fixed.md files must sit beside an invalid fixture of the same name').toEqual([])
    if (rule.meta.fixable) {
      expect(
        invalid.some((fixture) => fixture.fixedText !== null),
        `${folder} is fixable: at least one invalid fixture needs a <name>.fixed.md beside it`,
      ).toBe(true)
    }
  })

  test(`${folder} has no duplicate fixtures`, () => {
    // As ESLint's RuleTester: two identical cases test nothing more than one.
    const seen = new Map<string, string>()
    const duplicates: string[] = []
    for (const fixture of fixtures) {
      const key = fixture.text.replace(/\r\n?/g, '\n').trim()
      const first = seen.get(key)
      if (first) duplicates.push(`${fixture.relativePath} repeats ${first}`)
      else seen.set(key, fixture.relativePath)
    }
    expect(duplicates).toEqual([])
  })

  if (fixtures.length > 0) {
    test.each(fixtures.map((fixture) => [fixture.relativePath, fixture] as const))(`${folder} %s`, (_name, fixture) => {
      runFixture(ruleOf(folder), fixture)
    })
  }
})

function runFixture(rule: Rule, fixture: Fixture): void {
  const where = `rules/${fixture.ruleId}/${fixture.relativePath}`
  const header = parseHeader(fixture.text)
  expect(header.verdict, `${where}: the verdict comment must match its folder`).toBe(fixture.verdict)

  const markers = parseMarkers(fixture.text)
  if (fixture.verdict === 'invalid') {
    expect(markers.length, `${where}: an invalid fixture needs at least one <!-- expect: ${fixture.ruleId} --> marker`).toBeGreaterThan(0)
  } else {
    expect(keysOfMarkers(markers), `${where}: a valid fixture has no markers`).toEqual([])
  }

  const result = lintFixture(rule, fixture.text, fixture.filePath, header.options)
  const report = `${where}\nDiagnostics:\n${describeDiagnostics(result.diagnostics)}`
  expect(keysOfDiagnostics(result.diagnostics), `${report}\nExpected (rule@line) from the markers`).toEqual(keysOfMarkers(markers))

  const fixes = fixesOf(result.diagnostics)
  if (fixes.length > 0) {
    expect(rule.meta.fixable, `${where}: ${rule.meta.id} reports fixes but its meta.fixable is not true`).toBe(true)
  }
  if (fixture.fixedText === null) return

  expect(fixes.length, `${where}: a .fixed.md sits beside it but no diagnostic carries a fix\n${report}`).toBeGreaterThan(0)
  // Offsets point into the text without a byte order mark: apply them there.
  const fixed = applyFixes(result.text, fixes)
  const fixedText = (result.hadBom ? '\uFEFF' : '') + fixed.text
  expect(fixed.skipped.map((fix) => fix.title), `${where}: fixes skipped as overlapping`).toEqual([])
  expect(fixedText, `${where}: applying every fix must give ${fixture.fixedPath} exactly`).toBe(fixture.fixedText)

  const again = lintFixture(rule, fixedText, fixture.filePath, header.options)
  const repeated = result.diagnostics
    .filter((diagnostic) => diagnostic.fix)
    .filter((diagnostic) => {
      const offset = mapOffsetThroughFixes(diagnostic.range.start.offset, fixes)
      return again.diagnostics.some(
        (later) =>
          later.ruleId === diagnostic.ruleId &&
          later.messageId === diagnostic.messageId &&
          later.range.start.offset === offset,
      )
    })
  expect(
    repeated.map((diagnostic) => `${diagnostic.ruleId}/${diagnostic.messageId}`),
    `${where}: re-linting the fixed text reports the fixed finding again\nDiagnostics on the fixed text:\n${describeDiagnostics(again.diagnostics)}`,
  ).toEqual([])
}
