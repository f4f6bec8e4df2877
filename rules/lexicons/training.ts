// Concepts of the training and capacity-building rules (seeds 000, 001, 004).
//
// Each lexicon is a general concept as proposals write it: British and American
// spellings, plurals come from the matcher, hyphenation variants from the term
// syntax ("pre-test" matches "pretest" and "pre test"), and French and Spanish
// terms. All languages' terms are matched in every document, so a foreign term
// that is also an English word ("formation", "taller") only appears inside a
// phrase that cannot be English.
import {defineLexicon} from '@lessonlint/core'

/**
 * Training and capacity building as an activity: what makes a training
 * component (CHECKLIST "Words used below").
 */
export const trainingActivity = defineLexicon('training activity', {
  en: [
    'training',
    'train',
    'trainee',
    'training of trainers',
    'trainer of trainers',
    'workshop',
    'seminar',
    'webinar',
    'course',
    'academy',
    'coaching',
    'bootcamp',
    'capacity building',
    'capacity development',
    'capacity strengthening',
    'capacity-building',
    'e-learning',
    'induction programme',
    'induction program',
    'pre-departure orientation',
    'orientation course',
    'orientation session',
    'orientation training',
  ],
  fr: [
    'formation de',
    'formation des',
    'formation du',
    'formation aux',
    'formation à',
    'formation sur',
    'formation continue',
    'formation professionnelle',
    'de formation',
    'la formation',
    'une formation',
    'les formations',
    'des formations',
    'formateur',
    'formatrice',
    'atelier',
    'séminaire',
    'cours de',
    'un cours',
    'des cours',
    'les cours',
    'académie',
    'renforcement des capacités',
    'renforcement de capacités',
    'renforcer les capacités',
    'développement des capacités',
    "module d'orientation",
    'module d’orientation',
    'orientation avant le départ',
    'séance d’orientation',
    "séance d'orientation",
  ],
  es: [
    'capacitación',
    'capacitar',
    'formación',
    'talleres',
    'taller de',
    'seminario',
    'curso',
    'fortalecimiento de capacidades',
    'desarrollo de capacidades',
    'orientación previa a la partida',
    'orientación prepartida',
  ],
})

/** Delivery through events: workshops, seminars, courses (training-beyond-workshops applies to these). */
export const workshopDelivery = defineLexicon('workshops, seminars and courses', {
  en: [
    'workshop',
    'seminar',
    'webinar',
    'course',
    'training session',
    'training event',
    'classroom training',
    'academy',
    'bootcamp',
    'training programme',
    'training program',
  ],
  fr: ['atelier', 'séminaire', 'cours de', 'un cours', 'des cours', 'les cours', 'session de formation', 'sessions de formation', 'académie'],
  es: ['talleres', 'taller de', 'seminario', 'curso', 'sesión de capacitación'],
})

/**
 * Phrases that contain a training word without meaning training: "in the
 * course of the project", "au cours de", "en cours". Mentions inside them are dropped.
 */
export const notTraining = defineLexicon('not training', {
  en: [
    'in the course of',
    'over the course of',
    'during the course of',
    'throughout the course of',
    'in due course',
    'of course',
    'course of action',
    'course correction',
    'course correct',
    'mid-course',
    'change course',
    'watercourse',
    'train station',
    'railway train',
    // Meetings that are called workshops or seminars but train nobody.
    'validation workshop',
    'consultation workshop',
    'consultative workshop',
    'inception workshop',
    'launch workshop',
    'planning workshop',
    'stakeholder workshop',
    'stakeholders workshop',
    'dissemination workshop',
    'review workshop',
    'validation seminar',
    'launch seminar',
    'closing seminar',
    'workshop to validate',
    'seminar to validate',
    'meeting to validate',
  ],
  fr: [
    'au cours de',
    'au cours du',
    'au cours des',
    'en cours',
    'cours d’eau',
    "cours d'eau",
    'atelier de validation',
    'atelier de lancement',
    'atelier de consultation',
    'atelier de planification',
    'séminaire de lancement',
  ],
  es: ['en el curso de', 'en el transcurso de', 'a lo largo del curso', 'taller de validación', 'taller de lanzamiento', 'taller de consulta'],
})

