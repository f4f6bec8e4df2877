import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon, isHistory} from '../../src/text/index.js'
import type {Range} from '../../src/types.js'

const slice = (text: string, range: Range) => text.slice(range.start.offset, range.end.offset)

describe('tables', () => {
  const text = [
    '# Title',
    '',
    '## 8. Budget (USD)',
    '',
    '| Budget line | Notes | Amount (USD) |',
    '|:---|:-:|---:|',
    '| Gender expertise \\| training | `a\\|b` | **45,000** |',
    '| Travel &amp; meetings |  | TBD |',
    '| Short row |',
    '',
  ].join('\n')
  const model = buildModel(text)
  const table = model.tables[0]!

  it('reads header, body rows, alignment and section', () => {
    expect(table.header.cells.map((cell) => cell.text)).toEqual(['Budget line', 'Notes', 'Amount (USD)'])
    expect(table.align).toEqual(['left', 'center', 'right'])
    expect(table.rows).toHaveLength(3)
    expect(table.rows.map((row) => row.index)).toEqual([0, 1, 2])
    expect(table.section?.heading.title).toBe('Budget (USD)')
    expect(table.range.start.line).toBe(5)
    expect(table.range.end.line).toBe(9)
  })

  it('resolves escaped pipes and character references without splitting cells', () => {
    const [first, second] = table.rows
    expect(first!.cells.map((cell) => cell.text)).toEqual(['Gender expertise | training', 'a|b', '45,000'])
    expect(second!.cells[0]!.text).toBe('Travel & meetings')
  })

  it('gives each cell the exact range of its content', () => {
    const cell = table.rows[0]!.cells[0]!
    expect(cell.range.start).toEqual({line: 7, column: 3, offset: text.indexOf('Gender expertise')})
    expect(slice(text, cell.range)).toBe('Gender expertise \\| training')
    expect(slice(text, table.rows[0]!.cells[2]!.range)).toBe('**45,000**')
    expect(slice(text, table.rows[1]!.cells[0]!.range)).toBe('Travel &amp; meetings')
    // An empty cell has an empty range just inside it.
    const empty = table.rows[1]!.cells[1]!
    expect(empty.text).toBe('')
    expect(empty.range.start.offset).toBe(empty.range.end.offset)
    expect(text.slice(empty.range.start.offset - 2, empty.range.start.offset)).toBe('| ')
    expect(slice(text, table.rows[0]!.range)).toBe('| Gender expertise \\| training | `a\\|b` | **45,000** |')
  })

  it('finds cells by header substring or pattern, case-insensitively', () => {
    const row = table.rows[0]!
    expect(row.cell('amount')?.text).toBe('45,000')
    expect(row.cell(/^budget/)?.text).toBe('Gender expertise | training')
    expect(row.cell(/AMOUNT \(usd\)/)?.column).toBe(2)
    expect(row.cell('missing')).toBeUndefined()
    expect(table.rows[2]!.cell('amount')).toBeUndefined()
    expect(table.header.cell('notes')?.text).toBe('Notes')
  })

  it('reads amounts from cells', () => {
    expect(table.rows[0]!.cell('amount')?.amount).toEqual({kind: 'money', value: 45_000, currency: null})
    expect(table.rows[1]!.cell('amount')?.amount).toEqual({kind: 'none', reason: 'tbd'})
    expect(table.rows[1]!.cell('notes')?.amount).toEqual({kind: 'none', reason: 'blank'})
    expect(table.rows[0]!.cells[0]!.amount).toEqual({kind: 'text'})
  })

  it('gives each cell its own sentence, with the cell range', () => {
    const cells = model.sentences().filter((sentence) => sentence.container === 'table-cell')
    const gender = cells.find((sentence) => sentence.text.startsWith('Gender'))!
    expect(gender.text).toBe('Gender expertise | training')
    expect(gender.range).toEqual(table.rows[0]!.cells[0]!.range)
    expect(gender.section?.heading.title).toBe('Budget (USD)')
  })

  it('finds tables inside lists and before any heading', () => {
    const nested = buildModel('| a | b |\n|---|---|\n| 1 | 2 |\n\n# T\n\n- item\n\n  | c |\n  |---|\n  | 3 |\n')
    expect(nested.tables).toHaveLength(2)
    expect(nested.tables[0]!.section).toBeNull()
    expect(nested.tables[1]!.rows[0]!.cells[0]!.range.start).toMatchObject({line: 11, column: 5})
  })
})

