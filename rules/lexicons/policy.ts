// Policy work and its implementation (seed 003, LMPP evaluation 2009): the
// instruments a project drafts or revises, what drafting them is called, and
// what supporting their implementation looks like.
import {defineLexicon} from '@lessonlint/core'

/** Policy instruments: a policy, law, regulation, bilateral agreement or national action plan. */
export const policyInstrument = defineLexicon('policy-instrument', {
  en: [
    'policy',
    'national policy',
    'law',
    'labour law',
    'labor law',
    'legislation',
    'legal framework',
    'regulatory framework',
    'regulatory instrument',
    'regulatory instruments',
    'policy framework',
    'regulation',
    'implementing regulation',
    'decree',
    'implementing decree',
    'directive',
    'ministerial order',
    // As Latin American ministries regulate, "resolución ministerial" in English: "a ministerial resolution on re-entry intervals".
    'ministerial resolution',
    // The Philippines' labour department regulates by "Department Order" and "Administrative Order".
    'department order',
    'administrative order',
    'executive order',
    'government order',
    'ordinance',
    'bylaw',
    'by-law',
    'statute',
    'statutory instrument',
    'legislative instrument',
    // The list of hazardous work children may not do (ILO C182) is set by regulation.
    'list of hazardous work',
    'hazardous work list',
    'hazardous child labour list',
    'hazardous child labor list',
    'list of hazardous child labour',
    'list of hazardous child labor',
    'hazardous work list for children',
    'list of hazardous occupations',
    'subsidiary legislation',
    'secondary legislation',
    'bill',
    // South Asia fixes minimum wages and other rules by government "notification".
    'notification',
    'circular',
    'ministerial circular',
    'proclamation',
    'labour code',
    'labor code',
    'bilateral agreement',
    'binational agreement',
    'bilateral labour agreement',
    'bilateral labor agreement',
    'labour agreement',
    'labor agreement',
    'labour migration agreement',
    'memorandum of understanding',
    'MoU',
    'national action plan',
    'national plan of action',
    'national plan',
    'action plan for the elimination',
    'national strategy',
    'national programme of action',
    // Indonesia's regulations, by their own names in English texts: a ministerial regulation ("Permen", "Permenaker"),
    // a regional or village regulation ("Perda", "Perdes"), a presidential one ("Perpres").
    'peraturan',
    'permen',
    'permenaker',
    'perda',
    'perdes',
    'perpres',
  ],
  fr: [
    'instrument normatif',
    'instruments normatifs',
    'politique',
    'politique nationale',
    'loi',
    'projet de loi',
    'liste des travaux dangereux',
    'législation',
    'cadre juridique',
    'cadre réglementaire',
    'cadre légal',
    'règlement',
    'réglementation',
    'décret',
    'décret d\'application',
    'arrêté',
    'ordonnance',
    'circulaire',
    'note circulaire',
    'directive',
    'code du travail',
    'accord bilatéral',
    'accord bilatéral de main-d\'œuvre',
    'accord bilatéral de main-d\'oeuvre',
    'convention bilatérale',
    'conventions bilatérales',
    'accord binational',
    'avenant à la convention',
    'protocole d\'accord',
    'mémorandum d\'accord',
    'mémorandum d\'entente',
    'plan d\'action national',
    'plan national',
    'stratégie nationale',
  ],
  es: [
    'instrumento normativo',
    'instrumentos normativos',
    'política',
    'política nacional',
    'ley',
    'proyecto de ley',
    'lista de trabajos peligrosos',
    'listado de trabajos peligrosos',
    // As Central American decrees title it: "Listado de trabajo infantil peligroso".
    'listado de trabajo infantil peligroso',
    'lista de trabajo infantil peligroso',
    'lista de actividades peligrosas',
    'legislación',
    'marco jurídico',
    'marco normativo',
    'marco legal',
    'reglamento',
    'reglamentación',
    'regulación',
    'decreto',
    'decreto ejecutivo',
    'acuerdo gubernativo',
    'acuerdo gubernamental',
    'acuerdo binacional',
    'convenio binacional',
    'instrumento binacional',
    'norma oficial',
    'normas oficiales',
    'acuerdo ministerial',
    'resolución ministerial',
    'circular ministerial',
    'ordenanza',
    'directiva',
    'código del trabajo',
    'código de trabajo',
    'acuerdo bilateral',
    'memorando de entendimiento',
    'plan de acción nacional',
    'plan nacional de acción',
    'plan nacional',
    'estrategia nacional',
  ],
})