/**
 * What a meeting called a workshop or seminar is for, when it trains nobody:
 * validating, consulting, launching, planning, reporting back. Read right
 * after the workshop word in French and Spanish ("Atelier national de
 * validation", "taller de socialización"); English puts it before, and
 * `notTraining` holds those phrases ("validation workshop").
 */
export const meetingPurpose = defineLexicon('meeting purpose', {
  en: ['validation', 'consultation', 'inception', 'launch', 'kick-off', 'planning', 'dissemination', 'review', 'closing', 'stocktaking'],
  fr: ['validation', 'consultation', 'concertation', 'lancement', 'démarrage', 'planification', 'restitution', 'diffusion', 'revue', 'clôture', 'bilan', 'partage des résultats'],
  es: ['validación', 'consulta', 'lanzamiento', 'arranque', 'planificación', 'socialización', 'difusión', 'revisión', 'cierre', 'balance'],
})

/** Support after the event: on-the-job coaching, mentoring, backstopping, follow-up support. */
export const followUpSupport = defineLexicon('coaching, mentoring and follow-up support', {
  en: [
    'coaching',
    'coach',
    'mentor*',
    'backstopping',
    'follow-up support',
    'follow-up assistance',
    'follow-up coaching',
    'post-training support',
    'post-course support',
    'on-the-job support',
    'on-the-job coaching',
    'on-the-job training',
    'on-the-job guidance',
    'peer support',
    'peer learning',
    'tutoring',
    'accompaniment',
    'on-site support',
    'supportive supervision',
  ],
  fr: ['accompagnement', 'encadrement', 'tutorat', 'mentorat', 'parrainage', 'suivi post-formation', 'appui de suivi', 'soutien de suivi'],
  es: ['acompañamiento', 'mentoría', 'tutoría', 'asesoría de seguimiento', 'apoyo de seguimiento'],
})

/**
 * Backstopping of the project by the ILO, not of the trainees: a mention
 * inside one of these does not count as follow-up support.
 */
export const projectBackstopping = defineLexicon('project backstopping', {
  en: ['technical backstopping', 'backstopping from', 'backstopping by', 'backstopping of the project', 'administrative backstopping', 'financial backstopping'],
  fr: ['appui technique du siège'],
})

/** Training materials: manual, curriculum, module, toolkit, guide. */
export const trainingMaterials = defineLexicon('training materials', {
  en: [
    'manual',
    'handbook',
    'guidebook',
    'guide',
    'toolkit',
    'tool kit',
    'training package',
    'training pack',
    'training kit',
    'training material',
    'training tool',
    'course material',
    'learning material',
    'teaching material',
    'learning package',
    'curriculum',
    'curricula',
    'syllabus',
    'syllabi',
    'module',
    'handout',
    'e-learning course',
    'online course',
  ],
  fr: [
    'manuel',
    'guide',
    'boîte à outils',
    'kit de formation',
    'matériel de formation',
    'matériel pédagogique',
    'matériels pédagogiques',
    'supports de formation',
    'support de formation',
    'outils pédagogiques',
    'curriculum',
    'module',
  ],
  es: ['manual', 'guía', 'caja de herramientas', 'materiales de formación', 'materiales de capacitación', 'material didáctico', 'currículo', 'módulo'],
})

