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
    // As a translation words it: "The strategy of exit will be formulated together with the partners".
    'strategy of exit',
    'strategy of sustainability',
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
  // Taken over by someone ("Reprise par l'administration à l'issue du projet"), not "la reprise des activités" (resumed).
  fr: ['durabilité', 'pérennité', 'pérennisation', 'viabilité', 'sortie', 'passation', 'reprise par'],
  es: ['sostenibilidad', 'salida', 'viabilidad', 'traspaso', 'continuidad'],
})

/**
 * What carries results on after the project: someone taking them over, their integration into
 * a partner's own systems or budget, a way of paying for them, a gradual withdrawal, their going
 * on. A section that says several of these (or when, `afterTheProject`) describes a strategy
 * without naming it.
 */
export const continuation = defineLexicon('continuation', {
  en: [
    'take over', 'taken over', 'hand over', 'handed over', 'handover', 'hand-over', 'transfer to', 'transferred to', 'transfer of',
    'institutionalis*', 'institutionaliz*', 'integrate into', 'integrated into', 'incorporate into', 'incorporated into', 'embed in', 'embedded in', 'mainstream into',
    'own budget', 'own system', 'own systems', 'recurrent budget', 'regular budget', 'national budget', 'state budget', 'municipal budget', 'core budget',
    'cost recovery', 'cost-recovery', 'user fee', 'service fee', 'membership fee', 'fees', 'self-financ*', 'self-fund*',
    'phase out', 'phase-out', 'phased withdrawal', 'gradual withdrawal', 'step back', 'withdraw',
    'continue', 'carry on', 'ownership', 'take on', 'taken on', 'take charge', 'sustain', 'keep running',
    'gradually', 'progressively', 'staggered', 'without the project', 'no longer depend', 'co-financ*', 'cofinanc*',
    // What an institution makes its own: "written into the implementation plan", "as part of its regular services".
    'written into', 'part of its regular', 'part of their regular', 'regular offer', 'regular programme',
  ],
  fr: [
    'prendre le relais', 'prend le relais', 'prendront le relais', 'prendra le relais', 'reprise par', 'repris par', 'reprendra', 'reprendront',
    'transfert', 'transférer', 'transféré', 'passation', 'institutionnalis*', 'intégrer dans', 'intégré dans', 'intégrer au', 'intégré au', 'intégrés au', 'intégrée au',
    'budget national', "budget de l'état", 'propre budget', 'budget ordinaire', 'budget communal', 'propres systèmes', 'propre système',
    'recouvrement des coûts', 'cotisation', 'frais de service', 'redevance', 'autofinanc*',
    'retrait progressif', 'désengagement', 'se retire', 'se retirera',
    'poursuivre', 'poursuivra', 'poursuivront', 'continuer', 'continuera', 'continueront', 'appropriation', 'pérennis*', 'assurer la relève',
    'continuité', 'intégrer à', 'intégré à', 'intégrée à', 'intégrés à', 'progressivement', 'échelonné*', 'entre les mains de', 'sans le projet', 'prendre en charge', 'prendra en charge', 'prendront en charge', 'cofinanc*',
    'inscrit dans', 'inscrite dans', 'inscrits dans', 'inscrites dans', 'de ses services ordinaires', 'maintiendra', 'maintiendront', 'offre régulière', 'offre ordinaire',
  ],
  es: [
    'asumir', 'asumirá', 'asumirán', 'asume', 'traspaso', 'traspasar', 'traspasará', 'transferencia', 'transferir', 'transferirá', 'transferido',
    'transfiere', 'transfieren', 'transferirán',
    'institucionaliz*', 'incorporar al', 'incorporará al', 'incorporad* al', 'integrar en', 'integrad* en', 'integrará en',
    'presupuesto nacional', 'presupuesto ordinario', 'propio presupuesto', 'presupuesto propio', 'presupuesto municipal', 'presupuesto institucional', 'propios sistemas',
    'recuperación de costos', 'cuota', 'autofinanci*', 'autosostenib*',
    'retiro gradual', 'retirada gradual', 'salida gradual', 'retiro progresivo', 'se retira', 'se retirará', 'por etapas',
    'continuar', 'continuará', 'continuarán', 'continuidad', 'apropiación', 'sostener',
    'de forma gradual', 'gradualmente', 'progresivamente', 'escalonad*', 'en manos de', 'sin el proyecto', 'no dependan del proyecto', 'cofinanci*', 'hacerse cargo', 'se hará cargo', 'se harán cargo',
    'parte de sus servicios regulares', 'parte de sus servicios ordinarios',
    // What an institution keeps up or pays for: "quedará en su oferta regular y se financiará con la contribución del 1 %".
    'mantendrá', 'mantendrán', 'oferta regular', 'oferta ordinaria', 'se financiará con', 'se financiarán con',
  ],
})

