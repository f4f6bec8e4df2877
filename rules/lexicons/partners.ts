// Concepts of the constituents, partners and coherence rules (seeds 000, 003, 004).
//
// Organisations are recognised by the role the text gives them ("employers'
// organisation", "trade union", "chamber of commerce"), not by a word of their
// name: the Union tunisienne de l'industrie, du commerce et de l'artisanat is
// an employers' organisation although "Union" opens its name.
import {defineLexicon} from '@lessonlint/core'

/** Workers' organisations. A bare "union" is judged by the rule (see `unionWord`). */
export const workersOrganisations = defineLexicon("workers' organisations", {
  en: [
    'trade union',
    'trades union',
    'labour union',
    'labor union',
    'trade unionist',
    'unionist',
    "workers' organisation",
    "workers' organization",
    'workers organisation',
    'workers organization',
    "worker's organisation",
    "worker's organization",
    'worker organisation',
    'worker organization',
    'organisation of workers',
    'organization of workers',
    "workers' union",
    'workers union',
    "workers' and employers' organisation",
    "workers' and employers' organization",
    "employers' and workers' organisation",
    "employers' and workers' organization",
    'employer and worker representative',
    'worker and employer representative',
    "employers' and workers' representative",
    "workers' and employers' representative",
    "worker's union",
    'union of workers',
    "workers' confederation",
    "workers' federation",
    "workers' congress",
    'confederation of workers',
    'federation of workers',
    'confederation of labour',
    'confederation of labor',
    'labour confederation',
    'labor confederation',
    'labour congress',
    'labor congress',
    'labour federation',
    'labor federation',
    'union confederation',
    'union federation',
    'union centre',
    'union center',
    'union representative',
    'union nominee',
    'union organiser',
    'union organizer',
    'union member',
    'union leader',
    'union officer',
    'union official',
    'union focal point',
    'union hotline',
    'union desk',
    "workers' representative",
    'workers representative',
    'worker representative',
    "workers' delegate",
    'worker partner',
    "workers' group",
    // The workers' side of a bipartite or tripartite body, which their organisations make up.
    "workers' side",
    'worker side',
    "workers' delegation",
    'union side',
  ],
  fr: [
    'syndicat',
    'syndical',
    'syndicale',
    'syndicaux',
    'syndicales',
    'organisation de travailleurs',
    'organisations de travailleurs',
    // Women workers' own organisations, and the inclusive form ("organisations de travailleuses et de travailleurs").
    'organisation de travailleuses',
    'organisations de travailleuses',
    'organisation des travailleurs',
    'organisations des travailleurs',
    // The noun left out before the second side: "organisations d'employeurs et de travailleurs".
    "d'employeurs et de travailleurs",
    'd’employeurs et de travailleurs',
    'des employeurs et des travailleurs',
    'confédération syndicale',
    'centrale syndicale',
    'confédération des travailleurs',
    'confédération nationale des travailleurs',
    'confédération générale des travailleurs',
    'union des travailleurs',
    'union nationale des travailleurs',
    'union générale des travailleurs',
    'fédération des travailleurs',
    'représentant des travailleurs',
    'représentants des travailleurs',
    'partie des travailleurs',
    'partie travailleurs',
    'partie syndicale',
    'côté salariés',
    'côté des salariés',
    'côté syndical',
    'collège des travailleurs',
    'collège des salariés',
    'délégation des travailleurs',
  ],
  es: [
    'sindicato',
    'sindical',
    'organización de trabajadores',
    'organizaciones de trabajadores',
    // Women workers' own organisations, and the inclusive form ("organizaciones de trabajadoras y trabajadores").
    'organización de trabajadoras',
    'organizaciones de trabajadoras',
    // The noun left out before the second side: "organizaciones de empleadores y de trabajadores".
    'empleadores y de trabajadores',
    'organizaciones de empleadores y trabajadores',
    'organización sindical',
    'central sindical',
    'central obrera',
    'centrales obreras',
    'sector trabajador',
    'confederación sindical',
    'confederación de trabajadores',
    'confederación general de trabajadores',
    'confederación general del trabajo',
    'central de trabajadores',
    'central unitaria de trabajadores',
    'unión de trabajadores',
    'federación de trabajadores',
    'representante de los trabajadores',
    'representantes de los trabajadores',
    'parte trabajadora',
    'representación de los trabajadores',
    'representación sindical',
    'delegación de los trabajadores',
  ],
})

/** The plain word "union": a trade union when plural or lowercase, not in a name ("Union tunisienne", "European Union"). */
export const unionWord = defineLexicon('union', {
  en: ['union'],
})

/** Unions that are not workers' organisations. */
export const notTradeUnion = defineLexicon('not a trade union', {
  // A Union Council is the smallest unit of local government in Pakistan and Bangladesh; a Union Parishad likewise.
  en: ['credit union', 'customs union', 'european union', 'african union', 'civil union', 'monetary union', 'economic union', 'postal union', 'telecommunication union',
    'union council', 'union councils', 'union parishad', 'union parishads',
    // A union of cooperatives federates the cooperatives, producers' businesses: "the Union of Tea Cooperatives".
    'union of cooperatives', 'unions of cooperatives', 'cooperative union', 'cooperative unions'],
  fr: ['union européenne', 'union africaine', 'union douanière', 'union économique', 'union monétaire',
    'union de coopératives', 'unions de coopératives', 'union des coopératives', 'unions des coopératives'],
  es: ['unión europea', 'unión africana', 'unión aduanera', 'unión de cooperativas', 'uniones de cooperativas'],
})

