// Monitoring and evaluation (seeds 003 and 004): planned evaluations,
// participation of constituents and beneficiaries in monitoring, milestones
// before the end of a short project, and follow-up after it.
import {defineLexicon} from '@lessonlint/core'

/** A planned evaluation: mid-term, final, independent, external, impact. */
export const plannedEvaluation = defineLexicon('planned-evaluation', {
  en: [
    'mid-term evaluation',
    'midterm evaluation',
    'mid-term review',
    'midterm review',
    'mid-term independent evaluation',
    'midline evaluation',
    'interim evaluation',
    'final evaluation',
    'final independent evaluation',
    'final external evaluation',
    'terminal evaluation',
    'end-of-project evaluation',
    'end of project evaluation',
    'end-term evaluation',
    'endline evaluation',
    'independent evaluation',
    'external evaluation',
    'external evaluator',
    'independent evaluator',
    'impact evaluation',
    'impact assessment',
    'ex-post evaluation',
    'ex post evaluation',
    'summative evaluation',
    'evaluability assessment',
    'external review',
    'independent review',
    'external reviewer',
    'independent reviewer',
    // An evaluation from outside, as plain words put it: "students of social work do an outside evaluation for us".
    'outside evaluation',
    'evaluation from outside',
    // As notes abbreviate it: "final eval (indep.) Y3 Q4".
    'final eval', 'mid-term eval', 'midterm eval', 'independent eval', 'external eval',
  ],
  fr: [
    'évaluation à mi-parcours',
    'évaluation mi-parcours',
    'examen externe',
    'examen indépendant',
    'revue externe',
    'revue indépendante',
    'évaluation intermédiaire',
    'revue à mi-parcours',
    'évaluation finale',
    'évaluation de fin de projet',
    'évaluation indépendante',
    'évaluation externe',
    'évaluation extérieure',
    'évaluation de l\'extérieur',
    'évaluation de l’extérieur',
    'évaluateur externe',
    'évaluateur indépendant',
    'évaluatrice externe',
    'évaluatrice indépendante',
    'évaluation d\'impact',
    'évaluation ex post',
    'éval finale', 'éval mi-parcours', 'éval à mi-parcours', 'éval externe', 'éval indépendante',
  ],
  es: [
    'evaluación intermedia',
    'evaluación de medio término',
    'evaluación de medio tiempo',
    'evaluación de mitad de período',
    'revisión de medio término',
    'examen de medio término',
    'examen de mitad de período',
    'revisión intermedia',
    'evaluación final',
    'eval final', 'eval intermedia', 'eval externa', 'eval independiente',
    'evaluación independiente',
    'evaluación externa',
    'evaluación de afuera',
    'evaluación desde afuera',
    'evaluación de fuera',
    'evaluador externo',
    'evaluadora externa',
    'evaluador independiente',
    'evaluadora independiente',
    'revisor externo',
    'revisora externa',
    'evaluación de impacto',
    'evaluación ex post',
  ],
})

/** Monitoring done together with constituents or beneficiaries, named as such. */
/** Between agencies: "misiones conjuntas de seguimiento entre agencias" are joint for the UN agencies, not with constituents. */
export const betweenAgencies = defineLexicon('between-agencies', {
  en: ['between agencies', 'between the agencies', 'inter-agency', 'interagency'],
  fr: ['entre agences', 'interagences', 'inter-agences'],
  es: ['entre agencias', 'interagencial', 'interagenciales', 'interagencias'],
})

export const participatoryMonitoring = defineLexicon('participatory-monitoring', {
  en: [
    'participatory monitoring',
    'participatory review',
    'participatory evaluation',
    'joint monitoring',
    'joint review',
    'joint monitoring visit',
    'joint field monitoring',
    'joint progress review',
    // A joint review named by how often it meets: "a joint annual review with the tripartite committee".
    'joint annual review', 'joint annual reviews', 'joint semi-annual review', 'joint six-monthly review', 'joint biannual review', 'joint quarterly review',
    'community-based monitoring',
    'community monitoring',
    'beneficiary feedback',
    'beneficiary monitoring',
    'third-party monitoring by',
    // Citizens or beneficiaries checking services themselves, by the names the practice goes by.
    'social audit',
    'social audits',
    'community scorecard',
    'community scorecards',
    'citizen report card',
    'citizen report cards',
  ],
  fr: [
    'suivi participatif',
    'suivi conjoint',
    'suivi communautaire',
    'revue conjointe',
    'revues conjointes',
    'revue annuelle conjointe', 'revues annuelles conjointes', 'revue semestrielle conjointe', 'revues semestrielles conjointes', 'revue trimestrielle conjointe',
    'mission conjointe de suivi',
    'missions conjointes de suivi',
    'évaluation participative',
    'audit social',
    'audits sociaux',
    'carte de score communautaire',
    'cartes de score communautaire',
  ],
  es: [
    'monitoreo participativo',
    'seguimiento participativo',
    'seguimiento conjunto',
    'monitoreo conjunto',
    'revisión conjunta',
    'revisión anual conjunta', 'revisiones anuales conjuntas', 'revisión semestral conjunta', 'revisiones semestrales conjuntas', 'revisión trimestral conjunta',
    'monitoreo comunitario',
    'evaluación participativa',
    'contraloría social',
    'auditoría social',
    'veeduría ciudadana',
    'veedurías ciudadanas',
  ],
})

