// Spanish messages of participatory-monitoring: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Los mandantes o los beneficiarios participan en el seguimiento continuo.',
  messages: {
    noParticipation: {
      problem: 'El plan de seguimiento y evaluación deja el seguimiento en manos del personal del proyecto: ni los mandantes ni los beneficiarios participan en él.',
      why: 'Involucrar en el seguimiento continuo a quienes reciben el apoyo del proyecto mejora la valoración de los resultados y su apropiación (evaluación final del LMPP, 2009).',
      fix: 'Prevea visitas de seguimiento conjuntas con los interlocutores sociales o los beneficiarios, o revisiones periódicas de los datos de seguimiento con el comité directivo.',
    },
  },
}
