// French messages of impact-beyond-prepost: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Les résultats de la formation sont mesurés au-delà des pré-tests et post-tests : suivi, application des acquis, observation.',
  messages: {
    onlyPrePost: {
      problem: 'Les résultats de la formation ne sont mesurés que par des pré-tests et des post-tests.',
      why: 'Un test en fin de cours montre ce dont les participants se souviennent ce jour-là, et non s’ils l’appliquent dans leur travail (évaluation 1379 ; Conseil du CIF-OIT, CC 82/3).',
      fix: 'Ajoutez une mesure quelques mois après la formation : enquête de suivi auprès des anciens participants, observation en situation de travail, taux d’application des connaissances, ou collecte des changements (outcome harvesting).',
    },
    notMeasured: {
      problem: 'La proposition prévoit des formations mais ne précise pas comment leurs résultats seront mesurés.',
      why: 'Sans mesure au-delà de la salle de cours, personne ne peut démontrer que la formation a changé quoi que ce soit dans le travail (évaluation 1379 ; Conseil du CIF-OIT, CC 82/3).',
      fix: 'Précisez comment les résultats de la formation seront mesurés après coup : enquête de suivi auprès des anciens participants quelques mois plus tard, observation en situation de travail, taux d’application des connaissances, ou collecte des changements (outcome harvesting).',
    },
  },
}
