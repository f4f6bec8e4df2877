// Spanish messages of capacity-turnover: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un componente de formación aborda la rotación del personal y la retención de conocimientos.',
  messages: {
    noRetention: {
      problem: 'La propuesta prevé formación, pero no dice cómo se conservarán los conocimientos cuando el personal formado se vaya.',
      why: 'La rotación frecuente del personal en las instituciones socias borra lo que la formación construyó (evaluación 1379).',
      fix: 'Anticipe la rotación del personal: formación de formadores, gestión del conocimiento (documentos de traspaso, una plataforma de conocimientos), institucionalización de manuales y directrices o integración del curso en los propios sistemas de formación de los socios.',
    },
  },
}