/**
 * When results go on, not who carries them or how: "after the project", "à la fin du projet", "después del cierre".
 * A cue of continuation with the others, but a sentence that only says results stay "after the end of the funding"
 * describes no strategy.
 */
export const afterTheProject = defineLexicon('after the project', {
  en: ['after the project', 'after the grant', 'after the funding', 'beyond the project', 'beyond the grant', 'once the project ends', 'when the project ends', 'project closure'],
  fr: ['après le projet', 'au-delà du projet', 'à la fin du projet', 'fin du financement', 'après la clôture', 'une fois le projet terminé', 'après la fin du projet',
    'au terme du projet', 'à son terme'],
  es: ['después del proyecto', 'después del cierre', 'tras el cierre', 'al finalizar el proyecto', 'al término del proyecto', 'más allá del proyecto', 'fin del financiamiento',
    'una vez cerrado el proyecto', 'una vez finalizado el proyecto', 'una vez concluido el proyecto', 'cuando termine el proyecto', 'cuando concluya el proyecto'],
})

/**
 * Writing the strategy later, said actively: "We will develop an exit strategy with MINTRAB during the inception phase",
 * "La estrategia de salida la definiremos con las organizaciones". Only of the strategy itself, in one clause with it:
 * "The ministry will develop its own budget line" puts off nothing.
 */
export const strategyDrafted = defineLexicon('strategy drafted later', {
  en: ['will develop', 'will draft', 'will prepare', 'will write', 'will design', 'will define', 'will elaborate', 'will work out'],
  fr: ['élaborerons', 'élaborera', 'élaboreront', 'rédigerons', 'rédigera', 'rédigeront', 'définirons', 'préparerons', 'préparera', 'prépareront', 'concevrons', 'concevra'],
  es: ['elaboraremos', 'elaborará', 'elaborarán', 'definiremos', 'definirá', 'definirán', 'redactaremos', 'redactará', 'prepararemos', 'preparará', 'diseñaremos', 'diseñará', 'desarrollaremos', 'desarrollará'],
})

/**
 * Putting the strategy off: it will be written or taken up later ("An exit strategy will be drafted and submitted
 * with the first annual work plan", "Se elaborará durante la segunda fase", "sera précisée lors de l'atelier de
 * démarrage").
 */
export const strategyPutOff = defineLexicon('strategy put off', {
  en: [
    'will be drafted',
    'will be developed',
    'will be written',
    'will be prepared',
    'will be completed',
    'will be submitted',
    'will be elaborated',
    'will be defined',
    'will be finalised',
    'will be finalized',
    'will be taken up',
    'will be addressed',
    'will be decided',
    'will be designed',
    'will be formulated',
    'shall be formulated',
    'shall be drafted',
    'shall be developed',
    'shall be written',
    'shall be prepared',
    'shall be completed',
    'shall be submitted',
    'shall be elaborated',
    'shall be defined',
    'shall be finalised',
    'shall be finalized',
    'shall be taken up',
    'shall be addressed',
    'shall be decided',
    'shall be designed',
    'will set out',
    'will specify',
    'will be discussed',
    // Still to be written, as notes and callouts put it: "Exit strategy to be drafted after the workshop".
    'to be drafted',
    'to be developed',
    'to be written',
    'to be defined',
    // Agreed later with others: "An exit strategy will be agreed with the Project Advisory Committee at its first
    // meeting", "In month 12 we will sit down with the District Assemblies … to agree one".
    'will be agreed',
    'shall be agreed',
    'to be agreed',
    'to agree one',
    'to agree on one',
    // Too soon to set out: "It is premature at this stage to define an exit strategy".
    'it is premature',
    'it would be premature',
    // Left open for later, more weakly still: "The question of a national host could be examined in a second phase".
    'could be examined',
    'may be examined',
    'could be considered',
  ],
  fr: [
    'sera convenue',
    'sera arrêtée',
    'à convenir',
    'sera élaboré',
    'sera élaborée',
    'sera élaborés',
    'sera élaborées',
    'sera rédigé',
    'sera rédigée',
    'sera rédigés',
    'sera rédigées',
    'sera complété',
    'sera complétée',
    'sera complétés',
    'sera complétées',
    'sera défini',
    'sera définie',
    'sera définis',
    'sera définies',
    'sera précisé',
    'sera précisée',
    'sera précisés',
    'sera précisées',
    'sera examiné',
    'sera examinée',
    'sera examinés',
    'sera examinées',
    'sera abordé',
    'sera abordée',
    'sera abordés',
    'sera abordées',
    'seront élaboré',
    'seront élaborée',
    'seront élaborés',
    'seront élaborées',
    'seront rédigé',
    'seront rédigée',
    'seront rédigés',
    'seront rédigées',
    'seront complété',
    'seront complétée',
    'seront complétés',
    'seront complétées',
    'seront défini',
    'seront définie',
    'seront définis',
    'seront définies',
    'seront précisé',
    'seront précisée',
    'seront précisés',
    'seront précisées',
    'seront examiné',
    'seront examinée',
    'seront examinés',
    'seront examinées',
    'seront abordé',
    'seront abordée',
    'seront abordés',
    'seront abordées',
    // Sent or discussed later: "une stratégie de sortie sera transmise au Fonds avec le rapport du mois 12".
    'sera transmis*',
    'seront transmis*',
    'sera soumis*',
    'seront soumis*',
    'sera discuté*',
    'seront discuté*',
    // What a later document will set out: "Celui-ci précisera notamment … la stratégie de pérennisation".
    'précisera',
    'préciseront',
    'définira',
    'définiront',
    // Still to be written: "Stratégie de sortie à rédiger après l'atelier", "reste à élaborer".
    'à rédiger',
    'à élaborer',
    'à définir',
    // Too soon to set out: "Il est prématuré, à ce stade, de définir une stratégie de sortie".
    'il est prématuré',
    'il serait prématuré',
    'pourra être examiné',
    'pourra être examinée',
    'pourront être examinés',
    'pourront être examinées',
    'pourra être envisagé',
    'pourra être envisagée',
  ],
  es: [
    'se acordará',
    'será acordada',
    'por acordar',
    'precisará',
    'precisarán',
    'detallará',
    'detallarán',
    'se completará',
    'se elaborará',
    'se redactará',
    'se desarrollará',
    'se definirá',
    'se analizará',
    'podrá analizarse',
    'podrá examinarse',
    'podrá estudiarse',
    'se abordará',
    'se diseñará',
    'se presentará',
    'se remitirá',
    'se discutirá',
    'se decidirá',
    'se decidirán',
    // Still to be written: "Estrategia de salida por redactar tras el taller".
    'por redactar',
    'por elaborar',
    'por definir',
    'es prematuro',
    'sería prematuro',
  ],
})

