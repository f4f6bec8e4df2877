// Spanish messages of evaluation-plan: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Se prevé una evaluación del proyecto: de medio término, final, independiente o externa.',
  messages: {
    noEvaluation: {
      problem: 'No se prevé ninguna evaluación del proyecto.',
      why: 'Sin una evaluación de medio término o final, nadie independiente juzga si el diseño funcionó, qué logró el proyecto y qué perdurará (evaluación final del LMPP, 2009; Consejo del CIF-OIT, CC 82/3).',
      fix: 'Prevea una evaluación final independiente (y una evaluación de medio término para los proyectos de dos años o más) e incluya su costo en el presupuesto.',
    },
  },
}
