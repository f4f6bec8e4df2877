// The rule pack's judgement, measured as `pnpm eval` measures it: on the labelled
// corpus (a development set), on the blind paraphrase suite, and on held-out
// passages and whole proposals nobody read while changing the rules. The floors below are where the
// pack stands; raise them when it improves, never lower them to pass.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'

import {evaluate, score} from './eval.mjs'

interface Verdict {
  set: string
  language: string
  file: string
  rule: string
  expected: boolean
  fired: boolean
  lineMisses: number[]
}

const verdicts: Verdict[] = await evaluate()

/**
 * The blind proposals came in rounds of four per language (01–04, 05–08, 09–12, 13–16, 17–20, 21–24, 25–28, 29–32, 33–36, 37–40, 41–44, 45–48, 49–52, 53–56, 57–60, 61–64, 65–68, 69–72, 73–76, 77–80, 81–84, 85–88, …, 97–100), each written later, in shapes
 * the rounds before lacked; each round has its floors, so a new round's first-run misses lower no earlier floor.
 */
const roundOf = (file: string): number => Math.ceil(Number(/^\d+/u.exec(basename(file))?.[0]) / 4)
const of = (set: string, language?: string, round?: number) =>
  score(verdicts.filter((v) => v.set === set && (!language || v.language === language) && (round === undefined || roundOf(v.file) === round)))

/** Precision and recall floors per set and language (and round, for the whole proposals). */
const FLOORS: Array<[set: string, language: string | undefined, precision: number, recall: number]> = [
  ['corpus', undefined, 0.97, 0.97],
  ['fixtures', undefined, 0.97, 0.97],
  ['paraphrase', 'en', 0.97, 0.97],
  ['paraphrase', 'fr', 0.97, 0.97],
  ['paraphrase', 'es', 0.97, 0.97],
  ['holdout', 'en', 0.9, 0.85],
  ['holdout', 'fr', 0.82, 0.85],
  ['holdout', 'es', 0.85, 0.9],
]

/**
 * Whole proposals, per round: [round, language, precision, recall]. Rounds 3 and 4 are where their first runs left
 * them, raised as their misreads are fixed.
 */
