// French messages of evaluation-plan: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Une évaluation du projet est prévue : à mi-parcours, finale, indépendante ou externe.',
  messages: {
    noEvaluation: {
      problem: 'Aucune évaluation du projet n’est prévue.',
      why: 'Sans évaluation à mi-parcours ou finale, personne d’indépendant ne juge si la conception a tenu, ce que le projet a accompli et ce qui perdurera (évaluation finale du projet LMPP, 2009 ; Conseil du CIF-OIT, CC 82/3).',
      fix: 'Prévoyez une évaluation finale indépendante (et une évaluation à mi-parcours pour les projets de deux ans ou plus), et inscrivez-en le coût au budget.',
    },
  },
}
