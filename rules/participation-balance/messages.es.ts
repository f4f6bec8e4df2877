// Spanish messages of participation-balance: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'La formación fija metas de participación para las mujeres y para representantes de los trabajadores y de los empleadores.',
  messages: {
    missingTargets: {
      problem: 'La formación no fija ninguna meta de participación para {missing}.',
      why: 'Sin metas, las mujeres y los representantes de los interlocutores sociales quedan subrepresentados entre los participantes (Consejo del CIF-OIT, CC 82/3).',
      fix: 'Indique quiénes participan: una proporción de mujeres entre los participantes y plazas reservadas para representantes de los trabajadores y de los empleadores (por ejemplo, una cuarta parte para cada grupo).',
    },
  },
}
