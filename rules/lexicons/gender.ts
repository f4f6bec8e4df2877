// Gender equality concepts (seed 002, lesson 181142): what proposals write when
// they speak of gender, a gender strategy, gender expertise, gender training,
// sex-disaggregated data, and women and men. Each lexicon is one general
// concept in English (British and American spellings), French and Spanish.
import {defineLexicon} from '@lessonlint/core'

/** Gender equality as a subject: any gender-related line, activity or statement. */
export const genderConcept = defineLexicon('gender-concept', {
  en: [
    'gender',
    'GESI',
    'GEDSI',
    'GEDI',
    'women\'s empowerment',
    'women\'s economic empowerment',
    'empowerment of women',
    'economic empowerment of women',
    'equality between women and men',
    'equality between men and women',
    // Any comparison of the sexes or harm tied to sex is the gender subject: "the pay gap between women and men".
    'between women and men',
    'between men and women',
    'between the sexes',
    'between girls and boys',
    'between boys and girls',
    'sex-based',
    'based on sex',
  ],
  fr: [
    'égalité de genre',
    'égalité des genres',
    'égalité des sexes',
    'égalité entre les femmes et les hommes',
    'égalité entre les hommes et les femmes',
    'égalité entre femmes et hommes',
    'égalité entre hommes et femmes',
    'égalité femmes-hommes',
    'égalité hommes-femmes',
    'approche genre',
    // A post's or a person's remit: "point focal pour le genre", "la co-chercheuse principale pour le genre" ("genre"
    // alone is also a kind: "ce genre d'activité").
    'pour le genre',
    'budget genre',
    // The gender marker of budget lines: "Lignes marquées genre : 130 000 EUR".
    'marqueur genre',
    'marquées genre',
    'marqués genre',
    'marquée genre',
    'marqué genre',
    'dimension de genre',
    'dimension genre',
    'sensible au genre',
    'sensibles au genre',
    'transformateur de genre',
    'intégration du genre',
    'intégration de la dimension de genre',
    // Gender mainstreaming, as French writes it: "formation … à la prise en compte du genre".
    'prise en compte du genre',
    'prise en compte de la dimension de genre',
    'perspective de genre',
    'analyse de genre',
    'analyse genre',
    'audit genre',
    'audit de genre',
    'diagnostic genre',
    'diagnostic de genre',
    'stratégie genre',
    'point focal genre',
    'spécialiste genre',
    'spécialiste en genre',
    'expert en genre',
    'experte en genre',
    'expert du genre',
    'experte du genre',
    'expertise genre',
    'expertise en genre',
    'activités genre',
    'formation genre',
    'formation en genre',
    // The title of whoever holds the gender portfolio ("notre secrétaire générale adjointe chargée du genre"); "du genre"
    // alone is "of the kind".
    'chargé du genre', 'chargée du genre', 'chargés du genre', 'chargées du genre', 'responsable du genre', 'en charge du genre',
    'questions de genre',
    'en genre',
    'en matière de genre',
    'sur le genre',
    'genre et développement',
    'inégalités de genre',
    'normes de genre',
    'rôles de genre',
    'violence basée sur le genre',
    'violences fondées sur le genre',
    'autonomisation des femmes',
    'autonomisation économique des femmes',
    'entre les femmes et les hommes',
    'entre les hommes et les femmes',
    'entre femmes et hommes',
    'entre hommes et femmes',
    'entre les sexes',
    'entre filles et garçons',
    'entre les filles et les garçons',
    'entre garçons et filles',
    'entre les garçons et les filles',
    'liées au sexe',
    'lié au sexe',
    'fondées sur le sexe',
    'fondée sur le sexe',
    'rapports sociaux de sexe',
    'rapports de genre',
    // Work on gender named by "genre" after its noun, as budget lines name it ("Étude genre et consultante | 14 000").
    'étude genre', 'étude de genre', 'analyse genre', 'analyse de genre', 'diagnostic genre', 'audit genre', 'consultant genre', 'consultante genre',
    // A post's adjective before it: "Consultante nationale genre (élaboration de la SG) | 24 000".
    'national genre', 'nationale genre', 'international genre', 'internationale genre',
    // A part of the project or a post named "genre" ("Volet genre", "responsable genre et inclusion").
    'volet genre',
    'composante genre',
    'responsable genre',
    'chargé genre',
    'chargée genre',
    'référent genre',
    'référente genre',
  ],
  es: [
    'género',
    'igualdad entre mujeres y hombres',
    'igualdad entre hombres y mujeres',
    'empoderamiento de las mujeres',
    'empoderamiento económico de las mujeres',
    'empoderamiento de la mujer',
    'entre mujeres y hombres',
    'entre hombres y mujeres',
    'entre los sexos',
    'entre niñas y niños',
    'entre las niñas y los niños',
    'entre niños y niñas',
    'entre los niños y las niñas',
    'por razón de sexo',
    'basadas en el sexo',
    'basada en el sexo',
    // Equality work as Spain names it: "talleres de igualdad", "formación en igualdad", "agente de igualdad".
    'talleres de igualdad',
    'taller de igualdad',
    'formación en igualdad',
    'agente de igualdad',
    'responsable de igualdad',
    'plan de igualdad',
    'estrategia de igualdad',
  ],
})

/** A stated gender equality or mainstreaming strategy, approach or action plan. */
export const genderStrategy = defineLexicon('gender-strategy', {
  en: [
    'gender strategy',
    'gender equality strategy',
    'gender mainstreaming strategy',
    'gender equality and non-discrimination strategy',
    'gender approach',
    'gender equality approach',
    'gender mainstreaming approach',
    'gender-responsive approach',
    'gender-sensitive approach',
    'gender-transformative approach',
    'gender action plan',
    'gender equality action plan',
    'gender mainstreaming plan',
    'strategy to mainstream gender',
    'strategy for gender equality',
    'strategy on gender equality',
    'approach to gender equality',
    'mainstream gender',
    'gender mainstreaming',
    'gender is mainstreamed',
  ],
  fr: [
    'stratégie genre',
    'stratégie de genre',
    'stratégie d\'égalité de genre',
    'stratégie d\'égalité entre les femmes et les hommes',
    'stratégie d\'intégration du genre',
    'stratégie en matière de genre',
    'approche genre',
    'approche de genre',
    'approche sensible au genre',
    'approche transformatrice de genre',
    'plan d\'action genre',
    'plan d\'action pour l\'égalité de genre',
    'intégration du genre',
    'intégration de la dimension de genre',
    'intégration transversale du genre',
  ],
  es: [
    'estrategia de género',
    'estrategia de igualdad de género',
    // Spain's word for gender equality work: "plan de igualdad", "estrategia de igualdad".
    'estrategia de igualdad',
    'plan de igualdad',
    'enfoque de género',
    'perspectiva de género',
    'plan de acción de género',
    'transversalización de género',
    'transversalización del enfoque de género',
    'incorporación de la perspectiva de género',
  ],
})

/**
 * A gender analysis by name: what the situation of women and men is, not how the project will act on it ("Résumé de
 * l'analyse genre (atelier de janvier)", "Gender assessment findings", "Diagnóstico de género").
 */
export const genderAnalysis = defineLexicon('gender analysis', {
  en: ['gender analysis', 'gender analyses', 'gender assessment', 'gender audit', 'gender diagnostic', 'gender situation analysis', 'gender equality analysis'],
  fr: ['analyse genre', 'analyse de genre', 'analyse selon le genre', 'analyse sexospécifique', 'diagnostic genre', 'diagnostic de genre', 'audit genre', 'audit de genre'],
  es: ['análisis de género', 'análisis de genero', 'diagnóstico de género', 'diagnóstico de genero', 'auditoría de género'],
})

