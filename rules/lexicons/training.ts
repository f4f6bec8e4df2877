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
    'coach',
    'mentoring',
    'mentorship',
    'bootcamp',
    'leadership school',
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
    // Training under other names: "a steward learning programme", "a leaders' school".
    'learning programme',
    'learning program',
    "leaders' school",
    'leaders school',
    'school for leaders',
  ],
  fr: ['cursus', 'formera', 'formeront', 'formerons',
    // Trained, as participles say it: "150 agents formés à l'utilisation du guide" ("formé de", composed of, is not).
    'formé à', 'formée à', 'formés à', 'formées à', 'formé au', 'formée au', 'formés au', 'formées au', 'formés aux', 'formées aux', 'formés en', 'formées en',
    'formation de',
    'formation des',
    'formation du',
    'formation aux',
    'formation à',
    'formation sur',
    'formation continue',
    'formation initiale',
    'formation pratique',
    'formation professionnelle',
    // Refresher training; "le recyclage des déchets" is waste recycling.
    'session de recyclage',
    'sessions de recyclage',
    'de formation',
    'la formation',
    'une formation',
    'les formations',
    'des formations',
    'formateur',
    'formatrice',
    'atelier',
    'séminaire',
    'webinaire',
    'cours de',
    'un cours',
    'des cours',
    'les cours',
    'académie',
    'mentorat',
    'école de leadership',
    'école syndicale',
    'école de leaders',
    'école des leaders',
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
  es: ['formar a', 'formará a', 'formarán a', 'diplomado', 'capacitará', 'capacitarán', 'capacitaremos', 'capacitados', 'capacitadas',
    'capacitación',
    'capacitar',
    'formación',
    'talleres',
    'taller de',
    'seminario',
    'webinario',
    'webinarios',
    'curso',
    'mentoría',
    'mentorías',
    'escuela de liderazgo',
    'escuela sindical',
    'escuela de líderes',
    'escuela de lideresas',
    'escuela de promotores',
    'escuela de promotoras',
    'fortalecimiento de capacidades',
    'desarrollo de capacidades',
    'orientación previa a la partida',
    'orientación prepartida',
    'programa formativo',
    'programas formativos',
    'proceso formativo',
    'ciclo formativo',
    'ciclos formativos',
    'encuentro formativo',
    'encuentros formativos',
    'jornada formativa',
    'jornadas formativas',
    'acción formativa',
    'acciones formativas',
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
    'training school',
  ],
  fr: ['atelier', 'séminaire', 'webinaire', 'cours de', 'un cours', 'des cours', 'les cours', 'session de formation', 'sessions de formation', 'académie', 'cycle de formation', 'école de formation'],
  es: ['talleres', 'taller de', 'seminario', 'webinario', 'webinarios', 'curso', 'diplomado', 'sesión de capacitación', 'ciclo de formación', 'escuela de formación'],
})

/**
 * Phrases that contain a training word without meaning training: "in the
 * course of the project", "au cours de", "en cours". Mentions inside them are dropped.
 */