const PROPOSAL_FLOORS: Array<[round: number, language: string, precision: number, recall: number]> = [
  [1, 'en', 0.95, 0.95],
  [1, 'fr', 0.9, 0.95],
  [1, 'es', 0.95, 0.95],
  [2, 'en', 0.95, 0.95],
  [2, 'fr', 0.95, 0.95],
  [2, 'es', 0.95, 0.9],
  [3, 'en', 0.95, 0.9],
  [3, 'fr', 0.95, 0.9],
  [3, 'es', 0.95, 0.95],
  [4, 'en', 0.95, 0.9],
  [4, 'fr', 0.95, 0.95],
  [4, 'es', 0.95, 0.95],
  [5, 'en', 0.95, 0.95],
  [5, 'fr', 0.95, 0.95],
  [5, 'es', 0.9, 0.95],
  [6, 'en', 0.9, 0.95],
  [6, 'fr', 0.95, 0.95],
  [6, 'es', 0.95, 0.95],
  // Round 7: issue forms, slide decks, donor templates, drafts with tracked changes; first run 0.80/0.69, 1.00/0.67, 0.82/0.76.
  [7, 'en', 0.85, 0.95],
  [7, 'fr', 0.95, 0.95],
  [7, 'es', 0.9, 0.95],
  // Round 8: a Word document through pandoc, a Quarto document, a Notion/Obsidian page, a two-language proposal; first
  // run 1.00/0.83, 0.93/0.68, 0.97/0.85.
  [8, 'en', 0.95, 0.95],
  [8, 'fr', 0.95, 0.95],
  [8, 'es', 0.95, 0.95],
  // Round 9: a concept note in an e-mail thread, a funder's form answered question by question, an MkDocs page, a
  // resubmission opening with the reviewers' comments; first run 0.75/0.60, 0.74/0.57, 0.73/0.75.
  [9, 'en', 0.9, 0.8],
  [9, 'fr', 0.9, 0.8],
  [9, 'es', 0.9, 0.9],
  // Round 10: a PDF conversion, a Marp slide deck, an outliner (Logseq) page, a consortium proposal with footnotes; first
  // run 0.97/0.76, 0.90/0.53, 0.89/0.77.
  [10, 'en', 0.95, 0.9],
  [10, 'fr', 0.95, 0.85],
  [10, 'es', 0.95, 0.9],
  // Round 11: a Docusaurus MDX page, a donor template filled in as one table, a proposal kept in YAML front matter, a
  // Google Docs export; first run 0.82/0.84, 0.70/0.77, 0.89/0.72.
  [11, 'en', 0.95, 0.85],
  [11, 'fr', 0.85, 0.85],
  [11, 'es', 0.95, 0.85],
  // Round 12: a Quarto report, a proposal sent as an e-mail with the donor's message quoted, a Notion page export, a
  // revised proposal with an appraisal-response table (round 8's and 9's kinds, written anew); first run 1.00/0.77,
  // 1.00/0.93, 0.92/0.74.
  [12, 'en', 0.95, 0.9],
  [12, 'fr', 0.95, 0.95],
  [12, 'es', 0.95, 0.95],
  // Round 13: a Jupyter notebook export, a Confluence page export, design-workshop minutes serving as a concept note, a
  // Hugo website page with shortcodes; first run 0.91/0.70, 0.78/0.72, 0.83/0.61.
  [13, 'en', 0.95, 0.9],
  [13, 'fr', 0.95, 0.95],
  [13, 'es', 0.9, 0.95],
  // Round 14: a chat-channel (Teams) export in which the team drafts the note, a grant agreement's Annex I in legal
  // drafting, a proposal whose diagrams (Mermaid) carry content, a grassroots organisation's small-grant application;
  // first run 0.80/0.88, 0.72/0.62, 0.66/0.81.
  [14, 'en', 0.9, 0.95],
  [14, 'fr', 0.95, 0.85],
  [14, 'es', 0.9, 0.95],
  // Round 15: a call-for-proposals response that keeps the funder's guidance, a bilingual proposal, a regional
  // programme with country chapters, a phase-two proposal built on a management-response matrix; first run 0.86/0.68,
  // 1.00/0.56, 0.91/0.67.
  [15, 'en', 0.95, 0.95],
  [15, 'fr', 0.95, 0.95],
  [15, 'es', 0.9, 0.9],
  // Round 16: an inception report that revises the approved design, a proposal carried by its budget justification, a
  // proposal that reads as a translation, a word-processor conversion that keeps HTML tables and collapsible blocks;
  // first run (en, fr, es) 0.72/0.72, 0.76/0.70, 0.77/0.87.
  [16, 'en', 0.9, 0.9],
  [16, 'fr', 0.95, 0.95],
  [16, 'es', 0.9, 0.95],
  // Round 17: a scoping study that ends in a recommended design, a telegraphic concept note, a proposal built around
  // testimonies, a project wiki page in GitHub-flavoured Markdown (callouts, task lists, a Gantt table with a legend, a
  // changelog); first run (en, fr, es) 0.78/0.81, 0.78/0.72, 0.73/0.77.
  [17, 'en', 0.95, 0.95],
  [17, 'fr', 0.9, 0.9],
  [17, 'es', 0.9, 0.95],
  // Round 18: a logframe-led proposal, a theory-of-change-led proposal, a compiled submission package (cover letter,
  // summary, proposal and annexes, each under its own title), a proposal written by a social partner as the applicant
  // with co-authors' HTML comments; first run (en, fr, es) 0.97/0.97, 0.94/0.88, 0.93/0.93.
  [18, 'en', 0.95, 0.95],
  [18, 'fr', 0.95, 0.95],
  [18, 'es', 0.95, 0.9],
  // Round 19: a lessons-learned-driven design answering an evaluation's findings, a proposal typed fast (no accents,
  // typos, lowercase), plain-language headings in a storytelling order, a proposal converted imperfectly from AsciiDoc;
  // first run (en, fr, es) 0.95/0.75, 0.96/0.83, 0.93/0.90.
  [19, 'en', 0.95, 0.9],
  [19, 'fr', 0.95, 0.95],
  [19, 'es', 0.95, 0.95],
  // Round 20: a proposal structured by the OECD-DAC evaluation criteria with a linked table of contents, a cost-extension
  // request that describes only what changes from the original ProDoc, a narrative-only proposal with gender
  // mainstreamed (no lists, tables or gender section), a working draft tracked in a repository (task lists, @mentions,
  // a changelog); first run (en, fr, es) 0.86/0.83, 0.93/0.88, 0.90/0.87.
  [20, 'en', 0.9, 0.95],
  [20, 'fr', 0.95, 0.95],
  [20, 'es', 0.95, 0.95],
  // Round 21: a ministry's project document in a legal-administrative register (numbered articles), a proposal written
  // output by output with no overall budget, risks or M&E section, a writer who mixes languages, a proposal dense with
  // acronyms (a glossary of 30-40); first run (en, fr, es) 0.83/0.89, 0.93/0.84, 0.87/0.96.
  [21, 'en', 0.95, 0.9],
  [21, 'fr', 0.95, 0.9],
  [21, 'es', 0.95, 0.95],
  // Round 22: a proposal pasted under the cover e-mail that sends it, with the donor's comments quoted, a research
  // register with citations and footnotes, a proposal by a social partner as applicant (a union confederation, an
  // employers' organisation), a multi-country proposal in country chapters; first run (en, fr, es) 0.91/0.87,
  // 0.87/0.71, 0.95/0.78.
  [22, 'en', 0.95, 0.95],
  [22, 'fr', 0.95, 0.95],
  [22, 'es', 0.95, 0.95],
  // Round 23: a draft with review marks kept (strikethrough, insertions, bracketed comments), a donor form with
  // questions as headings, a proposal ending with a ticked self-assessment checklist and annexes not included, a joint
  // programme of several UN agencies; first run (en, fr, es) 1.00/0.74, 0.74/0.77, 0.91/0.68.
  [23, 'en', 0.95, 0.8],
  [23, 'fr', 0.95, 0.95],
  [23, 'es', 0.95, 0.9],
  // Round 24: an online portal's export (fields as table rows, answers in paragraphs joined by <br>), a proposal in
  // collapsible <details> sections, a deeply nested outliner export with the writer's open questions, a plan carried by
  // its tables (Gantt, responsibility matrix, risk register, M&E matrix); first run (en, fr, es) 0.81/0.70, 0.96/0.86,
  // 0.78/0.78.
  [24, 'en', 0.95, 0.75],
  [24, 'fr', 0.95, 0.95],
  [24, 'es', 0.85, 0.85],
  // Round 25: a draft with tracked changes (struck deletions, marked insertions, reviewers' remarks), a Pandoc/Quarto
  // source (fenced divs, definition lists, footnotes, citations), a donor's questions answered one by one, numbered
  // paragraphs in UN style with lettered sub-paragraphs and annexes; first run (en, fr, es) 0.88/0.81, 0.96/0.88,
  // 0.65/0.81.
  [25, 'en', 0.95, 0.85],
  [25, 'fr', 0.95, 0.95],
  [25, 'es', 0.95, 0.85],
  // Round 26: a logframe-first proposal (the plan in its tables' cells), a slide deck with speaker notes, a joint
  // programme of several UN agencies (commitments labelled by agency), a revised proposal opening with its answers to
  // the donor's appraisal; first run (en, fr, es) 0.96/0.81, 1.00/0.96, 0.90/0.97.
  [26, 'en', 0.95, 0.85],
  [26, 'fr', 0.95, 0.95],
  [26, 'es', 0.95, 0.95],
  // Round 27: a theory-of-change proposal (pathways as IF…THEN hypotheses, a pilot in the past tense), a terse
  // call-for-proposals answer under word limits, a web form's export with its HTML paragraphs and tables, a proposal
  // dominated by the applicant's track record; first run (en, fr, es) 0.83/0.89, 0.76/0.92, 0.69/0.85.
  [27, 'en', 0.9, 0.9],
  [27, 'fr', 0.95, 0.9],
  [27, 'es', 0.9, 0.9],
  // Round 28: a plain-language proposal from a community group (its own headings), a proposal built on funding
  // scenarios and options, a workplan-centred proposal (a Gantt table, commitments in a risk table's mitigations), a
  // consortium proposal written by several partners; first run (en, fr, es) 0.71/0.81, 0.75/0.77, 0.88/0.71.
  [28, 'en', 0.8, 0.85],
  [28, 'fr', 0.95, 0.9],
  [28, 'es', 0.9, 0.8],
  // Round 29: a year-two workplan of an ongoing project (a status table of year one, activities continued, scaled up,
  // new or dropped), a proposal with a glossary and an explicit scope with hedged commitments, commitments spread over
  // boxes, footnotes and cross-references, a project with little or no classic training; first run (en, fr, es)
  // 0.95/0.91, 0.77/0.74, 0.85/0.92.
  [29, 'en', 0.95, 0.95],
  [29, 'fr', 0.95, 0.95],
  [29, 'es', 0.95, 0.9],
  // Round 30: a crisis response (cash for work, refugees and host communities, a second phase promised), South-South and
  // triangular cooperation (twinning, study visits, a community of practice), a design written by one consultant in the
  // first person, an employment-intensive infrastructure project (small contractors, mechanical workshops, toolbox
  // talks); first run (en, fr, es) 0.96/0.89, 0.93/0.93, 0.77/1.00.
  [30, 'en', 0.95, 0.9],
  [30, 'fr', 0.95, 0.95],
  [30, 'es', 0.95, 0.95],
  // Round 31: a proposal built on matrices (RACI, stakeholders, risks), one written by a ministry with the ILO as
  // partner, a digital-tool project (user stories, sprints, onboarding), one organised around its costed workplan;
  // first run (en, fr, es) 0.93/0.90, 0.93/0.90, 0.88/0.81.
  [31, 'en', 0.95, 0.9],
  [31, 'fr', 0.9, 0.9],
  [31, 'es', 0.85, 0.85],
  // Round 32: a programme funded by a brand with its supplier factories (KPIs, scorecards), payment by results (tariffs,
  // a verification agent), action research (questions, sampling, ethics), commitments attested by letters of support,
  // minutes and MoUs; first run (en, fr, es) 0.93/0.93, 0.89/0.77, 0.93/0.93.
  [32, 'en', 0.95, 0.9],
  [32, 'fr', 0.95, 0.85],
  [32, 'es', 0.95, 0.95],
  // Round 33: a UN joint programme of four agencies, a trade union confederation's own proposal to a solidarity support
  // organisation, a theory of change by "if… then… because" pathways with outcome harvesting, a request for a second
  // phase that reports the first; first run (en, fr, es) 0.80/0.74, 0.88/0.82, 0.86/0.86.
  [33, 'en', 0.9, 0.75],
  [33, 'fr', 0.95, 0.85],
  [33, 'es', 0.95, 0.9],
  // Round 34: an EU Description of the Action, a re-granting facility (a challenge fund and its grant cycle), a business
  // case in the UK Five Case Model (options appraised, "do nothing" among them), a proposal in research work packages
  // (tasks, deliverables, milestones, person-months); first run (en, fr, es) 0.92/0.79, 0.92/0.86, 0.88/0.79.
  [34, 'en', 0.95, 0.85],
  [34, 'fr', 0.95, 0.95],
  [34, 'es', 0.95, 0.75],
]

