// fast-check arbitraries for the fuzzer: proposals generated from the rule
// fixtures' blocks, and the sample proposals (or generated ones) put through
// a few mutations each: Unicode (combining marks, RTL, astral, NUL, lone
// surrogates), line endings, BOMs, truncation, splicing two documents, table
// chaos, broken front matter, and Markdown syntax chaos. Every mutation is a
// plain record of parameters, so a failing case shrinks to fewer mutations at
// smaller positions.
import fc from 'fast-check'

import {FIXTURES, POOLS} from './corpus.js'

const BOM = '\uFEFF'

// ---------------------------------------------------------------------------
// Generated proposals

const SECTION_NAMES = [
  'Objectives', 'Activities', 'Budget', 'Monitoring and evaluation', 'Gender equality', 'Risks', 'Sustainability',
  'Stakeholders', 'Partners', 'Training', 'Background', 'Context', 'Expected results', 'Indicators', 'Exit strategy',
  'Objectifs', 'Activités', 'Budget et financement', 'Suivi et évaluation', 'Égalité de genre', 'Risques', 'Durabilité',
  'Objetivos', 'Actividades', 'Presupuesto', 'Seguimiento y evaluación', 'Igualdad de género', 'Riesgos', 'Sostenibilidad',
  'Executive Summary', 'Logical framework', 'Annex', 'Migration governance', 'Social dialogue',
]

const headingText = fc.oneof(fc.constantFrom(...SECTION_NAMES), fc.constantFrom(...POOLS.headings))

/** A heading in one of the forms proposals use: ATX, setext, a Word export's bold line, numbered. */
const heading = fc
  .record({
    text: headingText,
    style: fc.constantFrom('atx', 'atx', 'atx', 'setext', 'bold', 'closed'),
    depth: fc.integer({min: 1, max: 6}),
    number: fc.constantFrom('', '', '2. ', 'II. ', '3.1 ', 'A) ', 'Section 4: '),
  })
  .map(({text, style, depth, number}) => {
    const title = number + text
    switch (style) {
      case 'setext':
        return `${title}\n${depth <= 1 ? '=====' : '-----'}`
      case 'bold':
        return `**${title}**`
      case 'closed':
        return `${'#'.repeat(depth)} ${title} ${'#'.repeat(depth)}`
      default:
        return `${'#'.repeat(depth)} ${title}`
    }
  })

const AMOUNTS = [
  'USD 12,500', '45 000 €', '€ 3.200,50', 'CHF 1’200', '10%', '0', '-', 'TBD', '(5,000)', '1e309', '١٢٣', '½',
  'USD 1,2,3', '$', '12 500 000', 'US$ 4.5 million', '—', 'n/a', '99999999999999999999', '3,000.00.00',
]
const LINE_ITEMS = [
  'Gender expertise', 'Training of trainers', 'Workshops', 'Staff', 'Monitoring', 'Travel', 'Gender focal point',
  'Formation des formateurs', 'Expertise genre', 'Capacitación', 'Evaluación final', 'Total', '', '**Total**',
]

const generatedTable = fc
  .record({
    columns: fc.integer({min: 1, max: 5}),
    rows: fc.array(fc.tuple(fc.constantFrom(...LINE_ITEMS), fc.constantFrom(...AMOUNTS)), {maxLength: 6}),
    align: fc.constantFrom('---', ':---', '---:', ':---:', '-'),
  })
  .map(({columns, rows, align}) => {
    const header = `| ${['Item', 'Amount', 'Source', 'Notes', 'Year'].slice(0, columns).join(' | ')} |`
    const delimiter = `|${` ${align} |`.repeat(columns)}`
    const body = rows.map(([item, amount]) => `| ${[item, amount, 'ILO', '', '2025'].slice(0, columns).join(' | ')} |`)
    return [header, delimiter, ...body].join('\n')
  })

