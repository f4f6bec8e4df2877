// Spanish messages of impact-horizon: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un proyecto de políticas de corta duración fija hitos antes de su finalización o prevé un seguimiento posterior.',
  messages: {
    noIntermediateTargets: {
      problem: 'Este proyecto de {months} meses trabaja en políticas, pero su plan de seguimiento y evaluación no fija hitos antes del final ni prevé un seguimiento posterior.',
      why: 'Los cambios de políticas rara vez se manifiestan en un proyecto de uno o dos años; si solo hay metas para el final del proyecto, sus resultados no pueden apreciarse (evaluación final del LMPP, 2009).',
      fix: 'Agregue indicadores intermedios o de proceso con fechas anteriores al final (consultas realizadas, borrador presentado) o prevea un seguimiento del resultado de la política una vez finalizado el proyecto.',
    },
  },
}
