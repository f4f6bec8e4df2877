// Spanish messages of sustainability-strategy: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Se describe una estrategia de salida o de sostenibilidad, con contenido.',
  messages: {
    noStrategy: {
      problem: 'La propuesta no describe ninguna estrategia de salida o de sostenibilidad.',
      why: 'El equipo de evaluación juzga si los resultados perdurarán después del proyecto; un diseño que no dice quién les dará continuidad los deja decaer (evaluación final del LMPP, 2009).',
      fix: 'Describa qué instituciones asumirán qué resultados, cómo se financiarán y cómo se los transferirá el proyecto antes de terminar.',
    },
    emptySection: {
      problem: 'La sección “{heading}” está vacía.',
      why: 'Un encabezado de sostenibilidad sin nada debajo no es una estrategia: el equipo de evaluación juzga si los resultados perdurarán después del proyecto (evaluación final del LMPP, 2009).',
      fix: 'Describa qué instituciones asumirán qué resultados, cómo se financiarán y cómo se los transferirá el proyecto antes de terminar.',
    },
  },
}
