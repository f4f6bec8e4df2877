import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {flattenInline} from '../../src/model/inline.js'
import {createPositions} from '../../src/model/positions.js'
import {buildSections} from '../../src/model/sections.js'
import {buildTextBlocks} from '../../src/model/textblocks.js'
import type {TextBlock} from '../../src/text/blocks.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

function blocksOf(text: string): TextBlock[] {
  const tree = parser.parse(text)
  const {sections, headingNodes, sectionAt} = buildSections(tree, text, createPositions(text))
  return buildTextBlocks(tree, text, headingNodes, sections, sectionAt)
}

/** Every letter and digit of a block must come from that very character in the source. */
function expectFaithful(text: string, blocks: readonly TextBlock[]): void {
  for (const block of blocks) {
    expect(block.offsets).toHaveLength(block.text.length + 1)
    for (let index = 0; index < block.text.length; index++) {
      const character = block.text[index]!
      if (index > 0) expect(block.offsets[index]!).toBeGreaterThan(block.offsets[index - 1]!)
      if (/[\p{L}\p{N}]/u.test(character)) expect(text[block.offsets[index]!], `${block.text} @${index}`).toBe(character)
    }
  }
}

describe('text blocks', () => {
  it('map back to the source through markup, escapes, entities, quotes and continuation lines', () => {
    const text = [
      '# Title with `code`',
      '',
      'A **bold** and _em_ [link](http://x.org "t") with \\*escaped\\* text &amp; an&nbsp;entity,',
      '   continued on an indented line with ~~strike~~ and <span>html</span> and an ![alt text](i.png).',
      '',
      '> Quoted line one',
      '> quoted line two.',
      '',
      '- Item one',
      '  continues here',
      '  - nested **item**',
      '',
      '| A \\| B | `c\\|d` |',
      '|---|---|',
      '| x<br>y | 🚢 boat |',
      '',
    ].join('\r\n')
    const blocks = blocksOf(text)
    expect(blocks.map((block) => [block.container, block.text])).toEqual([
      ['heading', 'Title with code'],
      [
        'paragraph',
        'A bold and em link with *escaped* text & an\u00a0entity, continued on an indented line with   and html and an alt text.',
      ],
      ['paragraph', 'Quoted line one quoted line two.'],
      ['list-item', 'Item one continues here'],
      ['list-item', 'nested item'],
      ['table-cell', 'A | B'],
      ['table-cell', 'c|d'],
      ['table-cell', 'x y'],
      ['table-cell', '🚢 boat'],
    ])
    expectFaithful(text, blocks)
    const entity = blocks[1]!
    const nbsp = entity.text.indexOf('\u00a0')
    expect(text.slice(entity.offsets[nbsp]!, entity.offsets[nbsp]! + 6)).toBe('&nbsp;')
  })

  it('read a draft with its tracked changes accepted: struck and <del> text is gone, <ins> text stays', () => {
    const text = [
      'The course is ~~co-designed with the ITC-ILO and~~ delivered by the Labour Department.',
      '',
      'Officers <del>receive two coaching visits</del><ins>take a follow-up test</ins> after the workshop<s> and a mentor</s>.',
      '',
      '| Line | USD |',
      '|---|---|',
      '| Gender specialist | ~~54,000~~ <ins>0</ins> |',
    ].join('\n')
    const blocks = blocksOf(text)
    expect(blocks.map((block) => block.text.replace(/\s+/gu, ' ').trim())).toEqual([
      'The course is delivered by the Labour Department.',
      'Officers take a follow-up test after the workshop .',
      'Line',
      'USD',
      'Gender specialist',
      '0',
    ])
    expectFaithful(text, blocks)
  })

  it('read CriticMarkup and pandoc\'s tracked changes as accepted: deletions and comments go, insertions stay without their markup', () => {
    const text = [
      'Officers {--receive two coaching visits--}{++take a follow-up test++} after {==the workshop==}{>>add coaching?<<}.',
      '',
      'The course is [co-designed with the ITC-ILO]{.deletion author="MD"} [delivered by the department]{.insertion author="MD"}.',
      '',
      'The guide is shared.[Ask Turin for a free module?]{.comment-start id="1" author="JR"}[]{.comment-end id="1"}',
      '',
      'A set {like this} and [a link text]{.class} stay as written.',
    ].join('\n')
    const blocks = blocksOf(text)
    expect(blocks.map((block) => block.text.replace(/\s+/gu, ' ').trim())).toEqual([
      'Officers take a follow-up test after the workshop .',
      'The course is delivered by the department .',
      'The guide is shared.',
      'A set {like this} and [a link text]{.class} stay as written.',
    ])
    expectFaithful(text, blocks)
  })

  it('read strikethrough the parser left as text as struck out too: a pair of tildes in one text', () => {
    const text = [
      '| Risk | Mitigation |',
      '|---|---|',
      '| Relay facilitators drop out | A small fee per session~~, monthly coaching~~ and recognition |',
      '',
      'Approximately ~~ 30 (one pair open only) stays.',
    ].join('\n')
    const blocks = blocksOf(text)
    expect(blocks.map((block) => block.text.replace(/\s+/gu, ' ').trim())).toEqual([
      'Risk',
      'Mitigation',
      'Relay facilitators drop out',
      'A small fee per session and recognition',
      'Approximately ~~ 30 (one pair open only) stays.',
    ])
    expectFaithful(text, blocks)
  })

  it('leave out reviewers\' comments left inline in brackets, by label or initials; a writer\'s own markers and citations stay', () => {
    const text = [
      '## Gender equality',
      '',
      '[Comment MK: the template asks for a gender strategy. Grace, could you draft half a page?]',
      '',
      'Agents are trained in Lusaka. [MK: ITC-ILO is too expensive; local design instead. AB: fine by me.] They then register members.',
      '',
      'Le module est validé. [Commentaire AB : et le CIF-OIT ?] [MK/AB : à revoir] Il sera diffusé.',
      '',
      'Se contrata una consultora. [Comentario – L. Pineda: ¿y el presupuesto?]',
      '',
      'The target is [TBD: 40%] of women (ILO 2021) [see: Annex 3] [NB: provisional].',
    ].join('\n')
    const blocks = blocksOf(text)
    expect(blocks.map((block) => block.text.replace(/\s+/gu, ' ').trim())).toEqual([
      // A paragraph that is only a comment is no block of the proposal's.
      'Gender equality',
      'Agents are trained in Lusaka. They then register members.',
      'Le module est validé. Il sera diffusé.',
      'Se contrata una consultora.',
      'The target is [TBD: 40%] of women (ILO 2021) [see: Annex 3] [NB: provisional].',
    ])
    expectFaithful(text, blocks)
  })

  it('leave out reviewers\' comments, in a blockquote or a footnote; a quotation stays', () => {
    const text = [
      'Indicators are counted by sex.[^c1]',
      '',
      '> **[Comment – M. Diallo]:** Add a gender budget line?',
      '',
      '> [Comentario – L. Pineda]: ¿Añadimos una evaluación final?',
      '',
      '> Commentaire (JR) : prévoir un appui du CIF-OIT.',
      '',
      '> "Workshops alone did not change practice" (final evaluation, 2022).',
      '',
      '> Comments from the community meetings shaped the design.',
      '',
      '[^c1]: Comment (JR): ask Turin for a follow-up survey.',
    ].join('\n')
    expect(blocksOf(text).map((block) => block.text)).toEqual([
      'Indicators are counted by sex.',
      '"Workshops alone did not change practice" (final evaluation, 2022).',
      'Comments from the community meetings shaped the design.',
    ])
  })

  it('leave out the earlier messages of an e-mail thread, quoted under their attribution line; other quotes stay', () => {
    const text = [
      'We will not involve the ITC-ILO in this phase.',
      '',
      '> On 3 March 2026, at 10:15, Lars Mikkelsen <l.m@example.org> wrote:',
      '>',
      '> Have you considered involving the ITC-ILO?',
      '',
      '> Le 3 mars 2026 à 16:05, Claudia Meier a écrit :',
      '>',
      '> Merci de prévoir une évaluation finale.',
      '',
      '> El 3 de marzo de 2026, Mariana Keller (COSUDE) escribió:',
      '> ¿Y la coordinación con la OIM?',
      '',
      '> On the ground, the unions wrote: "we need help desks".',
    ].join('\n')
    expect(blocksOf(text).map((block) => block.text)).toEqual([
      'We will not involve the ITC-ILO in this phase.',
      'On the ground, the unions wrote: "we need help desks".',
    ])
  })

  it("read a notebook cell's printed output, a line each; other indented code stays code", () => {
    const text = [
      '```python',
      'print(f"Gender lines: {gender:,.0f} USD")',
      '```',
      '',
      '    Gender lines: 130,000 USD',
      '    Share of the total: 7.0%',
      '',
      'An example of the input format:',
      '',
      '    id,line,amount',
    ].join('\n')
    expect(blocksOf(text).map((block) => [block.text, text.slice(block.offsets[0], block.offsets.at(-1))])).toEqual([
      ['Gender lines: 130,000 USD', 'Gender lines: 130,000 USD'],
      ['Share of the total: 7.0%', 'Share of the total: 7.0%'],
      ['An example of the input format:', 'An example of the input format:'],
    ])
  })

  it('leave out a quoted message under the attribution line a mail program writes above it', () => {
    const text = [
      'With best regards,',
      'Marta',
      '',
      'On Wed, 5 Mar 2025 at 15:10, Hannah Brooks <h.brooks@example.org> wrote:',
      '',
      '> Will you coordinate with IOM?',
      '',
      'El mar, 11 mar 2025 a las 10:03, Regula Brunner (<r.b@example.org>) escribió:',
      '> ¿Cómo se coordinarán con la OIM?',
      '',
      'The unions told us:',
      '',
      '> We need help desks in every district.',
    ].join('\n')
    expect(blocksOf(text).map((block) => block.text)).toEqual([
      'With best regards, Marta',
      // The addresses are autolinks, which are no text.
      'On Wed, 5 Mar 2025 at 15:10, Hannah Brooks   wrote:',
      'El mar, 11 mar 2025 a las 10:03, Regula Brunner ( ) escribió:',
      'The unions told us:',
      'We need help desks in every district.',
    ])
  })

  it("leave out a resubmission's table of reviewers' comments and responses; other tables stay", () => {
    const text = [
      '| Reviewer comment | Our response | Where |',
      '|---|---|---|',
      '| Please add a gender strategy. | Will be addressed in the inception report. | — |',
      '',
      '| Observation du comité | Notre réponse |',
      '|---|---|',
      '| Aucune évaluation. | Ajoutée. |',
      '',
      '| Partner | Role | Comments |',
      '|---|---|---|',
      '| IOM | Referrals | Signed |',
    ].join('\n')
    expect(blocksOf(text).map((block) => block.text)).toEqual(['Partner', 'Role', 'Comments', 'IOM', 'Referrals', 'Signed'])
  })

  it("leave out a donor template's guidance in italics, by its label or its word limit; other italics stay", () => {
    const text = [
      '## 6. Gender equality',
      '',
      '*Guidance: describe the gender strategy and the gender expertise mobilised (max. 400 words).*',
      '',
      '_Consignes : décrire la stratégie de sortie._',
      '',
      '*Describe how results will be sustained after the end of funding (300 words maximum).*',
      '',
      '*The union federation will run the courses after the project.*',
      '',
      'Women are 60 per cent of the pickers. *Guidance: this stays, the paragraph is the writer\'s.*',
    ].join('\n')
    expect(blocksOf(text).map((block) => block.text)).toEqual([
      '6. Gender equality',
      'The union federation will run the courses after the project.',
      "Women are 60 per cent of the pickers. Guidance: this stays, the paragraph is the writer's.",
    ])
  })

  it("leave out a template's instruction to the applicant, in italics or quoted; a quotation and the writer's italics stay", () => {
    const text = [
      '## 2.5 Gender equality',
      '',
      '> *Describe how the action will address gender equality and how results will be disaggregated by sex.*',
      '',
      '> Expliquez comment les résultats seront maintenus après la fin du financement.',
      '',
      '*Applicants must use this template and delete the text in italics.*',
      '',
      '> *Los solicitantes deben adjuntar el presupuesto detallado.*',
      '',
      '> The evaluation found that describing the trainees by sex was rare.',
      '',
      '*Present in all three provinces, the union federation will run the courses.*',
      '',
      'Describe the risks here. Women are 60 per cent of the pickers.',
    ].join('\n')
    expect(blocksOf(text).map((block) => block.text)).toEqual([
      '2.5 Gender equality',
      'The evaluation found that describing the trainees by sex was rare.',
      'Present in all three provinces, the union federation will run the courses.',
      'Describe the risks here. Women are 60 per cent of the pickers.',
    ])
  })

  it('map every corpus block back to its source', () => {
    const corpus = '/work/shared/corpus'
    let names: string[] = []
    try {
      names = readdirSync(corpus).filter((name) => /^\d.*\.md$/.test(name))
    } catch {
      return
    }
    for (const name of names) {
      const text = readFileSync(join(corpus, name), 'utf8')
      expectFaithful(text, blocksOf(text))
    }
  })

  it('keep the current position for a character the source does not hold', () => {
    const flat = flattenInline([{type: 'text', value: 'ab', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}}], 'a', 1)
    expect(flat.text).toBe('ab')
    expect(flat.offsets).toEqual([0, 1, 1])
  })
})
