// Who is given a role: an employers' body that French or Spanish calls a "syndicat" is no trade union.
import {buildModel} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {employersMentions, workersMentions} from './roles.js'

const partners = (line: string) => buildModel(`# P\n\n## Partenaires\n\n- ${line}\n`)

describe("employers' syndicates", () => {
  test.each([
    'Le syndicat patronal du bâtiment sélectionne les entreprises pilotes.',
    "Les syndicats d'employeurs du secteur accueillent les formations.",
    'El sindicato patronal de la construcción selecciona las empresas piloto.',
  ])('%s: an employers\' organisation, no union', (line) => {
    const model = partners(line)
    expect(employersMentions(model).map((match) => match.text.toLowerCase())).toEqual([expect.stringMatching(/^(?:syndicats?|sindicato) (?:patronal|d'employeurs)/u)])
    expect(workersMentions(model)).toEqual([])
  })

  test('a union told by employers after it is theirs', () => {
    const model = partners('Le syndicat professionnel des entrepreneurs de BTP mobilise les PME.')
    expect(employersMentions(model).map((match) => match.text)).toEqual(['syndicat'])
    expect(workersMentions(model)).toEqual([])
  })

  test('a trade union is still one', () => {
    const model = partners('Le syndicat des travailleurs du bâtiment désigne les délégués.')
    expect(workersMentions(model).map((match) => match.text)).toContain('syndicat')
    expect(employersMentions(model)).toEqual([])
  })
})