const block = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...POOLS.paragraphs)},
  {weight: 2, arbitrary: fc.constantFrom(...POOLS.lists)},
  {weight: 2, arbitrary: fc.constantFrom(...POOLS.tables)},
  {weight: 1, arbitrary: generatedTable},
  {weight: 1, arbitrary: fc.constantFrom(...(POOLS.comments.length > 0 ? POOLS.comments : ['<!-- note -->']))},
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<!-- lessonlint-disable-next-line gender-budget -->',
      '<!-- lessonlint-disable -->',
      '<!-- lessonlint-enable -->',
      '<!-- lessonlint-disable training-needs-assessment, gender-budget -- a reason -->',
      '<!-- lessonlint-disable-line -->',
      '<!-- lessonlint-disable no-such-rule -->',
      '```\ncode block\n```',
      '> A quoted training workshop for women and men.',
      '    indented code',
      '---',
      '<div>\nraw HTML\n</div>',
    ),
  },
)

const section = fc.record({heading, blocks: fc.array(block, {maxLength: 4})}).map(({heading, blocks}) => [heading, ...blocks].join('\n\n'))

const FRONT_MATTER_EXTRA = [
  'title: Skills for refugees\nlanguage: en',
  'language: fr',
  'language: es\ntitle: "Cosecha"',
  'lessonlint:\n  disable: [gender-budget]',
  'lessonlint:\n  disable:\n    - training-needs-assessment -- reviewed',
]

const frontMatter = fc.option(fc.constantFrom(...POOLS.frontMatters, ...FRONT_MATTER_EXTRA), {nil: undefined, freq: 3})

export type Eol = '\n' | '\r\n' | '\r' | 'mixed'

/** Joins lines with one line ending, or a different one per line (`mixed`), never making a `\r` and a `\n` one `\r\n`. */
export function withEol(text: string, eol: Eol, choices: readonly number[] = [0, 1, 2]): string {
  const lines = text.split(/\r\n|\r|\n/)
  if (eol !== 'mixed') return lines.join(eol)
  let out = lines[0] ?? ''
  for (let i = 1; i < lines.length; i++) {
    let ending = ['\n', '\r\n', '\r'][choices[i % choices.length]! % 3]!
    // A lone \r before an empty line that ends in \n would read as one \r\n.
    if (ending === '\r' && lines[i] === '' && i + 1 < lines.length) ending = '\r\n'
    out += ending + lines[i]
  }
  return out
}

export const generatedProposal = fc
  .record({
    frontMatter,
    title: fc.constantFrom(...POOLS.headings),
    intro: fc.option(fc.constantFrom(...POOLS.paragraphs), {nil: undefined}),
    sections: fc.array(section, {maxLength: 8}),
    eol: fc.constantFrom<Eol>('\n', '\n', '\r\n', '\r', 'mixed'),
    eolChoices: fc.array(fc.nat(2), {minLength: 1, maxLength: 5}),
    finalEol: fc.boolean(),
  })
  .map(({frontMatter, title, intro, sections, eol, eolChoices, finalEol}) => {
    const parts = [`# ${title}`, ...(intro ? [intro] : []), ...sections]
    const body = parts.join('\n\n') + (finalEol ? '\n' : '')
    const text = frontMatter === undefined ? body : `---\n${frontMatter}\n---\n${body}`
    return withEol(text, eol, eolChoices)
  })

// ---------------------------------------------------------------------------
// Mutations

const UNICODE = [
  // combining marks
  '\u0301', 'e\u0301\u0327\u0308', 'a' + '\u0300'.repeat(12), '\u0338', 'Z\u0351\u0352\u0357\u035b\u0363',
  // right to left
  '\u202E', '\u200F', '\u202Bمشروع تدريب\u202C', 'עברית', 'تدريب المدربين', '\u2067x\u2069',
  // astral
  '😀', '👩🏽‍🌾', '𝐀𝐁𝐂', '\u{10FFFF}', '🇯🇴', '𠀋',
  // NUL and controls
  '\0', '\0'.repeat(5), '\u0001', '\u007F', '\f', '\v', '\u0085',
  // lone surrogates
  '\uD800', '\uDFFF', '\uDBFF', '\uDC00x', '\uD83D',
  // invisible and separators
  '\u200B', '\u200D', BOM, '\u2028', '\u2029', '\u00A0', '\u202F', '\u3000', '\t',
]