/** Someone who supplies gender expertise: a specialist, expert, consultant, adviser or focal point. */
export const genderExpertise = defineLexicon('gender-expertise', {
  en: [
    'gender specialist',
    'gender equality specialist',
    'gender expert*',
    'gender equality expert*',
    'gender consultant',
    'gender equality consultant',
    'gender adviser',
    'gender advisor',
    'gender equality adviser',
    'gender equality advisor',
    'gender officer',
    'gender equality officer',
    'gender focal point',
    'gender focal person',
    'gender equality focal point',
    'focal point for gender',
    'focal point on gender',
    'gender coordinator',
    // An NGO's title for the post: "Akosua Mensah, our Gender and Safeguarding Lead".
    'gender lead',
    'gender equality lead',
    'gender and inclusion lead',
    'gender and social inclusion lead',
    'gender and safeguarding lead',
    'GESI lead',
    'gender champion',
    'gender function',
    'responsible for gender',
    'responsible for gender equality',
    'responsible for the gender strategy',
    'in charge of gender',
    'in charge of gender equality',
  ],
  fr: [
    'spécialiste genre',
    'spécialiste en genre',
    'spécialiste de genre',
    'spécialiste du genre',
    'spécialiste des questions de genre',
    'spécialiste de l\'égalité de genre',
    'expert genre',
    'experte genre',
    'expert en genre',
    'experte en genre',
    'expertise genre',
    'expertise en genre',
    'consultant genre',
    'consultante genre',
    'consultant en genre',
    'consultante en genre',
    'conseiller genre',
    'conseillère genre',
    'conseiller en genre',
    'conseillère en genre',
    'point focal genre',
    'point focal pour le genre',
    'point focal du genre',
    'point focal égalité',
    'chargé des questions de genre',
    'chargée des questions de genre',
    // A post titled as "chargé(e) de programme" is: "La chargée de genre et protection du projet reste en poste".
    'chargé de genre',
    'chargée de genre',
    'chargé genre',
    'chargée genre',
    'responsable genre',
    'responsable égalité',
    'référente égalité',
    'référent égalité',
    'référente genre',
    'référent genre',
    "spécialiste de l'égalité entre hommes et femmes",
    "spécialiste de l'égalité entre les hommes et les femmes",
    "spécialiste de l'égalité entre les femmes et les hommes",
    // "En matière de": in the field of.
    'expertise en matière de genre',
    'expert en matière de genre',
    'experte en matière de genre',
    'spécialiste en matière de genre',
    "expertise en matière d'égalité",
  ],
  es: [
    'especialista en género',
    'especialista de género',
    'experto en género',
    'experta en género',
    'experticia en género',
    'consultor de género',
    'consultora de género',
    'consultor en género',
    'consultora en género',
    'asesor de género',
    'asesora de género',
    'punto focal de género',
    'responsable de género',
    'encargado de género',
    'encargada de género',
    'oficial de género',
    'consultora en igualdad de género',
    'consultor en igualdad de género',
    'especialista en igualdad de género',
    'experta en igualdad de género',
    'experto en igualdad de género',
    'experta en equidad de género',
    'experto en equidad de género',
    'especialista en equidad de género',
    'agente de igualdad',
    'responsable de igualdad',
    // "En materia de": in the field of.
    'experiencia en materia de género',
    'experto en materia de género',
    'experta en materia de género',
    'especialista en materia de género',
  ],
})

/** Roles that supply expertise, when a gender word stands beside them ("a national consultant on gender"). */
export const expertRole = defineLexicon('expert-role', {
  // An organisation's officer for gender, where a union or an employers' body writes the proposal: "our Women and Gender
  // Secretary", "secrétaire générale adjointe chargée du genre", "la Secretaria Nacional de la Mujer y Género".
  // A research team's: "a co-investigator from the university's Centre for Gender Studies", "une chercheuse en genre".
  // Or anyone said to specialise in it: "economista especializada en economía de género", "an economist specialised in gender",
  // "socióloga con especialidad en género".
  en: ['specialist', 'expert', 'consultant', 'adviser', 'advisor', 'officer', 'focal point', 'focal person', 'coordinator', 'secretary', 'researcher', 'investigator', 'co-investigator',
    'specialised in', 'specialized in', 'specialising in', 'specializing in', 'with a specialisation in', 'with a specialization in'],
  // As "officer" and "coordinator" in English: "la técnica de equidad de género", "une coordinatrice genre".
  fr: ['spécialiste', 'expert', 'experte', 'consultant', 'consultante', 'conseiller', 'conseillère', 'point focal', 'chargé', 'chargée', 'référent', 'référente', 'coordinateur', 'coordinatrice', 'secrétaire',
    'chercheur', 'chercheuse', 'enseignant-chercheur', 'enseignante-chercheuse', 'spécialisé en', 'spécialisé dans', 'avec une spécialisation en', 'avec une spécialité en'],
  es: ['especialista', 'experto', 'experta', 'consultor', 'consultora', 'asesor', 'asesora', 'punto focal', 'encargado', 'encargada', 'técnico', 'técnica', 'oficial', 'coordinador', 'coordinadora', 'secretaria', 'secretario',
    'investigador', 'investigadora', 'especializado en', 'especializada en', 'con especialidad en', 'con especialización en'],
})

/**
 * What makes a stated approach: a strategy, an approach, an action plan, a
 * cross-cutting axis. Related to a gender concept ("un plan d'action pour
 * l'égalité des sexes", "equality between women and men is a cross-cutting
 * axis ... an action plan of concrete measures") it states a gender strategy.
 */
/**
 * A purpose for women that opens what is done for them, as an organisation that does not write "gender strategy" puts
 * it: "Pour que les femmes profitent vraiment du projet, nous avons décidé trois choses : …", "So that women can take
 * part, we will: …".
 */
export const forWomen = defineLexicon('for women', {
  en: ['so that women', 'to make sure women', 'to make sure that women', 'to ensure that women', 'to ensure women'],
  fr: ['pour que les femmes', 'afin que les femmes', 'pour que nos membres femmes'],
  es: ['para que las mujeres', 'para que las compañeras', 'para asegurar que las mujeres', 'para que nuestras socias'],
})

export const approachWord = defineLexicon('approach-word', {
  en: ['strategy', 'strategies', 'approach', 'action plan', 'plan of action', 'cross-cutting', 'crosscutting', 'mainstreamed', 'mainstreaming'],
  // "Les modalités de prise en compte de l'égalité" are how the project takes it into account: its approach.
  fr: ['stratégie', 'approche', 'plan d\'action', 'plans d\'action', 'modalités de prise en compte', 'transversal', 'transversale', 'transversaux', 'transversalement'],
  es: ['estrategia', 'enfoque', 'plan de acción', 'planes de acción', 'eje transversal', 'transversal', 'transversales', 'transversalización'],
})

/**
 * A function given to someone: "responsible for", "in charge of", "advise",
 * "chargée de piloter", "encargada de". Said of gender in one clause, and of
 * a member of the project team in the same list item or paragraph, it gives
 * that person the gender function.
 */
