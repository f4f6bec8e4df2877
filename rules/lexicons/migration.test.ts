// The migration concepts: what makes a migration project, and the
// instruments of the ILO's rights-based framework.
import {compileLexicon} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {MIGRATION_CONVENTIONS, conventionByNumber, countryOf, countryOrNationals, labourMigration, labourQualifier, migratedThings, migrationFramework} from './migration.js'
import {expectMatches, expectNoMatch, hits} from './test-helpers.js'

describe('labourMigration', () => {
  test('labour migration in its wordings', () => {
    const phrases = [
      'Cambodian migrant fishers',
      'Seasonal Labour Migration',
      'Pacific labour mobility',
      'labor mobility schemes',
      'Nepali workers going abroad',
      'les travailleurs migrants',
      'la migración laboral',
    ]
    expectMatches(labourMigration, phrases, hits)
  })
})

describe('migrationFramework', () => {
  test('the framework and the migrant-worker conventions', () => {
    const phrases = [
      'the ILO Multilateral Framework on Labour Migration',
      'the Multilateral Framework on Labor Migration',
      'the MFLM',
      'the Domestic Workers Convention, 2011',
      'C189 and C181',
      'C-97 y C-143',
      'la C 189',
      "le Cadre multilatéral de l'OIT pour les migrations de main-d'œuvre",
      'el Marco multilateral de la OIT para las migraciones laborales',
    ]
    expectMatches(migrationFramework, phrases, hits)
  })

  test('other instruments are not the migration framework', () => {
    expectNoMatch(migrationFramework, ['the Work in Fishing Convention, C188, and the Forced Labour Protocol'], hits)
  })

  test('conventions cited by number are found for the rule to read the numbers', () => {
    expect(hits(conventionByNumber, 'Convention No. 189; Conventions Nos 97 and 143; la convention n° 181; el Convenio núm. 189')).toEqual([
      'Convention No',
      'Conventions Nos',
      'convention n°',
      'Convenio núm',
    ])
    expect([...MIGRATION_CONVENTIONS].sort((a, b) => a - b)).toEqual([97, 143, 181, 189])
  })
})

describe('migratedThings and labourQualifier', () => {
  test('what is migrated when migration is no labour migration', () => {
    expectMatches(migratedThings, ['contributor records', 'data migration', 'la migration des données', 'migración de la base de datos', 'the legacy system'], hits)
    expectMatches(labourQualifier, ['labour migration', 'migration de main-d’œuvre', 'migración laboral'], hits)
  })
})

describe('countryOrNationals', () => {
  test('countries and their nationals in three languages, read back as one code', () => {
    const found = (text: string) => compileLexicon(countryOrNationals).hits(text).map((hit) => countryOf(hit.term))
    expect(found('Kenyan drivers in Qatar')).toEqual(['KE', 'QA'])
    expect(found('des travailleuses malgaches au Liban')).toEqual(['MG', 'LB'])
    expect(found('trabajadoras paraguayas en Argentina')).toEqual(['PY', 'AR'])
    expect(found('Filipino nurses, Philippines')).toEqual(['PH', 'PH'])
  })
})
