import {describe, expect, it} from 'vitest'
import {isFemalePersonNoun, isFeminineOf, isPersonNoun, isWomenGroupNoun} from '../../src/text/people.js'

describe('people as an open class', () => {
  it.each([
    // occupations no list foresaw, in three languages
    'tailors', 'miners', 'riders', 'paralegals', 'journalists', 'technicians', 'fishermen', 'craftsmen', 'chairwomen', 'seamen', 'welders', 'mediators', 'trainees',
    'inspectrices', 'couturières', 'mandataires', 'techniciennes', 'participants', 'orpailleurs', 'journalistes', 'salariés',
    'costureras', 'periodistas', 'mineros', 'recicladoras', 'participantes', 'empleados', 'operarios', 'docentes', 'promotoras',
    'staff', 'youth', 'jeunes', 'mujeres', 'craftspersons', 'chairperson', 'tradespeople',
  ])('%s names people', (word) => {
    expect(isPersonNoun(word)).toBe(true)
  })

  it.each([
    'sectors', 'indicators', 'documents', 'computers', 'numbers', 'partners', 'committees', 'checklists', 'secteurs', 'indicateurs',
    'questionnaires', 'listes', 'montants', 'calendarios', 'componentes', 'carreteras', 'fronteras', 'accidentes', 'formularios',
    'agreements', 'salaires', 'seminars', 'workshops', 'affaires', 'honoraires', 'sumarios',
  ])('%s names things', (word) => {
    expect(isPersonNoun(word)).toBe(false)
  })
})

describe('words that end like English agents, and are none', () => {
  it.each(['volumen', 'resumen', 'examen', 'régimen', 'Permen'])('%s names no people', (word) => {
    expect(isPersonNoun(word)).toBe(false)
  })
})

describe('the feminine of a participle that names people', () => {
  it.each(['rapatriées', 'rapatriée', 'desplazadas', 'refugiadas'])('%s names people', (word) => {
    expect(isPersonNoun(word)).toBe(true)
  })
  it.each(['familias', 'entradas', 'journées'])('%s names no people', (word) => {
    expect(isPersonNoun(word)).toBe(false)
  })
})

describe('more people words', () => {
  it.each(['candidats', 'candidatos', 'students', 'residents', 'migrants', 'applicants', 'merchants', 'campesinas', 'responsables', 'chefs'])('%s names people', (word) => {
    expect(isPersonNoun(word)).toBe(true)
  })
  it.each(['events', 'grants', 'plants', 'percent', 'components', 'incidents', 'documents'])('%s names things', (word) => {
    expect(isPersonNoun(word)).toBe(false)
  })
})

describe('feminine people nouns', () => {
  it.each(['livreuses', 'couturières', 'inspectrices', 'trabajadoras', 'costureras', 'businesswomen'])('%s counts women only', (word) => {
    expect(isFemalePersonNoun(word)).toBe(true)
  })
  it.each(['travailleurs', 'trabajadores', 'participants', 'carreras', 'matières', 'workers'])('%s does not', (word) => {
    expect(isFemalePersonNoun(word)).toBe(false)
  })
})

describe('the feminine and the masculine of one people noun, as writers pair them to name both sexes', () => {
  it.each([
    ['trabajadoras', 'trabajadores'], ['socias', 'socios'], ['travailleuses', 'travailleurs'], ['inspectrices', 'inspecteurs'],
    ['ouvrières', 'ouvriers'], ['paysannes', 'paysans'], ['employées', 'employés'], ['formadoras', 'formadores'],
  ])('%s and %s', (feminine, masculine) => {
    expect(isFeminineOf(feminine, masculine)).toBe(true)
  })
  it.each([
    ['trabajadores', 'trabajadoras'], ['fechas', 'fechos'], ['empresas', 'empresarios'], ['socios', 'socios'], ['mujeres', 'hombres'],
  ])('%s and %s are not such a pair', (feminine, masculine) => {
    expect(isFeminineOf(feminine, masculine)).toBe(false)
  })
})

describe('a group of women named by a plural feminine noun', () => {
  it.each<[string, 'en' | 'fr' | 'es', boolean]>([
    ['inspectoras', 'es', true],
    ['jornaleras', 'es', true],
    ['ouvrières', 'fr', true],
    ['formatrices', 'fr', true],
    // one woman is mostly a post
    ['coordinatrice', 'fr', false],
    ['consultora', 'es', false],
    // a French future ends as Spanish feminine nouns do
    ['formeras', 'fr', false],
  ])('%s (%s): %s', (word, language, expected) => {
    expect(isWomenGroupNoun(word, language)).toBe(expected)
  })
})
