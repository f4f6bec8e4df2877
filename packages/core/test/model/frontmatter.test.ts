import {describe, expect, it} from 'vitest'
import {asSentence} from '../../src/model/frontmatter.js'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/index.js'
import type {Range} from '../../src/types.js'

const slice = (text: string, range: Range) => text.slice(range.start.offset, range.end.offset)

describe('front matter', () => {
  const text = [
    '---',
    'title: Safe migration for fishers',
    'themes: [migration, gender]',
    'duration_months: 24',
    'currency: USD',
    'language: fr',
    'lessonlint:',
    '  disable: [itcilo-link]',
    '---',
    '',
    '# Title',
    '',
  ].join('\n')

  it('parses the mapping and ranges every key at every level', () => {
    const model = buildModel(text)
    const frontMatter = model.frontMatter!
    expect(frontMatter.errors).toEqual([])
    expect(frontMatter.data).toEqual({
      title: 'Safe migration for fishers',
      themes: ['migration', 'gender'],
      duration_months: 24,
      currency: 'USD',
      language: 'fr',
      lessonlint: {disable: ['itcilo-link']},
    })
    expect(frontMatter.raw.startsWith('title:')).toBe(true)
    expect(frontMatter.range.start).toEqual({line: 1, column: 1, offset: 0})
    expect(frontMatter.range.end.line).toBe(9)
    const currency = frontMatter.entries.get('currency')!
    expect(currency.value).toBe('USD')
    expect(currency.keyRange.start).toMatchObject({line: 5, column: 1})
    expect(slice(text, currency.keyRange)).toBe('currency')
    expect(currency.valueRange.start).toMatchObject({line: 5, column: 11})
    expect(slice(text, currency.valueRange)).toBe('USD')
    const disable = frontMatter.entries.get('lessonlint.disable')!
    expect(disable.value).toEqual(['itcilo-link'])
    expect(disable.keyRange.start).toMatchObject({line: 8, column: 3})
    expect(slice(text, disable.valueRange)).toBe('[itcilo-link]')
    expect(frontMatter.entries.get('lessonlint')!.value).toEqual({disable: ['itcilo-link']})
    // The declared language wins over detection.
    expect(model.language).toBe('fr')
  })

  it('keeps exact ranges with CRLF line endings', () => {
    const crlf = buildModel(text.replace(/\n/g, '\r\n'))
    const currency = crlf.frontMatter!.entries.get('currency')!
    expect(currency.keyRange.start).toEqual({line: 5, column: 1, offset: crlf.text.indexOf('currency')})
    expect(slice(crlf.text, currency.valueRange)).toBe('USD')
  })

  it('reads front matter after a byte order mark, with CRLF', () => {
    const model = buildModel('\uFEFF---\r\ncurrency: EURO\r\n---\r\n\r\n# Title\r\n')
    expect(model.hadBom).toBe(true)
    const currency = model.frontMatter!.entries.get('currency')!
    expect(currency.keyRange.start).toEqual({line: 2, column: 1, offset: 5})
    expect(currency.valueRange).toEqual({start: {line: 2, column: 11, offset: 15}, end: {line: 2, column: 15, offset: 19}})
    expect(model.title?.range.start).toEqual({line: 5, column: 1, offset: 28})
  })

  it('reports invalid YAML on its line and still builds the rest of the model', () => {
    const broken = ['---', 'title: Fine', 'themes: [migration, gender', 'currency: USD', '---', '', '# Title', '', '## Budget', '', 'Text.', ''].join('\n')
    const model = buildModel(broken)
    const frontMatter = model.frontMatter!
    expect(frontMatter.data).toBeNull()
    expect(frontMatter.errors.length).toBeGreaterThan(0)
    const lines = frontMatter.errors.map((error) => error.range.start.line)
    for (const line of lines) expect(line).toBeGreaterThanOrEqual(2)
    for (const line of lines) expect(line).toBeLessThanOrEqual(4)
    expect(frontMatter.errors[0]!.message).not.toBe('')
    expect(model.sections.map((section) => section.heading.title)).toEqual(['Title', 'Budget'])
  })

  it('gives each YAML error as one sentence with a full stop, so that a message built on it reads on', () => {
    const unclosed = buildModel(['---', 'title: Fine', 'themes: [migration, gender', 'currency: USD', '---', '# T', ''].join('\n')).frontMatter!
    expect(unclosed.errors.map((error) => error.message)).toContain(
      'Flow sequence in block collection must be sufficiently indented and end with a ].',
    )
    const compact = buildModel('---\ntitle: a: b\n---\n# T\n').frontMatter!
    expect(compact.errors.map((error) => error.message)).toEqual(['Nested mappings are not allowed in compact mappings.'])
    for (const error of [...unclosed.errors, ...compact.errors]) expect(error.message).toMatch(/^[^\n]*[^:\s][.!?]$/)
  })

  it('makes a sentence of a parser message: first line, no trailing colon, a full stop', () => {
    expect(asSentence('Implicit keys need to be on a single line at line 1, column 1:\n\nbad\n^^^\n')).toBe(
      'Implicit keys need to be on a single line at line 1, column 1.',
    )
    expect(asSentence('Map keys must be unique')).toBe('Map keys must be unique.')
    expect(asSentence('Already a sentence.')).toBe('Already a sentence.')
    expect(asSentence('')).toBe('The YAML does not parse.')
  })

  it('reports a bad indentation on the offending line', () => {
    const broken = ['---', 'title: Fine', 'lessonlint:', '  disable: [a]', ' bad: : x', '---', '# T', ''].join('\n')
    const frontMatter = buildModel(broken).frontMatter!
    expect(frontMatter.data).toBeNull()
    expect(frontMatter.errors[0]!.range.start.line).toBe(5)
  })

  it('gives null data and an error for YAML that is not a mapping', () => {
    const list = buildModel('---\n- a\n- b\n---\n# Title\n').frontMatter!
    expect(list.data).toBeNull()
    expect(list.errors).toHaveLength(1)
    expect(list.errors[0]!.message).toMatch(/mapping/)
    expect(list.errors[0]!.range.start.line).toBe(2)
    const scalar = buildModel('---\njust words\n---\n').frontMatter!
    expect(scalar.data).toBeNull()
    expect(scalar.errors[0]!.range.start.line).toBe(2)
  })

  it('treats empty front matter as an empty mapping, and no front matter as null', () => {
    const empty = buildModel('---\n---\n# Title\n').frontMatter!
    expect(empty.data).toEqual({})
    expect(empty.errors).toEqual([])
    expect(buildModel('# Title\n').frontMatter).toBeNull()
  })

  it('reports duplicate keys', () => {
    const frontMatter = buildModel('---\ncurrency: USD\ncurrency: EUR\n---\n').frontMatter!
    expect(frontMatter.data).toBeNull()
    expect(frontMatter.errors[0]!.range.start.line).toBe(3)
    expect(frontMatter.entries.get('currency')!.value).toBe('USD')
  })
})

