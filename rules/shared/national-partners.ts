// The ILO's social partners named as a country knows them: "two places are kept
// for KSTL and one for CCI-TL", "deux représentants de l'UGTT et deux de
// l'UTICA", "10 representantes del COHEP". A proposal written in the country
// often never spells these out, or spells them out in a language the pack does
// not read ("Konfederasaun Sindikatu Timor-Leste"); the gazetteer of national
// employers' organisations and trade union centres tells which side each is on.
import {defineLexicon, type Match, type ProposalModel} from '@lessonlint/core'

import {countryOf, countryOrNationals} from '../lexicons/migration.js'
import {NATIONAL_SOCIAL_PARTNERS, type NationalSocialPartner} from '../lexicons/social-partners-gazetteer.js'

import {frontMatterList} from './mentions.js'

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
 * only as written, in capitals ("UGTT", not "ugtt"). An acronym that organisations of both sides share in different
 * countries ("CTA": Mozambique's business confederation, Argentina's workers' central) counts for the side of the
 * countries the proposal names, in its text or its front matter's `countries`.
 */
export function nationalOrganisations(model: ProposalModel, side: Side, found: readonly Match[]): Match[] {
  let countries: ReadonlySet<string> | undefined
  return found.filter((match) => {
    const entries = ENTRIES_BY_TERM.get(match.term) ?? []
    if (entries.length === 0) return false
    if (entries.some((entry) => entry.acronym === match.term) && match.text !== match.term) return false
    if (entries.every((entry) => entry.side === side)) return true
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