/** Employers' organisations: federations, associations, confederations, chambers. */
export const employersOrganisations = defineLexicon("employers' organisations", {
  en: [
    "employers' organisation",
    "employers' organization",
    'employers organisation',
    'employers organization',
    "employer's organisation",
    "employer's organization",
    'employer organisation',
    'employer organization',
    "employers' association",
    'employers association',
    "employers' and workers' organisation",
    "employers' and workers' organization",
    "workers' and employers' organisation",
    "workers' and employers' organization",
    'employer and worker representative',
    'worker and employer representative',
    "employers' and workers' representative",
    "workers' and employers' representative",
    'employer association',
    "employers' federation",
    'employers federation',
    "employers' confederation",
    'employers confederation',
    "employers' council",
    "employers' union",
    "employers' body",
    'federation of employers',
    'confederation of employers',
    'association of employers',
    'organisation of employers',
    'organization of employers',
    'business association',
    'business membership organisation',
    'business membership organization',
    'business federation',
    'business confederation',
    'confederation of industry',
    'federation of industry',
    'federation of industries',
    'chamber of commerce',
    'chambers of commerce',
    'chamber of industry',
    'chamber of commerce and industry',
    'professional chamber',
    'industry association',
    'industry federation',
    "manufacturers' association",
    "manufacturers' and exporters' association",
    'manufacturers and exporters association',
    "employers' representative",
    'employers representative',
    'employer representative',
    "employers' nominee",
    'employer nominee',
    "employers' delegate",
    'employer partner',
    'employer focal point',
    "employers' group",
    // The employers' side of a bipartite or tripartite body, which their organisations make up.
    "employers' delegation",
    "employers' side",
    'employer side',
  ],
  fr: [
    "organisation d'employeurs",
    "organisations d'employeurs",
    // The noun left out before the second side: "organisations de travailleurs et d'employeurs".
    "travailleurs et d'employeurs",
    'travailleurs et d’employeurs',
    'organisation des employeurs',
    'organisations des employeurs',
    'organisation patronale',
    'organisations patronales',
    'patronat',
    'fédération des employeurs',
    'confédération des employeurs',
    'confédération nationale des employeurs',
    'conseil national du patronat',
    // A federation of employers' bodies: "Groupement inter-patronal du Cameroun (GICAM)".
    'groupement inter-patronal',
    'groupement interpatronal',
    'union des employeurs',
    'chambre de commerce',
    "chambre d'industrie",
    'chambres de commerce',
    'chambres professionnelles',
    'représentants des employeurs',
    'représentant des employeurs',
    'délégation patronale',
    'délégués patronaux',
    'partie patronale',
    'collège des employeurs',
    'côté patronal',
    'côté employeurs',
    'côté des employeurs',
    'fédération des industriels',
    'fédération des entreprises',
    'groupement patronal',
  ],
  es: [
    'organización de empleadores',
    'organizaciones de empleadores',
    // The noun left out before the second side: "organizaciones de trabajadores y de empleadores".
    'trabajadores y de empleadores',
    'organizaciones de trabajadores y empleadores',
    'organización empresarial',
    'organizaciones empresariales',
    'gremio empresarial',
    'gremios empresariales',
    'cámara de comercio',
    'cámaras de comercio',
    'confederación de empresarios',
    'federación de empresarios',
    'representantes de los empleadores',
    'representante de los empleadores',
    'sector empleador',
    'representación empleadora',
    'delegación empleadora',
    'representación patronal',
    // "La patronal de la zona": Spain's employers' organisation, by its common name.
    'la patronal',
    'parte empleadora',
    'representación empresarial',
    'cúpula empresarial',
    'asociación de empresas',
    'asociación de empresarios',
    'federación de empresas',
  ],
})

/**
 * "Chamber" on its own names an employers' body ("its chamber of renewable
 * energy companies", "the professional chambers") except in parliament.
 */
export const chamberWord = defineLexicon('chamber', {
  en: ['chamber'],
  fr: ['chambre'],
  es: ['cámara'],
})

export const notEmployersChamber = defineLexicon('not an employers chamber', {
  // And rooms of equipment: "una cámara de frío", "a combustion chamber".
  en: ['chamber of deputies', 'upper chamber', 'lower chamber', 'chamber of representatives', 'parliamentary chamber', 'legislative chamber', 'cold chamber', 'chamber of parliament',
    'cooling chamber', 'refrigerated chamber', 'drying chamber', 'combustion chamber', 'smoking chamber'],
  fr: ['chambre des députés', 'chambre des représentants', 'chambre haute', 'chambre basse', 'chambre froide', 'chambres froides', 'chambre frigorifique', 'chambre de séchage', 'chambre de combustion'],
  es: ['cámara de diputados', 'cámara de representantes', 'cámara alta', 'cámara baja', 'cámara de senadores', 'cámara de frío', 'cámaras de frío', 'cámara fría', 'cámara frigorífica',
    'cámara de secado', 'cámara de combustión'],
})

