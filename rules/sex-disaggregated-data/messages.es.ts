// Spanish messages of sex-disaggregated-data: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Todo indicador que cuenta o mide personas está desglosado por sexo.',
  messages: {
    notDisaggregated: {
      problem: 'El indicador “{indicator}” cuenta {counted}, pero no está desglosado por sexo.',
      why: 'Sin datos desglosados por sexo, nadie puede saber si las mujeres y los hombres participan en el proyecto y se benefician de él por igual (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Agregue “desglosado por sexo” al indicador (o fije metas para mujeres y para hombres).',
    },
  },
}