/** Making materials: develop, design, produce, adapt, revise. */
export const materialsDevelopment = defineLexicon('developing materials', {
  en: [
    'develop',
    'development of',
    'co-develop',
    'design',
    'co-design',
    'produce',
    'production of',
    'prepare',
    'draft',
    'write',
    'adapt',
    'adaptation of',
    'revise',
    'revision of',
    'update',
    'create',
    'elaborate',
    'compile',
    'translate',
    'new manual',
    'new guide',
    'new module',
    'new curriculum',
    'new toolkit',
  ],
  // French and Spanish verbs inflect far beyond the matcher's suffixes ("élaborera", "desarrollará"): stems with "*".
  fr: ['élabor*', 'développ*', 'concevoir', 'concevra', 'conçu*', 'conception', 'produire', 'produira', 'rédig*', 'rédaction', 'adapter', 'adaptera', 'adapté*', 'révis*', 'actualis*', 'mettre au point', 'nouveau manuel', 'nouveau guide', 'nouveau module'],
  es: ['elabor*', 'desarroll*', 'diseñ*', 'producir', 'producirá', 'redact*', 'adaptar', 'adaptará', 'adaptad*', 'revis*', 'actualiz*', 'nuevo manual', 'nueva guía', 'nuevo módulo'],
})

/**
 * Sharing or handing over: read in the same sentence as a materials term
 * ("the guide will be handed over to the ministry and published").
 */
export const materialsSharing = defineLexicon('sharing materials', {
  en: [
    'share',
    'shared with',
    'sharing of',
    'publish',
    'publication',
    'publicly available',
    'freely available',
    'made available',
    'make available',
    'open licence',
    'open license',
    'open access',
    'open source',
    'creative commons',
    'hand over',
    'handed over',
    'handover',
    'hand-over',
    'transfer',
    'transferred to',
    'e-campus',
    'online platform',
    'knowledge platform',
    'repository',
    'reuse',
    're-use',
    'reusable',
    'become part of',
    'becomes part of',
    'integrated into',
    'incorporated into',
    'folded into',
    'adopted by',
    'owned by',
    'ITC-ILO',
    'ITCILO',
    'International Training Centre of the ILO',
  ],
  fr: ['partager', 'partagera', 'partageront', 'partagé', 'partage', 'publier', 'publiera', 'publieront', 'publié', 'publication', 'mis en ligne', 'mis à disposition', 'mise à disposition', 'remis', 'remettra', 'transféré', 'transférera', 'transfert', 'licence ouverte', 'libre accès', 'réutiliser', 'réutilisation', 'intégré'],
  es: ['compartir', 'compartirá', 'compartido', 'publicar', 'publicará', 'publicado', 'publicación', 'puesto a disposición', 'entregado', 'entregará', 'transferido', 'transferirá', 'licencia abierta', 'acceso abierto', 'reutilizar', 'reutilización', 'integrado'],
})

/** Sharing so explicit that it needs no materials term beside it. */
export const openPublication = defineLexicon('open publication', {
  en: ['open licence', 'open license', 'open access', 'creative commons', 'e-campus', 'open educational resource'],
  fr: ['licence ouverte', 'libre accès', 'ressource éducative libre'],
  es: ['licencia abierta', 'acceso abierto', 'recurso educativo abierto'],
})

/** Reusing what exists: "building on existing ILO material". */
export const existingMaterials = defineLexicon('existing materials', {
  en: [
    'existing',
    'existing ILO',
    'existing material',
    'existing tool',
    'already available',
    'ILO material',
    'ILO manual',
    'ILO guide',
    'ILO toolkit',
    'ILO guideline',
    'ITC-ILO material',
    'adapted from',
    'drawing on the ILO',
    'building on the ILO',
    'reuse',
    're-use',
  ],
  fr: ['existant', 'existante', 'matériel du BIT', 'outils du BIT', 'adapté de', 'réutiliser', 'réutilisation'],
  es: ['existente', 'material de la OIT', 'herramientas de la OIT', 'adaptado de', 'reutilizar'],
})

