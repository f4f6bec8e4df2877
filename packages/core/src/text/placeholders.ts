// Placeholders: words that hold a place for text not written yet ("TBD", "à compléter", "por definir").

/** Words that only hold a place ("TBD", "to be completed", "à compléter", "por definir"). */
// "_No response_" is what GitHub writes for a field of an issue form left blank.
const PLACEHOLDER_WORDS =
  '(?:tbd|tbc|todo|to ?do|xxx|no response|\\.\\.\\.|…|in preparation|being (?:drafted|prepared)|en (?:préparation|preparation|cours de rédaction|cours de redaction|cours d[\'’]élaboration|cours d[\'’]elaboration)|en (?:preparación|preparacion|elaboración|elaboracion)|to be (?:completed|confirmed|determined|defined|written|added|decided|identified)|(?:à|a) (?:compléter|completer|définir|definir|déterminer|determiner|préciser|preciser|rédiger|rediger|décider|decider|identifier)|por (?:completar|definir|determinar|redactar|decidir|identificar)|pendiente)'

/** Text that only holds a place. */
const PLACEHOLDER = new RegExp(`^[\\s*_([]*${PLACEHOLDER_WORDS}[\\s.:!)\\]*_]*$`, 'iu')

/**
 * A bracketed note that opens with a placeholder, after a label of up to three words: "[To be completed: the Board
 * agrees this section on 12 November.]", "[Texto pendiente – TBD. La estrategia se redactará tras el diagnóstico.]".
 */
const BRACKETED_PLACEHOLDER = new RegExp(`^[*_]*[[(][\\s*_]*(?:\\p{L}+[\\s–—-]+){0,3}${PLACEHOLDER_WORDS}\\b[^\\])]*[\\])][\\s*_.]*$`, 'iu')

/** A section that declines its subject ("Not applicable.", "N/A – the project is gender neutral", "No aplica", "Sans objet"). */
const NOT_APPLICABLE = /^[\s*_([]*(?:n\/a|not applicable|non applicable|sans objet|no aplica|no procede)\b/iu

/**
 * Whether a paragraph only holds a place or declines the section: a section made only of such
 * paragraphs is empty for every rule, so a fix's skeleton or a "N/A" is never taken for content.
 */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim()
  return PLACEHOLDER.test(trimmed) || BRACKETED_PLACEHOLDER.test(trimmed) || NOT_APPLICABLE.test(trimmed)
}

/** A value that opens with a placeholder, whatever follows: "à décider (TBD)", "to be decided with the donor", "Por definir". */
const PLACEHOLDER_VALUE = new RegExp(`^[\\s*_([]*${PLACEHOLDER_WORDS}(?![\\p{L}\\p{N}])`, 'iu')

export function opensWithPlaceholder(text: string): boolean {
  return PLACEHOLDER_VALUE.test(text)
}


/** A placeholder in brackets right after a mention: "estrategia de sostenibilidad (en preparación)", "Gender strategy (TBD)". */
const BRACKETED_AFTER = new RegExp(`^ ?\\([ \\t]*${PLACEHOLDER_WORDS}(?![\\p{L}\\p{N}])[^()]{0,80}\\)`, 'iu')

/** Whether the text at `at` opens with a placeholder in brackets, which leaves what stands before it unwritten. */
export function placeholderInBracketsAt(text: string, at: number): boolean {
  return bracketAt(text, at, BRACKETED_AFTER)
}

/** Whether the text at `at` opens with a bracket (after one space at most) that the pattern reads. */
function bracketAt(text: string, at: number, pattern: RegExp): boolean {
  // Most mentions are followed by neither a bracket nor a space and one: no slice is made for them.
  const next = text.charCodeAt(at) === 32 ? text.charCodeAt(at + 1) : text.charCodeAt(at)
  return next === 40 && pattern.test(text.slice(at, at + 120))
}

/**
 * A status in brackets right after a mention that drops it: "**Tracer survey (discontinued).**", "Visites de suivi
 * (abandonnées)", "Curso virtual (descartado)". A year's workplan marks so what it no longer does.
 */
const DROPPED_IN_BRACKETS =
  /^ ?\([ \t]*(?:discontinued|dropped|cancell?ed|abandoned|removed|deleted|not retained|abandonn[ée]e?s?|supprim[ée]e?s?|annul[ée]e?s?|non retenue?s?|descartad[oa]s?|suprimid[oa]s?|cancelad[oa]s?|eliminad[oa]s?|abandonad[oa]s?)(?![\p{L}\p{N}])[^()]{0,80}\)/iu

/** Whether the text at `at` opens with a status in brackets that drops what stands before it. */
export function droppedInBracketsAt(text: string, at: number): boolean {
  return bracketAt(text, at, DROPPED_IN_BRACKETS)
}

/** A placeholder right after a mention, unbracketed: "point focal genre à désigner", "gender focal point to be designated", "punto focal por designar". */
const PLACEHOLDER_AFTER = /^ (?:[àa] (?:d[ée]signer|identifier|d[ée]finir|confirmer)|to be (?:designated|identified|determined|confirmed|defined)|por (?:designar|identificar|definir|confirmar))(?![\p{L}\p{N}])/iu

/** Whether the text at `at` goes on with a placeholder, which leaves what stands before it unsettled. */
export function placeholderAt(text: string, at: number): boolean {
  // Most mentions are followed by neither a space and a placeholder: a slice is made only after a space.
  return text.charCodeAt(at) === 32 && PLACEHOLDER_AFTER.test(text.slice(at, at + 24))
}
