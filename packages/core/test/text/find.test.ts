import {describe, expect, test} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import type {Section, SectionKind} from '../../src/types.js'
import {defineLexicon, findInSentences, splitSentences} from '../../src/text/index.js'
import {blockFrom, rangeOfIn, sliceOf} from './helpers.js'

const itcilo = defineLexicon('itcilo', {
  en: ['ITC-ILO', 'International Training Centre of the ILO', 'Turin Centre'],
  fr: ['CIF-OIT', 'Centre international de formation de l’OIT'],
})
const coaching = defineLexicon('coaching', {en: ['coaching', 'mentor*', 'follow-up support'], fr: ['accompagnement']})

/** Sections just real enough for the `in` / `notIn` filters. */
function section(kinds: SectionKind[], parent: Section | null = null): Section {
  return {kinds, parent, isIn: (kind: SectionKind) => kinds.includes(kind) || (parent?.isIn(kind) ?? false)} as unknown as Section
}

describe('matches in a block with inline markup', () => {
  const source =
    '**3.2 Training.** District officers follow a course delivered with the [International Training Centre of the ILO](https://itcilo.org) (**ITC-ILO**), which runs the online part.'
  const sentences = splitSentences(blockFrom(source), rangeOfIn(source))

  test('the match text is as written, the range covers exactly the source of the term', () => {
    const matches = findInSentences(sentences, itcilo)
    expect(matches.map((match) => [match.term, match.text, sliceOf(source, match.range)])).toEqual([
      [
        'International Training Centre of the ILO',
        'International Training Centre of the ILO',
        'International Training Centre of the ILO',
      ],
      ['ITC-ILO', 'ITC-ILO', 'ITC-ILO'],
    ])
    expect(matches[1]!.range).toEqual({
      start: {line: 1, column: 138, offset: 137},
      end: {line: 1, column: 145, offset: 144},
    })
  })

  test('a match knows its sentence and section', () => {
    const [match] = findInSentences(sentences, itcilo)
    expect(match!.sentence.text).toBe(
      'District officers follow a course delivered with the International Training Centre of the ILO (ITC-ILO), which runs the online part.',
    )
    expect(match!.section).toBeNull()
    expect(match!.negated).toBe(false)
  })

  test('a match knows where it sits in its sentence text, markup and repeated words notwithstanding', () => {
    const text = 'A **[coaching](x)** plan. Coaching *by* peers, then coaching.'
    const matches = findInSentences(splitSentences(blockFrom(text), rangeOfIn(text)), coaching)
    expect(matches.map((match) => [match.sentence.text, match.sentenceIndex])).toEqual([
      ['A coaching plan.', 2],
      ['Coaching by peers, then coaching.', 0],
      ['Coaching by peers, then coaching.', 24],
    ])
    for (const match of matches) {
      expect(match.sentence.text.slice(match.sentenceIndex, match.sentenceIndex + match.text.length)).toBe(match.text)
    }
  })

  test('a match spanning markup maps both ends', () => {
    const text = 'Each workshop is followed by **follow-up** [support](x) visits.'
    const [match] = findInSentences(splitSentences(blockFrom(text), rangeOfIn(text)), coaching)
    expect(match!.text).toBe('follow-up support')
    expect(sliceOf(text, match!.range)).toBe('follow-up** [support')
  })

  test('escapes resolved in the text still map to their source', () => {
    const text = 'The ITC\\-ILO hosts it.'
    const [match] = findInSentences(splitSentences(blockFrom(text), rangeOfIn(text)), itcilo)
    expect(match!.text).toBe('ITC-ILO')
    expect(sliceOf(text, match!.range)).toBe('ITC\\-ILO')
  })
})

