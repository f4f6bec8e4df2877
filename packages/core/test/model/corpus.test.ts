import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import type {SectionKind} from '../../src/types.js'

const CORPUS = '/work/shared/corpus'
const files = (() => {
  try {
    return readdirSync(CORPUS).filter((name) => /^\d.*\.md$/.test(name))
  } catch {
    return []
  }
})()

describe.skipIf(files.length === 0)('corpus proposals', () => {
  it.each(files)('%s builds a model', (name) => {
    const text = readFileSync(join(CORPUS, name), 'utf8')
    const model = buildModel(text, {filePath: name})
    expect(model.filePath).toBe(name)
    expect(model.title?.depth).toBe(1)
    expect(model.sections.length).toBeGreaterThan(4)
    expect(model.sectionsOf('objectives').length + model.sectionsOf('activities').length).toBeGreaterThan(0)
    expect(model.sentences().length).toBeGreaterThan(20)
    expect(model.frontMatter?.errors ?? []).toEqual([])
    for (const section of model.sections) {
      expect(model.text.slice(section.heading.range.start.offset).startsWith(section.heading.style === 'bold' ? '**' : '#')).toBe(true)
    }
  })

  it('recognises the kinds the checklist requires in the complete proposals', () => {
    const required: SectionKind[] = ['objectives', 'activities', 'budget', 'monitoring', 'risks', 'sustainability']
    for (const name of ['02-kenya-domestic-workers-gulf.md', '09-morocco-quality-apprenticeships.md']) {
      const model = buildModel(readFileSync(join(CORPUS, name), 'utf8'))
      for (const kind of required) expect(model.sectionsOf(kind).length, `${name} ${kind}`).toBeGreaterThan(0)
    }
  })

  it('finds the empty sustainability heading and the zero gender line', () => {
    const colombia = buildModel(readFileSync(join(CORPUS, '08-colombia-domestic-workers.md'), 'utf8'))
    const sustainability = colombia.sectionsOf('sustainability')[0]!
    expect(sustainability.hasContent).toBe(false)
    const bangladesh = buildModel(readFileSync(join(CORPUS, '04-bangladesh-garment-osh.md'), 'utf8'))
    const budget = bangladesh.tables.find((table) => table.section?.isIn('budget'))!
    const gender = budget.rows.find((row) => /gender/i.test(row.cell('item')?.text ?? ''))!
    expect(gender.cell('amount')?.amount).toEqual({kind: 'none', reason: 'zero'})
    expect(gender.cell('amount')?.range.start.line).toBe(102)
  })
})
