// French messages of ilo-coherence: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un projet sur les migrations est relié au Service des migrations de main-d’œuvre (MIGRANT) du siège de l’OIT et aux bureaux extérieurs de l’OIT.',
  messages: {
    missingBoth: {
      problem: 'Le projet sur les migrations ne prévoit aucun lien avec le Service des migrations de main-d’œuvre (MIGRANT) de l’OIT ou une autre unité technique du siège, ni avec les bureaux extérieurs de l’OIT.',
      why: 'Sans ces liens, les projets s’écartent de l’approche de l’OIT fondée sur les droits et leurs résultats ne perdurent pas après la fin du projet (évaluation du projet LMPP, 2009).',
      fix: 'Précisez qui assure l’appui technique au siège (le Service des migrations de main-d’œuvre, MIGRANT) et par quel bureau de pays ou bureau régional de l’OIT et quelle équipe d’appui technique au travail décent passe le projet.',
    },
    missingHeadquarters: {
      problem: 'Le projet sur les migrations ne prévoit aucun lien avec le Service des migrations de main-d’œuvre (MIGRANT) de l’OIT ou une autre unité technique du siège.',
      why: 'Les projets décentralisés qui n’échangent pas avec MIGRANT risquent de ne pas promouvoir l’approche fondée sur les droits (évaluation du projet LMPP, 2009 ; Conseil du CIF-OIT, CC 82/3).',
      fix: 'Prévoyez un appui technique et une relecture par le Service des migrations de main-d’œuvre (MIGRANT) au siège de l’OIT, par exemple pour les avant-projets de politique, les outils et le contenu des formations.',
    },
    missingField: {
      problem: 'Le projet sur les migrations ne prévoit aucun lien avec les bureaux extérieurs de l’OIT (bureaux de pays, bureaux régionaux ou sous-régionaux, équipes d’appui technique au travail décent).',
      why: 'Les bureaux extérieurs de l’OIT sont des acteurs essentiels pour pérenniser les interventions du projet (évaluation du projet LMPP, 2009).',
      fix: 'Précisez depuis quel bureau de pays ou bureau régional de l’OIT et quelle équipe d’appui technique au travail décent le projet est géré, ou avec lesquels il travaille, et quel est leur rôle.',
    },
  },
}
