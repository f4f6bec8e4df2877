// Periods that do not end a sentence (or a clause).

/** Abbreviations whose period does not end a sentence (lowercase, with the final period). */
const ABBREVIATIONS = new Set([
  'e.g.', 'i.e.', 'etc.', 'cf.', 'vs.', 'viz.', 'approx.', 'incl.', 'excl.', 'esp.', 'resp.', 'ref.', 'ibid.', 'al.',
  'no.', 'nos.', 'nr.', 'art.', 'arts.', 'para.', 'paras.', 'p.', 'pp.', 'ch.', 'sec.', 'fig.', 'vol.', 'ed.', 'eds.',
  'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'st.', 'jr.', 'sr.', 'sra.', 'mme.', 'mlle.', 'dept.', 'govt.', 'co.', 'inc.', 'ltd.',
  'núm.', 'núms.', 'pág.', 'págs.', 'ej.', 'env.',
  // As notes abbreviate: "½-day gender eq. session", "final eval (indep.) Y3", "min. 5 délégués", "max. 25 pax".
  'eq.', 'indep.', 'min.', 'max.', 'mgmt.', 'approx.', 'orgs.', 'org.', 'reps.', 'rep.',
])

/** Abbreviations that stand for "number" and only count as such before a number ("No. 188", not "the answer is no."). */
const NUMBER_ABBREVIATIONS = new Set(['no.', 'nos.', 'nr.', 'núm.', 'núms.'])

/** Whether the period at `dot` closes an abbreviation rather than a sentence. */
export function isAbbreviationPeriod(text: string, dot: number): boolean {
  const word = wordBefore(text, dot).replace(/^\.+/u, '')
  if (word === '') return false
  const abbreviation = `${word.toLowerCase()}.`
  const next = text.slice(dot + 1).trimStart()
  if (NUMBER_ABBREVIATIONS.has(abbreviation)) return /^\d/u.test(next)
  // "etc." often ends a sentence: it does when a capitalised word follows ("etc. The project").
  if (abbreviation === 'etc.') return !/^\p{Lu}\p{Ll}/u.test(next)
  if (ABBREVIATIONS.has(abbreviation)) return true
  // Dotted acronyms and initials: "U.S.", "U.K.", "I.L.O."
  return /^(?:\p{L}\.)+\p{L}$/u.test(word)
}

const WORD_OR_DOT = /[\p{L}.]/u

/**
 * The run of letters and periods that ends at `dot`, read backwards. (A
 * regex anchored at the end, /[\p{L}.]*$/, is tried from every position of
 * the text before it: quadratic over a paragraph of many periods.)
 */
function wordBefore(text: string, dot: number): string {
  let start = dot
  while (start > 0) {
    const low = text.charCodeAt(start - 1)
    // A letter outside the BMP is a surrogate pair: test the code point, not its halves.
    const width = low >= 0xdc00 && low <= 0xdfff && start > 1 && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1
    if (!WORD_OR_DOT.test(text.slice(start - width, start))) break
    start -= width
  }
  return text.slice(start, dot)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
