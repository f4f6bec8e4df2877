// A hand-made ProposalModel with just what the engine reads (text, positions,
// comments, front matter, title range), so the engine is tested on its own.
import type {Comment, FrontMatter, ProposalModel, Range} from '../../src/types.js'

function lineStarts(text: string): number[] {
  const starts = [0]
  const eol = /\r\n|\r|\n/g
  for (let match = eol.exec(text); match; match = eol.exec(text)) starts.push(match.index + match[0].length)
  return starts
}

export function fakeModel(
  input: string,
  extra: {frontMatterData?: Record<string, unknown>; frontMatterErrors?: FrontMatter['errors']} = {},
): ProposalModel {
  const hadBom = input.startsWith('\uFEFF')
  const text = hadBom ? input.slice(1) : input
  const starts = lineStarts(text)
  const point = (offset: number) => {
    let line = 0
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
    return {line: line + 1, column: offset - starts[line]! + 1, offset}
  }
  const rangeOf = (start: number, end: number): Range => ({start: point(start), end: point(end)})
  const comments: Comment[] = [...text.matchAll(/<!--([\s\S]*?)-->/g)].map((match) => ({
    text: match[1]!.trim(),
    range: rangeOf(match.index, match.index + match[0].length),
  }))
  const firstLineEnd = text.search(/\r\n|\r|\n|$/)
  let frontMatter: FrontMatter | null = null
  if (extra.frontMatterData || extra.frontMatterErrors) {
    frontMatter = {
      range: rangeOf(0, 3),
      raw: '',
      data: extra.frontMatterData ?? null,
      entries: new Map(),
      errors: extra.frontMatterErrors ?? [],
    }
  }
  const unused = () => {
    throw new Error('not in the fake model')
  }
  return {
    text,
    hadBom,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    filePath: undefined,
    language: 'en',
    frontMatter,
    title: null,
    titleRange: rangeOf(0, firstLineEnd),
    sections: [],
    tables: [],
    listItems: [],
    indicators: [],
    comments,
    tree: {type: 'root', children: []},
    sectionsOf: () => [],
    sectionAt: () => null,
    sentences: unused,
    find: unused,
    has: unused,
    rangeOf,
    rangeOfNode: unused,
    tableRowAt: unused,
    nodePathAt: unused,
    someNodeWithin: unused,
  }
}