export const notTraining = defineLexicon('not training', {
  en: ['co-design workshop', 'co-creation workshop', 'design workshop', 'ideation workshop', 'brainstorming workshop', 'collective intelligence workshop', 'consultation workshops',
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
    // The sector's name: "the technical and vocational education and training (TVET) authorities".
    // Data about training, not training: "Vacancy and training-place data flow into the information system".
    'training-place data',
    'training place data',
    'training statistics',
    'vocational education and training',
    'enseignement et formation techniques et professionnels',
    'educación y formación técnica y profesional',
    'educación y formación técnico profesional',
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
  fr: ['atelier de co-conception', 'atelier de co-création', 'atelier de conception', 'atelier de concertation', 'atelier de réflexion',
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
    // Economics: how prices, wages and capital form.
    'formation des prix',
    'formation des salaires',
    'formation brute de capital',
    'formation de capital',
    'formation du capital',
    // Pension rights accrue: "la formation des droits à pension est interrompue".
    'formation des droits',
    'formation de droits',
    // Health facilities: "les formations sanitaires", "une formation sanitaire publique".
    // With the articles the training words carry ("les formations", "des formations").
    'formation sanitaire',
    'formations sanitaires',
    'la formation sanitaire',
    'une formation sanitaire',
    'les formations sanitaires',
    'des formations sanitaires',
    'aux formations sanitaires',
    'de formations sanitaires',
    'de formation sanitaire',
  ],
  es: ['taller de co-diseño', 'taller de codiseño', 'taller de cocreación', 'taller de co-creación', 'taller de diseño', 'taller de consulta', 'en el curso de', 'en el transcurso de', 'a lo largo del curso', 'taller de validación', 'taller de lanzamiento', 'taller de consulta',
    'formación de precios', 'formación de los precios', 'formación de salarios', 'formación de los salarios', 'formación bruta de capital', 'formación de capital',
    'formación de derechos', 'formación de los derechos',
    // "Formar parte de" is to be part of: "el régimen formará parte permanente del sistema".
    'formar parte', 'forma parte', 'forman parte', 'formará parte', 'formarán parte', 'formaría parte', 'formarían parte', 'forme parte', 'formen parte', 'formó parte', 'formaron parte', 'formando parte'],
})

/**
 * What a meeting called a workshop or seminar is for, when it trains nobody:
 * validating, consulting, launching, planning, reporting back, mapping or
 * designing with the people concerned. Read right
 * after the workshop word in French and Spanish ("Atelier national de
 * validation", "taller de socialización"); English puts it before, and
 * `notTraining` holds those phrases ("validation workshop").
 */
export const meetingPurpose = defineLexicon('meeting purpose', {
  en: ['validation', 'consultation', 'inception', 'launch', 'kick-off', 'planning', 'dissemination', 'review', 'closing', 'stocktaking',
    // Gathering input: mapping, diagnosing, designing with the people concerned.
    'mapping', 'diagnostic', 'diagnosis', 'ideation', 'co-design', 'co-creation', 'brainstorming', 'prioritisation', 'prioritization', 'participatory'],
  fr: ['validation', 'consultation', 'concertation', 'lancement', 'démarrage', 'planification', 'restitution', 'diffusion', 'revue', 'clôture', 'bilan', 'partage des résultats',
    'cartographie', 'diagnostic', 'idéation', 'co-conception', 'co-création', 'cocréation', 'priorisation', 'participatif', 'participatifs'],
  es: ['validación', 'consulta', 'lanzamiento', 'arranque', 'planificación', 'socialización', 'difusión', 'revisión', 'cierre', 'balance',
    'mapeo', 'diagnóstico', 'ideación', 'codiseño', 'co-diseño', 'cocreación', 'co-creación', 'priorización', 'participativo', 'participativos'],
})

/** The words for a meeting of people, as training names its events (and reporting meetings theirs). */
export const meetingWord = defineLexicon('meeting word', {
  en: ['workshop', 'seminar', 'webinar'],
  fr: ['atelier', 'séminaire', 'webinaire', 'webinar'],
  es: ['taller', 'talleres', 'seminario', 'webinario', 'webinarios', 'webinar'],
})

/**
 * Ways a project gathers input from people: research and consultation methods. A workshop listed
 * with them ("data from interviews, focus groups and workshops") is one of them, not a course.
 */
export const inputMethod = defineLexicon('input-gathering method', {
  en: ['interview', 'focus group', 'focus group discussion', 'survey', 'questionnaire', 'consultation', 'field visit', 'site visit',
    'observation', 'pilot test', 'user test', 'user testing', 'desk review', 'community mapping', 'hackathon', 'town hall meeting'],
  fr: ['entretien', 'entretiens', 'groupe de discussion', 'groupes de discussion', 'focus group', 'focus groups', 'enquête', 'enquêtes',
    'questionnaire', 'questionnaires', 'consultation', 'consultations', 'visite de terrain', 'visites de terrain', 'observation',
    'observations', 'test pilote', 'tests pilotes', 'revue documentaire', 'cartographie participative', 'hackathon', 'hackathons'],
  es: ['entrevista', 'entrevistas', 'grupo focal', 'grupos focales', 'encuesta', 'encuestas', 'cuestionario', 'cuestionarios',
    'consulta', 'consultas', 'visita de campo', 'visitas de campo', 'observación', 'observaciones', 'prueba piloto',
    'pruebas piloto', 'revisión documental', 'mapeo participativo', 'hackatón', 'hackatones', 'hackathon'],
})

/**
 * Studies and documents that can be about training: "a report about vocational training provision",
 * "mapping training provision", "la carte régionale des formations", "un estudio sobre la
 * capacitación". Not assessments, reviews or evaluations, which a project makes of its own training.
 */
export const studyOf = defineLexicon('study or document', {
  en: ['study', 'report', 'survey', 'mapping', 'map', 'directory', 'inventory', 'paper', 'research'],
  fr: ['étude', 'rapport', 'enquête', 'cartographie', 'carte', 'répertoire', 'inventaire', 'recherche'],
  es: ['estudio', 'informe', 'encuesta', 'mapeo', 'mapa', 'directorio', 'inventario', 'investigación'],
})

/** What a project reports at a meeting: its own results, findings, recommendations, progress. */
export const reportedWork = defineLexicon('reported work', {
  en: ['results', 'findings', 'recommendations', 'conclusions', 'updates', 'progress', 'final report', 'report', 'lessons learned', 'lessons learnt'],
  fr: ['résultats', 'conclusions', 'recommandations', 'avancées', 'avancement', 'rapport', 'enseignements tirés', 'leçons apprises'],
  es: ['resultados', 'hallazgos', 'conclusiones', 'recomendaciones', 'avances', 'informe', 'lecciones aprendidas'],
})

/** Reporting the project's work to others: presenting, sharing, disseminating, discussing, validating it. */
export const reportingAction = defineLexicon('reporting action', {
  en: ['present', 'presenting', 'presentation', 'share', 'sharing', 'disseminate', 'disseminating', 'dissemination', 'discuss', 'discussing', 'validate', 'validating', 'showcase', 'report back', 'reporting'],
  fr: ['présenter', 'présentation', 'partager', 'partage', 'partagé', 'diffuser', 'diffusion', 'discuter', 'restituer', 'restitution', 'valider'],
  es: ['presentar', 'presentación', 'compartir', 'difundir', 'difusión', 'socializar', 'socialización', 'dar a conocer', 'discutir', 'validar'],
})

/**
 * What makes a meeting teach: someone learning or teaching, skills, practice. Narrower than
 * `trainingCue`: a reporting meeting has participants and sessions too, and a consultation a
 * facilitator.
 */
export const teachingCue = defineLexicon('teaching cue', {
  en: ['teach', 'teaches', 'teaching', 'learn', 'learning', 'skills', 'how to', 'hands-on', 'trainer', 'trainee', 'curriculum', 'module', 'training'],
  fr: ['enseigner', 'apprendre', 'apprennent', 'apprentissage', 'compétences', 'formateur', 'formatrice', 'stagiaire', 'module', 'formation'],
  es: ['enseñar', 'aprender', 'aprenden', 'aprendizaje', 'habilidades', 'competencias', 'capacitador', 'formador', 'módulo', 'capacitación', 'formación'],
})

/** Support after the event: on-the-job coaching, mentoring, backstopping, follow-up support. */
export const followUpSupport = defineLexicon('coaching, mentoring and follow-up support', {
  // Not a help line on its own: a migrant workers' helpline is a service; one for trainees after the course is support (`supportAct`).
  en: ['paired with', 'twinned with', 'job shadowing', 'field support',
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
    'tutor',
    'follow-up visit',
    'support visit',
    'accompaniment',
    'on-site support',
    'supportive supervision',
    'pairing',
  ],
  fr: ['appui-conseil', 'compagnonnage', 'jumelé', 'jumelée', 'jumelés', 'en binôme', 'soutien entre pairs', 'appui entre pairs', 'accompagnement', 'encadrement', 'tutorat', 'tuteur', 'tuteurs', 'tutrice', 'tutrices', 'visite de suivi', 'visites de suivi', "visites d'appui", 'visites d’appui', 'mentorat', 'parrainage', 'suivi post-formation', 'appui de suivi', 'soutien de suivi', 'suivi-conseil', 'appui rapproché', 'accompagnement rapproché'],
  es: ['apoyo entre pares', 'emparejado', 'emparejada', 'emparejados', 'en dupla', 'asesoría en el puesto', 'acompañamiento', 'mentoría', 'tutoría', 'tutor', 'tutora', 'tutoras', 'tutores', 'visitas de seguimiento', 'visita de seguimiento', 'visitas de acompañamiento', 'asesoría de seguimiento', 'apoyo de seguimiento'],
})

/**
 * The project's own team as what support goes to: "l'appui technique à l'équipe de projet (backstopping)" is not for
 * the people trained. The team that gives support ("the project team coaches the inspectors") is not meant.
 */
export const toTheProjectTeam = defineLexicon('to the project team', {
  en: ['to the project team', 'for the project team', 'of the project team', 'to the project staff', 'for the project staff', 'to the project coordinator'],
  fr: ["à l'équipe de projet", "à l'équipe du projet", 'à l’équipe de projet', 'à l’équipe du projet', 'au coordonnateur du projet', 'au coordinateur du projet', "à l'unité de gestion du projet"],
  es: ['al equipo del proyecto', 'al equipo de proyecto', 'para el equipo del proyecto', 'al coordinador del proyecto', 'a la coordinadora del proyecto', 'a la unidad de gestión del proyecto'],
})

/**
 * People harmed, or their cases, as what support goes to: "acompañamiento a trabajadoras que sufren acoso o violencia",
 * "accompagnement des victimes", "support to survivors". Case support is a service to them, not follow-up of the
 * people trained.
 */
export const harmedPeople = defineLexicon('harmed people', {
  en: ['victims', 'victim', 'survivors', 'survivor', 'who suffer', 'who experience', 'who have experienced', 'situations of violence', 'cases of violence', 'cases of harassment', 'referral of cases'],
  fr: ['victimes', 'victime', 'survivantes', 'survivants', 'qui subissent', 'qui ont subi', 'situations de violence', 'cas de violence', 'cas de harcèlement', 'orientation des cas', 'référencement des cas'],
  es: ['víctimas', 'víctima', 'sobrevivientes', 'que sufren', 'que han sufrido', 'situaciones de violencia', 'casos de violencia', 'casos de acoso', 'derivación de casos'],
})

/**
 * The casework of a service to the people it serves: a desk's reception and guidance, referrals, complaints, help with
 * their paperwork ("un accueil, une orientation et un accompagnement individualisé aux travailleurs migrants",
 * "referral to the unions for accompaniment"). Support in one clause with these is the service, not follow-up of trainees.
 */
export const serviceCasework = defineLexicon('service casework', {
  en: ['help desk', 'helpdesk', 'referral', 'referred', 'complaint', 'complaints', 'case handling', 'case management', 'walk-in', 'paperwork'],
  fr: ['accueil', 'guichet', 'guichets', 'orientation', 'référencement', 'plainte', 'plaintes', 'démarches', 'dans la procédure', 'dans les procédures', 'prise en charge des cas'],
  es: ['ventanilla', 'ventanillas', 'derivación', 'denuncia', 'denuncias', 'trámites', 'atención de casos', 'recepción'],
})

/**
 * A stage of a journey as where support goes: "un accompagnement des travailleuses jusqu'à l'aéroport", "escort to the
 * border". Support on the way to a place is an escort on the day, not follow-up of the people trained.
 */
export const journeyStage = defineLexicon('journey stage', {
  en: ['to the airport', 'at the airport', 'to the border', 'at the border', 'to the bus station', 'to the port of embarkation'],
  fr: ["jusqu'à l'aéroport", 'jusqu’à l’aéroport', "à l'aéroport", 'à l’aéroport', "jusqu'à la frontière", 'jusqu’à la frontière', 'à la frontière', "jusqu'au port d'embarquement", 'à la gare routière'],
  es: ['hasta el aeropuerto', 'al aeropuerto', 'en el aeropuerto', 'hasta la frontera', 'a la frontera', 'en la frontera', 'a la terminal de autobuses'],
})

/** Support named by the service it is, legal or psychological: "acompañamiento jurídico inmediato", "accompagnement psychosocial". */
export const serviceSupport = defineLexicon('service support', {
  en: ['legal support', 'legal accompaniment', 'psychological support', 'psychosocial support', 'psycho-social support'],
  fr: ['accompagnement juridique', 'accompagnement judiciaire', 'accompagnement psychologique', 'accompagnement psychosocial', 'appui juridique', 'appui psychosocial'],
  es: ['acompañamiento jurídico', 'acompañamiento legal', 'acompañamiento psicológico', 'acompañamiento psicosocial', 'apoyo jurídico', 'apoyo psicosocial'],
})

/**
 * Support to setting something up: "support the establishment of safety committees in forty cooperatives", "appuyer la
 * mise en place des comités", "apoyar la conformación de comités". It helps build an institution, not the people
 * trained, even in a clause that says where those people work ("persons working on site").
 */
export const supportToSetUp = defineLexicon('support to setting up', {
  en: ['support the establishment of', 'support the creation of', 'support the setting up of', 'support the setting-up of', 'support the set-up of', 'support the formation of',
    'support to the establishment of', 'support to the creation of', 'support to the setting up of', 'support for the establishment of', 'support for the creation of', 'support for the setting up of'],
  fr: ['appuyer la mise en place', 'appuiera la mise en place', 'appui à la mise en place', 'soutenir la mise en place', 'soutiendra la mise en place', 'soutien à la mise en place',
    'appuyer la création', 'appuiera la création', 'appui à la création', 'soutenir la création', 'soutiendra la création', 'soutien à la création'],
  es: ['apoyar la creación', 'apoyará la creación', 'apoyo a la creación', 'apoyar el establecimiento', 'apoyará el establecimiento', 'apoyo al establecimiento',
    'apoyar la conformación', 'apoyará la conformación', 'apoyo a la conformación', 'apoyar la puesta en marcha', 'apoyará la puesta en marcha', 'apoyo a la puesta en marcha'],
})

/**
 * Backstopping of the project by the ILO, or support with the logistics of the events, not of the
 * trainees: a mention inside one of these does not count as follow-up support.
 */
export const projectBackstopping = defineLexicon('project backstopping', {
  en: ['technical backstopping', 'backstopping from', 'backstopping by', 'backstopping of the project', 'administrative backstopping', 'financial backstopping', 'logistical support', 'logistic support'],
  fr: ['appui technique du siège', 'accompagnement logistique', 'appui logistique', 'soutien logistique',
    // Agricultural extension services, supervisory staff: no support to anyone trained.
    'encadrement agricole', "services d'encadrement", "personnel d'encadrement", "taux d'encadrement",
    // Supervisory staff and bodies, and the supervision of places: "agents d'encadrement", "Agence nationale d'encadrement
    // des exploitations minières", "encadrement des sites".
    "agents d'encadrement", "cadres d'encadrement", "structures d'encadrement", "agence nationale d'encadrement",
    'encadrement des sites', 'encadrement des exploitations', 'encadrement des chantiers'],
  es: ['acompañamiento logístico', 'apoyo logístico'],
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
    // What trainees take home from a course: "a 40-page course booklet".
    'course booklet',
    'training booklet',
    "participant's booklet",
    "participants' booklet",
    'e-learning course',
    'online course',
    'blended course',
    'self-paced course',
    'e-course',
    'online units',
    // Booklets and videos made for sessions: "a pictorial booklet and three short videos used in the orientation sessions".
    'illustrated booklet',
    'pictorial booklet',
    'training video',
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
    'référentiel de formation',
    'référentiels de formation',
    'fiche pédagogique',
    'fiches pédagogiques',
    'cours en ligne',
    'parcours de formation',
    'supports pédagogiques',
    "module d'autoformation",
    'module d’autoformation',
    'curriculum',
    'module',
    'livret de formation',
    'livret du participant',
    'livret de la participante',
    'livret illustré',
    'livret pédagogique',
    "livret d'information",
    'livret d’information',
    'capsule vidéo',
    'vidéo pédagogique',
  ],
  es: ['manual', 'guía', 'caja de herramientas', 'materiales de formación', 'materiales de capacitación', 'material didáctico', 'currículo', 'diseño curricular', 'diseños curriculares', 'cartilla', 'cartillas', 'curso virtual', 'curso en línea', 'curso semipresencial', 'curso autoformativo', 'paquete educativo', 'paquete pedagógico', 'módulo', 'cartilla ilustrada', 'folleto ilustrado', 'cápsula de video', 'video educativo'],
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
    'contextualise',
    'contextualize',
    'adapted version',
    'new manual',
    'new guide',
    'new module',
    'new curriculum',
    'new toolkit',
  ],
  // French and Spanish verbs inflect far beyond the matcher's suffixes ("élaborera", "desarrollará"): stems with "*", or
  // the future's persons, the applicant's "we" included ("Nous produirons un guide de l'animateur", "produciremos").
  // "Prepare" in its future and participles only: "préparation à l'entrée en entreprise", "preparar una denuncia" are
  // what a course teaches.
  fr: ['élabor*', 'développ*', 'préparera', 'prépareront', 'préparerons', 'préparé', 'préparée', 'traduire', 'traduira', 'traduiront', 'traduirons', 'traduction', 'concevoir', 'concevra', 'concevront', 'concevrons', 'conçu*', 'conception', 'produire', 'produira', 'produiront', 'produirons', 'produit par', 'produits par', 'produite par', 'produites par', 'rédig*', 'rédaction', 'écrire', 'écrira', 'écriront', 'écrirons', 'adapter', 'adaptera', 'adapteront', 'adapterons', 'adapté*', 'adaptation', 'contextualis*', 'version adaptée', 'révis*', 'actualis*', 'mettre au point', 'nouveau manuel', 'nouveau guide', 'nouveau module'],
  es: ['elabor*', 'desarroll*', 'diseñ*', 'preparará', 'prepararán', 'prepararemos', 'preparado', 'preparada', 'traducir', 'traducirá', 'traducirán', 'traduciremos', 'traducción', 'producir', 'producirá', 'producirán', 'produciremos', 'producido por', 'producidos por', 'producida por', 'producidas por', 'redact*', 'redacción', 'escribir', 'escribirá', 'escribirán', 'escribiremos', 'adaptar', 'adaptará', 'adaptarán', 'adaptaremos', 'adaptad*', 'adaptación', 'contextualiz*', 'versión adaptada', 'revis*', 'actualiz*', 'nuevo manual', 'nueva guía', 'nuevo módulo'],
})

/**
 * Sharing or handing over: read in the same sentence as a materials term
 * ("the guide will be handed over to the ministry and published").
 */
