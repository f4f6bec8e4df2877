// Where a mention sits: inside a proper name it is no evidence of a plan.
import {buildModel, defineLexicon} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {isNamePart} from './mentions.js'

const training = defineLexicon('training words', {en: ['training'], fr: ['formation professionnelle'], es: ['formación']})

function nameParts(text: string): boolean[] {
  return buildModel(`# P\n\n## Partners\n\n${text}\n`).find(training).map(isNamePart)
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
})
