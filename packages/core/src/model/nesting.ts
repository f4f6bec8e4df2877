// How deep the tree may nest before the model reads it.
//
// CommonMark sets no limit: "> > > …" or "- - - …" a few thousand times, or as many "*" around a word, parse to a
// tree thousands of levels deep. Every reading of the tree walks it, and a walk spends the stack per level: past a
// few thousand levels one overflows, and the document was read as holding nothing. No writer means a hundred quotes
// in quotes; past that depth the blocks (or, in a sentence, the words) are read where they stand, without the
// containers around them. markdown-it's parser stops at 100 levels likewise (its `maxNesting`).
import type {Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast'

/** Containers deeper than this hold their innermost content directly. */
export const MAX_NESTING = 100

/** Blocks that hold blocks: a list sits between a list item and the list item around it. */
const BLOCK_CONTAINERS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition'])

/** Phrasing that holds phrasing. */
const PHRASING_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

/** `tree`, with containers nested past `MAX_NESTING` levels flattened in place. */
export function withBoundedNesting(tree: Root): Root {
  const pending: Array<{node: Parent; depth: number}> = [{node: tree, depth: 0}]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const {node, depth} = next
    for (const child of node.children) {
      if (!('children' in child)) continue
      const nests = BLOCK_CONTAINERS.has(child.type) || PHRASING_CONTAINERS.has(child.type)
      // (A list holds list items only: the items below it are flattened, one level further.)
      if (nests && child.type !== 'list' && depth + 1 >= MAX_NESTING) {
        // A block container's children are blocks and a phrasing container's are phrasing: what replaces them is of the same kind.
        ;(child as Parent).children = innermost(child, BLOCK_CONTAINERS.has(child.type) ? BLOCK_CONTAINERS : PHRASING_CONTAINERS) as RootContent[]
      }
      pending.push({node: child, depth: nests ? depth + 1 : depth})
    }
  }
  return tree
}

/** The descendants of `node` that are not `containers`, outermost first and in document order, found without recursion. */
function innermost(node: Parent, containers: ReadonlySet<string>): Array<RootContent | PhrasingContent> {
  const found: Array<RootContent | PhrasingContent> = []
  const pending: Nodes[] = [...node.children].reverse()
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (containers.has(next.type) && 'children' in next) {
      for (let index = next.children.length - 1; index >= 0; index--) pending.push(next.children[index]!)
    } else found.push(next as RootContent)
  }
  return found
}
