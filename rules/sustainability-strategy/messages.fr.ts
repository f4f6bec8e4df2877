// French messages of sustainability-strategy: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Une stratégie de sortie ou de durabilité est décrite, avec un contenu.',
  messages: {
    noStrategy: {
      problem: 'La proposition ne décrit aucune stratégie de sortie ou de durabilité.',
      why: 'Les évaluateurs examinent si les résultats perdureront après le projet ; une conception qui ne dit pas qui les prendra en charge les condamne à s’éteindre (évaluation finale du projet LMPP, 2009).',
      fix: 'Précisez quelles institutions reprennent quels résultats, comment leur maintien sera financé et comment le projet les leur transfère avant de se terminer.',
    },
    emptySection: {
      problem: 'La section « {heading} » est vide.',
      why: 'Un titre consacré à la durabilité sans contenu ne constitue pas une stratégie : les évaluateurs examinent si les résultats perdureront après le projet (évaluation finale du projet LMPP, 2009).',
      fix: 'Précisez quelles institutions reprennent quels résultats, comment leur maintien sera financé et comment le projet les leur transfère avant de se terminer.',
    },
  },
}
