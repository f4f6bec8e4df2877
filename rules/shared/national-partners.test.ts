// The gazetteer's organisations by acronym or name, and the side each counts for.
import {buildModel} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {nationalOrganisations, nationalSocialPartner, type Side} from './national-partners.js'

function named(text: string, side: Side): string[] {
  const model = buildModel(`# P\n\n## Partners\n\n${text}\n`)
  return nationalOrganisations(model, side, model.find(nationalSocialPartner)).map((match) => match.text)
}

describe('nationalOrganisations', () => {
  test('an acronym counts as written, in capitals', () => {
    expect(named('In Tunisia, UGTT and UTICA sit on the steering committee.', 'workers')).toEqual(['UGTT'])
    expect(named('In Tunisia, UGTT and UTICA sit on the steering committee.', 'employers')).toEqual(['UTICA'])
    expect(named('In Kenya, each page ends with a cta button and a fke link.', 'employers')).toEqual([])
    // Not an ILO project's Chief Technical Adviser, whom the gazetteer leaves out.
    expect(named('The CTA (50% of time) manages the team.', 'employers')).toEqual([])
  })

  test("an acronym counts only where the proposal names its country; a name counts anywhere", () => {
    // PSF: Rwanda's Private Sector Federation, and the Python Software Foundation.
    expect(named('The PSF will fund the packaging work.', 'employers')).toEqual([])
    expect(named('In Rwanda, the PSF will mobilise the cooperatives.', 'employers')).toEqual(['PSF'])
    expect(named('The Rwanda Private Sector Federation will mobilise the cooperatives.', 'employers')).toEqual(['Rwanda Private Sector Federation'])
  })

  test('an acronym written with dots between its initials counts as written', () => {
    expect(named('En España, CC.OO. y UGT designan a los delegados sindicales.', 'workers')).toEqual(['CC.OO', 'UGT'])
    expect(named('En España, CCOO y UGT designan a los delegados sindicales.', 'workers')).toEqual(['CCOO', 'UGT'])
  })

  test('a one-word name counts only as written', () => {
    expect(named('In Sweden, Saco represents university graduates in the talks.', 'workers')).toEqual(['Saco'])
    expect(named('Los adolescentes cargan sacos de café en las fincas.', 'workers')).toEqual([])
  })

  test('a name in a language the pack does not read counts too', () => {
    expect(named('The Konfederasaun Sindikatu Timor-Leste runs the workers’ desk.', 'workers')).toEqual(['Konfederasaun Sindikatu Timor-Leste'])
  })

  test("an acronym both sides share in different countries counts for the side of the country the proposal names", () => {
    // CTP: Peru's workers' confederation, Portugal's tourism employers.
    expect(named('La CTP designa delegados en las fincas del Perú.', 'workers')).toEqual(['CTP'])
    expect(named('La CTP designa delegados en las fincas del Perú.', 'employers')).toEqual([])
    expect(named('In Portugal, CTP mobilises the hotel chains.', 'employers')).toEqual(['CTP'])
    expect(named('In Portugal, CTP mobilises the hotel chains.', 'workers')).toEqual([])
    expect(named('CTP nominates the delegates.', 'workers')).toEqual([])
    expect(named('CTP nominates the delegates.', 'employers')).toEqual([])
  })

  test('an organisation the text says takes no part has no role by its other mentions; another negation rules out nothing', () => {
    expect(named('In Nepal, the FNCCI is not a partner in this project. The policy brief will be sent to FNCCI.', 'employers')).toEqual([])
    expect(named('In Kenya, FKE did not attend the 2023 design meeting. FKE will co-chair the steering committee.', 'employers')).toEqual(['FKE'])
  })
})