describe('negated mentions', () => {
  const source =
    'The ENAP is the government’s training partner, and involving the ITC-ILO is not foreseen. Supervisors get mentoring from the Turin Centre.'
  const sentences = splitSentences(blockFrom(source), rangeOfIn(source))

  test('are left out by default', () => {
    expect(findInSentences(sentences, itcilo).map((match) => match.text)).toEqual(['Turin Centre'])
  })

  test('are flagged when asked for', () => {
    const matches = findInSentences(sentences, itcilo, {includeNegated: true})
    expect(matches.map((match) => [match.text, match.negated])).toEqual([
      ['ITC-ILO', true],
      ['Turin Centre', false],
    ])
  })

  test('Sentence.find and Sentence.has judge per sentence', () => {
    const [first, second] = sentences
    expect(first!.find(itcilo)).toEqual([])
    expect(first!.find(itcilo, {includeNegated: true})).toHaveLength(1)
    expect(first!.has(itcilo)).toBe(false)
    expect(second!.has(itcilo)).toBe(true)
    expect(second!.has(coaching)).toBe(true)
  })

  test('a real "no ... foreseen" sentence is not evidence', () => {
    const budget = defineLexicon('gender-budget', {en: ['gender budget', 'gender budget line']})
    const text =
      'No dedicated gender budget line is foreseen; the costs of gender-specific work are absorbed in the activity lines of each output.'
    const sentences2 = splitSentences(blockFrom(text), rangeOfIn(text))
    expect(findInSentences(sentences2, budget)).toEqual([])
    const [match] = findInSentences(sentences2, budget, {includeNegated: true})
    expect([match!.term, match!.text, match!.negated]).toEqual(['gender budget line', 'gender budget line', true])
  })
})

describe('findInSentences', () => {
  const document = [
    '## Activities',
    'Coaching follows each workshop.',
    '## Monitoring',
    'Mentors report to the ITC-ILO. Tracer studies follow.',
  ].join('\n')
  const activities = section(['activities'])
  const monitoring = section(['monitoring'])
  const indicators = section([], monitoring)
  const rangeOf = rangeOfIn(document)
  const sentences = [
    ...splitSentences({...blockFrom('Activities', 'heading', 3), section: activities}, rangeOf),
    ...splitSentences({...blockFrom('Coaching follows each workshop.', 'paragraph', 14), section: activities}, rangeOf),
    ...splitSentences({...blockFrom('Monitoring', 'heading', 49), section: monitoring}, rangeOf),
    ...splitSentences(
      {...blockFrom('Mentors report to the ITC-ILO. Tracer studies follow.', 'paragraph', 60), section: indicators},
      rangeOf,
    ),
  ]
  const headingLexicon = defineLexicon('kinds', {en: ['activities', 'monitoring', 'coaching', 'mentor*']})

  test('returns matches in document order, whatever the order of the sentences', () => {
    const reversed = [...sentences].reverse()
    expect(findInSentences(reversed, headingLexicon).map((match) => match.text)).toEqual([
      'Activities',
      'Coaching',
      'Monitoring',
      'Mentors',
    ])
  })

  test('filters by section kind, ancestors included, and leaves headings out when asked', () => {
    expect(findInSentences(sentences, coaching, {in: ['monitoring']}).map((match) => match.text)).toEqual(['Mentors'])
    expect(findInSentences(sentences, coaching, {notIn: ['monitoring']}).map((match) => match.text)).toEqual(['Coaching'])
    expect(findInSentences(sentences, coaching, {in: []}).map((match) => match.text)).toEqual(['Coaching', 'Mentors'])
    expect(findInSentences(sentences, coaching, {in: ['budget']})).toEqual([])
    expect(
      findInSentences(sentences, headingLexicon, {includeHeadings: false}).map((match) => match.text),
    ).toEqual(['Coaching', 'Mentors'])
  })

  test('keeps only matches inside `within`', () => {
    const within = rangeOf(60, 90)
    expect(sliceOf(document, within)).toBe('Mentors report to the ITC-ILO.')
    expect(findInSentences(sentences, coaching, {within}).map((match) => match.text)).toEqual(['Mentors'])
    expect(findInSentences(sentences, itcilo, {within: rangeOf(60, 85)})).toEqual([])
  })
})