describe('list items', () => {
  it('records text, depth, ordering, range and section', () => {
    const text = ['# T', '', '## Activities', '', '1. **Mapping** of costs', '   - nested *one*', '2. Second', '', '- [x] done', ''].join('\n')
    const model = buildModel(text)
    expect(model.listItems.map((item) => [item.text, item.depth, item.ordered])).toEqual([
      ['Mapping of costs', 0, true],
      ['nested one', 1, false],
      ['Second', 0, true],
      ['done', 0, false],
    ])
    expect(slice(text, model.listItems[1]!.range)).toBe('- nested *one*')
    expect(slice(text, model.listItems[0]!.range)).toBe('1. **Mapping** of costs\n   - nested *one*')
    expect(model.listItems[0]!.section?.heading.title).toBe('Activities')
  })
})

describe('comments', () => {
  it('collects block and inline HTML comments with trimmed bodies and exact ranges', () => {
    const text = '<!-- lessonlint-fixture: valid -->\n# T\n\nText <!-- lessonlint-disable-line gender-budget --> here.\n\n<div>x</div>\n\n<!--\n  multi\n  line\n-->\n'
    const model = buildModel(text)
    expect(model.comments.map((comment) => comment.text)).toEqual([
      'lessonlint-fixture: valid',
      'lessonlint-disable-line gender-budget',
      'multi\n  line',
    ])
    expect(model.comments[0]!.range.start).toEqual({line: 1, column: 1, offset: 0})
    expect(slice(text, model.comments[1]!.range)).toBe('<!-- lessonlint-disable-line gender-budget -->')
    expect(model.comments[2]!.range.start.line).toBe(8)
    expect(model.comments[2]!.range.end.line).toBe(11)
    // Comments are not text.
    expect(model.sentences().map((sentence) => sentence.text)).toEqual(['T', 'Text  here.'])
  })
})

