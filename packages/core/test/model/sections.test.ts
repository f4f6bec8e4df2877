import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import type {Range} from '../../src/types.js'

const slice = (text: string, range: Range | null) => (range ? text.slice(range.start.offset, range.end.offset) : null)

describe('sections', () => {
  it('builds the tree from numbered ATX headings', () => {
    const text = [
      '# Safe Work at Sea',
      '',
      '## 1. Background',
      '',
      'Context text.',
      '',
      '## 7. Monitoring and evaluation',
      '',
      '### 7.1 Indicators',
      '',
      '- Number of inspectors trained, by sex',
      '',
      '### 7.2 Evaluations',
      '',
      'A final evaluation.',
      '',
      '',
      '## 8. Budget (USD)',
      '',
      'See table.',
      '',
    ].join('\n')
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.title, section.heading.depth, section.heading.style])).toEqual([
      ['Safe Work at Sea', 1, 'atx'],
      ['Background', 2, 'atx'],
      ['Monitoring and evaluation', 2, 'atx'],
      ['Indicators', 3, 'atx'],
      ['Evaluations', 3, 'atx'],
      ['Budget (USD)', 2, 'atx'],
    ])
    const [title, background, monitoring, indicators, evaluations, budget] = model.sections
    expect(monitoring!.heading.text).toBe('7. Monitoring and evaluation')
    expect(monitoring!.parent).toBe(title)
    expect(monitoring!.children).toEqual([indicators, evaluations])
    expect(indicators!.isIn('monitoring')).toBe(true)
    expect(background!.isIn('monitoring')).toBe(false)
    // Up to the next heading of the same level, trailing blank lines trimmed.
    expect(slice(text, monitoring!.range)).toBe(
      '## 7. Monitoring and evaluation\n\n### 7.1 Indicators\n\n- Number of inspectors trained, by sex\n\n### 7.2 Evaluations\n\nA final evaluation.',
    )
    expect(slice(text, evaluations!.contentRange)).toBe('A final evaluation.')
    expect(slice(text, budget!.range)).toBe('## 8. Budget (USD)\n\nSee table.')
    expect(monitoring!.range.end).toEqual({line: 15, column: 20, offset: evaluations!.range.end.offset})
    expect(model.title).toBe(title!.heading)
    expect(model.titleRange).toEqual(title!.heading.range)
    expect(model.sectionsOf('monitoring')).toEqual([monitoring, indicators, evaluations])
    expect(model.sectionAt(text.indexOf('Number of'))).toBe(indicators)
    expect(model.sectionAt(text.indexOf('Context'))).toBe(background)
    expect(model.sectionAt(0)).toBe(title)
  })

  it('reads setext headings', () => {
    const text = 'Proposal title\n==============\n\nRisks and assumptions\n---------------------\n\nRisk text.\n'
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.title, section.heading.depth, section.heading.style])).toEqual([
      ['Proposal title', 1, 'setext'],
      ['Risks and assumptions', 2, 'setext'],
    ])
    expect(model.sections[1]!.kinds).toEqual(['risks'])
    expect(slice(text, model.sections[1]!.heading.range)).toBe('Risks and assumptions\n---------------------')
  })

  it('takes a bold-only paragraph as a heading one level below the enclosing one', () => {
    const text = [
      '# Title',
      '',
      '## 2. Objectives',
      '',
      '**Development objective:** Women and men work in decent conditions.',
      '',
      '**Specific objectives:**',
      '',
      '1. Workers make informed choices.',
      '',
      '**Exit strategy**',
      '',
      'Handover to the ministry.',
      '',
      '## 3. Activities',
      '',
      '**Output 1 – Trained committees.** A training needs assessment comes first.',
      '',
    ].join('\n')
    const model = buildModel(text)
    const titles = model.sections.map((section) => `${section.heading.depth}:${section.heading.style}:${section.heading.title}`)
    expect(titles).toEqual([
      '1:atx:Title',
      '2:atx:Objectives',
      '3:bold:Specific objectives',
      '3:bold:Exit strategy',
      '2:atx:Activities',
    ])
    const specific = model.sections[2]!
    expect(specific.heading.text).toBe('Specific objectives:')
    expect(specific.parent?.heading.title).toBe('Objectives')
    expect(specific.isIn('objectives')).toBe(true)
    const exit = model.sections[3]!
    expect(exit.kinds).toEqual(['sustainability'])
    expect(slice(text, exit.range)).toBe('**Exit strategy**\n\nHandover to the ministry.')
    expect(model.sectionAt(text.indexOf('Workers make'))).toBe(specific)
  })

  it('reads a Word export whose only headings are bold paragraphs', () => {
    const text = '**Project title**\n\n**1. Background**\n\nText.\n\n**2. Budget**\n\n| Line | Amount |\n|---|---|\n| Staff | 1 |\n'
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.title, section.heading.depth, section.kinds])).toEqual([
      ['Project title', 1, []],
      ['Background', 1, ['background']],
      ['Budget', 1, ['budget']],
    ])
    expect(model.title?.text).toBe('Project title')
    expect(model.tables[0]!.section?.heading.title).toBe('Budget')
    expect(model.sections[0]!.hasContent).toBe(false)
  })

  it("reads a bold 'Indicators' inside an output's block as the output's part, not the proposal's M&E section", () => {
    const text = '# P\n\n## Outputs\n\n### Output 1\n\nActivities.\n\n**Indicators.**\n\n- Regulation revised (month 18).\n\n## Monitoring\n\n**Indicators**\n\n- One.\n\n## Activities\n\n**Monitoring and evaluation**\n\nQuarterly reviews.\n'
    expect(buildModel(text).sections.map((section) => [section.heading.title, section.kinds])).toEqual([
      ['P', []],
      ['Outputs', ['activities']],
      ['Output 1', ['activities']],
      ['Indicators', []],
      ['Monitoring', ['monitoring']],
      ['Indicators', ['monitoring']],
      ['Activities', ['activities']],
      ['Monitoring and evaluation', ['monitoring']],
    ])
  })

  it('does not take long bold paragraphs or bold inside lists as headings', () => {
    const long = `**${'word '.repeat(13).trim()}**`
    const model = buildModel(`# Title\n\n${long}\n\n- **Budget**\n`)
    expect(model.sections).toHaveLength(1)
  })

  it("takes a form's numbered question in bold as a heading, however long; a long bold sentence stays text", () => {
    const text = [
      '# Application export',
      '',
      '**Q17. Sustainability: what will continue after the grant ends, and who will pay for it?**',
      '',
      'The cooperatives keep the committees.',
      '',
      '**Pregunta 4. ¿Cómo participarán las organizaciones de trabajadores y de empleadores en el proyecto?**',
      '',
      'Ambas integran el comité.',
      '',
      '**We have worked with these cooperatives for ten years and know their boards well?**',
    ].join('\n')
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.style, section.kinds])).toEqual([
      ['atx', []],
      ['bold', ['sustainability']],
      ['bold', []],
    ])
  })


  it("reads a bold form field with a figure ('**Durée : 12 mois**') as a line of its section, and a numbered item's label as a heading", () => {
    const text = [
      '## Contexte',
      '',
      '**Durée : 12 mois (juillet 2026 – juin 2027)**',
      '',
      '**Budget : 260 000 USD**',
      '',
      '**Période : de février 2026 à janvier 2027**',
      '',
      'Le ministère a formé ses inspecteurs en 2019.',
      '',
      '**Output 1: Trained committees**',
      '',
      '**Month 2: Data retrieval**',
      '',
      'Text.',
      '',
    ].join('\n')
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.title, section.kinds])).toEqual([
      ['Contexte', ['background']],
      ['Output 1: Trained committees', ['activities']],
      ['Month 2: Data retrieval', []],
    ])
    expect(model.sectionAt(text.indexOf('Le ministère'))?.heading.title).toBe('Contexte')
  })
  it('marks sections with nothing but headings or comments under them as empty', () => {
    const text = [
      '# Title',
      '',
      '## 8. Sustainability',
      '',
      '<!-- TODO: write this -->',
      '',
      '## 9. Monitoring',
      '',
      '### 9.1 Indicators',
      '',
      '## 10. Budget',
      '',
      '### 10.1 Detail',
      '',
      '| Line | Amount |',
      '|---|---|',
      '| Staff | 10 |',
      '',
      '## 11. Risks',
      '',
    ].join('\n')
    const model = buildModel(text)
    const byTitle = new Map(model.sections.map((section) => [section.heading.title, section]))
    const sustainability = byTitle.get('Sustainability')!
    expect(sustainability.hasContent).toBe(false)
    // The comment is something after the heading, so there is a content range, but no content.
    expect(slice(text, sustainability.contentRange)).toBe('<!-- TODO: write this -->')
    expect(byTitle.get('Monitoring')!.hasContent).toBe(false)
    expect(slice(text, byTitle.get('Monitoring')!.contentRange)).toBe('### 9.1 Indicators')
    expect(byTitle.get('Indicators')!.contentRange).toBeNull()
    expect(byTitle.get('Budget')!.hasContent).toBe(true)
    expect(byTitle.get('Detail')!.hasContent).toBe(true)
    expect(byTitle.get('Risks')!.hasContent).toBe(false)
    expect(byTitle.get('Risks')!.contentRange).toBeNull()
    expect(byTitle.get('Title')!.hasContent).toBe(true)
    // Headings of empty sections are not searchable text.
    expect(model.sentences().filter((sentence) => sentence.container === 'heading').map((sentence) => sentence.text)).toEqual([
      'Title',
      '10. Budget',
      '10.1 Detail',
    ])
  })

  it('gives the document title no kinds, so that its words do not put every section in a kind', () => {
    const model = buildModel('# Gender Equality in Cocoa Communities\n\n## Background\n\nText.\n\n## Budget\n\nText.\n')
    expect(model.sections[0]!.kinds).toEqual([])
    expect(model.sections[1]!.isIn('gender')).toBe(false)
    expect(model.sectionsOf('gender')).toEqual([])
    // H1 chapters are sections like any other.
    const chapters = buildModel('# 1. Background\n\nText.\n\n# 2. Budget\n\nText.\n')
    expect(chapters.sections.map((section) => section.kinds)).toEqual([['background'], ['budget']])
    // A lone heading is no title over anything.
    expect(buildModel('# Budget\n\nText.\n').sections[0]!.kinds).toEqual(['budget'])
  })

  it('picks the first depth-1 heading as the title, else the first heading', () => {
    expect(buildModel('## Summary\n\n# Real title\n\ntext\n').title?.text).toBe('Real title')
    expect(buildModel('## Summary\n\n### Budget\n').title?.text).toBe('Summary')
    expect(buildModel('**Draft**\n\n## Summary\n').title?.text).toBe('Summary')
  })

  it('points document-level findings at line 1, or the line after front matter, when there is no heading', () => {
    const plain = buildModel('Just a paragraph.\nSecond line.\n')
    expect(plain.title).toBeNull()
    expect(plain.titleRange).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 18, offset: 17}})
    const withYaml = buildModel('---\ntitle: X\n---\n<!-- lessonlint-fixture: invalid -->\n\nText.\n')
    expect(withYaml.titleRange.start).toEqual({line: 4, column: 1, offset: 17})
    expect(withYaml.titleRange.end.line).toBe(4)
    const onlyYaml = buildModel('---\ntitle: X\n---')
    expect(onlyYaml.titleRange.start.line).toBe(3)
  })

  it('never throws, whatever the input', () => {
    for (const input of ['', '\uFEFF', '---', '---\n', '|', '# ', '**', '<!--', '\r\r\r', '\u0000\uD800', '- - -\n***\n']) {
      const model = buildModel(input)
      expect(model.text).toBe(input.replace(/^\uFEFF/, ''))
      expect(Array.isArray(model.sections)).toBe(true)
    }
  })
})