/** Each coaching mention of a paragraph, with whether it is negated: what the next sentence does to the one before. */
/** Each mention of a lexicon in a paragraph, with whether it is negated. */
const mentionsIn = (lexicon: Parameters<typeof findInSentences>[1]) => (source: string) =>
  findInSentences(splitSentences(blockFrom(source), rangeOfIn(source)), lexicon, {includeNegated: true}).map((match) => [match.text, match.negated])
const coachingIn = mentionsIn(coaching)

describe('an option weighed in one sentence and turned down in the next', () => {
  const found = coachingIn

  test('is negated when the next sentence refers back to it and turns it down', () => {
    expect(found('We considered the option of coaching visits. This option was dropped for lack of funds.')).toEqual([['coaching', true]])
    expect(found("L'accompagnement des conseillers avait été envisagé. Il n'a pas été retenu.")).toEqual([['accompagnement', true]])
  })

  test('is not negated when the next sentence keeps it, or turns down something else', () => {
    expect(found('We considered the option of coaching visits. It was retained by the committee.')).toEqual([['coaching', false]])
    expect(found('We considered the option of coaching visits. The donor rejected the budget cuts.')).toEqual([['coaching', false]])
    expect(found('Mentoring will follow each course. This was dropped from the earlier phase.')).toEqual([['Mentoring', false]])
  })

  test('what the text says will be needed is weighed, and put off by the next sentence', () => {
    expect(found('Once adopted, the rules will need coaching of the officers. These steps are foreseen for a possible second phase.')).toEqual([['coaching', true]])
    expect(found('Le dispositif nécessitera un accompagnement des conseillers. Ces étapes relèveront d\'une phase ultérieure.')).toEqual([['accompagnement', true]])
    // Needed and done: nothing is put off.
    expect(found('The officers will need coaching after the course. These visits start in month 4.')).toEqual([['coaching', false]])
  })
})

describe('a sentence that puts what the one before it said outside the project', () => {
  const found = coachingIn

  test('disowns all of it, weighed or planned', () => {
    expect(found('Coaching of village officials will be carried out by the district office. They are not project activities.')).toEqual([['Coaching', true]])
    expect(found("L'accompagnement des conseillers sera assuré par le ministère. Ils ne font pas partie du présent projet.")).toEqual([['accompagnement', true]])
    expect(found('Las sesiones de coaching las brindará el ministerio. Estas acciones no forman parte de la propuesta.')).toEqual([['coaching', true]])
  })

  test('does not when the next sentence denies something else of it, or names no project', () => {
    expect(found('Coaching visits follow each course. They are not part of the certification.')).toEqual([['Coaching', false]])
    expect(found('Coaching visits follow each course. They are part of this project.')).toEqual([['Coaching', false]])
    expect(found('Coaching visits follow each course. The fees are not part of this project.')).toEqual([['Coaching', false]])
  })
})

describe("a sentence's mentions around one of them (from, to, overlapping, limit)", () => {
  const training = defineLexicon('training words', {en: ['training', 'training module', 'module', 'coaching']})
  const source = 'A training module; no coaching; then a module and training and coaching.'
  const [sentence] = splitSentences(blockFrom(source), rangeOfIn(source))
  const texts = (options: Parameters<NonNullable<typeof sentence>['find']>[1]) => sentence!.find(training, options).map((match) => `${match.text}@${match.sentenceIndex}`)

  test('the whole list, negated mentions only when asked', () => {
    expect(texts({})).toEqual(['training module@2', 'module@39', 'training@50', 'coaching@63'])
    expect(texts({includeNegated: true})).toEqual(['training module@2', 'coaching@22', 'module@39', 'training@50', 'coaching@63'])
  })

  test('from and to select by where a mention starts; limit keeps the first ones', () => {
    expect(texts({from: 3})).toEqual(['module@39', 'training@50', 'coaching@63'])
    expect(texts({from: 39, to: 63})).toEqual(['module@39', 'training@50'])
    expect(texts({includeNegated: true, from: 3, limit: 1})).toEqual(['coaching@22'])
    expect(texts({from: 64})).toEqual([])
  })

  test('overlapping keeps the mentions that share a character with a span', () => {
    // "module" inside "training module" (2..17): the longer term holds it.
    expect(texts({overlapping: {start: 11, end: 17}})).toEqual(['training module@2'])
    expect(texts({overlapping: {start: 17, end: 39}})).toEqual([])
    expect(texts({overlapping: {start: 16, end: 40}})).toEqual(['training module@2', 'module@39'])
    expect(texts({includeNegated: true, overlapping: {start: 17, end: 39}})).toEqual(['coaching@22'])
  })
})