/** The International Training Centre of the ILO in Turin. */
export const itcIlo = defineLexicon('ITC-ILO', {
  en: [
    'ITC-ILO',
    'ITCILO',
    'ILO-ITC',
    'ITC ILO',
    'ITC/ILO',
    'International Training Centre of the ILO',
    'International Training Center of the ILO',
    'International Training Centre of the International Labour Organization',
    'International Training Centre of the International Labour Organisation',
    'ILO International Training Centre',
    'ILO International Training Center',
    'ILO Training Centre',
    'Turin Centre',
    'Turin Center',
    'Centre in Turin',
    'Center in Turin',
    'ILO Turin Centre',
  ],
  fr: ["Centre international de formation de l'OIT", 'CIF-OIT', 'CIF OIT', 'Centre de Turin'],
  es: ['Centro Internacional de Formación de la OIT', 'CIF-OIT', 'Centro de Turín'],
})

/** A training or capacity needs assessment. */
export const needsAssessment = defineLexicon('training needs assessment', {
  en: [
    'training needs assessment',
    'training needs analysis',
    'training need assessment',
    'training needs survey',
    'training needs plan',
    'training needs study',
    'training needs mapping',
    'learning needs assessment',
    'learning needs analysis',
    'capacity needs assessment',
    'capacity needs analysis',
    'capacity assessment',
    'capacity gap assessment',
    'capacity gap analysis',
    'capacity gaps assessment',
    'assessment of capacity',
    'assessment of the capacity',
    'assessment of capacities',
    'assessment of training needs',
    'assessment of the training needs',
    'assess training needs',
    'assess the training needs',
    'analysis of training needs',
    'analysis of the training needs',
    'identify training needs',
    'identify the training needs',
    'identification of training needs',
    'competency assessment',
    'skills gap assessment',
    'skills needs assessment',
    'learning needs',
    'needs assessment',
    'needs analysis',
    'TNA',
  ],
  fr: [
    'évaluation des besoins de formation',
    'évaluation des besoins en formation',
    'analyse des besoins de formation',
    'analyse des besoins en formation',
    'diagnostic des besoins de formation',
    'diagnostic des besoins en formation',
    'identification des besoins de formation',
    'évaluation des besoins en renforcement des capacités',
    'évaluation des capacités',
    'diagnostic des capacités',
    'diagnostic institutionnel',
    'évaluation des besoins',
    'analyse des besoins',
  ],
  es: [
    'diagnóstico de necesidades de capacitación',
    'diagnóstico de necesidades de formación',
    'evaluación de necesidades de capacitación',
    'evaluación de necesidades de formación',
    'detección de necesidades de capacitación',
    'análisis de necesidades de capacitación',
    'análisis de necesidades de formación',
    'evaluación de capacidades',
    'diagnóstico de capacidades',
    'diagnóstico de necesidades',
    'evaluación de necesidades',
  ],
})

/**
 * What keeps knowledge when trained staff leave: knowledge management,
 * institutionalisation, training of trainers, integration of the training into
 * the partners' own systems (the integration phrases are in `ownTrainingSystems`).
 */
export const knowledgeRetention = defineLexicon('knowledge retention', {
  en: [
    'knowledge management',
    'knowledge retention',
    'institutional memory',
    'institutionalise',
    'institutionalize',
    'institutionalisation',
    'institutionalization',
    'training of trainers',
    'trainer of trainers',
    'trainers of trainers',
    'training-of-trainers',
    'ToT',
    'master trainer',
    'cascade training',
    'cascade model',
    'cascade approach',
    'succession planning',
    'succession plan',
    'handover file',
  ],
  fr: [
    'gestion des connaissances',
    'gestion du savoir',
    'institutionnaliser',
    'institutionnalisation',
    'institutionnalisé',
    'formation de formateurs',
    'formation des formateurs',
    'formateurs de formateurs',
    'maîtres formateurs',
    'formation en cascade',
    'mémoire institutionnelle',
  ],
  es: [
    'gestión del conocimiento',
    'institucionalizar',
    'institucionalización',
    'formación de formadores',
    'capacitación de capacitadores',
    'formación de capacitadores',
    'capacitación en cascada',
    'memoria institucional',
  ],
})