describe('a row that one of its cells declines', () => {
  const assessment = defineLexicon('needs assessment', {en: ['needs assessment'], fr: ['diagnostic des besoins'], es: ['diagnóstico de necesidades']})
  const found = (table: string) => buildModel(`# Budget\n\n${table}\n`).find(assessment, {includeNegated: true}).map((match) => match.negated)

  it('negates what the other cells name: "Not required", "To be developed in Phase II", "Non prévu", "No previsto"', () => {
    expect(found('| Line | USD | Note |\n|---|---|---|\n| Training needs assessment | 0 | Not required |')).toEqual([true])
    expect(found('| # | Module | Status |\n|---|---|---|\n| 5 | Needs assessment | *To be developed in Phase II, subject to funding* |')).toEqual([true])
    expect(found('| Poste | Statut |\n|---|---|\n| Diagnostic des besoins | Non prévu |')).toEqual([true])
    expect(found('| Rubro | Estado |\n|---|---|\n| Diagnóstico de necesidades | No previsto |')).toEqual([true])
  })

  it('negates them when a cell opens by declining and goes on to say why, or gives a zero with the reason in brackets', () => {
    expect(found('| Acteur | Rôle |\n|---|---|\n| Diagnostic des besoins (FEC) | Non associé au projet — un programme distinct le couvre |')).toEqual([true])
    expect(found('| Poste | Montant |\n|---|---|\n| Diagnostic des besoins | 0 (non retenu pour cette phase) |')).toEqual([true])
    expect(found('| Line | USD |\n|---|---|\n| Needs assessment | — (not funded by this grant) |')).toEqual([true])
    // A party that the row says takes no part: "No participa en el proyecto; ejecuta su propio programa".
    expect(found('| Actor | Papel |\n|---|---|\n| Diagnóstico de necesidades (OIM) | No participa en el proyecto; ejecuta su propio programa |')).toEqual([true])
    expect(found('| Acteur | Rôle |\n|---|---|\n| Diagnostic des besoins (OIM) | Ne participe pas au projet |')).toEqual([true])
    expect(found('| Partner | Role |\n|---|---|\n| Needs assessment (IOM) | Will not take part: it runs its own programme |')).toEqual([true])
    // A note that tells the line's purpose, then that it was cut, declines it in its second statement.
    expect(found('| Line | USD | Notes |\n|---|---|---|\n| Needs assessment | 0 | Was to survey the inspectors. Removed in the ceiling cut of 12 May; unfunded |')).toEqual([true])
    expect(found('| Line | USD | Notes |\n|---|---|---|\n| Needs assessment | 0 | Unfunded – to be sought from other donors |')).toEqual([true])
    expect(found('| Line | USD | Notes |\n|---|---|---|\n| Needs assessment | 9,500 | National consultant, 20 days. Its findings shape the course |')).toEqual([false])
    // A body not engaged, or given no role, in one of the cell's statements.
    expect(found('| Partner | Role |\n|---|---|\n| Needs assessment (APINDO) | Not engaged in phase 1; not part of this phase. Consult if phase 2 goes ahead. |')).toEqual([true])
    expect(found('| Organisation | Role |\n|---|---|\n| Needs assessment (UTICA) | Consulted during the 2023 design mission; no implementation role is foreseen |')).toEqual([true])
    // A cell that opens by declining gives its reason after: what the reason names is no plan either.
    expect(found("| Acteur | Rôle |\n|---|---|\n| FEC | Non associée au projet — son diagnostic des besoins relève d'un programme distinct |")).toEqual([true])
    // One that declines only in a later statement keeps what it says before ("Needs assessment in month 2. No follow-up is planned").
    expect(found('| Item | Plan |\n|---|---|\n| Inception | Needs assessment in month 2. Not funded: a follow-up survey |')).toEqual([false])
    expect(found("| Acteur | Rôle |\n|---|---|\n| Diagnostic des besoins (MAE) | N'est plus partenaire du projet |")).toEqual([true])
    expect(found('| Partner | Role |\n|---|---|\n| Needs assessment (MoFA) | No longer a partner: it withdrew in June |')).toEqual([true])
    // A part still to be settled a few words in.
    expect(found('| Partner | Role |\n|---|---|\n| Needs assessment (unions) | Their part in the project remains to be determined |')).toEqual([true])
    expect(found('| Actor | Papel |\n|---|---|\n| Diagnóstico de necesidades | Su participación queda por definir |')).toEqual([true])
    // A zero alone is a line left unfunded, which gender-budget points at; it declines nothing.
    expect(found('| Line | USD |\n|---|---|\n| Needs assessment | 0 |')).toEqual([false])
  })

  it("reads a management response: the evaluators' recommendation is left out, a declined one declines its row, an accepted one's follow-up stands", () => {
    const matrix = (rows: string) => `| # | Recommendation of the evaluators | Response | How phase two addresses it |\n|---|---|---|---|\n${rows}`
    // The recommendation alone, accepted or not, is no plan of the project.
    expect(found(matrix('| 1 | "Carry out a needs assessment before any new course." | Accepted | Section 4 |'))).toEqual([])
    // What the follow-up says is the plan, unless the response declines the row.
    expect(found(matrix('| 1 | "Assess the trainees\' needs." | Accepted | A needs assessment in months 1–3 |'))).toEqual([false])
    expect(found(matrix('| 1 | "Assess the trainees\' needs." | Not accepted | No needs assessment: the calendar is too short |'))).toEqual([true])
    expect(found('| N° | Recommandation | Réponse | Suite donnée |\n|---|---|---|---|\n| 2 | « Évaluer les besoins. » | Non acceptée : hors mandat | Diagnostic des besoins confié au ministère |')).toEqual([true])
    expect(found('| N.º | Recomendación | Respuesta | Cómo la aborda la Fase II |\n|---|---|---|---|\n| 3 | «Evaluar las necesidades.» | No aceptada en esta fase | Diagnóstico de necesidades en una Fase III |')).toEqual([true])
    // A partial acceptance declines nothing; a table of recommendations without responses is read whole.
    expect(found(matrix('| 1 | "Assess needs." | Partially accepted | Needs assessment for inspectors only |'))).toEqual([false])
    expect(found('| Recommendation | Lead |\n|---|---|\n| Needs assessment of the desks | DOLE |')).toEqual([false])
  })

  it("reads a revised design's changes: an activity dropped declines its row, one kept or moved stands", () => {
    const revision = (rows: string) => `| N.º | Actividad en el documento de proyecto | Cambio | Estado |\n|---|---|---|---|\n${rows}`
    expect(found(revision('| 1.4 | Diagnóstico de necesidades | **se suprime**; los fondos pasan a la actividad 2.2 | acordado |'))).toEqual([true])
    expect(found(revision('| 1.4 | Diagnóstico de necesidades | se elimina: la OIM cerró su programa | acordado |'))).toEqual([true])
    expect(found(revision('| 1.4 | Diagnóstico de necesidades | se posterga a una eventual segunda fase | propuesto |'))).toEqual([true])
    expect(found('| # | Activity | Change |\n|---|---|---|\n| 1.4 | Needs assessment | Removed: the baseline covers it |')).toEqual([true])
    expect(found('| N° | Activité | Modification |\n|---|---|---|\n| 1.4 | Diagnostic des besoins | Annulée (fonds réaffectés) |')).toEqual([true])
    expect(found(revision('| 1.4 | Diagnóstico de necesidades | se traslada al año 2 | propuesto |'))).toEqual([false])
    expect(found(revision('| 1.4 | Diagnóstico de necesidades | se mantiene | sin cambio |'))).toEqual([false])
  })

  it("reads a track record's decisions: a past practice not carried on declines its row, one kept stands", () => {
    const lessons = (rows: string) => `| Práctica anterior | Decisión para este proyecto | Razón |\n|---|---|---|\n${rows}`
    expect(found(lessons('| Diagnóstico de necesidades por cooperativa | No se repite | Costo alto |'))).toEqual([true])
    expect(found(lessons('| Diagnóstico de necesidades por cooperativa | Se mantiene | Útil |'))).toEqual([false])
    expect(found('| Past practice | Next phase | Why |\n|---|---|---|\n| Needs assessment per district | Not continued | The baseline covers it |')).toEqual([true])
    expect(found('| Pratique | Décision | Motif |\n|---|---|---|\n| Diagnostic des besoins | Non reconduit | Coût |')).toEqual([true])
  })

  it("reads a workplan's legend: a row marked only as cancelled is no longer the plan, one marked as planned stands", () => {
    const workplan = (rows: string, legend: string) => `| Activity | Q1 | Q2 | Q3 |\n|---|---|---|---|\n${rows}\n\n${legend}`
    expect(found(workplan('| 1.2 Needs assessment | | X | X |', '✓ = planned · X = cancelled'))).toEqual([true])
    expect(found(workplan('| 1.2 Diagnóstico de necesidades | X | | |', '✓ = previsto · X = cancelado'))).toEqual([true])
    expect(found(workplan('| 1.2 Diagnostic des besoins | ✗ | ✗ | |', '✓ : prévu ; ✗ : annulé'))).toEqual([true])
    // a row marked as planned, one with both marks, and a table with no legend stand
    expect(found(workplan('| 1.2 Needs assessment | ✓ | ✓ | |', '✓ = planned · X = cancelled'))).toEqual([false])
    expect(found(workplan('| 1.2 Needs assessment | ✓ | X | |', '✓ = planned · X = cancelled'))).toEqual([false])
    expect(found(workplan('| 1.2 Needs assessment | | X | X |', 'X marks the quarters of each activity.'))).toEqual([false])
  })

  it('reads a revised budget: a line revised to nothing is cut, one revised to an amount stands', () => {
    const revised = (row: string) => `| Budget line | PRODOC (EUR) | Revised (EUR) | Change |\n|---|---|---|---|\n${row}`
    expect(found(revised('| 3.3 Needs assessment | 38,000 | 0 | –38,000 |'))).toEqual([true])
    expect(found(revised('| 3.3 Needs assessment | 38,000 | – | –38,000 |'))).toEqual([true])
    expect(found(revised('| 3.3 Needs assessment | 38,000 | 42,000 | +4,000 |'))).toEqual([false])
    expect(found('| Ligne | Initial | Révisé |\n|---|---|---|\n| Diagnostic des besoins | 12 000 | 0 |')).toEqual([true])
    // A zero in the original column, or in a budget without a revision, declines nothing.
    expect(found(revised('| 3.3 Needs assessment | 0 | 15,000 | +15,000 |'))).toEqual([false])
  })

  it("reads a revision table: an original cell the revised one replaces is no longer the plan; one it keeps stands", () => {
    const texts = (table: string) => buildModel(`# P\n\n## Results framework\n\n${table}\n`).sentences({includeHeadings: false}).map((sentence) => sentence.text)
    const table = (row: string) => `| Code | Indicator (PRODOC) | Revised indicator | Target PRODOC | Revised target |\n|---|---|---|---|---|\n${row}`
    // The header's five titles, then the body row's cells.
    expect(texts(table('| R2.1 | Officials trained, by sex | Inspectors trained | 60 | 40 |')).slice(5)).toEqual(['R2.1', 'Inspectors trained', '40'])
    expect(texts(table('| R3.1 | Candidates oriented, by sex | Unchanged | 3,000 | 4,500 |')).slice(5)).toEqual(['R3.1', 'Candidates oriented, by sex', 'Unchanged', '4,500'])
    expect(texts('| N° | Indicateur (PRODOC) | Indicateur révisé |\n|---|---|---|\n| 1 | Agents formés, par sexe | Inchangé |').slice(3)).toEqual(['1', 'Agents formés, par sexe', 'Inchangé'])
  })

  it('leaves rows alone whose cells say "N/A" or state what is planned, and the header row', () => {
    expect(found('| Indicator | Baseline | Target |\n|---|---|---|\n| Needs assessment done | N/A | Month 3 |')).toEqual([false])
    expect(found('| Needs assessment | Not required |\n|---|---|\n| Inception | Month 2 |')).toEqual([false])
  })

  it('negates the label of a property whose value is a placeholder, outside the budget', () => {
    const inSummary = (table: string) => buildModel(`# P\n\n## Summary\n\n${table}\n`).find(assessment, {includeNegated: true}).map((match) => match.negated)
    expect(inSummary('| Property | Value |\n|---|---|\n| Needs assessment | TBD |')).toEqual([true])
    expect(inSummary('| Propiedad | Valor |\n|---|---|\n| Diagnóstico de necesidades | Por definir |')).toEqual([true])
    // A value that opens with a placeholder, whatever follows: "Por identificar (TBD)", "To be identified with the ministry".
    expect(inSummary('| Actor | Papel |\n|---|---|\n| Diagnóstico de necesidades | Por identificar (TBD) |')).toEqual([true])
    expect(inSummary('| Actor | Role |\n|---|---|\n| Needs assessment | To be identified with the ministry |')).toEqual([true])
    // A budget line without its amount is a line all the same; a logframe's "TBD" target leaves its indicator standing.
    expect(buildModel('# P\n\n## Budget\n\n| Line | USD |\n|---|---|\n| Needs assessment | TBD |\n').find(assessment, {includeNegated: true}).map((match) => match.negated)).toEqual([false])
    expect(found('| Indicator | Baseline | Target |\n|---|---|---|\n| Needs assessment done | 0 | TBD |')).toEqual([false])
  })
})

