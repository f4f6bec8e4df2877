import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Comment} from '../types.js'
import type {Positions} from './positions.js'

const COMMENT = /<!--([\s\S]*?)-->/g

/**
 * HTML comments, block or inline, in document order. They are read from the
 * source slice of each HTML node (not its value, from which the parser strips
 * quote and list prefixes), so ranges are exact; one node may hold several.
 */
export function collectComments(tree: Root, text: string, positions: Positions): Comment[] {
  const comments: Comment[] = []
  visit(tree, 'html', (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    for (const match of text.slice(start, end).matchAll(COMMENT)) {
      const from = start + match.index
      comments.push({text: (match[1] ?? '').trim(), range: positions.rangeOf(from, from + match[0].length)})
    }
  })
  return comments
}
