// Re-parsing what an edit touched must give the tree a full parse gives: random
// edit sequences (Markdown that changes block structure among them) over the
// sample proposals, each step compared with a full parse of the same text.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/index.js'
import type {ProposalModel} from '../../src/types.js'
import {parsers, parseMarkdown} from '../../src/model/parse.js'
import {reparse} from '../../src/model/reparse.js'

const FIXTURES = join(import.meta.dirname, '../../../../fixtures')
const documents = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => readFileSync(join(FIXTURES, name), 'utf8'))

/** What writers type, and what changes how the blocks around it parse. */
const SNIPPETS = [
  'x', 'word ', '.', '\n', '\n\n', '\r\n', '  ', '    ', '# ', '## Budget\n', '- ', '* ', '1. ', '> ', '```', '```\n', '~~~',
  '---', '===', '***', '|', '| a | b |\n|---|---|\n', '<!--', '-->', '<div>', '</div>', '<script>', '[link](x)', '**',
  '_', '`', '\\', '[^1]', '- [ ] ', 'Training of 40 trainers.', '\t', '    code', '<https://example.org>', '\uFEFF',
]

const edit = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  remove: fc.oneof(fc.constant(0), fc.integer({min: 1, max: 3}), fc.integer({min: 4, max: 400})),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.array(fc.constantFrom(...SNIPPETS), {maxLength: 4}).map((parts) => parts.join(''))),
})

function apply(text: string, {at, remove, insert}: {at: number; remove: number; insert: string}): string {
  const start = Math.floor(at * text.length)
  return text.slice(0, start) + insert + text.slice(start + remove)
}

