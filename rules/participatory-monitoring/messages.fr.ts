// French messages of participatory-monitoring: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Les mandants ou les bénéficiaires participent au suivi continu.',
  messages: {
    noParticipation: {
      problem: 'Le plan de suivi et évaluation confie le suivi au seul personnel du projet : ni les mandants ni les bénéficiaires n’y participent.',
      why: 'Associer les destinataires de l’appui du projet au suivi continu améliore l’appréciation des résultats et leur appropriation (évaluation finale du projet LMPP, 2009).',
      fix: 'Prévoyez des visites de suivi conjointes avec les partenaires sociaux ou les bénéficiaires, ou des examens réguliers des données de suivi avec le comité de pilotage.',
    },
  },
}
