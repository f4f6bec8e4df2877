import {describe, expect, it} from 'vitest'
import {buildModel, proposalVerdict} from '../../src/model/index.js'

const verdict = (text: string) => proposalVerdict(buildModel(text))

describe('what is a proposal', () => {
  it('a README with installation and usage sections is not, and says why', () => {
    const result = verdict('# mytool\n\n## Installation\n\nnpm i mytool\n\n## Usage\n\nRun it.\n\n## License\n\nMIT\n')
    expect(result.proposal).toBe(false)
    expect(result.reason).toMatch(/^no proposal section heading, no proposal front matter; at least 2 section kinds/)
  })

  it('one proposal-like heading is not enough (a changelog may have "Budget")', () => {
    expect(verdict('# Changelog\n\n## Budget module\n\nFixed rounding.\n').proposal).toBe(false)
  })

  it.each([
    ['# Empleo juvenil\n\n## Objetivos\n\nX.\n\n## Presupuesto\n\nY.\n', /headings of 2 proposal section kinds \(objectives, budget\)/],
    ['# Emplois verts\n\n## 2. Activités\n\nX.\n\n## 6. Risques et mesures d’atténuation\n\nY.\n', /\(activities, risks\)/],
    ['---\nthemes: [migration]\n---\n# Draft\n\nText.\n', /front matter has the proposal key `themes`/],
    ['# Concept Note: Social security for riders\n\n## Why this matters\n\nX.\n', /the title names a proposal/],
    ['# Note conceptuelle : protection sociale\n\nTexte.\n', /the title names a proposal/],
  ])('%s is one', (text, reason) => {
    const result = verdict(text)
    expect(result.proposal).toBe(true)
    expect(result.reason).toMatch(reason)
  })

  it('front matter lessonlint.proposal decides either way', () => {
    expect(verdict('---\nlessonlint:\n  proposal: true\n---\n# Notes\n\nText.\n')).toEqual({proposal: true, reason: 'front matter says `lessonlint.proposal: true`'})
    expect(verdict('---\nlessonlint:\n  proposal: false\n---\n# Proposal\n\n## Objectives\n\nX.\n\n## Budget\n\nY.\n').proposal).toBe(false)
  })
})
