// Organisation names and the role their words give them (a workers' or an employers' organisation).
import {buildModel} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {organisationKind} from '../lexicons/partners.js'
import {roleOfName} from './names.js'

/** Each organisation name in a sentence, as "name word => role" (the role its name gives it, or null). */
function namedRoles(text: string): string[] {
  return buildModel(`${text}\n`)
    .find(organisationKind)
    .map((match) => `${match.text} => ${roleOfName(match)}`)
}

describe('organisations named by their role words', () => {
  test.each([
    ['nominees of the National Union of Mineworkers (NUM)', 'Union => workers'],
    ['the National Union of Metalworkers of South Africa', 'Union => workers'],
    ['the Union of Metalworkers will nominate', 'Union => workers'],
    ["the Kenya National Union of Teachers", 'Union => workers'],
    ["the Ride-hailing Drivers' Association", 'Association => workers'],
    ['la Confédération nationale des travailleurs du Sénégal', 'Confédération => workers'],
    ['la Unión de Trabajadores del Campo', 'Unión => workers'],
  ])('workers: %j', (text, expected) => {
    expect(namedRoles(text)).toContain(expected)
  })

  test.each([
    ['the Minerals Council South Africa', 'Council => employers'],
    ['Business Unity South Africa (BUSA)', 'Unity => employers'],
    ['the Private Sector Federation (PSF)', 'Federation => employers'],
    ['the Kenya Private Sector Alliance', 'Alliance => employers'],
    ['the Confederation of Employers of Uganda', 'Confederation => employers'],
    ['the Jamaica Business Council', 'Council => employers'],
    ['the Garment Manufacturers Association', 'Association => employers'],
    ['the Chamber of Mines', 'Chamber => employers'],
    ['the Federation of Commerce and Industry', 'Federation => employers'],
    ['la Fédération des entreprises du Sénégal', 'Fédération => employers'],
    ['la Chambre de commerce et d’industrie', 'Chambre => employers'],
    ["l'Union tunisienne de l'industrie, du commerce et de l'artisanat (UTICA)", 'Union => employers'],
    ['el Consejo Hondureño de la Empresa Privada', 'Consejo => employers'],
    ['la Cámara de Industrias de Guatemala', 'Cámara => employers'],
  ])('employers: %j', (text, expected) => {
    expect(namedRoles(text)).toContain(expected)
  })

  test('two names joined by "and" keep their own roles', () => {
    expect(namedRoles('the Agricultural Workers’ Union and the Agricultural Employers’ Association')).toEqual([
      'Union => workers',
      'Association => employers',
    ])
    expect(namedRoles('the Minerals Council and the Federation of Trade Unions')).toEqual([
      'Council => employers',
      'Federation => workers',
      'Unions => workers',
    ])
  })

  test('"Union" and other organisation words name nothing by themselves', () => {
    expect(
      namedRoles('The European Union, the African Union and a customs union fund the Council of Ministers and the Human Rights Council.'),
    ).toEqual(['Union => null', 'Union => null', 'union => null', 'Council => null', 'Council => null'])
    // Lowercase: no name, whatever words follow.
    expect(namedRoles('the council will support business growth; the association of local traders')).toEqual(['council => null', 'association => null'])
    // English names capitalise their words: "Council will support business" is no name.
    expect(namedRoles('The Steering Council will support business development services.')).toEqual(['Council => null'])
    // After "for" comes a purpose, not the members: a promotion council is no employers' body.
    expect(namedRoles('the National Council for Industry and Trade Promotion; le Conseil pour la promotion des entreprises')).toEqual([
      'Council => null',
      'Conseil => null',
    ])
  })
})

describe('labour in a union name', () => {
  test('a union, federation or congress named for labour is a workers\' organisation; the ILO is not', () => {
    const role = (text: string) => buildModel(`# P\n\n## Partners\n\n${text}\n`).find(organisationKind).map(roleOfName)
    expect(role('The Union marocaine du travail joins the committee.')).toEqual(['workers'])
    expect(role('The Nigeria Labour Congress joins the committee.')).toEqual(['workers'])
    expect(role('La Confederación General del Trabajo participa.')).toEqual(['workers'])
    expect(role('The International Labour Organization advises.')).toEqual([null])
  })
})
