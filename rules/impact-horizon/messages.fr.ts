// French messages of impact-horizon: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un projet de politique de courte durée fixe des jalons avant son terme ou prévoit un suivi après celui-ci.',
  messages: {
    noIntermediateTargets: {
      problem: 'Ce projet de {months} mois comporte un travail sur les politiques, mais son plan de suivi et évaluation ne prévoit ni jalon avant la fin du projet ni suivi après celle-ci.',
      why: 'Les changements de politique se manifestent rarement dans un projet d’un ou deux ans ; avec des cibles fixées uniquement pour la fin du projet, ses résultats restent invisibles (évaluation finale du projet LMPP, 2009).',
      fix: 'Ajoutez des indicateurs intermédiaires ou de processus assortis de dates antérieures à la fin du projet (consultations tenues, projet de texte soumis), ou prévoyez un suivi des résultats de la politique après la fin du projet.',
    },
  },
}