export const genderFunction = defineLexicon('gender-function', {
  en: [
    'responsible for', 'responsibility for', 'in charge of', 'tasked with', 'entrusted with', 'accountable for', 'advise', 'advice on',
    'oversee', 'lead', 'leads', 'steer', 'coordinate', 'champion',
    // Seeing to it: "makes sure women's and men's situations are reflected", "checks reports for gender bias".
    'make sure', 'makes sure', 'ensure', 'ensures', 'check', 'checks',
    // The lesson's own wording: "the gender strategy as a key function of a project officer".
    'key function', 'main function', 'as a function', 'as one of its functions', 'as one of her functions', 'as one of his functions',
  ],
  fr: [
    'chargé de', 'chargée de', 'chargé du', 'chargée du', 'chargé des', 'chargée des', 'responsable de', 'responsable du', 'responsable des',
    'en charge de', 'en charge du', 'en charge des', 'piloter', 'pilotera', 'conseiller', 'conseillera', 'coordonner', 'coordonnera',
    'veiller', 'veillera', 'superviser', 'supervisera',
    "s'assurer", "s'assurera", 's’assurer', 's’assurera', 'garantir', 'garantira', 'aura la charge de', 'aura à charge de',
    'aura pour fonction', 'aura pour mission', 'fonction principale', 'fonction centrale',
  ],
  es: [
    'encargado de', 'encargada de', 'encargado del', 'encargada del', 'a cargo de', 'a cargo del', 'responsable de', 'responsable del',
    'asesorar', 'asesorará', 'liderar', 'liderará', 'coordinar', 'coordinará', 'velar por', 'velará por', 'supervisar', 'supervisará',
    'a su cargo', 'asegurar', 'asegurará', 'se asegurará', 'garantizar', 'garantizará',
    'como función', 'función central', 'función principal', 'tendrá la función de', 'tendrá como función',
  ],
})

/** A member of the project team (or an expert it engages), who may be given the gender function. */
export const staffRole = defineLexicon('staff-role', {
  en: [
    'specialist', 'expert', 'consultant', 'adviser', 'advisor', 'officer', 'focal point', 'focal person', 'coordinator', 'manager',
    'team leader', 'chief technical adviser', 'CTA', 'administrator', 'assistant', 'director', 'staff member',
  ],
  fr: [
    'spécialiste', 'expert', 'experte', 'consultant', 'consultante', 'conseiller', 'conseillère', 'point focal', 'référent', 'référente',
    'coordonnateur', 'coordonnatrice', 'coordinateur', 'coordinatrice', 'chef de projet', 'cheffe de projet', 'administrateur',
    'administratrice', 'assistant', 'assistante', 'directeur', 'directrice', 'chargé de programme', 'chargée de programme',
    'chargé de projet', 'chargée de projet', 'gestionnaire',
  ],
  es: [
    'especialista', 'experto', 'experta', 'consultor', 'consultora', 'asesor', 'asesora', 'punto focal', 'coordinador', 'coordinadora',
    'oficial', 'gerente', 'jefe de proyecto', 'jefa de proyecto', 'administrador', 'administradora', 'asistente', 'director', 'directora',
    // "Técnica de inserción laboral", "técnico de campo": a staff title.
    'técnico', 'técnica',
  ],
})

/** Targeted gender equality training, or a gender manual to train with. */
export const genderTraining = defineLexicon('gender-training', {
  en: [
    'gender training',
    'gender equality training',
    'gender awareness training',
    'gender sensitisation training',
    'gender sensitization training',
    'gender sensitivity training',
    'gender mainstreaming training',
    'gender-responsive budgeting training',
    'training on gender',
    'training on gender equality',
    'training in gender',
    'training in gender equality',
    'training on gender mainstreaming',
    'training in gender mainstreaming',
    'training on gender-responsive',
    'gender equality workshop',
    'gender workshop',
    'gender manual',
    'gender equality manual',
    'gender training manual',
    'gender equality training manual',
    'gender guide',
    'gender equality guide',
    'gender toolkit',
    'gender equality toolkit',
    'gender training module',
    'gender module',
    'gender equality module',
    'module on gender',
    'module on gender equality',
    'session on gender',
    'session on gender equality',
    'workshop on gender',
    'workshop on gender equality',
    'gender sensitisation',
    'gender sensitization',
    'gender awareness raising',
    'capacity building on gender',
    'capacity building on gender equality',
  ],
  fr: [
    'formation genre',
    'formation en genre',
    'formation sur le genre',
    'formation au genre',
    'formation à l\'égalité de genre',
    'formation sur l\'égalité de genre',
    'formation à l\'égalité entre les femmes et les hommes',
    'formation sur l\'égalité entre les femmes et les hommes',
    'formation à l\'égalité femmes-hommes',
    'formation sur l\'égalité femmes-hommes',
    'formations à l\'égalité des sexes',
    'formation sur l\'intégration du genre',
    'atelier genre',
    'atelier sur le genre',
    // A module, as the English list has it: "Module genre 1 j pour les agents".
    'module genre',
    'module sur le genre',
    'module égalité de genre',
    'manuel genre',
    'manuel sur le genre',
    'manuel de formation sur le genre',
    'guide genre',
    'guide sur le genre',
    'session sur le genre',
    'séance sur l\'égalité de genre',
    'atelier sur l\'égalité de genre',
    'sensibilisation au genre',
    'sensibilisation sur le genre',
    'renforcement des capacités en genre',
  ],
  es: [
    'capacitación en género',
    'capacitación de género',
    'capacitación en igualdad de género',
    'capacitación sobre género',
    'capacitación sobre igualdad de género',
    'formación en género',
    'formación en igualdad de género',
    'formación sobre igualdad de género',
    'taller de género',
    'taller sobre género',
    'módulo de género',
    'módulo sobre género',
    'módulo de igualdad de género',
    'manual de género',
    'guía de género',
  ],
})

/** A training event or material, when a gender topic follows it ("a module on gender equality"). */
export const trainingWord = defineLexicon('training-word', {
  en: [
    'training', 'trainings', 'trained', 'train', 'workshop', 'seminar', 'session', 'course', 'module', 'orientation', 'sensitisation',
    'sensitization', 'awareness raising', 'capacity building', 'capacity-building', 'coaching',
    // How a product team trains the staff who will use its tool: "the onboarding of help-desk agents".
    'onboarding',
    // Materials to train with: "a practical guide on equal pay between women and men, for inspectors".
    'manual', 'guide', 'handbook', 'toolkit',
  ],
  fr: [
    'formation', 'formés', 'formées', 'atelier', 'séminaire', 'séance', 'session', 'module', 'parcours de formation', 'sensibilisation', 'renforcement des capacités',
    'manuel', 'guide', 'boîte à outils',
    // The verb, as a plan states it: "formera les agents à l'égalité", "sensibilisera les délégués".
    'formera', 'formeront', 'sensibilisera', 'sensibiliseront',
  ],
  es: [
    'capacitación', 'capacitaciones', 'capacitados', 'capacitadas', 'formación', 'taller', 'seminario', 'sesión', 'jornada', 'curso', 'diplomado', 'módulo',
    'sensibilización', 'manual', 'guía', 'caja de herramientas',
    // The verb, as a plan states it: "Formará en igualdad de género … al personal", "capacitará a las inspectoras" (not
    // "formará parte de", to be part of).
    'capacitar', 'capacitará', 'capacitarán', 'formará en', 'formarán en', 'formará a', 'formarán a', 'sensibilizará', 'sensibilizarán',
  ],
})

/**
 * A promise to take gender into account that says nothing of how: "Gender will be mainstreamed throughout the
 * project", "La dimension genre sera prise en compte de manière transversale", "Se tendrá en cuenta la perspectiva
 * de género". Under a gender heading, with nothing else, it is no strategy.
 */
export const mainstreamingPromise = defineLexicon('mainstreaming promise', {
  en: ['will be mainstreamed', 'mainstreamed throughout', 'will be taken into account', 'will be considered throughout', 'will be integrated throughout'],
  fr: ['sera prise en compte', 'sera pris en compte', 'seront pris en compte', 'seront prises en compte', 'de manière transversale', 'de façon transversale'],
  es: ['se tendrá en cuenta', 'se tendrán en cuenta', 'se tomará en cuenta', 'se transversalizará', 'de manera transversal', 'de forma transversal'],
})

