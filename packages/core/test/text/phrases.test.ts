import {describe, expect, it} from 'vitest'
import {countedPhrase, followsDeterminer} from '../../src/text/phrases.js'

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
    // A letter that continues the number is part of the label.
    ["1.b Nombre d'agents des directions régionales du travail formés", 'fr', ['agents']],
    ['2a Number of inspectors trained', 'en', ['inspectors']],
    // A noun shaped like a participle right after "de" or an article opens the phrase: "unités", "comités", "entidades".
    ["Pourcentage d'unités appuyées appliquant au moins 4 des 6 mesures", 'fr', ['unités']],
    // ("tenant" is also a noun of people, so the phrase runs on; its head is still the first noun.)
    ['Nombre de comités tenant au moins une réunion par mois', 'fr', ['comités tenant']],
    ['Porcentaje de las entidades capacitadas', 'es', ['entidades']],
    // A preposition a hyphen joins to its neighbour is inside a compound.
    ['Number of cash-for-work participants receiving OSH induction', 'en', ['cash-for-work participants']],
    ['Number of out-of-school youth enrolled', 'en', ['out-of-school youth']],
    ['Number of workers in cash for work', 'en', ['workers']],
  ])('%s → %j', (text, language, parts) => {
    expect(countedPhrase(text, 'en')).toEqual({language, parts})
  })
})

describe('a participle that opens an indicator in a document of its language', () => {
  // French and Spanish put the participle after its noun: one that opens the phrase is the noun, not a qualifier.
  it.each<[string, 'en' | 'fr' | 'es', string[]]>([
    ['Arrêté révisé fixant la liste des travaux dangereux adopté', 'fr', ['Arrêté']],
    ['Decreto reformado publicado en el diario oficial', 'es', ['Decreto']],
    // English puts it before: "trained officials" counts officials.
    ['Trained officials applying the guide', 'en', ['officials']],
  ])('%s → %j', (text, language, parts) => {
    expect(countedPhrase(text, language)).toEqual({language, parts})
  })
})

describe('signs for "number" before what an indicator counts', () => {
  // The sign says nothing of the language: the document's is used.
  it.each<[string, 'en' | 'fr' | 'es', string[]]>([
    ['N.º de jóvenes que culminan la formación', 'es', ['jóvenes']],
    ['Nº de funcionarios capacitados', 'es', ['funcionarios']],
    ['N° de personas trabajadoras afiliadas', 'es', ['personas trabajadoras afiliadas']],
    ['Nro. de inspectores', 'es', ['inspectores']],
    ['Nbre de conseillers formés', 'fr', ['conseillers']],
    ['No. of migrants assisted', 'en', ['migrants']],
    // A short title before the indicator proper.
    ['Injuries. Number of workers suffering a lost-time injury', 'en', ['workers']],
    ['Knowledge of rights. Proportion of workers in participating factories', 'en', ['workers']],
    ['Régularité des cotisations : proportion des travailleurs à jour', 'fr', ['travailleurs']],
    ['Empleo — número de personas migrantes que obtienen un empleo', 'es', ['personas migrantes']],
  ])('%s → %j', (text, language, parts) => {
    expect(countedPhrase(text, language)).toEqual({language, parts})
  })
})

describe('a word right after a determiner', () => {
  it('is a noun, whatever verb it folds to', () => {
    const at = (text: string, word: string) => followsDeterminer(text, text.indexOf(word))
    expect(at("Les inspections envoient un relevé des difficultés rencontrées.", 'relevé')).toBe(true)
    expect(at("Son application relève de la commune.", 'relève')).toBe(false)
    expect(at("L'application du décret relève du ministère.", 'relève')).toBe(false)
    expect(at("Cada informe corresponde a un trimestre.", 'informe')).toBe(true)
    expect(at("Applying it is up to the municipality.", 'is up to')).toBe(false)
    expect(at("l'application", 'application')).toBe(true)
  })
})