describe("a table's status column", () => {
  const ministry = defineLexicon('foreign ministry (status test)', {en: ['Ministry of Foreign Affairs'], es: ['Cancillería']})
  const found = (table: string) => buildModel(`# P\n\n## Partners\n\n${table}\n`).find(ministry, {includeNegated: true}).map((match) => match.negated)

  it('leaves the row unsettled when its status is still to be decided, with or without a sign before it', () => {
    expect(found('| Socio | Tipo | Rol | Estado |\n|---|---|---|---|\n| Cancillería | Gobierno | — | ❓ Por decidir |')).toEqual([true])
    expect(found('| Partner | Role | Status |\n|---|---|---|\n| Ministry of Foreign Affairs | Consular outreach | TBD |')).toEqual([true])
    expect(found('| Partner | Role | Status |\n|---|---|---|\n| Ministry of Foreign Affairs | Consular outreach | ✅ Confirmed |')).toEqual([false])
    // A placeholder in another column is a value still to come, not a partnership in doubt.
    expect(found('| Partner | Role | Contact |\n|---|---|---|\n| Ministry of Foreign Affairs | Consular outreach | TBD |')).toEqual([false])
  })
})

describe('an open item of a task list', () => {
  const assessment = defineLexicon('needs assessment (task test)', {en: ['needs assessment'], es: ['consultora de género']})
  const found = (list: string) => buildModel(`# P\n\n## Next steps\n\n${list}\n`).find(assessment, {includeNegated: true}).map((match) => [match.text, match.negated])

  it('states no plan, as a question does; a done item and a plain item are read as written', () => {
    expect(found('- [ ] Identificar una consultora de género\n- [x] Needs assessment in the four markets\n- Needs assessment in month 2')).toEqual([
      ['consultora de género', true],
      ['Needs assessment', false],
      ['Needs assessment', false],
    ])
  })

  it('among the activities, a task list with nothing ticked is the plan itself; one with ticked items stays a checklist', () => {
    const inActivities = (list: string) =>
      buildModel(`# P\n\n## Activities\n\n${list}\n`).find(assessment, {includeNegated: true}).map((match) => [match.text, match.negated])
    expect(inActivities('- [ ] 1.1 Needs assessment in the four markets\n- [ ] 1.2 Training of 40 trainers')).toEqual([['Needs assessment', false]])
    expect(inActivities('- [x] Validate the list of markets\n- [ ] Decide whether a needs assessment is needed – TBD')).toEqual([['needs assessment', true]])
  })
})