/** Monitoring described as shared ("Monitoring will be community-based", "le suivi sera participatif"). */
export const sharedMonitoringAdjective = defineLexicon('shared-monitoring-adjective', {
  en: ['participatory', 'participative', 'community-based', 'community-led', 'joint', 'jointly'],
  fr: ['participatif', 'participative', 'conjoint', 'conjointe', 'conjointement', 'communautaire'],
  es: ['participativo', 'participativa', 'conjunto', 'conjunta', 'conjuntamente', 'comunitario', 'comunitaria'],
})

/** Monitoring itself, as a word. */
export const monitoringWord = defineLexicon('monitoring-word', {
  en: ['monitoring', 'monitored', 'monitor'],
  fr: ['suivi', 'suivre'],
  es: ['seguimiento', 'monitoreo'],
})

/** Indicators named as such ("indicators (a) and (b)", "les indicateurs 1.1 et 2.2", "todos los indicadores"). */
export const indicatorWord = defineLexicon('indicator-word', {
  en: ['indicator', 'indicators', 'kpi', 'kpis'],
  fr: ['indicateur', 'indicateurs'],
  es: ['indicador', 'indicadores'],
})

/** Constituents, beneficiaries and the bodies that represent them in monitoring. */
export const monitoringActors = defineLexicon('monitoring-actors', {
  en: [
    'steering committee',
    'project steering committee',
    // As UN and ILO project documents abbreviate it: "PSC reviews indicator data quarterly".
    'PSC',
    'advisory committee',
    'advisory panel',
    'advisory board',
    'advisory group',
    'tripartite committee',
    'tripartite technical committee',
    'technical committee',
    'tripartite',
    'constituents',
    'social partners',
    'trade union',
    'union',
    'workers\' organisation',
    'workers\' organization',
    'employers\' organisation',
    'employers\' organization',
    'beneficiaries',
    'representatives',
    'worker representatives',
    'community',
    'communities',
    'stakeholders',
    'implementing partners',
    'local partners',
    'women\'s organisations',
    'women\'s organizations',
    'organisers',
    'organizers',
    'association',
    'workers\' association',
    'returnee association',
    'civil society',
    'partner organisation',
    'partner organization',
    'ministry',
    'ministries',
    'government counterpart',
    'national counterpart',
    'counterparts',
    // Groups of the people the project serves.
    'self-help group',
    'groups',
    'cooperatives',
    'committees',
    'safety committee',
    'worker members',
    'delegates',
    'returnees',
    // A network of the people served: "members of the returnee network", "le réseau des femmes leaders".
    'network',
    'networks',
    'shop stewards',
    'assembly',
    'assemblies',
    // A body of members like a committee: "the Returnee Workers' Council meets every quarter".
    'council',
    'councils',
    // A cooperative and its board, and a project board as UN projects name their steering committee: "Co-op boards
    // review the dashboard with UNDP staff every month". Not any board ("wage board submissions").
    'cooperative',
    'co-op',
    'co-ops',
    'co-op board',
    'co-op boards',
    'cooperative board',
    'cooperative boards',
    'project board',
    // As a union or an NGO names its steering committee: "The Project Committee reviews progress at each quarterly meeting".
    'project committee',
    'programme board',
    'program board',
    'steering board',
    // The organisations of the migrants a project serves: "migrant-led organisations take part in the annual review".
    'migrant organisation',
    'migrant organization',
    'migrant-led organisation',
    'migrant-led organization',
    "migrants' organisation",
    "migrants' organization",
    "migrants' association",
    'board members',
  ],
  fr: [
    'comité de pilotage',
    'comité de projet',
    'comité du projet',
    'comité directeur',
    'comité consultatif',
    'comité technique',
    'tripartite',
    'mandants',
    'partenaires sociaux',
    'syndicats',
    'centrale syndicale',
    'centrales syndicales',
    'organisations de migrants',
    'associations de migrants',
    'organisations de travailleurs',
    'organisations de travailleuses',
    'organisations d\'employeurs',
    'bénéficiaires',
    'représentants',
    // A community, as in English: "un comité de chantier élu par la communauté vérifiera chaque mois l'avancement".
    'communauté',
    'communautés',
    'parties prenantes',
    'partenaires de mise en œuvre',
    'partenaires de mise en oeuvre',
    'associations',
    'ministère',
    'société civile',
    "groupes d'entraide",
    'groupements',
    'coopératives',
    'comités',
    'délégués',
    'déléguées',
    'réseau',
    'réseaux',
    'assemblée',
    'assemblées',
    'conseil',
    'conseils',
    'coopérative',
    "conseil d'administration",
  ],
  es: [
    'comité directivo',
    'comité del proyecto',
    'comité de proyecto',
    'comité de dirección',
    'comité consultivo',
    'comité técnico',
    'tripartito',
    'tripartita',
    'mandantes',
    'interlocutores sociales',
    'sindicatos',
    'sindicato',
    // A union confederation: "la central sindical", "las centrales sindicales".
    'central sindical',
    'centrales sindicales',
    'organizaciones de migrantes',
    'asociaciones de migrantes',
    'federación',
    'directiva',
    'organizaciones de trabajadores',
    'organizaciones de trabajadoras',
    'organizaciones de empleadores',
    'beneficiarios',
    'representantes',
    'comunidad',
    'comunidades',
    'partes interesadas',
    'asociaciones',
    'ministerio',
    'sociedad civil',
    'grupos de autoayuda',
    'grupos',
    'cooperativas',
    'comités',
    'delegados',
    'delegadas',
    'delegado',
    'delegada',
    'retornados',
    'personas retornadas',
    'asamblea',
    'asambleas',
    'consejo',
    'consejos',
    'cooperativa',
    'junta directiva',
    'juntas directivas',
  ],
})

