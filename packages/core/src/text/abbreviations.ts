// Periods that do not end a sentence (or a clause).

/** Abbreviations whose period does not end a sentence (lowercase, with the final period). */
const ABBREVIATIONS = new Set([
  'e.g.', 'i.e.', 'etc.', 'cf.', 'vs.', 'viz.', 'approx.', 'incl.', 'excl.', 'esp.', 'resp.', 'ref.', 'ibid.', 'al.',
  'no.', 'nos.', 'nr.', 'art.', 'arts.', 'para.', 'paras.', 'p.', 'pp.', 'ch.', 'sec.', 'fig.', 'vol.', 'ed.', 'eds.',
  'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'st.', 'jr.', 'sr.', 'sra.', 'mme.', 'mlle.', 'dept.', 'govt.', 'co.', 'inc.', 'ltd.',
  'núm.', 'pág.', 'págs.', 'ej.', 'env.',
])

/** Abbreviations that stand for "number" and only count as such before a number ("No. 188", not "the answer is no."). */
const NUMBER_ABBREVIATIONS = new Set(['no.', 'nos.', 'nr.', 'núm.'])

/** Whether the period at `dot` closes an abbreviation rather than a sentence. */
export function isAbbreviationPeriod(text: string, dot: number): boolean {
  const word = /[\p{L}.]*$/u.exec(text.slice(0, dot))![0].replace(/^\.+/u, '')
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