describe("a results table's values", () => {
  const bySex = defineLexicon('by sex (value test)', {en: ['by sex', 'gender focal point']})
  const found = (table: string) => buildModel(`# P\n\n## M&E\n\n${table}\n`).find(bySex).map((match) => match.text)

  it('"Not planned" under a target column is no target for that date: the row still says what it says', () => {
    expect(found('| Indicator | Baseline | Mid-term target | Final target |\n|---|---|---|---|\n| Staff applying the protocol, by sex | Not measured | Not planned | 70% |')).toEqual(['by sex'])
  })

  it('a placeholder or a decline in a table of properties, or in a status column, still declines its row', () => {
    expect(found('| Property | Value |\n|---|---|\n| Gender focal point | TBD |')).toEqual([])
    expect(found('| Post | Unit | Status |\n|---|---|---|\n| Gender focal point | ILO | Not planned |')).toEqual([])
  })
})

describe("a checklist the applicant ticks", () => {
  const claims = defineLexicon('checklist claims (test)', {en: ['gender strategy'], fr: ['stratégie genre'], es: ['plan de evaluación']})
  const found = (heading: string, list: string) => buildModel(`# P\n\n## ${heading}\n\n${list}\n`).find(claims).map((match) => match.text)

  it('holds claims about the proposal, not its content, in every language; a plain list under such a heading is read', () => {
    expect(found("Applicant's quality self-assessment", '- [x] The project has a gender strategy\n- [ ] Exit strategy')).toEqual([])
    expect(found("11. Grille d'auto-évaluation de la qualité", '- [x] Stratégie genre (annexe 3)')).toEqual([])
    expect(found('Lista de autoevaluación', '- [x] Plan de evaluación independiente (Anexo 2)')).toEqual([])
    expect(found('Quality checklist', '- The project has a gender strategy (section 5)')).toEqual(['gender strategy'])
  })

  it('is told by its heading: ticks elsewhere say what is done', () => {
    expect(found('Next steps', '- [x] Gender strategy agreed with the union\n- [ ] Budget review')).toEqual(['Gender strategy'])
  })
})

