// Spanish messages of required-sections: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'La propuesta tiene secciones de objetivos, actividades, presupuesto, seguimiento y evaluación, riesgos y sostenibilidad.',
  messages: {
    missingSection: {
      problem: 'La propuesta no tiene sección de {missing}.',
      why: 'El equipo de evaluación valora la validez del diseño, la eficiencia, la eficacia, el impacto y la sostenibilidad, y para ello necesita que cada parte esté por escrito.',
      fix: 'Agregue un encabezado para la parte que falta ({missing}) y descríbala bajo ese encabezado.',
    },
    missingSections: {
      problem: 'La propuesta no tiene secciones de {missing}.',
      why: 'El equipo de evaluación valora la validez del diseño, la eficiencia, la eficacia, el impacto y la sostenibilidad, y para ello necesita que cada parte esté por escrito.',
      fix: 'Agregue un encabezado para cada parte que falta ({missing}) y descríbala bajo su encabezado.',
    },
    placeholderSection: {
      problem: 'La sección de {placeholders} solo contiene un texto provisional.',
      why: 'El equipo de evaluación valora la validez del diseño, la eficiencia, la eficacia, el impacto y la sostenibilidad, y para ello necesita que cada parte esté por escrito.',
      fix: 'Redacte la sección de {placeholders}: sustituya el texto provisional por lo que hará el proyecto.',
    },
    placeholderSections: {
      problem: 'Las secciones de {placeholders} solo contienen un texto provisional.',
      why: 'El equipo de evaluación valora la validez del diseño, la eficiencia, la eficacia, el impacto y la sostenibilidad, y para ello necesita que cada parte esté por escrito.',
      fix: 'Redacte las secciones de {placeholders}: sustituya el texto provisional por lo que hará el proyecto.',
    },
  },
  fixTitles: {
    addSkeleton: 'Agregar un encabezado de plantilla para {missing}',
    addSkeletons: 'Agregar encabezados de plantilla para {missing}',
  },
}