describe('an outline written as a numbered list', () => {
  const outline = [
    '**Proposal to the Solidarity Fund**',
    '',
    '1. Background',
    '',
    '   1.1 The sector',
    '',
    '   Banana farms employ 45,000 people.',
    '',
    '   1.2 Hazards and risks on the farms',
    '',
    '   Spraying exposes workers to fungicides.',
    '',
    '2. Strategy and activities',
    '',
    '   1. Component A – Training of stewards',
    '',
    '      Eight three-day courses.',
    '',
    '   2. Component B: joint committees on 20 farms, each with a worker representative.',
    '',
    '3. Sustainability',
    '',
    '   - To be completed after the closing round table.',
    '',
    '4. Budget',
    '',
    '   - Courses: EUR 40,000',
    '',
  ].join('\n')

  it("reads its items' titles and numbered sub-titles as headings, one level per list level", () => {
    const model = buildModel(outline)
    expect(model.sections.map((section) => [section.heading.title, section.heading.depth, section.heading.style, section.kinds])).toEqual([
      ['Proposal to the Solidarity Fund', 1, 'bold', []],
      ['Background', 1, 'list', ['background']],
      ['The sector', 2, 'list', []],
      // Risks under the background are the sector's, not the project's.
      ['Hazards and risks on the farms', 2, 'list', []],
      ['Strategy and activities', 1, 'list', ['activities']],
      // A numbered item that is a sentence is content, not a title.
      ['Component A – Training of stewards', 2, 'list', []],
      ['Sustainability', 1, 'list', ['sustainability']],
      ['Budget', 1, 'list', ['budget']],
    ])
    expect(model.sectionsOf('activities')[0]?.children.map((section) => section.heading.title)).toEqual(['Component A – Training of stewards'])
    expect(model.sectionsOf('budget')[0]?.hasContent).toBe(true)
  })

  it('puts the text of each item in the section its title heads', () => {
    const model = buildModel(outline)
    const courses = model.sentences().find((sentence) => sentence.text.startsWith('Eight'))
    expect(courses?.section?.heading.title).toBe('Component A – Training of stewards')
    expect(model.sentences().find((sentence) => sentence.text.startsWith('Component B'))?.section?.heading.title).toBe('Strategy and activities')
  })

  it('sits one level below the Markdown heading before it; a list whose items are one line each is no outline', () => {
    const withHeading = buildModel(`## Annex\n\n${outline}`)
    expect(withHeading.sections.slice(0, 3).map((section) => [section.heading.title, section.heading.depth, section.parent?.heading.title])).toEqual([
      ['Annex', 2, undefined],
      ['Proposal to the Solidarity Fund', 3, 'Annex'],
      ['Background', 3, 'Annex'],
    ])
    const outputs = buildModel('1. Trained stewards\n2. Joint committees\n3. A draft regulation\n')
    expect(outputs.sections).toEqual([])
  })

  it('closes with its item: a heading after the outline is no child of its last item', () => {
    const model = buildModel(`${outline}\n## Risks\n\nFarm managers may refuse meetings.\n`)
    const risks = model.sectionsOf('risks')[0]
    expect(risks?.parent).toBeNull()
  })
})