export const materialsSharing = defineLexicon('sharing materials', {
  en: ['property of', 'ownership of', 'deposited in', 'resource library', 'resource centre',
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
    // Handed over as property ("becomes the owner of the toolkit"); "the firm remains the owner" is no handover.
    'becomes the owner of',
    'become the owner of',
    'will own',
    'ITC-ILO',
    'ITCILO',
    'International Training Centre of the ILO',
  ],
  fr: ['propriété de', 'versé dans', 'versés dans', 'déposé', 'bibliothèque de ressources', 'centre de ressources', 'partager', 'partagera', 'partageront', 'partagé', 'partage', 'publier', 'publiera', 'publieront', 'publié', 'publication', 'mis en ligne', 'mis à disposition', 'mise à disposition', 'remis', 'remettra', 'remettront', 'transféré', 'transférera', 'transféreront', 'transfert', 'licence ouverte', 'libre accès', 'réutiliser', 'réutilisation', 'intégré dans', 'intégré à', 'intégré au', 'intégré aux', 'adopté par', 'adoptée par', 'adoptés par', 'adoptées par', 'en devient propriétaire', 'en deviendra propriétaire', 'en deviendront propriétaires'],
  es: ['propiedad de', 'depositado en', 'depositados en', 'biblioteca de recursos', 'centro de recursos', 'compartir', 'compartirá', 'compartirán', 'compartido', 'publicar', 'publicará', 'publicarán', 'publicado', 'publicación', 'puesto a disposición', 'entregado', 'entregará', 'entregarán', 'transferido', 'transferirá', 'transferirán', 'licencia abierta', 'acceso abierto', 'reutilizar', 'reutilización',
    // The present of the passive with "se", as a workplan writes it: "se entregan a INFOTEP … y se publican en el portal".
    'se entrega', 'se entregan', 'se publica', 'se publican', 'se comparte', 'se comparten', 'se transfiere', 'se transfieren', 'integrado', 'incorpora a', 'incorporará a', 'incorporarán a', 'incorporado a', 'incorporados a', 'incorporada a',
    // The present with the material as a pronoun ("la OIT la publica en su sitio web"); "publica" alone is also "pública".
    'la publica', 'lo publica', 'las publica', 'los publica', 'la publican', 'lo publican', 'las publican', 'los publican',
    'adoptado por', 'adoptada por', 'adoptados por', 'adoptadas por'],
})

/**
 * Materials kept to the project: "Il restera un document interne", "Es de uso interno del proyecto", "for internal
 * use only". Said of the materials, it outweighs an ITC-ILO course the trainees attend elsewhere in the paragraph.
 */
export const internalUse = defineLexicon('internal use', {
  en: ['internal use', 'internal document', 'internal tool', 'internal resource', 'kept internal', 'remain internal', 'remains internal', 'not for distribution', 'not for circulation'],
  fr: ['usage interne', 'utilisation interne', 'document interne', 'outil interne', 'ressource interne', 'restera interne', 'resteront internes', 'diffusion restreinte'],
  es: ['uso interno', 'documento interno', 'herramienta interna', 'de carácter interno', 'difusión restringida'],
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
    'adapted version of',
    'contextualised version of',
    'contextualized version of',
    'drawing on the ILO',
    'building on the ILO',
    'reuse',
    're-use',
    // Materials said to be made already: "trainer materials, already licensed to KNCCI".
    'already developed',
    'already produced',
    'already validated',
    'already tested',
    'already licensed',
    'already in use',
  ],
  fr: ['existant', 'existante', 'matériel du BIT', 'outils du BIT', 'adapté de', 'version adaptée de', 'version contextualisée de', 'réutiliser', 'réutilisation', 'déjà produit*', 'déjà élaboré*', 'déjà validé*', 'déjà testé*', 'déjà utilisé*'],
  es: ['existente', 'material de la OIT', 'herramientas de la OIT', 'adaptado de', 'versión adaptada de', 'versión contextualizada de', 'reutilizar', 'ya producid*', 'ya elaborad*', 'ya validad*', 'ya probad*', 'ya utilizad*'],
})

/** Taking up material that exists: "we will adapt the ILO's SCREAM materials", "adaptaremos los materiales del programa SCREAM de la OIT". */
export const adaptingVerb = defineLexicon('adapting verb', {
  en: ['adapt', 'will adapt', 'draw on', 'build on'],
  fr: ['adapter', 'adaptera', 'adapterons', 'adapteront', "s'appuyer sur", "s'appuiera sur"],
  es: ['adaptar', 'adaptará', 'adaptaremos', 'adaptarán', 'basarse en', 'se basará en'],
})

/** What is adapted when material is taken up, in general words: "the ILO's cooperative materials", "los materiales del programa SCREAM". */
export const materialWord = defineLexicon('material words', {
  en: ['material', 'materials', 'tool', 'tools', 'resources'],
  fr: ['matériel', 'matériels', 'supports de formation', 'supports pédagogiques', 'supports de communication', 'outil', 'outils', 'ressources'],
  es: ['material', 'materiales', 'herramienta', 'herramientas', 'recursos'],
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
  fr: ["Centre international de formation de l'OIT", "Centre international de formation de l'Organisation internationale du Travail", 'CIF-OIT', 'CIF OIT', 'CIF/OIT', 'Centre de Turin'],
  es: ['Centro Internacional de Formación de la OIT', 'Centro Internacional de Formación de la Organización Internacional del Trabajo', 'CIF-OIT', 'CIF/OIT', 'Centro de Turín'],
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
    'initial capacity assessment',
    'baseline capacity assessment',
    'skills audit',
    'skills mapping',
    'mapping of skills',
    'competency mapping',
    'skills gap analysis',
    'skills gap assessment',
    'skills needs assessment',
    'needs assessment',
    'needs analysis',
    'needs survey',
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
    'évaluation initiale des capacités',
    'diagnostic initial des capacités',
    'état des lieux des compétences',
    'état des lieux des capacités',
    'bilan de compétences',
    'bilan des compétences',
    'diagnostic des compétences',
    'cartographie des compétences',
    'autodiagnostic des capacités',
    'autodiagnostic de ses capacités',
    'autodiagnostic de leurs capacités',
    'évaluation des besoins',
    'analyse des besoins',
    'diagnostic des besoins',
    'étude des besoins',
  ],
  es: [
    'mapeo de competencias',
    'análisis de brechas de competencias',
    'diagnóstico de necesidades de capacitación',
    'diagnóstico de necesidades de formación',
    'evaluación de necesidades de capacitación',
    'evaluación de necesidades de formación',
    'detección de necesidades de capacitación',
    'análisis de necesidades de capacitación',
    'análisis de necesidades de formación',
    'evaluación de capacidades',
    'diagnóstico de capacidades',
    'evaluación inicial de capacidades',
    'diagnóstico inicial de capacidades',
    'diagnóstico de brechas',
    'diagnóstico de competencias',
    'diagnóstico de necesidades',
    'evaluación de necesidades',
    'estudio de necesidades',
    'levantamiento de necesidades',
    // The acronym Latin American training units use: "P1.1 DNC (diagnóstico necesidades capacitación)".
    'DNC',
  ],
})

/**
 * Needs that are not training or capacity needs: a bare "needs assessment"
 * qualified by one of these in one phrase assesses something else
 * ("a community needs assessment", "l'évaluation des besoins humanitaires",
 * "diagnóstico de necesidades de los hogares").
 */
export const otherNeeds = defineLexicon('needs other than training', {
  en: ['community', 'humanitarian', 'household', 'socio-economic', 'socioeconomic', 'food', 'market', 'health', 'shelter', 'infrastructure', 'nutrition', 'basic needs', 'livelihood',
    // What people a service supports need, not what trainees must learn: "a needs assessment of 300 returnees to map their legal, psychosocial and economic needs".
    'legal', 'psychosocial', 'protection', 'reintegration', 'economic', 'returnee'],
  fr: ['humanitaires', 'socio-économiques', 'socioéconomiques', 'ménages', 'communautaires', 'alimentaires', 'sanitaires', 'des populations', 'de la communauté', 'du marché',
    'juridiques', 'psychosociaux', 'de protection', 'de réintégration', 'économiques', 'de retour'],
  es: ['humanitarias', 'socioeconómicas', 'de los hogares', 'comunitarias', 'alimentarias', 'sanitarias', 'de la comunidad', 'de la población', 'del mercado',
    'jurídicas', 'psicosociales', 'de protección', 'de reintegración', 'económicas', 'retornad*'],
})

/**
 * What keeps knowledge when trained staff leave: knowledge management,
 * institutionalisation, training of trainers, integration of the training into
 * the partners' own systems (the integration phrases are in `ownTrainingSystems`).
 */
export const knowledgeRetention = defineLexicon('knowledge retention', {
  en: ['internal trainer', 'in-house trainer', 'internal facilitator', 'in-house facilitator', 'knowledge repository', 'digital repository', 'online repository', 'intranet',
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
    'train-the-trainer',
    'train-the-trainers',
    'ToT',
    'master trainer',
    'cascade training',
    'cascade model',
    'cascade approach',
    'training of facilitators',
    'replicate the training',
    'replicates the training',
    'will replicate the training',
    'succession planning',
    'succession plan',
    'handover file',
    'pool of trainers',
    'core group of trainers',
    'run the course themselves',
    'deliver the course themselves',
    // The aim said in plain words: "To keep the knowledge in the village, we will train at least three people per village".
    'keep the knowledge',
    'retain the knowledge',
    // Trained to train others: "the project will train 12 master assessors as trainers".
    'as trainers',
    'as master trainers',
  ],
  fr: ['formateurs internes', 'formateur interne', 'formateurs relais', 'formatrices internes', 'intranet', 'dépôt documentaire', 'garder les connaissances',
    'conserver les connaissances', 'conserver le savoir', 'préserver les connaissances',
    'gestion des connaissances',
    'gestion du savoir',
    'institutionnaliser',
    'institutionnalisation',
    'institutionnalisé',
    'formation de formateurs',
    'formation des formateurs',
    'comme formateurs',
    'comme formatrices',
    'en tant que formateurs',
    'en tant que formatrices',
    // The feminine, as projects with women trainers write it.
    'formation de formatrices',
    'formation des formatrices',
    'formateurs de formateurs',
    'maîtres formateurs',
    'formation en cascade',
    'formation de facilitateurs',
    'formation des facilitateurs',
    // Any form of the verb: "les relais répliquent la formation", "répliqueront la formation".
    'répliqu* la formation',
    // The French name of the cascade: trained staff pass the training on ("la démultiplication").
    'démultiplication',
    'démultiplier',
    'démultiplieront',
    'noyau de formateurs',
    'maître formateur',
    'maître-formateur',
    'formateurs maison',
    'animateurs maison',
    'animateurs internes',
    'pool de formateurs',
    'vivier de formateurs',
    'mémoire institutionnelle',
  ],
  es: ['conservar el conocimiento', 'conservar los conocimientos', 'mantener el conocimiento', 'retener el conocimiento', 'instructores internos', 'instructor interno', 'instructoras internas', 'formadores internos', 'capacitadores internos', 'facilitadores internos', 'repositorio de conocimientos', 'repositorio digital', 'repositorio en línea', 'repositorio institucional', 'repositorio documental', 'intranet',
    'gestión del conocimiento',
    'institucionalizar',
    'institucionalización',
    'formación de formadores',
    'como formadores',
    'como formadoras',
    'formación de formadoras',
    'capacitación de capacitadores',
    'capacitación de capacitadoras',
    'formación de capacitadores',
    'capacitación en cascada',
    // Facilitators trained to pass the training on: "Formación de facilitadores … Ellos replicarán luego la capacitación".
    'formación de facilitadores',
    'formación de facilitadoras',
    // Any form of the verb: "facilitadores que replican la formación", "replicarán la capacitación".
    'replic* la capacitación',
    'replic* la formación',
    'multiplicadores',
    'multiplicadoras',
    'memoria institucional',
  ],
})

/**
 * Standing bodies a project may make permanent: institutionalising one ("Committees are institutionalised",
 * "Institucionalización de las mesas técnicas") keeps a forum, not what the people trained know.
 */
export const standingBody = defineLexicon('standing bodies', {
  en: ['committee', 'committees', 'forum', 'council', 'coordination mechanism', 'working group', 'task force'],
  fr: ['comité', 'comités', 'commission', 'cadre de concertation', 'forum', 'conseil', 'mécanisme de coordination', 'groupe de travail'],
  es: ['comité', 'comités', 'comisión', 'mesa', 'mesas', 'mesa técnica', 'mesas técnicas', 'foro', 'consejo', 'instancia', 'mecanismo de coordinación', 'grupo de trabajo'],
})