/**
 * A project declared gender-neutral ("The project is gender-neutral: … benefit all miners, women and men equally", "El
 * proyecto es neutral en cuanto al género"): it says it has no gender approach. Said of a method ("una metodología de
 * valoración de puestos neutral al género") it is that method's quality, so the rule reads it only of the project.
 */
export const genderNeutral = defineLexicon('gender-neutral', {
  en: ['gender-neutral', 'gender neutral', 'gender-blind', 'gender blind'],
  fr: ['neutre du point de vue du genre', 'neutre en matière de genre', 'neutre en termes de genre', 'neutre au regard du genre', 'neutre sur le plan du genre'],
  es: ['neutral en cuanto al género', 'neutro en cuanto al género', 'neutral al género', 'neutral desde el punto de vista del género', 'neutral en materia de género', 'neutral en términos de género'],
})

/**
 * A strategy still to be written, and the steps of writing it: "A Gender Strategy will be prepared during the inception
 * phase", "Une stratégie genre sera élaborée au cours des six premiers mois", "se contratará una consultoría para
 * elaborar la estrategia de género"; "The strategy will be submitted to the Steering Committee for approval", "Elle
 * sera validée par le comité de pilotage", "Les termes de référence … seront partagés". Under a gender heading, with
 * nothing else, it is no strategy yet.
 */
export const strategyToBeWritten = defineLexicon('strategy still to be written', {
  en: ['will be prepared', 'will be developed', 'will be drafted', 'will be elaborated', 'will be designed', 'will be written', 'will be defined', 'to prepare the', 'to develop the', 'to draft the',
    'to prepare a', 'to develop a', 'to draft a', 'to design a', 'to design the', 'to write a', 'to write the',
    'will be submitted', 'will be approved', 'will be validated', 'will be endorsed', 'for approval', 'terms of reference',
    // A workplan's line for writing it ("Gender strategy drafted by the gender specialist"), or its details put off.
    'drafted by', 'drafting of', 'preparation of', 'development of', 'will be specified', 'will be detailed', 'will draft', 'will prepare', 'will develop', 'will write',
    'will be formulated', 'will formulate', 'is pending', 'is still pending', 'to be prepared', 'to be developed', 'to be drafted', 'to be written',
    // Being written now, or what the writers would do: "Gender strategy under development", "We would prepare one during the inception phase".
    'being drafted', 'being prepared', 'being developed', 'being written', 'under preparation', 'under development', 'in preparation',
    'would prepare', 'would develop', 'would draft', 'would write', 'to be specified', 'to be defined',
    'could be prepared', 'could be developed', 'could be drafted', 'could be written',
    // Put off with the words apart: "will, where needed, be specified later".
    'specified later', 'defined later',
    // Left to a talk still to come: "we'll see with the gender consultant at inception", "to be discussed with the donor".
    'we will see', "we'll see", 'we’ll see', 'to be discussed with', 'to discuss with'],
  fr: ['sera élaborée', 'sera élaboré', 'seront élaborées', 'seront élaborés', 'sera préparée', 'seront préparées', 'sera rédigée', 'seront rédigées', 'sera développée', 'sera conçue', 'sera définie', 'seront définies', 'pour élaborer', "d'élaborer", 'd’élaborer', 'élaborera', 'rédigera', 'rédigeront',
    'sera validée', 'sera soumise', 'sera approuvée', 'sera annexée', 'annexée au', 'termes de référence',
    'rédigée par', 'rédaction de', "élaboration d'", 'élaboration d’', 'élaboration de', 'élaboration du', 'sera précisée', 'sera précisé', 'seront précisées', 'sera formulée', 'sera formulé', 'formulera', 'reste à élaborer',
    'reste à rédiger', 'est en attente', 'à élaborer', 'à rédiger', "en cours d'élaboration", 'en cours d’élaboration', 'en cours de rédaction', 'en cours de préparation', 'en préparation', 'à préciser', 'à définir',
    // Put off with the words apart: "seront, le cas échéant, précisées ultérieurement par les Parties".
    'on va voir', 'on verra', 'à voir avec', 'à discuter avec',
    'précisées ultérieurement', 'précisée ultérieurement', 'précisés ultérieurement', 'précisé ultérieurement', 'définies ultérieurement', 'définie ultérieurement', 'définis ultérieurement', 'défini ultérieurement'],
  es: ['se elaborará', 'se elaborarán', 'será elaborada', 'será elaborado', 'serán elaboradas', 'serán elaborados', 'se redactarán', 'se definirán', 'para elaborar', 'elaborará', 'redactará', 'redactarán', 'se preparará', 'se diseñará', 'se redactará', 'se definirá', 'será definida',
    'será aprobada', 'será validada', 'se someterá', 'se incorporará al', 'términos de referencia',
    'redactada por', 'redacción de', 'elaboración de', 'elaboración del', 'preparación de', 'preparación del', 'se precisará', 'se precisarán', 'se detallará', 'se formulará', 'será formulada', 'será formulado', 'formulará',
    'está pendiente', 'queda pendiente', 'por elaborar', 'por redactar', 'se presentará', 'en elaboración', 'en preparación', 'en proceso de elaboración', 'en proceso de redacción', 'por precisar', 'a precisar', 'por definir', 'a definir',
    // Put off with the words apart: "será, en su caso, precisado posteriormente por las Partes".
    'vamos a ver', 'a ver con', 'por ver', 'a conversar con', 'a discutir con',
    'precisado posteriormente', 'precisada posteriormente', 'precisados posteriormente', 'precisadas posteriormente', 'definido posteriormente', 'definida posteriormente', 'definidos posteriormente', 'definidas posteriormente'],
})

/**
 * Gender-equality subjects a training for partners may name instead of "gender": harassment, equal pay, maternity
 * protection, sexist bias, women's leadership, masculinities ("a three-day module for inspectors on identifying sexual
 * harassment and unequal pay for women and men", "talleres de masculinidades y corresponsabilidad").
 */
export const genderEqualityTopic = defineLexicon('gender-equality topics', {
  en: ['sexual harassment', 'equal pay', 'unequal pay', 'pay equity', 'gender pay gap', 'maternity protection', 'sexist', 'sexism', 'gender stereotypes', "women's leadership", 'masculinities', 'violence against women', 'discrimination against women'],
  fr: ['harcèlement sexuel', 'harcèlement sexiste', 'égalité salariale', 'égalité de rémunération', 'protection de la maternité', 'sexiste', 'sexistes', 'stéréotypes de genre', 'leadership féminin', 'leadership des femmes', 'masculinités', 'violences faites aux femmes', "discrimination à l'égard des femmes"],
  es: ['acoso sexual', 'igualdad salarial', 'igualdad de remuneración', 'brecha salarial', 'protección de la maternidad', 'sexista', 'sexistas', 'estereotipos de género', 'liderazgo de las mujeres', 'liderazgo femenino', 'masculinidades', 'corresponsabilidad', 'violencia contra las mujeres', 'discriminación contra las mujeres'],
})