describe('a question states nothing', () => {
  const training = defineLexicon('training', {en: ['training'], fr: ['formation']})
  const mentions = mentionsIn(training)

  test("a form's question in running text asks about training; the answer after it speaks", () => {
    expect(mentions('D.3 Le projet comprend-il un volet de formation ? Si oui, décrivez-le. Oui : une formation de trois jours.')).toEqual([
      ['formation', true],
      ['formation', false],
    ])
    expect(mentions('Does the project include training? (max. 1,000 characters)')).toEqual([['training', true]])
  })

  test('nor does a line labelled as an open point', () => {
    expect(mentions('Open question: whether the training is run by the union.')).toEqual([['training', true]])
    expect(mentions('Point ouvert : la formation des inspecteurs.')).toEqual([['formation', true]])
    expect(mentions('The open question of training was settled: the union runs the training.')).toEqual([
      ['training', false],
      ['training', false],
    ])
  })

  test("a form's numbered question set as a heading is the funder's words", () => {
    const model = buildModel('# Form\n\n**Q13. Will the project work with the training centre on its training?**\n\nNo.\n')
    expect(model.find(training, {includeNegated: true}).map((match) => [match.text, match.negated])).toEqual([['training', true], ['training', true]])
    // An instruction after the question is the funder's too, and makes the item no shorter a heading.
    const item = buildModel('# Form\n\n**Q11. Does the project include it? If yes, explain how the materials of the training will be shared with other organisations.**\n\nYes.\n')
    expect(item.sections.map((section) => section.heading.style)).toEqual(['atx', 'bold'])
    expect(item.find(training, {includeNegated: true}).map((match) => match.negated)).toEqual([true])
  })

  test('a Spanish form numbers its questions "P9." (pregunta)', () => {
    const model = buildModel('# Formulario\n\n### P9. ¿Incluye el proyecto actividades de formación?\n\nNo.\n')
    const formacion = defineLexicon('formación', {es: ['formación']})
    expect(model.find(formacion, {includeNegated: true}).map((match) => [match.text, match.negated])).toEqual([['formación', true]])
  })

  test('a question heading names its section', () => {
    const source = 'What training will the project offer?'
    const sentences = splitSentences(blockFrom(source, 'heading'), rangeOfIn(source))
    expect(findInSentences(sentences, training).map((match) => match.text)).toEqual(['training'])
  })
})

