// French messages of gender-training-partners: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un projet mis en œuvre par l’intermédiaire de partenaires prévoit pour eux une formation ciblée sur l’égalité de genre (ou un manuel sur le genre).',
  messages: {
    noPartnerTraining: {
      problem: 'Le projet est mis en œuvre par l’intermédiaire de partenaires mais ne prévoit pour eux aucune formation sur l’égalité de genre.',
      why: 'Des partenaires de mise en œuvre sans capacités en matière de genre ne peuvent pas porter une stratégie de genre (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Prévoyez dès le début du projet une formation ciblée sur l’égalité de genre pour les partenaires de mise en œuvre, par exemple à partir d’un court manuel sur le genre adapté de documents de l’OIT.',
    },
  },
}
