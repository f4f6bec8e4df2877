// The partner concepts recognise organisations by the role the text gives
// them, in their spellings and languages, and leave look-alikes alone.
import {buildModel} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'


import {
  biographyMarkers,
  chamberWord,
  headquartersPlace,
  coordination,
  employersOrganisations,
  engagement,
  iloFieldOffices,
  iloHeadquarters,
  iom,
  mitigation,
  nonTraditionalPartners,
  notEmployersChamber,
  obstacleFrom,
  organisationKind,
  notTradeUnion,
  socialPartners,
  technicalUnit,
  unCoordination,
  workersOrganisations,
} from './partners.js'
import {expectMatches, expectNoMatch, hits} from './test-helpers.js'

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
    expect(hits(workersOrganisations, text)).toHaveLength(1)
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
    expect(hits(employersOrganisations, text)).toHaveLength(1)
  })

  test('"employers\' and workers\' organisations" names both', () => {
    for (const text of ["both employers' and workers' organisations", "workers' and employers' organizations"]) {
      expect(hits(workersOrganisations, text)).toHaveLength(1)
      expect(hits(employersOrganisations, text)).toHaveLength(1)
    }
  })

  test('the plain words the rule judges, and what they are not', () => {
    expect(hits(notTradeUnion, 'the European Union, a credit union')).toEqual(['European Union', 'credit union'])
    expect(hits(chamberWord, "UTICA's chamber of renewable energy companies")).toEqual(['chamber'])
    expect(hits(notEmployersChamber, 'the Chamber of Deputies')).toEqual(['Chamber of Deputies'])
    expect(hits(socialPartners, 'the social partners; les partenaires sociaux')).toHaveLength(2)
  })

  test('individual employers and households are not organisations', () => {
    expectNoMatch(employersOrganisations, ['agricultural employers; households that employ domestic workers'], hits)
  })
})

describe('migration partners and the UN system', () => {
  test('non-traditional partners', () => {
    const phrases = [
      'the Ministry of Foreign Affairs and International Cooperation',
      'the Bureau of Emigration and Overseas Employment',
      'the Ministry of Internal Affairs, Tonga',
      'the Ministry of Home Affairs',
      'the State Department for Diaspora Affairs',
      'le ministère des Affaires étrangères',
      'la Secretaría de Relaciones Exteriores',
    ]
    expectMatches(nonTraditionalPartners, phrases, hits)
  })

  test('the labour ministry is not one', () => {
    expectNoMatch(nonTraditionalPartners, ['the Ministry of Labour, Employment and Social Security; the interior regions'], hits)
  })

  test('IOM in English and French, and UN mechanisms', () => {
    expect(hits(iom, 'IOM, the International Organization for Migration, l’OIM')).toEqual([
      'IOM',
      'International Organization for Migration',
      'OIM',
    ])
    expect(hits(unCoordination, 'the UN Country Team, the UNSDCF, Delivery as One, the UN Network on Migration')).toHaveLength(4)
    expectNoMatch(unCoordination, ['a bilateral cooperation framework'], hits)
    expect(hits(coordination, 'will coordinate with, in close cooperation with, jointly, co-operation')).toHaveLength(4)
  })
})

describe('ILO structure', () => {
  test('headquarters and field', () => {
    expect(hits(iloHeadquarters, 'the Labour Migration Branch (MIGRANT) at ILO headquarters')).toEqual([
      'Labour Migration Branch',
      'MIGRANT',
      'ILO headquarters',
    ])
    expect(hits(iloFieldOffices, 'the ILO Country Office for Thailand; the Decent Work Team in Bangkok; le bureau de pays')).toHaveLength(3)
  })
})

describe('technicalUnit and headquartersPlace', () => {
  test('a technical unit and where headquarters is, in three languages', () => {
    expectMatches(technicalUnit, ['the competent technical unit', "l'unité technique du BIT", 'la unidad técnica competente', 'technical backstopping'], hits)
    expectMatches(headquartersPlace, ['at headquarters', 'à Genève', 'de la sede'], hits)
  })
})

describe('biographyMarkers', () => {
  test('years of experience, a previous post, a degree', () => {
    expectMatches(biographyMarkers, ['with 12 years of experience', 'in her previous post', "titulaire d'un master", 'con 15 años de experiencia'], hits)
  })
})

describe('risk responses and obstacles', () => {
  test('a risk response engages or mitigates; the risk itself does neither', () => {
    expectMatches(engagement, ['the project will involve the federation', 'through early consultation with', 'co-chaired by', 'en concertation avec', 'se consultará a'], hits)
    expectMatches(mitigation, ['Mitigation:', 'Mitigating action', 'Mesures', 'Medidas de mitigación'], hits)
    expectNoMatch(engagement, ['Employers may resist the new wage order.', 'Unions could withdraw from the board.'], hits)
  })

  test('an organisation as the source of an obstacle', () => {
    expect(hits(obstacleFrom, "objections from employers' groups; la résistance des syndicats; oposición de los gremios")).toEqual([
      'objections from',
      'résistance des',
      'oposición de',
    ])
  })
})