describe('placeholders are no content', () => {
  it.each([
    'TBD',
    'To be completed.',
    'À compléter',
    'Por definir.',
    '*TODO*',
    'N/A – the project is gender neutral.',
    'No aplica. El proyecto es neutral en cuanto al género.',
    'Sans objet.',
    // A drafting note in brackets that opens with a placeholder.
    '[To be completed: the Board agrees this section at its meeting on 12 November.]',
    '*(À compléter après l’atelier de démarrage.)*',
    // after a short label: the note names what is still to be written
    '[Texto pendiente – TBD. La estrategia se redactará cuando concluya el diagnóstico.]',
    '[Section to be completed by the gender specialist.]',
    // a field of a GitHub issue form left blank
    '_No response_',
  ])('a section holding only "%s" is empty', (text) => {
    const model = buildModel(`# P\n\n## Gender\n\n${text}\n\n## Budget\n\nUSD 10,000 for the study.\n`)
    expect(model.sectionsOf('gender')[0]!.hasContent).toBe(false)
    expect(model.sectionsOf('budget')[0]!.hasContent).toBe(true)
  })

  it('a section that says more than a placeholder has content', () => {
    const model = buildModel('# P\n\n## Gender\n\nTBD: the gender analysis will be done in month 2 by the specialist.\n')
    expect(model.sectionsOf('gender')[0]!.hasContent).toBe(true)
  })

  it('a bracketed note whose label runs longer than three words before its placeholder has content', () => {
    const model = buildModel('# P\n\n## Gender\n\n[See the national gender policy, to be completed by 2027 according to the ministry.]\n')
    expect(model.sectionsOf('gender')[0]!.hasContent).toBe(true)
  })

  it('a bracketed aside that goes on past its brackets has content', () => {
    const model = buildModel('# P\n\n## Gender\n\n[To be completed] The specialist runs the gender analysis in month 2.\n')
    expect(model.sectionsOf('gender')[0]!.hasContent).toBe(true)
  })
})

