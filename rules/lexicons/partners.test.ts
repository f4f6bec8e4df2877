// The partner concepts recognise organisations by the role the text gives
// them, in their spellings and languages, and leave look-alikes alone.
import {compileLexicon, type Lexicon} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {
  chamberWord,
  coordination,
  employersOrganisations,
  iloFieldOffices,
  iloHeadquarters,
  iom,
  nonTraditionalPartners,
  notEmployersChamber,
  notTradeUnion,
  socialPartners,
  unCoordination,
  workersOrganisations,
} from './partners.js'

function found(lexicon: Lexicon, text: string): string[] {
  return compileLexicon(lexicon).hits(text).map((hit) => text.slice(hit.start, hit.end))
}

describe("workers' and employers' organisations", () => {
  test.each([
    'the trade unions',
    "the Moroccan Workers' Union (UMT)",
    'domestic workers’ unions',
    "workers' organizations",
    'union representatives nominated by their confederations',
    'the Central Organization of Trade Unions',
    'les syndicats du secteur',
    'los sindicatos',
  ])('workers: %j', (text) => {
    expect(found(workersOrganisations, text)).toHaveLength(1)
  })

  test.each([
    "the Ghana Employers' Association",
    "the Bangladesh Employers’ Federation",
    "employers' organizations",
    'the chambers of commerce and industry',
    'employer representatives',
    "les organisations d'employeurs",
    'le patronat',
    'las organizaciones de empleadores',
  ])('employers: %j', (text) => {
    expect(found(employersOrganisations, text)).toHaveLength(1)
  })

  test('"employers\' and workers\' organisations" names both', () => {
    for (const text of ["both employers' and workers' organisations", "workers' and employers' organizations"]) {
      expect(found(workersOrganisations, text)).toHaveLength(1)
      expect(found(employersOrganisations, text)).toHaveLength(1)
    }
  })

  test('the plain words the rule judges, and what they are not', () => {
    expect(found(notTradeUnion, 'the European Union, a credit union')).toEqual(['European Union', 'credit union'])
    expect(found(chamberWord, "UTICA's chamber of renewable energy companies")).toEqual(['chamber'])
    expect(found(notEmployersChamber, 'the Chamber of Deputies')).toEqual(['Chamber of Deputies'])
    expect(found(socialPartners, 'the social partners; les partenaires sociaux')).toHaveLength(2)
  })

  test('individual employers and households are not organisations', () => {
    expect(found(employersOrganisations, 'agricultural employers; households that employ domestic workers')).toEqual([])
  })
})

describe('migration partners and the UN system', () => {
  test.each([
    'the Ministry of Foreign Affairs and International Cooperation',
    'the Bureau of Emigration and Overseas Employment',
    'the Ministry of Internal Affairs, Tonga',
    'the Ministry of Home Affairs',
    'the State Department for Diaspora Affairs',
    'le ministère des Affaires étrangères',
    'la Secretaría de Relaciones Exteriores',
  ])('non-traditional partner: %j', (text) => {
    expect(found(nonTraditionalPartners, text).length).toBeGreaterThan(0)
  })

  test('the labour ministry is not one', () => {
    expect(found(nonTraditionalPartners, 'the Ministry of Labour, Employment and Social Security; the interior regions')).toEqual([])
  })

  test('IOM in English and French, and UN mechanisms', () => {
    expect(found(iom, 'IOM, the International Organization for Migration, l’OIM')).toEqual([
      'IOM',
      'International Organization for Migration',
      'OIM',
    ])
    expect(found(unCoordination, 'the UN Country Team, the UNSDCF, Delivery as One, the UN Network on Migration')).toHaveLength(4)
    expect(found(unCoordination, 'a bilateral cooperation framework')).toEqual([])
    expect(found(coordination, 'will coordinate with, in close cooperation with, jointly, co-operation')).toHaveLength(4)
  })
})

describe('ILO structure', () => {
  test('headquarters and field', () => {
    expect(found(iloHeadquarters, 'the Labour Migration Branch (MIGRANT) at ILO headquarters')).toEqual([
      'Labour Migration Branch',
      'MIGRANT',
      'ILO headquarters',
    ])
    expect(found(iloFieldOffices, 'the ILO Country Office for Thailand; the Decent Work Team in Bangkok; le bureau de pays')).toHaveLength(3)
  })
})
