// French messages of itcilo-link: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Une proposition de projet comportant un volet de formation associe le CIF-OIT.',
  messages: {
    noItcIlo: {
      problem: 'La proposition prévoit des formations mais n’associe pas le CIF-OIT (Centre international de formation de l’OIT, Turin).',
      why: 'Une formation conçue sans le CIF-OIT fait double emploi et ne peut pas s’appuyer sur les cours, supports et méthodes dont il dispose déjà (évaluation 2421).',
      fix: 'Prenez contact avec le CIF-OIT dès la phase de démarrage et précisez son rôle : concevoir ou dispenser le cours avec le projet, héberger les supports, ou accueillir des participants dans ses académies.',
    },
  },
}