describe('re-parsing an edited document', () => {
  it('gives the tree of a full parse after every edit of random edit sequences', () => {
    let steps = 0
    let incremental = 0
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, {minLength: 1, maxLength: 6}), (document, edits) => {
        let text = document
        let tree = parsers.document(text)
        for (const change of edits) {
          const next = apply(text, change)
          const previous = {text, tree}
          if (reparse(previous, next, parsers) !== null) incremental++
          steps++
          tree = parseMarkdown(next, previous)
          expect(tree).toEqual(parsers.document(next))
          text = next
        }
      }),
      {numRuns: 80, seed: 2026_12_03},
    )
    // Most edits of a long document are re-parsed in place: the comparison above tested the re-parse, not the fallback.
    expect(incremental / steps).toBeGreaterThan(0.5)
  }, 120_000)

  it('gives the model of a full build after every edit: what was kept from the last lint is moved with its blocks', () => {
    // Blocks before an edit are the same nodes in the next tree and blocks after it are moved copies; their flat
    // text and sentence splits are reused, shifted (model/inline.ts). Every range must still be the full build's.
    const training = defineLexicon('training (reparse test)', {en: ['training', 'trainer', 'course', 'workshop'], fr: ['formation'], es: ['capacitación']})
    const seen = (model: ProposalModel) => ({
      sentences: model.sentences().map((sentence) => [sentence.text, sentence.range, sentence.block, sentence.container, sentence.section?.heading.text]),
      mentions: model.find(training, {includeNegated: true}).map((match) => [match.text, match.range, match.negated]),
      cells: model.tables.flatMap((table) => [table.header, ...table.rows]).flatMap((row) => row.cells.map((cell) => [cell.text, cell.range, cell.amount])),
      items: model.listItems.map((item) => [item.text, item.range, item.depth]),
    })
    let moved = 0
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, {minLength: 1, maxLength: 5}), (document, edits) => {
        let model = buildModel(document)
        for (const change of edits) {
          const next = apply(model.text, change)
          if (reparse(model, next, parsers) !== null) moved++
          model = buildModel(next, {previous: model})
          expect(seen(model)).toEqual(seen(buildModel(next)))
        }
      }),
      {numRuns: 40, seed: 2026_12_04},
    )
    expect(moved).toBeGreaterThan(40)
  }, 120_000)

  it('gives the model and tree of a full build when each edit consumes the last parse (its blocks moved in place)', () => {
    // The language server's worker never uses a parse again once the next lint has it (`consumePrevious`):
    // the blocks after an edit are then moved where they stand, with what was kept for them. Mixed with
    // copying lints, as a caller may alternate: a copy's original and a moved node's kept text must agree.
    const training = defineLexicon('training (consuming reparse test)', {en: ['training', 'trainer', 'course', 'workshop'], fr: ['formation'], es: ['capacitación']})
    const seen = (model: ProposalModel) => ({
      tree: model.tree,
      sentences: model.sentences().map((sentence) => [sentence.text, sentence.range, sentence.block, sentence.container, sentence.section?.heading.text]),
      mentions: model.find(training, {includeNegated: true}).map((match) => [match.text, match.range, match.negated]),
      cells: model.tables.flatMap((table) => [table.header, ...table.rows]).flatMap((row) => row.cells.map((cell) => [cell.text, cell.range, cell.amount])),
      items: model.listItems.map((item) => [item.text, item.range, item.depth]),
    })
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(fc.tuple(edit, fc.boolean()), {minLength: 1, maxLength: 6}), (document, edits) => {
        let model = buildModel(document)
        for (const [change, consume] of edits) {
          const next = apply(model.text, change)
          model = buildModel(next, {previous: model, consumePrevious: consume})
          expect(seen(model)).toEqual(seen(buildModel(next)))
        }
      }),
      {numRuns: 40, seed: 2026_12_03},
    )
  }, 120_000)

  it('moves the rows of a table flattened into lines with their block', () => {
    const document = '# P\n\nAn opening paragraph.\n\n## Budget\n\nLine Amount Share\nStaff 690 000 29,4 %\nGender to be decided –\nMonitoring 150 000 6,4 %\nTotal 2 350 000 100 %\n'
    const seen = (model: ProposalModel) => model.sentences().map((sentence) => [sentence.text, sentence.range, sentence.block])
    let model = buildModel(document)
    for (const next of [document.replace('An opening', 'A longer opening'), document.replace('An opening paragraph.', 'Short.')]) {
      model = buildModel(next, {previous: model})
      expect(seen(model)).toEqual(seen(buildModel(next)))
    }
  })

  it('falls back to a full parse where blocks before or after would read otherwise', () => {
    const text = ['# Title', '', 'Intro paragraph.', '', '## Activities', '', 'Training of trainers.', '', 'Closing words.', '', 'The end.', ''].join('\n')
    const previous = {text, tree: parsers.document(text)}
    // An opened fence runs to the end of the document.
    const fenced = text.replace('Training of trainers.', '```\nTraining of trainers.')
    expect(reparse(previous, fenced, parsers)).toBeNull()
    expect(parseMarkdown(fenced, previous)).toEqual(parsers.document(fenced))
    // A link reference definition changes how every reference reads.
    expect(reparse(previous, text.replace('Closing words.', '[x]: https://example.org'), parsers)).toBeNull()
    // A plain edit is re-parsed in place.
    const typed = text.replace('Training of', 'Training of 40')
    expect(reparse(previous, typed, parsers)).toEqual(parsers.document(typed))
  })

  it('leaves the previous model as it was', () => {
    const text = documents[0]!
    const previous = buildModel(text)
    const before = JSON.stringify(previous.tree)
    const edited = text.slice(0, text.length / 2) + '\n\nA new paragraph.\n\n' + text.slice(text.length / 2)
    const model = buildModel(edited, {previous})
    expect(JSON.stringify(previous.tree)).toBe(before)
    expect(model.tree).toEqual(buildModel(edited).tree)
    expect(model.sentences().map((sentence) => [sentence.text, sentence.range])).toEqual(
      buildModel(edited).sentences().map((sentence) => [sentence.text, sentence.range]),
    )
  })
})

describe('a document opening with a front matter fence that never closes', () => {
  it('keeps its lists: the fence is a thematic break, as in CommonMark', () => {
    const text = '---\ntitle: Skills\n\n# Skills for refugees\n\n## Activities\n\n- Training of trainers\n- Coaching after each course\n'
    const model = buildModel(text)
    expect(model.tree.children.map((node) => node.type)).toEqual(['thematicBreak', 'paragraph', 'heading', 'heading', 'list'])
    expect(model.listItems.map((item) => item.text)).toEqual(['Training of trainers', 'Coaching after each course'])
    expect(model.frontMatter).toBeNull()
  })

  it('is read as front matter once its fence closes', () => {
    const text = '---\ntitle: Skills\n---\n\n# Skills for refugees\n\n- Training of trainers\n'
    expect(buildModel(text).tree.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'list'])
  })
})
