// Spanish messages of policy-implementation: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'El trabajo sobre políticas va acompañado de apoyo para aplicarlas: un plan, su puesta en marcha, formación de las autoridades, difusión o seguimiento de las brechas.',
  messages: {
    noImplementationSupport: {
      problem: 'La propuesta trabaja sobre un instrumento de política, pero no prevé ningún apoyo para su aplicación.',
      why: 'Sin apoyo para su aplicación, políticas bien intencionadas pueden quedar en letra muerta (evaluación final del LMPP, 2009).',
      fix: 'Prevea cómo se llevará la política a la práctica: un plan de aplicación o de puesta en marcha, formación de las autoridades que la aplican, difusión entre las personas a las que afecta y seguimiento de las brechas en la práctica.',
    },
  },
}