describe('a list of attachments the file does not hold', () => {
  const named = defineLexicon('annex titles (test)', {en: ['gender strategy', 'exit strategy'], fr: ["plan d'action genre"], es: ['estrategia de salida']})
  const found = (body: string) => buildModel(`# P\n\n${body}\n`).find(named).map((match) => match.text)

  it('names documents by their titles, which are no content of the proposal', () => {
    expect(found('## 10. Annexes\n\n- Annex 3: Gender strategy\n- Annex 7: Exit strategy (draft)')).toEqual([])
    expect(found("## Liste des annexes\n\n- Cadre logique\n- Analyse de genre et plan d'action genre")).toEqual([])
    expect(found('## Activities\n\n- Annexe 3 : Analyse de genre\n- Annex 7: Exit strategy')).toEqual([])
    expect(found('## 9. Presupuesto\n\n**Anexos:** 1. Marco lógico. 6. Estrategia de salida.')).toEqual([])
  })

  it('leaves what the proposal says of an annex, and an annex it holds', () => {
    expect(found('## Annexes\n\n- The gender strategy in Annex 3 sets targets of 40% women among apprentices and names the ministry focal point who will follow it up every quarter with the unions and the employers\' federation.')).toEqual(['gender strategy'])
    expect(found('## Annex 3: Gender strategy\n\nThe exit strategy hands the centres over to the ministry.')).toEqual(['Gender strategy', 'exit strategy'])
  })
})

