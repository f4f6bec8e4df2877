// Positions stay exact with any number of byte order marks and with `\r`,
// `\r\n` and `\n` line endings mixed; `validateRanges` is the one check of
// every place a lint result points to (used by every test that lints).
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {assertValidRanges, buildModel, fixText, lintText, validateRanges} from '../../src/index.js'
import type {Diagnostic, LintResult, Point, Rule} from '../../src/types.js'

const BOM = '\uFEFF'

/** Reports every heading, table cell, list item and front matter key, each with a fix that inserts "✓ " before it. */
const everything: Rule<'heading' | 'cell' | 'item' | 'key'> = {
  meta: {
    id: 'everything',
    summary: 'Points at every structure.',
    severity: 'warning',
    tags: [],
    lesson: '',
    sources: [],
    messages: {
      heading: {problem: 'A heading.', why: '', fix: ''},
      cell: {problem: 'A cell.', why: '', fix: ''},
      item: {problem: 'An item.', why: '', fix: ''},
      key: {problem: 'A key.', why: '', fix: ''},
    },
    fixable: true,
  },
  check({model, report, explain}) {
    const mark = (offset: number) => ({title: 'Mark', edits: [{start: offset, end: offset, text: '✓ '}]})
    for (const section of model.sections) {
      report({messageId: 'heading', range: section.heading.range, fix: mark(section.heading.range.start.offset), related: [{range: section.range, message: 'section'}]})
    }
    for (const table of model.tables) for (const row of table.rows) for (const cell of row.cells) report({messageId: 'cell', range: cell.range})
    for (const item of model.listItems) report({messageId: 'item', range: item.range})
    for (const [, entry] of model.frontMatter?.entries ?? []) report({messageId: 'key', range: entry.keyRange})
    for (const sentence of model.sentences()) explain({role: 'applies', message: sentence.text, range: sentence.range})
  },
}
const rules = [everything as unknown as Rule]

const LINES = [
  'Intro paragraph with an emoji 🚢 and a tab\there.',
  '',
  '# Title',
  '',
  '## Budget',
  '',
  '| Item | Amount |',
  '|---|---:|',
  '| Gender expertise | 12,500 |',
  '',
  '- first item',
  '- second item',
  '',
  'Setext heading',
  '--------------',
  '',
  'Last line.',
]

/** The lines joined with the line ending `pattern[i % pattern.length]` after line i. */
function joined(lines: readonly string[], pattern: readonly string[]): string {
  return lines.map((line, i) => line + (i < lines.length - 1 ? pattern[i % pattern.length] : '')).join('')
}

const ENDINGS: Record<string, string[]> = {
  LF: ['\n'],
  CRLF: ['\r\n'],
  CR: ['\r'],
  // A lone \r is never followed by an empty line ending in \n (that would be one \r\n).
  mixed: ['\n', '\r', '\r\n'],
}

/** What an LSP client holding `input` makes of a point (as the server's convert.ts): its own line breaks decide, the BOM the core removed counts. */
function lspOf(input: string, result: LintResult, point: Point) {
  const document = TextDocument.create('file:///doc.md', 'markdown', 1, input)
  return document.positionAt(point.offset + (result.hadBom ? 1 : 0))
}

/** The LSP position a core point should become: 0-based, and on line 1 one character on for the BOM the client still holds. */
function expectedLsp(result: LintResult, point: Point) {
  return {line: point.line - 1, character: point.column - 1 + (point.line === 1 && result.hadBom ? 1 : 0)}
}

function everyPoint(diagnostics: readonly Diagnostic[]): Point[] {
  return diagnostics.flatMap((d) => [d.range.start, d.range.end, ...(d.related ?? []).flatMap((r) => [r.range.start, r.range.end])])
}