describe('a footnote is read where the text calls it', () => {
  it('gives the note the section of its first call, not the last section', () => {
    const text = [
      '# P',
      '',
      '## Background',
      '',
      'The national policy of 2019 covers formal firms only.[^1]',
      '',
      '## Activities',
      '',
      'Training of 300 miners.',
      '',
      '[^1]: Its action plan targets the enterprises of the formal sector.',
      '',
    ].join('\n')
    const model = buildModel(text)
    const note = model.sentences({includeHeadings: false}).find((sentence) => sentence.text.includes('action plan'))
    expect(note?.section?.heading.title).toBe('Background')
    expect(model.sentences({notIn: ['background'], includeHeadings: false}).map((sentence) => sentence.text)).toEqual(['Training of 300 miners.'])
    // And says it is a note's: a rule may read a source it cites as no part of the project.
    expect(model.sentences({includeHeadings: false}).map((sentence) => sentence.inNote)).toEqual([false, false, true])
  })
})

describe('a note that cites a source', () => {
  const notes = [
    'NORC at the University of Chicago (2020), Assessing progress in reducing child labour, final report.',
    "Centre international de formation de l'OIT (CIF-OIT), évaluations indépendantes annuelles de ses activités de formation.",
    'World Bank, Returning Home: Tracer Survey of Nepali Returnee Migrants, 2020.',
    'The final evaluation will be commissioned in March 2026, as agreed with the donor.',
    'Las dos centrales firmarán una carta de compromiso (anexo 4), antes de enero de 2026.',
  ]
  const text = ['# P', '', '## Monitoring', '', ...notes.map((_, index) => `Point ${index + 1}.[^${index + 1}]`), '', ...notes.map((note, index) => `[^${index + 1}]: ${note} It ends here.`), ''].join('\n')

  it('is background by its first sentence, the citation, wherever the text calls it; its other sentences and other notes are not', () => {
    const model = buildModel(text)
    const cited = model.sentences({includeHeadings: false}).filter((sentence) => sentence.citesASource).map((sentence) => sentence.text)
    expect(cited).toEqual(notes.slice(0, 3))
    const kept = model.sentences({notIn: ['background'], includeHeadings: false}).map((sentence) => sentence.text)
    expect(kept.filter((sentence) => notes.includes(sentence))).toEqual(notes.slice(3))
    expect(kept.filter((sentence) => sentence === 'It ends here.')).toHaveLength(5)
  })
})

