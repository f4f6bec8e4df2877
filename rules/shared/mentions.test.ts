// Where a mention sits: inside a proper name or a quoted title it is no evidence of a plan.
import {buildModel, defineLexicon} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {acronymMentions, inQuotes, isNamePart} from './mentions.js'

const training = defineLexicon('training words', {en: ['training'], fr: ['formation professionnelle'], es: ['formación']})

function nameParts(text: string): boolean[] {
  return buildModel(`# P\n\n## Partners\n\n${text}\n`).find(training).map((match) => isNamePart(match))
}

describe('isNamePart', () => {
  test.each<[string, boolean[]]>([
    ['The Department of Vocational Training signs the agreement.', [true]],
    ['3FPT (Fonds de Financement de la Formation Professionnelle) co-finances the courses.', [true]],
    ['El Instituto Nacional de Formación Técnico Profesional acredita los cursos.', [true]],
    ['The project will deliver training to 40 inspectors.', [false]],
    ['Training of inspectors starts in March.', [false]],
  ])('%s', (text, expected) => {
    expect(nameParts(text)).toEqual(expected)
  })

  // Continuing: a word counts only when a name begins before it.
  test.each<[string, boolean[]]>([
    ['The Department of Vocational Training signs the agreement.', [true]],
    ['2.1 Formación del Comité de Empresa en seguridad.', [false]],
    ['**Output 1.2 – Training Centre accreditation.** The ministry accredits it.', [false]],
  ])('continuing: %s', (text, expected) => {
    expect(buildModel(`# P\n\n## Partners\n\n${text}\n`).find(training).map((match) => isNamePart(match, {continuing: true}))).toEqual(expected)
  })
})

describe('inQuotes', () => {
  const quoted = (text: string) => buildModel(`# P\n\n## Activities\n\n${text}\n`).find(training).map(inQuotes)
  test.each<[string, boolean[]]>([
    ['Les inspecteurs suivent le module « Formation professionnelle et inspection » du BIT.', [true]],
    ['The guide “Training for inspectors” is used; training starts in March.', [true, false]],
    ['The "Training of trainers" manual and "other" training notes are shared.', [true, false]],
    ['The project delivers training; see the “manual” for details.', [false]],
    // A mark opened and never closed quotes nothing.
    ['The guide “Training for inspectors is used.', [false]],
    ['« Le guide » puis la formation professionnelle des inspecteurs.', [false]],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })
})

describe('acronymMentions', () => {
  const federation = defineLexicon('federation (acronym test)', {en: ['Employers’ Federation', "Employers' Federation", 'Trade Unions']})
  const acronymsOf = (text: string) => {
    const model = buildModel(`# P\n\n## Partners\n\n${text}\n`)
    return acronymMentions(model, model.find(federation)).map((match) => `${match.text}@${match.range.start.line}`)
  }

  test('reads a body named in full by its acronym elsewhere, not in the brackets that give it', () => {
    expect(acronymsOf('The Kenya Employers\' Federation (KEF) hosts the desk.\n\nKEF nominates ten trainers.')).toEqual(['KEF@7'])
  })

  test('reads an acronym before brackets that spell it out, not one before brackets that cite something else', () => {
    const law = defineLexicon('law (acronym test)', {es: ['Ley'], fr: ['Confédération nationale']})
    const acronymsOfLaw = (text: string) => {
      const model = buildModel(`# P\n\n## Socios\n\n${text}\n`)
      return acronymMentions(model, model.find(law)).map((match) => match.text)
    }
    expect(acronymsOfLaw('La CNTG (Confédération nationale des travailleurs de Guinée) forme les délégués.\n\nLa CNTG anime les séances.')).toEqual(['CNTG'])
    expect(acronymsOfLaw('El marco normativo de SST (Ley N.° 29783 y su reglamento) se enseña en el curso.\n\nLa SST es un derecho.')).toEqual([])
  })

  test('reads an acronym written with dots, as a glossary gives it, without the stop after it', () => {
    const unions = defineLexicon('unions (acronym test)', {es: ['Centrales sindicales']})
    const acronymsOfUnions = (text: string) => {
      const model = buildModel(`# P\n\n## Siglas\n\n${text}\n`)
      return acronymMentions(model, model.find(unions)).map((match) => `${match.text}@${match.range.start.line}`)
    }
    const glossary = '| Sigla | Significado |\n|---|---|\n| CC.SS. | Centrales sindicales |\n\n## Actividades\n'
    expect(acronymsOfUnions(`${glossary}\nLos talleres reservan un 25 % de los cupos a dirigentes de las CC.SS. y de CONFIEP.`)).toEqual(['CC.SS@11'])
    expect(acronymsOfUnions('CC.SS.: Centrales sindicales\n\n## Actividades\n\nLas CC.SS. designan a los delegados.')).toEqual(['CC.SS@9'])
    // Written without its dots, it is another word.
    expect(acronymsOfUnions(`${glossary}\nLas CCSS designan a los delegados.`)).toEqual([])
  })

  test('gives no acronym across "and the" to the name before it', () => {
    expect(acronymsOf("The Ethiopian Employers' Federation and the Confederation of Ethiopian Unions (CETU) asked for support.\n\nCETU runs the sessions.")).toEqual([])
  })
})