describe('positions with byte order marks and mixed line endings', () => {
  const baseline = lintText(joined(LINES, ['\n']), {rules})
  const slices = baseline.diagnostics.map((d) => baseline.text.slice(d.range.start.offset, d.range.end.offset))

  for (const boms of [0, 1, 2, 3]) {
    for (const [name, pattern] of Object.entries(ENDINGS)) {
      it(`${boms} BOM(s), ${name} line endings: same findings, exact offsets, lines and columns as LSP's`, () => {
        const body = joined(LINES, pattern)
        const input = BOM.repeat(boms) + body
        const result = lintText(input, {rules})
        expect(validateRanges(result)).toEqual([])
        expect(result.hadBom).toBe(boms > 0)
        // Exactly one BOM is removed; later ones are characters of the text, kept.
        expect(result.text).toBe(BOM.repeat(Math.max(0, boms - 1)) + body)

        // A second BOM makes the intro line "\uFEFFIntro…", the same paragraph: the same findings, one column on in line 1 only.
        const normalise = (text: string) => text.replace(/\r\n|\r/g, '\n')
        const got = result.diagnostics.map((d) => normalise(result.text.slice(d.range.start.offset, d.range.end.offset)))
        expect(got).toEqual(slices.map(normalise))
        expect(result.diagnostics.map((d) => [d.range.start.line, d.range.end.line])).toEqual(
          baseline.diagnostics.map((d) => [d.range.start.line, d.range.end.line]),
        )
        for (const point of everyPoint(result.diagnostics)) {
          expect(lspOf(input, result, point)).toEqual(expectedLsp(result, point))
        }
      })
    }
  }

  it('a second BOM no longer shifts every range by one (regression)', () => {
    const input = `${BOM}${BOM}Intro.\n\n## Budget\n\n| Item | Amount |\n|---|---:|\n| Gender expertise | 12,500 |\n`
    const model = buildModel(input)
    expect(model.text.startsWith(`${BOM}Intro.`)).toBe(true)
    const heading = model.sections.find((section) => section.heading.text === 'Budget')!.heading
    expect(model.text.slice(heading.range.start.offset, heading.range.end.offset)).toBe('## Budget')
    expect(heading.range.start).toEqual({line: 3, column: 1, offset: 9})
    const cell = model.tables[0]!.rows[0]!.cell('amount')!
    expect(model.text.slice(cell.range.start.offset, cell.range.end.offset)).toBe('12,500')
  })

  it('front matter behind one BOM keeps its key positions with CR line endings', () => {
    const input = `${BOM}---\rtitle: Skills\rlanguage: fr\r---\r# Skills\r`
    const result = lintText(input, {rules})
    expect(validateRanges(result)).toEqual([])
    expect(result.parsedCleanly).toBe(true)
    const keys = result.diagnostics.filter((d) => d.messageId === 'key')
    expect(keys.map((d) => [result.text.slice(d.range.start.offset, d.range.end.offset), d.range.start.line])).toEqual([
      ['title', 2],
      ['language', 3],
    ])
  })

  it('front matter reads the same, errors and keys at the same lines and columns, whatever its line endings', () => {
    const where = (range: {start: Point; end: Point}) => `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`
    const read = (text: string) => {
      const frontMatter = buildModel(text).frontMatter!
      return {
        data: frontMatter.data,
        errors: frontMatter.errors.map((error) => `${error.message} @${where(error.range)}`),
        keys: [...frontMatter.entries.values()].map((entry) => `${entry.path} @${where(entry.keyRange)} ${where(entry.valueRange)}`),
      }
    }
    for (const yaml of [
      ['title: Skills', 'notes: |', '  one', '  two', 'lessonlint:', '  disable: [gender-budget]', 'language: fr'],
      // Broken YAML: the yaml package once reported one error more after \n than after \r\n here (found by the fuzzer).
      [':', '', '|', 'r'],
      ['title: "unclosed', 'language: en'],
    ]) {
      const lines = ['---', ...yaml, '---', '# Skills', '']
      const lf = read(joined(lines, ['\n']))
      for (const pattern of [['\r\n'], ['\r'], ENDINGS['mixed']!]) expect(read(joined(lines, pattern))).toEqual(lf)
    }
  })

  it('takes a lone \\r as the line ending of a document that mostly uses it, for the lines fixes insert', () => {
    expect(buildModel('a\rb\rc\r\nd\n').eol).toBe('\r')
    expect(buildModel('a\r\nb\r\nc\rd\n').eol).toBe('\r\n')
    expect(buildModel('a\nb\rc\r\nd').eol).toBe('\n')
    expect(buildModel('no line ending').eol).toBe('\n')
  })

  it('--fix keeps every byte: all the BOMs, every line ending, and the text around the edits', () => {
    for (const boms of [0, 1, 2, 3]) {
      for (const pattern of Object.values(ENDINGS)) {
        const input = BOM.repeat(boms) + joined(LINES, pattern)
        const {output, fixed} = fixText(input, {rules})
        expect(fixed).toBe(true)
        expect(output.replaceAll('✓ ', '')).toBe(input)
      }
    }
  })
})