describe('a numbered title underlined with dashes', () => {
  // CommonMark reads "1. Summary" over a line of dashes as a one-item list and a rule; its writer meant a heading.
  const text = 'Project title\n=============\n\n1. Summary\n----------\n\nSummary text.\n\n2. Budget\n---------\n\n| Line | Amount |\n|---|---|\n| Staff | 10 |\n\n- - -\n\n1. A list item\n\n---\n'

  it('is read as the level-2 setext heading it was written as, from its number to its underline', () => {
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.title, section.heading.depth, section.heading.style])).toEqual([
      ['Project title', 1, 'setext'],
      ['Summary', 2, 'setext'],
      ['Budget', 2, 'setext'],
    ])
    expect(slice(text, model.sections[1]!.heading.range)).toBe('1. Summary\n----------')
    expect(model.sections[2]!.kinds).toEqual(['budget'])
    expect(model.tables[0]!.section?.heading.title).toBe('Budget')
  })

  it('needs the dashes on the very next line, and dashes only: a list item, a blank line and a rule stay a list and a rule', () => {
    const model = buildModel(text)
    expect(model.sections.some((section) => section.heading.title === 'A list item')).toBe(false)
  })
})

describe('titles on lines of their own, as PDF and plain-text conversions give them', () => {
  const text = [
    'PROJECT DOCUMENT',
    '',
    'Project document – Draft v2',
    '',
    '1. BACKGROUND',
    '',
    'The sector employs',
    'some 40,000 workers.',
    '',
    '1.1 Lessons from the first phase',
    '',
    'Inspections were rare.',
    '',
    '**2. Budget**',
    '',
    '1. Personnel',
    '120,000',
    '2. Travel',
    '30,000',
    '',
    '3. RISKS AND MITIGATION',
    '',
    'Strikes may delay the surveys.',
    '',
    '[4. Sustainability](#_Toc123)',
    '',
    '5. Train the inspectors',
    '',
    'TOTAL 150,000',
  ].join('\n')

  it('reads numbered lines, one-item numbered lists and lines in capitals as titles, deeper as their numbering is', () => {
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.title, section.heading.depth, section.heading.style])).toEqual([
      ['PROJECT DOCUMENT', 1, 'line'],
      ['BACKGROUND', 1, 'line'],
      ['Lessons from the first phase', 2, 'line'],
      ['Budget', 1, 'bold'],
      ['RISKS AND MITIGATION', 1, 'line'],
    ])
    // The title that closes the list before it (a blank line is all that parts them) heads what follows, not the budget.
    expect(slice(text, model.sections[4]!.heading.range)).toBe('3. RISKS AND MITIGATION')
    expect(model.sections[4]!.kinds).toEqual(['risks'])
    expect(model.sentences().find((sentence) => sentence.text.startsWith('Strikes'))?.section?.heading.title).toBe('RISKS AND MITIGATION')
  })

  it('leaves a document with Markdown headings as it is: its titles are those headings', () => {
    const model = buildModel(`# Safe quarries\n\n${text}`)
    expect(model.sections.map((section) => section.heading.title)).toEqual(['Safe quarries', 'Budget'])
  })
})