/** The partners' people a gender training is for: staff, officials, trainers, organisers. */
export const partnerAudience = defineLexicon('partner-audience', {
  en: [
    'partner', 'implementing partner', 'staff', 'official', 'officer', 'inspector', 'trainer', 'instructor', 'facilitator', 'organiser', 'organizer',
    'counsellor', 'counselor', 'focal point', 'caseworker', 'civil servant', 'union', 'trade union', 'employers\' organisation',
    'employers\' organization', 'ministry', 'constituents', 'social partners', 'committee member', 'NGO', 'delegate', 'shop steward',
    'union leader', 'board members',
    // The organisations a fund's grants go to, which carry out its work: "a one-day module for all grantees".
    'grantee', 'sub-grantee',
    // A consortium's partners are research institutions: their staff are its research teams.
    'research team', 'research teams',
  ],
  fr: [
    'partenaire', 'personnel', 'agent', 'agente', 'fonctionnaire', 'inspecteur', 'inspectrice', 'formateur', 'formatrice', 'instructeur', 'instructrice', 'animateur',
    'animatrice', 'conseiller', 'conseillère', 'syndicat', 'syndical', 'syndicaux', 'mandants', 'ministère', 'ONG', 'délégué', 'déléguée', 'équipe technique', 'équipes techniques',
    "conseil d'administration", "conseils d'administration",
    // Officials of a partner organisation: "les responsables de la FETRAP", "les secrétaires généraux des sections".
    'responsables', 'dirigeants', 'dirigeantes', 'secrétaire général', 'secrétaires généraux', 'élus syndicaux',
    // The organisations a fund's grants go to: "les organisations bénéficiaires des subventions".
    'organisation bénéficiaire', 'organisations bénéficiaires',
    'équipe de recherche', 'équipes de recherche',
  ],
  es: [
    'socio', 'personal', 'funcionario', 'funcionaria', 'inspector', 'inspectores', 'inspectora', 'formador', 'formadores', 'formadora', 'instructor', 'instructores', 'instructora', 'instructoras',
    'facilitador', 'facilitadores', 'facilitadora', 'sindicato', 'sindical', 'sindicales', 'mandantes', 'ministerio', 'ONG', 'delegado',
    'delegada', 'dirigente sindical', 'dirigentes sindicales', 'equipo técnico', 'equipos técnicos', 'socia', 'socias',
    'consejo de administración', 'consejos de administración', 'junta directiva', 'juntas directivas',
    'responsables', 'dirigentes', 'secretario general', 'secretaria general', 'secretarios generales',
    // Counsellors at a partner's help points: "las orientadoras y orientadores de los puntos de atención".
    'orientador', 'orientadora', 'orientadores', 'orientadoras', 'consejero', 'consejera',
    // A union's organisers, as English "organiser": "para las organizadoras y los organizadores".
    'organizador', 'organizadora', 'organizadores', 'organizadoras',
    // The organisations a fund's grants go to: "Todas las organizaciones beneficiarias recibirán el módulo 5".
    'organización beneficiaria', 'organizaciones beneficiarias',
    'equipo de investigación', 'equipos de investigación',
  ],
})

/** An indicator says its figures are split by sex. */
export const sexDisaggregation = defineLexicon('sex-disaggregation', {
  en: [
    'by sex',
    'by gender',
    'by sex of',
    'by gender of',
    'sex-disaggregated',
    'gender-disaggregated',
    'disaggregated by sex',
    'disaggregated by gender',
    'disaggregated by sex and age',
    'broken down by sex',
    'broken down by gender',
    'split by sex',
    'split by gender',
    'according to sex',
    'sex and age disaggregated',
    'women / men',
    'men / women',
    'female / male',
    'male / female',
    'women and men',
    'men and women',
    'girls and boys',
    'boys and girls',
    'girls / boys',
    'boys / girls',
    'm / f',
    'f / m',
    'w / m',
    'per cent women',
    'percent women',
    '% women',
    '% female',
    'of whom women',
    'of which women',
    'of whom female',
    'including women',
    'share of women',
    'proportion of women',
    'percentage of women',
  ],
  fr: [
    'par sexe',
    'par genre',
    'ventilé par sexe',
    'ventilée par sexe',
    'ventilés par sexe',
    'ventilées par sexe',
    'ventilé par genre',
    'désagrégé par sexe',
    'désagrégée par sexe',
    'désagrégés par sexe',
    'désagrégées par sexe',
    'désagrégé par genre',
    'selon le sexe',
    'selon les sexes',
    'femmes / hommes',
    'hommes / femmes',
    'f / h',
    'h / f',
    // Girls and boys, as child labour indicators count them: "nb d'apprentis inscrits (F/G)".
    'f / g',
    'g / f',
    'filles / garçons',
    'garçons / filles',
    'femmes et hommes',
    'hommes et femmes',
    'filles et garçons',
    'garçons et filles',
    'dont femmes',
    'dont des femmes',
    'pourcentage de femmes',
    'proportion de femmes',
    'part des femmes',
  ],
  es: [
    'por sexo',
    'por género',
    'desagregado por sexo',
    'desagregada por sexo',
    'desagregados por sexo',
    'desagregadas por sexo',
    'desglosado por sexo',
    'desglosados por sexo',
    'según sexo',
    'según el sexo',
    'h / m',
    'm / h',
    'mujeres / hombres',
    'hombres / mujeres',
    'niñas / niños',
    'niños / niñas',
    'mujeres y hombres',
    'hombres y mujeres',
    'de las cuales mujeres',
    'porcentaje de mujeres',
    'proporción de mujeres',
  ],
})

/** A results-framework column that says how each indicator is broken down ("Disaggregation": "sex, age"). */
export const disaggregationColumn = defineLexicon('disaggregation-column', {
  en: ['disaggregat*', 'breakdown', 'broken down by', 'split by', 'distinguish*', 'separate', 'separately'],
  fr: ['ventil*', 'désagrég*', 'distingu*', 'séparé*', 'séparément'],
  es: ['desagreg*', 'desglos*', 'distingu*', 'separad*', 'separadamente', 'por separado'],
})

/** Sex or gender as a dimension of data, in a disaggregation column. */
export const sexDimension = defineLexicon('sex-dimension', {
  en: ['sex', 'gender', 'm / f', 'f / m', 'women / men', 'men / women'],
  fr: ['sexe', 'genre', 'h / f', 'f / h'],
  es: ['sexo', 'género'],
})

/**
 * Empowerment, bare: whose it is comes after it ("empoderamiento económico de las vendedoras", "autonomisation
 * des transformatrices"). With women named after it, it is work for women's equality.
 */
export const empowerment = defineLexicon('empowerment', {
  en: ['empowerment'],
  fr: ['autonomisation', 'empowerment'],
  es: ['empoderamiento'],
})

/** Activities named by referring back to the sentence before: "est réservé à ces activités", "for these measures". */
export const theseActivities = defineLexicon('these activities', {
  en: ['these activities', 'these measures', 'these actions'],
  fr: ['ces activités', 'ces mesures', 'ces actions'],
  es: ['estas actividades', 'estas medidas', 'estas acciones'],
})

/**
 * What someone else asks of the proposal, before the thing asked for: "The donor template asks for a gender equality
 * strategy", "le bailleur exige une stratégie genre". Asked for is not written.
 */
export const askedFor = defineLexicon('asked for', {
  en: ['asks for', 'ask for', 'asked for', 'requires', 'required', 'calls for', 'requests', 'requested'],
  fr: ['exige', 'exigent', 'requiert', 'demande une', 'demande un', 'demandent une', 'réclame'],
  es: ['exige', 'exigen', 'requiere', 'requieren', 'pide una', 'pide un', 'solicita una', 'solicita un'],
})

/** Women and girls, in a gender analysis or as the people an indicator counts. */
export const womenAndGirls = defineLexicon('women-and-girls', {
  en: ['women', 'woman', 'girls', 'girl', 'female', 'females', 'mothers', 'daughters', 'wives'],
  fr: ['femmes', 'femme', 'filles', 'fille', 'jeunes femmes', 'mères'],
  es: ['mujeres', 'mujer', 'niñas', 'niña', 'jóvenes mujeres', 'madres'],
})

/** Men and boys, whose specific vulnerabilities a gender analysis should also consider. */
export const menAndBoys = defineLexicon('men-and-boys', {
  en: ['men', 'man', 'boys', 'boy', 'male', 'males', 'young men', 'fathers', 'sons', 'husbands', 'masculinity', 'masculinities'],
  fr: ['hommes', 'homme', 'garçons', 'garçon', 'jeunes hommes', 'pères', 'masculinité'],
  es: ['hombres', 'hombre', 'varones', 'varón', 'jóvenes hombres', 'padres', 'masculinidad', 'masculinidades'],
})

