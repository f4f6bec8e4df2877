// Spanish messages of core-curriculum: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un programa de formación abarca los fundamentos de la OIT: normas internacionales del trabajo, diálogo social, igualdad de género y no discriminación.',
  messages: {
    missingTopics: {
      problem: 'El programa de formación no aborda {missing}.',
      why: 'Los cursos que no incluyen los fundamentos de la OIT transmiten competencias técnicas, pero no el enfoque basado en derechos que distingue a la formación de la OIT (Consejo del CIF-OIT, CC 82/3).',
      fix: 'Agregue al programa una unidad o sesión sobre {missing}, adaptada a la materia del curso.',
    },
  },
}