describe("an outliner's page, bullets all through", () => {
  const text = [
    'status:: draft',
    '',
    '- ## Objectives',
    '\t- Fair recruitment of seasonal workers.',
    '- **Budget**',
    '  status:: draft',
    '\t- Staff: USD 200,000',
    '\t- **Output 1.1** – Orientation',
    '\t\t- Sessions in 20 municipalities.',
    '- ## Risks',
    '\t- Floods may close the roads.',
    '- A last note with nothing under it',
  ].join('\n')

  it('takes the top items titled by a heading or a bold line (over its properties) as its sections, and what they hold as their content', () => {
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.title, section.kinds])).toEqual([
      ['Objectives', ['objectives']],
      ['Budget', ['budget']],
      ['Risks', ['risks']],
    ])
    expect(model.sentences().find((sentence) => sentence.text.startsWith('Sessions'))?.section?.heading.title).toBe('Budget')
    expect(model.sentences().find((sentence) => sentence.text.startsWith('A last note'))?.section).toBeNull()
  })

  it('may carry its title as the one heading outside its bullets', () => {
    const model = buildModel(`# Solar for clinics\n\n${text}`)
    expect(model.sections.map((section) => section.heading.title)).toEqual(['Solar for clinics', 'Objectives', 'Budget', 'Risks'])
  })

  it('leaves bulleted labels alone in a document with Markdown sections', () => {
    const model = buildModel(`# Solar for clinics\n\n## Plan\n\n${text}`)
    expect(model.sections.map((section) => section.heading.title)).toEqual(['Solar for clinics', 'Plan'])
  })
})

describe('bullets pasted from Word or converted from a PDF', () => {
  const text = '## Indicators\n\nThe main indicators are:\n\n• Officials trained on fair recruitment\n  (target: 180)\n▪ Complaints resolved, by sex\n\nA sentence with a •sign in it.\n'

  it('are read as the list markers they stand for, every offset the text’s own', () => {
    const model = buildModel(text)
    expect(model.listItems.map((item) => slice(text, item.range))).toEqual(['• Officials trained on fair recruitment\n  (target: 180)', '▪ Complaints resolved, by sex'])
    expect(model.sentences().map((sentence) => sentence.text).at(-1)).toBe('A sentence with a •sign in it.')
  })
})