/**
 * The French verb "mener" (to lead, to conduct), whose participles fold to the English "men" with a French ending:
 * "les entretiens menés en 2023", "l'enquête menée auprès des travailleuses".
 */
export const frenchMener = defineLexicon('mener (to conduct)', {
  fr: ['mené', 'mener', 'menant'],
})

/**
 * Women and men named together as one group ("young women and men"): it
 * speaks of both without considering men's own situation.
 */
export const womenAndMenTogether = defineLexicon('women-and-men-together', {
  en: [
    'women and men',
    'men and women',
    'women or men',
    'men or women',
    'girls and boys',
    'boys and girls',
    'female and male',
    'male and female',
    'women and for men',
    'men and for women',
  ],
  // The pair joined by a hyphen names the subject: "égalité femmes-hommes", "parité hommes-femmes".
  fr: ['femmes et hommes', 'hommes et femmes', 'filles et garçons', 'garçons et filles', 'femmes et des hommes', 'hommes et des femmes', 'femmes-hommes', 'hommes-femmes', 'filles-garçons'],
  es: ['mujeres y hombres', 'hombres y mujeres', 'niñas y niños', 'niños y niñas', 'mujeres-hombres', 'hombres-mujeres'],
})

/**
 * Men as the yardstick of women's disadvantage ("paid less than men",
 * "compared with their male colleagues"): it measures women's situation and
 * says nothing of men's own vulnerabilities.
 */
export const menAsComparison = defineLexicon('men as comparison', {
  en: [
    'than men',
    'than boys',
    'than the men',
    'than male',
    'than their male',
    'than their husbands',
    'compared with men',
    'compared to men',
    'compared with boys',
    'compared to boys',
    'compared with male',
    'compared to male',
    'compared with their male',
    'compared to their male',
    'relative to men',
    'relative to male',
    'as much as men',
    'the same as men',
    'same tasks as men',
    'same work as men',
    'equal to men',
    'on a par with men',
    'on an equal footing with men',
    'as men do',
    'male counterparts',
    'male colleagues',
    'male-dominated',
    'unlike men',
    'as opposed to men',
    'outnumber men',
    // Men as those favoured: the other side of women's disadvantage ("requirements that favour married men").
    'favour men', 'favor men', 'favours men', 'favors men', 'favour married men', 'favor married men', 'in favour of men', 'in favor of men', 'prefer men', 'preference for men',
  ],
  fr: [
    'que les hommes',
    'que leurs collègues masculins',
    'que leurs homologues masculins',
    'par rapport aux hommes',
    'comparées aux hommes',
    'comparativement aux hommes',
    'au même titre que les hommes',
    'à égalité avec les hommes',
    'homologues masculins',
    'collègues masculins',
    'à dominante masculine',
    'contrairement aux hommes',
    'à la différence des hommes',
    'favorisent les hommes', 'favorise les hommes', 'en faveur des hommes', 'privilégient les hommes', 'préfèrent les hommes',
  ],
  es: [
    'que los hombres',
    'que sus compañeros',
    'que sus colegas hombres',
    'en comparación con los hombres',
    'con respecto a los hombres',
    'respecto a los hombres',
    'frente a los hombres',
    'en igualdad con los hombres',
    'homólogos masculinos',
    'colegas hombres',
    'predominantemente masculino',
    'a diferencia de los hombres',
    'favorecen a hombres', 'favorecen a los hombres', 'favorece a los hombres', 'favorece a hombres', 'a favor de los hombres', 'privilegian a los hombres', 'prefieren a hombres', 'prefieren a los hombres',
  ],
})

/**
 * Men as the ones who harm women ("harassment by male supervisors", "par les
 * hommes", "por parte de los hombres"): it speaks of women's risks, not men's.
 */
export const menAsPerpetrators = defineLexicon('men-as-perpetrators', {
  en: ['by men', 'by male', 'by their husbands', 'by husbands', 'by the men', 'from men', 'from male', 'male perpetrators', 'male abusers'],
  fr: ['par les hommes', 'par des hommes', 'par leurs maris', 'de la part des hommes', 'de la part de leurs maris', 'auteurs masculins'],
  es: ['por los hombres', 'por hombres', 'por parte de los hombres', 'por sus esposos', 'por sus parejas', 'agresores hombres'],
})

/**
 * Words that make men the agents of a harm rather than its sufferers, in the clause that names both: "men …
 * are frequently the source of harassment", "la violencia que sufren las trabajadoras proviene de varones",
 * "les hommes, auteurs de la plupart des violences".
 */
export const harmAgency = defineLexicon('agents of a harm', {
  en: ['source of', 'perpetrator', 'perpetrators', 'perpetrate', 'perpetrated', 'commit', 'committed', 'responsible for', 'abuser', 'abusers', 'harasser', 'harassers', 'aggressor', 'aggressors'],
  fr: ['auteur de', 'auteurs de', "à l'origine de", 'à l’origine de', 'commettent', 'agresseur', 'agresseurs', 'harceleur', 'harceleurs', 'proviennent de', 'provient de'],
  es: ['proviene de', 'provienen de', 'autor de', 'autores de', 'agresor', 'agresores', 'acosador', 'acosadores', 'perpetrador', 'perpetradores', 'cometen', 'ejercen'],
})

/**
 * What makes a vulnerability: a risk, a harm, an exposure, a reluctance to
 * seek help. Said of men or boys in one clause, it is an analysis of their
 * own situation; men named only as the advantaged majority ("men hold 92 % of
 * skilled posts and earn 30 % more") are not.
 */
