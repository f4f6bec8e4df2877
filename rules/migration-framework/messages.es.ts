// Spanish messages of migration-framework: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un proyecto de migración se fundamenta en el Marco multilateral de la OIT para las migraciones laborales o en los convenios sobre trabajadores migrantes.',
  messages: {
    noFramework: {
      problem: 'El proyecto de migración no hace referencia al Marco multilateral de la OIT para las migraciones laborales ni a los convenios sobre trabajadores migrantes (núms. 97, 143, 181 y 189).',
      why: 'El enfoque basado en derechos es lo que distingue el trabajo de la OIT en materia de migración del de otros organismos (evaluación del proyecto LMPP, 2009; Consejo del CIF-OIT, CC 82/3).',
      fix: 'Indique qué instrumentos aplica el proyecto: el Marco multilateral para las migraciones laborales y los convenios pertinentes (C97, C143, C181 sobre contratación, C189 sobre trabajo doméstico).',
    },
  },
}
