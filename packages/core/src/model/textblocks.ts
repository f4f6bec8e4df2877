import type {Nodes, Parents, Root} from 'mdast'
import type {TextBlock} from '../text/blocks.js'
import type {Section} from '../types.js'
import {foldText} from '../text/lexicon.js'
import {flatTextOf} from './inline.js'
import type {HeadingNode} from './sections.js'

/**
 * A block made only of wiki-style metadata tags ("[[focal_point:…]]
 * [[thematic_areas:vocational training]]"), as knowledge bases export them:
 * labels of the document, not what it says.
 */
const METADATA_TAGS = /^\s*(?:\[\[[^\]\n]*\]\]\s*)+$/u

/**
 * A table cell that declines what its row names: "| Training needs assessment | 0 | Not required |",
 * "| 5 | Non-discrimination | *To be developed in Phase II, subject to funding* |", "| Étude | Non prévue |",
 * "| FEC | Non associée au projet — … |", "| OIM | No participa en el proyecto; … |", or a zero with the reason ("| Expertise genre | 0 (non retenue pour cette
 * phase) |"). Read on the folded cell text, from its start: "N/A" or "none" are not here, since a logframe's
 * baseline says them of a row that stands, nor a zero alone (a gender line at 0 is a line, unfunded).
 */
const DECLINING_CELL =
  /^(?:[0\-–—]+\s*\(\s*)?(?:not (?:required|needed|planned|foreseen|budgeted|funded|included|retained|pursued|involved|associated)|(?:to be )?(?:developed|done|considered|addressed|deferred) (?:in|to|during|until) (?:a |the )?(?:phase (?:ii|iii|2|3)|(?:later|future|next|second|subsequent) phase)|deferred|ruled out|dropped|cancelled|non (?:prevue?s?|requise?s?|necessaires?|retenue?s?|budgetee?s?|associee?s?|impliquee?s?)|reportee?s? (?:a|en) (?:une |la )?(?:phase|deuxieme|seconde)|no (?:previst[oa]s?|requerid[oa]s?|necesari[oa]s?|presupuestad[oa]s?|asociad[oa]s?|vinculad[oa]s?)|no se (?:requiere|necesita|preve|contempla)|(?:does|will) not (?:take part|participate)|ne (?:participe|participera|participent|participeront|intervient|interviendra) pas|no (?:participa|participara|participan|participaran|interviene|intervendra)|descartad[oa]s?|pospuest[oa]s? (?:a|para) (?:una |la )?(?:fase|segunda|tercera))\b/u

function declines(cellText: string): boolean {
  const folded = foldText(cellText).replace(/[*_]/gu, '').trim()
  return DECLINING_CELL.test(folded)
}

/**
 * The running text of the document as text blocks, in document order: each
 * paragraph, each paragraph of a list item, each table cell, and each
 * heading whose section has content (an empty heading is no evidence).
 * Code, HTML and front matter are not running text.
 */
export function buildTextBlocks(
  tree: Root,
  text: string,
  headingNodes: readonly HeadingNode[],
  sections: readonly Section[],
  sectionAt: (offset: number) => Section | null,
): TextBlock[] {
  const blocks: TextBlock[] = []
  const headingSections = new Map<Nodes, Section>()
  headingNodes.forEach(({node}, index) => {
    const section = sections[index]
    if (section) headingSections.set(node, section)
  })

  const add = (node: Nodes & Parents, container: TextBlock['container'], section: Section | null, unitNode: Nodes = node, declinedByRow = false): void => {
    const flat = flatTextOf(node, text)
    if (flat.text.trim() === '' || METADATA_TAGS.test(flat.text)) return
    const unit = {start: unitNode.position?.start.offset ?? 0, end: unitNode.position?.end.offset ?? 0}
    blocks.push({text: flat.text, offsets: flat.offsets, shift: flat.shift, container, section, unit, ...(declinedByRow ? {declinedByRow} : {})})
  }

  // A list item's paragraphs (and nested lists) are one unit of meaning with it: the innermost item.
  const walk = (parent: Parents, listItem: Nodes | null): void => {
    const inListItem = listItem !== null
    for (const child of parent.children) {
      const start = child.position?.start.offset ?? 0
      const headingSection = headingSections.get(child)
      if (headingSection) {
        if (headingSection.hasContent) add(child as Nodes & Parents, 'heading', headingSection)
        continue
      }
      switch (child.type) {
        case 'paragraph':
        case 'heading':
          add(child, inListItem ? 'list-item' : 'paragraph', sectionAt(start), listItem ?? child)
          break
        case 'table':
          child.children.forEach((row, index) => {
            // A body row whose cell declines it: what its other cells name is no evidence.
            // (A zero amount declines nothing here: gender-budget points at a gender line's zero cell.)
            const declining = index === 0 ? -1 : row.children.findIndex((cell) => declines(flatTextOf(cell, text).text))
            row.children.forEach((cell, column) => add(cell, 'table-cell', sectionAt(start), row, declining !== -1 && column !== declining))
          })
          break
        case 'listItem':
          walk(child, child)
          break
        case 'code':
        case 'html':
        case 'yaml':
        case 'definition':
          break
        default:
          if ('children' in child) walk(child as Parents, listItem)
      }
    }
  }

  walk(tree, null)
  return blocks
}
