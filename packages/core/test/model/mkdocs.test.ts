import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'

/** Each sentence's text and the document's text at its range: the two agree when positions were moved right. */
const sentencesOf = (text: string) =>
  buildModel(text)
    .sentences({includeHeadings: false})
    .map((sentence) => [sentence.text, text.slice(sentence.range.start.offset, sentence.range.end.offset)])

describe('MkDocs blocks over indented content', () => {
  it('read a content tab as its title and the Markdown it holds, not as code', () => {
    const text = '## Partners\n\n=== "Nepal"\n\n    - Outreach through the union help desks.\n    - Bridging courses in **CTEVT** schools.\n\n=== "Sri Lanka"\n\n    Job matching through the public job centres.\n'
    expect(sentencesOf(text)).toEqual([
      ['Nepal', 'Nepal'],
      ['Outreach through the union help desks.', 'Outreach through the union help desks.'],
      ['Bridging courses in CTEVT schools.', 'Bridging courses in **CTEVT** schools.'],
      ['Sri Lanka', 'Sri Lanka'],
      ['Job matching through the public job centres.', 'Job matching through the public job centres.'],
    ])
    const model = buildModel(text)
    expect(model.listItems).toHaveLength(2)
    expect(model.sentences({includeHeadings: false})[1]!.range.start).toMatchObject({line: 5, column: 7})
  })

  it('read an admonition whose content follows its marker with no blank line, and a collapsible one without a title', () => {
    const text = '!!! note "Assumption"\n    The ministry keeps its assessors.\n    They test 40 people a month.\n\n??? warning\n\n\tNo exit strategy yet.\n'
    expect(sentencesOf(text)).toEqual([
      ['Assumption', 'Assumption'],
      ['The ministry keeps its assessors.', 'The ministry keeps its assessors.'],
      ['They test 40 people a month.', 'They test 40 people a month.'],
      ['No exit strategy yet.', 'No exit strategy yet.'],
    ])
  })

  it('leave a fenced code block, and indented code after no marker, as code', () => {
    const text = '=== "R"\n\n```r\ntotal <- 1\n```\n\nText.\n\n    indented code\n'
    expect(sentencesOf(text).map(([sentence]) => sentence)).toEqual(['R', 'Text.'])
  })

  it('leave out abbreviation definitions and snippet includes, which are no prose', () => {
    const text = 'The RPL centres open in month 3.\n\n--8<-- "annexes/budget.md"\n\n*[RPL]: Recognition of prior learning\n*[MFLM]: Multilateral Framework on Labour Migration\n'
    expect(sentencesOf(text).map(([sentence]) => sentence)).toEqual(['The RPL centres open in month 3.'])
  })

  it('leave out the includes an AsciiDoc conversion left as text, whose files are not in the proposal', () => {
    const text = '## 9. Sustainability\n\ninclude::chapters/09-sustainability.adoc[leveloffset=+1]\n\nThe include:: macro of AsciiDoc pulls in a file.\n'
    expect(sentencesOf(text).map(([sentence]) => sentence)).toEqual(['The include:: macro of AsciiDoc pulls in a file.'])
  })

  it('parse a document with such blocks in full again after an edit, as the first time', () => {
    const first = '## Plan\n\n=== "Kenya"\n\n    Help desks in four towns.\n'
    const model = buildModel(first)
    const edited = buildModel(first.replace('four', 'five'), {previous: model})
    expect(edited.sentences({includeHeadings: false}).map((sentence) => sentence.text)).toEqual(['Kenya', 'Help desks in five towns.'])
    // A Quarto callout's title stays its title when the paragraph under it is edited.
    const callout = '## Genre\n\n::: {.callout-warning}\n## À compléter\n\nTexte un.\n\nTexte deux.\n:::\n'
    const again = buildModel(callout.replace('un.', 'premier.'), {previous: buildModel(callout)})
    expect(again.sections.map((section) => section.heading.title)).toEqual(['Genre'])
  })
})
