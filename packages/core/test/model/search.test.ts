import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/lexicon.js'
import type {Range} from '../../src/types.js'

const slice = (text: string, range: Range) => text.slice(range.start.offset, range.end.offset)

const ITCILO = defineLexicon('itcilo', {en: ['ITC-ILO', 'International Training Centre of the ILO']})
const EVALUATION = defineLexicon('evaluation', {en: ['final evaluation', 'mid-term evaluation']})
const GENDER_BUDGET = defineLexicon('gender-budget', {en: ['gender budget']})

const text = [
  '# Proposal',
  '',
  '## 1. Background',
  '',
  'Officials attended courses at the **International Training Centre of the ILO** in 2017. Nothing else.',
  '',
  '## 3. Activities',
  '',
  '- Training of trainers with the [ITC-ILO](https://example.org), then coaching.',
  '',
  '## 5. Gender',
  '',
  'No gender budget is foreseen.',
  '',
  '## 7. Monitoring and evaluation',
  '',
  '### 7.1 Evaluations',
  '',
  'An independent final evaluation will take place.',
  '',
  '## 8. Budget',
  '',
  '| Line | Amount |',
  '|---|---|',
  '| Mid-term evaluation | 20,000 |',
  '',
].join('\n')
const model = buildModel(text)

describe('sentences', () => {
  it('splits running text into sentences with exact ranges, across inline markup', () => {
    const background = model.sentences({within: model.sectionsOf('background')[0]!.range})
    expect(background.map((sentence) => [sentence.container, sentence.text])).toEqual([
      ['heading', '1. Background'],
      ['paragraph', 'Officials attended courses at the International Training Centre of the ILO in 2017.'],
      ['paragraph', 'Nothing else.'],
    ])
    expect(slice(text, background[1]!.range)).toBe(
      'Officials attended courses at the **International Training Centre of the ILO** in 2017.',
    )
    expect(background[1]!.section?.heading.title).toBe('Background')
  })

  it('filters by section kind, excluded kinds and headings', () => {
    const inMonitoring = model.sentences({in: ['monitoring']}).map((sentence) => sentence.text)
    expect(inMonitoring).toEqual(['7. Monitoring and evaluation', '7.1 Evaluations', 'An independent final evaluation will take place.'])
    expect(model.sentences({in: ['monitoring'], includeHeadings: false}).map((sentence) => sentence.text)).toEqual([
      'An independent final evaluation will take place.',
    ])
    const outside = model.sentences({notIn: ['background', 'budget', 'monitoring']}).map((sentence) => sentence.text)
    expect(outside).toContain('No gender budget is foreseen.')
    expect(outside).not.toContain('Nothing else.')
    expect(outside).not.toContain('Mid-term evaluation')
    expect(outside[0]).toBe('Proposal')
  })
})

describe('find and has', () => {
  it('finds mentions in document order with exact ranges and sections', () => {
    const matches = model.find(ITCILO)
    expect(matches.map((match) => [match.text, match.section?.heading.title, match.sentence.container])).toEqual([
      ['International Training Centre of the ILO', 'Background', 'paragraph'],
      ['ITC-ILO', 'Activities', 'list-item'],
    ])
    expect(slice(text, matches[1]!.range)).toBe('ITC-ILO')
    expect(matches[1]!.range.start.line).toBe(9)
  })

  it('honours in / notIn / within', () => {
    expect(model.find(ITCILO, {in: ['activities']}).map((match) => match.text)).toEqual(['ITC-ILO'])
    expect(model.find(ITCILO, {notIn: ['activities']}).map((match) => match.section?.heading.title)).toEqual(['Background'])
    expect(model.has(ITCILO, {in: ['budget']})).toBe(false)
    const row = model.tables[0]!.rows[0]!
    expect(model.find(EVALUATION, {within: row.range}).map((match) => match.text)).toEqual(['Mid-term evaluation'])
    expect(model.find(EVALUATION, {in: ['monitoring']}).map((match) => match.text)).toEqual(['final evaluation'])
  })

  it('leaves negated mentions out unless asked, and has() ignores them', () => {
    expect(model.find(GENDER_BUDGET)).toEqual([])
    expect(model.has(GENDER_BUDGET)).toBe(false)
    const negated = model.find(GENDER_BUDGET, {includeNegated: true})
    expect(negated).toHaveLength(1)
    expect(negated[0]!.negated).toBe(true)
    expect(negated[0]!.range.start.line).toBe(13)
  })

  it('does not search headings of empty sections', () => {
    const empty = buildModel('# T\n\n## Final evaluation\n\n## Budget\n\nText.\n')
    expect(empty.has(EVALUATION)).toBe(false)
    const full = buildModel('# T\n\n## Final evaluation\n\nAt month 36.\n')
    expect(full.has(EVALUATION)).toBe(true)
    expect(full.has(EVALUATION, {includeHeadings: false})).toBe(false)
  })
})

