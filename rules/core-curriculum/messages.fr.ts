// French messages of core-curriculum: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un programme de formation couvre les fondamentaux de l’OIT : normes internationales du travail, dialogue social, égalité de genre, non-discrimination.',
  messages: {
    missingTopics: {
      problem: 'Le programme de formation ne couvre pas les fondamentaux suivants : {missing}.',
      why: 'Les cours qui font l’impasse sur les fondamentaux de l’OIT transmettent des compétences techniques, mais pas l’approche fondée sur les droits qui distingue les formations de l’OIT (Conseil du CIF-OIT, CC 82/3).',
      fix: 'Ajoutez au programme un module ou une séance sur chacun de ces thèmes ({missing}), adapté au sujet du cours.',
    },
  },
}