/**
 * "Employers" as a word of an organisation's name: "Federation of Kenya
 * Employers", "Ghana Employers' Association". The rule keeps capitalised
 * mentions only.
 */
export const employersWord = defineLexicon('employers', {
  en: ['employers'],
  fr: ['employeurs'],
  es: ['empleadores'],
})

/**
 * Employers' bodies that French and Spanish call a "syndicat" / "sindicato": "le syndicat patronal du
 * BTP", "sindicatos de empleadores". Employers' organisations, and no trade unions for the "syndicat"
 * in them.
 */
export const employersSyndicate = defineLexicon("employers' syndicate", {
  fr: ['syndicat patronal', 'syndicats patronaux', "syndicat d'employeurs", "syndicats d'employeurs", 'syndicat des employeurs', 'syndicats des employeurs'],
  es: ['sindicato patronal', 'sindicatos patronales', 'sindicato de empleadores', 'sindicatos de empleadores', 'sindicato de los empleadores'],
})

/** ILO bureaux, not employers' organisations: "Employers' Activities Programme". */
export const notEmployersOrganisation = defineLexicon('not an employers organisation', {
  en: ["employers' activities", 'employers activities'],
})

/**
 * Who an organisation speaks for, told after its organisation word: "asociación que agrupa a las empresas
 * maquiladoras", "groupement qui négocie … au nom des entreprises franches", "which negotiates … on behalf of
 * the large estates". The members named next (`employerMembers`, `workerNameWords`) say which side it is.
 */
export const speaksFor = defineLexicon('speaks for', {
  en: ['on behalf of', 'which represents', 'which brings together', 'which groups', 'representing', 'that represents', 'that brings together'],
  fr: ['au nom des', 'au nom de', 'pour le compte des', 'pour le compte de', 'qui regroupe', 'qui fédère', 'qui représente', 'regroupant', 'fédérant', 'représentant les'],
  es: ['en nombre de', 'en representación de', 'que agrupa', 'que reúne', 'que representa', 'que nuclea', 'que aglutina', 'agrupando'],
})

/** Members that make an organisation an employers' body, named after `speaksFor`: firms, not people who work for them. */
export const employerMembers = defineLexicon("employers' members", {
  en: ['employers', 'companies', 'company', 'firms', 'enterprises', 'businesses', 'manufacturers', 'exporters', 'industrialists', 'estates', 'factories', 'mills', 'owners', 'growers', 'contractors'],
  fr: ['employeurs', 'entreprises', 'sociétés', 'industriels', 'fabricants', 'exportateurs', 'usiniers', 'exploitants', 'propriétaires', 'entrepreneurs'],
  es: ['empleadores', 'empresas', 'empresarios', 'industriales', 'fabricantes', 'exportadores', 'propietarios', 'dueños'],
})

/** A venue an organisation lends or rents out: a part that is no role in the project. */
export const venue = defineLexicon('venue', {
  en: ['conference hall', 'conference room', 'meeting hall', 'meeting room', 'venue', 'exhibition centre', 'exhibition center', 'auditorium'],
  fr: ['salle de conférence', 'salle de conférences', 'salle de réunion', 'salle des fêtes', "centre d'exposition", 'centre des expositions', 'auditorium'],
  es: ['salón de conferencias', 'sala de conferencias', 'sala de reuniones', 'salón de actos', 'centro de exposiciones', 'centro de convenciones', 'auditorio'],
})

/** Both social partners at once. */
export const socialPartners = defineLexicon('social partners', {
  en: ['social partners', 'social partner organisations', 'social partner organizations'],
  fr: ['partenaires sociaux'],
  es: ['interlocutores sociales', 'actores sociales'],
})

/**
 * A labour ministry's own unit for labour migration, whose name holds a migration body's words: "su Dirección de
 * Migración Laboral", "the Labour Migration Directorate". It is the labour ministry, not a partner beyond it.
 */
export const labourMigrationUnit = defineLexicon('labour migration unit', {
  en: ['labour migration directorate', 'labor migration directorate', 'labour migration division', 'labor migration division', 'labour migration unit', 'labor migration unit',
    'labour migration department', 'labor migration department'],
  fr: ['direction de la migration de travail', 'direction des migrations de travail', 'direction de la migration professionnelle', 'migration de main-d’œuvre',
    "migration de main-d'œuvre"],
  es: ['dirección de migración laboral', 'dirección de migraciones laborales', 'dirección general de migración laboral', 'unidad de migración laboral',
    'departamento de migración laboral', 'secretaría de migraciones laborales'],
})

/** Private recruiters whose names hold a bureau's words: "Ethiopian Overseas Employment Agencies Association". */
export const privateRecruiters = defineLexicon('private recruiters', {
  en: ['overseas employment agencies', 'overseas employment agency', 'foreign employment agencies', 'foreign employment agency', 'overseas employment promoters', 'foreign employment promoters', 'overseas employment companies', 'foreign employment companies'],
  fr: ["agences d'emploi à l'étranger", "agences de placement à l'étranger"],
  es: ['agencias de empleo en el exterior', 'agencias de empleo en el extranjero'],
})