describe('a Google Docs export', () => {
  const text = [
    '# <span style="font-weight:700;">Safer Sites</span>',
    '',
    '<h2>3. Activities</h2>',
    '',
    '<span style="font-weight:400;">Four courses for 100 inspectors.[a]</span>',
    '',
    '<h2 id="h.x1">4. <span>Risks</span></h2>',
    '',
    'Strikes may delay the courses.',
    '',
    '[a] Maria Lopez: Shouldn\'t we add a gender specialist here?',
    '',
    '[b] Grace Wanjiru (COTU-K): Should the unions join the monitoring visits?',
  ].join('\n')

  it('reads a heading written in raw HTML as the heading it stands for', () => {
    const model = buildModel(text)
    expect(model.sections.map((section) => [section.heading.title, section.heading.depth, section.kinds])).toEqual([
      ['Safer Sites', 1, []],
      ['Activities', 2, ['activities']],
      ['Risks', 2, ['risks']],
    ])
    expect(slice(text, model.sections[2]!.heading.range)).toBe('<h2 id="h.x1">4. <span>Risks</span></h2>')
  })

  it('leaves out the reviewers’ comments it lists under their anchors', () => {
    const sentences = buildModel(text).sentences({includeHeadings: false}).map((sentence) => sentence.text)
    expect(sentences).toEqual(['Four courses for 100 inspectors.[a]', 'Strikes may delay the courses.'])
  })
})

describe('a testimony quoted in a block quote', () => {
  it("leaves out someone's own words and who said them; a block quote that is no quotation stays", () => {
    const text = [
      '## Context',
      '',
      '> *"I went to the consulate for help. They gave me a leaflet."*',
      '> — Rosa Mamani, 41, seamstress in Villa Celina',
      '',
      '> The consulate will host a monthly legal clinic.',
      '',
      '> "We will train the delegates."',
      '',
    ].join('\n')
    expect(buildModel(text).sentences({includeHeadings: false}).map((sentence) => sentence.text)).toEqual([
      'The consulate will host a monthly legal clinic.',
      '"We will train the delegates."',
    ])
  })
})

describe('a collapsible block and a list written in raw HTML, as a word-processor export keeps them', () => {
  const text = [
    '## 3. Activities',
    '',
    'Inspectors follow a five-day course.',
    '',
    '<details>',
    '<summary>Course outline <em>(click to expand)</em></summary>',
    '',
    '<ul>',
    '<li>Day 1: hazards on board<br>and in the hold</li>',
    '<li>Day 2: the <strong>Work in Fishing Convention</strong></li>',
    '</ul>',
    '',
    '</details>',
    '',
    '<details><summary>Risks</summary><table><tr><th>Risk</th><th>Mitigation</th></tr><tr><td>Strikes</td><td>Reschedule</td></tr></table></details>',
    '',
    '<details>',
    '<summary>Notes</summary>',
    '<p>Prose in raw HTML stays raw.</p>',
    '</details>',
    '',
    '## 4. Budget',
  ].join('\n')
  const model = buildModel(text)

  it("reads the block's summary as a heading of the deepest level, so that the block is a section of the one around it", () => {
    expect(model.sections.map((section) => [section.heading.title, section.heading.depth, section.parent?.heading.title ?? null])).toEqual([
      ['Activities', 2, null],
      ['Course outline (click to expand)', 6, 'Activities'],
      ['Risks', 6, 'Activities'],
      ['Budget', 2, null],
    ])
    expect(slice(text, model.sections[1]!.heading.range)).toBe('<summary>Course outline <em>(click to expand)</em></summary>')
  })

  it('reads a list block as the list it stands for, each item a line of text where it stands, and a table the block folds as a table', () => {
    expect(model.listItems.map((item) => [item.text, item.section?.heading.title])).toEqual([
      ['Day 1: hazards on board and in the hold', 'Course outline (click to expand)'],
      ['Day 2: the Work in Fishing Convention', 'Course outline (click to expand)'],
    ])
    expect(slice(text, model.listItems[1]!.range)).toBe('<li>Day 2: the <strong>Work in Fishing Convention</strong></li>')
    expect(model.tables.map((table) => [table.section?.heading.title, table.rows[0]!.cells.map((cell) => cell.text)])).toEqual([['Risks', ['Strikes', 'Reschedule']]])
  })

  it('leaves a block with prose of its own raw: its words are not read', () => {
    expect(model.sentences().map((sentence) => sentence.text)).not.toContain('Prose in raw HTML stays raw.')
  })
})

