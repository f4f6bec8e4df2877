import {describe, expect, it} from 'vitest'
import {mermaidLabels} from '../../src/model/diagrams.js'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/lexicon.js'

/** The labels of the first fenced block of `source`, each with the source text its offsets cover. */
function labelsOf(source: string): Array<[string, string]> {
  const start = source.indexOf('```')
  const end = source.indexOf('```', start + 3) + 3
  return mermaidLabels(source, start, end).map(({text, offsets}) => [text, source.slice(offsets[0], offsets.at(-1))])
}

const fenced = (...lines: string[]) => ['# Plan', '', '```mermaid', ...lines, '```', ''].join('\n')

describe('the labels of a Mermaid diagram', () => {
  it("read a flowchart's nodes in each shape, its edges and subgraphs, and nothing of its syntax", () => {
    const source = fenced(
      'flowchart LR',
      '    %% theory of change',
      '    subgraph ACT [Activities]',
      '        A1[Training of trainers<br/>with the ITC-ILO] --> P1(("40 trainers certified (2026)"))',
      '    end',
      '    A1-->|co-delivers the course|B{{Assumption: the ministry releases staff}}',
      '    B -. technical support .-> C>Labour Migration Branch]',
      '    classDef output fill:#eee',
      '    class P1 output',
    )
    expect(labelsOf(source)).toEqual([
      ['Activities', 'Activities'],
      ['Training of trainers with the ITC-ILO', 'Training of trainers<br/>with the ITC-ILO'],
      ['40 trainers certified (2026)', '40 trainers certified (2026)'],
      ['co-delivers the course', 'co-delivers the course'],
      ['Assumption: the ministry releases staff', 'Assumption: the ministry releases staff'],
      ['technical support', 'technical support'],
      ['Labour Migration Branch', 'Labour Migration Branch'],
    ])
  })

  it("read a Gantt chart's title, sections and task names, not its dates", () => {
    const source = fenced(
      'gantt',
      '    title Workplan (24 months)',
      '    dateFormat YYYY-MM-DD',
      '    axisFormat %b %y',
      '    section Output 1',
      '    Training needs assessment        :a1, 2026-01-05, 60d',
      '    Tracer survey six months later   :milestone, m1, after a1, 0d',
    )
    expect(labelsOf(source).map(([text]) => text)).toEqual(['Workplan (24 months)', 'Output 1', 'Training needs assessment', 'Tracer survey six months later'])
  })

  it('read the words of sequence diagrams, pies, mind maps and timelines', () => {
    expect(labelsOf(fenced('sequenceDiagram', '    participant U as Union help desk', '    U->>M: refers complaints monthly', '    loop Every quarter', '    end')).map(([text]) => text)).toEqual([
      'Union help desk',
      'refers complaints monthly',
      'Every quarter',
    ])
    expect(labelsOf(fenced('pie title Budget shares', '    "Gender activities" : 120000', '    "Training" : 300000')).map(([text]) => text)).toEqual([
      'Budget shares',
      'Gender activities',
      'Training',
    ])
    expect(labelsOf(fenced('mindmap', '  root((Decent work))', '    Coaching after the workshops')).map(([text]) => text)).toEqual(['Decent work', 'Coaching after the workshops'])
    expect(labelsOf(fenced('timeline', '    2026 : Baseline survey : Training of trainers')).map(([text]) => text)).toEqual(['Baseline survey', 'Training of trainers'])
  })

  it('read the same labels whatever ends the lines', () => {
    const lines = ['gantt', '    section Output 1', '    Coaching on board :a2, after a1, 180d']
    const labels = (eol: string) => labelsOf(['# Plan', '', '```mermaid', ...lines, '```', ''].join(eol)).map(([text]) => text)
    expect(labels('\r')).toEqual(['Output 1', 'Coaching on board'])
    expect(labels('\r\n')).toEqual(labels('\n'))
    expect(labels('\r')).toEqual(labels('\n'))
  })

  it('leave a diagram kind they do not know as code', () => {
    expect(labelsOf(fenced('erDiagram', '    PROJECT ||--o{ OUTPUT : "has"'))).toEqual([])
  })
})

describe('a proposal reads its diagrams', () => {
  const ITCILO = defineLexicon('itcilo in diagrams', {en: ['ITC-ILO']})

  it("as running text of the section they are in, at the label's place in the source", () => {
    const text = ['# Plan', '', '## Workplan', '', '```mermaid', 'gantt', '    section Output 1', '    Course co-delivered with the ITC-ILO :c1, 2026-03-01, 10d', '```', ''].join('\n')
    const [match] = buildModel(text).find(ITCILO)
    expect(match?.section?.heading.title).toBe('Workplan')
    expect(match?.range.start.line).toBe(8)
    expect(text.slice(match!.range.start.offset, match!.range.end.offset)).toBe('ITC-ILO')
  })

  it('but not other code', () => {
    const text = ['# Plan', '', '## Workplan', '', '```text', 'Course co-delivered with the ITC-ILO', '```', ''].join('\n')
    expect(buildModel(text).find(ITCILO)).toEqual([])
  })
})
