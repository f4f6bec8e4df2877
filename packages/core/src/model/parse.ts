import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {readAdmonitions, readInlineFields} from './admonitions.js'
import {readHtmlBlocks} from './html-tables.js'
import {readMkdocsBlocks} from './mkdocs.js'
import {withBoundedNesting} from './nesting.js'
import {parserInput} from './positions.js'
import {reparse, type ParsedDocument, type Parsers} from './reparse.js'

/** What is parsed: a whole document (front matter allowed at its start) or a run of blocks inside one. */
type Reading = 'document' | 'blocks'

/** A first line that opens front matter. */
const FENCE = /^---[ \t]*(?:\r\n|\r|\n|$)/u

/** The one Markdown dialect of the model: CommonMark, GFM, YAML front matter (and `readExtensions`). */
export const parsers: Parsers = {
  document(text) {
    const tree = parserFor('document', text).parse(parserInput(text))
    // A first `---` that never closes is no front matter; but once the front matter parser has tried it, every
    // later line starting with "-" reads otherwise (lists come out as paragraphs: micromark-extension-frontmatter
    // issue 5). Such a document is read as CommonMark reads it: the `---` is a rule, the lists are lists.
    return readExtensions(withBoundedNesting(tree.children[0]?.type !== 'yaml' && FENCE.test(text) ? parserFor('blocks', text).parse(parserInput(text)) : tree), text)
  },
  blocks: (text) => readExtensions(withBoundedNesting(parserFor('blocks', text).parse(parserInput(text))), text),
}

/**
 * GFM's links without brackets, each with what a text must hold to have one: "@" for an e-mail
 * address, "www." or "http://", "https://" (in any case) for the others.
 */
const AUTOLINK_LITERALS = [
  {construct: 'emailAutolink', needs: /@/u},
  {construct: 'wwwAutolink', needs: /www\./iu},
  {construct: 'protocolAutolink', needs: /https?:\/\//iu},
]

/** Text that may decode to one of those ("&#64;", "www\\.") once escapes and character references are read. */
const DECODED = /[&\\]/u

type Parser = ReturnType<typeof makeParser>
const madeParsers = new Map<string, Parser>()

/**
 * The parser for a text: GFM without the bracketless links the text cannot hold. micromark tries an
 * e-mail address at every letter and digit of running text, a third of its time on proposals, most of
 * which hold no address. The tree is the one full GFM gives (test/model/parse.test.ts).
 */
function parserFor(reading: Reading, text: string): Parser {
  const impossible = AUTOLINK_LITERALS.filter(({needs}) => !needs.test(text)).map(({construct}) => construct)
  // GFM's tree transform finds the same links in decoded text, where an escape or a reference may make one.
  const transform = impossible.length < AUTOLINK_LITERALS.length || DECODED.test(text)
  const key = `${reading}:${impossible.join()}:${transform}`
  let parser = madeParsers.get(key)
  if (!parser) madeParsers.set(key, (parser = makeParser(reading, new Set(impossible), transform)))
  return parser
}

function makeParser(reading: Reading, impossible: ReadonlySet<string>, transform: boolean) {
  const parser = reading === 'document' ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm) : unified().use(remarkParse).use(remarkGfm)
  return (impossible.size > 0 ? parser.use(withoutAutolinkLiterals, impossible, transform) : parser).freeze()
}

/** A text construct or constructs of micromark, as extensions map them by character code. */
type Constructs = {name?: string} | Array<{name?: string}>

/** Leaves out of the parser's extensions the named bracketless links, and GFM's transform that finds them unless `transform`. */
function withoutAutolinkLiterals(this: Processor, constructs: ReadonlySet<string>, transform: boolean): void {
  const data = this.data()
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
    if (!extension.text) return extension
    const text: Record<string, Constructs> = {}
    for (const [code, found] of Object.entries(extension.text as Record<string, Constructs>)) {
      const kept = (Array.isArray(found) ? found : [found]).filter((construct) => !constructs.has(construct.name ?? ''))
      if (kept.length > 0) text[code] = Array.isArray(found) ? kept : kept[0]!
    }
    return {...extension, text} as typeof extension
  })
  if (transform) return
  type FromMarkdown = Exclude<NonNullable<typeof data.fromMarkdownExtensions>[number], unknown[]>
  const withoutTransform = (extension: FromMarkdown): FromMarkdown =>
    extension.enter?.['literalAutolink'] !== undefined ? {...extension, transforms: []} : extension
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extension) =>
    Array.isArray(extension) ? extension.map(withoutTransform) : withoutTransform(extension),
  )
}

/**
 * What writers take from other dialects, read as they mean it: tables in raw HTML, MkDocs blocks, colon-fenced
 * admonitions, wiki fields.
 */
function readExtensions(tree: Root, text: string): Root {
  const withBlocks = readMkdocsBlocks(tree, text, (inner) => readExtensions(parserFor('blocks', inner).parse(parserInput(inner)), inner))
  return readInlineFields(readAdmonitions(readHtmlBlocks(withBlocks, text), text), text)
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
