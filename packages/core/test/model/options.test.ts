import {describe, expect, test} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/lexicon.js'

const turin = defineLexicon('turin (options test)', {en: ['Turin'], fr: ['Turin'], es: ['Turín']})

/** Whether the mention of Turin in the document is negated. */
function turinNegated(body: string): boolean | undefined {
  const [match] = buildModel(`# P\n\n## Activities\n\n${body}\n`).find(turin, {includeNegated: true})
  return match?.negated
}

describe('options weighed in a list, and the one retained', () => {
  test.each([
    ['Two options were considered:\n\n- **Option 1:** a course in Turin.\n- **Option 2:** a course in Kathmandu.\n\n**Option retained: Option 2.**', true],
    ['Two options were considered:\n\n- **Option 1:** a course in Turin.\n- **Option 2:** a course in Kathmandu.\n\n**Option retained: Option 1.**', false],
    ["Deux options ont été étudiées :\n\n- *Option 1* : un cours à Turin ;\n- *Option 2* : un cours à Antananarivo.\n\n**Option retenue : option 2**, moins coûteuse.", true],
    ['Se analizaron dos opciones:\n\n- Opción A: un curso en Turín.\n- Opción B: un curso en Lima.\n\nSe optó por la opción B.', true],
    ['We retain option B of the two below:\n\n- Option A: a course in Turin.\n- Option B: a course in Lima.', true],
    // No option retained, or a list that is no options list: each item stands.
    ['Two options were considered:\n\n- **Option 1:** a course in Turin.\n- **Option 2:** a course in Kathmandu.\n\nThe steering committee will choose.', false],
    ['- Step 1: a course in Turin.\n- Step 2: a course in Kathmandu.\n\n**Option retained: Option 2.**', false],
  ])('%s → negated %s', (body, expected) => {
    expect(turinNegated(body)).toBe(expected)
  })
})