describe('a label its colon declines', () => {
  const mentions = mentionsIn(defineLexicon('coaching', {en: ['coaching'], fr: ['accompagnement'], es: ['acompañamiento']}))

  test('what a short label names is no plan when the colon declines it, as a table cell declines its row', () => {
    expect(mentions('Accompagnement des délégués après les séminaires : non financé dans cette phase (à rechercher en phase 2)')).toEqual([['Accompagnement', true]])
    expect(mentions('Coaching: not planned')).toEqual([['Coaching', true]])
    expect(mentions('Acompañamiento posterior: no previsto')).toEqual([['Acompañamiento', true]])
  })

  test('a value that is only the word for missing declines the label; a lack told at length is no such value', () => {
    expect(mentions('Acompañamiento: falta')).toEqual([['Acompañamiento', true]])
    expect(mentions('Coaching: missing.')).toEqual([['Coaching', true]])
    expect(mentions('Accompagnement : manquant')).toEqual([['Accompagnement', true]])
    expect(mentions('Acompañamiento: falta de tutores en las plantas, que el proyecto formará')).toEqual([['Acompañamiento', false]])
  })

  test('a label named at length that its value leaves out or puts off to inception', () => {
    expect(mentions('Acompañamiento en el puesto o mentoría a las personas formadas después de los talleres y del curso: no está incluido en el presupuesto')).toEqual([
      ['Acompañamiento', true],
    ])
    expect(mentions('Coaching of the trained officers: will be decided during inception')).toEqual([['Coaching', true]])
    expect(mentions("Accompagnement des agents après la formation : n'est pas inclus")).toEqual([['Accompagnement', true]])
    expect(mentions('Acompañamiento: se decidirá en la fase de arranque si es necesario')).toEqual([['Acompañamiento', true]])
  })

  test('a mention with a placeholder in brackets right after it is named, not yet written', () => {
    expect(mentions('Anexo 2: plan de acompañamiento (en preparación).')).toEqual([['acompañamiento', true]])
    expect(mentions('Coaching (TBD) after the workshops.')).toEqual([['Coaching', true]])
    expect(mentions('Coaching (two visits, see annex 2) after the workshops.')).toEqual([['Coaching', false]])
  })

  test('a mention a placeholder follows unbracketed is a post named with nobody in it yet', () => {
    expect(mentions("Coaching à désigner avec le ministère.")).toEqual([['Coaching', true]])
    expect(mentions('Acompañamiento por definir; dos visitas como mínimo.')).toEqual([['Acompañamiento', true]])
    expect(mentions('Coaching to be confirmed after the baseline.')).toEqual([['Coaching', true]])
    // "à" opening what follows is no placeholder
    expect(mentions('Coaching à domicile après chaque atelier.')).toEqual([['Coaching', false]])
  })

  test('a label whose value is still a placeholder is unsettled', () => {
    expect(mentions('Accompagnement après la fin du projet : à décider (TBD)')).toEqual([['Accompagnement', true]])
    expect(mentions('Coaching after the workshops: to be decided with the donor')).toEqual([['Coaching', true]])
    expect(mentions('Acompañamiento posterior: por definir')).toEqual([['Acompañamiento', true]])
    expect(mentions('Coaching: two visits per trainee, dates TBD')).toEqual([['Coaching', false]])
  })

  test('a label its colon says is not budgeted, and what "falta" (is missing) names', () => {
    const evaluation = mentionsIn(defineLexicon('evaluation (find test)', {fr: ['évaluation externe'], es: ['punto focal']}))
    expect(evaluation('Évaluation externe : pas budgétisée.')).toEqual([['Évaluation externe', true]])
    expect(evaluation('Falta un punto focal en el equipo.')).toEqual([['punto focal', true]])
  })

  test('a label its colon puts out of the project or on someone else', () => {
    const application = mentionsIn(defineLexicon('application (find test)', {en: ['roll-out'], fr: ['application'], es: ['aplicación']}))
    expect(application('Adoption et application du décret : relèvent du Gouvernement, hors du périmètre du projet')).toEqual([['application', true]])
    expect(application('Roll-out of the regulation: outside the scope of this project')).toEqual([['Roll-out', true]])
    expect(application('Aplicación del reglamento: fuera del alcance del proyecto')).toEqual([['Aplicación', true]])
  })

  test('a dash with spaces ends a label as a colon does, as task lists and slides write them', () => {
    expect(mentions('Coaching – not planned')).toEqual([['Coaching', true]])
    expect(mentions('Acompañamiento posterior — no previsto')).toEqual([['Acompañamiento', true]])
    // A hyphen inside a word or a range is no separator; a colon label is read first.
    expect(mentions('Follow-up coaching for 2024-2025 cohorts – two visits a month')).toEqual([['coaching', false]])
  })

  test('a label whose colon goes on to describe it, or a long sentence with a colon late, is read as written', () => {
    expect(mentions('Coaching: two visits a month to each cooperative, not funded by the ministry')).toEqual([['Coaching', false]])
    expect(mentions('After the three courses, each of the forty cooperatives in the two districts will receive coaching visits from the union: not funded')).toEqual([
      ['coaching', false],
    ])
  })
})
