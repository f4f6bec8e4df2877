// The presets a user picks in `extends`, as the CLI applies them to a proposal.
import {afterAll, beforeAll, expect, test} from 'vitest'
import {lessonlint, tempProject} from './helpers.js'

// An NGO proposal with a training component and no ILO partner: the ILO pack's
// institutional advice (ITC-ILO, social partners...) fires under recommended only.
const NGO_PROPOSAL = `# Clean cookstoves for women's cooperatives in Malawi

## Objectives

Reduce indoor air pollution in 30 villages.

## Activities

- Hands-on workshops for 120 cooperative members on building and selling cookstoves.
`

let project: ReturnType<typeof tempProject>
beforeAll(() => {
  project = tempProject({
    'ilo/.lessonlintrc.json': JSON.stringify({extends: 'lessonlint:recommended'}),
    'ilo/proposal.md': NGO_PROPOSAL,
    'ngo/.lessonlintrc.json': JSON.stringify({extends: 'lessonlint:development'}),
    'ngo/proposal.md': NGO_PROPOSAL,
  })
})
afterAll(() => project.cleanup())

function ruleIds(dir: string): string[] {
  const run = lessonlint(['proposal.md', '--format', 'json'], {cwd: `${project.dir}/${dir}`})
  expect(run.status).toBe(1)
  return [...new Set((JSON.parse(run.stdout)[0].messages as Array<{ruleId: string}>).map((m) => m.ruleId))].sort()
}

test('lessonlint:development drops the ILO-institutional rules and keeps the general lessons', () => {
  const ilo = ruleIds('ilo')
  const development = ruleIds('ngo')
  for (const id of ['itcilo-link', 'social-partners', 'participation-balance']) {
    expect(ilo).toContain(id)
    expect(development).not.toContain(id)
  }
  for (const id of ['gender-budget', 'training-needs-assessment', 'evaluation-plan', 'required-sections']) {
    expect(development).toContain(id)
  }
})

test('--print-config shows the development preset with the institutional rules off', () => {
  const run = lessonlint(['--print-config', 'proposal.md'], {cwd: `${project.dir}/ngo`})
  expect(run.status).toBe(0)
  const {rules} = JSON.parse(run.stdout) as {rules: Record<string, [string]>}
  expect(rules['itcilo-link']).toBeUndefined()
  expect(rules['gender-budget']?.[0]).toBe('error')
})