/** The donor or funder as the owner of something ("the donor's knowledge management system", "du bailleur"): not the partners'. */
export const donorOwned = defineLexicon('owned by the donor', {
  en: ["donor's", "donors'", "funder's", 'of the donor', 'of the funder', 'donor agency'],
  fr: ['du bailleur', 'des bailleurs', 'du donateur', 'du partenaire financier', 'agence donatrice'],
  es: ['del donante', 'de los donantes', 'del financiador', 'del cooperante', 'agencia donante'],
})

/**
 * A guide or procedure made the institution's own by an official act: "issued by circular … as the Ministry's standard
 * operating procedure", "un arrêté ministériel en fait la procédure de référence", "una resolución ministerial hace
 * obligatorio el protocolo". What stays when the people trained leave (`guidance` names what is made official).
 */
export const officialAdoption = defineLexicon('made official', {
  en: ['by circular', 'standard operating procedure', 'binding on', 'officially adopted', 'formally adopted', 'made mandatory', 'ministerial order'],
  fr: ['par circulaire', 'par arrêté', 'arrêté ministériel', 'procédure de référence', 'procédure officielle', 'adopté officiellement', 'adoptée officiellement', 'rendu obligatoire', 'rendue obligatoire'],
  es: ['por circular', 'mediante circular', 'resolución ministerial', 'mediante resolución', 'de obligatorio cumplimiento', 'de uso obligatorio', 'hace obligatorio', 'procedimiento oficial', 'adoptado oficialmente', 'adoptada oficialmente'],
})

/** Guidance an institution may make official: guides and manuals, guidelines, protocols. */
export const guidance = defineLexicon('guidance', {
  en: ['guide', 'manual', 'handbook', 'guidelines', 'protocol', 'toolkit', 'method'],
  fr: ['guide', 'manuel', 'lignes directrices', 'protocole', 'boîte à outils', 'méthode'],
  es: ['guía', 'manual', 'lineamientos', 'directrices', 'protocolo', 'caja de herramientas', 'método'],
})

/** Taking training into a partner's own system: "integrated into the induction courses of ENAP". */
export const integrationIntoSystems = defineLexicon('integration into own systems', {
  en: ['made mandatory', 'made compulsory', 'validated by', 'approved by',
    'integrated into',
    'integrated',
    'incorporated',
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
    'taken into',
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
  fr: ['inscription du module dans', 'inscription dans', 'inscrit dans', 'inscrite dans', 'inscrits dans', 'inscrire dans', 'adopté par', 'adoptée par', 'adoptés par', 'validé par', 'validés par', 'validées par', 'rendu obligatoire', 'rendus obligatoires', 'intégrés au', 'intégré au', 'intégrée au', 'intégré dans', 'intégrée dans', 'intégrés dans', 'intégré à', 'intégrée à', 'intégration dans', 'intégration à', 'repris par', 'ancré dans',
    // The verb alone, read with a training system in one clause by the rule ("le module sera intégré, dès la deuxième année, au cursus").
    'intégré', 'intégrée', 'intégrés', 'intégrées', 'incorporé', 'incorporée',
    "s'intègre dans", "s'intègre au", "s'intégrera dans", "s'intégrera au", "s'intègrent dans", "s'intégreront dans"],
  es: ['adoptado por', 'adoptada por', 'aprobado por', 'aprobada por', 'validado por', 'validada por', 'de carácter obligatorio', 'módulo obligatorio', 'pasará a ser', 'integrado en', 'integrada en', 'integración en', 'incorporado en', 'incorporada en', 'asumido por', 'asumida por',
    'integrado', 'integrada', 'integrados', 'incorporado', 'incorporada', 'incorporados',
    // The reflexive verb, now or to come: "El curso se integra en el programa de formación continua de la Secretaría".
    'se integra en', 'se integran en', 'se integrará en', 'se integrarán en', 'se incorpora a', 'se incorpora en', 'se incorporará a', 'se incorporará en', 'se incorporan a', 'se incorporarán a'],
})

/** What a partner's own training system is: read with `integrationIntoSystems` in one sentence. */
export const trainingSystem = defineLexicon('training system', {
  en: ['guide', 'protocol', 'procedures',
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
    'school',
    'academy',
  ],
  fr: ['guide', 'protocole', 'procédure', 'formation', 'cursus', 'curriculum', 'module', 'programme de formation', 'école', 'institut'],
  es: ['guía', 'protocolo', 'procedimiento', 'curso', 'formación', 'capacitación', 'currículo', 'módulo', 'programa de formación', 'escuela', 'instituto'],
})

/** Pre- and post-tests: the measure the lesson says is not enough on its own. */
export const prePostTests = defineLexicon('pre- and post-tests', {
  en: ['at the start and end of', 'at the beginning and end of', 'at the start and at the end of',
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
  fr: ['au début et à la fin de', 'en début et en fin de', 'pré-test', 'post-test', 'test avant et après', 'tests avant et après', 'avant et après la formation', 'évaluation de fin de formation', "test d'entrée", 'test de sortie'],
  es: ['al inicio y al cierre', 'al inicio y al final', 'de entrada y de salida', 'pre-test', 'post-test', 'prueba previa', 'prueba posterior', 'pruebas de entrada y salida', 'prueba de entrada', 'prueba de salida', 'antes y después de la capacitación'],
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
    'graduate follow-up',
    'follow-up of graduates',
  ],
  fr: [
    'enquête de suivi',
    'étude de suivi',
    'étude de traçabilité',
    'enquête de traçabilité',
    'récolte des effets',
    // The delayed evaluation of French training practice ("à froid", against "à chaud" at the end of a session),
    // and the tracer study of vocational training ("enquête d'insertion").
    'évaluation à froid',
    'évaluations à froid',
    'bilan à froid',
    "enquête d'insertion",
    "enquêtes d'insertion",
    "étude d'insertion",
    "taux d'application",
    'niveau 3 de Kirkpatrick',
    'niveaux 3 et 4',
    'suivi post-formation',
  ],
  es: [
    'encuesta de seguimiento',
    'estudio de seguimiento',
    'estudio de trazabilidad',
    'cosecha de alcances',
    'estudio de inserción laboral',
    'encuesta de inserción laboral',
    'tasa de aplicación',
    'seguimiento a egresados',
    'seguimiento de egresados',
    'seguimiento a los egresados',
  ],
})

/**
 * What else is applied, or applied for, than learning: "loan application rate", "tasa de aplicación de vacunas",
 * "taux d'application des engrais". Said of an application rate in one phrase, it is no measure of training.
 */
export const otherApplications = defineLexicon('applications other than of learning', {
  en: ['loan', 'loans', 'credit', 'grant', 'grants', 'visa', 'visas', 'permit', 'permits', 'vaccine', 'vaccines', 'dose', 'doses', 'fertiliser', 'fertilizer', 'pesticide', 'pesticides'],
  fr: ['prêt', 'prêts', 'crédit', 'crédits', 'subvention', 'visa', 'visas', 'permis', 'vaccin', 'vaccins', 'dose', 'doses', 'engrais', 'pesticide', 'pesticides'],
  es: ['préstamo', 'préstamos', 'crédito', 'créditos', 'subvención', 'visa', 'visas', 'permiso', 'permisos', 'vacuna', 'vacunas', 'dosis', 'fertilizante', 'fertilizantes', 'pesticida', 'plaguicida', 'plaguicidas'],
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
    // "aplica lo que aprendió", "aplican lo aprendido", "ponen en práctica lo que aprendieron": the verb in any person and tense.
    'aplica* lo aprendido',
    'aplica* lo que aprend*',
    'pon* en práctica lo aprendido',
    'pon* en práctica lo que aprend*',
    'usa* lo aprendido',
    'usa* lo que aprend*',
    'utiliza* lo aprendido',
    'utiliza* lo que aprend*',
  ],
})

/**
 * Putting something to use, said of the people trained in an indicator: "% of trained inspectors who apply the
 * checklist", "% de inspectores formados que aplican la guía", "part des agents formés qui utilisent la grille".
 */
export const puttingToUse = defineLexicon('putting to use', {
  en: ['apply', 'applies', 'applying', 'use', 'uses', 'using', 'put into practice', 'puts into practice', 'putting into practice'],
  fr: ['applique', 'appliquent', 'utilise', 'utilisent', 'mettent en pratique', 'met en pratique', 'mettent en œuvre', 'met en œuvre'],
  es: ['aplica', 'aplican', 'utiliza', 'utilizan', 'usa', 'usan', 'pone en práctica', 'ponen en práctica'],
})

/** The people a course trained, named as such: "trained inspectors", "agents formés", "inspectores formados". */
export const peopleTrained = defineLexicon('people trained', {
  en: ['trained', 'course graduates', 'graduates of the course'],
  fr: ['formé', 'formés', 'formée', 'formées'],
  es: ['formado', 'formados', 'formada', 'formadas', 'capacitado', 'capacitados', 'capacitada', 'capacitadas'],
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
    'record',
  ],
  // Not "suivi" or "seguimiento": they name follow-up support as often as monitoring.
  fr: ['enquête', 'entretien', 'observer', 'observera', 'observeront', 'observation', 'évaluer', 'évaluera', 'évalueront', 'évaluation', 'mesurer', 'mesurera', 'mesureront', 'mesure', 'mesuré', 'vérifier', 'vérifiera', 'vérifieront', 'questionnaire', 'indicateur', 'taux', 'pourcentage', 'proportion', 'nombre de', 'consigner', 'consignera', 'consigneront'],
  es: ['encuesta', 'entrevista', 'observar', 'observará', 'observarán', 'observación', 'evaluar', 'evaluará', 'evaluarán', 'evaluación', 'medir', 'medirá', 'medirán', 'medición', 'verificar', 'verificará', 'verificarán', 'cuestionario', 'monitoreo', 'indicador', 'tasa', 'porcentaje', 'proporción', 'número de', 'registrar', 'registrará', 'registrarán', 'anotar', 'anotará', 'anotarán'],
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
    // A point in time counted from the course: "at six months, a sample of each inspector's reports is reviewed".
    'at three months', 'at six months', 'at twelve months', 'at 3 months', 'at 6 months', 'at 12 months',
  ],
  fr: ['à trois mois', 'à six mois', 'à douze mois', 'à 3 mois', 'à 6 mois', 'à 12 mois', 'mois après la fin', 'au bout de', 'mois suivant la', 'mois après', 'mois plus tard', 'semaines après', 'an après', 'après la formation', 'après chaque formation', 'de retour au travail'],
  es: ['a los tres meses', 'a los seis meses', 'a los doce meses', 'a los 3 meses', 'a los 6 meses', 'a los 12 meses', 'meses del curso', 'meses de la capacitación', 'meses de la formación', 'meses del egreso', 'meses de terminado', 'meses de terminada', 'meses de concluido', 'meses de concluida', 'meses de finalizado', 'meses de finalizada', 'meses tras', 'tras el curso', 'tras la capacitación', 'al cabo de', 'meses después', 'meses más tarde', 'semanas después', 'después de la capacitación', 'después de cada curso'],
})

