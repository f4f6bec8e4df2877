import type {List, ListItem as MdListItem, Nodes, Parents, Root} from 'mdast'
import type {ListItem, Section} from '../types.js'
import {lineTextOf} from './inline.js'
import type {Positions} from './positions.js'

/** A list item with what indicator detection needs to know about where it sits. */
export interface ListItemRecord {
  item: ListItem
  node: MdListItem
  list: List
  /** The block holding the list, and the list's index in it (to find a lead-in paragraph before it). */
  container: Parents
  listIndex: number
  /** Text of the item including its nested lists. */
  fullText: string
}

/** Every list item in document order, at any nesting depth. */
export function collectListItems(
  tree: Root,
  text: string,
  positions: Positions,
  sectionAt: (offset: number) => Section | null,
): ListItemRecord[] {
  const records: ListItemRecord[] = []

  const walk = (parent: Parents, depth: number): void => {
    parent.children.forEach((child, listIndex) => {
      if (child.type === 'list') {
        for (const node of child.children) {
          const start = node.position?.start.offset ?? 0
          const end = trimEnd(text, node.position?.end.offset ?? start, start)
          records.push({
            item: {
              text: ownText(node, text),
              range: positions.rangeOf(start, end),
              depth,
              ordered: child.ordered === true,
              section: sectionAt(start),
            },
            node,
            list: child,
            container: parent,
            listIndex,
            // Only indicators need it, when they are found: computed for every item, a list nested n deep
            // flattened its innermost paragraphs n times.
            get fullText() {
              return fullText(node, text)
            },
          })
          walk(node, depth + 1)
        }
      } else if ('children' in child && child.type !== 'table' && child.type !== 'paragraph' && child.type !== 'heading') {
        walk(child as Parents, depth)
      }
    })
  }

  walk(tree, 0)
  return records
}

/** The item's own paragraphs, without its nested lists. */
function ownText(node: MdListItem, text: string): string {
  return node.children
    .filter((child) => child.type !== 'list')
    .map((child) => blockText(child, text))
    .filter((part) => part !== '')
    .join(' ')
}

function fullText(node: Nodes, text: string): string {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return blockText(node, text)
  if (!('children' in node)) return ''
  return node.children
    .map((child) => fullText(child as Nodes, text))
    .filter((part) => part !== '')
    .join(' ')
}

export function blockText(node: Nodes, text: string): string {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    return lineTextOf(node, text)
  }
  return fullText(node, text)
}

function trimEnd(text: string, end: number, floor: number): number {
  let at = end
  while (at > floor && /\s/.test(text[at - 1] ?? '')) at--
  return at
}