/** Taking training into a partner's own system: "integrated into the induction courses of ENAP". */
export const integrationIntoSystems = defineLexicon('integration into own systems', {
  en: [
    'integrated into',
    'integrate into',
    'integrates into',
    'integration into',
    'integration of the training',
    'incorporated into',
    'incorporate into',
    'incorporation into',
    'folded into',
    'embedded in',
    'embedded into',
    'mainstreamed into',
    'made part of',
    'become part of',
    'becomes part of',
    'part of its own',
    'part of their own',
    'taken over by',
    'take over',
    'takes over',
    'anchored in',
    'absorbed into',
    'handed over to',
    'transferred to',
    'adopted by',
    'formally adopted',
    'officially adopted',
    'endorsed by',
    'own regular training',
    'regular training offer',
    'regular training programme',
  ],
  fr: ['intégré dans', 'intégrée dans', 'intégrés dans', 'intégré à', 'intégrée à', 'intégration dans', 'intégration à', 'repris par', 'ancré dans'],
  es: ['integrado en', 'integrada en', 'integración en', 'incorporado en', 'incorporada en', 'asumido por', 'asumida por'],
})

/** What a partner's own training system is: read with `integrationIntoSystems` in one sentence. */
export const trainingSystem = defineLexicon('training system', {
  en: [
    'training',
    'manual',
    'guideline',
    'toolkit',
    'course',
    'curriculum',
    'curricula',
    'module',
    'induction',
    'accreditation',
    'orientation programme',
    'orientation program',
    'learning programme',
  ],
  fr: ['formation', 'cursus', 'curriculum', 'module', 'programme de formation'],
  es: ['formación', 'capacitación', 'currículo', 'módulo', 'programa de formación'],
})

/** Pre- and post-tests: the measure the lesson says is not enough on its own. */
export const prePostTests = defineLexicon('pre- and post-tests', {
  en: [
    'pre-test',
    'post-test',
    'pre-and-post-test',
    'pre and post test',
    'pre and post course test',
    'pre and post training test',
    'pre and post assessment',
    'pre and post knowledge test',
    'pre-training test',
    'post-training test',
    'pre-course test',
    'post-course test',
    'pre-training assessment',
    'post-training assessment',
    'pre/post',
    'pre-testing',
    'post-testing',
    'before and after the training',
    'before and after training',
    'before and after each training',
    'before and after the course',
    'before and after each course',
    'before and after each workshop',
    'before and after the workshop',
    'end-of-course test',
    'end of course evaluation',
    'end-of-training evaluation',
  ],
  fr: ['pré-test', 'post-test', 'test avant et après', 'tests avant et après', 'avant et après la formation', 'évaluation de fin de formation'],
  es: ['pre-test', 'post-test', 'prueba previa', 'prueba posterior', 'pruebas de entrada y salida', 'antes y después de la capacitación'],
})

/**
 * Measures of training results beyond the classroom, which are measures by
 * their very name: follow-up and tracer surveys, application rates,
 * Kirkpatrick levels 3 and 4, outcome harvesting.
 */
export const beyondPrePost = defineLexicon('training results beyond pre/post', {
  en: [
    'follow-up survey',
    'follow-up study',
    'follow-up assessment',
    'follow-up evaluation',
    'follow-up interview',
    'post-training follow-up',
    'post-training survey',
    'post-training evaluation',
    'post-training assessment of application',
    'tracer survey',
    'tracer study',
    'tracer studies',
    'tracer',
    'outcome harvesting',
    'most significant change',
    'Kirkpatrick level 3',
    'Kirkpatrick level 4',
    'Kirkpatrick levels 3',
    'level 3 evaluation',
    'level 4 evaluation',
    'knowledge application rate',
    'application rate',
  ],
  fr: [
    'enquête de suivi',
    'étude de suivi',
    'étude de traçabilité',
    'enquête de traçabilité',
    'récolte des effets',
    "taux d'application",
    'niveau 3 de Kirkpatrick',
  ],
  es: [
    'encuesta de seguimiento',
    'estudio de seguimiento',
    'estudio de trazabilidad',
    'cosecha de alcances',
    'tasa de aplicación',
  ],
})

