// The ILO's social partners named as a country knows them: "two places are kept
// for KSTL and one for CCI-TL", "deux représentants de l'UGTT et deux de
// l'UTICA", "10 representantes del COHEP". A proposal written in the country
// often never spells these out, or spells them out in a language the pack does
// not read ("Konfederasaun Sindikatu Timor-Leste"); the gazetteer of national
// employers' organisations and trade union centres tells which side each is on.
import {clauseBounds, defineLexicon, documentLexicon, type Match, type ProposalModel} from '@lessonlint/core'

import {countryOf, countryOrNationals} from '../lexicons/migration.js'
import {NATIONAL_SOCIAL_PARTNERS, type NationalSocialPartner} from '../lexicons/social-partners-gazetteer.js'

import {currentMentions, frontMatterList} from './mentions.js'

export type Side = NationalSocialPartner['side']

/** The gazetteer's entries by term: an acronym as written, or a name as the lexicon folds it. */
const ENTRIES_BY_TERM = new Map<string, NationalSocialPartner[]>()
for (const entry of NATIONAL_SOCIAL_PARTNERS) {
  for (const term of [entry.acronym, ...entry.names]) {
    if (term === '') continue
    ENTRIES_BY_TERM.set(term, [...(ENTRIES_BY_TERM.get(term) ?? []), entry])
  }
}

const TERMS = [...ENTRIES_BY_TERM.keys()]

/** Every organisation of the gazetteer, by acronym or name, in every language (a name is written as the organisation writes it). */
export const nationalSocialPartner = defineLexicon('national social partner', {en: TERMS, fr: TERMS, es: TERMS})

/**
 * The mentions among `found` (matches of `nationalSocialPartner`) that name an organisation of `side`. An acronym counts
 * only as written, in capitals ("UGTT", not "ugtt"), and only where the proposal names the organisation's country, in
 * its text or its front matter's `countries`: "PSF" is Rwanda's Private Sector Federation in a proposal for Rwanda, and
 * the Python Software Foundation elsewhere. So an acronym that organisations of both sides share in different countries
 * ("CTP": Peru's workers' confederation, Portugal's tourism employers) counts for the side of the country named. An organisation the text rules out ("The FNCCI is not a
 * partner in this project") has no role by its other mentions ("the policy brief will be sent to FNCCI"), as a name
 * the text rules out gives its acronym none (`acronymMentions`).
 */
export function nationalOrganisations(model: ProposalModel, side: Side, found: readonly Match[]): Match[] {
  let countries: ReadonlySet<string> | undefined
  let ruledOut: ReadonlySet<NationalSocialPartner> | undefined
  return found.filter((match) => {
    const entries = ENTRIES_BY_TERM.get(match.term) ?? []
    if (entries.length === 0) return false
    ruledOut ??= ruledOutOrganisations(model)
    if (entries.some((entry) => ruledOut!.has(entry))) return false
    const acronym = entries.some((entry) => entry.acronym === match.term)
    if (acronym && match.text !== match.term) return false
    // A one-word name counts as written too: Sweden's "Saco" is not "la carga de sacos".
    if (!acronym && !/\s/u.test(match.term) && match.text !== match.term) return false
    // A name is specific enough; an acronym is read as a national body only where the proposal names its country.
    if (!acronym && entries.every((entry) => entry.side === side)) return true
    if (!entries.some((entry) => entry.side === side)) return false
    countries ??= namedCountries(model)
    const here = entries.filter((entry) => countries!.has(entry.country))
    return here.length > 0 && here.every((entry) => entry.side === side)
  })
}

/** The ISO codes of the countries a proposal names: in its text (countries or nationals) and in its front matter. */
function namedCountries(model: ProposalModel): ReadonlySet<string> {
  const inText = model.find(countryOrNationals, {includeNegated: true}).map((match) => countryOf(match.term))
  const declared = frontMatterList(model, 'countries').map((code) => code.toUpperCase())
  return new Set([...inText, ...declared].filter((code): code is string => code !== undefined))
}

/**
 * The organisations the text says take no part, by name or acronym: a negated mention whose clause speaks of partnering
 * or a role ("The FNCCI is not a partner in this project", "La CGTP no participa", "n'est pas associée"). Other negations
 * ("which nobody wanted") rule out nothing.
 */
function ruledOutOrganisations(model: ProposalModel): ReadonlySet<NationalSocialPartner> {
  const negated = model.find(nationalSocialPartner, {includeNegated: true}).filter((match) => {
    if (!match.negated) return false
    const [start, end] = clauseBounds(match.sentence.text, match.sentenceIndex, match.sentenceIndex + match.text.length)
    return TAKING_PART.test(match.sentence.text.slice(start, end))
  })
  return new Set(negated.flatMap((match) => ENTRIES_BY_TERM.get(match.term) ?? []))
}

/** Words of taking part in a project: "partner", "role", "involved", "participa", "associée", "socio", "papel". */
const TAKING_PART = /\b(?:partners?|partenaires?|socios?|roles?|rôles?|papel(?:es)?|part of|partie|involved|impliqu|associ|particip|integra)/iu

/**
 * Organisations a note files under a side by the abbreviations ILO staff write: "EO: SNMPE — difusión…", "TU: FNTMMSP
 * — sensibilización…", "EBMO: FKE; TU: COTU-K (TBC)". The acronyms after the label are that side's bodies wherever the
 * proposal names them ("1/3 trabajadores (FNTMMSP)"). The label counts only as written, in capitals: "tu" is a French
 * and Spanish word.
 */
export function organisationsUnderASideLabel(model: ProposalModel, side: Side): Match[] {
  // The labels are read once per document: two rules ask for each side.
  let labelled = labelledBySide.get(model)
  if (!labelled) labelledBySide.set(model, (labelled = labelledAcronyms(model)))
  const acronyms = labelled[side]
  if (acronyms.size === 0) return []
  const terms = [...acronyms].sort()
  const lexicon = documentLexicon(`bodies under a side label (${side})`, {en: terms, fr: terms, es: terms})
  return currentMentions(model, lexicon).filter((match) => acronyms.has(match.text))
}

const labelledBySide = new WeakMap<ProposalModel, Record<Side, Set<string>>>()

/** The acronyms the document files under each side's label. */
function labelledAcronyms(model: ProposalModel): Record<Side, Set<string>> {
  const found: Record<Side, Set<string>> = {workers: new Set(), employers: new Set()}
  for (const sentence of model.sentences({includeHeadings: false})) {
    if (!/\b(?:EO|EBMO|TU|WO)s?\s*:/u.test(sentence.text)) continue
    for (const [, label, names] of sentence.text.matchAll(SIDE_LABEL)) {
      for (const name of names!.split(/[/,]/u)) found[SIDE_OF_LABEL[label!]!].add(name.trim())
    }
  }
  return found
}

/** A side label at the start of a line or after a semicolon, and the acronyms after it ("TU: COTU-K", "EO: SNMPE/CCL"). */
const SIDE_LABEL = /(?:^|;)\s*(EOs?|EBMOs?|TUs?|WOs?)\s*:\s*(\p{Lu}[\p{Lu}\d&-]+(?:\s*[/,]\s*\p{Lu}[\p{Lu}\d&-]+)*)/gu

const SIDE_OF_LABEL: Record<string, Side> = {EO: 'employers', EOs: 'employers', EBMO: 'employers', EBMOs: 'employers', TU: 'workers', TUs: 'workers', WO: 'workers', WOs: 'workers'}
