// The parser leaves out GFM's bracketless links (e-mail addresses, "www.", "http://") that a text
// cannot hold, which saves micromark most of its time on proposals; the tree must stay the one the
// full GFM parser gives, for every text.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parsers} from '../../src/model/parse.js'

const fullGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/** The links of a tree, with the text and place of each. */
function links(tree: Root): Array<{url: string; offset: number | undefined}> {
  const found: Array<{url: string; offset: number | undefined}> = []
  const walk = (node: Nodes) => {
    if (node.type === 'link') found.push({url: node.url, offset: node.position?.start.offset})
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return found
}

/** What writers put in running text, addresses and their look-alikes among it. */
const PIECES = [
  'contact ', 'ana.ruiz', '@', 'ilo.org', 'www', '.', 'WWW.', 'http', 's', '://', 'HTTPS://', 'example.org/path',
  '&#64;', '&commat;', '&#x40;', '\\.', '\\@', '&amp;', 'M&E ', ' ', '\n', '(', ')', '<', '>', '*', '_', '`', '[', ']',
  '- ', '| a | b |\n|---|---|\n', 'Training of 40 trainers', 'mailto:', 'xmpp:', ',', ';', '!', '?', 'é', '\t',
]

describe('the parser', () => {
  it('gives the full GFM tree for texts with and without addresses (random texts)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 40}), (pieces) => {
        const text = pieces.join('')
        expect(parsers.document(text)).toEqual(fullGfm.parse(text))
      }),
      {numRuns: 400, seed: 20261205},
    )
  })

  it('gives the full GFM tree for every sample proposal', () => {
    const folder = join(import.meta.dirname, '../../../../fixtures')
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
      const text = readFileSync(join(folder, name), 'utf8')
      expect(parsers.document(text), name).toEqual(fullGfm.parse(text))
    }
  })

  it('reads each kind of bracketless link where the text holds it', () => {
    const text = 'Write to ana@ilo.org, see www.ilo.org or https://ilo.org/x.'
    expect(links(parsers.document(text))).toEqual([
      {url: 'mailto:ana@ilo.org', offset: text.indexOf('ana@')},
      {url: 'http://www.ilo.org', offset: text.indexOf('www')},
      {url: 'https://ilo.org/x', offset: text.indexOf('https')},
    ])
    expect(links(parsers.blocks('Or WWW.ILO.ORG.'))).toEqual([{url: 'http://WWW.ILO.ORG', offset: 3}])
  })

  it('reads addresses that only an escape or a character reference makes', () => {
    expect(links(parsers.document('Write to ana&#64;ilo.org today.')).map(({url}) => url)).toEqual(['mailto:ana@ilo.org'])
    expect(links(parsers.document('See www\\.ilo.org today.')).map(({url}) => url)).toEqual(['http://www.ilo.org'])
    expect(links(parsers.document('Nothing here but M&E and training.'))).toEqual([])
  })
})
