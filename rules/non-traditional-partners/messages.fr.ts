// French messages of non-traditional-partners: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un projet sur les migrations associe d’autres partenaires que le ministère du Travail : emploi à l’étranger, affaires étrangères, intérieur.',
  messages: {
    labourMinistryOnly: {
      problem: 'Le projet sur les migrations ne cite aucun partenaire en dehors du ministère du Travail : ni ministère ou bureau de l’emploi à l’étranger, ni affaires étrangères, ni intérieur, ni diaspora.',
      why: 'Les politiques et les pratiques migratoires se décident souvent en dehors des ministères du Travail (évaluation du projet LMPP, 2009).',
      fix: 'Déterminez quels ministères et organismes régissent les migrations dans les pays concernés (bureau de l’emploi à l’étranger, affaires étrangères et attachés du travail, intérieur ou immigration, diaspora) et attribuez-leur un rôle.',
    },
  },
}