/**
 * Instruments known by their name: "the Work Injury Benefits Act", "the
 * Employment Act 2007", "el Código Minero", "le Code minier". Only a capitalised
 * word of a proper name counts (`isNamePart`): "act", "code" and "statute" are
 * common words otherwise ("act as", "code of conduct").
 */
export const namedInstrument = defineLexicon('named-instrument', {
  en: ['Act', 'Code', 'Statute', 'Ordinance', 'Regulations'],
  fr: ['Code', 'Loi'],
  es: ['Código', 'Estatuto', 'Ley'],
})

/** Agreements between governments, named in full: what a later "the agreement" refers back to. */
export const interstateAgreement = defineLexicon('interstate-agreement', {
  en: ['bilateral agreement', 'bilateral labour agreement', 'bilateral labor agreement', 'labour agreement', 'labor agreement', 'labour migration agreement', 'memorandum of understanding', 'MoU'],
  fr: ['accord bilatéral', 'convention bilatérale', 'conventions bilatérales', "accord bilatéral de main-d'œuvre", 'accord bilatéral de main-d’œuvre', "protocole d'accord", 'protocole d’accord', "mémorandum d'accord", 'mémorandum d’accord', "mémorandum d'entente", 'mémorandum d’entente', 'accord de main-d’œuvre', "accord de main-d'œuvre"],
  es: ['acuerdo bilateral', 'acuerdo laboral', 'convenio bilateral', 'memorando de entendimiento', 'memorándum de entendimiento'],
})

/** "The agreement", "l'accord", "el acuerdo" referring back to an agreement named in full elsewhere. */
export const agreementWord = defineLexicon('agreement-word', {
  en: ['agreement', 'memorandum'],
  fr: ['accord', 'mémorandum'],
  es: ['acuerdo', 'convenio', 'memorando'],
})

/** Uses of policy words that are not an instrument: briefs, dialogue, makers, advice. */
export const notAnInstrument = defineLexicon('not-a-policy-instrument', {
  en: [
    'policy brief',
    'policy briefs',
    'policy dialogue',
    'policy maker',
    'policymaker',
    'policy-maker',
    'policy advice',
    'policy adviser',
    'policy advisor',
    'policy paper',
    'policy research',
    'policy debate',
    'policy discussion',
    'policy forum',
    'policy level',
    'policy note',
    'law enforcement',
    'in-law',
    'insurance policy',
    // Notifications that are not instruments: of accidents, by SMS, in advance.
    'accident notification',
    'notification of accidents',
    'notification of occupational',
    'notification system',
    'advance notification',
    'prior notification',
    'SMS notification',
    'email notification',
    'push notification',
    'notification of closure',
    'notification of vacancies',
    'circular migration',
    'circular migrant',
    'circular economy',
    'circular mobility',
    'circular labour mobility',
    'circular labor mobility',
    // An organisation's own rules, not public policy: "in line with the ILO evaluation policy".
    'evaluation policy',
    'code of conduct',
    'code of ethics',
    'source code',
  ],
  fr: [
    'dialogue politique',
    'note de politique',
    'décideurs politiques',
    'décideur politique',
    'partis politiques',
    'volonté politique',
    'migration circulaire',
    'migrations circulaires',
    'mobilité circulaire',
    'économie circulaire',
    "politique d'évaluation",
    'politique d’évaluation',
    'code de conduite',
    'code de déontologie',
    "code d'éthique",
  ],
  es: ['diálogo político', 'diálogo de políticas', 'nota de política', 'tomadores de decisiones', 'voluntad política', 'migración circular', 'movilidad circular', 'economía circular', 'política de evaluación', 'código de conducta', 'código de ética'],
})