/**
 * A later clause that says the project does nothing with bodies it names back by a demonstrative or a pronoun: "…
 * handled by the national migration authorities, and the programme has no activities with those authorities", "… la
 * Sûreté générale ; le projet ne mène aucune activité avec elle". Read with what follows it (`disownedLater`).
 */
export const noWorkWith = defineLexicon('no work with', {
  en: ['no activities with', 'no activity with', 'no work with', 'no contact with', 'no cooperation with', 'not work with', 'not cooperate with', 'no role for'],
  fr: ['aucune activité avec', 'aucun travail avec', 'aucun contact avec', 'pas de collaboration avec', 'pas avec', 'aucun rôle pour'],
  es: ['ninguna actividad con', 'ningún trabajo con', 'ningún contacto con', 'no trabaja con', 'no trabajará con', 'no colabora con', 'ningún papel para'],
})

/**
 * Non-traditional partners of a migration project: ministries and bureaux of
 * foreign or overseas employment, foreign affairs, interior or home affairs,
 * diaspora affairs (seed 003).
 */
export const nonTraditionalPartners = defineLexicon('non-traditional migration partners', {
  en: [
    'foreign employment',
    'overseas employment',
    'employment abroad',
    'foreign affairs',
    'external affairs',
    'international affairs and cooperation',
    'home affairs',
    'internal affairs',
    'ministry of interior',
    'ministry of the interior',
    'interior ministry',
    'department of the interior',
    'diaspora affairs',
    'ministry of diaspora',
    'diaspora ministry',
    'overseas workers welfare',
    'overseas workers',
    'department of migrant workers',
    'ministry of migrant workers',
    'emigration and overseas employment',
    'bureau of emigration',
    'immigration department',
    'department of immigration',
    'immigration service',
    'immigration authorities',
    'immigration authority',
    'migration authority',
    'consular service',
    'consular services',
    'ministry of foreign',
    'ministry of overseas',
    "expatriates' welfare",
    'expatriate welfare',
    'ministry of emigration',
    // A foreign ministry's posts abroad (not "embassy", which more often names a donor, nor labour attachés, who are
    // often the labour ministry's).
    'consulate',
    'consulates',
    'consulate general',
  ],
  fr: [
    'affaires étrangères',
    "ministère de l'intérieur",
    'ministère des affaires étrangères',
    // The diaspora's ministry or directorate, not its associations ("asociaciones de la diáspora" are civil society).
    'ministère de la diaspora',
    'affaires de la diaspora',
    'direction de la diaspora',
    "emploi à l'étranger",
    "Tunisiens à l'étranger",
    "Marocains résidant à l'étranger",
    // A diaspora ministry's name: "ministère des Maliens établis à l'extérieur".
    "établis à l'extérieur",
    'établis à l’extérieur',
    "office de l'immigration",
    'direction de l’immigration',
    "direction de l'immigration",
    'consulat',
    'consulats',
    'consulat général',
  ],
  es: [
    'relaciones exteriores',
    'asuntos exteriores',
    'cancillería',
    'ministerio del interior',
    'ministerio de interior',
    'ministerio de gobernación',
    'instituto nacional de migración',
    'dirección general de migración',
    'dirección nacional de migraciones',
    'superintendencia nacional de migraciones',
    'superintendencia de migraciones',
    'dirección de migración',
    'migración colombia',
    'consulado',
    'consulados',
  ],
})

/** The International Organization for Migration. */
export const iom = defineLexicon('IOM', {
  en: ['IOM', 'International Organization for Migration', 'International Organisation for Migration'],
  fr: ['OIM', 'Organisation internationale pour les migrations'],
  es: ['Organización Internacional para las Migraciones'],
})

/** UN system coordination mechanisms: a mention of one is a plan to coordinate. */
export const unCoordination = defineLexicon('UN coordination', {
  en: [
    'UN country team',
    'United Nations country team',
    'UNCT',
    'UNSDCF',
    'UN Sustainable Development Cooperation Framework',
    'United Nations Sustainable Development Cooperation Framework',
    'UNDAF',
    'UN Development Assistance Framework',
    'United Nations Development Assistance Framework',
    'Delivery as One',
    'One UN',
    'UN Network on Migration',
    'United Nations Network on Migration',
    'network on migration',
    'UN migration network',
    'Global Migration Group',
    'resident coordinator',
    'UN joint programme',
    'UN joint program',
    'joint UN programme',
    'UN agencies',
    'United Nations agencies',
    'UN partners',
    'UN system',
    'United Nations system',
  ],
  fr: [
    'équipe de pays des Nations Unies',
    'équipe pays des Nations Unies',
    'Plan-cadre de coopération',
    'cadre de coopération des Nations Unies',
    'Unis dans l’action',
    "Unis dans l'action",
    'Réseau des Nations Unies sur les migrations',
    'agences des Nations Unies',
    'système des Nations Unies',
    'coordonnateur résident',
  ],
  es: [
    'equipo de país de las Naciones Unidas',
    'Marco de Cooperación de las Naciones Unidas',
    'Red de las Naciones Unidas sobre la Migración',
    'Red de Naciones Unidas sobre Migración',
    'agencias de las Naciones Unidas',
    'sistema de las Naciones Unidas',
    'coordinador residente',
  ],
})