export const vulnerability = defineLexicon('vulnerability', {
  en: [
    'vulnerab*', 'risk', 'risks', 'at risk', 'exposed', 'exposure', 'hazard*', 'danger*', 'injur*', 'accident*', 'death', 'deaths', 'die', 'dead', 'killed',
    'fatal*', 'forced labour', 'forced labor', 'trafficking', 'trafficked', 'debt', 'bondage', 'abuse*', 'exploit*', 'stigma*', 'reluctan*',
    'shame', 'isolat*', 'harass*', 'violence', 'drop out', 'dropout', 'unemploy*', 'poverty', 'pressure', 'suffer*', 'victim*', 'fear',
    'mental health', 'alcohol', 'poison*', 'detention', 'arrest*', 'deport*', 'hard to reach', 'seldom seek', 'seek help', 'ask for help',
    'burden', 'barrier*', 'threat', 'threats', 'threatened', 'without a contract', 'without contracts', 'without any contract',
    // Left out of services: "men working as drivers and watchmen, who are often left out".
    'left out', 'overlooked', 'neglected', 'invisible', 'underserved', 'miss out', 'marginalis*', 'marginaliz*', 'excluded', 'exclusion', 'peril', 'perilous',
    // A migrant's status or route that removes protection: "young men who try the irregular crossing".
    'undocumented', 'irregular status', 'irregular migration', 'irregular crossing', 'irregular route',
    // Harms of the job itself: "burns at the steam ovens", "back pain".
    'burns', 'burned', 'burnt',
    // Not seeking care: "norms of masculinity … lead workers to hide symptoms and avoid the company's health services".
    'hide symptoms', 'hide their symptoms', 'hiding symptoms', 'avoid* health services', 'avoid* medical', 'avoid* seeking',
    // Needs of their own, as an analysis names what it goes on to tell: "men in domestic work also have specific needs: …".
    'specific needs', 'particular needs', 'own needs', 'less visible',
    // Drawn into armed or criminal groups: "the illicit economy and armed groups recruit them early".
    'armed group', 'armed groups', 'gangs', 'illicit economy', 'illegal economy', 'forced recruitment',
    'difficulties',
  ],
  fr: [
    'vulnérab*', 'risque*', 'exposé*', 'exposition', 'danger*', 'accident*', 'blessure*', 'blessé*', 'décès', 'mort', 'morts', 'mortel*', 'tués',
    'travail forcé', 'traite des personnes', 'traite des êtres humains', 'dette*', 'endett*', 'abus', 'exploit*', 'stigmat*', 'réticen*', 'honte', 'isolé*', 'isolement', 'harcèlement',
    'violence*', 'décroch*', 'abandon*', 'chômage', 'pauvreté', 'pression*', 'souffr*', 'victime*', 'peur', 'santé mentale', 'alcool',
    'intoxication*', 'détention', 'arrest*', 'expuls*', 'hésit*', 'demander de l\'aide', 'difficultés', 'obstacle*', 'fardeau',
    'laissés pour compte', 'oubliés', 'négligés', 'invisibles', 'marginalis*', 'menace', 'menaces', 'menacé*', 'crainte*', 'sans contrat', 'exclus', 'exclue', 'exclues', 'exclusion', 'péril',
    'sans papiers', 'en situation irrégulière', 'migration irrégulière', 'traversée irrégulière', 'traversées irrégulières', 'voie irrégulière',
    'brûlure*', 'brûlé*',
    'cach* leurs symptômes', 'cach* les symptômes', 'évit* les services', 'évit* de consulter',
    'besoins spécifiques', 'besoins propres', 'besoins particuliers', 'moins visible', 'moins visibles',
    'groupe armé', 'groupes armés', 'gangs', 'économie illicite', 'recrutement forcé',
  ],
  es: [
    'vulnerab*', 'riesgo*', 'expuesto*', 'expuesta*', 'exposición', 'peligro*', 'accidente*', 'lesion*', 'muerte*', 'mortal*', 'muertos',
    'trabajo forzoso', 'trata de personas', 'deuda*', 'endeud*', 'abuso*', 'explota*', 'estigma*', 'reacio*', 'vergüenza', 'aislad*', 'aislamiento',
    'acoso', 'violencia*', 'deserción', 'abandon*', 'desempleo', 'pobreza', 'presión', 'sufr*', 'víctima*', 'miedo', 'salud mental',
    'alcohol', 'intoxicac*', 'detención', 'arresto*', 'deport*', 'pedir ayuda', 'dificultades', 'obstáculo*', 'carga',
    'olvidados', 'desatendidos', 'invisibles', 'marginad*', 'quedan fuera', 'amenaza', 'amenazas', 'amenazado*', 'temor', 'temores', 'sin contrato', 'excluidos', 'excluidas', 'exclusión',
    'sin papeles', 'indocumentad*', 'en situación irregular', 'migración irregular', 'ruta irregular', 'vía irregular',
    'quemadura*', 'quemad*',
    'ocult* síntomas', 'ocult* sus síntomas', 'ocult* los síntomas', 'evit* los servicios', 'evit* consultar',
    'necesidades propias', 'necesidades específicas', 'necesidades particulares', 'menos visible', 'menos visibles',
    'grupo armado', 'grupos armados', 'pandillas', 'maras', 'economía ilícita', 'economías ilícitas', 'reclutamiento forzado',
  ],
})

/** People an indicator may count or measure (singular forms also match their plurals). */
export const people = defineLexicon('people', {
  en: [
    'people', 'person', 'individual', 'worker', 'employee', 'staff', 'labourer', 'laborer', 'personnel',
    'migrant', 'returnee', 'refugee', 'fisher', 'fishermen', 'fisherman', 'farmer', 'smallholder', 'herder',
    'participant', 'beneficiary', 'trainee', 'graduate', 'apprentice', 'intern', 'student', 'learner', 'pupil',
    'jobseeker', 'job-seeker', 'job seeker', 'official', 'officer', 'inspector', 'civil servant', 'attaché', 'attache',
    'counsellor', 'counselor', 'caseworker', 'case worker', 'social worker', 'trainer', 'master trainer', 'tutor', 'mentor',
    'coach', 'teacher', 'facilitator', 'instructor', 'artisan', 'craftsperson', 'craftsman', 'craftswoman', 'member', 'leader', 'representative', 'organiser', 'organizer',
    'activist', 'volunteer', 'supervisor', 'manager', 'entrepreneur', 'employer', 'owner', 'producer', 'vendor', 'trader',
    'youth', 'young people', 'young person', 'adolescent', 'children', 'child', 'victim', 'survivor',
    'nurse', 'doctor', 'patient', 'caregiver', 'carer', 'applicant', 'recruit', 'candidate', 'user', 'client', 'resident',
    'head of household', 'household head', 'women', 'woman', 'men', 'man', 'girl', 'boy', 'mother', 'father',
  ],
  fr: [
    'personne', 'individu', 'travailleur', 'travailleuse', 'salarié', 'salariée', 'employé', 'employée',
    'migrant', 'migrante', 'rapatrié', 'réfugié', 'pêcheur', 'agriculteur', 'agricultrice', 'producteur', 'productrice',
    'participant', 'participante', 'bénéficiaire', 'stagiaire', 'diplômé', 'diplômée', 'lauréat', 'apprenti', 'apprentie',
    'apprenant', 'apprenante', 'élève', 'étudiant', 'étudiante', 'demandeur d\'emploi', 'demandeurs d\'emploi',
    'fonctionnaire', 'agent', 'inspecteur', 'inspectrice', 'conseiller', 'conseillère', 'formateur', 'formatrice',
    'tuteur', 'tutrice', 'maître d\'apprentissage', 'maître artisan', 'artisan', 'artisane', 'enseignant', 'enseignante', 'membre', 'dirigeant', 'dirigeante',
    'représentant', 'représentante', 'bénévole', 'superviseur', 'encadrant', 'entrepreneur', 'entrepreneuse', 'employeur',
    'jeune', 'enfant', 'victime', 'femme', 'homme', 'fille', 'garçon',
  ],
  es: [
    'persona', 'individuo', 'trabajador', 'trabajadora', 'trabajadores', 'trabajadoras', 'empleado', 'empleada',
    'migrante', 'retornado', 'refugiado', 'pescador', 'pescadores', 'agricultor', 'agricultores', 'productor', 'productores',
    'participante', 'beneficiario', 'beneficiaria', 'aprendiz', 'aprendices', 'estudiante', 'egresado', 'egresada', 'graduado',
    'funcionario', 'funcionaria', 'inspector', 'inspectores', 'inspectora', 'consejero', 'formador', 'formadores', 'tutor',
    'tutores', 'mentor', 'mentores', 'artesano', 'artesana', 'artesanos', 'artesanas', 'docente', 'miembro', 'afiliado', 'afiliada', 'dirigente', 'líder', 'líderes',
    'representante', 'voluntario', 'supervisor', 'supervisores', 'emprendedor', 'emprendedores', 'emprendedora',
    'empleador', 'empleadores', 'joven', 'jóvenes', 'niño', 'niña', 'víctima', 'mujer', 'mujeres', 'hombre',
    // Staff, as English "staff" and French "personnel": "Personal de los Centros de Empleo que aprueba el curso".
    'personal',
  ],
})

/**
 * Things an indicator counts that are not people, though a people-word may
 * qualify them: "employers' organisations", "safety committees", "port provinces".
 */
