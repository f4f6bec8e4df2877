// Spanish messages of training-beyond-workshops: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Una formación impartida mediante talleres o cursos prevé también acompañamiento, mentoría o apoyo de seguimiento.',
  messages: {
    workshopsOnly: {
      problem: 'La formación se imparte mediante talleres, seminarios o cursos, sin acompañamiento, mentoría, apoyo técnico ni apoyo de seguimiento.',
      why: 'Lo aprendido en talleres aislados se olvida; lo que cambia las prácticas de trabajo es el acompañamiento en el puesto de trabajo (evaluación 1379).',
      fix: 'Prevea apoyo después de las actividades: visitas de acompañamiento, mentoría, apoyo técnico a los socios formados o apoyo de seguimiento en el puesto de trabajo, e indique quién lo brinda y con qué frecuencia.',
    },
  },
}