describe('language', () => {
  it('detects French and Spanish text, and defaults to English', () => {
    expect(buildModel('# Projet\n\nLe projet renforcera les capacités des partenaires sociaux et des inspecteurs du travail dans les régions. Il sera mis en œuvre avec le ministère.\n').language).toBe('fr')
    expect(buildModel('# Proyecto\n\nEl proyecto fortalecerá las capacidades de los inspectores del trabajo y de las organizaciones de trabajadores en las regiones con el ministerio.\n').language).toBe('es')
    expect(buildModel('# Project\n\nThe project works with the Ministère du Travail and the Confédération in Tunis.\n').language).toBe('en')
    expect(buildModel('').language).toBe('en')
    expect(buildModel('---\nlanguage: es\n---\n# Project\n\nThe project will train the inspectors.\n').language).toBe('es')
    expect(buildModel('---\nlanguage: de\n---\n# Project\n\nThe project will train the inspectors.\n').language).toBe('en')
  })
})

describe('an empty `in` list', () => {
  it('is no filter, for sentences() as for find()', () => {
    const model = buildModel(text)
    expect(model.sentences({in: []}).length).toBe(model.sentences().length)
    expect(model.find(ITCILO, {in: []}).length).toBe(model.find(ITCILO).length)
    expect(model.sentences({in: []}).length).toBeGreaterThan(0)
  })
})

describe('bare web addresses are not prose', () => {
  const training = defineLexicon('training words', {en: ['academy', 'course']})
  it('finds nothing inside an autolinked address, but keeps a link whose text is words', () => {
    const model = buildModel('# P\n\n## Team\n\nSee https://blockchainonline.academy and <https://example.org/course>.\n\nJoin the [Labour Academy](https://example.org).\n')
    expect(model.find(training).map((match) => match.text)).toEqual(['Academy'])
  })
})

describe('metadata tags are not prose', () => {
  const words = defineLexicon('scope words', {en: ['vocational training', 'focal point', 'training']})
  it('skips a block of [[key:value]] tags but reads a sentence that mentions one', () => {
    const model = buildModel('# P\n\n[[focal_point:someone@example.org]]\n[[thematic_areas:vocational training]]\n\nWe plan training.\n')
    expect(model.find(words).map((match) => match.text)).toEqual(['training'])
  })
})

describe('minutes that record their decisions', () => {
  const GENDER_SPECIALIST = defineLexicon('gender specialist', {en: ['gender specialist'], fr: ['spécialiste genre'], es: ['especialista en género']})
  const minutes = (discussion: string, labels = ['Agreed', 'Agreed', 'Agreed']) =>
    [
      '# Design workshop',
      '',
      `**${labels[0]}:** a final independent evaluation in month 28.`,
      '',
      discussion,
      '',
      `**${labels[1]}:** a help desk run by the union.`,
      '',
      `**${labels[2]}:** the budget as above.`,
      '',
    ].join('\n')
  const plainIn = (text: string) => buildModel(text).find(GENDER_SPECIALIST).map((match) => match.text)

  it('read what a participant proposed in the discussion as theirs, not as the plan', () => {
    expect(plainIn(minutes('FESTRAS proposed adding a part-time gender specialist.'))).toEqual([])
    expect(plainIn(minutes('Sofía Herrera suggested hiring a gender specialist.'))).toEqual([])
    expect(plainIn(minutes('Verónica Andrade propuso contratar una especialista en género.', ['Acuerdo', 'Acuerdo', 'Decisión']))).toEqual([])
    expect(plainIn(minutes('La CNTB a proposé de recruter une spécialiste genre.', ['Décision', 'Convenu', 'Accord']))).toEqual([])
  })

  it('but what the discussion states, what a decision records, and a proposal outside minutes stay', () => {
    expect(plainIn(minutes('The proposed gender specialist will join in month 2.'))).toEqual(['gender specialist'])
    expect(plainIn(minutes('Agreed: a gender specialist joins in month 2. FESTRAS proposed it.'))).toEqual(['gender specialist'])
    expect(plainIn(minutes('FESTRAS proposed adding a part-time gender specialist.', ['Agreed', 'Note', 'Note']))).toEqual(['gender specialist'])
  })
})