/** What a project does to an instrument when it works on policy: drafts, revises, adopts, signs... */
export const policyAction = defineLexicon('policy-action', {
  en: [
    'draft*',
    'redraft*',
    'development of',
    'elaboration of',
    'revis*',
    'amend*',
    'adopt*',
    'enact*',
    'formulat*',
    'develop',
    'elaborat*',
    'updat*',
    'review*',
    'reform*',
    'negotiat*',
    'renegotiat*',
    'sign',
    'signature',
    'signing',
    'signed',
    'validat*',
    'ratif*',
    'prepar*',
    'harmonis*',
    'harmoniz*',
    'approv*',
    'submit*',
    'incorporat*',
    'conclude',
    'concluded',
    'concluding',
    'conclusion of',
    // Made law by publication: "the Regulations are gazetted", "promulgated".
    'gazett*',
    'promulgat*',
  ],
  fr: [
    'rédig*',
    'rédaction',
    'élabor*',
    'révis*',
    'adopt*',
    'amend*',
    'modifi*',
    'actualis*',
    'mise à jour',
    'mettre à jour',
    'valid*',
    'signer',
    'signé',
    'signature',
    'négoci*',
    'renégoci*',
    'ratifi*',
    'formul*',
    'prépar*',
    'harmonis*',
    'réform*',
    'avant-projet',
    'incorpor*',
    'intégrer dans',
    'conclure',
    'conclusion d',
    'promulgu*',
  ],
  es: [
    'redact*',
    'redacción',
    'elabor*',
    'revis*',
    'adopt*',
    'aprob*',
    'modific*',
    'actualiz*',
    'valid*',
    'firmar',
    'firmado',
    'firmada',
    'firma del',
    'firma de la',
    'negoci*',
    'renegoci*',
    'ratific*',
    'formul*',
    'prepar*',
    'reform*',
    'anteproyecto',
    'incorpor*',
    'concluir',
    'suscribir',
    'suscripción',
    'promulg*',
    // Issued, as Spanish says of decrees and ministerial agreements: "se expide un acuerdo ministerial".
    'expedir',
    'expide',
    'expida',
    'expedido',
    'expedida',
    'expedición',
  ],
})

/**
 * Support for putting a policy into practice: an implementation plan, roll-out,
 * dissemination to the people affected, monitoring of practical gaps.
 */