/** A measurement: read with `laterInTime` in one sentence. */
export const measurement = defineLexicon('measurement', {
  // Counting and looking, as a members' organisation checks on its own members: "the relays will count how many wear the gloves".
  en: ['sample', 'survey', 'interview', 'observe', 'observation', 'assess', 'assessment', 'measure', 'check', 'verify', 'verification', 'evaluate', 'evaluation', 'questionnaire', 'focus group', 'record', 'track', 'count how many',
    // Asking and looking, in plain words: "go back to the people they trained and ask them if they registered", "see whether".
    'ask them if', 'ask them whether', 'ask whether', 'see whether', 'see if', 'find out',
    // Looking at what the people trained do, some months on: "Six months after each course, the organisers will … look at the grievance register".
    'look at'],
  // The French and Spanish verbs with their future forms: a plan says what "vérifiera", "evaluará".
  // With the first person plural, as an NGO writes its own plan: "encuestaremos a los docentes", "nous vérifierons".
  fr: ['échantillon', 'vérifier', 'vérifiera', 'vérifieront', 'vérifierons', 'vérifié', 'vérifiée', 'vérifiés', 'vérifiées', 'vérification', 'enquête', 'enquêter', 'enquêterons', 'entretien', 'observer', 'observera', 'observeront', 'observerons', 'observation', 'évaluer', 'évaluera', 'évalueront', 'évaluerons', 'évaluation', 'mesurer', 'mesurera', 'mesureront', 'mesurerons', 'questionnaire', 'constaté', 'constatée', 'constatés', 'constatées',
    'compter', 'comptera', 'compteront', 'compterons', 'regarder si', 'regarderont si', 'voir si', 'verra si', 'verront si', 'leur demander si', 'demander si', 'pour savoir'],
  es: ['comprobar', 'comprobará', 'comprobarán', 'comprobaremos', 'muestra', 'muestreo', 'encuesta', 'encuestar', 'encuestará', 'encuestarán', 'encuestaremos', 'entrevista', 'entrevistaremos', 'observar', 'observará', 'observarán', 'observaremos', 'observación', 'evaluar', 'evaluará', 'evaluarán', 'evaluaremos', 'evaluación', 'medir', 'medirá', 'medirán', 'mediremos', 'verificar', 'verificará', 'verificarán', 'verificaremos', 'verificación', 'cuestionario',
    'mirar', 'mira', 'mirará', 'miran', 'mirarán', 'miraremos', 'revisar', 'revisa', 'revisará', 'revisan', 'revisarán', 'revisaremos', 'para conocer si', 'contar cuántos', 'contarán cuántos', 'contaremos cuántos', 'ver si', 'verá si', 'verán si', 'preguntarles si', 'preguntar si', 'para saber'],
})

/** Observation of trainees at work: counts when the sentence is about training results. */
export const observation = defineLexicon('observation', {
  en: ['observe', 'observation', 'on-site observation', 'workplace observation', 'direct observation'],
  // The French and Spanish verb in the present and future too: "DP observa a cada promotor en el mercado".
  fr: ['observer', 'observe', 'observé', 'observent', 'observera', 'observeront', 'observation'],
  es: ['observar', 'observa', 'observan', 'observará', 'observarán', 'observación'],
})

/** A target left to be set later: "Targets on the share of women … will be set in the inception report", "à définir", "se fijarán". */
export const targetLeftOpen = defineLexicon('target left open', {
  en: ['will be set', 'will be defined', 'will be determined', 'will be agreed', 'to be set', 'to be defined', 'to be determined', 'to be agreed'],
  fr: ['seront fixés', 'seront fixées', 'sera fixé', 'sera fixée', 'seront définis', 'seront définies', 'sera défini', 'sera définie', 'à définir', 'à fixer', 'à déterminer'],
  es: ['se fijarán', 'se fijará', 'se definirán', 'se definirá', 'se establecerán', 'se establecerá', 'a definir', 'por definir', 'por determinar'],
})

/**
 * The same verbs setting, in the sentence, what follows as the target: "Se fijará como meta que al menos el 40 % de
 * las personas participantes sean mujeres", "Il sera fixé comme objectif que…", "It will be set as a target that…".
 */
export const targetSetAs = defineLexicon('target set as', {
  en: ['will be set as a target', 'will be set as targets', 'will be set as the target'],
  fr: ['sera fixé comme objectif', 'sera fixée comme cible', 'sera fixé comme cible', 'seront fixés comme objectifs', 'seront fixées comme cibles'],
  es: ['se fijará como meta', 'se fijarán como metas', 'se fijará como objetivo', 'se fijarán como objetivos', 'se establecerá como meta', 'se establecerán como metas', 'se establecerá como objetivo'],
})

/** Words that say a sentence is about what training achieved. */
export const learningResults = defineLexicon('learning results', {
  // And the session, as a members' organisation calls its training: "trois mois après la dernière session".
  en: ['training', 'trained', 'trainee', 'course', 'cohort', 'workshop', 'learning', 'learned', 'learnt', 'participant', 'graduate', 'what they learn', 'training session', 'last session',
    // What the course taught, checked where it is used: "six mois après … l'adoption effective des pratiques enseignées".
    'practices taught', 'skills taught', 'what was taught'],
  // The workshop too, as English has it: "seis meses después del último taller".
  fr: ['cours', 'diplômé', 'diplômés', 'formation', 'formé', 'stagiaire', 'apprentissage', 'participant', 'acquis', 'atelier', 'ateliers', 'dernière session', 'dernière séance', 'cohorte', 'pratiques enseignées', 'techniques enseignées', 'gestes enseignés'],
  es: ['curso', 'egresado', 'egresada', 'egresados', 'egresadas', 'capacitación', 'capacitado', 'formación', 'aprendizaje', 'lo aprendido', 'participante', 'taller', 'talleres', 'última sesión', 'lo que aprendió', 'lo que aprendieron', 'cohorte', 'prácticas enseñadas', 'técnicas enseñadas', 'lo enseñado'],
})

/**
 * A module of a course, or an academy, as the time a measure is taken after ("six mois après les modules"). Read only with
 * `laterInTime`: a module named alone is as often what an assessment prepares ("antes de diseñar los módulos").
 */
export const trainingModule = defineLexicon('training module', {
  // Or the whole programme by its name: "Seis meses después de terminada la Academia, el equipo visita cada organización".
  en: ['module', 'academy'],
  fr: ['module', 'académie'],
  es: ['módulo', 'academia'],
})

/** A training curriculum or its content. */
export const curriculum = defineLexicon('curriculum', {
  en: ['its contents', 'their contents', 'study programme', 'study program', 'programme of study',
    'curriculum',
    'curricula',
    'syllabus',
    'syllabi',
    'course outline',
    'course plan',
    'course content',
    'training content',
    'content of the course',
    'content of the training',
    'content of the workshop',
    'content of the workshops',
    'workshop content',
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
    // The programme of a course is its syllabus: "El programa de los talleres abarcará:".
    'course programme',
    'workshop programme',
    'programme of the course',
    'programme of the workshop',
    'seminar programme',
    'programme of the seminar',
    'academy programme',
    'academy curriculum',
  ],
  fr: ['ses contenus', 'son contenu', "programme d'études", 'programme des cours', 'programme pédagogique', 'contenu pédagogique', 'contenus pédagogiques', 'référentiel de formation', "référentiel d'apprentissage", 'référentiel d’apprentissage', 'curriculum', 'cursus', 'parcours de formation', 'programme de formation', 'contenu de la formation', 'contenus de la formation', 'contenu des formations', 'contenus des formations', 'contenu de formation', 'contenus de formation', 'contenu des ateliers', "contenu de l'atelier", 'contenu de l’atelier',
    'cours couvre', 'cours couvrira', 'cours abordera', 'formation couvre', 'formation couvrira', 'formation abordera', 'atelier couvrira', 'ateliers couvriront', 'contenu du cours', 'contenu du cycle', 'contenus du cycle', 'programme du cycle', 'module', 'tronc commun', 'contenu commun', 'plan de cours',
    'programme du cours', "programme de l'atelier", 'programme des ateliers', 'programme de la formation', 'programme du séminaire', 'programme des séminaires', "programme de l'académie", 'programme de l’académie'],
  // A training's contents taken up by a possessive, over what they are: "El programa se impartirá en talleres … Sus
  // contenidos son: fisiología del estrés térmico; …" (a curriculum only where its contents follow).
  es: ['sus contenidos', 'su contenido', 'programa de estudios', 'malla curricular', 'contenidos del curso', 'contenidos de la capacitación', 'currículo', 'plan de estudios', 'temario', 'contenido del curso', 'contenido de la capacitación', 'contenido de la formación', 'contenido de los talleres', 'contenidos de los talleres', 'contenido del taller', 'contenidos de la formación', 'contenido común', 'contenidos formativos', 'itinerario formativo', 'programa formativo', 'programa analítico', 'módulo', 'tronco común',
    // A course told by what it covers, as English "the course covers": "El curso cubre los Convenios núm. 138 y 182…".
    'curso cubre', 'curso cubrirá', 'curso abarca', 'curso abarcará', 'curso aborda', 'curso abordará',
    'capacitación cubre', 'capacitación cubrirá', 'capacitación abarcará', 'capacitación abordará', 'taller cubrirá', 'talleres cubrirán',
    'programa del curso', 'programa de los cursos', 'programa del taller', 'programa de los talleres', 'programa de la capacitación', 'programa de la formación', 'programa del seminario', 'programa de los seminarios',
    'programa de la academia',
    // "Malla" (curricular), as Latin America names a syllabus: "Malla de la Academia:".
    'malla del curso', 'malla de los cursos', 'malla de la academia', 'malla de la capacitación', 'malla de la formación', 'malla de los talleres'],
})

const COURSE_NOUNS_FR = ['formation', 'formations', 'programme', 'module', 'modules', 'cours', 'curriculum', 'cursus']
const CONTENT_PARTICIPLES_FR = ['couvrant', 'portant sur', 'abordant', 'comprenant', 'incluant']

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
    'organised into',
    'organized into',
    'structured into',
    'made up of',
    'devoted to',
    'dedicated to',
    'structured around',
    'built around',
    'as follows',
  ],
  // "Le module traitera des risques liés au mercure…", as "deals with" in English ("traitera les plaintes" handles them).
  fr: ['couvrir', 'couvre', 'couvrira', 'couvriront', 'comprend', 'comprendra', 'comprendront', 'inclut', 'inclura', 'incluront', 'porte sur', 'porteront sur', 'portera sur', 'thème', 'suivants', 'suivantes', 'comme suit', 'aborde', 'abordé', 'abordera', 'aborderont',
    'traite de', 'traite des', 'traitera de', 'traitera des', 'traiteront de', 'traiteront des',
    // A participle says what the course holds only right after it: "un programme de formation couvrant les normes…"
    // ("deux sessions de dix jours comprenant des visites de sites" tells how the days are spent).
    ...COURSE_NOUNS_FR.flatMap((noun) => CONTENT_PARTICIPLES_FR.map((participle) => `${noun} ${participle}`)),
    'comporte', 'comportera', 'se compose de', 'composé de', 'consacré à', 'consacrée à', 'organisé en', 'organisée en', 'structuré en', 'structurée en', "s'articule autour de", 's’articule autour de', "s'articule en", 's’articule en'],
  es: ['abarca', 'abarcará', 'abarcarán', 'cubre', 'cubrirá', 'cubrirán', 'incluye', 'incluirá', 'incluirán', 'comprende', 'comprenderá', 'comprenderán', 'tema', 'bloque', 'bloques', 'siguientes', 'como sigue', 'aborda', 'abordará', 'abordarán',
    'trata de', 'trata sobre', 'tratará de', 'tratará sobre', 'tratarán de', 'tratarán sobre',
    'consta de', 'constará de', 'se compone de', 'compuesto de', 'dedica', 'dedicará', 'dedicado a', 'dedicada a', 'organizado en', 'organizada en', 'se organizará en', 'se organiza en', 'estructurado en', 'estructurada en', 'se articula en', 'se articula en torno a', 'se articulará en torno a'],
})

