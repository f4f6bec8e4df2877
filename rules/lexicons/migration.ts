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
  // The other UN member and observer states, Kosovo, Taiwan and Western Sahara. Names and adjectives that are also
  // common words, first names or other places are left out ("Chad", "Maurice", "Georgia", "Polish", "Grenade"), and
  // so are adjectives two countries share ("Congolese", "Guinean" for the Guineas but Guinea). "Uzbek", "Tajik",
  // "Turkmen" and "Somali" also name peoples across borders; in a labour-migration proposal they name nationals.
  {code: 'AD', names: ['Andorra', 'Andorre'], nationals: ['Andorran', 'andorrane', 'andorrano', 'andorrana']},
  {code: 'AG', names: ['Antigua and Barbuda', 'Antigua-et-Barbuda', 'Antigua y Barbuda'], nationals: ['Antiguan', 'Barbudan', 'antiguais', 'antiguaise', 'antiguano', 'antiguana']},
  {code: 'AL', names: ['Albania', 'Albanie'], nationals: ['Albanian', 'albanais', 'albanaise', 'albanés', 'albanesa']},
  {code: 'AM', names: ['Armenia', 'Arménie'], nationals: ['Armenian', 'arménien', 'arménienne', 'armenio']},
  {code: 'AO', names: ['Angola'], nationals: ['Angolan', 'angolais', 'angolaise', 'angoleño', 'angoleña']},
  {code: 'AT', names: ['Austria', 'Autriche'], nationals: ['Austrian', 'autrichien', 'autrichienne', 'austriaco', 'austriaca', 'austríaco', 'austríaca']},
  {code: 'AU', names: ['Australia', 'Australie'], nationals: ['Australian', 'australien', 'australienne', 'australiano', 'australiana']},
  {code: 'AZ', names: ['Azerbaijan', 'Azerbaïdjan', 'Azerbaiyán'], nationals: ['Azerbaijani', 'azerbaïdjanais', 'azerbaïdjanaise', 'azerbaiyano', 'azerbaiyana']},
  {code: 'BA', names: ['Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnie-Herzégovine', 'Bosnia y Herzegovina', 'Bosnia', 'Bosnie', 'BiH'], nationals: ['Bosnian', 'bosnien', 'bosnienne', 'bosnio']},
  {code: 'BB', names: ['Barbados', 'Barbade'], nationals: ['Barbadian', 'barbadien', 'barbadienne', 'barbadense']},
  {code: 'BE', names: ['Belgium', 'Belgique', 'Bélgica'], nationals: ['Belgian', 'belge', 'belga']},
  {code: 'BG', names: ['Bulgaria', 'Bulgarie'], nationals: ['Bulgarian', 'bulgare', 'búlgaro', 'búlgara']},
  {code: 'BI', names: ['Burundi'], nationals: ['Burundian', 'burundais', 'burundaise', 'burundés', 'burundesa']},
  {code: 'BJ', names: ['Benin', 'Bénin', 'Benín'], nationals: ['Beninese', 'béninois', 'béninoise', 'beninés', 'beninesa']},
  {code: 'BN', names: ['Brunei', 'Brunéi', 'Brunei Darussalam'], nationals: ['Bruneian', 'brunéien', 'brunéienne', 'bruneano', 'bruneana']},
  {code: 'BS', names: ['Bahamas'], nationals: ['Bahamian', 'bahaméen', 'bahaméenne', 'bahameño', 'bahameña']},
  {code: 'BT', names: ['Bhutan', 'Bhoutan', 'Bután'], nationals: ['Bhutanese', 'bhoutanais', 'bhoutanaise', 'butanés', 'butanesa']},
  {code: 'BW', names: ['Botswana', 'Botsuana'], nationals: ['Motswana', 'Botswanan', 'botswanais', 'botswanaise', 'botsuano']},
  {code: 'BY', names: ['Belarus', 'Bélarus', 'Biélorussie', 'Belarús', 'Bielorrusia'], nationals: ['Belarusian', 'bélarusse', 'biélorusse', 'bielorruso', 'bielorrusa']},
  {code: 'BZ', names: ['Belize', 'Belice'], nationals: ['Belizean', 'bélizien', 'bélizienne', 'beliceño', 'beliceña']},
  {code: 'CD', names: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa', 'République démocratique du Congo', 'RDC', 'RD Congo', 'República Democrática del Congo', 'RD del Congo'], nationals: []},
  {code: 'CF', names: ['Central African Republic', 'République centrafricaine', 'Centrafrique', 'República Centroafricana'], nationals: ['centrafricain', 'centrafricaine']},
  {code: 'CG', names: ['Congo', 'Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'République du Congo', 'República del Congo'], nationals: []},
  {code: 'CH', names: ['Switzerland', 'Suisse', 'Suiza'], nationals: ['Swiss', 'suissesse', 'suizo']},
  {code: 'CM', names: ['Cameroon', 'Cameroun', 'Camerún'], nationals: ['Cameroonian', 'camerounais', 'camerounaise', 'camerunés', 'camerunesa']},
  {code: 'CU', names: ['Cuba'], nationals: ['Cuban', 'cubain', 'cubaine', 'cubano', 'cubana']},
  {code: 'CV', names: ['Cabo Verde', 'Cape Verde', 'Cap-Vert'], nationals: ['Cabo Verdean', 'Cape Verdean', 'cap-verdien', 'cap-verdienne', 'caboverdiano', 'caboverdiana']},
  {code: 'CY', names: ['Cyprus', 'Chypre', 'Chipre'], nationals: ['Cypriot', 'chypriote', 'cypriote', 'chipriota']},
  {code: 'CZ', names: ['Czechia', 'Czech Republic', 'Tchéquie', 'République tchèque', 'Chequia', 'República Checa'], nationals: ['Czech', 'tchèque', 'checo', 'checa']},
  {code: 'DJ', names: ['Djibouti', 'Yibuti'], nationals: ['Djiboutian', 'djiboutien', 'djiboutienne', 'yibutiano', 'yibutiana']},
  {code: 'DK', names: ['Denmark', 'Danemark', 'Dinamarca'], nationals: ['Danish', 'danois', 'danoise', 'danés', 'danesa']},
  {code: 'DM', names: ['Dominica', 'Commonwealth de la Dominique'], nationals: ['dominiquais', 'dominiquaise', 'dominiqués', 'dominiquesa']},
  {code: 'DZ', names: ['Algeria', 'Algérie', 'Argelia'], nationals: ['Algerian', 'algérien', 'algérienne', 'argelino', 'argelina']},
  {code: 'EE', names: ['Estonia', 'Estonie'], nationals: ['Estonian', 'estonien', 'estonienne', 'estonio']},
  {code: 'EH', names: ['Western Sahara', 'Sahara occidental', 'Sáhara Occidental'], nationals: ['Sahrawi', 'Saharawi', 'sahraoui', 'sahraouie', 'saharaui']},
  {code: 'ER', names: ['Eritrea', 'Érythrée'], nationals: ['Eritrean', 'érythréen', 'érythréenne', 'eritreo']},
  {code: 'FI', names: ['Finland', 'Finlande', 'Finlandia'], nationals: ['Finnish', 'finlandais', 'finlandaise', 'finlandés', 'finlandesa']},
  {code: 'FJ', names: ['Fiji', 'Fidji', 'Fiyi'], nationals: ['Fijian', 'fidjien', 'fidjienne', 'fiyiano', 'fiyiana']},
  {code: 'FM', names: ['Federated States of Micronesia', 'États fédérés de Micronésie', 'Estados Federados de Micronesia'], nationals: []},
  {code: 'GA', names: ['Gabon', 'Gabón'], nationals: ['Gabonese', 'gabonais', 'gabonaise', 'gabonés', 'gabonesa']},
  {code: 'GD', names: ['Grenada'], nationals: ['Grenadian', 'grenadien', 'grenadienne']},
  {code: 'GE', names: ['Géorgie'], nationals: ['géorgien', 'géorgienne', 'georgiano']},
  {code: 'GM', names: ['Gambia', 'Gambie'], nationals: ['Gambian', 'gambien', 'gambienne', 'gambiano', 'gambiana']},
  {code: 'GN', names: ['Guinea', 'Guinée', 'Guinea-Conakry', 'Guinée-Conakry'], nationals: ['Guinean', 'guinéen', 'guinéenne', 'guineano', 'guineana']},
  {code: 'GQ', names: ['Equatorial Guinea', 'Guinée équatoriale', 'Guinea Ecuatorial'], nationals: ['Equatorial Guinean', 'Equatoguinean', 'équato-guinéen', 'équato-guinéenne', 'ecuatoguineano', 'ecuatoguineana']},
  {code: 'GR', names: ['Greece', 'Grèce', 'Grecia'], nationals: ['Greek', 'grec', 'grecque', 'griego', 'griega']},
  {code: 'GW', names: ['Guinea-Bissau', 'Guinée-Bissau', 'Guinea-Bisáu', 'Guinea Bisáu'], nationals: ['Bissau-Guinean', 'bissau-guinéen', 'bissau-guinéenne', 'bisauguineano', 'bisauguineana']},
  {code: 'GY', names: ['Guyana'], nationals: ['Guyanese', 'guyanien', 'guyanienne', 'guyanés', 'guyanesa']},
  {code: 'HR', names: ['Croatia', 'Croatie', 'Croacia'], nationals: ['Croatian', 'croate', 'croata']},
  {code: 'HU', names: ['Hungary', 'Hongrie', 'Hungría'], nationals: ['Hungarian', 'hongrois', 'hongroise', 'húngaro', 'húngara']},
  {code: 'IE', names: ['Ireland', 'Irlande', 'Irlanda'], nationals: ['Irish', 'irlandais', 'irlandaise', 'irlandés', 'irlandesa']},
  {code: 'IL', names: ['Israel', 'Israël'], nationals: ['Israeli', 'israélien', 'israélienne', 'israelí']},
  {code: 'IQ', names: ['Iraq', 'Irak'], nationals: ['Iraqi', 'irakien', 'irakienne', 'iraquí']},
  {code: 'IR', names: ['Iran', 'Irán'], nationals: ['Iranian', 'iranien', 'iranienne', 'iraní']},
  {code: 'IS', names: ['Iceland', 'Islande', 'Islandia'], nationals: ['Icelandic', 'Icelander', 'islandais', 'islandaise', 'islandés', 'islandesa']},
  {code: 'JM', names: ['Jamaica', 'Jamaïque'], nationals: ['Jamaican', 'jamaïcain', 'jamaïcaine', 'jamaicano', 'jamaicana', 'jamaiquino', 'jamaiquina']},
  {code: 'KG', names: ['Kyrgyzstan', 'Kyrgyz Republic', 'Kirghizistan', 'Kirghizstan', 'Kirguistán', 'Kirguizistán'], nationals: ['Kyrgyz', 'Kyrgyzstani', 'kirghiz', 'kirghize', 'kirguís', 'kirguiso', 'kirguisa']},
  {code: 'KI', names: ['Kiribati'], nationals: ['I-Kiribati', 'kiribatien', 'kiribatienne', 'kiribatiano', 'kiribatiana']},
  {code: 'KM', names: ['Comoros', 'Comores', 'Comoras'], nationals: ['Comorian', 'comorien', 'comorienne', 'comorense']},
  {code: 'KN', names: ['Saint Kitts and Nevis', 'St Kitts and Nevis', 'Saint-Christophe-et-Niévès', 'Saint-Kitts-et-Nevis', 'San Cristóbal y Nieves'], nationals: ['Kittitian', 'Nevisian', 'kittitien', 'kittitienne', 'névicien', 'névicienne', 'sancristobaleño', 'sancristobaleña']},
  {code: 'KP', names: ['North Korea', 'DPRK', 'DPR Korea', "Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea', 'Corée du Nord', 'République populaire démocratique de Corée', 'RPDC', 'Corea del Norte', 'República Popular Democrática de Corea'], nationals: ['North Korean', 'nord-coréen', 'nord-coréenne', 'norcoreano', 'norcoreana']},
  {code: 'KZ', names: ['Kazakhstan', 'Kazakstan', 'Kazajistán', 'Kazajstán'], nationals: ['Kazakh', 'Kazakhstani', 'kazakhe', 'kazakhstanais', 'kazakhstanaise', 'kazajo', 'kazaja']},
  {code: 'LC', names: ['Saint Lucia', 'St Lucia', 'Sainte-Lucie'], nationals: ['Saint Lucian', 'saint-lucien', 'saint-lucienne', 'santalucense']},
  {code: 'LI', names: ['Liechtenstein'], nationals: ['Liechtensteiner', 'liechtensteinois', 'liechtensteinoise', 'liechtensteiniano', 'liechtensteiniana']},
  {code: 'LR', names: ['Liberia', 'Libéria'], nationals: ['Liberian', 'libérien', 'libérienne', 'liberiano', 'liberiana']},
  {code: 'LS', names: ['Lesotho', 'Lesoto'], nationals: ['Mosotho', 'lésothien', 'lésothienne', 'lesothan', 'lesothane', 'lesotense']},
  {code: 'LT', names: ['Lithuania', 'Lituanie', 'Lituania'], nationals: ['Lithuanian', 'lituanien', 'lituanienne', 'lituano', 'lituana']},
  {code: 'LU', names: ['Luxembourg', 'Luxemburgo'], nationals: ['Luxembourgish', 'Luxembourger', 'luxembourgeois', 'luxembourgeoise', 'luxemburgués', 'luxemburguesa']},
  {code: 'LV', names: ['Latvia', 'Lettonie', 'Letonia'], nationals: ['Latvian', 'letton', 'lettone', 'lettonne', 'letón', 'letona']},
  {code: 'LY', names: ['Libya', 'Libye', 'Libia'], nationals: ['Libyan', 'libyen', 'libyenne', 'libio']},
  {code: 'MC', names: ['Monaco', 'Mónaco'], nationals: ['Monegasque', 'monégasque', 'monegasco', 'monegasca']},
  {code: 'MD', names: ['Moldova', 'Moldavie', 'Moldavia'], nationals: ['Moldovan', 'moldave', 'moldavo', 'moldava']},
  {code: 'ME', names: ['Montenegro', 'Monténégro'], nationals: ['Montenegrin', 'monténégrin', 'monténégrine', 'montenegrino', 'montenegrina']},
  {code: 'MH', names: ['Marshall Islands', 'Îles Marshall', 'Islas Marshall'], nationals: ['Marshallese', 'marshallais', 'marshallaise', 'marshalés', 'marshalesa']},
  {code: 'MK', names: ['North Macedonia', 'Macédoine du Nord', 'Macedonia del Norte', 'FYROM'], nationals: ['North Macedonian', 'Macedonian', 'nord-macédonien', 'nord-macédonienne', 'macédonien', 'macédonienne', 'macedonio']},
  {code: 'MN', names: ['Mongolia', 'Mongolie'], nationals: ['Mongolian', 'mongol', 'mongole', 'mongola']},
  {code: 'MR', names: ['Mauritania', 'Mauritanie'], nationals: ['Mauritanian', 'mauritanien', 'mauritanienne', 'mauritano', 'mauritana']},
  {code: 'MT', names: ['Malta', 'Malte'], nationals: ['Maltese', 'maltais', 'maltaise', 'maltés', 'maltesa']},
  {code: 'MU', names: ['Mauritius', 'île Maurice', 'République de Maurice', 'República de Mauricio'], nationals: ['Mauritian', 'mauricien', 'mauricienne', 'mauriciano', 'mauriciana']},
  {code: 'MV', names: ['Maldives', 'Maldivas'], nationals: ['Maldivian', 'maldivien', 'maldivienne', 'maldivo', 'maldiva']},
  {code: 'MW', names: ['Malawi', 'Malaui'], nationals: ['Malawian', 'malawien', 'malawienne', 'malawite', 'malauí']},
  {code: 'MZ', names: ['Mozambique'], nationals: ['Mozambican', 'mozambicain', 'mozambicaine', 'mozambiqueño', 'mozambiqueña']},
  {code: 'NA', names: ['Namibia', 'Namibie'], nationals: ['Namibian', 'namibien', 'namibienne', 'namibio']},
  {code: 'NL', names: ['Netherlands', 'Pays-Bas', 'Países Bajos', 'Holland', 'Holanda'], nationals: ['Dutch', 'néerlandais', 'néerlandaise', 'hollandais', 'neerlandés', 'neerlandesa', 'holandés', 'holandesa']},
  {code: 'NO', names: ['Norway', 'Norvège', 'Noruega'], nationals: ['Norwegian', 'norvégien', 'norvégienne', 'noruego']},
  {code: 'NR', names: ['Nauru'], nationals: ['Nauruan', 'nauruane', 'nauruano', 'nauruana']},
  {code: 'PA', names: ['Panama', 'Panamá'], nationals: ['Panamanian', 'panaméen', 'panaméenne', 'panameño', 'panameña']},
  {code: 'PG', names: ['Papua New Guinea', 'Papouasie-Nouvelle-Guinée', 'Papúa Nueva Guinea'], nationals: ['Papua New Guinean', 'papouan-néo-guinéen', 'papouane-néo-guinéenne']},
  {code: 'PL', names: ['Poland', 'Pologne', 'Polonia'], nationals: ['polonais', 'polonaise', 'polaco', 'polaca']},
  {code: 'PS', names: ['Palestine', 'Palestina', 'occupied Palestinian territory', 'Palestinian territories', 'territoire palestinien occupé', 'territoires palestiniens', 'territorio palestino ocupado', 'territorios palestinos'], nationals: ['Palestinian', 'palestinien', 'palestinienne', 'palestino']},
  {code: 'PT', names: ['Portugal'], nationals: ['Portuguese', 'portugais', 'portugaise', 'portugués', 'portuguesa']},
  {code: 'PW', names: ['Palau', 'Palaos'], nationals: ['Palauan', 'palaois', 'palaoise', 'palauano', 'palauana']},
  {code: 'RO', names: ['Romania', 'Roumanie', 'Rumania', 'Rumanía'], nationals: ['Romanian', 'roumain', 'roumaine', 'rumano', 'rumana']},
  {code: 'RS', names: ['Serbia', 'Serbie'], nationals: ['Serbian', 'serbe', 'serbio']},
  {code: 'RU', names: ['Russia', 'Russie', 'Rusia', 'Russian Federation', 'Fédération de Russie', 'Federación de Rusia'], nationals: ['Russian', 'russe', 'ruso', 'rusa']},
  {code: 'RW', names: ['Rwanda', 'Ruanda'], nationals: ['Rwandan', 'Rwandese', 'rwandais', 'rwandaise', 'ruandés', 'ruandesa']},
  {code: 'SB', names: ['Solomon Islands', 'Îles Salomon', 'Islas Salomón'], nationals: ['Solomon Islander', 'salomonais', 'salomonaise', 'salomonense']},
  {code: 'SC', names: ['Seychelles'], nationals: ['Seychellois', 'seychelloise', 'seychellense']},
  {code: 'SD', names: ['Sudan', 'Soudan', 'Sudán'], nationals: ['Sudanese', 'soudanais', 'soudanaise', 'sudanés', 'sudanesa']},
  {code: 'SE', names: ['Sweden', 'Suède', 'Suecia'], nationals: ['Swedish', 'suédois', 'suédoise', 'sueco', 'sueca']},
  {code: 'SI', names: ['Slovenia', 'Slovénie', 'Eslovenia'], nationals: ['Slovenian', 'Slovene', 'slovène', 'esloveno', 'eslovena']},
  {code: 'SK', names: ['Slovakia', 'Slovaquie', 'Eslovaquia'], nationals: ['Slovak', 'Slovakian', 'slovaque', 'eslovaco', 'eslovaca']},
  {code: 'SL', names: ['Sierra Leone', 'Sierra Leona'], nationals: ['Sierra Leonean', 'sierra-léonais', 'sierra-léonaise', 'sierraleonés', 'sierraleonesa']},
  {code: 'SM', names: ['San Marino', 'Saint-Marin'], nationals: ['Sammarinese', 'saint-marinais', 'saint-marinaise', 'sanmarinense']},
  {code: 'SO', names: ['Somalia', 'Somalie'], nationals: ['Somalian', 'somalien', 'somalienne', 'Somali', 'somalí']},
  {code: 'SR', names: ['Suriname', 'Surinam'], nationals: ['Surinamese', 'surinamais', 'surinamaise', 'surinamés', 'surinamesa']},
  {code: 'SS', names: ['South Sudan', 'Soudan du Sud', 'Sudán del Sur'], nationals: ['South Sudanese', 'sud-soudanais', 'sud-soudanaise', 'sursudanés', 'sursudanesa', 'sudsudanés', 'sudsudanesa']},
  {code: 'ST', names: ['São Tomé and Príncipe', 'Sao Tome and Principe', 'Sao Tomé-et-Principe', 'São Tomé-et-Príncipe', 'Santo Tomé y Príncipe'], nationals: ['Santomean', 'santoméen', 'santoméenne', 'santotomense']},
  {code: 'SY', names: ['Syria', 'Syrie', 'Siria', 'Syrian Arab Republic', 'République arabe syrienne', 'República Árabe Siria'], nationals: ['Syrian', 'syrien', 'syrienne', 'sirio']},
  {code: 'SZ', names: ['Eswatini', 'Swaziland', 'Esuatini', 'Suazilandia'], nationals: ['Swazi', 'swazie', 'suazi']},
  {code: 'TD', names: ['Tchad', 'Republic of Chad', 'República del Chad'], nationals: ['Chadian', 'tchadien', 'tchadienne', 'chadiano', 'chadiana']},
  {code: 'TG', names: ['Togo'], nationals: ['Togolese', 'togolais', 'togolaise', 'togolés', 'togolesa']},
  {code: 'TJ', names: ['Tajikistan', 'Tadjikistan', 'Tayikistán'], nationals: ['Tajikistani', 'Tajik', 'tadjik', 'tadjike', 'tayiko', 'tayika']},
  {code: 'TL', names: ['Timor-Leste', 'East Timor', 'Timor oriental'], nationals: ['Timorese', 'East Timorese', 'timorais', 'timoraise', 'est-timorais', 'est-timoraise', 'timorense']},
  {code: 'TM', names: ['Turkmenistan', 'Turkménistan', 'Turkmenistán'], nationals: ['Turkmenistani', 'Turkmen', 'turkmène', 'turcomano', 'turcomana']},
  {code: 'TO', names: ['Tonga'], nationals: ['Tongan', 'tongien', 'tongienne', 'tongano', 'tongana']},
  {code: 'TT', names: ['Trinidad and Tobago', 'Trinité-et-Tobago', 'Trinidad y Tobago'], nationals: ['Trinidadian', 'Tobagonian', 'trinidadien', 'trinidadienne', 'trinitense']},
  {code: 'TV', names: ['Tuvalu'], nationals: ['Tuvaluan', 'tuvaluane', 'tuvaluano', 'tuvaluana']},
  {code: 'TW', names: ['Taiwan', 'Taïwan', 'Taiwán', 'Chinese Taipei'], nationals: ['Taiwanese', 'taïwanais', 'taïwanaise', 'taiwanés', 'taiwanesa']},
  {code: 'TZ', names: ['Tanzania', 'Tanzanie'], nationals: ['Tanzanian', 'tanzanien', 'tanzanienne', 'tanzano', 'tanzana']},
  {code: 'UA', names: ['Ukraine', 'Ucrania'], nationals: ['Ukrainian', 'ukrainien', 'ukrainienne', 'ucraniano', 'ucraniana', 'ucranio']},
  {code: 'UY', names: ['Uruguay'], nationals: ['Uruguayan', 'uruguayen', 'uruguayenne', 'uruguayo', 'uruguaya']},
  {code: 'UZ', names: ['Uzbekistan', 'Ouzbékistan', 'Uzbekistán'], nationals: ['Uzbekistani', 'Uzbek', 'ouzbek', 'ouzbèke', 'uzbeko', 'uzbeka']},
  {code: 'VA', names: ['Holy See', 'Saint-Siège', 'Santa Sede', 'Vatican', 'Vaticano'], nationals: ['vaticane', 'vaticana']},
  {code: 'VC', names: ['Saint Vincent and the Grenadines', 'St Vincent and the Grenadines', 'Saint-Vincent-et-les-Grenadines', 'San Vicente y las Granadinas'], nationals: ['vincentais', 'vincentaise']},
  {code: 'VU', names: ['Vanuatu'], nationals: ['Ni-Vanuatu', 'vanuatais', 'vanuataise', 'vanuatuan', 'vanuatuane', 'vanuatuense']},
  {code: 'WS', names: ['Samoa'], nationals: ['Samoan', 'samoane', 'samoano', 'samoana']},
  {code: 'XK', names: ['Kosovo'], nationals: ['Kosovar', 'Kosovan', 'kosovare']},
  {code: 'YE', names: ['Yemen', 'Yémen'], nationals: ['Yemeni', 'yéménite', 'yemení']},
  {code: 'ZM', names: ['Zambia', 'Zambie'], nationals: ['Zambian', 'zambien', 'zambienne', 'zambiano', 'zambiana']},
]

/** A country's or its nationals' name, matched in every language (the country is read back with `countryOf`). */
export const countryOrNationals = defineLexicon('country or nationals', {
  en: COUNTRIES.flatMap((country) => [...country.names, ...country.nationals]),
})

const COUNTRY_BY_TERM = new Map(COUNTRIES.flatMap((country) => [...country.names, ...country.nationals].map((term) => [term, country.code] as const)))

const NATIONALS = new Set(COUNTRIES.flatMap((country) => country.nationals))

/** Whether a `countryOrNationals` match names nationals ("Uzbek", "sénégalais"), not the country itself (by the term it matched). */
export function namesNationals(term: string): boolean {
  return NATIONALS.has(term)
}

/** The ISO code of the country a `countryOrNationals` match names (by the term it matched). */
export function countryOf(term: string): string | undefined {
  return COUNTRY_BY_TERM.get(term)
}