describe('validateRanges', () => {
  const text = 'ab\r\ncd\re😀f\n'
  const point = (offset: number, line: number, column: number): Point => ({line, column, offset})
  const result = (diagnostic: Partial<Diagnostic>): Pick<LintResult, 'text' | 'diagnostics'> => ({
    text,
    diagnostics: [{ruleId: 'r', severity: 'warning', message: 'm', range: {start: point(0, 1, 1), end: point(0, 1, 1)}, ...diagnostic}],
  })

  it('accepts points whose line and column follow from the offset with \\r\\n, \\r and \\n', () => {
    // "ab\r\n" is line 1, "cd\r" line 2, "e😀f\n" line 3, then an empty line 4.
    const range = {start: point(4, 2, 1), end: point(12, 4, 1)}
    expect(validateRanges(result({range, related: [{range: {start: point(7, 3, 1), end: point(10, 3, 4)}, message: ''}]}))).toEqual([])
  })

  it('finds a wrong line or column, an offset outside the text, a reversed range', () => {
    expect(validateRanges(result({range: {start: point(4, 1, 5), end: point(4, 2, 1)}}))).toEqual([
      'diagnostics[0] (r).range.start: 1:5 but offset 4 is at 2:1',
    ])
    expect(validateRanges(result({range: {start: point(0, 1, 1), end: point(99, 9, 1)}}))[0]).toMatch(/outside the text/)
    expect(validateRanges(result({range: {start: point(4, 2, 1), end: point(0, 1, 1)}}))[0]).toMatch(/after its end/)
    expect(validateRanges(result({range: {start: point(1.5, 1, 2), end: point(2, 1, 3)}}))[0]).toMatch(/not an integer/)
  })

  it('finds a place inside a \\r\\n or a surrogate pair, which LSP clients cannot show', () => {
    expect(validateRanges(result({range: {start: point(3, 1, 4), end: point(3, 1, 4)}}))[0]).toMatch(/splits a \\r\\n/)
    expect(validateRanges(result({range: {start: point(9, 3, 3), end: point(9, 3, 3)}}))[0]).toMatch(/surrogate pair/)
  })

  it('checks evidence, related locations, suppressions, fixes and suggestions, and explanations', () => {
    const bad = {start: point(2, 1, 1), end: point(2, 1, 1)}
    const problems = validateRanges({
      ...result({
        related: [{range: bad, message: ''}],
        evidence: [{role: 'applies', message: '', range: bad}],
        suppression: {kind: 'inline', range: bad},
        fix: {title: 'f', edits: [{start: 0, end: 2, text: ''}, {start: 1, end: 1, text: 'x'}]},
        suggestions: [{title: 's', edits: []}, {title: 't', edits: [{start: 0, end: 99, text: ''}]}],
      }),
      explanations: [{ruleId: 'r', verdict: 'reported', evidence: [{role: 'missing', message: '', range: bad}]}],
    })
    expect(problems).toEqual([
      'diagnostics[0] (r).related[0].range.start: 1:1 but offset 2 is at 1:3',
      'diagnostics[0] (r).related[0].range.end: 1:1 but offset 2 is at 1:3',
      'diagnostics[0] (r).evidence[0].range.start: 1:1 but offset 2 is at 1:3',
      'diagnostics[0] (r).evidence[0].range.end: 1:1 but offset 2 is at 1:3',
      'diagnostics[0] (r).suppression.range.start: 1:1 but offset 2 is at 1:3',
      'diagnostics[0] (r).suppression.range.end: 1:1 but offset 2 is at 1:3',
      'diagnostics[0] (r).fix: edits 0 and 1 overlap',
      'diagnostics[0] (r).suggestions[0]: a fix with no edits',
      'diagnostics[0] (r).suggestions[1].edits[0].end: offset 99 is outside the text (length 12)',
      'explanations[0] (r).evidence[0].range.start: 1:1 but offset 2 is at 1:3',
      'explanations[0] (r).evidence[0].range.end: 1:1 but offset 2 is at 1:3',
    ])
    expect(() => assertValidRanges(result({related: [{range: bad, message: ''}]}))).toThrow(/invalid ranges/)
  })
})
