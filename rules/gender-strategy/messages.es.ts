// Spanish messages of gender-strategy: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'La propuesta describe una estrategia de igualdad de género o de incorporación de la perspectiva de género.',
  messages: {
    missingStrategy: {
      problem: 'La propuesta no describe ninguna estrategia de igualdad de género.',
      why: 'Sin una estrategia explícita para incorporar la perspectiva de género, los resultados en materia de igualdad de género quedan librados al azar (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Agregue una sección sobre igualdad de género: qué muestra el análisis de género sobre las mujeres y los hombres, cómo responde cada componente y quién la lleva a cabo.',
    },
    emptySection: {
      problem: 'La sección “{heading}” no describe ninguna estrategia de igualdad de género.',
      why: 'Un encabezado sobre género sin nada debajo (o solo con una negación) no es una estrategia; los resultados en materia de igualdad de género requieren una estrategia específica de igualdad de género (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Describa el análisis de género, cómo responde a él cada componente y quién lleva a cabo la estrategia.',
    },
  },
  fixTitles: {
    addSection: 'Agregar una sección “{heading}”',
  },
}
