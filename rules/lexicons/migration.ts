// Concepts of the labour migration rules (seeds 001, 003, 004).
import {defineLexicon} from '@lessonlint/core'

/** Labour migration or migrant workers as the subject of a title or an objective. */
export const labourMigration = defineLexicon('labour migration', {
  en: [
    'migrant',
    'migration',
    'labour mobility',
    'labor mobility',
    'mobility of workers',
    'workers going abroad',
    'work abroad',
    'working abroad',
    'employment abroad',
    'overseas employment',
    'foreign employment',
    'overseas workers',
    'seasonal workers abroad',
    'emigrant workers',
    'emigration',
    'returnee',
    'returning migrant',
    'recruitment corridor',
    'migration corridor',
  ],
  fr: ['migrant', 'migrants', 'migrante', 'migrantes', 'migration', 'migrations', 'travailleurs migrants', 'travailleuses migrantes', "travail à l'étranger", "travailler à l'étranger", 'travail à l’étranger', 'travailler à l’étranger', 'mobilité de la main-d’œuvre', "mobilité de la main-d'œuvre", 'mobilité de la main-d’oeuvre', "mobilité de la main-d'oeuvre", "emploi à l'étranger", 'émigration'],
  es: ['migrante', 'migrantes', 'migración', 'migraciones', 'trabajadores migrantes', 'movilidad laboral', 'emigración', 'trabajo en el extranjero', 'trabajar en el extranjero'],
})

/**
 * The rights-based framework of ILO labour migration work: the Multilateral
 * Framework on Labour Migration and the migrant-worker conventions (C97, C143,
 * C181, C189).
 */
export const migrationFramework = defineLexicon('ILO migration framework', {
  en: [
    'Multilateral Framework on Labour Migration',
    'Multilateral Framework on Labor Migration',
    'ILO Multilateral Framework',
    'Multilateral Framework',
    'MFLM',
    'Migration for Employment Convention',
    'Migrant Workers Supplementary Provisions Convention',
    'Private Employment Agencies Convention',
    'Domestic Workers Convention',
    // 'C 97' also matches "C97" and "C-97" (separators between words are optional).
    'C 97',
    'C 143',
    'C 181',
    'C 189',
  ],
  fr: [
    'Cadre multilatéral de l’OIT pour les migrations de main-d’œuvre',
    "Cadre multilatéral de l'OIT pour les migrations de main-d'œuvre",
    'Cadre multilatéral pour les migrations de main-d’œuvre',
    "Cadre multilatéral pour les migrations de main-d'œuvre",
    'Cadre multilatéral',
    'convention sur les travailleurs migrants',
    'convention sur les travailleuses et travailleurs domestiques',
    "convention sur les agences d'emploi privées",
    'convention sur les agences d’emploi privées',
    "convention sur les migrations pour l'emploi",
    'convention sur les migrations pour l’emploi',
  ],
  es: [
    'Marco multilateral de la OIT para las migraciones laborales',
    'Marco multilateral para las migraciones laborales',
    'Marco multilateral',
    'Convenio sobre los trabajadores migrantes',
    'Convenio sobre las trabajadoras y los trabajadores domésticos',
    'Convenio sobre las agencias de empleo privadas',
  ],
})

/**
 * Where a convention is cited by number ("Convention No. 189", "Conventions
 * Nos 97 and 143", "convention n° 181", "Convenio núm. 189"): the term syntax
 * has no full stop, so the rule reads the numbers that follow the match.
 */
export const conventionByNumber = defineLexicon('convention cited by number', {
  en: ['Convention No', 'Conventions No', 'Conventions Nos', 'Convention Number', 'Convention'],
  fr: ['convention n°', 'conventions n°', 'convention no', 'conventions nos', 'convention numéro'],
  es: ['Convenio núm', 'Convenios núms', 'Convenio número', 'Convenio'],
})

/**
 * Foreign, or abroad: "foreign workers", "travailleurs agricoles temporaires étrangers", "trabajadoras
 * extranjeras", "des travailleuses malgaches à l'étranger". Said of workers, or of a country's nationals
 * working abroad, it makes a corridor whose destination is not named.
 */
export const foreignOrAbroad = defineLexicon('foreign or abroad', {
  en: ['foreign', 'abroad', 'overseas'],
  fr: ['étranger', 'étrangers', 'étrangère', 'étrangères'],
  es: ['extranjero', 'extranjeros', 'extranjera', 'extranjeras'],
})

/** The migrant-worker conventions the lesson names (seed 004, CHECKLIST migration-framework). */
export const MIGRATION_CONVENTIONS: ReadonlySet<number> = new Set([97, 143, 181, 189])