/** UN agencies a migration project may work with besides IOM. */
export const unAgencies = defineLexicon('UN agencies', {
  en: ['UNHCR', 'UNICEF', 'UN Women', 'UNODC', 'UNDP', 'UNFPA', 'OHCHR', 'UNESCO', 'FAO', 'UN-Habitat', 'World Food Programme', 'WFP', 'World Health Organization'],
  fr: ['HCR', 'ONU Femmes', 'PNUD', 'ONUDC', 'HCDH'],
  es: ['ACNUR', 'ONU Mujeres', 'PNUD', 'UNODC'],
})

/** Working together: read in the sentence (or table row) that names an agency. */
export const coordination = defineLexicon('coordination', {
  en: [
    'coordinat*',
    'co-ordinat*',
    'cooperat*',
    'co-operat*',
    'collaborat*',
    'partner*',
    'joint',
    'jointly',
    'together with',
    'in consultation with',
    'consult',
    'work with',
    'working with',
    'works with',
    'align',
    'alignment',
    'complement*',
    'synerg*',
    'avoid duplication',
    'not duplicated',
    'in liaison with',
    'liaise',
    'agreement with',
    'memorandum of understanding with',
    'co-financ*',
    'co-chair*',
    'referral',
    'refer',
    'with IOM',
    'join',
    'joins',
  ],
  fr: ['coordin*', 'coopér*', 'collabor*', 'partenariat', 'partenaire', 'partenaires', 'rejoindra', 'conjoint*', 'en lien avec', 'avec l’OIM', "avec l'OIM", 'synergie*', 'complémentarité',
    'éviter les doublons', 'éviter la duplication', 'référencement'],
  es: ['coordin*', 'cooper*', 'colabor*', 'alianza', 'socio', 'socios', 'se integra', 'se integrará', 'se suma', 'se sumará', 'conjunt*', 'en consulta con', 'con la OIM', 'sinergia*', 'complementariedad',
    // Together, without duplicating, referring cases: "elaborarán juntas el protocolo", "para no duplicar servicios", "una ruta de derivación común".
    'junto con', 'juntas', 'juntos', 'no duplicar', 'evitar duplicidades', 'evitar la duplicación', 'derivación'],
})

/** The ILO's labour migration branch and other headquarters technical units. */
export const iloHeadquarters = defineLexicon('ILO headquarters', {
  en: [
    'MIGRANT',
    'Labour Migration Branch',
    'Labor Migration Branch',
    'International Migration Programme',
    'International Migration Program',
    'Conditions of Work and Equality Department',
    'WORKQUALITY',
    'ILO headquarters',
    'ILO HQ',
    'ILO Geneva',
    'headquarters in Geneva',
    'HQ in Geneva',
    'technical unit at headquarters',
    'technical units at headquarters',
    'HQ technical unit',
    'headquarters technical unit',
    'technical department at headquarters',
    'technical backstopping from headquarters',
    'backstopping from headquarters',
    'specialists at headquarters',
  ],
  fr: [
    'Service des migrations de main-d’œuvre',
    "Service des migrations de main-d'œuvre",
    'Service des migrations de main-d’oeuvre',
    "Service des migrations de main-d'oeuvre",
    'siège du BIT',
    "siège de l'OIT",
    'BIT Genève',
    'siège à Genève',
  ],
  es: ['Servicio de Migraciones Laborales', 'sede de la OIT', 'OIT Ginebra', 'sede en Ginebra'],
})

/**
 * A technical unit or technical support, which is the ILO's headquarters when
 * said of headquarters in its clause (`headquartersPlace`): "the competent
 * technical unit at headquarters", "Unité technique du BIT à Genève",
 * "la unidad técnica competente de la sede".
 */
export const technicalUnit = defineLexicon('technical unit', {
  en: ['technical unit', 'technical units', 'technical department', 'technical branch', 'technical support', 'technical backstopping', 'backstopping', 'technical specialists', 'technical review'],
  fr: ['unité technique', 'unités techniques', 'service technique', 'services techniques', 'département technique', 'appui technique', 'soutien technique', 'spécialistes techniques'],
  es: ['unidad técnica', 'unidades técnicas', 'servicio técnico', 'departamento técnico', 'apoyo técnico', 'asistencia técnica', 'especialistas técnicos'],
})

/**
 * A unit of an organisation, which is an ILO headquarters unit when the ILO and its headquarters are named in
 * its clause: "the International Labour Office's headquarters unit responsible for labour migration in Geneva".
 */
export const organisationUnit = defineLexicon('unit', {
  en: ['unit', 'units', 'branch', 'team'],
  fr: ['unité', 'unités', 'service', 'équipe'],
  es: ['unidad', 'unidades', 'rama', 'servicio', 'equipo'],
})

