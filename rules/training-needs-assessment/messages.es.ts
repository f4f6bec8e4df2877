// Spanish messages of training-needs-assessment: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un componente de formación se basa en una evaluación de necesidades de formación o de capacidades.',
  messages: {
    noNeedsAssessment: {
      problem: 'La propuesta prevé formación, pero no prevé ni cita ninguna evaluación de necesidades de formación o de capacidades.',
      why: 'Sin una evaluación de necesidades, la formación no se orienta a las brechas reales de las instituciones y las personas concernidas (evaluación 1379).',
      fix: 'Prevea una evaluación de necesidades de formación (o de capacidades) en la fase de inicio e indique cómo sus resultados orientarán el plan de formación, o cite la evaluación en la que se basa la formación.',
    },
  },
}