/**
 * A hope, a conviction or a doubt about what lasts, in place of a plan for it: "It is too early to say", "We hope the
 * cooperatives will value the system", "Nous sommes convaincus que l'ANAPEC voudra poursuivre", "Es pronto para saberlo".
 */
export const hopeOrDoubt = defineLexicon('hope or doubt about what lasts', {
  en: ['we hope', 'hopefully', 'it is too early to', 'too early to say', 'too early to tell', 'we are convinced', 'we trust that', 'remains to be seen', 'time will tell', 'a question we are asking ourselves', 'we are still asking ourselves',
    // What lasting is said to hang on, with no one committed to it: "It will depend largely on whether the regulation is adopted".
    'will depend largely on', 'will depend heavily on', 'will depend to a large extent on', 'will depend on whether',
    // On what is not known yet: "Whether the Fund continues after month 24 will depend on the results of the pilot".
    'will depend on the results', 'will depend on the outcome'],
  fr: ['nous espérons', 'espérons que', 'il est trop tôt', 'trop tôt pour', 'nous sommes convaincus', 'nous sommes persuadés', 'question que nous nous posons', 'nous nous posons la question', 'reste à voir', "l'avenir dira",
    'dépendra en grande partie', 'dépendra largement', 'dépendra dans une large mesure', 'dépendra des résultats'],
  es: ['esperamos que', 'ojalá', 'es pronto para', 'es demasiado pronto', 'todavía es pronto', 'aún es pronto', 'estamos convencidos', 'confiamos en que', 'nos lo preguntamos', 'está por verse', 'el tiempo dirá',
    'dependerá en buena medida', 'dependerá en gran medida', 'dependerá en buena parte', 'dependerá en gran parte', 'dependerá de los resultados'],
})

/** More project money sought after this one: "a second phase", "other donors", "d'autres financements", "otros donantes". */
export const furtherFunding = defineLexicon('further project funding', {
  en: ['second phase', 'third phase', 'next phase', 'phase two', 'phase three', 'phase ii', 'phase iii', 'follow-up project', 'other donors', 'new donors', 'further funding', 'additional funding', 'new funding', 'new proposal'],
  fr: ['seconde phase', 'deuxième phase', 'troisième phase', 'nouvelle phase', 'phase ii', 'phase iii', "d'autres bailleurs", 'autres bailleurs', "d'autres financements", 'nouveaux financements', 'financements supplémentaires', 'nouvelle proposition'],
  es: ['segunda fase', 'tercera fase', 'nueva fase', 'fase ii', 'fase iii', 'otros donantes', 'otros financiadores', 'nuevos fondos', 'nuevo financiamiento', 'financiamiento adicional', 'otros financiamientos', 'nueva propuesta'],
})
