// Inputs whose linting time must grow linearly with their size: the families
// of issue 12 (each input that was once super-linear), and long runs of every
// kind of character or construct, each set in a short but real proposal where
// the rules read it (a run of digits under the budget heading and in a
// training sentence, a run of spaces after "Convention" in a migration
// project...). `build(n)` makes an input whose variable part is about n
// characters.

/** Where a payload goes in the proposal. */
export type Slot = 'frontMatter' | 'background' | 'objectives' | 'activities' | 'budget' | 'monitoring' | 'end'

/**
 * A short labour migration proposal with a training component, a budget, a
 * results framework and a gender section, so that every rule of the pack
 * applies and reads each part. `payload` is added to one part, as blocks of its own.
 */
export function proposal(slot: Slot, payload: string): string {
  const at = (here: Slot) => (slot === here ? `${payload}\n\n` : '')
  return `---
title: Fair Recruitment for Migrant Workers in the Nepal–Qatar Corridor
themes: [migration, gender]
components: [training]
language: en
${slot === 'frontMatter' ? `${payload}\n` : ''}---

# Fair Recruitment for Migrant Workers in the Nepal–Qatar Corridor

## 1. Background

Labour migration from Nepal to Qatar grew fast over the last decade. Most workers pay recruitment fees of up to four months' wages and arrive without a written contract.

${at('background')}## 2. Objectives

The project helps women and men migrant workers to be recruited fairly and protected at work.

${at('objectives')}## 3. Activities

- **Output 1.1:** 120 labour inspectors are trained on the recruitment rules, followed by three months of coaching.
- **Output 1.2:** A workshop with employers' organisations and trade unions reviews the code of conduct for recruitment agencies.

${at('activities')}## 4. Budget

| Budget line | Amount (USD) |
|---|---|
| Training of labour inspectors | 120,000 |
| Gender specialist | 40,000 |
| Total | 160,000 |

${at('budget')}## 5. Monitoring and evaluation

| Result | Indicator | Baseline | Target |
|---|---|---|---|
| Output 1.1 | Number of inspectors trained, by sex | 0 | 120 |

${at('monitoring')}## 6. Gender equality

Women make up a fifth of the workers in the corridor; the project reviews every output for its effects on women and men.

${at('end')}`
}

/** `unit` repeated until the result is about n characters long. */
export function repeat(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.round(n / unit.length)))
}

export interface Family {
  name: string
  /** The n the calibration starts from (about where it ends on this machine, to spare the doubling). */
  start: number
  build: (n: number) => string
  /** The smallest n the family is measured at. */
  minN?: number
  /**
   * Where the cost lies when it is quadratic in a parser lessonlint uses (micromark for Markdown, yaml
   * for front matter), which lessonlint cannot bound without a parser of its own: the test then only
   * guards against worse than quadratic.
   */
  upstream?: string
}

const family = (name: string, start: number, build: (n: number) => string, minN?: number, upstream?: string): Family => ({name, start, build, minN, upstream})

const SENTENCE = 'Inspectors will be trained on the recruitment rules and coached on the job by the Labour Inspection Department. '

