// French messages of interagency-coordination: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un projet sur les migrations prévoit une coordination avec l’OIM et le système des Nations Unies (équipe de pays des Nations Unies, Plan-cadre de coopération des Nations Unies pour le développement durable, Réseau des Nations Unies sur les migrations).',
  messages: {
    noCoordination: {
      problem: 'Le projet sur les migrations ne prévoit aucune coordination avec l’OIM ni avec le système des Nations Unies.',
      why: 'Là où l’OIT ne se coordonne pas avec les autres, l’OIM ou d’autres acteurs sont considérés comme l’organisme chef de file en matière de migrations, et les efforts font double emploi (évaluation du projet LMPP, 2009).',
      fix: 'Précisez comment le projet se coordonne avec l’OIM et les autres organismes des Nations Unies : équipe de pays des Nations Unies, Plan-cadre de coopération des Nations Unies pour le développement durable, Réseau des Nations Unies sur les migrations, planification conjointe.',
    },
  },
}
