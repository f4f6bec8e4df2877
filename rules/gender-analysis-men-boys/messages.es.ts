// Spanish messages of gender-analysis-men-boys: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un análisis de género que habla de mujeres o niñas también considera las vulnerabilidades específicas de los hombres y los niños.',
  messages: {
    onlyWomen: {
      problem: 'El análisis de género habla de mujeres y niñas, pero no de las vulnerabilidades propias de los hombres y los niños.',
      why: 'Los hombres y los niños también tienen vulnerabilidades específicas (frente al trabajo forzoso, la trata de personas o el trabajo peligroso) y a menudo se resisten a pedir ayuda (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Indique qué pone en riesgo a los hombres y los niños en este contexto y cómo llegará a ellos el proyecto.',
    },
  },
}