/** Where the ILO's headquarters is: "headquarters", "Geneva", "siège", "sede central". */
export const headquartersPlace = defineLexicon('headquarters', {
  en: ['headquarters', 'HQ', 'Geneva'],
  fr: ['siège', 'Genève'],
  es: ['sede', 'sede central', 'Ginebra'],
})

/** Where a body is based, not the ILO's headquarters: "la Oficina de la OIT, con sede en Lima", "dont le siège est à Saint-Louis". */
export const seatOfABody = defineLexicon('seat of a body', {
  en: ['headquartered in', 'whose headquarters', 'registered office'],
  fr: ['dont le siège', 'siège social', 'ayant son siège', 'a son siège'],
  es: ['con sede en', 'cuya sede', 'tiene su sede', 'sede social'],
})

/** ILO field structure: country, regional and sub-regional offices, Decent Work Teams. */
export const iloFieldOffices = defineLexicon('ILO field offices', {
  en: [
    'ILO Country Office',
    'ILO country office',
    'Country Office for',
    'ILO Office for',
    'ILO Office in',
    'ILO office in',
    'ILO Regional Office',
    'ILO regional office',
    'Regional Office for',
    'ILO Sub-regional Office',
    'ILO Subregional Office',
    'Subregional Office for',
    'Sub-regional Office for',
    'ILO field office',
    'ILO field offices',
    'field office',
    'field offices',
    'Decent Work Team',
    'DWT',
    'ILO office',
    'ILO Liaison Office',
    'country office',
    'regional office',
  ],
  // "ETD/BP-Dakar", "ETD/OP-Lima": the team and country office as the ILO's French and Spanish documents abbreviate them.
  fr: ['bureau de pays', 'bureau régional', 'bureau sous-régional', 'bureau du BIT', "bureau de l'OIT", 'équipe d’appui technique au travail décent', "équipe d'appui technique au travail décent", 'bureaux extérieurs', 'ETD/BP'],
  es: ['oficina de país', 'oficina regional', 'oficina subregional', 'oficina de la OIT', 'equipo de trabajo decente', 'oficinas exteriores', 'ETD/OP'],
})

/**
 * What makes an office a mere recipient of the project's papers, not a link: "sent to all ILO country offices for
 * their information", "dont les bureaux seront simplement destinataires", "copia a la sede para su conocimiento".
 */
export const forInformationOnly = defineLexicon('for information only', {
  en: ['for information', 'for their information', 'for its information', 'for reference only'],
  fr: ['pour information', 'pour leur information', 'pour son information', "à titre d'information", 'à titre d’information', 'destinataire', 'destinataires'],
  es: ['para información', 'para su información', 'para conocimiento', 'para su conocimiento', 'a título informativo', 'destinataria', 'destinatarias', 'destinatario', 'destinatarios'],
})

/**
 * What attributes a statement or figures to a body, before it: "According to the Federation of Nepalese Chambers of
 * Commerce", "selon le patronat", "según la Cámara". Narrower than `citedAsSource`: "unions use committee data" is a role.
 */
export const attributedTo = defineLexicon('attributed to', {
  en: ['according to', 'as reported by', 'as estimated by', 'figures from', 'data from', 'estimates from'],
  fr: ['selon', "d'après", 'chiffres de', 'données de', 'estimations de'],
  es: ['según', 'cifras de', 'datos de', 'estimaciones de'],
})

/** An agency cited as a source of figures, not as a partner: "IOM survey data", "according to IOM". */
export const citedAsSource = defineLexicon('cited as a source', {
  en: ['data', 'survey', 'study', 'studies', 'report', 'statistics', 'estimate', 'figure', 'research', 'according to', 'database', 'records'],
  fr: ['données', 'enquête', 'étude', 'rapport', 'statistiques', 'chiffres', 'estimation', 'selon', "d'après", 'd’après', 'registres'],
  es: ['datos', 'encuesta', 'estudio', 'informe', 'estadísticas', 'cifras', 'estimación', 'según', 'registros'],
})

/**
 * Words that make a name an organisation's: "National Union of Mineworkers",
 * "Minerals Council South Africa", "Fédération des entreprises du Sénégal".
 * What kind of organisation it is comes from the role words beside it in the
 * same name (`employerNameWords`, `workerNameWords`), never from this word:
 * "Union" opens the names of unions, employers' bodies and the European Union.
 */
export const organisationKind = defineLexicon('organisation kind', {
  en: ['council', 'federation', 'confederation', 'association', 'chamber', 'union', 'congress', 'organisation', 'organization', 'alliance', 'unity', 'league', 'guild', 'coalition'],
  fr: ['conseil', 'fédération', 'confédération', 'association', 'chambre', 'union', 'congrès', 'organisation', 'groupement', 'mouvement', 'centrale'],
  es: ['consejo', 'federación', 'confederación', 'asociación', 'cámara', 'unión', 'congreso', 'organización', 'central', 'gremio', 'alianza', 'coordinadora'],
})