/** A committee, which the people it is made of make an actor: "un comité de costureras y costureros", "a committee of workers". */
export const committeeWord = defineLexicon('committee', {
  en: ['committee', 'committees'],
  fr: ['comité', 'comités'],
  es: ['comité', 'comités'],
})

/**
 * A subject that refers back to the body named in the sentence before ("A
 * tripartite steering committee is set up. Every six months, it reviews the
 * indicators"; "il examine", "este comité revisa").
 */
export const actorAnaphor = defineLexicon('actor-anaphor', {
  en: ['it', 'they', 'the committee', 'this committee', 'the board', 'its members'],
  fr: ['il', 'ils', 'elle', 'elles', 'celui-ci', 'ce comité', 'ses membres'],
  // Spanish drops the subject: "Comité de seguimiento: integrado por … Se reúne cada trimestre para revisar los avances".
  es: ['él', 'ellos', 'ellas', 'este comité', 'dicho comité', 'sus miembros', 'sus integrantes', 'se reúne', 'se reúnen', 'se reunirá', 'se reunirán', 'sesiona', 'sesionará'],
})

/**
 * A body named again by a definite noun ("The committee meets twice a year", "Le comité se réunit", "El
 * comité sesiona"): a paragraph that opens so goes on about the body an earlier paragraph named.
 */
export const bodyReferredBack = defineLexicon('body-referred-back', {
  en: ['the committee', 'this committee', 'the board', 'the steering committee', 'the advisory committee'],
  fr: ['le comité', 'ce comité', 'le comité de pilotage', 'le conseil'],
  es: ['el comité', 'este comité', 'dicho comité', 'el comité directivo', 'el consejo'],
})