describe('a web form exported with its HTML paragraphs', () => {
  const text = [
    '# Safe work for waste pickers',
    '',
    '<p><strong>Applicant:</strong> ILO Country Office<br>',
    '<strong>Duration (months):</strong> 18</p>',
    '',
    '## Gender',
    '',
    '<p>Women sort waste at the dumpsite edge, where pay is lowest.</p>',
    '<p>&nbsp;</p>',
    '<p>A gender specialist will join the team &amp; train the cooperative boards.</p>',
    '<table><tr><th>Line</th><th>USD</th></tr><tr><td>Gender training</td><td>12,000</td></tr></table>',
    '',
    '<div><p>A layout block stays raw.</p></div>',
  ].join('\n')
  const model = buildModel(text)

  it('reads each paragraph as a paragraph where it stands, its entities and line breaks read as text', () => {
    expect(model.sentences({in: ['gender'], includeHeadings: false}).map((sentence) => sentence.text)).toEqual([
      'Women sort waste at the dumpsite edge, where pay is lowest.',
      'A gender specialist will join the team & train the cooperative boards.',
      'Line',
      'USD',
      'Gender training',
      '12,000',
    ])
    const specialist = model.sentences().find((sentence) => sentence.text.startsWith('A gender specialist'))!
    expect(slice(text, specialist.range)).toBe('A gender specialist will join the team &amp; train the cooperative boards.')
  })

  it('reads a table between the paragraphs of one block as a table', () => {
    expect(model.tables.map((table) => [table.section?.heading.title, table.header.cells.map((cell) => cell.text), table.rows.map((row) => row.cells.map((cell) => cell.text))])).toEqual([
      ['Gender', ['Line', 'USD'], [['Gender training', '12,000']]],
    ])
  })

  it('leaves a block that is not made of paragraphs raw', () => {
    expect(model.sentences().map((sentence) => sentence.text)).not.toContain('A layout block stays raw.')
  })
})

describe("a donor's template filled in as one table", () => {
  const template = [
    '# Concept note',
    '',
    '| Section | Content |',
    '|---|---|',
    '| Project title | Safe work in the granite quarries of the Central Region |',
    '| Objectives | Quarry workers work in safer conditions, with fewer accidents and less silica dust. |',
    '| Activities | • Training of 40 quarry delegates in hazard spotting and first aid<br>• Dust-suppression pilots in six quarries |',
    '| Gender equality | N/A |',
    '| Budget | Total USD 400,000, of which 12,000 for the women quarry workers’ committees. |',
  ].join('\n')

  it('reads each row as a section titled by its first cell, and what the second cell holds as its content', () => {
    const model = buildModel(template)
    expect(model.sections.map((section) => [section.heading.title, section.heading.style, section.kinds, section.hasContent])).toEqual([
      ['Concept note', 'atx', [], true],
      ['Project title', 'row', [], true],
      ['Objectives', 'row', ['objectives'], true],
      ['Activities', 'row', ['activities'], true],
      ['Gender equality', 'row', ['gender'], false],
      ['Budget', 'row', ['budget'], true],
    ])
    expect(model.sentences({in: ['budget'], includeHeadings: false}).map((sentence) => sentence.text)).toEqual(['Total USD 400,000, of which 12,000 for the women quarry workers’ committees.'])
  })

  it('leaves a budget table, and a summary table over the sections that follow it, as tables', () => {
    const budget = '# P\n\n| Line | Amount |\n|---|---|\n| Training | 10,000 |\n| Gender specialist | 5,000 |\n| Monitoring | 3,000 |\n| Evaluation | 4,000 |\n'
    expect(buildModel(budget).sections.map((section) => section.heading.title)).toEqual(['P'])
    const summary = `${template}\n\n## 1. Background\n\nText.\n\n## 2. Risks\n\nText.\n`
    expect(buildModel(summary).sections.map((section) => section.heading.title)).toEqual(['Concept note', 'Background', 'Risks'])
  })
})