/** Role words of an employers' body's name: who its members are (business, industry, commerce, a sector's companies). */
export const employerNameWords = defineLexicon("employers' name words", {
  en: [
    'employers',
    'business',
    'businesses',
    'enterprise',
    'industry',
    'industries',
    'industrialists',
    'commerce',
    'manufacturers',
    'exporters',
    'importers',
    'minerals',
    'mines',
    'mining',
    'private sector',
    'bankers',
    'retailers',
    'contractors',
    'hoteliers',
    // Those who own or run the businesses: "Vessel Owners' Association", "Association des exploitants de carrières".
    'owners',
  ],
  fr: ['employeurs', 'patronat', 'patronal', 'entreprise', 'entreprises', 'industrie', 'industries', 'industriels', 'commerce', 'secteur privé', 'artisanat', 'exploitants', 'propriétaires'],
  es: ['empleadores', 'empresarios', 'empresarial', 'empresariales', 'empresa', 'empresas', 'empresa privada', 'industria', 'industrias', 'industriales', 'comercio', 'sector privado', 'exportadores', 'propietarios', 'dueños'],
})

/** Role words of a workers' organisation's name: its members are workers or an occupation ("Union of Metalworkers", "Teachers' Union"). */
export const workerNameWords = defineLexicon("workers' name words", {
  en: [
    'workers',
    'worker',
    'mineworkers',
    'metalworkers',
    'farmworkers',
    'dockworkers',
    'steelworkers',
    'autoworkers',
    'employees',
    'trade unions',
    'teachers',
    'nurses',
    'journalists',
    'miners',
    'seafarers',
    'dockers',
    'drivers',
    'labourers',
    'laborers',
    'civil servants',
    'public servants',
  ],
  fr: ['travailleurs', 'travailleuses', 'salariés', 'employés', 'enseignants', 'fonctionnaires', 'ouvriers', 'dockers', 'syndicats'],
  // "Obrera": the adjective names the members too ("Asociación Obrera Textil").
  es: ['trabajadores', 'trabajadoras', 'empleados', 'obreros', 'obrera', 'obreras', 'obrero', 'docentes', 'maestros', 'servidores públicos', 'mineros', 'jornaleros', 'sindicatos'],
})

/**
 * An organisation turning the project down: "The Growers and Exporters Association declined our invitation to join
 * the project committee", "la chambre de commerce a refusé de siéger", "la cámara rechazó participar". Read after the
 * organisation's mention, in its clause.
 */
export const refusal = defineLexicon('refusal', {
  en: ['declined', 'refused', 'turned down', 'did not accept', 'has not accepted', 'have not accepted', 'pulled out', 'withdrew from', 'could not commit', 'was unable to commit', 'were unable to commit',
    'has withdrawn', 'have withdrawn', 'did not wish to', 'does not wish to',
    // Said of its own part to come: "the Zambia Federation of Employers … does not expect to take part".
    'does not expect to take part', 'do not expect to take part', 'does not intend to take part', 'do not intend to take part', 'will not take part',
    'does not expect to participate', 'does not intend to participate', 'will not participate'],
  fr: [
    'a décliné', 'ont décliné', 'a refusé', 'ont refusé', "n'a pas accepté", "n'ont pas accepté", 'n’a pas accepté', 'n’ont pas accepté', "s'est retiré", "s'est retirée", 's’est retiré', 's’est retirée',
    "n'a pas pu s'engager", "n'ont pas pu s'engager", 'n’a pas pu s’engager', 'n’ont pas pu s’engager',
    "ne souhaitait pas s'engager", "ne souhaite pas s'engager", "ne souhaitent pas s'engager", 'ne souhaitait pas s’engager', 'ne souhaite pas s’engager',
    'ne participera pas', 'ne participeront pas', 'ne compte pas participer', 'ne comptent pas participer', 'ne prévoit pas de participer', "n'entend pas participer", 'n’entend pas participer',
  ],
  es: ['declinó', 'declinaron', 'rechazó', 'rechazaron', 'se negó', 'se negaron', 'no aceptó', 'no aceptaron', 'se retiró', 'se retiraron', 'no pudo comprometerse', 'no pudieron comprometerse',
    'no deseaba participar', 'no desea participar', 'no quiso participar', 'no participará', 'no participarán', 'no prevé participar', 'no tiene previsto participar'],
})

/**
 * Whether an organisation will take part is still being asked: "Consult the CIP on its interest in participating",
 * "Se retomará cuando la CIP confirme su interés", "demander à la chambre si elle souhaite participer". Its role is
 * not settled.
 */
export const participationSought = defineLexicon('participation sought', {
  en: ['interest in participating', 'interest in joining', 'interest in taking part', 'confirms its interest', 'confirm their interest', 'whether it wishes to', 'whether they wish to', 'whether it would join', 'whether they would join',
    // Those who might join, still to be found: "Identification of the unions that could join".
    'could join', 'might join', 'could take part', 'might take part'],
  fr: ['intérêt à participer', 'intérêt pour participer', "intérêt à s'associer", 'intérêt à s’associer', 'confirme son intérêt', 'confirment leur intérêt', "s'il souhaite participer", "s'ils souhaitent participer", 's’il souhaite participer', 'si elle souhaite participer',
    'pourraient se joindre', 'pourrait se joindre', 'pourraient participer', 'pourrait participer', "pourraient s'associer", 'pourraient s’associer'],
  es: ['interés en participar', 'interés de participar', 'interés por participar', 'confirme su interés', 'confirmen su interés', 'si desea participar', 'si desean participar',
    'podrían sumarse', 'podría sumarse', 'podrían participar', 'podría participar', 'podrían unirse', 'podría unirse'],
})