/** The families of issue 12 that were super-linear, each at its cause. */
export const REPORTED: Family[] = [
  // CITED_NUMBERS (rules/shared/conventions.ts, read by migration-framework): three adjacent \s* after "Convention" (cubic).
  family('"Convention" then spaces (migration-framework)', 128000, (n) =>
    proposal('background', `The project applies the Convention${' '.repeat(n)}on domestic work.`),
  ),
  // `[^\p{L}]+$` on the word after "trained" (training.ts).
  family('"trained" then digits (training.ts)', 16000, (n) => proposal('activities', `Inspectors will be trained ${repeat('1', n)}x1 times.`)),
  family('"trained" then a digit word', 8000, (n) => proposal('activities', `Inspectors will be trained ${repeat('1', n)}.`)),
  // The money pattern of gender-budget on "1 1 1 1 ..." under the budget heading.
  family('"1 " repeated under Budget (budget.ts money pattern)', 2000, (n) => proposal('budget', `The gender line is ${repeat('1 ', n)}x.`)),
  family('"1," repeated under Budget', 8000, (n) => proposal('budget', `Gender equality: USD ${repeat('1,', n)}x.`)),
  family('"1" + no-break spaces under Budget', 1000, (n) => proposal('budget', `Gender equality: ${repeat('1\u00a0', n)}euros.`)),
  // Blank lines: before text, and ending a document whose missing sections a fix appends.
  family('blank lines before text', 1000, (n) => proposal('activities', `${'\n'.repeat(n)}Inspectors will be trained.`)),
  // These two from 16,000: at 8,000 the small document lints in 30–60 ms, mostly micromark and garbage collection,
  // and that noise alone once took the ratio to 17 in CI (the parse by itself grows about linearly: 63 → 564 ms for 8n).
  family('blank lines ending a proposal that lacks sections', 16000, (n) => `# Training for inspectors\n\nInspectors will be trained.${'\n'.repeat(n)}`),
  family('CRLF blank lines before text', 16000, (n) => proposal('activities', `${'\r\n'.repeat(n / 2)}Inspectors will be trained.`)),
  // A capitalised mention followed by "(": mentions.ts.
  family('capitalised mention then "(" (mentions.ts)', 64000, (n) => proposal('activities', `The Training${repeat('(', n)} of inspectors.`)),
  family('capitalised mention then "()"', 32000, (n) => proposal('activities', `The Training${repeat('()', n)} of inspectors.`)),
  // An HTML comment that never closes swallows the rest of the document.
  family('unclosed HTML comment', 8000, (n) => proposal('background', `<!-- notes for the drafting team\n\n${repeat(SENTENCE, n)}`)),
  family('many "<!--" in one comment block', 32000, (n) => proposal('background', `<!-- ${repeat('<!-- ', n)}`)),
  family('many comments and a disable-next-line', 1000, (n) =>
    proposal('activities', `${repeat('<!-- note -->\n', n)}<!-- lessonlint-disable-next-line training-needs-assessment -->\nInspectors will be trained.`),
  ),
  // NUL characters: the parser turns each into U+FFFD, which inline.ts looked for in the source.
  family('NUL run in a paragraph (inline.ts)', 1000, (n) => proposal('activities', `Inspectors will be trained${'\0'.repeat(n)} on the rules.`)),
  family('NUL run in a table cell', 16000, (n) => proposal('budget', `| Line | Amount |\n|---|---|\n| Gender${'\0'.repeat(n)} | 1,000 |`)),
  // A list after a long paragraph: indicators.ts re-flattened the paragraph for every item.
  family('list after a long paragraph (indicators.ts)', 1000, (n) =>
    proposal('monitoring', `${repeat(SENTENCE, n / 2)}The project will track these indicators:\n\n${repeat('- Number of inspectors trained\n', n / 2)}`),
  ),
  // Many capitalised mentions in one sentence: neighbours() and isNamePart re-split it per mention.
  family('capitalised mentions in one sentence (neighbours)', 4000, (n) => proposal('activities', `The project offers ${repeat('Training and Coaching and ', n)}more.`)),
  // Many lower-case "migrant" in one sentence: ilo-coherence tokenized the rest of the sentence for each, to read the word after "MIGRANT".
  family('"migrant" many times in one sentence (ilo-coherence)', 8000, (n) => proposal('activities', `The project supports ${repeat('migrant workers and ', n)}employers.`)),
  // Many materials in one sentence: relating each to every other at the phrase unit weighed every pair in full.
  family('curriculum mentions in one sentence (relatedTo, phrase)', 8000, (n) => proposal('monitoring', `The project reviews ${repeat('the curriculum and ', n)}the guide.`)),
  // Many workshops in one sentence: whether each reports work or is a meeting word read every mention of the sentence.
  family('workshops in one sentence (trainsNobody, reportsWork)', 8000, (n) => proposal('monitoring', `The project holds ${repeat('workshops and ', n)}visits.`)),
  // Many mentions in one Spanish clause, each followed by its own relative pronoun: whether each mention's clause
  // tells history read the clause's verb forms again for each (the cache was keyed by the next relative pronoun).
  family('mentions before relative pronouns in one clause (isHistory)', 4000, (n) => proposal('activities', `El proyecto apoya ${repeat('el sindicato que apoya y ', n)}la cámara.`)),
  // Many capitalised organisation names in one sentence: each name's span tokenized the whole sentence.
  family('organisation names in one sentence (social-partners)', 4000, (n) => proposal('activities', `The project works with ${repeat('the Federation of Industry Workers Union and Business Chamber of Commerce and ', n)}others.`)),
  // Many institutionalised bodies in one clause: whether each one's clause also names a body or a training read
  // every mention of the clause.
  family('institutionalised committees in one clause (capacity-turnover)', 4000, (n) => proposal('activities', `The project ensures that ${repeat('committees are institutionalised and ', n)}more.`)),
  // Many support mentions given to the project team in one clause (training-beyond-workshops), and many guides made
  // official in one sentence (capacity-turnover): each asked its clause or sentence about every other mention.
  family('support to the project team in one clause (training-beyond-workshops)', 4000, (n) => proposal('activities', `The project offers ${repeat('coaching to the project team and ', n)}more.`)),
  family('guides issued by circular in one sentence (capacity-turnover)', 4000, (n) => proposal('activities', `The project ensures ${repeat('the guide issued by circular and ', n)}more.`)),
  family('"trained" many times in one sentence', 1000, (n) => proposal('activities', `Inspectors are ${repeat('trained staff, trained in law, ', n)}and more.`)),
  // Many counts of the people a group sends in one sentence (participation-balance): each mention asks only the counts
  // a few words before it.
  family('representatives counted in one sentence (participation-balance)', 2000, (n) => proposal('activities', `A course is held. Participants: ${repeat('25 representatives of the Chamber of Commerce and one of the union and ', n)}more.`)),
  // A raw HTML table of many rows (pandoc exports), read as a GFM table.
  family('raw HTML table of many rows', 2000, (n) => proposal('monitoring', `<table>\n<tr><th>Indicator</th><th>Target</th></tr>\n${repeat('<tr><td><p>Number of workers trained</p><p>% of women</p></td><td>40</td></tr>\n', n)}</table>`)),
  // Admonitions fenced with colons, many in a row.
  family('admonitions fenced with colons', 2000, (n) => proposal('sustainability', repeat(':::note To be completed\nThe unions take over the help desks.\n:::\n\n', n))),
  // Front matter with many keys and aliases. lessonlint converts the YAML once; the yaml package then
  // looks up each alias's anchor among every anchor and alias before it (Alias.resolve), so thousands
  // of aliases are quadratic there (measured: 360 KB of them, about 1 s of a 1.7 s lint in Alias.resolve and toJSON).
  family(
    'front matter with many alias keys',
    500,
    (n) => proposal('frontMatter', Array.from({length: Math.max(1, Math.round(n / 30))}, (_, i) => `key${i}: &a${i} value ${i}\nref${i}: *a${i}`).join('\n')),
    undefined,
    'yaml, each alias searches the anchors before it',
  ),
  // Wide and big tables: tableRowAt scanned every row for every mention.
  family('wide table with a mention in every cell (tableRowAt)', 1000, (n) => {
    const columns = Math.max(2, Math.round(n / 24))
    return proposal('activities', table(columns, 3, () => 'training of inspectors'))
  }),
  family('big table with a mention in every row', 4000, (n) => proposal('activities', table(3, Math.max(2, Math.round(n / 80)), (row) => `Training of inspectors, group ${row}`))),
]

