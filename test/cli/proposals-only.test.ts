// A repository that mixes proposals with ordinary Markdown: a run over the whole
// tree lints the proposals only; named paths are always linted; --print-config
// and explain say why a file is or is not treated as a proposal.
import {afterAll, beforeAll, expect, test} from 'vitest'
import {lessonlint, tempProject} from './helpers.js'

const PROPOSAL = '# Decent work for riders\n\n## Objectives\n\nSocial security for 2,000 riders.\n\n## Activities\n\nRegister riders with the fund.\n'
const README = '# riders-app\n\n## Installation\n\nnpm install\n\n## Usage\n\nRun it.\n'
const CHANGELOG = '# Changelog\n\n## 1.2.0\n\n- Budget export fixed.\n'
const MARKED = '---\nlessonlint:\n  proposal: true\n---\n# Early draft\n\nWe will train inspectors.\n'

let project: ReturnType<typeof tempProject>
beforeAll(() => {
  project = tempProject({
    'README.md': README,
    'CHANGELOG.md': CHANGELOG,
    'docs/guide.md': README,
    'proposals/riders.md': PROPOSAL,
    'drafts/early.md': MARKED,
  })
})
afterAll(() => project.cleanup())

function lintedFiles(args: string[]): string[] {
  const run = lessonlint([...args, '--format', 'json'], {cwd: project.dir})
  expect(run.stderr).toBe('')
  return (JSON.parse(run.stdout) as Array<{filePath: string}>).map((result) => result.filePath).sort()
}

test('with no paths, only the proposals are linted: the README, changelog and docs page are skipped', () => {
  expect(lintedFiles([])).toEqual(['drafts/early.md', 'proposals/riders.md'])
})

test('a path named on the command line is always linted, proposal or not', () => {
  expect(lintedFiles(['README.md'])).toEqual(['README.md'])
  expect(lintedFiles(['.'])).toEqual(['CHANGELOG.md', 'README.md', 'docs/guide.md', 'drafts/early.md', 'proposals/riders.md'])
})

test('--print-config says whether a file is treated as a proposal, and why', () => {
  const readme = JSON.parse(lessonlint(['--print-config', 'README.md'], {cwd: project.dir}).stdout)
  expect(readme.proposal.proposal).toBe(false)
  expect(readme.proposal.reason).toMatch(/^no proposal section heading/)
  const proposal = JSON.parse(lessonlint(['--print-config', 'proposals/riders.md'], {cwd: project.dir}).stdout)
  expect(proposal.proposal).toEqual({proposal: true, reason: 'headings of 2 proposal section kinds (objectives, activities)'})
})

test('explain names the verdict on the file as a proposal on its second line', () => {
  const run = lessonlint(['explain', 'CHANGELOG.md', '--rule', 'evaluation-plan', '--no-color'], {cwd: project.dir})
  expect(run.status).toBe(0)
  expect(run.stdout.split('\n')[1]).toMatch(/^not a proposal, so skipped by a run without paths or with --proposals-only \(a run that names it or its folder lints it\): no proposal section heading, no proposal front matter/)
})
