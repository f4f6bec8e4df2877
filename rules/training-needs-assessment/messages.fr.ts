// French messages of training-needs-assessment: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un volet de formation repose sur une évaluation des besoins de formation ou de renforcement des capacités.',
  messages: {
    noNeedsAssessment: {
      problem: 'La proposition prévoit des formations, mais aucune évaluation des besoins de formation ou de renforcement des capacités n’est prévue ni citée.',
      why: 'Sans évaluation des besoins, la formation ne cible pas les lacunes réelles des institutions et des personnes concernées (évaluation 1379).',
      fix: 'Prévoyez une évaluation des besoins de formation (ou de renforcement des capacités) dès la phase de démarrage et précisez comment ses résultats orienteront le plan de formation, ou citez l’évaluation sur laquelle s’appuie la formation.',
    },
  },
}