describe("an outliner's task markers", () => {
  const assessment = defineLexicon('needs assessment (marker test)', {en: ['needs assessment', 'gender strategy']})
  const found = (list: string) =>
    buildModel(`# P\n\n## Activities\n\n${list}\n`)
      .find(assessment, {includeNegated: true})
      .map((match) => [match.text, match.negated, isHistory(match.sentence, match)])

  it('reads a task to do, under way or dropped as stating no plan, and a task done as told in the past', () => {
    expect(found('- TODO draft the gender strategy\n- LATER: needs assessment with the union\n- DONE needs assessment of the inspectorate (August)')).toEqual([
      ['gender strategy', true, false],
      ['needs assessment', true, false],
      ['needs assessment', false, true],
    ])
  })

  it("reads an item opened by a question mark as the writer's open question: it states no plan", () => {
    expect(found('- ? needs assessment – consultant or NPC? no budget line yet\n- ?? gender strategy: who drafts it\n- The needs assessment? Done in May.')).toEqual([
      ['needs assessment', true, false],
      ['gender strategy', true, false],
      // A question mark inside the text marks nothing: "The needs assessment?" is asked in its own sentence.
      ['needs assessment', true, false],
    ])
    expect(found('- ?needs assessment in month 2\n- needs assessment in month 2')).toEqual([
      ['needs assessment', false, false],
      ['needs assessment', false, false],
    ])
  })

  it('reads the marker itself as written: a rule may look for what is left to do', () => {
    const todo = defineLexicon('todo (marker test)', {en: ['TODO']})
    expect(buildModel('# P\n\n- TODO draft the gender strategy\n').find(todo).map((match) => match.text)).toEqual(['TODO'])
  })

  it('needs the marker in capitals, as the outliner writes it: a sentence may open with the word', () => {
    expect(found('- Now the needs assessment will start.\n- Done with care, the gender strategy will guide the work.')).toEqual([
      ['needs assessment', false, false],
      ['gender strategy', false, false],
    ])
  })
})

describe("a table cell's paragraphs", () => {
  const text = [
    '# P',
    '',
    '| Field | Response |',
    '|---|---|',
    '| **Training** | The course covers: 1) labour standards; 2) gender equality.<br><br>Participation: at least 40 % women.<br>Places: 30. <br /> <BR>Tests before and after. |',
    '',
  ].join('\n')
  const model = buildModel(text)
  const sentences = model.sentences({includeHeadings: false}).filter((sentence) => sentence.container === 'table-cell')
  const blockOf = (start: string) => {
    const sentence = sentences.find((each) => each.text.startsWith(start))!
    return slice(text, sentence.block)
  }

  it('reads the first paragraph with its row, and each later one (after two line breaks) as a block of its own', () => {
    expect(blockOf('Training')).toBe(slice(text, model.tables[0]!.rows[0]!.range))
    expect(blockOf('The course covers')).toBe(slice(text, model.tables[0]!.rows[0]!.range))
    // One line break goes on with the paragraph; two, with spaces between them and in any case, end it.
    expect(blockOf('Participation')).toBe('Participation: at least 40 % women.<br>Places: 30.')
    expect(blockOf('Places')).toBe('Participation: at least 40 % women.<br>Places: 30.')
    expect(blockOf('Tests')).toBe('Tests before and after.')
  })

  it('keeps every sentence of the cell, at its own offsets', () => {
    expect(sentences.map((sentence) => slice(text, sentence.range))).toEqual([
      'Field',
      'Response',
      'Training',
      'The course covers: 1) labour standards; 2) gender equality.',
      'Participation: at least 40 % women.',
      'Places: 30.',
      'Tests before and after.',
    ])
  })
})

describe("a form's fields left unanswered", () => {
  const textOf = (table: string) => buildModel(`# P\n\n## Tab 7 · Sustainability\n\n${table}\n`).sentences({includeHeadings: false}).map((sentence) => sentence.text)

  it('are no text of the proposal: empty, not applicable, or pointing to a file attached apart; nor is the header', () => {
    expect(
      textOf(
        [
          '| Champ | Réponse |',
          '|---|---|',
          '| **Stratégie de sortie** _(comment les résultats seront-ils maintenus ?)_ | Voir pièce jointe n° 5 |',
          '| **Appropriation par les partenaires nationaux** | |',
          '| **Financement après le projet** | N/A |',
          '| **Exit strategy** | See attached (Annex 4) |',
          '| **Transfert** | La Direction reprend les guichets au mois 20. |',
        ].join('\n'),
      ),
    ).toEqual(['Transfert', 'La Direction reprend les guichets au mois 20.'])
  })

  it('are read as written in a table that is no form: a plain two-column table, or labels not all in bold', () => {
    const plain = ['| Activity | Responsible |', '|---|---|', '| Train 40 inspectors | |', '| Exit strategy | N/A |', '| Hand over the desks | Ministry |'].join('\n')
    expect(textOf(plain)).toEqual(['Activity', 'Responsible', 'Train 40 inspectors', 'Exit strategy', 'N/A', 'Hand over the desks', 'Ministry'])
  })
})