/** Taking part in monitoring: reviewing, discussing, joining visits, commenting. */
export const monitoringParticipation = defineLexicon('monitoring-participation', {
  en: [
    'review*',
    'discuss*',
    'comment*',
    'join',
    'take part',
    'takes part',
    'taking part',
    'participate',
    'participates',
    'participating',
    'attend',
    'attends',
    'attending',
    'sit in on',
    'examine',
    'validate',
    'assess progress',
    'give feedback',
    'provide feedback',
    'feed back',
    'go through',
    'goes through',
    'going through',
    'go over',
    'goes over',
    'look at',
    'looks at',
    'look over',
    'scrutinise',
    'scrutinize',
    'analyse',
    'analyze',
    'accompany',
    'accompanies',
    'check',
    'checks',
    'checked',
  ],
  fr: ['examin*', 'revoi*', 'revue', 'passer en revue', 'passent en revue', 'passe en revue', 'discut*', 'commenter', 'participer', 'participe', 'participent', 'participera', 'participeront', 'prendre part', 'prennent part', 'valider', 'valident', 'valideront', 'analys*', 'se penche sur', 'se penchent sur', 'vérifier', 'vérifient', 'vérifiera', 'vérifieront', 'accompagne', 'accompagné', 'accompagnent', 'accompagneront',
    // Looking at the figures together, in plain words, as "look at" does: "pour regarder ensemble les chiffres".
    'regarder', 'regardent', 'regarderont', 'regarderons'],
  // Not "revis*": it also reads English "revised" (a text revised with a committee is not reviewed by it).
  es: ['revisa', 'revisan', 'revisar', 'revisará', 'revisarán', 'revisado', 'revisada', 'revisados', 'revisadas', 'revisión', 'revisiones', 'examin*', 'discut*', 'comentar', 'participar', 'participa', 'participan', 'participará', 'participarán', 'tomar parte', 'validar', 'validan', 'validarán', 'analiz*', 'repas*', 'verifica', 'verifican', 'verificará', 'verificarán', 'acompañan', 'acompaña', 'acompañarán'],
})

/**
 * Handling the monitoring data themselves: "worker members of each committee record and confirm each
 * correction", "les délégués notent chaque semaine dans un carnet", "la veeduría registra lo que encuentra".
 * Said of the actors as their subject only: "data are collected through focus groups" is the staff's work.
 */
export const dataHandling = defineLexicon('handling monitoring data', {
  // Not "record(s)": "the cooperatives' records", "union records" are sources.
  en: ['collect', 'collects', 'confirm', 'confirms', 'verify', 'verifies', 'score', 'rate', 'compare', 'fill in', 'fills in', 'keep a log', 'keeps a log', 'keep records', 'update', 'updates'],
  fr: ['collectent', 'collecteront', 'recueillent', 'recueilleront', 'notent', 'noteront', 'renseignent', 'renseigneront', 'confrontent', 'consignent', 'enregistrent', 'vérifient', 'rappellent', 'mettent à jour', 'mettront à jour'],
  es: ['registra', 'registran', 'registrarán', 'recogen', 'recogerán', 'recolectan', 'confirma', 'confirman', 'califica', 'califican', 'cotejan', 'anota', 'anotan', 'actualiza', 'actualizan', 'actualizarán'],
})

/**
 * A report named again by a determiner ("The coordinator compiles a monitoring report every six months. The board
 * reviews each report"): the monitoring report a sentence before it named, in its paragraph or list item.
 */
export const reportReferredBack = defineLexicon('report referred back', {
  // A monitoring form taken up as a report is: "une fiche de suivi … Ces fiches seront examinées chaque trimestre".
  en: ['each report', 'every report', 'the report', 'the reports', 'this report', 'these reports', 'each of these reports', 'these forms', 'the forms', 'each form', 'these sheets'],
  fr: ['chaque rapport', 'le rapport', 'les rapports', 'ce rapport', 'ces rapports', 'ces fiches', 'les fiches', 'chaque fiche', 'ces formulaires', 'ces relevés'],
  es: ['cada informe', 'el informe', 'los informes', 'este informe', 'estos informes', 'dicho informe', 'dichos informes', 'estas fichas', 'las fichas', 'cada ficha', 'estos formularios'],
})