/**
 * What a bare "migration" is about when it is no labour migration: moving
 * data, records or software ("the migration of all contributor records to the
 * new platform", "data migration", "migration des données", "migración de
 * datos"). Read at phrase level with the match (`related(..., 'phrase')`):
 * what is migrated comes right before it ("data migration") or after it
 * ("migration of records"); right after it, the thing is about migration
 * ("migration data", "migration database").
 */
export const migratedThings = defineLexicon('migrated things', {
  en: ['data', 'dataset', 'record', 'database', 'file', 'platform', 'server', 'software', 'mainframe', 'cloud', 'legacy system', 'IT system', 'information system', 'website', 'email', 'codebase'],
  fr: ['données', 'base de données', 'bases de données', 'dossier', 'fichier', 'plateforme', 'serveur', 'logiciel', 'nuage', 'système informatique', "système d'information", 'système d’information', "systèmes d'information", 'systèmes d’information', 'site web'],
  es: ['datos', 'base de datos', 'bases de datos', 'registro', 'expediente', 'archivo', 'plataforma', 'servidor', 'programa informático', 'nube', 'sistema informático', 'sistema de información', 'sistemas de información', 'sitio web'],
})

/** What makes a migration a labour migration beside it ("labour migration data", "migración laboral"). */
export const labourQualifier = defineLexicon('labour qualifier', {
  en: ['labour', 'labor', 'worker', 'workers', 'employment', 'migrant'],
  fr: ['main-d’œuvre', "main-d'œuvre", 'main-d’oeuvre', "main-d'oeuvre", 'travailleurs', 'travailleuses', 'travail', 'emploi', 'migrants'],
  es: ['laboral', 'laborales', 'trabajadores', 'trabajadoras', 'trabajo', 'empleo', 'migrantes'],
})

/**
 * Countries of origin and destination of labour migration, with their names
 * and the adjectives of their nationals in English, French and Spanish. A
 * project for the nationals of one country working in another ("Safe jobs for
 * Kenyan drivers in Qatar", "travailleuses malgaches au Liban", "trabajadoras
 * paraguayas en Argentina") is a migration project whatever its vocabulary.
 */
