import {describe, expect, it} from 'vitest'
import {countedPhrase} from '../../src/text/phrases.js'

describe('what an indicator counts', () => {
  it.each<[string, 'en' | 'fr' | 'es', string[]]>([
    ['Number of paralegals trained', 'en', ['paralegals']],
    ['Number of health, safety and welfare officers trained', 'en', ['health', 'safety', 'welfare officers']],
    ['1.3 Number of safety committee members trained in hazard mapping', 'en', ['safety committee members']],
    // A verb with no -ed or -ing is not told from a noun: the phrase runs on to the article, and rules find the head by its meaning.
    ['At least 3,000 migrants complete the orientation', 'en', ['migrants complete']],
    ['Nombre de participants formés', 'fr', ['participants']],
    ['2.1 Nombre de mareyeurs, de transformateurs et d’aides enregistrés', 'fr', ['mareyeurs', 'transformateurs', 'aides']],
    ['Número de empleados capacitados', 'es', ['empleados']],
    ['Número de inspectores de trabajo formados', 'es', ['inspectores']],
    ['Porcentaje de trabajadoras afiliadas (H/M)', 'es', ['trabajadoras afiliadas']],
    // The label before the number goes with it.
    ["Indicateur 2.1 : nombre d'ouvriers du BTP déclarés à la CNSS", 'fr', ['ouvriers']],
    ['Indicator 3: Number of recruitment agencies licensed', 'en', ['recruitment agencies']],
  ])('%s → %j', (text, language, parts) => {
    expect(countedPhrase(text, 'en')).toEqual({language, parts})
  })
})
