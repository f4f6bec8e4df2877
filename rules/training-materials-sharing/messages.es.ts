// Spanish messages of training-materials-sharing: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Los materiales de formación que elabora el proyecto se comparten, se transfieren o se reutilizan.',
  messages: {
    notShared: {
      problem: 'La propuesta elabora materiales de formación ({materials}), pero no dice cómo se compartirán o reutilizarán.',
      why: 'Los materiales que quedan en manos del proyecto duplican lo que ya existe y se pierden cuando este termina (evaluación 2421).',
      fix: 'Indique el destino de los materiales: compartirlos con el CIF-OIT, publicarlos con una licencia abierta, transferirlos a los mandantes que los usarán o elaborarlos a partir de materiales existentes de la OIT.',
    },
  },
}