const MARKDOWN_CHAOS = [
  '```', '~~~', '> ', '    ', '- ', '1. ', '***', '[a](', '[x]: <', '<div>', '|', '<!--', '-->', '\\', '**', '_',
  '# ', '###### ', '=====', '-----', '<!-- lessonlint-disable-next-line -->\n', '[^1]', '![](', '<http://', '&#0;', '&amp',
  '- [ ] ', '---\n', '\n\n\n', '||||', '| --- |',
]

const BROKEN_FRONT_MATTER = [
  '---\n',
  '---\ntitle: "unclosed\n---\n',
  '---\n\tkey: tab\n---\n',
  '---\na: &x [*x, *x]\nb: *x\n---\n',
  '---\n- a list\n- of items\n---\n',
  '---\nlessonlint:\n  disable: 7\n---\n',
  '---\nlessonlint: {disable: [gender-budget, {x: 1}]}\n---\n',
  '---\nlanguage: xx\n---\n',
  '---\nlanguage: [fr]\n---\n',
  '---\r\ntitle: x\r---\n',
  '---\rtitle: x\rlanguage: fr\r---\r',
  '+++\ntitle = "toml"\n+++\n',
  '---\n' + '{'.repeat(60) + '\n---\n',
  '---\nkey: 1\nkey: 2\n---\n',
  '--- \nplain\n...\n',
  '---\n? complex\n: key\n---\n',
  '---\n!!binary ZZZ\n---\n',
  '---\ntitle: \0\uD800\n---\n',
  '---\n---\n',
  '---\n\n---\n',
  '---\ntitle: >\n  folded\n  text\nlessonlint:\n  disable:\n---\n',
]

const AMOUNT_GARBAGE = ['USD 1,2,3', '€', '1e309', '-0', '(5,000)', '١٢٣', '½', '9'.repeat(40), '', ' ', '\\|', '`|`', '**12,000**']

export type Mutation =
  | {kind: 'unicode'; at: number; piece: string; replace: boolean}
  | {kind: 'eol'; mode: Eol | 'drop-one' | 'insert'; at: number; choices: number[]; ending: string}
  | {kind: 'bom'; mode: 'prepend' | 'insert' | 'strip'; count: number; at: number}
  | {kind: 'truncate'; at: number; keep: 'head' | 'tail'}
  | {kind: 'splice'; at: number; other: number; from: number; mode: 'join' | 'insert'}
  | {kind: 'table'; line: number; op: number; amount: string; width: number}
  | {kind: 'front-matter'; variant: string; mode: 'prepend' | 'replace'}
  | {kind: 'markdown'; at: number; piece: string}
  | {kind: 'span'; at: number; length: number; mode: 'delete' | 'duplicate' | 'swap-lines'}

/**
 * A place in the document to mutate, whatever its length: uniform anywhere, or
 * within a few characters of its start or (negative) of its end, where BOMs,
 * front matter and the last line ending are.
 */
const position = fc.oneof(
  {weight: 3, arbitrary: fc.noBias(fc.nat({max: 1 << 20}))},
  {weight: 1, arbitrary: fc.nat(40)},
  {weight: 1, arbitrary: fc.integer({min: -40, max: -1})},
)