/**
 * A programme, bare: the syllabus of a training named just before when it goes on to what it holds ("Six sessions de
 * deux jours … Au programme : les dangers du site, …"); `findCurricula` asks that.
 */
export const programmeWord = defineLexicon('programme', {
  en: ['programme', 'program'],
  fr: ['programme'],
  es: ['programa'],
})

/** What opens a list right after it: "The programme is the following:", "Le programme est le suivant :", "El programa es el siguiente:". */
export const theFollowing = defineLexicon('the following', {
  en: ['the following', 'as follows'],
  fr: ['le suivant', 'la suivante', 'les suivants', 'les suivantes', 'comme suit'],
  es: ['el siguiente', 'la siguiente', 'los siguientes', 'las siguientes', 'como sigue'],
})

/**
 * The content of a curriculum named just before, taken up by a possessive: "A five-day module will be developed. Its
 * content: …", "Son contenu : …". It describes the curriculum when a colon opens its list (`findCurricula`); "without
 * consulting inspectors on its content" does not.
 */
export const itsContent = defineLexicon('its content', {
  en: ['its content', 'its contents', 'their content', 'their contents'],
  fr: ['son contenu', 'ses contenus', 'leur contenu', 'leurs contenus'],
  es: ['su contenido', 'sus contenidos'],
})

/** What a course teaches, by name: "the following topics", "los siguientes contenidos", "les thèmes suivants". */
export const topicsWord = defineLexicon('topics', {
  en: ['topic', 'subject', 'content', 'contents', 'theme', 'module'],
  fr: ['thème', 'sujet', 'contenu', 'contenus', 'module'],
  es: ['tema', 'contenido', 'contenidos', 'módulo', 'asignatura'],
})

/**
 * A heading that asks or says what a training teaches: "Que contiendra la formation ?", "What will
 * participants learn?", "¿Qué aprenderán las personas participantes?", "Contenu des sessions".
 */
export const curriculumHeading = defineLexicon('what a training teaches', {
  en: ['content', 'contents', 'will learn', 'what participants learn', 'what they learn', 'what trainees learn'],
  fr: ['contenu', 'contenus', 'contiendra', 'contiendront', 'apprendront', 'apprendre'],
  es: ['contenido', 'contenidos', 'aprenderán', 'aprenderá', 'qué aprenden'],
})

/**
 * ILO conventions in the shorthand ILO staff write ("C181", "C-138", "C 189"): the term 'C 181' reads all three. From
 * No. 11 up: "C1" and "C2" are language levels.
 */
const CONVENTION_SHORTHAND = Array.from({length: 190 - 10}, (_, index) => `C ${index + 11}`)

/** ILO core curriculum, topic 1: international labour standards. */
export const labourStandardsTopic = defineLexicon('international labour standards', {
  en: [...CONVENTION_SHORTHAND, 'ILO instruments', 'conventions and recommendations', 'international labour conventions', 'ratified conventions',
    // As ILO staff abbreviate them: "modules: ILS on child labour (C138, C182), …".
    'ILS',
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
    'ILO supervisory bodies',
  ],
  fr: ['NIT', "organes de contrôle de l'OIT", 'organes de contrôle de l’OIT', 'conventions fondamentales', 'conventions et recommandations', 'instruments de l’OIT', "instruments de l'OIT", 'conventions internationales du travail', 'normes internationales du travail', 'normes du travail', "conventions de l'OIT", 'principes et droits fondamentaux au travail'],
  es: ['NIT', 'órganos de control de la OIT', 'convenios y recomendaciones', 'instrumentos de la OIT', 'convenios internacionales del trabajo', 'convenios fundamentales', 'normas internacionales del trabajo', 'normas laborales', 'convenios de la OIT', 'principios y derechos fundamentales en el trabajo'],
})

/** ILO core curriculum, topic 2: social dialogue and tripartism. */
export const socialDialogueTopic = defineLexicon('social dialogue and tripartism', {
  en: ['bargaining', 'social partners', 'bipartite', 'social dialogue', 'tripartism', 'tripartite', 'collective bargaining', 'freedom of association'],
  fr: ['concertation', 'partenaires sociaux', 'bipartite', 'dialogue social', 'tripartisme', 'tripartite', 'négociation collective', 'liberté syndicale'],
  es: ['tripartita', 'concertación', 'interlocutores sociales', 'bipartito', 'bipartita', 'diálogo social', 'tripartismo', 'tripartito', 'negociación colectiva', 'libertad sindical'],
})

/**
 * The other fundamental principles and rights at work. Freedom of association listed among them ("les conventions
 * fondamentales (travail des enfants, travail forcé, liberté syndicale, égalité)") names a standard, not a session on
 * social dialogue.
 */
export const otherFundamentalPrinciples = defineLexicon('other fundamental principles', {
  en: ['child labour', 'child labor', 'forced labour', 'forced labor', 'non-discrimination', 'discrimination', 'equality', 'occupational safety and health'],
  fr: ['travail des enfants', 'travail forcé', 'non-discrimination', 'discrimination', 'égalité', 'sécurité et santé au travail'],
  es: ['trabajo infantil', 'trabajo forzoso', 'no discriminación', 'discriminación', 'igualdad', 'seguridad y salud en el trabajo'],
})

/** ILO core curriculum, topic 3: gender equality. */
export const genderEqualityTopic = defineLexicon('gender equality', {
  en: ['gender equality', 'gender', 'equality between women and men', 'equality of women and men', 'equality between girls and boys', 'equal opportunities for women and men', "women's rights", 'equal pay', 'equal remuneration', 'maternity protection'],
  fr: ['égalité entre les femmes et les hommes', 'égalité entre hommes et femmes', 'égalité des sexes', 'égalité de genre', 'égalité femmes-hommes', 'égalité hommes-femmes', 'égalité filles-garçons', 'égalité entre les filles et les garçons', 'égalité entre filles et garçons', 'égalité entre garçons et filles', 'égalité des genres', 'genre', 'égalité salariale', 'égalité de rémunération', 'protection de la maternité'],
  es: ['igualdad de género', 'igualdad entre mujeres y hombres', 'igualdad entre hombres y mujeres', 'igualdad entre niñas y niños', 'igualdad entre niños y niñas', 'género', 'igualdad salarial', 'igualdad de remuneración', 'protección de la maternidad'],
})

/** ILO core curriculum, topic 4: non-discrimination. */
export const nonDiscriminationTopic = defineLexicon('non-discrimination', {
  // "Without discrimination" names the principle, not its absence: the privative is part of the term.
  // And as an adjective: "le recrutement non discriminatoire", "non-discriminatory hiring", "contratación no discriminatoria".
  en: ['non-discrimination', 'nondiscrimination', 'anti-discrimination', 'discrimination', 'without discrimination', 'equal treatment', 'equality of treatment', 'equality of opportunity and treatment',
    'non-discriminatory', 'discriminatory'],
  fr: ['non-discrimination', 'discrimination', 'sans discrimination', 'égalité de traitement', 'non discriminatoire', 'non discriminatoires', 'discriminatoire', 'discriminatoires'],
  es: ['no discriminación', 'discriminación', 'sin discriminación', 'igualdad de trato', 'no discriminatorio', 'no discriminatoria', 'no discriminatorios', 'no discriminatorias', 'discriminatorio', 'discriminatoria', 'discriminatorias', 'discriminatorios'],
})

// Tense markers (past, plan, dated past) live in the core: `isHistory`, `planMarkers`.
export {datedPast, pastMarkers, planMarkers} from '@lessonlint/core'

/** Women among participants. */
export const womenParticipants = defineLexicon('women participants', {
  en: ['women', 'woman', 'female', 'girls', 'gender balance', 'gender-balanced', 'gender parity', 'equal numbers of women and men'],
  fr: ['femmes', 'femme', 'filles', 'parité', 'équilibre entre les sexes', 'participation féminine', 'apprenties'],
  // Feminine with its article: "las participantes" (bare "participantes" names both sexes in Spanish).
  es: ['mujeres', 'mujer', 'niñas', 'paridad', 'equilibrio de género', 'participación femenina', 'las participantes', 'alumnas', 'aprendizas'],
})

/**
 * Women named as the participants by a French feminine noun: "au moins 50 % de participantes", "30 % d'apprenantes".
 * Spanish writes the same word for both sexes ("el 50 % de los participantes"), so it is read in French only.
 */
export const frenchWomenParticipants = defineLexicon('participantes (French)', {
  fr: ['participantes', 'apprenantes', 'stagiaires femmes', 'étudiantes'],
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
  // A course's intake, as French and Spanish count by it: "dans chaque promotion de formateurs relais : au moins 2
  // représentants syndicaux" (not "promotion" alone: "la promotion de l'emploi").
  fr: ['participant*', 'participation', 'place*', 'siège*', 'stagiaire*', 'formé*', 'formation', 'atelier*', 'cohorte*', 'apprenant*', 'chaque promotion', 'par promotion'],
  es: ['participante*', 'participación', 'plaza*', 'cupo*', 'capacitad*', 'capacitación', 'formación', 'taller*', 'curso*', 'cohorte*', 'cada promoción', 'por promoción'],
})

/** A label that opens a paragraph about who takes part in a training: "Participants:", "Participación:". */
export const participantsLabel = defineLexicon('participants label', {
  en: ['participant', 'participation', 'attendance', 'who takes part', 'who will take part', 'who participates'],
  fr: ['participant*', 'participation', 'qui participe', 'qui participera', 'qui participeront'],
  es: ['participante*', 'participación', 'quién participa', 'quiénes participan', 'quiénes participarán', 'quien participa', 'quienes participan'],
})

/**
 * Workshops that are places of work, not training events: "welding
 * workshops", "ateliers de couture", "talleres de confección". A trade or a
 * workplace noun names the workshop.
 */
export const workplaceWorkshop = defineLexicon('workshops as workplaces', {
  en: [
    'welding workshop',
    'repair workshop',
    'garment workshop',
    'sewing workshop',
    'tailoring workshop',
    'carpentry workshop',
    'joinery workshop',
    'mechanic workshop',
    'mechanics workshop',
    'metal workshop',
    'metalwork workshop',
    'vehicle workshop',
    'motor workshop',
    'printing workshop',
    'family-run workshop',
    'production workshop',
    'artisanal workshop',
  ],
  fr: [
    'atelier de couture',
    'atelier de confection',
    'atelier de tissage',
    'atelier de teinture',
    'atelier de soudure',
    'atelier de menuiserie',
    'atelier de mécanique',
    'atelier de réparation',
    'atelier de production',
    'atelier artisanal',
    'ateliers artisanaux',
    'atelier familial',
    'ateliers familiaux',
    "chef d'atelier",
    "chefs d'atelier",
  ],
  es: [
    'taller de costura',
    'taller de confección',
    'taller de soldadura',
    'taller de carpintería',
    'taller mecánico',
    'talleres mecánicos',
    'taller de mecánica',
    'taller de reparación',
    'taller de producción',
    'taller artesanal',
    'talleres artesanales',
    'taller familiar',
    'talleres familiares',
  ],
})

/** The word "workshop" itself, whose sense (an event or a place of work) one document keeps throughout. */
export const workshopWord = defineLexicon('workshop word', {
  en: ['workshop'],
  fr: ['atelier'],
  es: ['taller', 'talleres'],
})

/** What makes a workshop a training event wherever it stands: people learning, a trainer, a topic taught. */
export const trainingCue = defineLexicon('training cue', {
  en: ['training', 'trainer', 'trainee', 'participant', 'facilitator', 'learn', 'learning', 'session', 'curriculum', 'module', 'course'],
  fr: ['formation', 'formateur', 'formatrice', 'stagiaire', 'participant', 'participante', 'animateur', 'apprentissage', 'session', 'module', 'cours de'],
  es: ['capacitación', 'formación', 'capacitador', 'formador', 'participante', 'facilitador', 'aprendizaje', 'sesión', 'sesiones', 'módulo', 'curso'],
})