describe('tables written in raw HTML', () => {
  // As pandoc writes a Word table whose cells hold paragraphs: one HTML block, which CommonMark keeps as raw HTML.
  const text = [
    '## Logical framework',
    '',
    '<table>',
    '<thead><tr><th>Result</th><th>Indicator</th><th>Target</th></tr></thead>',
    '<tr><td rowspan="2"><strong>Outcome 1</strong><br>Masters train</td><td><p>1.1 Number of masters trained</p><p>1.2 % of masters using a plan, by sex</p></td><td>300</td></tr>',
    '<tr><td>1.3 Number of M&amp;E visits<sup>2</sup></td><td colspan="1">40</td></tr>',
    '</table>',
    '',
    '  <table><tr><td>Indented by two spaces</td></tr></table>',
    '',
    '- <table><tr><td>Inside a list item</td></tr></table>',
    '',
    '<div>Text</div>',
    '',
  ].join('\n')
  const model = buildModel(text)

  it('reads a table block as the table it stands for, a header row and body rows, a spanned column left empty', () => {
    const table = model.tables[0]!
    expect(table.header.cells.map((cell) => cell.text)).toEqual(['Result', 'Indicator', 'Target'])
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['Outcome 1 Masters train', '1.1 Number of masters trained 1.2 % of masters using a plan, by sex', '300'],
      ['', '1.3 Number of M&E visits', '40'],
    ])
    expect(table.section?.heading.title).toBe('Logical framework')
  })

  it('places each cell where its text stands in the document', () => {
    const cell = model.tables[0]!.rows[1]!.cells[1]!
    expect(slice(text, cell.range)).toBe('1.3 Number of M&amp;E visits')
    expect(cell.range.start.line).toBe(6)
  })

  it("reads a cell's paragraphs as its lines: each indicator statement on its own, a footnote mark left out", () => {
    expect(model.indicators.map((indicator) => [indicator.text, slice(text, indicator.range)])).toEqual([
      ['1.1 Number of masters trained', '1.1 Number of masters trained'],
      ['1.2 % of masters using a plan, by sex', '1.2 % of masters using a plan, by sex'],
      // One statement in its row: the row is its range, as in a pipe table.
      ['1.3 Number of M&E visits', '<tr><td>1.3 Number of M&amp;E visits<sup>2</sup></td><td colspan="1">40</td></tr>'],
    ])
  })

  it('reads a table indented by up to three spaces, and one written on one line in a list item; other HTML stays raw', () => {
    expect(model.tables.map((table) => table.header.cells[0]!.text)).toEqual(['Result', 'Indented by two spaces', 'Inside a list item'])
  })

  it('leaves a table block whose lines a container prefixes (a block quote) raw: its value is not its source', () => {
    const quoted = buildModel('> <table>\n> <tr><td>Quoted</td></tr>\n> </table>\n')
    expect(quoted.tables).toEqual([])
  })
})

describe('a table flattened into lines, as a PDF conversion gives it', () => {
  const sentencesOf = (body: string) => buildModel(`# P\n\n## Budget\n\n${body}\n`).sentences({includeHeadings: false}).map((sentence) => sentence.text)

  it('reads each line as a row of its own, when most lines end in a figure', () => {
    expect(sentencesOf('Line Amount (USD) Share\nStaff 690 000 29,4 %\nGender mainstreaming to be decided –\nMonitoring and evaluations 150 000 6,4 %\nTotal 2 350 000 100 %')).toEqual([
      'Line Amount (USD) Share',
      'Staff 690 000 29,4 %',
      'Gender mainstreaming to be decided –',
      'Monitoring and evaluations 150 000 6,4 %',
      'Total 2 350 000 100 %',
    ])
  })

  it('leaves prose wrapped into lines one paragraph of sentences', () => {
    expect(sentencesOf('The project will train 120 inspectors in\n2027 and 80 more in 2028, with a budget of\nUSD 40,000 for the first cohort and 35,000\nfor the second one, as agreed in May.')).toHaveLength(1)
  })
})