/**
 * Trainees applying what they learned. It is what a measure beyond pre- and
 * post-tests looks at, but also what coaching helps with ("coaching visits
 * to help boards apply what they learned"): the rule counts it only where it
 * is measured, in the M&E plan or beside a measurement word.
 */
export const learningApplication = defineLexicon('application of learning', {
  en: [
    'knowledge application',
    'application of learning',
    'application of knowledge',
    'application of the knowledge',
    'application of skills',
    'application of new skills',
    'transfer of learning',
    'learning transfer',
    'training transfer',
    'apply what they learn',
    'apply what they learned',
    'apply what they have learned',
    'apply what they have learnt',
    'apply what they learnt',
    'applying what they learn',
    'applying what they learned',
    'applying what they learnt',
    'use what they learn',
    'use what they learned',
    'use what they learnt',
    'used what they learned',
    'used what they learnt',
    'using what they learned',
    'using what they learnt',
    'apply their learning',
    'applying their learning',
    'apply the learning',
    'learning is being used',
    'learning is being applied',
    'learning is used',
    'learning is applied',
    'use of the learning',
    'use of learning',
    'apply the new procedures',
    'applying new procedures',
    'applying the new procedures',
    'apply new skills',
    'applying new skills',
    'on-the-job application',
    'application on the job',
    'applied on the job',
  ],
  fr: [
    'application des acquis',
    'application des connaissances',
    'mise en pratique des acquis',
    'mise en pratique des connaissances',
    'transfert des acquis',
    'appliquer ce qu’ils ont appris',
    "appliquer ce qu'ils ont appris",
    'appliquent ce qu’ils ont appris',
    "appliquent ce qu'ils ont appris",
  ],
  es: [
    'aplicación de lo aprendido',
    'aplicación de los conocimientos',
    'transferencia del aprendizaje',
    'aplicar lo aprendido',
    'aplican lo aprendido',
  ],
})

/**
 * Words that make a sentence about application of learning a measurement of
 * it: the measurement words and those of monitoring ("track", "rate",
 * "percentage of trainees who apply...").
 */
export const applicationMeasure = defineLexicon('measuring application', {
  en: [
    'survey',
    'interview',
    'observe',
    'observation',
    'assess',
    'assessment',
    'measure',
    'measurement',
    'check',
    'evaluate',
    'evaluation',
    'questionnaire',
    'focus group',
    'monitor',
    'monitoring',
    'track',
    'tracking',
    'verify',
    'indicator',
    'rate',
    'percentage',
    'proportion',
    'share of',
    'number of',
    'baseline',
  ],
  // Not "suivi" or "seguimiento": they name follow-up support as often as monitoring.
  fr: ['enquête', 'entretien', 'observer', 'observation', 'évaluer', 'évaluation', 'mesurer', 'mesure', 'vérifier', 'questionnaire', 'indicateur', 'taux', 'pourcentage', 'proportion', 'nombre de'],
  es: ['encuesta', 'entrevista', 'observar', 'observación', 'evaluar', 'evaluación', 'medir', 'medición', 'verificar', 'cuestionario', 'monitoreo', 'indicador', 'tasa', 'porcentaje', 'proporción', 'número de'],
})

/** A delay that turns a measurement into a follow-up: "six months after each course". */
export const laterInTime = defineLexicon('some time after', {
  en: [
    'months after',
    'month after',
    'months later',
    'weeks after',
    'weeks later',
    'year after',
    'years after',
    'a year later',
    'months into',
    'after the training',
    'after each training',
    'after the course',
    'after each course',
    'after the workshop',
    'after each workshop',
    'after completion',
    'after completing',
    'after they return to work',
    'back at work',
    'back in the workplace',
  ],
  fr: ['mois après', 'mois plus tard', 'semaines après', 'an après', 'après la formation', 'après chaque formation', 'de retour au travail'],
  es: ['meses después', 'meses más tarde', 'semanas después', 'después de la capacitación', 'después de cada curso'],
})

