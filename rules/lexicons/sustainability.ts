// Sustainability and exit (seeds 003 and 004): how a project says what stays
// when it ends.
import {defineLexicon} from '@lessonlint/core'

/** An exit or sustainability strategy, named as such. */
export const exitStrategy = defineLexicon('exit-strategy', {
  en: [
    'exit strategy',
    'exit plan',
    'sustainability strategy',
    'sustainability plan',
    'sustainability and exit',
    'phase-out',
    'phase out',
    'phasing out',
    'phase-out strategy',
    'phase-out plan',
    'handover plan',
    'hand-over plan',
    'handover strategy',
    'hand-over strategy',
    'transition plan',
    'transition strategy',
    'withdrawal strategy',
    'gradual withdrawal',
    'phased withdrawal',
    'handover of results',
    'sustainability of results',
    'sustainability of the results',
    'sustainability of outcomes',
    'sustainability of the project',
  ],
  fr: [
    'stratégie de sortie',
    'plan de sortie',
    'stratégie de pérennisation',
    'stratégie de pérennité',
    'stratégie de durabilité',
    'plan de pérennisation',
    'plan de durabilité',
    'stratégie de désengagement',
    'plan de désengagement',
    'plan de transition',
    'plan de passation',
    'retrait progressif',
    'désengagement progressif',
    'passation des acquis',
    'pérennité des résultats',
    'pérennisation des acquis',
    'durabilité des résultats',
  ],
  es: [
    'estrategia de salida',
    'plan de salida',
    'estrategia de sostenibilidad',
    'plan de sostenibilidad',
    'estrategia de transferencia',
    'plan de transferencia',
    'plan de transición',
    'plan de traspaso',
    'retirada progresiva',
    'retiro progresivo',
    'salida progresiva',
    'traspaso de los resultados',
    'sostenibilidad de los resultados',
  ],
})

/** Sustainability as a bare word: counts when it opens a run-in paragraph ("**Sustainability.** The ministry..."). */
export const sustainability = defineLexicon('sustainability', {
  en: ['sustainability', 'exit', 'handover', 'hand-over'],
  fr: ['durabilité', 'pérennité', 'pérennisation', 'viabilité', 'sortie', 'passation'],
  es: ['sostenibilidad', 'salida', 'viabilidad', 'traspaso', 'continuidad'],
})
