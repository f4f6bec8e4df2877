// French messages of gender-expertise: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Une personne est désignée pour apporter l’expertise en matière de genre : spécialiste, consultant, conseiller ou point focal pour les questions de genre.',
  messages: {
    noExpertise: {
      problem: 'Personne n’est désigné pour apporter l’expertise en matière de genre.',
      why: 'Le travail sur le genre piétine si personne n’en a la charge (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Désignez un spécialiste des questions de genre, un consultant ou un conseiller local en la matière, ou confiez à un responsable de projet la fonction de point focal pour les questions de genre.',
    },
  },
}