/** A measurement: read with `laterInTime` in one sentence. */
export const measurement = defineLexicon('measurement', {
  en: ['survey', 'interview', 'observe', 'observation', 'assess', 'assessment', 'measure', 'check', 'evaluate', 'evaluation', 'questionnaire', 'focus group'],
  fr: ['enquête', 'entretien', 'observer', 'observation', 'évaluer', 'évaluation', 'mesurer', 'vérifier', 'questionnaire'],
  es: ['encuesta', 'entrevista', 'observar', 'observación', 'evaluar', 'evaluación', 'medir', 'verificar', 'cuestionario'],
})

/** Observation of trainees at work: counts when the sentence is about training results. */
export const observation = defineLexicon('observation', {
  en: ['observe', 'observation', 'on-site observation', 'workplace observation', 'direct observation'],
  fr: ['observer', 'observation'],
  es: ['observar', 'observación'],
})

/** Words that say a sentence is about what training achieved. */
export const learningResults = defineLexicon('learning results', {
  en: ['training', 'trained', 'trainee', 'course', 'workshop', 'learning', 'learned', 'learnt', 'participant', 'graduate', 'what they learn'],
  fr: ['formation', 'formé', 'stagiaire', 'apprentissage', 'participant', 'acquis'],
  es: ['capacitación', 'capacitado', 'formación', 'aprendizaje', 'participante'],
})

/** A training curriculum or its content. */
export const curriculum = defineLexicon('curriculum', {
  en: [
    'curriculum',
    'curricula',
    'syllabus',
    'syllabi',
    'course outline',
    'course content',
    'training content',
    'content of the course',
    'content of the training',
    'course modules',
    'training modules',
    'module',
    'core module',
    'common core',
    'core unit',
    'course will cover',
    'course covers',
    'course cover',
    'training will cover',
    'training covers',
    'training cover',
    'workshop will cover',
    'workshops will cover',
    'programme will cover',
    'academy will cover',
  ],
  fr: ['curriculum', 'programme de formation', 'contenu de la formation', 'contenu du cours', 'module', 'tronc commun', 'plan de cours'],
  es: ['currículo', 'plan de estudios', 'temario', 'contenido del curso', 'contenido de la capacitación', 'módulo', 'tronco común'],
})

/** What describes a curriculum's content rather than only naming it. */
export const curriculumContent = defineLexicon('curriculum content', {
  en: [
    'cover',
    'consist of',
    'consisting of',
    'comprise',
    'include',
    'following',
    'topic',
    'subject',
    'unit',
    'module on',
    'modules on',
    'session on',
    'sessions on',
    'deal with',
    'address',
    'focus on',
    'two parts',
    'three parts',
    'four parts',
    'five parts',
    'six parts',
    'seven parts',
    'eight parts',
    'several parts',
  ],
  fr: ['couvrir', 'couvre', 'couvrira', 'comprend', 'comprendra', 'inclut', 'inclura', 'porte sur', 'porteront sur', 'portera sur', 'thème', 'suivants', 'suivantes', 'aborde', 'abordera'],
  es: ['abarca', 'abarcará', 'cubre', 'cubrirá', 'incluye', 'incluirá', 'comprende', 'tema', 'siguientes', 'aborda', 'abordará'],
})

/** ILO core curriculum, topic 1: international labour standards. */
export const labourStandardsTopic = defineLexicon('international labour standards', {
  en: [
    'international labour standards',
    'international labor standards',
    'labour standards',
    'labor standards',
    'ILO conventions',
    'ILO convention',
    'ILO standards',
    'fundamental principles and rights at work',
    'fundamental conventions',
    'fundamental rights at work',
  ],
  fr: ['normes internationales du travail', 'normes du travail', "conventions de l'OIT", 'principes et droits fondamentaux au travail'],
  es: ['normas internacionales del trabajo', 'normas laborales', 'convenios de la OIT', 'principios y derechos fundamentales en el trabajo'],
})