/** What is reviewed when monitoring: progress, monitoring data, results, indicators. */
export const monitoringObject = defineLexicon('monitoring-object', {
  en: [
    'progress',
    'monitoring',
    'monitoring data',
    'monitoring findings',
    'monitoring visit',
    'monitoring report',
    'progress data',
    'progress report',
    'results',
    'indicator',
    'indicator table',
    'performance',
    'data',
    'records',
    'results framework',
    'figures',
    // "go through the numbers": the monitoring figures, in plain words.
    'the numbers',
    'verification visit',
    'dashboard',
    'tracker',
    'scorecard',
    // What outcome harvesting and most significant change monitor: the outcomes harvested and the stories of change.
    'harvested outcomes',
    'outcomes harvested',
    'outcome harvest',
    'outcome harvests',
    'stories of change',
    'change stories',
    'most significant change',
  ],
  fr: ['effets récoltés', 'résultats récoltés', 'récits de changement', 'histoires de changement', 'changement le plus significatif', 'changements les plus significatifs',
    'progrès', 'progression', 'avancement', 'suivi', 'données de suivi', 'données', 'résultats', 'indicateurs', 'rapport d\'avancement', 'registres', 'cadre de résultats', 'chiffres', 'visites de vérification', 'tableau de bord', 'tableaux de bord'],
  es: ['alcances cosechados', 'cosecha de alcances', 'resultados cosechados', 'historias de cambio', 'relatos de cambio', 'cambio más significativo', 'cambios más significativos',
    'avance', 'avances', 'progreso', 'seguimiento', 'monitoreo', 'datos', 'resultados', 'indicadores', 'informe de avance', 'registros', 'marco de resultados', 'cifras', 'los números', 'visitas de verificación', 'tablero', 'tableros'],
})

/**
 * Regular meetings that review monitoring data. In the M&E plan, taking part
 * in one is taking part in ongoing monitoring ("Union representatives will
 * take part in quarterly review meetings"); elsewhere a "review meeting" may
 * review anything, so the rule reads it in monitoring sections only.
 */
export const reviewMeeting = defineLexicon('review-meeting', {
  en: [
    'review meeting',
    'review session',
    'review workshop',
    'progress review',
    'progress meeting',
    'quarterly review',
    'annual review',
    'six-monthly review',
    'half-yearly review',
    'biannual review',
    'monthly review',
    'learning review',
    'after-action review',
    'reflection meeting',
    'monitoring meeting',
    'monitoring meetings',
  ],
  fr: [
    'réunion de revue',
    "réunion d'examen",
    'réunion d’examen',
    'réunion de bilan',
    'revue trimestrielle',
    'revue semestrielle',
    'revue annuelle',
    'atelier de revue',
    'atelier de bilan',
    'séance de revue',
    'séance de bilan',
    'réunion de suivi',
    'réunions de suivi',
  ],
  es: [
    'reunión de revisión',
    'reuniones de revisión',
    'reunión de balance',
    'revisión trimestral',
    'revisión semestral',
    'revisión anual',
    'taller de revisión',
    'sesión de revisión',
    'sesiones de revisión',
    'reunión de seguimiento',
    'reuniones de seguimiento',
    'mesa de seguimiento',
    'mesas de seguimiento',
  ],
})

/** Milestones and intermediate targets set before a project ends. */
export const milestones = defineLexicon('milestones', {
  en: [
    'milestone',
    'mid-term target',
    'midterm target',
    'midline target',
    'intermediate target',
    'interim target',
    'annual target',
    'yearly target',
    'year 1 target',
    'year one target',
    'six-monthly target',
    'quarterly target',
    'intermediate indicator',
    'intermediate result',
    'intermediate outcome',
    'interim result',
    'process indicator',
    'progress marker',
    'progress markers',
    'benchmark',
  ],
  fr: [
    'jalon',
    'étape clé',
    'cible intermédiaire',
    'cibles intermédiaires',
    'cible à mi-parcours',
    'cible annuelle',
    'indicateur de processus',
    'indicateurs de processus',
    'indicateur intermédiaire',
    'indicateurs intermédiaires',
    'résultat intermédiaire',
    'résultats intermédiaires',
  ],
  es: [
    'hito',
    'meta intermedia',
    'metas intermedias',
    'meta anual',
    'indicador de proceso',
    'indicadores de proceso',
    'indicador intermedio',
    'indicadores intermedios',
    'resultado intermedio',
    'resultados intermedios',
  ],
})

/** Following results up: surveys, tracer studies, monitoring, evaluation. */
export const followUp = defineLexicon('follow-up', {
  en: [
    'follow-up',
    'follow up',
    'followed up',
    'survey',
    'tracer study',
    'tracer survey',
    'monitor*',
    'evaluat*',
    'assess*',
    'measur*',
    'track*',
    'impact study',
    'review',
  ],
  fr: ['suivi', 'suivre', 'enquête', 'étude de traçage', 'étude de suivi', 'évaluation', 'évaluer', 'mesurer', 'mesure', 'mesuré'],
  es: ['seguimiento', 'encuesta', 'estudio de seguimiento', 'monitoreo', 'evaluación', 'evaluar', 'medir', 'medición'],
})

