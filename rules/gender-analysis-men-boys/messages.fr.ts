// French messages of gender-analysis-men-boys: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Une analyse de genre qui parle des femmes ou des filles tient aussi compte des vulnérabilités propres aux hommes et aux garçons.',
  messages: {
    onlyWomen: {
      problem: 'L’analyse de genre parle des femmes et des filles, mais pas des vulnérabilités propres aux hommes et aux garçons.',
      why: 'Les hommes et les garçons ont eux aussi des vulnérabilités spécifiques (face au travail forcé, à la traite, aux travaux dangereux) et hésitent souvent à demander de l’aide (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Précisez ce qui expose les hommes et les garçons à des risques dans ce contexte et comment le projet les atteindra.',
    },
  },
}