describe('what the front matter says beyond its known keys', () => {
  const text = [
    '---',
    'title: "Fair recruitment in the corridor"',
    'themes: [migration]',
    'status: draft',
    'partners:',
    '  - name: "Ministry of Foreign Affairs"',
    '    role: Co-negotiates the agreement and runs the consular desks',
    'budget_lines:',
    '  - line: Gender expertise and training of partners',
    '    amount: 36000',
    'summary: "Two lines\\nwith an escape"',
    '---',
    '# Fair recruitment',
    '',
    'Body text.',
  ].join('\n')

  it('is read as text, each record under its key, where its values stand', () => {
    const model = buildModel(text)
    const read = model.sentences().filter((sentence) => sentence.section?.heading.style === 'field')
    expect(read.map((sentence) => [sentence.text, sentence.section?.kinds, sentence.container])).toEqual([
      ['Ministry of Foreign Affairs : Co-negotiates the agreement and runs the consular desks', ['stakeholders'], 'list-item'],
      ['Gender expertise and training of partners : 36000', ['budget'], 'list-item'],
    ])
    const found = model.find(defineLexicon('foreign ministry (front matter test)', {en: ['Ministry of Foreign Affairs']}))
    expect(found.map((match) => text.slice(match.range.start.offset, match.range.end.offset))).toEqual(['Ministry of Foreign Affairs'])
    // Not in the document's own sections: a key is a field, not a heading the proposal gives.
    expect(model.sections.map((section) => section.heading.title)).toEqual(['Fair recruitment'])
  })
})

describe('records with lists, indicators and the file\'s own metadata in the front matter', () => {
  const text = [
    '---',
    'themes: [osh]',
    'author:',
    '  - name: Ana Quispe',
    '    affiliations: ["Ministry of Labour, Peru"]',
    'indicators:',
    '  - id: I1',
    '    text: Number of mine workers trained in first aid',
    '    target: 400',
    '    disaggregation: [sex, province]',
    '    source: training registers of the mining cooperatives',
    '  - id: I2',
    '    text: Share of cooperatives with a safety committee',
    '---',
    '# Safer mines',
  ].join('\n')
  const model = buildModel(text)

  it('reads a list within a record as written, a sentence of its own between the values around it', () => {
    const read = model.sentences().filter((sentence) => sentence.section?.heading.style === 'field')
    expect(read.map((sentence) => sentence.text)).toEqual([
      'I1 : Number of mine workers trained in first aid : 400',
      'disaggregation: sex, province',
      'training registers of the mining cooperatives',
      'I2 : Share of cooperatives with a safety committee',
    ])
    const sex = read[1]!.find(defineLexicon('sex (front matter test)', {en: ['sex']}))[0]!
    expect(text.slice(sex.range.start.offset, sex.range.end.offset)).toBe('sex')
  })

  it('takes the records under a key that names indicators as indicators, each its statement and the rest of its record', () => {
    expect(model.indicators.map((indicator) => [indicator.text, indicator.section?.heading.title, indicator.range.start.line, indicator.range.end.line])).toEqual([
      ['Number of mine workers trained in first aid', 'indicators', 7, 11],
      ['Share of cooperatives with a safety committee', 'indicators', 12, 13],
    ])
    expect(model.indicators[0]!.fullText).toContain('disaggregation: sex, province')
  })

  it('leaves out what publishing tools keep about the file: an author\'s affiliation is not the proposal\'s text', () => {
    expect(model.sentences().some((sentence) => sentence.text.includes('Ministry of Labour'))).toBe(false)
  })
})
