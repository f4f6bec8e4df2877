// Spanish messages of gender-training-partners: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un proyecto que trabaja a través de socios prevé para ellos una formación específica en igualdad de género (o un manual de género).',
  messages: {
    noPartnerTraining: {
      problem: 'El proyecto trabaja a través de socios, pero no prevé para ellos ninguna formación en igualdad de género.',
      why: 'Los socios ejecutores sin capacidades en materia de género no pueden llevar adelante una estrategia de género (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Prevea desde el comienzo una formación específica en igualdad de género para los socios ejecutores, por ejemplo a partir de un breve manual de género adaptado de materiales de la OIT.',
    },
  },
}
