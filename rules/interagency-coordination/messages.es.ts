// Spanish messages of interagency-coordination: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un proyecto de migración prevé la coordinación con la OIM y el sistema de las Naciones Unidas (equipo de las Naciones Unidas en el país, Marco de Cooperación, Red de las Naciones Unidas sobre la Migración).',
  messages: {
    noCoordination: {
      problem: 'El proyecto de migración no prevé ninguna coordinación con la OIM ni con el sistema de las Naciones Unidas.',
      why: 'Donde la OIT no se coordina, se considera a la OIM o a otros como el organismo principal en materia de migración y se duplican los esfuerzos (evaluación del proyecto LMPP, 2009).',
      fix: 'Indique cómo se coordina el proyecto con la OIM y otros organismos de las Naciones Unidas: el equipo de las Naciones Unidas en el país, el Marco de Cooperación de las Naciones Unidas para el Desarrollo Sostenible, la Red de las Naciones Unidas sobre la Migración, la planificación conjunta.',
    },
  },
}