export const implementationSupport = defineLexicon('implementation-support', {
  en: [
    'implementation plan',
    'implementation support',
    'support to implementation',
    'support for implementation',
    'support implementation',
    'support its implementation',
    'support their implementation',
    'support the implementation',
    'supporting implementation',
    'phased implementation',
    'implementation roadmap',
    'implementation guidelines',
    'operational guidelines',
    // A costed operational plan is how an adopted plan or law is put to work.
    'operational plan',
    'costed plan',
    'costed implementation plan',
    'costed action plan',
    'operational roadmap',
    'roll out',
    'roll-out',
    'rollout',
    'operationalis*',
    'operationaliz*',
    'put into practice',
    'put into effect',
    'application in practice',
    'disseminat*',
    'make known',
    'made known',
    // Spreading the word of a new law, as Indonesia's and Latin America's writers say it.
    'socialisation',
    'socialization',
    'information campaign',
    'awareness campaign',
    'awareness-raising campaign',
    'awareness raising',
    'outreach campaign',
    'plain-language',
    'plain language',
    'popular version',
    'simplified version',
    'user-friendly version',
    'practical gaps',
    'implementation gaps',
    'gaps in implementation',
    'gaps in application',
    'gaps in enforcement',
    'enforcement gaps',
    'monitoring of implementation',
    'monitor implementation',
    'monitor its implementation',
    'monitor the implementation',
    'monitoring the implementation',
    'compliance monitoring',
    'monitoring of execution',
    'tracking of implementation',
  ],
  fr: [
    'plan de mise en œuvre',
    'plan de mise en oeuvre',
    "plan d'application",
    'plan d’application',
    'appui à la mise en œuvre',
    'appui à la mise en oeuvre',
    'soutien à la mise en œuvre',
    'soutien à la mise en oeuvre',
    'accompagner la mise en œuvre',
    'accompagner la mise en oeuvre',
    'accompagnement de la mise en œuvre',
    'accompagnement de la mise en oeuvre',
    'suivi de la mise en œuvre',
    'suivi de la mise en oeuvre',
    'suivi de l\'application',
    'mise en application',
    'feuille de route de mise en œuvre',
    'feuille de route de mise en oeuvre',
    'plan opérationnel',
    "plan d'action opérationnel",
    'plan d’action opérationnel',
    'plan chiffré',
    "suivi de l'exécution",
    'suivi de l’exécution',
    'déploiement',
    'déployer',
    'diffusion',
    'diffuser',
    'vulgarisation',
    'vulgariser',
    // Made known to those it concerns: "nous ferons connaître les nouvelles règles aux candidates".
    'faire connaître',
    'fera connaître',
    'feront connaître',
    'ferons connaître',
    'campagne d\'information',
    'campagne de sensibilisation',
    'version simplifiée',
    'lacunes de mise en œuvre',
    'lacunes de mise en oeuvre',
    'lacunes dans l\'application',
  ],
  es: [
    'plan de implementación',
    'plan de aplicación',
    'apoyo a la implementación',
    'seguimiento de la implementación',
    'hoja de ruta de implementación',
    'plan operativo',
    'plan operacional',
    'plan costeado',
    'plan presupuestado',
    'seguimiento de la ejecución',
    'puesta en marcha',
    'puesta en práctica',
    'despliegue',
    'difusión',
    'difundir',
    'divulgación',
    'divulgar',
    'dar a conocer',
    'daremos a conocer',
    'dará a conocer',
    'darán a conocer',
    'socialización',
    'socializar',
    'campaña de información',
    'campaña de sensibilización',
    'versión simplificada',
    'brechas de implementación',
    'cuellos de botella en la ejecución',
    'cuellos de botella en la implementación',
    'cuellos de botella en la aplicación',
  ],
})

/**
 * A draft of the instrument: spreading it ("diffusion de l'avant-projet… pour recueillir leurs commentaires",
 * "difusión del anteproyecto entre bancadas") consults on the text or lobbies for it, and puts nothing into practice.
 */
export const draftText = defineLexicon('draft-text', {
  en: ['draft', 'drafts', 'bill'],
  fr: ['avant-projet', 'projet de loi', 'projet de décret', 'projet de texte'],
  es: ['anteproyecto', 'borrador', 'proyecto de ley', 'proyecto de decreto', 'proyecto de norma'],
})

/** Implementing texts named as such ("les textes d'application", "décrets d'application"): a kind of text, not support for applying one. */
export const implementingTexts = defineLexicon('implementing-texts', {
  en: ['implementing regulations', 'implementing regulation', 'implementing texts', 'implementing rules', 'implementing protocol', 'implementing protocols', 'implementing guidelines'],
  fr: ["textes d'application", 'textes d’application', "texte d'application", 'texte d’application', "protocole d'application", 'protocole d’application', "modalités d'application", 'modalités d’application'],
  es: ['normas de aplicación', 'reglamentos de aplicación', 'reglamento de aplicación', 'protocolo de aplicación', 'protocolos de aplicación'],
})

/**
 * What research produces: spreading it ("dissemination of the updated study", "Difusión de los resultados del
 * estudio", "Vulgarisation des conclusions du diagnostic") shares evidence, and puts no policy into practice.
 */