/** `position` in a text of `length` characters: 0 to `length`. */
function place(offset: number, length: number): number {
  return offset >= 0 ? offset % (length + 1) : length - ((-offset - 1) % (length + 1))
}

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('unicode' as const),
    at: position,
    piece: fc.oneof({weight: 4, arbitrary: fc.constantFrom(...UNICODE)}, {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})}),
    replace: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('eol' as const),
    mode: fc.constantFrom<Eol | 'drop-one' | 'insert'>('\n', '\r\n', '\r', 'mixed', 'drop-one', 'insert'),
    at: position,
    choices: fc.array(fc.nat(2), {minLength: 1, maxLength: 7}),
    ending: fc.constantFrom('\n', '\r', '\r\n', '\r\r', '\n\r'),
  }),
  fc.record({
    kind: fc.constant('bom' as const),
    mode: fc.constantFrom<'prepend' | 'insert' | 'strip'>('prepend', 'prepend', 'insert', 'strip'),
    count: fc.integer({min: 1, max: 3}),
    at: position,
  }),
  fc.record({kind: fc.constant('truncate' as const), at: position, keep: fc.constantFrom<'head' | 'tail'>('head', 'tail')}),
  fc.record({
    kind: fc.constant('splice' as const),
    at: position,
    other: fc.nat(),
    from: position,
    mode: fc.constantFrom<'join' | 'insert'>('join', 'insert'),
  }),
  fc.record({
    kind: fc.constant('table' as const),
    line: fc.nat(),
    op: fc.nat(9),
    amount: fc.constantFrom(...AMOUNT_GARBAGE),
    width: fc.integer({min: 1, max: 60}),
  }),
  fc.record({
    kind: fc.constant('front-matter' as const),
    variant: fc.oneof(
      {weight: 4, arbitrary: fc.constantFrom(...BROKEN_FRONT_MATTER)},
      {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 30}).map((inside) => `---\n${inside}\n---\n`)},
    ),
    mode: fc.constantFrom<'prepend' | 'replace'>('prepend', 'replace'),
  }),
  fc.record({kind: fc.constant('markdown' as const), at: position, piece: fc.constantFrom(...MARKDOWN_CHAOS)}),
  fc.record({
    kind: fc.constant('span' as const),
    at: position,
    length: fc.nat({max: 400}),
    mode: fc.constantFrom<'delete' | 'duplicate' | 'swap-lines'>('delete', 'duplicate', 'swap-lines'),
  }),
)

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

/** A table line made chaotic: pipes dropped or doubled, cells added, garbage amounts, a doubled or missing delimiter row. */
function tableChaos(text: string, m: Extract<Mutation, {kind: 'table'}>): string {
  const lines = text.split(/(\r\n|\r|\n)/)
  // Even indexes are lines, odd ones their endings.
  const tableLines: number[] = []
  for (let i = 0; i < lines.length; i += 2) if (lines[i]!.trimStart().startsWith('|')) tableLines.push(i)
  if (tableLines.length === 0) {
    const starts = lineStartsOf(text)
    const at = starts[m.line % starts.length]!
    const cells = Array.from({length: m.width}, (_, i) => (i % 2 ? m.amount : 'Gender'))
    const table = `| ${cells.join(' | ')} |\n|${' --- |'.repeat(m.width)}\n| ${cells.reverse().join(' | ')}\n`
    return text.slice(0, at) + table + text.slice(at)
  }
  const index = tableLines[m.line % tableLines.length]!
  const line = lines[index]!
  const pipes = [...line.matchAll(/\|/g)].map((match) => match.index)
  const pipe = pipes[m.width % pipes.length] ?? 0
  switch (m.op) {
    case 0:
      lines[index] = line.slice(0, pipe) + line.slice(pipe + 1)
      break
    case 1:
      lines[index] = line.slice(0, pipe) + '||' + line.slice(pipe + 1)
      break
    case 2:
      lines[index] = line + ` ${m.amount} |`.repeat(m.width)
      break
    case 3:
      lines[index] = line.slice(0, pipe + 1) + ` ${m.amount} ` + line.slice(pipe + 1)
      break
    case 4:
      lines[index] = line.replace(/\d[\d,. ]*/g, m.amount)
      break
    case 5:
      lines[index] = line.replace(/-{3,}/g, ':-:')
      break
    case 6:
      lines.splice(index, 0, line.replace(/[^|]+/g, ' --- '), '\n')
      break
    case 7:
      lines.splice(index, 2)
      break
    case 8:
      lines[index] = line.replace(/\|/g, '\\|')
      break
    default:
      lines[index] = `| ${'x | '.repeat(m.width * 10)}`
  }
  return lines.join('')
}

/** A document to splice with: a sample proposal (the pool is small, so generated ones come in through `base`). */
function other(index: number): string {
  return FIXTURES[index % FIXTURES.length]!.text
}

