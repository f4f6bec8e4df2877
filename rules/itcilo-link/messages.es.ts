// Spanish messages of itcilo-link: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Una propuesta con un componente de formación involucra al CIF-OIT.',
  messages: {
    noItcIlo: {
      problem: 'La propuesta prevé formación, pero no involucra al CIF-OIT (Centro Internacional de Formación de la OIT, Turín).',
      why: 'Una formación diseñada sin el CIF-OIT duplica trabajo y no puede aprovechar los cursos, materiales y métodos con que ya cuenta el Centro (evaluación 2421).',
      fix: 'Contacte al CIF-OIT en la fase de inicio e indique qué papel tendrá: codiseñar o impartir el curso, alojar los materiales o recibir a participantes en sus academias.',
    },
  },
}
