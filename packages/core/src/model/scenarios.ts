// Funding scenarios a proposal sets out when its envelope is not settled: "Scenario A – full funding", "Escenario B –
// 60 %". The text says which one it plans on ("el Escenario B constituye la base de planificación", "Ce qui figure dans
// la colonne « Scénario B » est le plan de travail de référence"), or that another is only what more money would add
// ("El Escenario A describe lo que se añadiría si se movilizan fondos adicionales"). What only such a scenario holds (its
// section, its paragraph, its column of a table) is no plan of the project.
import type {Nodes, Root} from 'mdast'
import {firstAtLeast, firstUnmetCondition} from '../text/negation.js'
import {RecentTexts} from '../text/recent.js'
import {sentenceSpans} from '../text/sentences.js'
import {flatTextOf} from './inline.js'
import {eachNode} from './tree.js'

/** Whether a document may set out scenarios at all: most do not, and are not read for them. */
const ANY_SCENARIO = /sc[eé]nario/iu
const SCENARIO_WORD = /sc[eé]nario/giu

/** A scenario and its label: "Scenario A", "escenario B", "scénario 2", "« Scénario B »". The label is group 1. */
const SCENARIO_LABEL = /(?<![\p{L}])(?:e?sc[eé]nario)\s+([A-Z]|[1-9])(?![\p{L}\p{N}])/giu

/**
 * A scenario said to be the one planned on: "el Escenario B constituye la base de planificación", "le scénario B
 * constitue le plan de travail de référence", "Scenario B is the basis of this plan", "la colonne « Scénario B » est le
 * plan de travail de référence". The label is group 1.
 */
const PLANNED_ON =
  /(?<![\p{L}])e?sc[eé]nario\s+([A-Z]|[1-9])\s*»?\s*(?:constituye|constitue|is|es|est|forms|serves as|sert de|sirve de)\s+(?:la |le |el |the )?(?:base|basis|plan|r[eé]f[eé]rence|referencia|baseline)(?![\p{L}])/iu

/** The labels of the scenarios a text does not plan on ("A"), upper case; none when it says nothing of which it plans on. */
export function scenariosNotPlannedOn(tree: Root, text: string): Set<string> {
  const notPlanned = new Set<string>()
  // Most documents never say "scenario": one plain search tells, before any pattern reads the whole text.
  if (!ANY_SCENARIO.test(text)) return notPlanned
  // Every scenario the document names, in its headings and tables too.
  const labels = new Set([...text.matchAll(SCENARIO_LABEL)].map((found) => found[1]!.toUpperCase()))
  if (labels.size === 0) return notPlanned
  // Only the top-level blocks that speak of scenarios are read: an edit's re-lint of a long document asks this again.
  const named = [...text.matchAll(SCENARIO_WORD)].map((found) => found.index)
  let plannedOn: string | null = null
  const read = (node: Nodes) => {
    if (node.type !== 'paragraph') return
    const paragraph = flatTextOf(node, text).text
    if (!ANY_SCENARIO.test(paragraph)) return
    const said = readParagraph(paragraph)
    plannedOn ??= said.plannedOn
    for (const label of said.notPlanned) notPlanned.add(label)
  }
  for (const block of tree.children) {
    const at = firstAtLeast(named, block.position?.start.offset ?? 0)
    if (at === named.length || named[at]! >= (block.position?.end.offset ?? 0)) continue
    read(block)
    eachNode(block, read)
  }
  if (plannedOn !== null) {
    for (const label of labels) if (label !== plannedOn) notPlanned.add(label)
    notPlanned.delete(plannedOn)
  }
  return notPlanned
}

interface ParagraphScenarios {
  /** The scenario the paragraph says is planned on (`PLANNED_ON`), upper case. */
  plannedOn: string | null
  /** The scenarios it names before a condition on money not yet found. */
  notPlanned: readonly string[]
}

/** What a paragraph says of scenarios, kept by its text: the next lint of an edited document reads the same paragraphs. */
const paragraphs = new RecentTexts<ParagraphScenarios>(1_000)

function readParagraph(paragraph: string): ParagraphScenarios {
  return paragraphs.get(paragraph, () => {
    const notPlanned: string[] = []
    // "El Escenario A describe lo que se añadiría si se movilizan fondos adicionales": a scenario named in a sentence
    // before a condition on money not yet found.
    for (const [start, end] of sentenceSpans(paragraph)) {
      const sentence = paragraph.slice(start, end)
      const condition = firstUnmetCondition(sentence)
      if (condition === -1) continue
      for (const found of sentence.slice(0, condition).matchAll(SCENARIO_LABEL)) notPlanned.push(found[1]!.toUpperCase())
    }
    return {plannedOn: PLANNED_ON.exec(paragraph)?.[1]?.toUpperCase() ?? null, notPlanned}
  })
}

/** The scenario a title or a cell opens with ("Scenario A – full funding", "**Scénario A – financement complet.**"), upper case, or null. */
export function scenarioOpening(title: string): string | null {
  const found = /^\s*e?sc[eé]nario\s+([A-Z]|[1-9])(?![\p{L}\p{N}])/iu.exec(title)
  return found?.[1]?.toUpperCase() ?? null
}
