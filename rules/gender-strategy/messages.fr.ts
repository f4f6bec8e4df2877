// French messages of gender-strategy: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'La proposition de projet décrit une stratégie d’égalité de genre ou d’intégration de la dimension de genre.',
  messages: {
    missingStrategy: {
      problem: 'La proposition ne décrit aucune stratégie d’égalité de genre.',
      why: 'Sans stratégie explicite d’intégration de la dimension de genre, les résultats en matière d’égalité de genre sont laissés au hasard (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Ajoutez une section sur l’égalité de genre : ce que l’analyse de genre montre pour les femmes et pour les hommes, la façon dont chaque composante y répond et qui la met en œuvre.',
    },
    emptySection: {
      problem: 'La section « {heading} » ne décrit aucune stratégie d’égalité de genre.',
      why: 'Un titre consacré au genre sans contenu (ou suivi d’une simple négation) ne constitue pas une stratégie ; les résultats en matière d’égalité de genre exigent une stratégie spécifique (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Décrivez l’analyse de genre, la façon dont chaque composante y répond et qui la met en œuvre.',
    },
  },
  fixTitles: {
    addSection: 'Ajouter une section « {heading} »',
  },
}