export const countedThings = defineLexicon('counted-things', {
  en: [
    'organisation', 'organization', 'institution', 'agency', 'enterprise', 'micro-enterprise', 'business', 'company',
    'firm', 'factory', 'workplace', 'employers\' organisation', 'employers\' organization', 'workers\' organisation',
    'workers\' organization', 'trade union', 'union', 'cooperative', 'association', 'federation', 'confederation', 'chamber',
    'committee', 'council', 'group', 'network', 'platform', 'desk', 'help desk', 'help point', 'helpline', 'help line',
    'centre', 'center', 'office', 'unit', 'ministry', 'department', 'district', 'province', 'region', 'municipality',
    'community', 'village', 'country', 'household', 'farm', 'school', 'vessel', 'port', 'site', 'policy', 'law',
    'regulation', 'decree', 'plan', 'agreement', 'procedure', 'system', 'tool', 'material', 'module', 'course',
    'curriculum', 'curricula', 'manual', 'guide', 'report', 'study', 'case', 'complaint', 'inspection', 'visit', 'meeting',
    'round', 'session', 'event', 'campaign', 'workshop', 'training', 'contract', 'job', 'post', 'position', 'placement',
    'hour', 'day', 'month', 'loan', 'grant', 'enrolment', 'enrollment',
    // Firms contracted to deliver a service: "Number of training providers under results-based contracts".
    'service provider', 'training provider',
    // Quantities measured, not people: "Volume of fish sold", "Tonnage of smoked fish", "Share of case workers' salaries paid by the counties".
    'volume', 'tonnage', 'quantity', 'amount', 'value', 'weight', 'salary', 'wage',
  ],
  fr: [
    'organisation', 'institution', 'agence', 'entreprise', 'société', 'usine', 'syndicat', 'coopérative', 'association',
    'comité', 'conseil', 'groupe', 'réseau', 'centre', 'bureau', 'ministère', 'district', 'province', 'région', 'commune',
    'communauté', 'village', 'ménage', 'exploitation', 'école', 'politique', 'loi', 'règlement', 'décret', 'plan', 'accord',
    'procédure', 'système', 'outil', 'module', 'cours', 'manuel', 'guide', 'rapport', 'étude', 'cas', 'plainte', 'inspection',
    'visite', 'réunion', 'session', 'atelier', 'contrat', 'emploi', 'stage', 'volume', 'tonnage', 'quantité', 'montant', 'valeur', 'poids',
    'salaire', 'texte',
    // A firm contracted to deliver a service ("Nombre de prestataires sous contrat de résultats"), though "-aire" ends
    // many nouns of people ("stagiaires", "bénéficiaires").
    'prestataire',
    // A framework, not the executives "cadres" also names: "Nombre de textes réglementaires ou de cadres institutionnels révisés".
    'cadre institutionnel', 'cadre juridique', 'cadre réglementaire', 'cadre légal', 'cadre stratégique', 'cadre logique', 'cadre normatif',
    'cadre de résultats', 'cadre de concertation', 'cadre de coopération', 'cadre de référence',
  ],
  es: [
    'organización', 'organizaciones', 'institución', 'instituciones', 'agencia', 'empresa', 'fábrica', 'sindicato',
    'cooperativa', 'asociación', 'asociaciones', 'comité', 'consejo', 'grupo', 'red', 'redes', 'centro', 'oficina',
    'ministerio', 'distrito', 'provincia', 'región', 'regiones', 'municipio', 'comunidad', 'comunidades', 'hogar', 'hogares',
    'finca', 'escuela', 'política', 'ley', 'leyes', 'reglamento', 'decreto', 'plan', 'planes', 'acuerdo', 'procedimiento',
    'sistema', 'herramienta', 'módulo', 'curso', 'manual', 'manuales', 'guía', 'informe', 'estudio', 'caso', 'queja',
    'inspección', 'inspecciones', 'visita', 'reunión', 'reuniones', 'sesión', 'sesiones', 'taller', 'talleres', 'contrato', 'empleo',
    'volumen', 'volúmenes', 'tonelaje', 'monto', 'valor', 'peso', 'salario', 'salarios',
    'proveedor', 'proveedores', 'entidad', 'entidades',
  ],
})

/** Rates that measure what happens to people ("completion rate", "taux d'insertion"). */
export const peopleRates = defineLexicon('people-rates', {
  en: [
    'completion rate', 'dropout rate', 'drop-out rate', 'enrolment rate', 'enrollment rate', 'employment rate', 'placement rate',
    'retention rate', 'pass rate', 'success rate', 'participation rate', 'attendance rate', 'coverage rate', 'affiliation rate',
    'unemployment rate', 'literacy rate', 'certification rate', 'graduation rate', 'transition rate',
  ],
  fr: [
    'taux d\'achèvement', 'taux d\'abandon', 'taux d\'inscription', 'taux d\'emploi', 'taux d\'insertion', 'taux de placement',
    'taux de réussite', 'taux de participation', 'taux de couverture', 'taux d\'affiliation', 'taux de chômage', 'taux de certification',
  ],
  es: [
    'tasa de finalización', 'tasa de abandono', 'tasa de matrícula', 'tasa de empleo', 'tasa de inserción', 'tasa de colocación',
    'tasa de aprobación', 'tasa de participación', 'tasa de cobertura', 'tasa de afiliación', 'tasa de desempleo',
  ],
})

/** Words that say money is set aside ("earmarked", "a dedicated budget line", "allocated"). */
/**
 * Renting a place: a budget line "Venue hire – Nadi Women's Resource Centre hall" pays for the hall, whatever the
 * place's name says, and is no gender line.
 */
export const venueHire = defineLexicon('venue hire', {
  en: ['venue hire', 'venue rental', 'hall hire', 'hall rental', 'room hire', 'room rental', 'hire of the hall', 'rental of the hall'],
  fr: ['location de salle', 'location de salles', 'location de la salle', 'location du local', 'location des locaux'],
  es: ['alquiler de sala', 'alquiler de salas', 'alquiler de local', 'alquiler del local', 'alquiler de salón', 'alquiler del salón'],
})

/**
 * What a share of a person's working time reads as, right after the share: "Gender and Inclusion Officer (50% of
 * her time)", "(30 % de son temps)". A share of time is no money for gender work: the post's cost is elsewhere.
 */
export const timeShare = defineLexicon('share of working time', {
  en: ['of her time', 'of his time', 'of their time', 'of its time', 'of working time', 'of the time', 'time', 'FTE', 'full-time equivalent'],
  fr: ['de son temps', 'de leur temps', 'du temps', 'temps de travail', 'ETP', 'équivalent temps plein'],
  es: ['de su tiempo', 'del tiempo', 'de dedicación', 'dedicación', 'tiempo'],
})

export const budgetAllocation = defineLexicon('budget-allocation', {
  en: [
    'budget', 'budgeted', 'budget line', 'earmark*', 'allocat*', 'set aside', 'reserved', 'dedicated', 'ring-fenced',
    'ringfenced', 'covers', 'funds', 'funding', 'financed', 'costs', 'costed', 'spent',
  ],
  fr: [
    // Participles spelled out, not as prefixes: folded, "financé*" read the English "finance officer" and "affecté*" "affected".
    'budget', 'budgétaire', 'ligne budgétaire', 'alloué*', 'allocation', 'affecté', 'affectée', 'affectés', 'affectées', 'réservé', 'réservée',
    'réservés', 'réservées', 'consacré*', 'dédié*', 'couvre', 'financée', 'financés', 'financées', 'financement', 'fonds', 'coûts',
    // The applicant's own allocation, in the present or the future: "Nous réservons 5 % du budget…", "Reservamos unos USD 15.000".
    'réservons', 'réserverons', 'consacrons', 'consacrerons', 'affectons', 'affecterons', 'allouons', 'allouerons',
  ],
  es: ['presupuesto', 'presupuestado', 'partida', 'asignad*', 'asignación', 'reservad*', 'destinad*', 'dedicad*', 'cubre', 'fondos', 'financiad*',
    'reservamos', 'reservaremos', 'destinamos', 'destinaremos', 'asignamos', 'asignaremos', 'dedicamos', 'dedicaremos'],
})
