// The real pack on a labelled proposal of the shared corpus, in the format CI consumes.
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {expectNoStackTrace, lessonlint, ROOT, validateSarif} from './helpers.js'

const CORPUS = join(ROOT, '..', 'shared', 'corpus')
const FILE = join(CORPUS, '04-bangladesh-garment-osh.md')

test.skipIf(!existsSync(FILE))('04-bangladesh-garment-osh.md as SARIF: valid, exit 1, frontmatter at line 8', () => {
  const run = lessonlint(['--format', 'sarif', FILE], {cwd: ROOT})
  expect(run.status).toBe(1)
  expectNoStackTrace(run.stderr)
  const log = JSON.parse(run.stdout)
  expect(validateSarif(log)).toEqual({valid: true, errors: '[]'})
  const results = log.runs[0].results as any[]
  const frontmatter = results.filter((r) => r.ruleId === 'frontmatter')
  expect(frontmatter.map((r) => r.locations[0].physicalLocation.region.startLine)).toEqual([8])
  expect(frontmatter[0].level).toBe('error')
  // Outside the repository: an absolute file URI.
  expect(frontmatter[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*04-bangladesh-garment-osh\.md$/)
})
