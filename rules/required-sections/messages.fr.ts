// French messages of required-sections: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'La proposition de projet comporte des sections sur les objectifs, les activités, le budget, le suivi et l’évaluation, les risques et la durabilité.',
  messages: {
    missingSection: {
      problem: 'La proposition ne comporte pas de section « {missing} ».',
      why: 'Les évaluateurs apprécient la validité de la conception, l’efficience, l’efficacité, l’impact et la durabilité ; il leur faut pour cela que chaque partie soit rédigée.',
      fix: 'Ajoutez un titre pour la partie manquante ({missing}) et rédigez son contenu sous ce titre.',
    },
    missingSections: {
      problem: 'La proposition ne comporte pas les sections suivantes : {missing}.',
      why: 'Les évaluateurs apprécient la validité de la conception, l’efficience, l’efficacité, l’impact et la durabilité ; il leur faut pour cela que chaque partie soit rédigée.',
      fix: 'Ajoutez un titre pour chaque partie manquante ({missing}) et rédigez son contenu sous ce titre.',
    },
    placeholderSection: {
      problem: 'La section « {placeholders} » ne contient encore qu’un texte provisoire.',
      why: 'Les évaluateurs apprécient la validité de la conception, l’efficience, l’efficacité, l’impact et la durabilité ; il leur faut pour cela que chaque partie soit rédigée.',
      fix: 'Rédigez la section « {placeholders} » : remplacez le texte provisoire par ce que le projet fera.',
    },
    placeholderSections: {
      problem: 'Les sections suivantes ne contiennent encore qu’un texte provisoire : {placeholders}.',
      why: 'Les évaluateurs apprécient la validité de la conception, l’efficience, l’efficacité, l’impact et la durabilité ; il leur faut pour cela que chaque partie soit rédigée.',
      fix: 'Rédigez ces sections ({placeholders}) : remplacez le texte provisoire par ce que le projet fera.',
    },
  },
  fixTitles: {
    addSkeleton: 'Ajouter un titre de section à compléter : {missing}',
    addSkeletons: 'Ajouter des titres de section à compléter : {missing}',
  },
}