describe('the pack on labelled proposals', () => {
  test.each(PROPOSAL_FLOORS)('proposals, round %s, %s: precision ≥ %s, recall ≥ %s', (round, language, precision, recall) => {
    const figures = of('proposals', language, round)
    expect(figures.tp + figures.fn, `proposals round ${round} ${language} has labelled findings`).toBeGreaterThan(0)
    expect(figures.precision).toBeGreaterThanOrEqual(precision)
    expect(figures.recall).toBeGreaterThanOrEqual(recall)
  })

  test.each(FLOORS)('%s %s: precision ≥ %s, recall ≥ %s', (set, language, precision, recall) => {
    const figures = of(set, language)
    expect(figures.tp + figures.fn, `${set} ${language ?? ''} has labelled findings`).toBeGreaterThan(0)
    expect(figures.precision).toBeGreaterThanOrEqual(precision)
    expect(figures.recall).toBeGreaterThanOrEqual(recall)
  })

  test('the corpus per-item lines are all hit (each indicator row, each zero amount, each bad key)', () => {
    const misses = verdicts.filter((v) => (v.set === 'corpus' || v.set === 'fixtures') && v.lineMisses.length > 0)
    expect(misses.map((v) => `${v.file}: ${v.rule}@${v.lineMisses.join(',')}`)).toEqual([])
  })
})

describe('the blind suites are labelled', () => {
  for (const suite of ['paraphrase', 'holdout', 'proposals']) {
    for (const language of ['en', 'fr', 'es']) {
      const dir = join(import.meta.dirname, '..', suite, language)
      test(`${suite}/${language}: every passage has labels, and only labels of passages`, () => {
        expect(existsSync(dir)).toBe(true)
        const labels: Record<string, {rules?: string[]; expect?: string[]}> = {}
        for (const file of readdirSync(dir).filter((f) => /^labels.*\.ya?ml$/u.test(f))) {
          Object.assign(labels, parseYaml(readFileSync(join(dir, file), 'utf8')))
        }
        const passages = readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
        expect(Object.keys(labels).sort()).toEqual(passages)
        for (const [file, label] of Object.entries(labels)) {
          // A passage is judged on a few rules; a whole proposal on every rule (no `rules` key).
          if (suite === 'proposals') continue
          expect(label.rules?.length, `${file} names the rules it is judged on`).toBeGreaterThan(0)
          for (const id of label.expect ?? []) expect(label.rules, `${file}: ${id} is expected but not judged`).toContain(id)
        }
      })
    }
  }
})
