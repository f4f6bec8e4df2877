// Spanish messages of gender-expertise: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Se designa a alguien que aporte conocimientos especializados en género: una persona especialista, consultora o asesora en género, o un punto focal de género.',
  messages: {
    noExpertise: {
      problem: 'No se designa a nadie que aporte conocimientos especializados en género.',
      why: 'El trabajo de género se estanca si no hay alguien que lo tenga a su cargo (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Designe a una persona especialista en género o a una persona consultora o asesora local en género, o asigne la función de punto focal de género a un oficial del proyecto.',
    },
  },
}
