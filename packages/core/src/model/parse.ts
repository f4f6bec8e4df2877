import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readAdmonitions} from './admonitions.js'
import {readHtmlTables} from './html-tables.js'
import {parserInput} from './positions.js'
import {reparse, type ParsedDocument, type Parsers} from './reparse.js'

const documentParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
const blocksParser = unified().use(remarkParse).use(remarkGfm)

/** A first line that opens front matter. */
const FENCE = /^---[ \t]*(?:\r\n|\r|\n|$)/u

/** The one Markdown dialect of the model: CommonMark, GFM, YAML front matter (and `readExtensions`). */
export const parsers: Parsers = {
  document(text) {
    const tree = documentParser.parse(parserInput(text))
    // A first `---` that never closes is no front matter; but once the front matter parser has tried it, every
    // later line starting with "-" reads otherwise (lists come out as paragraphs: micromark-extension-frontmatter
    // issue 5). Such a document is read as CommonMark reads it: the `---` is a rule, the lists are lists.
    return readExtensions(tree.children[0]?.type !== 'yaml' && FENCE.test(text) ? blocksParser.parse(parserInput(text)) : tree, text)
  },
  blocks: (text) => readExtensions(blocksParser.parse(parserInput(text)), text),
}

/** What writers take from other dialects, read as they mean it: tables in raw HTML, colon-fenced admonitions. */
function readExtensions(tree: Root, text: string): Root {
  return readAdmonitions(readHtmlTables(tree, text), text)
}

/**
 * The tree of `text`; given the same document's previous parse, only what changed is parsed again
 * (`consume`: the previous tree is not used again, and may be reused in place).
 */
export function parseMarkdown(text: string, previous?: ParsedDocument, consume = false): Root {
  if (previous) {
    try {
      const tree = reparse(previous, text, parsers, consume)
      if (tree) return tree
    } catch {
      // A previous tree the re-parse cannot read (made elsewhere, changed since): parse it all.
    }
  }
  return parsers.document(text)
}
