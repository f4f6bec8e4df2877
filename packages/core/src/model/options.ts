// Options weighed in a list, and the one the text retains: "Two options were considered: - **Option 1:** … - **Option
// 2:** … **Option retained: Option 2.**" An analysis of alternatives sets out what the project could do; only the option
// retained is its plan. The items of the others are no plan, whatever they name (a course in Turin, a follow-up survey).
import type {Nodes, RootContent} from 'mdast'
import {flatTextOf} from './inline.js'

/** An item that opens with an option's label: "**Option 1:** …", "*Option 2* : …", "Opción B – …". The label is group 1. */
const OPTION_ITEM = /^\s*(?:option|opci[oó]n)\s+([0-9]{1,2}|[A-Z])\s*[:.)–—-]/iu

/**
 * A statement of the option retained, in the lead-in before the list or in the paragraphs after it: "Option retained:
 * Option 2", "Option retenue : option 2", "Opción retenida: la 2", "We retain Option 2", "Se optó por la opción 2",
 * "Preferred option: B". The label is group 1 or group 2.
 */
const RETAINED =
  /\b(?:(?:options?|opci[oó]n) (?:retained|retenue|retenida|seleccionada|selected|chosen|choisie|elegida|preferred|pr[ée]f[ée]r[ée]e|preferida|recommended|recommand[ée]e|recomendada)|(?:preferred|selected|chosen|recommended) option)\s*(?::\s*)?(?:(?:l['’]|la |the )?(?:option|opci[oó]n)\s+)?([0-9]{1,2}|[A-Z])\b|\b(?:retain(?:s|ed)?|retenons|retient|retenemos|retiene|select(?:s|ed)?|chose|choose|opted for|optons pour|optamos por|se opt[oó] por|se retiene)\s+(?:the |l['’]|la )?(?:option|opci[oó]n)\s+([0-9]{1,2}|[A-Z])\b/iu

/** The option an item opens with ("1", "B"), or null. */
export function optionLabel(itemText: string): string | null {
  return OPTION_ITEM.exec(itemText)?.[1]?.toUpperCase() ?? null
}

/** The option a text says is retained ("2"), or null. */
export function retainedOption(text: string): string | null {
  const found = RETAINED.exec(text)
  return (found?.[1] ?? found?.[2])?.toUpperCase() ?? null
}

/** How many blocks after an options list may state the option retained. */
const STATEMENT_REACH = 2

/**
 * The items of a list of options (two or more items labelled "Option 1", "Option 2"…) that the text does not retain: it
 * names the one retained in the list's lead-in or in a paragraph right after it. None when it names none.
 */
export function optionsNotRetained(siblings: readonly RootContent[], index: number, text: string): Nodes[] {
  const list = siblings[index]
  if (list?.type !== 'list') return []
  // Most lists are no options list: their items are not flattened for it.
  if (!/option|opci[oó]n/iu.test(text.slice(list.position?.start.offset ?? 0, list.position?.end.offset ?? 0))) return []
  const labels = list.children.map((item) => optionLabel(flatTextOf(item, text).text))
  if (labels.filter((label) => label !== null).length < 2) return []
  const around = [siblings[index - 1], ...siblings.slice(index + 1, index + 1 + STATEMENT_REACH)]
  const retained = around.map((node) => (node?.type === 'paragraph' ? retainedOption(flatTextOf(node, text).text) : null)).find((label) => label !== null)
  if (!retained || !labels.includes(retained)) return []
  return list.children.filter((_, k) => labels[k] !== null && labels[k] !== retained)
}
