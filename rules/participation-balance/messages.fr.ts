// French messages of participation-balance: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'La formation fixe des objectifs de participation pour les femmes et pour les représentants des travailleurs et des employeurs.',
  messages: {
    missingTargets: {
      problem: 'La formation ne fixe aucun objectif de participation pour les groupes suivants : {missing}.',
      why: 'Sans objectifs de participation, les femmes et les représentants des partenaires sociaux sont sous-représentés parmi les participants (Conseil du CIF-OIT, CC 82/3).',
      fix: 'Précisez qui participe : une proportion de femmes parmi les participants et des places réservées aux représentants des travailleurs et des employeurs (par exemple un quart chacun).',
    },
  },
}
