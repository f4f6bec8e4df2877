// What an e-mail wraps around a proposal pasted into it: the header of a message and the salutation that opens a
// cover letter. A programme officer pastes the revised proposal under the cover e-mail and the donor's comments it
// answers; the letter and the comments talk about the proposal, the proposal says what the project does.

/**
 * A field of a message's header as a mail program writes it, the name maybe in bold: "**From:** Karin Lindqvist",
 * "**De :** Anne Keller", "> **Envoyé :** mercredi 12 mars 2025", "**Enviado el:** jueves, 14 de marzo". The name is
 * group 1. Each run of blanks can be read one way only (the line is read once, whatever its length).
 */
const MAIL_FIELD = /^[ \t>]*(?:[*_]{1,2}[ \t]*)?(from|sent|date|to|cc|subject|de|envoy[ée]|[àa]|objet|enviado(?: el)?|fecha|para|asunto)[ \t]*(?:[*_]{1,2}[ \t]*)?:/iu

/** Who sent the message. */
const SENDER = /^(?:from|de)$/iu

/** The line a mail program sets above a message it quotes or forwards: "-----Original Message-----", "-----Mensaje original-----". */
const QUOTED_MESSAGE_RULE = /^[ \t>]*-{2,}[ \t]*(?:original message|forwarded message|message d['’]origine|message transf[ée]r[ée]|mensaje original|mensaje reenviado)[ \t]*-{2,}[ \t]*$/iu

/**
 * Whether the lines are a message's header: each a field or the rule a mail program sets above it, with the sender and
 * at least one other field ("From:" then "Sent:", "To:" or "Subject:"). Two fields at least: a line "De : 2025 à 2027"
 * alone is no message.
 */
export function isMailHeader(lines: readonly string[]): boolean {
  const names = fieldNames(lines)
  return names !== null && names.has('from') && names.size >= 2
}

/** Whether every line is a field of a message's header, as a letter pasted without its sender opens: "**Asunto:** RE: Comentarios…". */
export function isMailFields(lines: readonly string[]): boolean {
  return (fieldNames(lines)?.size ?? 0) > 0
}

/** The names of the header fields the lines are ("from" for the sender in any language), or null when a line is none. */
function fieldNames(lines: readonly string[]): Set<string> | null {
  const names = new Set<string>()
  for (const line of lines) {
    if (line.trim() === '' || QUOTED_MESSAGE_RULE.test(line)) continue
    const field = MAIL_FIELD.exec(line)
    if (!field) return null
    names.add(SENDER.test(field[1]!) ? 'from' : field[1]!.toLowerCase())
  }
  return names
}

/**
 * A letter's salutation, a line of its own ending in a comma or a colon: "Dear Karin,", "Chère Madame Keller,",
 * "Estimada Sra. Beltrán:", "Dear colleagues at SDC,".
 */
const SALUTATION = /^[ \t]*(?:dear|hello|hi|ch[èe]re?s?|bonjour|madame|monsieur|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|hola|se[ñn]or(?:a|es)?)(?![\p{L}])[^\n]{0,80}[,:][ \t]*$/iu

/** Whether the lines are a letter's salutation: one line. */
export function isSalutation(lines: readonly string[]): boolean {
  return lines.length === 1 && SALUTATION.test(lines[0]!)
}