/** ILO core curriculum, topic 2: social dialogue and tripartism. */
export const socialDialogueTopic = defineLexicon('social dialogue and tripartism', {
  en: ['social dialogue', 'tripartism', 'tripartite', 'collective bargaining', 'freedom of association'],
  fr: ['dialogue social', 'tripartisme', 'tripartite', 'négociation collective', 'liberté syndicale'],
  es: ['diálogo social', 'tripartismo', 'tripartito', 'negociación colectiva', 'libertad sindical'],
})

/** ILO core curriculum, topic 3: gender equality. */
export const genderEqualityTopic = defineLexicon('gender equality', {
  en: ['gender equality', 'gender', 'equality between women and men', 'equality of women and men', 'equal opportunities for women and men', "women's rights"],
  fr: ['égalité entre les femmes et les hommes', 'égalité entre hommes et femmes', 'égalité des sexes', 'égalité de genre', 'égalité femmes-hommes', 'égalité hommes-femmes', 'genre'],
  es: ['igualdad de género', 'igualdad entre mujeres y hombres', 'igualdad entre hombres y mujeres', 'género'],
})

/** ILO core curriculum, topic 4: non-discrimination. */
export const nonDiscriminationTopic = defineLexicon('non-discrimination', {
  en: ['non-discrimination', 'nondiscrimination', 'anti-discrimination', 'discrimination', 'equal treatment', 'equality of treatment', 'equality of opportunity and treatment'],
  fr: ['non-discrimination', 'discrimination', 'égalité de traitement'],
  es: ['no discriminación', 'discriminación', 'igualdad de trato'],
})

// Tense markers (past, plan, dated past) live in the core: `isHistory`, `planMarkers`.
export {datedPast, pastMarkers, planMarkers} from '@lessonlint/core'

/** Women among participants. */
export const womenParticipants = defineLexicon('women participants', {
  en: ['women', 'woman', 'female', 'girls', 'gender balance', 'gender-balanced', 'gender parity', 'equal numbers of women and men'],
  fr: ['femmes', 'femme', 'filles', 'parité', 'équilibre entre les sexes'],
  es: ['mujeres', 'mujer', 'niñas', 'paridad', 'equilibrio de género'],
})

/** A stated share or number: "at least 30 per cent", "one in five places", "a quarter of the seats". */
export const participationTarget = defineLexicon('participation target', {
  en: [
    'per cent',
    'percent',
    'percentage',
    'at least',
    'a minimum of',
    'minimum',
    'no fewer than',
    'no less than',
    'one in',
    'one quarter',
    'a quarter',
    'one third',
    'a third',
    'two thirds',
    'half',
    'majority',
    'quota',
    'target',
    'reserved',
    'reserve',
    'all places',
    'all seats',
    'all the places',
    'all the seats',
    'parity',
    'equal numbers',
    'equal participation',
    'equal shares',
  ],
  fr: ['pour cent', 'pourcentage', 'au moins', 'au minimum', 'quota', 'cible', 'moitié', 'tiers', 'quart', 'réserv*', 'parité'],
  es: ['por ciento', 'porcentaje', 'al menos', 'como mínimo', 'cuota', 'meta', 'la mitad', 'un tercio', 'una cuarta parte', 'reserv*', 'paridad'],
})

/** Who a participation target is about: the people trained. */
export const participationContext = defineLexicon('training participants', {
  en: [
    'participant',
    'participation',
    'place',
    'seat',
    'trainee',
    'trained',
    'training',
    'course',
    'workshop',
    'seminar',
    'academy',
    'cohort',
    'intake',
    'attendee',
    'learner',
    'enrolment',
    'enrollment',
    'nominee',
    'nominated',
  ],
  fr: ['participant*', 'participation', 'place*', 'siège*', 'stagiaire*', 'formé*', 'formation', 'atelier*', 'cohorte*', 'apprenant*'],
  es: ['participante*', 'participación', 'plaza*', 'cupo*', 'capacitad*', 'capacitación', 'formación', 'taller*', 'curso*', 'cohorte*'],
})