/**
 * Bodies a project founds: "formación de 12 nuevas cooperativas", "formation
 * d'un comité", "former un réseau". Training forms people, not bodies.
 */
export const foundedBody = defineLexicon('bodies founded', {
  en: ['cooperative', 'committee', 'association', 'network', 'group', 'council', 'alliance', 'coalition', 'federation', 'consortium', 'platform', 'government', 'union', 'company', 'enterprise'],
  fr: ['coopérative', 'comité', 'commission', 'association', 'réseau', 'groupement', 'conseil', 'alliance', 'coalition', 'fédération', 'consortium', 'plateforme', 'gouvernement', 'syndicat', 'mutuelle', 'entreprise', 'société'],
  es: ['cooperativa', 'comité', 'comisión', 'mesa', 'asociación', 'red', 'grupo', 'consejo', 'alianza', 'coalición', 'federación', 'consorcio', 'plataforma', 'gobierno', 'sindicato', 'mutual', 'empresa', 'sociedad'],
})

/** "Ongoing": "la discusión legislativa en curso", "les réformes en cours". The plural "en cursos de" is training. */
export const inProgress = defineLexicon('in progress', {
  fr: ['en cours'],
  es: ['en curso'],
})

/** Software and information systems: a "module logiciel" or a "módulo de inscripción del SICERE" is no training material. */
export const softwareWord = defineLexicon('software', {
  en: ['software', 'information system', 'database', 'web application', 'mobile application', 'app', 'IT system', 'digital platform', 'online platform', 'e-services'],
  fr: ['logiciel', "système d'information", 'système d’information', 'base de données', 'application mobile', 'application web', 'application numérique', 'informatique', 'plateforme numérique', 'téléservice'],
  es: ['software', 'sistema de información', 'sistema informático', 'sistema centralizado', 'base de datos', 'aplicación móvil', 'aplicación web', 'aplicación informática', 'informático', 'plataforma digital'],
})

/** The ILO as the owner of existing material: "the ILO WISE manual", "les outils de l'OIT", "la guía de la OIT". */
export const iloName = defineLexicon('ILO', {
  en: ['ILO', 'International Labour Organization', 'International Labour Organisation', 'International Labour Office'],
  fr: ['OIT', 'BIT', 'Organisation internationale du Travail', 'Bureau international du Travail'],
  es: ['OIT', 'Organización Internacional del Trabajo'],
})

/** Finding something out: a diagnostic, survey, study, assessment, mapping. Read with `capacityGaps` in one block. */
export const assessmentAct = defineLexicon('assessment act', {
  // Asking the people themselves, as a members' organisation does: "we asked 163 members what they most need to learn".
  en: ['assessment', 'assess', 'diagnostic', 'diagnosis', 'survey', 'study', 'analysis', 'mapping', 'review', 'questionnaire', 'focus group', 'find out', 'establish what', 'identify',
    'asked', 'ask', 'interviewed', 'interview',
    // Seeing with them what they lack, in plain words: "pour voir avec les membres ce qu'il leur manque".
    'see what', 'see with'],
  // What an institution assesses of itself, in one word: "un autodiagnóstico de capacidades institucionales y de necesidades
  // de capacitación" (English "self-assessment" holds "assessment").
  fr: ['autodiagnostic', 'auto-évaluation', 'évaluation', 'évaluer', 'diagnostic', 'enquête', 'étude', 'analyse', 'analysé', 'cartographie', 'questionnaire', 'repérer', 'identifier', 'recenser', 'recensement',
    'interrogé', 'interrogés', 'interroger', 'demandé', 'demander', 'voir ce que', 'voir avec'],
  es: ['autodiagnóstico', 'autoevaluación', 'evaluación', 'evaluar', 'diagnóstico', 'encuesta', 'estudio', 'análisis', 'levantamiento', 'relevamiento', 'mapeo', 'cuestionario', 'averiguar', 'averiguarán', 'identificar',
    'preguntamos', 'preguntar', 'preguntaremos', 'entrevistamos', 'entrevistar', 'ver qué', 'ver con'],
})

/** What people need to learn: learning needs, skills or capacity gaps, what they lack. */
export const capacityGaps = defineLexicon('capacity gaps', {
  en: [
    // Needs alone are no assessment ("their learning needs are considered to be the same"): an assessing act must go with them.
    'learning needs',
    'learning gap',
    'learning-gap',
    'knowledge gap',
    'skills gap',
    'skill gap',
    'capacity gap',
    'competence gap',
    'competency gap',
    'training need',
    'learning need',
    'skills need',
    'capacity need',
    'need to learn',
    'needs to learn',
    'needed to learn',
    'want to learn',
    'wanted to learn',
    'already know',
    'where they struggle',
    'skills they lack',
    'competencies they lack',
  ],
  fr: [
    'besoins de formation',
    'besoins en formation',
    'besoins en compétences',
    'besoins en capacités',
    'besoins d’apprentissage',
    "besoins d'apprentissage",
    'lacunes',
    'font défaut',
    'fait défaut',
    'compétences manquantes',
    'compétences qui manquent',
    'compétences qui leur manquent',
    'doivent apprendre',
    'veulent apprendre',
    'voulaient apprendre',
    "ont besoin d'apprendre",
    'ont besoin d’apprendre',
  ],
  es: [
    'necesidades formativas',
    'necesidades de formación',
    'necesidades de capacitación',
    'necesidades de aprendizaje',
    'necesitan aprender',
    'necesita aprender',
    'necesitaban aprender',
    'quieren aprender',
    'querían aprender',
    'brechas de capacidad',
    'brechas de competencias',
    'brechas de conocimiento',
    'déficits de capacidad',
    'carencias formativas',
  ],
})

/** Support given to people in person: visits, advice, feedback, a help line. Follow-up when it comes after the event or on the job. */
export const supportAct = defineLexicon('support act', {
  en: ['support', 'visit', 'adviser', 'advisor', 'advice', 'feedback', 'sits with', 'sit with', 'sits in on', 'sit in on', 'help line', 'helpline', 'assistance', 'clinic', 'accompany', 'accompanies',
    'answer questions', 'answer their questions'],
  fr: ['appui', 'soutien', 'visite', 'conseiller', 'conseillera', 'conseil', 'accompagnera', 'accompagner', 'assistance', "ligne d'assistance", 'retour', 'permanence', 'répondre aux questions',
    'répondre à leurs questions'],
  es: ['apoyo', 'apoya', 'apoyará', 'visita', 'visitará', 'visitarán', 'asesor', 'asesora', 'asesoría', 'acompañan', 'acompañar', 'acompañará', 'asistencia', 'línea de ayuda', 'retroalimentación',
    'resolver dudas', 'resolver sus dudas', 'responder preguntas', 'responder sus preguntas'],
})

/** After the training or at the trainee's own workplace. */
export const afterOrOnTheJob = defineLexicon('after the training or on the job', {
  en: [
    'afterwards',
    'after each',
    'after the workshop',
    'after the course',
    'after the training',
    'after the seminar',
    'after the sessions',
    'after the second',
    'between sessions',
    'between workshops',
    'months following',
    'weeks following',
    'the following weeks',
    'the following months',
    'the weeks after',
    'following the training',
    'following the workshop',
    'on the spot',
    'on the job',
    'at work',
    'at their workplace',
    'in their workplace',
    'own workplace',
    'real hearings',
    'real cases',
    'in practice',
    'on site',
    // Those who have finished the course: "a help line that course graduates can use".
    'graduates',
    'alumni',
  ],
  fr: [
    'diplômés',
    'anciens stagiaires',
    'après chaque',
    'suivent chaque',
    'suivant chaque',
    'sur place',
    'après la formation',
    'après le séminaire',
    "après l'atelier",
    'après les ateliers',
    'après les formations',
    'après les sessions',
    'entre deux séminaires',
    'entre deux ateliers',
    'entre deux sessions',
    'à la suite de la formation',
    'sur le terrain',
    'sur le lieu de travail',
    'sur poste',
    'en situation réelle',
    'premières visites',
    'mettre en pratique',
    'les semaines suivantes',
    'les semaines qui suivent',
    'les mois suivants',
    'les mois qui suivent',
  ],
  es: [
    'egresados',
    'egresadas',
    'terminado el taller',
    'terminado el curso',
    'terminado cada curso',
    'terminado cada taller',
    'meses siguientes',
    'semanas siguientes',
    'entre dos talleres',
    'posterior a los cursos',
    'posterior al curso',
    'posteriores a los cursos',
    'después del taller',
    'después del curso',
    'después de los talleres',
    'después de los cursos',
    'tras los talleres',
    'tras los cursos',
    'después de la capacitación',
    'después de cada',
    'tras el taller',
    'tras el curso',
    'en su propio puesto',
    'en obra',
    'en la obra',
    'en el sitio',
    'en el lugar de trabajo',
    'en su puesto de trabajo',
    'in situ',
    'en la práctica',
    'posteriores al curso',
    'posteriores al taller',
    'posteriores a la capacitación',
  ],
})

/** Staff who join later: what an induction with the project's materials keeps the knowledge for. */
export const newcomers = defineLexicon('newcomers', {
  // A members' organisation's newcomers are its new members: "the relays will train the new members".
  en: ['new staff', 'new recruits', 'newly recruited', 'newcomers', 'new hires', 'new employees', 'new officers', 'staff who join', 'induction', 'new members', 'members who join', 'new person', 'new people',
    // The noun left out, after whoever leaves was named: "the section committee will choose a new one and the older peer
    // helpers will train the new one".
    'the new one', 'the new ones'],
  fr: ['nouvelles recrues', 'nouveaux agents', 'nouveaux arrivants', 'nouveaux venus', 'nouveau personnel', 'accueil des nouveaux', 'intégration des nouveaux', 'nouveaux membres', 'nouvelles membres', 'nouveaux adhérents', 'nouvelles adhérentes', 'nouvelle personne', 'nouvelles personnes',
    // Said by a relative clause, as "staff who join" and "quienes se incorporen": "former les agents qui rejoindront l'unité".
    'qui rejoindront', 'qui rejoignent', 'qui les rejoindront', 'qui les rejoignent', 'qui la rejoindront', 'qui la rejoignent',
    'qui le rejoindront', 'qui le rejoignent'],
  es: ['que se incorporen', 'funcionario nuevo', 'funcionarios nuevos', 'nuevos funcionarios', 'nuevo personal', 'personal nuevo', 'quienes se incorporen', 'recién llegados', 'nuevos ingresos', 'inducción',
    'socio nuevo', 'socia nueva', 'socios nuevos', 'socias nuevas', 'nuevos socios', 'nuevas socias', 'nuevos miembros', 'miembros nuevos', 'persona nueva', 'nueva persona', 'personas nuevas'],
})

/** An option considered and set aside: "was considered but not retained", "écartée", "descartada". */
export const rejectedOption = defineLexicon('rejected option', {
  en: ['not retained', 'was rejected', 'were rejected', 'discarded', 'ruled out', 'set aside', 'was dropped', 'were dropped', 'decided against'],
  fr: ['pas été retenu', 'pas été retenue', 'non retenu', 'non retenue', 'écarté', 'écartée', 'abandonné', 'abandonnée'],
  es: ['no fue retenido', 'no fue retenida', 'no se retuvo', 'descartado', 'descartada', 'desestimado', 'desestimada'],
})