/**
 * An organisation as the source of an obstacle, not a partner: "objections
 * from employers' groups", "resistance of the unions". Read right before the
 * organisation's mention.
 */
export const obstacleFrom = defineLexicon('obstacle from', {
  en: [
    'objections from',
    'objection from',
    'objections by',
    'opposition from',
    'opposition of',
    'opposition by',
    'resistance from',
    'resistance of',
    'resistance by',
    'resistance among',
    'reluctance of',
    'reluctance among',
    'pushback from',
    'push-back from',
    'lobbying by',
    'lobbying from',
    'opposed by',
    'blocked by',
    'delayed by',
    'challenged by',
    'hostility of',
    'hostility from',
  ],
  fr: ['objections de', 'objections des', 'opposition de', 'opposition des', 'résistance de', 'résistance des', 'résistances des', 'réticence de', 'réticence des', 'réticences des', 'bloqué par'],
  es: ['objeciones de', 'oposición de', 'resistencia de', 'resistencias de', 'reticencia de', 'bloqueado por'],
})

/** A risk's mitigation: in a risks section, a mention in one gives the organisation a role. */
export const mitigation = defineLexicon('mitigation', {
  en: ['mitigation', 'mitigate', 'mitigating', 'mitigated', 'measure', 'response', 'counter-measure', 'countermeasure', 'safeguard'],
  fr: ['atténuation', 'atténuer', 'mesure', 'mitigation', 'riposte', 'parade'],
  es: ['mitigación', 'mitigar', 'medida', 'respuesta'],
})

/**
 * The project engaging an organisation: in a risks section, what makes a
 * sentence a response ("the project will involve the employers' federation
 * from the start") rather than the risk itself ("employers may resist").
 */
export const engagement = defineLexicon('engagement', {
  en: ['involve*', 'engag*', 'consult*', 'work with', 'working with', 'together with', 'in partnership with', 'co-chair*', 'with the support of'],
  fr: ['associer', 'associera', 'associés', 'impliquer', 'impliquera', 'consult*', 'concertation avec', 'en partenariat avec', 'avec l’appui', "avec l'appui"],
  es: ['involucr*', 'consult*', 'concertación con', 'en alianza con', 'con el apoyo', 'trabajar con', 'junto con'],
})

/**
 * What marks a paragraph as a biography or a track record of the team or the
 * organisation ("is a labour migration specialist with 12 years of
 * experience", "titulaire d'un master", "con 15 años de experiencia"): what it
 * names is what someone did before, never the project's scope or plan.
 */
export const biographyMarkers = defineLexicon('biography', {
  en: [
    'years of experience', "years' experience", 'years’ experience', 'years of professional experience', 'previous post', 'previous position',
    'previous role', 'former post', 'curriculum vitae', 'CV', 'holds a degree', 'holds a master', 'holds a PhD', 'holds an MA', 'graduate of', 'her career', 'his career',
  ],
  fr: [
    "ans d'expérience", 'ans d’expérience', "années d'expérience", 'années d’expérience', 'poste précédent', 'précédent poste', 'ancien poste',
    'curriculum vitae', "titulaire d'un", 'titulaire d’un', "titulaire d'une", 'titulaire d’une', 'sa carrière',
  ],
  // Not "currículum" or "currículo" alone: folded, they read the English "curriculum" of a course, and a course's too.
  es: ['años de experiencia', 'puesto anterior', 'cargo anterior', 'currículum vitae', 'hoja de vida', 'titular de un', 'licenciado en', 'licenciada en', 'su trayectoria profesional', 'su carrera'],
})

/**
 * Labour in a name ("Union marocaine du travail", "Nigeria Labour Congress",
 * "Confederación General del Trabajo"): a workers' name only with an
 * organisation word that unions take (`unionKind`); the "International Labour
 * Organization" or a "Conseil national du travail" are no unions.
 */
export const labourNameWord = defineLexicon('labour name word', {
  en: ['labour', 'labor'],
  fr: ['travail'],
  es: ['trabajo'],
})

/** The organisation words of trade union names. */
export const unionKind = defineLexicon('union kind', {
  en: ['union', 'federation', 'confederation', 'congress'],
  fr: ['union', 'fédération', 'confédération', 'centrale'],
  es: ['unión', 'federación', 'confederación', 'central'],
})

/** Who pays for the project: "funded by", "the donor", "financé par", "bailleur", "financiado por", "donante". */
export const funder = defineLexicon('funder', {
  en: ['funded by', 'financed by', 'donor', 'funder', 'funding partner'],
  fr: ['financé par', 'financée par', 'financés par', 'bailleur', 'bailleur de fonds', 'donateur'],
  es: ['financiado por', 'financiada por', 'donante', 'financiador', 'financiadora'],
})