export const researchFindings = defineLexicon('research-findings', {
  // And the reports that carry it: "Édition et diffusion des rapports".
  en: ['study', 'studies', 'findings', 'research', 'diagnostic', 'assessment', 'baseline', 'survey results', 'evidence', 'reports'],
  fr: ['étude', 'études', 'conclusions', 'résultats de l’étude', "résultats de l'étude", 'diagnostic', 'recherche', 'enquête', 'rapports'],
  es: ['estudio', 'estudios', 'hallazgos', 'resultados del estudio', 'diagnóstico', 'investigación', 'encuesta', 'informes'],
})

/** Someone other than the project who would support the application ("a separate programme funded by another donor"). */
export const anotherSupporter = defineLexicon('another-supporter', {
  en: ['another donor', 'other donors', 'separate programme', 'separate program', 'separate project', 'another project', 'another agency'],
  fr: ['un autre bailleur', "d'autres bailleurs", 'autres bailleurs', 'programme distinct', 'projet distinct', 'un autre projet', 'une autre agence'],
  es: ['otro donante', 'otros donantes', 'otra agencia', 'otro proyecto', 'programa distinto', 'proyecto distinto'],
})

/** Implementing, as a word that needs a policy instrument beside it ("implementation of the directive"). */
export const implementing = defineLexicon('implementing', {
  // Putting into practice is implementing: "support for putting it into practice", "sa mise en pratique", "ponerla en práctica".
  en: ['implement*', 'apply', 'application', 'enforce*', 'put into practice', 'putting into practice', 'put it into practice', 'putting it into practice', 'put them into practice', 'putting them into practice'],
  // Enforcing is applying, in each language: "la fiscalización que siga a su aprobación", "faire respecter le décret".
  fr: ['mise en œuvre', 'mise en oeuvre', 'mettre en œuvre', 'mettre en oeuvre', 'appliquer', 'application', 'faire respecter', 'faire appliquer', 'mise en pratique', 'mettre en pratique'],
  es: ['implement*', 'aplicación', 'aplicar', 'fiscalización', 'fiscalizar', 'hacer cumplir', 'puesta en práctica', 'poner en práctica', 'ponerla en práctica', 'ponerlo en práctica', 'ponerlas en práctica', 'ponerlos en práctica'],
})

/** Training and briefing, as a way to prepare the authorities who apply a policy. */
export const trainingOfAuthorities = defineLexicon('training-of-authorities', {
  en: ['train*', 'coach*', 'instruction', 'instructed', 'workshop', 'course', 'orientation', 'briefing', 'capacity building', 'capacity-building', 'capacity development'],
  fr: ['formation', 'formés', 'formées', 'former les', 'formera', 'formeront', 'formerons', 'atelier', 'orientation', 'renforcement des capacités', 'séance d\'information'],
  es: ['capacit*', 'formación', 'formar', 'formará', 'formarán', 'formaremos', 'taller', 'curso', 'orientación', 'fortalecimiento de capacidades'],
})

/** The authorities and officials who apply a policy. */
export const authorities = defineLexicon('authorities', {
  en: [
    'official',
    'authorities',
    'authority',
    'inspector',
    'labour inspector',
    'labor inspector',
    'officer',
    'civil servant',
    'administrator',
    'staff of the ministry',
    'ministry staff',
    'government staff',
    'public servant',
    'judge',
    'magistrate',
    'attaché',
    'attache',
  ],
  fr: ['fonctionnaire', 'autorités', 'autorité', 'inspecteur', 'inspectrice', 'agent public', 'agents publics', 'agents de l\'état', 'magistrat', 'juge', 'cadres du ministère'],
  es: ['funcionario', 'funcionaria', 'funcionarios', 'autoridades', 'autoridad', 'inspector', 'inspectores', 'servidores públicos', 'jueces'],
})

