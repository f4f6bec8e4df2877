// The docs check (like ESLint's checkRuleFiles and markdownlint's CI diff): every
// rule has complete metadata, a README with the fixed prose headings, fixtures and
// sources, and the generated parts of the docs are what `pnpm run docs` would write.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {rules} from './index.js'
import {buildDocs, checklistRuleIds, checklistRules, findSharedDir, REPO_ROOT, RULES_DIR} from './scripts/build-docs.mjs'
import {ruleFolders} from './scripts/fixture-harness.mjs'

const sharedDir = findSharedDir()
const {outputs, problems} = buildDocs({rules, sharedDir})
const ids = rules.map((rule) => rule.meta.id)

test('the registry holds exactly the rule ids of CHECKLIST.md, once each, and a folder for each', () => {
  const checklist = checklistRuleIds(readFileSync(path.join(sharedDir, 'CHECKLIST.md'), 'utf8'))
  expect(checklist.length).toBeGreaterThan(0)
  expect([...ids].sort()).toEqual([...checklist].sort())
  expect(new Set(ids).size).toBe(ids.length)
  expect(ruleFolders(RULES_DIR)).toEqual([...ids].sort())
})

test('docs/checklist.md, the checklist users read, lists every rule once at its default severity, linked to its page', () => {
  const checklist = readFileSync(path.join(REPO_ROOT, 'docs', 'checklist.md'), 'utf8')
  const listed = checklistRules(checklist)
  expect(listed.map((rule) => rule.id).sort()).toEqual([...ids].sort())
  for (const rule of rules) expect(listed.find((each) => each.id === rule.meta.id)?.severity, rule.meta.id).toBe(rule.meta.severity)
  for (const id of ids) expect(checklist).toContain(`[\`${id}\`](../rules/${id}/README.md)`)
  // It stands alone: no link into the team's shared folder beside the repository.
  expect(checklist).not.toMatch(/\]\((?:\.\.\/)+shared\//)
})

test('every rule has a docs address pointing at its README', () => {
  for (const rule of rules) expect(rule.meta.docsUrl).toMatch(new RegExp(`/${rule.meta.id}/README\\.md$`))
})

describe.each(ids)('%s', (id) => {
  test(`${id} has complete metadata, docs, fixtures and sources`, () => {
    expect(problems.filter((problem) => problem.ruleId === id).map((problem) => problem.message)).toEqual([])
  })

  test(`${id}'s generated docs blocks are up to date (run pnpm docs)`, () => {
    const output = outputs.find((candidate) => candidate.path === path.join(RULES_DIR, id, 'README.md'))
    expect(output, `rules/${id}/README.md is missing`).toBeDefined()
    expect(output?.previous).toBe(output?.content)
  })
})

test('rules/README.md, the index of rules, is up to date (run pnpm docs)', () => {
  const output = outputs.find((candidate) => candidate.path === path.join(RULES_DIR, 'README.md'))
  expect(output?.previous).toBe(output?.content)
  for (const id of ids) expect(output?.content).toContain(`](${id}/README.md)`)
})

test('pack-level problems: none', () => {
  expect(problems.filter((problem) => problem.ruleId === null || !ids.includes(problem.ruleId))).toEqual([])
})

test('LESSONS.md maps lessons to every rule, and names no rule that does not exist', () => {
  const ledgerPath = path.join(RULES_DIR, 'LESSONS.md')
  expect(existsSync(ledgerPath), 'rules/LESSONS.md is missing').toBe(true)
  const ledger = readFileSync(ledgerPath, 'utf8')
  const named = new Set([...ledger.matchAll(/`([a-z][a-z0-9]*(?:-[a-z0-9]+)+|frontmatter)`/g)].map((match) => match[1] ?? ''))
  expect(ids.filter((id) => !named.has(id)), 'rules the ledger never names').toEqual([])
  expect([...named].filter((id) => !ids.includes(id) && !/^(lessonlint|rules-ilo)/.test(id)), 'ids in the ledger that are not rules').toEqual([])
})