export function applyMutation(text: string, m: Mutation): string {
  const at = (offset: number) => place(offset, text.length)
  switch (m.kind) {
    case 'unicode': {
      const i = at(m.at)
      return text.slice(0, i) + m.piece + text.slice(m.replace ? i + 1 : i)
    }
    case 'eol': {
      if (m.mode === 'drop-one') {
        const endings = [...text.matchAll(/\r\n|\r|\n/g)]
        const ending = endings[place(m.at, Math.max(0, endings.length - 1))]
        return ending ? text.slice(0, ending.index) + text.slice(ending.index + ending[0].length) : text
      }
      if (m.mode === 'insert') {
        const i = at(m.at)
        return text.slice(0, i) + m.ending + text.slice(i)
      }
      return withEol(text, m.mode, m.choices)
    }
    case 'bom': {
      if (m.mode === 'prepend') return BOM.repeat(m.count) + text
      if (m.mode === 'strip') return text.replace(/^\uFEFF+/, '')
      const i = at(m.at)
      return text.slice(0, i) + BOM.repeat(m.count) + text.slice(i)
    }
    case 'truncate':
      return m.keep === 'head' ? text.slice(0, at(m.at)) : text.slice(at(m.at))
    case 'splice': {
      const second = other(m.other)
      const from = place(m.from, second.length)
      if (m.mode === 'join') return text.slice(0, at(m.at)) + second.slice(from)
      const piece = second.slice(from, from + 600)
      return text.slice(0, at(m.at)) + piece + text.slice(at(m.at))
    }
    case 'table':
      return tableChaos(text, m)
    case 'front-matter': {
      if (m.mode === 'prepend') return m.variant + text
      const existing = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text)
      return existing ? m.variant + text.slice(existing[0].length) : m.variant + text
    }
    case 'markdown': {
      const starts = lineStartsOf(text)
      // Most Markdown syntax means something at the start of a line; the rest anywhere.
      const i = Math.abs(m.at) % 2 === 0 ? starts[place(m.at, starts.length - 1)]! : at(m.at)
      return text.slice(0, i) + m.piece + text.slice(i)
    }
    case 'span': {
      const i = at(m.at)
      const j = Math.min(text.length, i + m.length)
      if (m.mode === 'delete') return text.slice(0, i) + text.slice(j)
      if (m.mode === 'duplicate') return text.slice(0, j) + text.slice(i, j) + text.slice(j)
      const lines = text.split(/\n/)
      if (lines.length < 2) return text
      const a = place(m.at, lines.length - 1)
      const b = m.length % lines.length
      ;[lines[a], lines[b]] = [lines[b]!, lines[a]!]
      return lines.join('\n')
    }
  }
}

/** A sample proposal or a generated one. */
const base = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...FIXTURES.map((fixture) => fixture.text))},
  {weight: 2, arbitrary: generatedProposal},
)

export const mutatedDocument = fc
  .tuple(base, fc.array(mutation, {minLength: 1, maxLength: 4}))
  .map(([text, mutations]) => mutations.reduce(applyMutation, text))

/** Options a writer may lint with: the message language and unused-directive reporting. */
export interface CaseOptions {
  locale: 'en' | 'fr' | 'es' | undefined
  reportUnusedDisableDirectives: 'off' | 'warning'
}

export const caseOptions: fc.Arbitrary<CaseOptions> = fc.record({
  locale: fc.constantFrom<CaseOptions['locale']>(undefined, undefined, 'en', 'fr', 'es'),
  reportUnusedDisableDirectives: fc.constantFrom<CaseOptions['reportUnusedDisableDirectives']>('off', 'off', 'warning'),
})

export interface FuzzCase {
  text: string
  options: CaseOptions
}

export const fuzzCase = (documents: fc.Arbitrary<string>): fc.Arbitrary<FuzzCase> =>
  fc.record({text: documents, options: caseOptions})

/** What `pnpm fuzz` draws: mutated documents mostly, generated proposals as they are the rest. */
export const anyDocument = fc.oneof({weight: 3, arbitrary: mutatedDocument}, {weight: 1, arbitrary: generatedProposal})