/** Money given to those who apply a policy ("a grant to start the measures", "une dotation pour démarrer les actions"). */
export const implementationFunding = defineLexicon('implementation-funding', {
  en: ['funding', 'funds', 'grant', 'grants', 'allocation', 'seed money', 'seed funding', 'budget line'],
  fr: ['dotation', 'financement', 'fonds', 'subvention', 'allocation', 'enveloppe'],
  es: ['fondos', 'financiamiento', 'financiación', 'subvención', 'asignación', 'dotación', 'partida'],
})

/** Starting what a policy provides for ("start the measures", "démarrer les actions", "poner en marcha las medidas"). */
export const startingMeasures = defineLexicon('starting-measures', {
  en: ['start', 'launch', 'kick-start', 'get started', 'set up the measures', 'begin'],
  fr: ['démarrer', 'lancer', 'lancement', 'amorcer', 'engager les actions'],
  es: ['iniciar', 'arrancar', 'poner en marcha', 'echar a andar', 'lanzar'],
})

/** Whether measures were carried out, as what monitoring looks for ("the measures not executed", "las medidas no ejecutadas"). */
export const measuresExecuted = defineLexicon('measures-executed', {
  en: ['measures implemented', 'measures not implemented', 'measures executed', 'measures carried out', 'actions implemented', 'actions carried out', 'execution of the measures', 'execution of the plan'],
  fr: ['mesures exécutées', 'mesures non exécutées', 'mesures mises en œuvre', 'mesures mises en oeuvre', 'actions réalisées', 'exécution des mesures', 'exécution du plan'],
  es: ['medidas ejecutadas', 'medidas no ejecutadas', 'medidas implementadas', 'acciones ejecutadas', 'ejecución de las medidas', 'ejecución del plan'],
})

/** Memoranda, which may bind any two organisations: policy work only between public parties. */
export const memorandum = defineLexicon('memorandum', {
  en: ['memorandum of understanding', 'MoU', 'memorandum of agreement', 'MoA', 'letter of agreement'],
  fr: ["protocole d'accord", 'protocole d’accord', "mémorandum d'accord", 'mémorandum d’accord', "mémorandum d'entente", 'mémorandum d’entente'],
  es: ['memorando de entendimiento', 'memorándum de entendimiento', 'carta de entendimiento', 'convenio de colaboración'],
})

/** Parties that make a memorandum a partnership between organisations, not a public agreement ("an MoU with the NixOS Foundation"). */
export const privateParty = defineLexicon('private-party', {
  en: ['foundation', 'university', 'company', 'companies', 'firm', 'NGO', 'consortium', 'vendor', 'institute', 'college', 'platform', 'partner organisation', 'partner organization'],
  fr: ['fondation', 'université', 'entreprise', 'société', 'ONG', 'consortium', 'institut', 'prestataire'],
  es: ['fundación', 'universidad', 'empresa', 'compañía', 'ONG', 'consorcio', 'instituto', 'proveedor'],
})

/** Public parties that make a memorandum an agreement between governments or with one ("an MoU between the two labour ministries"). */
export const publicParty = defineLexicon('public-party', {
  en: ['government', 'governments', 'ministry', 'ministries', 'state', 'states', 'country', 'countries', 'authority', 'authorities', 'department of'],
  fr: ['gouvernement', 'gouvernements', 'ministère', 'ministères', 'État', 'États', 'pays', 'autorité', 'autorités'],
  es: ['gobierno', 'gobiernos', 'ministerio', 'ministerios', 'Estado', 'Estados', 'país', 'países', 'autoridad', 'autoridades', 'secretaría'],
})

