// Questions about the mdast tree: by offset, answered by binary search, and a walk over every node.
//
// A node's children are in document order and do not overlap, so the child
// holding an offset, or the first child reaching into a range, is found in
// log time. A walk from the root per question would read every top-level
// block for every mention: quadratic on a long proposal.
import type {Nodes, Parent} from 'mdast'
import type {NodeOnPath} from '../types.js'

function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset
}

function endOf(node: Nodes): number | undefined {
  return node.position?.end.offset
}

/** Index of the first child whose end lies after `offset` (children without positions are skipped over). */
function firstEndingAfter(children: readonly Nodes[], offset: number): number {
  let low = 0
  let high = children.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const end = endOf(children[middle]!)
    if (end !== undefined && end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function childrenOf(node: Nodes): readonly Nodes[] | null {
  return 'children' in node ? (node.children as Nodes[]) : null
}

/** The nodes holding `offset` (start ≤ offset < end), from the root to the innermost. */
export function nodePathAt(root: Nodes, offset: number): NodeOnPath[] {
  const path: NodeOnPath[] = []
  const holds = (node: Nodes) => {
    const start = startOf(node)
    const end = endOf(node)
    return start !== undefined && end !== undefined && start <= offset && offset < end
  }
  if (!holds(root)) return path
  path.push({node: root, parent: null, index: 0})
  for (let node = root; ; ) {
    const children = childrenOf(node)
    if (!children) return path
    const index = firstEndingAfter(children, offset)
    const child = children[index]
    if (!child || !holds(child)) return path
    path.push({node: child, parent: node as Parent, index})
    node = child
  }
}

/** Whether some node that starts within [start, end) passes `test`, descending only into nodes that reach into the range. */
export function someNodeWithin(root: Nodes, start: number, end: number, test: (node: Nodes) => boolean): boolean {
  const visit = (node: Nodes): boolean => {
    const nodeStart = startOf(node)
    const nodeEnd = endOf(node)
    if (nodeStart === undefined || nodeEnd === undefined || nodeEnd <= start || nodeStart >= end) return false
    if (nodeStart >= start && test(node)) return true
    const children = childrenOf(node)
    if (!children) return false
    for (let index = firstEndingAfter(children, start); index < children.length; index++) {
      const childStart = startOf(children[index]!)
      if (childStart !== undefined && childStart >= end) break
      if (visit(children[index]!)) return true
    }
    return false
  }
  return visit(root)
}

/**
 * Calls `enter` on every node below `root`, in document order; when `enter` returns false, the
 * node's children are skipped. A plain recursion: unist-util-visit names a new function for each
 * node it enters, which made walking the tree a tenth of a re-lint in the language server.
 */
export function eachNode(root: Nodes, enter: (node: Nodes) => boolean | void): void {
  const children = childrenOf(root)
  if (!children) return
  for (const child of children) {
    if (enter(child) !== false) eachNode(child, enter)
  }
}

/** The source lines of a node (none when it has no position). */
export function sourceLines(node: Nodes, text: string): string[] {
  const start = startOf(node)
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? [] : text.slice(start, end).split(/\r\n|\r|\n/u)
}
