// French messages of sex-disaggregated-data: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Tout indicateur qui dénombre ou mesure des personnes est ventilé par sexe.',
  messages: {
    notDisaggregated: {
      problem: 'L’indicateur « {indicator} » porte sur des personnes ({counted}) mais n’est pas ventilé par sexe.',
      why: 'Sans données ventilées par sexe, personne ne peut dire si les femmes et les hommes participent au projet et en bénéficient à égalité (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Ajoutez « par sexe » à l’indicateur (ou fixez des cibles distinctes pour les femmes et pour les hommes).',
    },
  },
}