/** Applying a policy left to others, as a noun or done with their own money ("applying the decree is the municipality's responsibility"). */
export const othersResponsibility = defineLexicon('others-responsibility', {
  // Or done with the other body's own money: "will be carried out by Disnaker with its own 2027 budget".
  en: ['responsibility', 'its own budget', 'their own budget', 'its own resources', 'their own resources'],
  fr: ['responsabilité', 'sur son propre budget', 'sur son budget propre', 'sur ses fonds propres', 'sur ses ressources propres', 'avec ses propres ressources'],
  es: ['responsabilidad', 'con su propio presupuesto', 'con sus propios recursos', 'con recursos propios', 'con fondos propios'],
})

/**
 * The project's part in a policy said to end at a step before implementation: "Submitting it is where our part ends",
 * "The project's support ends when the draft revised list is submitted", "Le projet s'arrête à la soumission du projet
 * d'arrêté", "Nuestra parte termina con la entrega del borrador".
 */
export const projectPartEnds = defineLexicon('the project stops', {
  en: ['our part ends', 'our role ends', 'our support ends', "project's support ends", "project's role ends", "project's part ends", 'the project stops at', 'the project ends with', 'support ends when', 'support ends with'],
  fr: ["notre rôle s'arrête", 'notre rôle s’arrête', "notre appui s'arrête", 'notre appui s’arrête', "le projet s'arrête", 'le projet s’arrête', "l'appui du projet s'arrête", 'l’appui du projet s’arrête', 'notre rôle prend fin', "l'appui du projet prend fin", 'l’appui du projet prend fin'],
  es: ['nuestra parte termina', 'nuestro papel termina', 'nuestro apoyo termina', 'el apoyo del proyecto termina', 'el proyecto termina con', 'el proyecto llega hasta', 'nuestra parte concluye', 'el apoyo del proyecto concluye'],
})

/**
 * The instrument's adoption or issuance: "Adoption is expected after the end of the project", "Issuance is expected after
 * the project ends", "son adoption est attendue après la fin du projet", "su aprobación se espera después del cierre";
 * or its verb: "Rolling the regulations out is for CTVET once they are gazetted, after this project".
 */
export const instrumentAdoption = defineLexicon('instrument adoption', {
  en: ['adoption', 'issuance', 'enactment', 'promulgation', 'gazettement', 'adopted', 'issued', 'enacted', 'promulgated', 'gazetted'],
  fr: ['adoption', 'promulgation', 'publication au journal officiel', 'adopté', 'adoptée', 'adoptés', 'adoptées', 'promulgué', 'promulguée', 'promulgués', 'promulguées'],
  es: ['adopción', 'aprobación', 'promulgación', 'expedición', 'publicación oficial', 'adoptado', 'adoptada', 'adoptados', 'adoptadas', 'promulgado', 'promulgada', 'promulgados', 'promulgadas', 'expedido', 'expedida'],
})

/** The same as a verb ("is up to the municipality", "son application relève de la commune", "corresponde a la alcaldía"). */
export const othersDuty = defineLexicon('others-duty', {
  en: ['is up to', 'will be up to', 'are up to', 'lies with', 'rests with', 'left to'],
  fr: ['relève de', 'relève du', 'relèvent de', 'relèvent du', 'relèvera de', 'relèvera du', 'relèveront de', 'relèveront du', 'incombe', 'incombera', 'incomberont', 'laissée à', 'laissé à'],
  es: ['corresponde a', 'corresponde al', 'corresponderá a', 'corresponderá al', 'corresponden a', 'corresponden al', 'corresponderán a', 'corresponderán al',
    'compete a', 'compete al', 'competerá a', 'competen a', 'competen al', 'queda a cargo de', 'quedará a cargo de', 'quedan a cargo de', 'quedarán a cargo de'],
})

/** The project lending a hand ("support the ministry in applying the decree", "appuyer", "apoyar"). */
export const projectSupport = defineLexicon('project-support', {
  en: ['support*', 'assist*', 'help*', 'accompan*'],
  fr: ['appui*', 'appuy*', 'soutien*', 'souten*', 'accompagn*', 'aide*', 'aider'],
  es: ['apoy*', 'asist*', 'ayud*', 'acompañ*'],
})