describe('a chat export that holds the draft it wrote', () => {
  const TURIN = defineLexicon('itc-ilo in chat', {en: ['ITC-ILO']})
  const chat = [
    '# FAIR concept note — channel export',
    '',
    '## Monday, 3 June',
    '',
    '**Marco Bellini** — 11:20',
    'Idea: nominate four officials to the ITC-ILO academy.',
    '',
    '### Thread: budget',
    '',
    '> **Tahmina Rahman** — 14:20',
    '> Biggest movable item: the ITC-ILO fees.',
    '',
    '**Tahmina Rahman** — 17:42',
    'Draft v3 below is what goes to the donor.',
    '',
    '## Draft v3',
    '',
    '### 1. Objectives',
    '',
    'Fee-free recruitment for garment workers.',
    '',
    '### 2. Activities',
    '',
    'Three workshops for district officers.',
    '',
    '**Marco Bellini** — 18:03',
    'Sent. The ITC-ILO stays out of this phase.',
    '',
  ].join('\n')

  it('reads the draft, not the messages around it, and its threads title no section of the proposal', () => {
    const model = buildModel(chat)
    expect(model.find(TURIN, {includeNegated: true})).toEqual([])
    expect(model.sentences({includeHeadings: false}).map((sentence) => sentence.text)).toEqual([
      'Fee-free recruitment for garment workers.',
      'Three workshops for district officers.',
    ])
    expect(model.sections.filter((section) => section.kinds.length > 0).map((section) => section.heading.title)).toEqual(['Objectives', 'Activities'])
  })

  it('reads the whole of a chat that pastes no draft, and of a document whose bold lines are no messages', () => {
    const withoutDraft = chat.slice(0, chat.indexOf('## Draft v3'))
    expect(buildModel(withoutDraft).find(TURIN, {includeNegated: true}).length).toBe(2)
    const agenda = chat.replace(/ — \d\d:\d\d/gu, '')
    expect(buildModel(agenda).find(TURIN, {includeNegated: true}).length).toBe(3)
  })
})

describe('a proposal pasted under the e-mail that sends it', () => {
  const TURIN = defineLexicon('itc-ilo in a letter', {en: ['Turin Centre', 'ITC-ILO'], fr: ['Centre de Turin'], es: ['Centro de Turín']})
  const proposal = ['# Safe passage for seasonal workers', '', '## Activities', '', 'Two courses for labour inspectors.', '', '## Budget', '', 'Courses: USD 40,000.', ''].join('\n')
  const sentencesOf = (text: string) => buildModel(text).sentences({includeHeadings: false}).map((sentence) => sentence.text)

  it("reads the proposal, not the cover letter before its title nor the donor's message quoted under its header", () => {
    const mail = [
      '**From:** Rosa Aguilar',
      '**To:** Jonas Berg',
      '**Subject:** RE: Comments on the first draft',
      '',
      'Dear Jonas,',
      '',
      '- **Turin Centre:** its course dates do not fit the harvest, so the training stays with national institutions.',
      '',
      'Kind regards,',
      'Rosa',
      '',
      '**From:** Jonas Berg',
      '**Sent:** Friday, 14 March 2025 16:42',
      '',
      '> Have you considered involving the ITC-ILO?',
      '',
      '---',
      '',
    ].join('\n')
    const model = buildModel(mail + proposal)
    expect(model.find(TURIN, {includeNegated: true})).toEqual([])
    expect(sentencesOf(mail + proposal)).toEqual(['Two courses for labour inspectors.', 'Courses: USD 40,000.'])
  })

  it('knows the letter by a subject line over the salutation, or by the salutation alone, in French and Spanish', () => {
    const asunto = ['**Asunto:** RE: Comentarios a la propuesta', '', 'Estimada Sra. Beltrán:', '', 'Sobre el Centro de Turín, hemos preferido no incluirlo en esta fase.', '', ''].join('\n')
    expect(buildModel(asunto + proposal).find(TURIN, {includeNegated: true})).toEqual([])
    const chere = ['Chère Madame Keller,', '', "S'agissant du Centre de Turin, nous proposons d'examiner cette collaboration plus tard.", '', ''].join('\n')
    expect(buildModel(chere + proposal).find(TURIN, {includeNegated: true})).toEqual([])
  })

  it("reads a donor's message quoted under its header anywhere, with the header inside the quote too", () => {
    const quoted = ['', '> **De :** Anne Keller', '> **Envoyé :** mercredi 12 mars 2025 16:41', '>', '> Merci de prévoir un lien avec le Centre de Turin.', ''].join('\n')
    expect(buildModel(proposal + quoted).find(TURIN, {includeNegated: true})).toEqual([])
  })

  it('reads the whole of a document that opens otherwise, or whose letter is not followed by a proposal', () => {
    const opening = 'The Turin Centre trained the inspectors in 2019.\n\n'
    expect(buildModel(opening + proposal).find(TURIN, {includeNegated: true}).length).toBe(1)
    const letterOnly = 'Dear Jonas,\n\nThe Turin Centre will run the course.\n\n## Annex\n\nThe dates follow.\n'
    expect(buildModel(letterOnly).find(TURIN, {includeNegated: true}).length).toBe(1)
    // One field alone is no message's header: "From: 2025 to 2027" is a line of the proposal.
    expect(buildModel(`**From:** 2025 to 2027\n\nThe Turin Centre will run the course.\n\n${proposal}`).find(TURIN, {includeNegated: true}).length).toBe(1)
  })
})
