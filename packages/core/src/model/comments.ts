import type {Root} from 'mdast'
import type {Comment} from '../types.js'
import type {Positions} from './positions.js'
import {eachNode} from './tree.js'

/**
 * HTML comments, block or inline, in document order. They are read from the
 * source slice of each HTML node (not its value, from which the parser strips
 * quote and list prefixes), so ranges are exact; one node may hold several.
 */
export function collectComments(tree: Root, text: string, positions: Positions): Comment[] {
  const comments: Comment[] = []
  eachNode(tree, (node) => {
    if (node.type !== 'html') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    for (const [from, to] of commentSpans(text, start, end)) {
      comments.push({text: text.slice(from + OPEN.length, to - CLOSE.length).trim(), range: positions.rangeOf(from, to)})
    }
  })
  return comments
}

const OPEN = '<!--'
const CLOSE = '-->'

/**
 * The `[from, to)` spans of the comments in `text[start, end)`: each "<!--"
 * up to the first "-->" after it. A search for "-->" that fails ends the
 * scan: no later "<!--" can be closed either. (A lazy /<!--[\s\S]*?-->/
 * reads to the end from every "<!--" of an unclosed block, which is quadratic.)
 */
function commentSpans(text: string, start: number, end: number): Array<[number, number]> {
  // Searched within the node only: a search running on past it would read the rest of the document for each node.
  const source = text.slice(start, end)
  const spans: Array<[number, number]> = []
  let at = 0
  for (;;) {
    const from = source.indexOf(OPEN, at)
    if (from === -1) break
    const close = source.indexOf(CLOSE, from + OPEN.length)
    if (close === -1) break
    spans.push([start + from, start + close + CLOSE.length])
    at = close + CLOSE.length
  }
  return spans
}
