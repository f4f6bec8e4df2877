import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parserInput} from './positions.js'
import {reparse, type ParsedDocument, type Parsers} from './reparse.js'

const documentParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
const blocksParser = unified().use(remarkParse).use(remarkGfm)

/** The one Markdown dialect of the model: CommonMark, GFM, YAML front matter. */
export const parsers: Parsers = {
  document: (text) => documentParser.parse(parserInput(text)),
  blocks: (text) => blocksParser.parse(parserInput(text)),
}

/** The tree of `text`; given the same document's previous parse, only what changed is parsed again. */
export function parseMarkdown(text: string, previous?: ParsedDocument): Root {
  if (previous) {
    try {
      const tree = reparse(previous, text, parsers)
      if (tree) return tree
    } catch {
      // A previous tree the re-parse cannot read (made elsewhere, changed since): parse it all.
    }
  }
  return parsers.document(text)
}
