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

/**
 * What carries results on after the project: someone taking them over, their integration into
 * a partner's own systems or budget, a way of paying for them, a gradual withdrawal, their going
 * on after the project ends. A section that says several of these describes a strategy without
 * naming it.
 */
export const continuation = defineLexicon('continuation', {
  en: [
    'take over', 'taken over', 'hand over', 'handed over', 'handover', 'hand-over', 'transfer to', 'transferred to', 'transfer of',
    'institutionalis*', 'institutionaliz*', 'integrate into', 'integrated into', 'incorporate into', 'incorporated into', 'embed in', 'embedded in', 'mainstream into',
    'own budget', 'own system', 'own systems', 'recurrent budget', 'regular budget', 'national budget', 'state budget', 'municipal budget', 'core budget',
    'cost recovery', 'cost-recovery', 'user fee', 'service fee', 'membership fee', 'fees', 'self-financ*', 'self-fund*',
    'phase out', 'phase-out', 'phased withdrawal', 'gradual withdrawal', 'step back', 'withdraw',
    'after the project', 'after the grant', 'after the funding', 'beyond the project', 'beyond the grant', 'once the project ends', 'when the project ends', 'project closure',
    'continue', 'carry on', 'ownership', 'take on', 'taken on', 'take charge', 'sustain', 'keep running',
    'gradually', 'progressively', 'without the project', 'no longer depend', 'co-financ*', 'cofinanc*',
  ],
  fr: [
    'prendre le relais', 'prend le relais', 'prendront le relais', 'prendra le relais', 'reprise par', 'repris par', 'reprendra', 'reprendront',
    'transfert', 'transférer', 'transféré', 'passation', 'institutionnalis*', 'intégrer dans', 'intégré dans', 'intégrer au', 'intégré au', 'intégrés au', 'intégrée au',
    'budget national', "budget de l'état", 'propre budget', 'budget ordinaire', 'budget communal', 'propres systèmes', 'propre système',
    'recouvrement des coûts', 'cotisation', 'frais de service', 'redevance', 'autofinanc*',
    'retrait progressif', 'désengagement', 'se retire', 'se retirera',
    'après le projet', 'au-delà du projet', 'à la fin du projet', 'fin du financement',
    'poursuivre', 'poursuivra', 'poursuivront', 'continuer', 'continuera', 'continueront', 'appropriation', 'pérennis*', 'assurer la relève',
    'continuité', 'intégrer à', 'intégré à', 'intégrée à', 'intégrés à', 'après la clôture', 'progressivement', 'sans le projet', 'prendre en charge', 'prendra en charge', 'prendront en charge', 'cofinanc*',
  ],
  es: [
    'asumir', 'asumirá', 'asumirán', 'asume', 'traspaso', 'traspasar', 'traspasará', 'transferencia', 'transferir', 'transferirá', 'transferido',
    'institucionaliz*', 'incorporar al', 'incorporará al', 'incorporado al', 'integrar en', 'integrado en', 'integrará en',
    'presupuesto nacional', 'presupuesto ordinario', 'propio presupuesto', 'presupuesto municipal', 'presupuesto institucional', 'propios sistemas',
    'recuperación de costos', 'cuota', 'autofinanci*', 'autosostenib*',
    'retiro gradual', 'retirada gradual', 'salida gradual', 'retiro progresivo',
    'después del proyecto', 'al finalizar el proyecto', 'al término del proyecto', 'más allá del proyecto', 'fin del financiamiento',
    'continuar', 'continuará', 'continuarán', 'continuidad', 'apropiación', 'sostener',
    'de forma gradual', 'gradualmente', 'progresivamente', 'sin el proyecto', 'no dependan del proyecto', 'cofinanci*', 'hacerse cargo', 'se hará cargo', 'se harán cargo',
  ],
})