/** A table with `columns` columns and `rows` body rows. */
function table(columns: number, rows: number, cell: (row: number, column: number) => string): string {
  const header = `| ${Array.from({length: columns}, (_, c) => (c === 0 ? 'Activity' : `Cost ${c}`)).join(' | ')} |`
  const rule = `|${'---|'.repeat(columns)}`
  const body = Array.from({length: rows}, (_, r) => `| ${Array.from({length: columns}, (_, c) => cell(r, c)).join(' | ')} |`)
  return [header, rule, ...body].join('\n')
}

/** Long runs of one kind of character or construct, where rules read them. */
export const RUNS: Family[] = [
  family('spaces in a training sentence', 16000, (n) => proposal('activities', `Inspectors will be trained${' '.repeat(n)}on the rules.`)),
  family('spaces in a budget sentence', 1000, (n) => proposal('budget', `The gender line is USD 1${' '.repeat(n)}000.`)),
  family('spaces in a table cell', 16000, (n) => proposal('budget', `| Line | Amount |\n|---|---|\n| Gender${' '.repeat(n)}specialist | 1,000 |`)),
  family('tabs in a training sentence', 8000, (n) => proposal('activities', `Inspectors will be trained${'\t'.repeat(n)}on the rules.`)),
  family('no-break spaces after "Convention"', 32000, (n) => proposal('background', `The Convention${'\u00a0'.repeat(n)}No. 189 applies.`)),
  family('digits under Budget', 16000, (n) => proposal('budget', `The gender line is USD ${'1'.repeat(n)}.`)),
  family('digits and dots', 4000, (n) => proposal('activities', `Output ${repeat('1.', n)} trains inspectors.`)),
  family('hyphens in a training term', 4000, (n) => proposal('activities', `Training${'-'.repeat(n)}of-trainers for inspectors.`)),
  family('hyphens as a line', 64000, (n) => proposal('activities', `Inspectors will be trained.\n\n${'-'.repeat(n)}`)),
  family('letters in one word', 4000, (n) => proposal('activities', `Inspectors will be trained in ${'a'.repeat(n)}.`)),
  family('capital letters in one word', 4000, (n) => proposal('activities', `The ${'A'.repeat(n)} Training Centre trains inspectors.`)),
  family('repeated words', 1000, (n) => proposal('activities', `Inspectors will be ${repeat('trained ', n)}on the rules.`)),
  family('repeated words without a full stop', 8000, (n) => proposal('activities', repeat('the project will train inspectors and ', n))),
  family('sentences in one paragraph', 2000, (n) => proposal('activities', repeat(SENTENCE, n))),
  // gender-analysis-men-boys tried every risk of a paragraph for every mention of men in it.
  family('men and risks in many sentences of one paragraph', 16000, (n) => proposal('background', `Women and girls sort the ore. ${repeat('The men dig. The debt grows. ', n)}`)),
  family('dots and exclamation marks', 1000, (n) => proposal('activities', `Inspectors will be trained${repeat('.!', n)}x on the rules.`)),
  family('spaces in a duration', 8000, (n) => proposal('objectives', `The project lasts 36${' '.repeat(n)}months.`)),
  family('curriculum mentions in many paragraphs', 2000, (n) => proposal('activities', repeat('The curriculum covers labour law.\n\n', n))),
  family('opening brackets', 1000, (n) => proposal('activities', `Inspectors will be trained ${'['.repeat(n)} on the rules.`)),
  // micromark merges each run of data events with an Array.splice (resolveAllText): its time grew 17×
  // from n to 8n, and over five lints of 33 KB of "[a](" 2.5 s of its 2.9 s went there.
  family('"[a](" runs', 2000, (n) => proposal('activities', `Inspectors will be trained ${repeat('[a](', n)}.`), undefined, 'micromark, resolveAllText splices per run of data'),
  family('closing brackets', 1000, (n) => proposal('activities', `Inspectors will be trained ${')'.repeat(n)}.`)),
  family('backticks', 2000, (n) => proposal('activities', `Inspectors will be trained ${'`'.repeat(n)} on the rules.`)),
  family('backtick pairs', 1000, (n) => proposal('activities', `Inspectors will be trained ${repeat('`a', n)}.`)),
  family('asterisks', 16000, (n) => proposal('activities', `Inspectors will be trained ${'*'.repeat(n)} on the rules.`)),
  family('emphasis openers', 1000, (n) => proposal('activities', `Inspectors will be trained ${repeat('**a ', n)}.`)),
  family('underscores', 1000, (n) => proposal('activities', `Inspectors will be trained ${repeat('_a', n)}.`)),
  // 1,250 headings at n, 10,000 at 8n.
  family('10,000 headings (at 8n)', 16250, (n) => proposal('end', repeat('## Training\n\n', n)), 16250),
  // A chat export whose messages each head a thread (chatAroundDraft reads each run of headings between two messages once).
  family('chat messages between headings', 2000, (n) => proposal('activities', repeat('**Ana Ruiz** — 09:12\nTraining.\n\n## Budget\n\n', n))),
  family('one chat message, then many headings', 4000, (n) => proposal('activities', `**Ana Ruiz** — 09:12\n\n**Ana Ruiz** — 09:13\n\n**Ana Ruiz** — 09:14\n\n${repeat('## Budget\n\n## Risks\n\n', n)}`)),
  // A migration scope read from the objectives (no `themes`): each country is weighed with its few neighbours, not with
  // every other country of the clause (rules/shared/migration.ts, corridorIn).
  // A monitoring report taken up by "each report" (participatory-monitoring), coordination with an agency denied in a
  // later clause (interagency-coordination), bodies disowned by naming them back (non-traditional-partners): each
  // worked out once per block or sentence.
  family('"each report" in one paragraph', 4000, (n) => proposal('monitoring', repeat('The officer compiles a progress report. The board reviews each report. ', n))),
  family('agencies and denials in one sentence', 4000, (n) => proposal('activities', `${repeat('IOM, UNHCR and ', n)}the ministry meet, but no coordination with IOM is planned.`)),
  family('bodies disowned in one sentence', 4000, (n) => proposal('activities', `${repeat('the Ministry of Foreign Affairs, ', n)}and we have no contact with those bodies.`)),
  family('countries listed in one objective', 4000, (n) => `# Skills for Young People\n\n## Objective\n\nApprentices in ${repeat('Benin, Togo, Ghana, ', n)}and Niger find decent work.\n`),
  family('national bodies named in one sentence', 4000, (n) => proposal('activities', `${repeat('UGTT, UTICA, COTU, FKE, ', n)}and the unions will train delegates; the unions are not partners.`)),
  family('mentions before semicolons in one sentence', 4000, (n) => proposal('activities', `${repeat('a gender focal point trains inspectors; ', n)}the baseline was analysed.`)),
  family('an agreement settling many mentions', 4000, (n) => proposal('activities', `It was agreed with the ministry that ${repeat('union officers and women trainees, ', n)}take the places.`)),
  family('mentions before one bracket', 4000, (n) => proposal('activities', `${repeat('tracer surveys ', n)}(annex 2) will not be kept.`)),
  // A course's "programme" named many times in a sentence before colons (core-curriculum reads each colon's nearest
  // programme once), modules titled in quotes, and HTML lists and collapsible blocks read as Markdown.
  family('programmes before colons in one sentence', 4000, (n) => proposal('activities', `Delegates follow a training course. ${repeat('The programme covers: safety; the programme ', n)}ends.`)),
  family('curricula before a colon over a paragraph', 4000, (n) => proposal('activities', `${repeat('The curriculum has modules. ', n)}The programme covers:\n\nSafety: masks.\n`)),
  family('titled modules in one sentence', 4000, (n) => proposal('activities', `Inspectors are trained in ${repeat('a module « gender equality », ', n)}and more.`)),
  family('long HTML list', 8000, (n) => proposal('activities', `<ul>\n${repeat('<li>Training of inspectors</li>\n', n)}</ul>`)),
  family('many collapsible blocks', 4000, (n) => proposal('activities', repeat('<details>\n<summary>Course outline</summary>\n\n- training\n\n</details>\n\n', n))),
  family("members before organisation words in one sentence", 4000, (n) => proposal('activities', `The board meets ${repeat("with the growers' association (exporters' federation), ", n)}and the union.`)),
  family('side labels in one note', 4000, (n) => proposal('activities', repeat('- EO: FKE/KAM — hosts; TU: COTU — trains\n', n))),
  // Committees set up with their members and named again (participatory-monitoring reads each sentence's list once), and
  // social partners known by their acronyms reviewing data in one sentence.
  family('committees named with their members in one sentence', 4000, (n) => proposal('monitoring', `${repeat('a regional committee made up of the unions and JTUCC, ', n)}meets. The regional committee reviews the indicators.`)),
  // A negated phrase, then many clauses a subject and its modal open after commas (each comma asks whether a negator
  // stands since the last stop).
  family('clauses after a negated phrase in one sentence', 4000, (n) => proposal('activities', `No coaching for now, ${repeat('the team will train inspectors, ', n)}and that is all.`)),
  // Stop 41's readings: a section opening with its gender strategy (its first sentence listed once per section, not
  // per mention), women's shares in the context, a glossary of acronyms, an AsciiDoc definition list.
  family('sentences naming the gender strategy in a section of no kind', 4000, (n) => proposal('end', `## Making room for young women\n\n${repeat('Our gender strategy starts from the barriers young women face. ', n)}`)),
  family("women's shares in the context", 4000, (n) => proposal('background', repeat('About 82 per cent of domestic workers are women. ', n))),
  family('a glossary of acronyms', 2000, (n) => proposal('background', `| Acronym | Meaning |\n|---|---|\n${repeat("| EFC | Employers' Council of FNCCI |\n", n)}`)),
  family('an AsciiDoc definition list', 4000, (n) => proposal('activities', repeat('FNCCI::\n  Federation of employers; reviews the data.\n', n))),
  family('national bodies reviewing data in one sentence', 4000, (n) => proposal('monitoring', `Nepal: ${repeat('JTUCC and FNCCI comment on the data, ', n)}and the project reports.`)),
  family('shares of women named by feminine nouns in one sentence', 4000, (n) => proposal('activities', `Cada curso reúne ${repeat('al menos 30 % de inspectoras, ', n)}y delegados.`)),
  family('organisations in apposition in one sentence', 4000, (n) => proposal('activities', `${repeat('KASAMA, the association of domestic workers, ', n)}runs the desk.`)),
  family('bodies that withdrew in one sentence', 4000, (n) => proposal('activities', `${repeat('the Ministry of Foreign Affairs has withdrawn, ', n)}and the union stays.`)),
  family('a denied body named again in one sentence', 4000, (n) => proposal('activities', `Reports go to the unions. The unions ${repeat('and the unions ', n)}have no seat on the committee.`)),
  family('nationals and countries in one objective', 4000, (n) => `# Skills for Young People\n\n## Objective\n\nThe objective: ${repeat('Beninese apprentices and Togolese ', n)}apprentices find decent work.\n`),
  // remark-parse alone: 64,000 characters of setext headings 1.2 s, 128,000 4.7 s (ATX headings: 0.09 s, 0.2 s).
  family('setext headings', 1000, (n) => proposal('activities', repeat('Training of inspectors\n---\n\n', n)), undefined, 'micromark, setext underlines'),
  family('deep list', 500, (n) => proposal('activities', Array.from({length: Math.max(1, Math.round(n / 40))}, (_, i) => `${'  '.repeat(Math.min(i, 30))}- training ${i}`).join('\n'))),
  family('long list', 4000, (n) => proposal('activities', repeat('- Inspectors are trained on the rules.\n', n))),
  family('deep block quote', 250, (n) => proposal('activities', `${'>'.repeat(Math.min(n, 2000))} Inspectors will be trained.\n\n${repeat('> Inspectors will be trained.\n', n)}`)),
  // Each block quote ends a container: micromark 4.0.3 copied every event so far at each end
  // (64,000 characters of these 0.19 s, 512,000 42 s; 4.0.2, pinned: 0.14 s, 0.79 s).
  family('many short block quotes', 8000, (n) => proposal('activities', repeat('> Inspectors will be trained.\n\n', n))),
  family('quotes in quotes', 2000, (n) => proposal('activities', Array.from({length: Math.max(1, Math.round(n / 40))}, (_, i) => `${'> '.repeat(1 + (i % 20))}training ${i}`).join('\n'))),
  family('big table', 1000, (n) => proposal('budget', table(4, Math.max(2, Math.round(n / 40)), (row, column) => (column === 0 ? `Line ${row}` : '1,000')))),
  family('wide table', 250, (n) => proposal('budget', table(Math.max(2, Math.round(n / 8)), 4, (row, column) => (column === 0 ? `Line ${row}` : '1,000')))),
  family('big front matter', 4000, (n) => proposal('frontMatter', Array.from({length: Math.max(1, Math.round(n / 20))}, (_, i) => `key${i}: value number ${i}`).join('\n'))),
  family('long front matter list', 2000, (n) => proposal('frontMatter', `countries: [${repeat('NP, ', n)}QA]`)),
  family('long HTML block', 16000, (n) => proposal('activities', `<div>\n${repeat('<p>training</p>\n', n)}</div>`)),
  family('long link references', 4000, (n) => proposal('activities', repeat('[training]: https://example.org/training\n', n))),
  family('long bare URLs', 2000, (n) => proposal('activities', `Inspectors will be trained, see https://${repeat('a.', n)}org.`)),
]
