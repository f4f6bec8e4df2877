// French messages of training-materials-sharing: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Les supports de formation élaborés par le projet sont partagés, transférés ou réutilisés.',
  messages: {
    notShared: {
      problem: 'La proposition prévoit l’élaboration de supports de formation ({materials}) sans préciser comment ils seront partagés ou réutilisés.',
      why: 'Des supports qui restent au sein du projet font double emploi avec l’existant et disparaissent à la fin du projet (évaluation 2421).',
      fix: 'Précisez ce que deviennent les supports : partagés avec le CIF-OIT, publiés sous licence libre, remis aux mandants qui les utiliseront, ou élaborés à partir de supports existants de l’OIT.',
    },
  },
}