const COUNTRIES: ReadonlyArray<{code: string; names: string[]; nationals: string[]}> = [
  {code: 'AF', names: ['Afghanistan'], nationals: ['Afghan', 'afghane', 'afgano', 'afgana']},
  {code: 'AR', names: ['Argentina', 'Argentine'], nationals: ['Argentinian', 'argentin', 'argentino', 'argentina']},
  {code: 'BD', names: ['Bangladesh'], nationals: ['Bangladeshi', 'bangladais', 'bangladaise', 'bangladesí']},
  {code: 'BF', names: ['Burkina Faso'], nationals: ['Burkinabe', 'Burkinabè', 'burkinés', 'burkinesa']},
  {code: 'BO', names: ['Bolivia', 'Bolivie'], nationals: ['Bolivian', 'bolivien', 'bolivienne', 'boliviano', 'boliviana']},
  {code: 'BR', names: ['Brazil', 'Brésil', 'Brasil'], nationals: ['Brazilian', 'brésilien', 'brésilienne', 'brasileño', 'brasileña']},
  {code: 'BH', names: ['Bahrain', 'Bahreïn', 'Baréin'], nationals: ['Bahraini']},
  {code: 'CA', names: ['Canada', 'Canadá'], nationals: ['Canadian', 'canadien', 'canadienne', 'canadiense']},
  {code: 'CI', names: ["Côte d'Ivoire", 'Côte d’Ivoire', 'Ivory Coast', 'Costa de Marfil'], nationals: ['Ivorian', 'ivoirien', 'ivoirienne', 'marfileño', 'marfileña']},
  {code: 'CL', names: ['Chile', 'Chili'], nationals: ['Chilean', 'chilien', 'chilienne', 'chileno', 'chilena']},
  {code: 'CN', names: ['China', 'Chine'], nationals: ['Chinese', 'chinois', 'chinoise', 'chino', 'china']},
  {code: 'CO', names: ['Colombia', 'Colombie'], nationals: ['Colombian', 'colombien', 'colombienne', 'colombiano', 'colombiana']},
  {code: 'CR', names: ['Costa Rica'], nationals: ['Costa Rican', 'costaricien', 'costaricienne', 'costarricense']},
  {code: 'DE', names: ['Germany', 'Allemagne', 'Alemania'], nationals: ['German', 'allemand', 'allemande', 'alemán', 'alemana']},
  {code: 'DO', names: ['Dominican Republic', 'République dominicaine', 'República Dominicana'], nationals: ['Dominican', 'dominicain', 'dominicaine', 'dominicano', 'dominicana']},
  {code: 'EC', names: ['Ecuador', 'Équateur'], nationals: ['Ecuadorian', 'équatorien', 'équatorienne', 'ecuatoriano', 'ecuatoriana']},
  {code: 'EG', names: ['Egypt', 'Égypte', 'Egipto'], nationals: ['Egyptian', 'égyptien', 'égyptienne', 'egipcio', 'egipcia']},
  {code: 'ES', names: ['Spain', 'Espagne', 'España'], nationals: ['Spanish', 'espagnol', 'espagnole', 'español', 'española']},
  {code: 'ET', names: ['Ethiopia', 'Éthiopie', 'Etiopía'], nationals: ['Ethiopian', 'éthiopien', 'éthiopienne', 'etíope']},
  {code: 'FR', names: ['France', 'Francia'], nationals: ['French', 'français', 'française', 'francés', 'francesa']},
  {code: 'GB', names: ['United Kingdom', 'Royaume-Uni', 'Reino Unido'], nationals: ['British', 'britannique', 'británico', 'británica']},
  {code: 'GH', names: ['Ghana'], nationals: ['Ghanaian', 'ghanéen', 'ghanéenne', 'ghanés', 'ghanesa']},
  {code: 'GT', names: ['Guatemala'], nationals: ['Guatemalan', 'guatémaltèque', 'guatemalteco', 'guatemalteca']},
  {code: 'HK', names: ['Hong Kong'], nationals: []},
  {code: 'HN', names: ['Honduras'], nationals: ['Honduran', 'hondurien', 'hondurienne', 'hondureño', 'hondureña']},
  {code: 'HT', names: ['Haiti', 'Haïti', 'Haití'], nationals: ['Haitian', 'haïtien', 'haïtienne', 'haitiano', 'haitiana']},
  {code: 'ID', names: ['Indonesia', 'Indonésie'], nationals: ['Indonesian', 'indonésien', 'indonésienne', 'indonesio', 'indonesia']},
  {code: 'IN', names: ['India', 'Inde'], nationals: ['Indian', 'indien', 'indienne', 'indio', 'india']},
  {code: 'IT', names: ['Italy', 'Italie', 'Italia'], nationals: ['Italian', 'italien', 'italienne', 'italiano', 'italiana']},
  {code: 'JO', names: ['Jordan', 'Jordanie', 'Jordania'], nationals: ['Jordanian', 'jordanien', 'jordanienne', 'jordano', 'jordana']},
  {code: 'JP', names: ['Japan', 'Japon', 'Japón'], nationals: ['Japanese', 'japonais', 'japonaise', 'japonés', 'japonesa']},
  {code: 'KE', names: ['Kenya', 'Kenia'], nationals: ['Kenyan', 'kényan', 'kényane', 'keniano', 'keniana']},
  {code: 'KH', names: ['Cambodia', 'Cambodge', 'Camboya'], nationals: ['Cambodian', 'cambodgien', 'cambodgienne', 'camboyano', 'camboyana']},
  {code: 'KR', names: ['Korea', 'Republic of Korea', 'Corée', 'Corea'], nationals: ['Korean', 'coréen', 'coréenne', 'coreano', 'coreana']},
  {code: 'KW', names: ['Kuwait', 'Koweït'], nationals: ['Kuwaiti', 'koweïtien', 'kuwaití']},
  {code: 'LA', names: ['Lao PDR', 'Laos'], nationals: ['Lao', 'Laotian', 'laotien', 'laotienne', 'laosiano', 'laosiana']},
  {code: 'LB', names: ['Lebanon', 'Liban', 'Líbano'], nationals: ['Lebanese', 'libanais', 'libanaise', 'libanés', 'libanesa']},
  {code: 'LK', names: ['Sri Lanka'], nationals: ['Sri Lankan', 'sri-lankais', 'srilanqués', 'esrilanqués']},
  {code: 'MA', names: ['Morocco', 'Maroc', 'Marruecos'], nationals: ['Moroccan', 'marocain', 'marocaine', 'marroquí']},
  {code: 'MG', names: ['Madagascar'], nationals: ['Malagasy', 'malgache']},
  {code: 'ML', names: ['Mali', 'Malí'], nationals: ['Malian', 'malien', 'malienne', 'maliense']},
  {code: 'MM', names: ['Myanmar', 'Burma', 'Birmanie'], nationals: ['Burmese', 'birman', 'birmane', 'birmano', 'birmana']},
  {code: 'MX', names: ['Mexico', 'Mexique', 'México'], nationals: ['Mexican', 'mexicain', 'mexicaine', 'mexicano', 'mexicana']},
  {code: 'MY', names: ['Malaysia', 'Malaisie', 'Malasia'], nationals: ['Malaysian', 'malaisien', 'malaisienne', 'malasio', 'malasia']},
  {code: 'NE', names: ['Niger', 'Níger'], nationals: ['Nigerien', 'nigérien', 'nigérienne', 'nigerino', 'nigerina']},
  {code: 'NG', names: ['Nigeria', 'Nigéria'], nationals: ['Nigerian', 'nigérian', 'nigériane', 'nigeriano', 'nigeriana']},
  {code: 'NI', names: ['Nicaragua'], nationals: ['Nicaraguan', 'nicaraguayen', 'nicaraguayenne', 'nicaragüense']},
  {code: 'NP', names: ['Nepal', 'Népal'], nationals: ['Nepali', 'Nepalese', 'népalais', 'népalaise', 'nepalí', 'nepalés', 'nepalesa']},
  {code: 'NZ', names: ['New Zealand', 'Nouvelle-Zélande', 'Nueva Zelanda'], nationals: ['New Zealander']},
  {code: 'OM', names: ['Oman', 'Omán'], nationals: ['Omani']},
  {code: 'PE', names: ['Peru', 'Pérou', 'Perú'], nationals: ['Peruvian', 'péruvien', 'péruvienne', 'peruano', 'peruana']},
  {code: 'PH', names: ['Philippines', 'Filipinas'], nationals: ['Filipino', 'Filipina', 'Philippine', 'philippin', 'philippine']},
  {code: 'PK', names: ['Pakistan', 'Pakistán'], nationals: ['Pakistani', 'pakistanais', 'pakistanaise', 'paquistaní']},
  {code: 'PY', names: ['Paraguay'], nationals: ['Paraguayan', 'paraguayen', 'paraguayenne', 'paraguayo', 'paraguaya']},
  {code: 'QA', names: ['Qatar', 'Catar'], nationals: ['Qatari', 'qatarien', 'catarí']},
  {code: 'SA', names: ['Saudi Arabia', 'Arabie saoudite', 'Arabia Saudita', 'Arabia Saudí'], nationals: ['Saudi', 'saoudien', 'saoudienne', 'saudí']},
  {code: 'SN', names: ['Senegal', 'Sénégal'], nationals: ['Senegalese', 'sénégalais', 'sénégalaise', 'senegalés', 'senegalesa']},
  {code: 'SG', names: ['Singapore', 'Singapour', 'Singapur'], nationals: ['Singaporean']},
  {code: 'SV', names: ['El Salvador', 'Salvador'], nationals: ['Salvadoran', 'salvadorien', 'salvadorienne', 'salvadoreño', 'salvadoreña']},
  {code: 'TH', names: ['Thailand', 'Thaïlande', 'Tailandia'], nationals: ['Thai', 'thaïlandais', 'thaïlandaise', 'tailandés', 'tailandesa']},
  {code: 'TN', names: ['Tunisia', 'Tunisie', 'Túnez'], nationals: ['Tunisian', 'tunisien', 'tunisienne', 'tunecino', 'tunecina']},
  {code: 'TR', names: ['Turkey', 'Türkiye', 'Turquie', 'Turquía'], nationals: ['Turkish', 'turc', 'turque', 'turco', 'turca']},
  {code: 'UG', names: ['Uganda', 'Ouganda'], nationals: ['Ugandan', 'ougandais', 'ougandaise', 'ugandés', 'ugandesa']},
  {code: 'US', names: ['United States', 'USA', 'États-Unis', 'Estados Unidos'], nationals: ['estadounidense']},
  {code: 'AE', names: ['United Arab Emirates', 'UAE', 'Dubai', 'Émirats arabes unis', 'Emiratos Árabes Unidos'], nationals: ['Emirati']},
  {code: 'VE', names: ['Venezuela'], nationals: ['Venezuelan', 'vénézuélien', 'vénézuélienne', 'venezolano', 'venezolana']},
  {code: 'VN', names: ['Viet Nam', 'Vietnam'], nationals: ['Vietnamese', 'vietnamien', 'vietnamienne', 'vietnamita']},
  {code: 'ZA', names: ['South Africa', 'Afrique du Sud', 'Sudáfrica'], nationals: ['South African', 'sud-africain', 'sud-africaine', 'sudafricano', 'sudafricana']},
  {code: 'ZW', names: ['Zimbabwe'], nationals: ['Zimbabwean', 'zimbabwéen', 'zimbabwéenne', 'zimbabuense']},
]

/** A country's or its nationals' name, matched in every language (the country is read back with `countryOf`). */
export const countryOrNationals = defineLexicon('country or nationals', {
  en: COUNTRIES.flatMap((country) => [...country.names, ...country.nationals]),
})

const COUNTRY_BY_TERM = new Map(COUNTRIES.flatMap((country) => [...country.names, ...country.nationals].map((term) => [term, country.code] as const)))

/** The ISO code of the country a `countryOrNationals` match names (by the term it matched). */
export function countryOf(term: string): string | undefined {
  return COUNTRY_BY_TERM.get(term)
}
