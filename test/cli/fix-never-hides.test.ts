// A fix never hides a problem: after --fix inserts skeleton headings, the
// skeletons are still reported until a person writes them (issue reproducer:
// delete the Risks section of a sample proposal, run --fix).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {lessonlint, ROOT, tempProject} from './helpers.js'

let project: ReturnType<typeof tempProject>
beforeAll(() => {
  const sample = readFileSync(join(ROOT, 'fixtures/01-jordan-refugee-skills.md'), 'utf8')
  // Drop the Risks section: from its heading to the next heading of the same level.
  const withoutRisks = sample.replace(/^## [^\n]*Risk[^\n]*\n[\s\S]*?(?=^## )/mu, '')
  expect(withoutRisks).not.toBe(sample)
  project = tempProject({'proposal.md': withoutRisks, 'todo.md': '# Clean water\n\n## Objectives\n\nWater for 40 villages.\n\n## Risks\n\nTBD\n'})
})
afterAll(() => project.cleanup())

test('after --fix, the inserted skeleton is still reported at its heading, and the run fails', () => {
  const before = JSON.parse(lessonlint(['proposal.md', '--format', 'json'], {cwd: project.dir}).stdout)[0].messages
  expect(before.find((m: {ruleId: string}) => m.ruleId === 'required-sections').message).toMatch(/^The proposal has no risks section\./)

  const fixed = lessonlint(['proposal.md', '--fix', '--format', 'json'], {cwd: project.dir})
  expect(fixed.status).toBe(1)
  const text = readFileSync(join(project.dir, 'proposal.md'), 'utf8')
  const headingLine = text.split('\n').findIndex((line) => line === '## Risks and assumptions') + 1
  expect(headingLine).toBeGreaterThan(0)
  const after = JSON.parse(fixed.stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'required-sections')
  expect(after).toEqual([
    expect.objectContaining({line: headingLine, column: 1, message: expect.stringMatching(/^The risks section still holds only a placeholder\./)}),
  ])
})

test('a section that says only "TBD" is reported as a placeholder, not taken as written', () => {
  const run = lessonlint(['todo.md', '--format', 'compact', '--rule', 'required-sections:error'], {cwd: project.dir})
  expect(run.stdout).toContain('todo.md:7:1: error required-sections The risks section still holds only a placeholder.')
})
