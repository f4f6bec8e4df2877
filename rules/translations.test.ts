// Every rule speaks the ILO's three languages: its French and Spanish catalogues
// (messages.fr.ts, messages.es.ts beside index.ts) hold every message id and
// fix title of the English, with the same {placeholders}, and none is left in
// English. Then, as a writer meets it: a French or Spanish proposal gets its
// findings in its own language.
import {describe, expect, test} from 'vitest'

import {lintText, type MessageTemplate, type TranslatedLanguage} from '@lessonlint/core'

import {rules} from './index.js'

const LANGUAGES: readonly TranslatedLanguage[] = ['fr', 'es']
const PLACEHOLDER = /\{\s*([A-Za-z_$][\w$-]*)\s*\}/g

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!).sort()
}

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  test.each(LANGUAGES)('%s catalogue matches the English', (language) => {
    const catalogue = rule.meta.translations?.[language]
    expect(catalogue, `rules/${rule.meta.id}/messages.${language}.ts is wired into meta.translations`).toBeDefined()
    const problems: string[] = []
    const english = rule.meta.messages as Record<string, MessageTemplate>
    const translated = catalogue!.messages as Record<string, MessageTemplate>
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort())
    for (const [id, template] of Object.entries(english)) {
      for (const part of ['problem', 'why', 'fix'] as const) {
        const text = translated[id]?.[part] ?? ''
        if (text.trim() === '') problems.push(`${id}.${part} is empty`)
        if (text === template[part]) problems.push(`${id}.${part} is still the English`)
        if (placeholders(text).join() !== placeholders(template[part]).join()) {
          problems.push(`${id}.${part} has {${placeholders(text).join('}, {')}} where the English has {${placeholders(template[part]).join('}, {')}}`)
        }
      }
    }
    expect(Object.keys(catalogue!.fixTitles ?? {}).sort()).toEqual(Object.keys(rule.meta.fixTitles ?? {}).sort())
    for (const [id, title] of Object.entries(rule.meta.fixTitles ?? {})) {
      const text = catalogue!.fixTitles?.[id] ?? ''
      if (placeholders(text).join() !== placeholders(title).join()) problems.push(`fix title ${id} has other placeholders than the English`)
    }
    if (catalogue!.summary.trim() === '' || catalogue!.summary === rule.meta.summary) problems.push('summary is missing or still the English')
    expect(problems).toEqual([])
  })
})

describe('a writer reads findings in the language of the proposal', () => {
  const budgetless = {
    fr: '---\nlanguage: fr\n---\n# Proposition de projet\n\n## Objectifs\n\nLe projet renforce les compétences des jeunes.\n',
    es: '---\nlanguage: es\n---\n# Propuesta de proyecto\n\n## Objetivos\n\nEl proyecto fortalece las competencias de los jóvenes.\n',
  }

  test.each(LANGUAGES)('%s: messages, fix titles and skeleton text follow the document', (language) => {
    const result = lintText(budgetless[language], {rules})
    expect(result.locale).toBe(language)
    const budget = result.diagnostics.find((d) => d.ruleId === 'gender-budget')!
    expect(budget.message).toBe(
      [rules.find((rule) => rule.meta.id === 'gender-budget')!.meta.translations![language]!.messages['noBudget']!]
        .map((parts) => `${parts.problem} ${parts.why} ${parts.fix}`)[0],
    )
    const sections = result.diagnostics.find((d) => d.ruleId === 'required-sections')!
    const names = language === 'fr' ? 'activités, budget, suivi et évaluation, risques et durabilité' : 'actividades, presupuesto, seguimiento y evaluación, riesgos y sostenibilidad'
    expect(sections.parts?.problem).toContain(names)
    expect(sections.fix?.title).toContain(names)
  })

  test('the engine\'s own findings follow too: an unknown rule id in a disable comment', () => {
    const text = `${budgetless.fr}\n<!-- lessonlint-disable gender-budgt -->\n`
    const inline = lintText(text, {rules}).diagnostics.find((d) => d.ruleId === 'inline-config')!
    expect(inline.message).toBe(
      'Identifiant de règle inconnu « gender-budgt » dans un commentaire lessonlint-disable. Il ne désigne aucune règle : il ne désactive donc rien. Vouliez-vous dire « gender-budget » ?',
    )
  })

  test('the locale setting decides only where the document does not tell its language', () => {
    const tooShort = '# Plan\n\n## Budget\n\n| Item | USD |\n| --- | --- |\n| Staff | 100 |\n'
    expect(lintText(tooShort, {rules}).locale).toBe('en')
    expect(lintText(tooShort, {rules, locale: 'es'}).locale).toBe('es')
    // An English proposal stays English: the document's language comes first.
    const english = '# Project proposal\n\n## Objectives\n\nThe project will train the staff of the ministry and the workers of the sector, and it will be run by the office.\n'
    expect(lintText(english, {rules, locale: 'fr'}).locale).toBe('en')
  })
})
