// Spanish messages of social-partners: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Tanto las organizaciones de trabajadores (sindicatos) como las de empleadores tienen un papel en el proyecto.',
  messages: {
    missingBoth: {
      problem: 'Ni las organizaciones de trabajadores (sindicatos) ni las de empleadores tienen un papel en el proyecto.',
      why: 'Sin los interlocutores sociales, el proyecto no es tripartito y lo que construye no cuenta con mandantes que le den continuidad (evaluación 1379; Consejo del CIF-OIT, CC 82/3).',
      fix: 'Nombre los sindicatos y las organizaciones de empleadores que participan y el papel de cada uno: comité directivo, ejecución, difusión, seguimiento.',
    },
    missingWorkers: {
      problem: 'Ninguna organización de trabajadores (sindicato) tiene un papel en el proyecto; solo participan organizaciones de empleadores.',
      why: 'Los sindicatos llegan a los trabajadores y hablan en su nombre; dejarlos fuera rompe el tripartismo (evaluación 1379; Consejo del CIF-OIT, CC 82/3).',
      fix: 'Nombre los sindicatos u organizaciones de trabajadores que participan y asigne un papel a cada uno: comité directivo, difusión, representación, seguimiento.',
    },
    missingEmployers: {
      problem: 'Ninguna organización de empleadores tiene un papel en el proyecto; solo participan organizaciones de trabajadores.',
      why: 'Las organizaciones de empleadores llegan a las empresas que deben cambiar sus prácticas; dejarlas fuera rompe el tripartismo (Consejo del CIF-OIT, CC 82/3; evaluación 2009).',
      fix: 'Nombre las organizaciones de empleadores (federaciones, asociaciones, cámaras) que participan y asigne un papel a cada una: comité directivo, difusión entre las empresas, validación, seguimiento.',
    },
  },
}
