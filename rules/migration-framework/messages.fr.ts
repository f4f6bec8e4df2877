// French messages of migration-framework: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un projet sur les migrations s’appuie sur le Cadre multilatéral de l’OIT pour les migrations de main-d’œuvre ou sur les conventions relatives aux travailleurs migrants.',
  messages: {
    noFramework: {
      problem: 'Le projet sur les migrations ne fait référence ni au Cadre multilatéral de l’OIT pour les migrations de main-d’œuvre ni aux conventions relatives aux travailleurs migrants (nos 97, 143, 181 et 189).',
      why: 'C’est l’approche fondée sur les droits qui distingue l’action de l’OIT en matière de migrations de celle des autres organismes (évaluation du projet LMPP, 2009 ; Conseil du CIF-OIT, CC 82/3).',
      fix: 'Précisez les instruments que le projet applique : le Cadre multilatéral pour les migrations de main-d’œuvre et les conventions pertinentes (C97, C143, C181 sur le recrutement, C189 sur le travail domestique).',
    },
  },
}