/** After the project has ended. */
export const afterProjectEnd = defineLexicon('after-project-end', {
  en: [
    'after the project ends',
    'after the project has ended',
    'after the end of the project',
    'after project end',
    'after project completion',
    'after the project closes',
    'after project closure',
    'after the project is completed',
    'after the close of the project',
    'after the project period',
    'once the project has closed',
    'once the project has ended',
    'once the project ends',
    'once the project closes',
    'when the project ends',
    'beyond the end of the project',
    'beyond the project period',
    'beyond the life of the project',
    'beyond the project\'s end',
    'post-project',
    'ex-post',
    'ex post',
    'months after the project',
    'year after the project',
    'years after the project',
    'after this project',
  ],
  fr: [
    'après la fin du projet',
    'après la clôture du projet',
    'au-delà de la fin du projet',
    'au-delà de la durée du projet',
    'après le projet',
    "à l'issue du projet",
    'à l’issue du projet',
    'après ce projet',
    'ex post',
  ],
  es: [
    'después del proyecto',
    'después de finalizado el proyecto',
    'después de la finalización del proyecto',
    'después del cierre del proyecto',
    'más allá del proyecto',
    'después de este proyecto',
    'ex post',
  ],
})

/** "After" in time, before what it follows ("six months after closure", "después del cierre"). */
export const afterWord = defineLexicon('after', {
  en: ['after', 'beyond', 'post'],
  fr: ['après', 'au-delà de', 'au-delà du', 'à l’issue de', "à l'issue de", 'à l’issue du', "à l'issue du"],
  es: ['después de', 'después del', 'tras', 'más allá de', 'más allá del', 'luego de', 'luego del', 'posterior a', 'posterior al'],
})

/**
 * The end of the project: a closure ("after closure", "après la clôture", "tras el
 * cierre") is the project's; an end or a completion is the project's when the
 * project is named with it (`projectWord`), not a training's.
 */
export const projectClosure = defineLexicon('project closure', {
  en: ['closure', 'close-out', 'closeout'],
  fr: ['clôture'],
  es: ['cierre'],
})

export const projectEndWord = defineLexicon('project end', {
  en: ['end', 'ends', 'ended', 'completion', 'completed', 'close', 'closes', 'conclusion', 'finishes', 'lifetime', 'life'],
  fr: ['fin', 'achèvement', 'terme', 'termine', 'terminé', 'durée'],
  es: ['fin', 'final', 'finalización', 'finalizado', 'término', 'terminado', 'conclusión', 'vida', 'duración'],
})

/** The project named as such; not "programme", which also names a course, a scheme or an agency ("United Nations Development Programme"). */
export const projectItself = defineLexicon('project itself', {en: ['project', 'the action'], fr: ['projet'], es: ['proyecto']})

/** The project as a sentence names it when it says how long it runs: also "the intervention", "l'action", "la intervención". */
export const projectOrIntervention = defineLexicon('project or intervention', {
  en: ['project', 'the action', 'the intervention'],
  fr: ['projet', "l'intervention", 'l’intervention', "l'action", 'l’action', 'la présente action'],
  es: ['proyecto', 'la intervención', 'la acción', 'la presente acción'],
})

export const projectWord = defineLexicon('project', {
  en: ['project', 'programme', 'program', 'intervention', 'funding period', 'grant period'],
  fr: ['projet', 'programme', 'intervention', 'financement'],
  es: ['proyecto', 'programa', 'intervención', 'financiamiento', 'financiación'],
})

/**
 * What makes an evaluation the project's own when said of it in one phrase
 * ("an evaluation conducted by an independent team", "une évaluation confiée à
 * une équipe externe", "una evaluación final a cargo de consultores externos").
 */
export const evaluationQualifier = defineLexicon('evaluation-qualifier', {
  en: ['independent', 'external', 'final', 'mid-term', 'midterm', 'end-of-project', 'evaluator', 'evaluators'],
  fr: ['indépendant', 'indépendante', 'indépendants', 'externe', 'externes', 'finale', 'à mi-parcours', 'évaluateur', 'évaluateurs', 'évaluatrice'],
  es: ['independiente', 'independientes', 'externa', 'externo', 'externos', 'final', 'de medio término', 'intermedia', 'evaluador', 'evaluadores', 'evaluadora'],
})
