import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import type {Range} from '../../src/types.js'

const slice = (text: string, range: Range) => text.slice(range.start.offset, range.end.offset)

describe('indicators', () => {
  it('takes the metric column of a product dashboard, as an indicator column', () => {
    const text = ['# T', '', '## Seguimiento', '', '| Métrica | Línea de base | Meta final |', '|---|---|---|', '| Personas usuarias registradas | 0 | 40 000 |', '| Consultas resueltas | 0 | 9 000 |', ''].join('\n')
    expect(buildModel(text).indicators.map((indicator) => indicator.text)).toEqual(['Personas usuarias registradas', 'Consultas resueltas'])
    expect(buildModel(text.replace('Métrica', 'Metric')).indicators).toHaveLength(2)
  })

  it('takes the indicator column of an indicator table, skipping empty cells', () => {
    const text = [
      '# T',
      '',
      '## 7. Monitoring and evaluation',
      '',
      '| Indicator | Baseline | Target (month 36) |',
      '|---|---|---|',
      '| Number of officials trained, by sex | 0 | 40 |',
      '|  | 0 | 10 |',
      '| Number of fishers joining a union | 0 | 1,500 |',
      '',
    ].join('\n')
    const model = buildModel(text)
    expect(model.indicators.map((indicator) => indicator.text)).toEqual([
      'Number of officials trained, by sex',
      'Number of fishers joining a union',
    ])
    const first = model.indicators[0]!
    expect(first.fullText).toBe('Number of officials trained, by sex | 0 | 40')
    expect(first.range.start).toEqual({line: 7, column: 1, offset: text.indexOf('| Number of officials')})
    expect(slice(text, first.range)).toBe('| Number of officials trained, by sex | 0 | 40 |')
    expect(first.row).toBe(model.tables[0]!.rows[0])
    expect(first.item).toBeNull()
    expect(first.section?.heading.title).toBe('Monitoring and evaluation')
  })

  it('reads indicator items abbreviated as notes write them: "nb de", "% d\'", "N.º de"', () => {
    const text = ['# T', '', '## Suivi-évaluation', '', "- nb de maîtres artisans formés", "- % d'apprentis qui réussissent le CQM", '- N.º de delegadas formadas', '- nbre total à voir', ''].join('\n')
    expect(buildModel(text).indicators.map((indicator) => indicator.text)).toEqual([
      'nb de maîtres artisans formés',
      "% d'apprentis qui réussissent le CQM",
      'N.º de delegadas formadas',
    ])
  })

  it('reads logframe tables whose indicator column is not the first', () => {
    const text = [
      '# T',
      '',
      '## Annex 1 – Logical framework',
      '',
      '| Results | Indicators | Baseline | Target | Means of verification |',
      '|---|---|---|---|---|',
      '| Outcome 1: Fair recruitment | Percentage of workers paying no fees (women/men) | 10% | 60% | Survey |',
      '| Output 1.1 | Number of agencies inspected | 0 | 250 | Inspection records |',
      '',
      '| Résultat | Indicateur | Cible |',
      '|---|---|---|',
      '| R1 | Nombre de femmes formées | 300 |',
      '',
    ].join('\n')
    const model = buildModel(text)
    expect(model.sections.at(-1)!.kinds).toEqual(['monitoring'])
    expect(model.indicators.map((indicator) => indicator.text)).toEqual([
      'Percentage of workers paying no fees (women/men)',
      'Number of agencies inspected',
      'Nombre de femmes formées',
    ])
    expect(model.indicators[0]!.row?.cell('target')?.text).toBe('60%')
    expect(model.indicators[1]!.range.start.line).toBe(8)
  })

  it('reads French indicator items whose "de" elides before a vowel', () => {
    const text = [
      '# T',
      '',
      '## Cadre de résultats',
      '',
      "- 1.1 Nombre d'inspecteurs formés",
      "- 1.2 Taux d’emploi des diplômés à six mois",
      "- 1.3 Ateliers d'écoute organisés",
      '',
    ].join('\n')
    expect(buildModel(text).indicators.map((indicator) => indicator.text)).toEqual([
      "1.1 Nombre d'inspecteurs formés",
      '1.2 Taux d’emploi des diplômés à six mois',
    ])
  })

  it('ignores tables without an indicator column', () => {
    const model = buildModel('# T\n\n## Monitoring\n\n| Risk | Mitigation |\n|---|---|\n| Number of delays | Plan |\n')
    expect(model.indicators).toEqual([])
    const budget = buildModel('# T\n\n## Budget\n\n| Item | Indicative amount |\n|---|---|\n| Staff | 10,000 |\n')
    expect(budget.indicators).toEqual([])
  })

  it('takes the target cells of an activities table that state indicators, and only those', () => {
    const text = [
      '# T',
      '',
      '## Activities',
      '',
      '| Activity | Description | Target |',
      '|---|---|---|',
      '| C1 Policy | Draft a ministerial resolution | Draft submitted to the minister |',
      '| C3 Certification | Certification of migrants in 12 occupations | Number of migrants certified: 1,200 |',
      '| C4 Courses | Course for counsellors | Nombre de conseillers formés, femmes/hommes : 40 |',
      '| C5 Visits | Field visits | 12 visits, number of sites to be agreed |',
    ].join('\n')
    expect(buildModel(text).indicators.map((indicator) => indicator.text)).toEqual([
      'Number of migrants certified: 1,200',
      'Nombre de conseillers formés, femmes/hommes : 40',
    ])
  })

  it('takes the items of a list under "### Indicators" in an M&E section', () => {
    const text = [
      '# T',
      '',
      '## 6. Monitoring, evaluation and learning',
      '',
      '### 6.1 Indicators',
      '',
      '- Inspectors trained in interview procedures, by sex',
      '  - baseline 0, target 200',
      '- Ports with a Khmer interpreter on call',
      '',
      '### 6.2 Evaluations',
      '',
      '- A mid-term evaluation at month 18.',
      '- Number of monitoring visits held with the steering committee',
      '',
    ].join('\n')
    const model = buildModel(text)
    expect(model.indicators.map((indicator) => indicator.text)).toEqual([
      'Inspectors trained in interview procedures, by sex',
      'Ports with a Khmer interpreter on call',
      'Number of monitoring visits held with the steering committee',
    ])
    const first = model.indicators[0]!
    expect(first.item).toBe(model.listItems[0])
    expect(first.fullText).toBe('Inspectors trained in interview procedures, by sex baseline 0, target 200')
    expect(first.range.start).toMatchObject({line: 7, column: 1})
    expect(first.section?.heading.title).toBe('Indicators')
    expect(first.row).toBeNull()
  })

  it('takes items introduced by a lead-in naming indicators, and indicator-like items only in monitoring sections', () => {
    const text = [
      '# T',
      '',
      '## Objectives',
      '',
      '- Number of workers covered by social security',
      '',
      'The project will track these indicators:',
      '',
      '- Share of complaints resolved within 30 days',
      '',
      '## Suivi et évaluation',
      '',
      '- Pourcentage de femmes parmi les apprentis',
      '- Une évaluation finale indépendante',
      '',
    ].join('\n')
    const model = buildModel(text)
    expect(model.indicators.map((indicator) => indicator.text)).toEqual([
      'Share of complaints resolved within 30 days',
      'Pourcentage de femmes parmi les apprentis',
    ])
  })

  it('takes the lines of a paragraph lettered one by one ("a) …", "(b) …", "iv. …") as items, where a list would be', () => {
    const text = [
      '# T',
      '',
      '## 5. Suivi',
      '',
      '### Indicateurs',
      '',
      'a) Nombre de **jeunes** placés en entreprise',
      '(b) Taux de satisfaction des employeurs  ',
      'iv. Nombre de guides publiés',
      '',
      '## 6. Activités',
      '',
      'Les indicateurs suivants seront suivis :',
      '',
      'a) Nombre de conseillers formés',
      'b) Part des femmes parmi les conseillers',
      '',
      'a) Une session par trimestre',
      'b) Un rapport par an',
      '',
      'a) Nombre de visites',
      'et un rapport final.',
      '',
    ].join('\n')
    const model = buildModel(text)
    expect(model.indicators.map((indicator) => indicator.text)).toEqual([
      'Nombre de jeunes placés en entreprise',
      'Taux de satisfaction des employeurs',
      'Nombre de guides publiés',
      'Nombre de conseillers formés',
      'Part des femmes parmi les conseillers',
    ])
    const second = model.indicators[1]!
    expect(slice(text, second.range)).toBe('(b) Taux de satisfaction des employeurs')
    expect(second.range.start).toEqual({line: 8, column: 1, offset: text.indexOf('(b)')})
    expect(second.item?.ordered).toBe(true)
    expect(second.row).toBeNull()
    expect(model.indicators[3]!.section?.heading.title).toBe('Activités')
  })

  it('reads a bold indicator paragraph that heads its details once, with its details', () => {
    const text = [
      '# P',
      '',
      '## Indicadores',
      '',
      '**Indicador 1.2. Personas negociadoras formadas en negociación colectiva**',
      '',
      '- *Desglose:* mujeres / hombres.',
      '- *Meta:* 80.',
      '',
      '**Indicador 2.1. Trabajadores portuarios afiliados**',
      '',
      '- *Meta:* 2.600.',
      '',
    ].join('\n')
    const model = buildModel(text)
    expect(model.indicators.map((indicator) => indicator.text)).toEqual(['Personas negociadoras formadas en negociación colectiva', 'Trabajadores portuarios afiliados'])
    expect(model.indicators[0]!.fullText).toContain('mujeres / hombres')
  })

  it('reads the statements of a cell that <br> separates as indicators of their own, each with the lines beside it', () => {
    const text = [
      '# T',
      '',
      '## Results framework',
      '',
      '| Output | Indicators | Baseline | Target |',
      '|---|---|---|---|',
      '| 1.3 Staff trained | Number of labour officers trained<br>% of participants passing the post-test (women/men)<br>(from course records) | 0<br>n/a | 75<br>80 % |',
      '| 1.4 Guide | Number of officers trained<br>(by sex) | 0 | 40 |',
      '',
    ].join('\n')
    const model = buildModel(text)
    // "(from course records)" opens no statement: it goes on the one before; "(by sex)" keeps its cell one indicator.
    expect(model.indicators.map((indicator) => indicator.text)).toEqual([
      'Number of labour officers trained',
      '% of participants passing the post-test (women/men) (from course records)',
      'Number of officers trained (by sex)',
    ])
    const [first, second, third] = model.indicators
    expect(slice(text, first!.range)).toBe('Number of labour officers trained')
    expect(first!.fullText).toBe('1.3 Staff trained | Number of labour officers trained | 0 | 75')
    expect(second!.fullText).toBe('1.3 Staff trained | % of participants passing the post-test (women/men) (from course records) | n/a | 80 %')
    expect(first!.row).toBe(model.tables[0]!.rows[0])
    expect(slice(text, third!.range)).toBe('| 1.4 Guide | Number of officers trained<br>(by sex) | 0 | 40 |')
  })

  it("reads a form field labelled as indicators: each statement of its value, or the value when it holds one", () => {
    const text = [
      '# T',
      '',
      '## Tab 6 · Monitoring',
      '',
      '| Field | Response |',
      '|---|---|',
      '| **Indicators** *(List up to 6 outcome indicators.)* | 1) Number of workers trained (women/men)<br>2) Number of agencies certified |',
      '| Indicadores clave | Número de inspectoras e inspectores formados |',
      '| Monitoring arrangements | The officer keeps the indicator tracking sheet. |',
      '| Number of indicators | 2 |',
      '',
    ].join('\n')
    const model = buildModel(text)
    // The help text in brackets is no part of the label; a field that only mentions indicators holds none.
    expect(model.indicators.map((indicator) => indicator.text)).toEqual([
      '1) Number of workers trained (women/men)',
      '2) Number of agencies certified',
      'Número de inspectoras e inspectores formados',
    ])
    expect(slice(text, model.indicators[1]!.range)).toBe('2) Number of agencies certified')
    expect(model.indicators[0]!.row).toBe(model.tables[0]!.rows[0])
  })

  it('reads the statement of a bold indicator label that breaks across lines the same with any line endings', () => {
    const source = '# T\n\n## Monitoring\n\n**Indicator\n D — Injuries.** Number of workers injured per 1,000 workers.\n'
    for (const eol of ['\n', '\r\n', '\r']) {
      const [indicator] = buildModel(source.replace(/\n/g, eol)).indicators
      expect(indicator?.text).toBe('Injuries. Number of workers injured per 1,000 workers.')
    }
  })
})

describe('a column that reads as indicators under a header in other words', () => {
  it('takes the column whose cells count, two in three of them', () => {
    const text = [
      '# T',
      '',
      '## Comment nous saurons que ça marche',
      '',
      '| Ce que nous allons compter | Au départ | À la fin |',
      '|---|---|---|',
      "| Nombre d'enfants qui travaillent sur les sites | 412 | 150 |",
      '| 1.2 Nombre de parents venus aux causeries | 0 | 1 500 |',
      '| Les comités font leurs tournées | non | oui |',
      '',
    ].join('\n')
    expect(buildModel(text).indicators.map((indicator) => indicator.text)).toEqual([
      "Nombre d'enfants qui travaillent sur les sites",
      '1.2 Nombre de parents venus aux causeries',
      'Les comités font leurs tournées',
    ])
  })

  it('leaves a table whose cells only now and then count', () => {
    const text = [
      '# T',
      '',
      '## Budget',
      '',
      '| Line | USD |',
      '|---|---|',
      '| Number of trips: 4 | 8,000 |',
      '| Staff | 90,000 |',
      '| Equipment | 12,000 |',
      '',
    ].join('\n')
    expect(buildModel(text).indicators).toEqual([])
  })
})