/** Equality, read in one phrase with `womenAndMen`: "equal treatment of women and men", "égalité femmes-hommes". */
export const equalityWord = defineLexicon('equality', {
  // Inequality between women and men is the same topic seen from the other side.
  en: ['equality', 'equal', 'equity', 'parity', 'inequality', 'inequalities', 'gap between'],
  fr: ['égalité', 'égal', 'égaux', 'équité', 'parité', 'inégalité', 'inégalités', 'écarts entre'],
  es: ['igualdad', 'igual', 'iguales', 'equidad', 'paridad', 'desigualdad', 'desigualdades', 'brechas entre'],
})

/** Women and men as the subject of equality. */
export const womenAndMen = defineLexicon('women and men', {
  en: ['women', 'men', 'sexes', 'gender'],
  fr: ['femmes', 'hommes', 'sexes', 'genre'],
  es: ['mujeres', 'hombres', 'sexos', 'género'],
})

/** Negotiating, consulting, agreeing: social dialogue when workers' and employers' organisations take part together. */
export const dialogueAct = defineLexicon('dialogue act', {
  en: ['negotiate', 'negotiation', 'discuss', 'consult', 'consultation', 'agree', 'dialogue'],
  fr: ['négocier', 'négociation', 'négocié', 'discuter', 'concerter', 'consultation', 'dialogue'],
  es: ['negociar', 'negociación', 'negociado', 'negociada', 'discutir', 'consulta', 'concertar', 'diálogo'],
})

/**
 * The three constituents named together, as a curriculum speaks of tripartism in plain words: "how workers,
 * employers and government sit together", "entre gobierno, empleadores y trabajadores", "pouvoirs publics,
 * organisations d'employeurs et syndicats". Read as one enumeration (`related(..., 'list')`).
 */
export const governmentConstituent = defineLexicon('government, as a constituent', {
  en: ['government', 'governments'],
  fr: ['gouvernement', 'gouvernements', 'pouvoirs publics', 'État'],
  es: ['gobierno', 'gobiernos', 'Estado'],
})
export const workersConstituent = defineLexicon('workers, as a constituent', {
  en: ['workers', 'trade unions', 'unions'],
  fr: ['travailleurs', 'syndicats'],
  es: ['trabajadores', 'sindicatos', 'centrales sindicales'],
})

/** A count of people or places: numbers and the words for them. Read in one phrase with people, seats or a nomination. */
export const quantity = defineLexicon('quantity', {
  en: ['0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'half', 'third', 'quarter'],
  fr: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'douze', 'quinze', 'vingt', 'trente', 'quarante', 'cinquante', 'cent', 'moitié', 'tiers', 'quart'],
  es: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'doce', 'quince', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'cien', 'mitad', 'tercio', 'cuarta parte'],
})

/**
 * People an organisation sends, followed by whose they are: "representatives of", "délégués de", "delegados de".
 * The "of" is part of the term, so "20 union delegates" (the group before) and "delegates trained in" do not read.
 */
export const delegatesOf = defineLexicon('delegates of', {
  en: ['representative of', 'representative from', 'delegate of', 'delegate from', 'member of', 'nominee of', 'nominee from', 'official of', 'officer of', 'leader of'],
  fr: ['représentants de', 'représentants des', 'représentants du', "représentants d'", 'représentantes de', 'représentantes des', 'délégués de', 'délégués des', 'délégués du', 'membres de', 'membres des', 'membres du', 'responsables de', 'responsables des', 'dirigeants de', 'dirigeants des'],
  es: ['representantes de', 'representantes del', 'delegados de', 'delegados del', 'delegadas de', 'delegadas y delegados de', 'miembros de', 'miembros del', 'dirigentes de', 'dirigentes del', 'integrantes de', 'integrantes del'],
})

/**
 * "One", as a count of the people a group sends ("one nominee of the national trade union centre"). Not a quantity
 * elsewhere: "one-day", "one of the", "one workshop" count no places. (French and Spanish write it as their article.)
 */
export const justOne = defineLexicon('one', {
  en: ['one'],
})

/** Seats and places in a course, and who fills them. */
export const seatWord = defineLexicon('seats', {
  en: ['seat', 'place', 'participant', 'trainee', 'nominee', 'attendee', 'learner', 'slot'],
  fr: ['place', 'siège', 'participant', 'participante', 'stagiaire', 'apprenant'],
  es: ['cupo', 'plaza', 'participante', 'persona', 'lugar'],
})

/**
 * Bodies that govern the project: their seats ("le comité de pilotage réunit neuf membres : deux sièges pour les
 * organisations syndicales…") are no places in a training.
 */
export const governingBody = defineLexicon('governing body', {
  en: ['steering committee', 'advisory committee', 'advisory board', 'project board', 'governing board', 'management committee'],
  fr: ['comité de pilotage', "comité d'orientation", 'comité directeur', 'comité consultatif', 'comité de gestion'],
  es: ['comité de dirección', 'comité directivo', 'comité de coordinación', 'comité consultivo', 'junta directiva', 'comité de seguimiento'],
})

/** Seats and members of a body: what a governing body gives the groups, with no place in a training. */
export const committeeSeat = defineLexicon('committee seats', {
  en: ['seat', 'seats', 'member', 'members'],
  fr: ['siège', 'sièges', 'membre', 'membres'],
  es: ['asiento', 'asientos', 'escaño', 'escaños', 'miembro', 'miembros'],
})

/** The people a training takes in, by the word for them (not their places or seats, which a committee has too). */
export const traineeWord = defineLexicon('trainees', {
  en: ['participant', 'trainee', 'learner', 'attendee', 'cohort', 'intake', 'trained'],
  fr: ['participant*', 'stagiaire*', 'apprenant*', 'cohorte*', 'formé*'],
  es: ['participante*', 'alumno*', 'alumna*', 'cohorte*', 'capacitad*', 'becari*'],
})

/** Choosing who takes part: nominated, designated, proposed by an organisation; places kept for a group. */
export const nomination = defineLexicon('nomination', {
  en: ['nominated', 'nominate', 'designated', 'designate', 'proposed by', 'selected by', 'put forward', 'kept for', 'reserved for', 'set aside for', 'allocated to', 'go to'],
  fr: ['désign*', 'proposés par', 'proposées par', 'réservé*', 'attribué*', 'iront aux', 'reviennent aux', 'part des places'],
  es: ['designad*', 'designar*', 'propuest*', 'nominad*', 'reservad*', 'se reservan', 'corresponden a', 'asignad*'],
})

/** The nouns of people sent to speak for a side, which the name of the side may qualify ("worker representatives", "délégués syndicaux"). */
export const representativeNoun = defineLexicon('representative', {
  en: ['representative', 'delegate', 'nominee', 'steward', 'officer', 'leader'],
  fr: ['représentant', 'représentante', 'représentants', 'représentantes', 'délégué', 'déléguée', 'délégués', 'déléguées', 'dirigeant', 'dirigeants', 'dirigeante', 'dirigeantes'],
  es: ['representante', 'representantes', 'delegado', 'delegada', 'delegados', 'delegadas', 'dirigente', 'dirigentes'],
})

/** Workers' representatives among participants, by their role: shop stewards, union officers, staff delegates. */
export const workersRepresentatives = defineLexicon("workers' representatives", {
  en: ['union officer', 'union representative', 'worker representative', 'union delegate', 'union leader', 'shop steward', 'safety representative', "workers' safety representative", 'safety delegate', "workers' representative", 'workers representative', 'staff representative', 'union nominee', 'union side', "workers' side", 'worker side'],
  fr: ['délégués du personnel', 'délégué du personnel', 'délégués à la sécurité', 'délégués sécurité', 'représentants du personnel', 'représentant du personnel', 'représentantes du personnel', 'représentants syndicaux', 'représentant syndical', 'délégués syndicaux', 'syndicat', 'syndicats', 'syndicaux', 'syndicales', 'représentants des travailleurs'],
  es: ['delegados sindicales', 'delegados de obra', 'delegados de seguridad', 'delegadas de seguridad', 'delegados de prevención', 'delegadas de prevención', 'dirigentes sindicales', 'representantes sindicales', 'sindicato', 'sindicatos', 'sindicales', 'representantes de los trabajadores', 'representantes de trabajadores', 'representantes del personal', 'representante del personal'],
})

/** Employers' representatives among participants: managers put forward by employers' bodies or companies. */
export const employersRepresentatives = defineLexicon("employers' representatives", {
  en: ["employers' representative", 'employer representative', 'employers representative', 'management representative', 'management members', 'company representative', 'managers', 'companies', 'enterprises', 'management side', "employers' side", 'employer side',
    // The employers of fishing crews: "four places for vessel owners", "6 patrons de pirogue ou armateurs".
    'shipowners', 'vessel owners', 'boat owners',
    // Someone sent for the employer: "one manager representing the employer and one worker representative".
    'representing the employer', 'representing the employers', 'representing employers', 'representing the company', 'representing management'],
  fr: ['armateurs', 'représentants des employeurs', "représentants d'employeurs", 'représentants de la direction', 'représentant de la direction', 'patronat', 'patronal', 'patronale', 'patronales', 'entreprises', 'sociétés', 'directeurs',
    "représentant l'employeur", 'représentant l’employeur', 'représentant la direction', "représentant l'entreprise", 'représentant l’entreprise'],
  es: ['armadores', 'representantes de los empleadores', 'representantes de empleadores', 'representantes empresariales', 'representantes de empresa', 'representantes de las empresas', 'representantes de la dirección', 'representantes de la gerencia', 'empresas', 'empresariales', 'gremios', 'patronal', 'gerentes',
    'en representación del empleador', 'en representación de la empresa', 'en representación de la gerencia', 'representando a la empresa', 'representando al empleador'],
})

/**
 * The French verb "former" (to train). It is also an English adjective
 * ("former staff"), so the training rules read it in French documents only.
 */
export const frenchTrainVerb = defineLexicon('former (to train)', {
  fr: ['former'],
})

/**
 * An agreement or commitment: "has agreed to co-deliver", "se ha acordado con
 * el Centro", "a accepté d'accueillir". Its perfect tense states a commitment for the project, not a past event.
 */
export const commitment = defineLexicon('commitment', {
  en: ['agreed', 'has agreed', 'have agreed', 'committed', 'has committed', 'confirmed its', 'accepted to', 'has accepted'],
  fr: ['a accepté', 'ont accepté', 'est engagé', 'sont engagés', "s'est engagé", 's’est engagé', 'a convenu', 'ont convenu', 'a été convenu', 'a confirmé', 'ont confirmé'],
  es: ['ha acordado', 'han acordado', 'se acordó', 'ha aceptado', 'han aceptado', 'se ha comprometido', 'se han comprometido', 'ha confirmado', 'han confirmado'],
})

/**
 * Words for documents of any kind: a manual, a guide, a module or a toolkit is a training material only when
 * said of training ("the trainers' guide", "un manuel pour les sessions"); a procedures manual, a user guide or
 * a survey's questionnaire module is not.
 */
export const documentWord = defineLexicon('document words', {
  en: ['manual', 'handbook', 'guidebook', 'guide', 'toolkit', 'tool kit', 'module', 'handout'],
  fr: ['manuel', 'guide', 'boîte à outils', 'module'],
  es: ['manual', 'guía', 'caja de herramientas', 'módulo', 'cartilla'],
})

/** The word "module", whose sense (a unit of a course or a part of a software) one document keeps throughout. */
export const moduleWord = defineLexicon('module word', {
  en: ['module'],
  fr: ['module'],
  es: ['módulo'],
})

/** Instruments of international labour law, read in one phrase with the ILO: "other ILO instruments", "convenios y recomendaciones de la OIT". */
export const standardsInstrument = defineLexicon('labour standards instrument', {
  en: ['convention', 'recommendation', 'instrument', 'protocol', 'standard'],
  fr: ['convention', 'recommandation', 'instrument', 'protocole', 'norme'],
  es: ['convenio', 'recomendación', 'instrumento', 'protocolo', 'norma'],
})
