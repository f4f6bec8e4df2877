// Spanish messages of impact-beyond-prepost: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Los resultados de la formación se miden más allá de las pruebas previas y posteriores: seguimiento, aplicación de lo aprendido, observación.',
  messages: {
    onlyPrePost: {
      problem: 'Los resultados de la formación se miden solo con pruebas previas y posteriores.',
      why: 'Una prueba al final de un curso muestra lo que los participantes recuerdan ese día, no si lo aplican en su trabajo (evaluación 1379; Consejo del CIF-OIT, CC 82/3).',
      fix: 'Agregue una medición algunos meses después de la formación: una encuesta de seguimiento o de trayectoria de los participantes, la observación en el puesto de trabajo, tasas de aplicación de los conocimientos o una cosecha de alcances.',
    },
    notMeasured: {
      problem: 'La propuesta prevé formación, pero no dice cómo se medirán sus resultados.',
      why: 'Sin mediciones más allá del aula, nadie puede demostrar si la formación cambió algo en el trabajo (evaluación 1379; Consejo del CIF-OIT, CC 82/3).',
      fix: 'Indique cómo se medirán los resultados de la formación después de la actividad: una encuesta de seguimiento o de trayectoria algunos meses más tarde, la observación en el puesto de trabajo, tasas de aplicación de los conocimientos o una cosecha de alcances.',
    },
  },
}
