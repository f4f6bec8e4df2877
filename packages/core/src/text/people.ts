// People as an open class: a noun names people when it is one of the few
// irregular people words, or when it is shaped like an agent or role noun in
// English, French or Spanish ("paralegal" aside, "miners", "tailors",
// "riders", "inspectrices", "formadoras", "periodistas"). Rules ask this
// instead of keeping closed lists of occupations, so a new occupation in a
// proposal is recognised without anyone adding it.

import type {Language} from '../types.js'

/** People words no suffix predicts (singular and plural where they differ). */
const IRREGULAR = new Set([
  // English
  'people', 'person', 'persons', 'seaman', 'seamen', 'staff', 'personnel', 'youth', 'youths', 'child', 'children', 'man', 'men', 'woman', 'women',
  'girl', 'girls', 'boy', 'boys', 'adult', 'adults', 'individual', 'individuals', 'household head', 'police', 'crew', 'paralegal',
  'paralegals', 'official', 'officials', 'graduate', 'graduates', 'apprentice', 'apprentices', 'nurse', 'nurses', 'midwife',
  'midwives', 'refugee', 'refugees', 'returnee', 'returnees', 'trainee', 'trainees', 'employee', 'employees', 'mentee', 'mentees',
  'candidate', 'candidates', 'delegate', 'delegates', 'representative', 'representatives', 'beneficiary', 'beneficiaries',
  'member', 'members', 'leader', 'leaders', 'colleague', 'colleagues', 'peer', 'peers', 'family', 'families', 'elder', 'elders',
  'spouse', 'spouses', 'victim', 'victims', 'survivor', 'survivors', 'patient', 'patients', 'client', 'clients', 'cadet', 'cadets',
  'artisan', 'artisans', 'fisherfolk', 'smallholder', 'smallholders', 'jobseeker', 'jobseekers', 'stakeholder', 'stakeholders',
  'chief', 'chiefs', 'head', 'heads', 'pupil', 'pupils', 'parent', 'parents', 'household heads', 'orphans', 'orphan',
  // French
  'personne', 'personnes', 'homme', 'hommes', 'femme', 'femmes', 'fille', 'filles', 'garçon', 'garçons', 'jeune', 'jeunes',
  'enfant', 'enfants', 'membre', 'membres', 'élève', 'élèves', 'stagiaire', 'stagiaires', 'bénévole', 'bénévoles',
  'fonctionnaire', 'fonctionnaires', 'apprenti', 'apprentis', 'apprentie', 'apprenties', 'cadre', 'cadres', 'élu', 'élus',
  'élue', 'élues', 'délégué', 'délégués', 'déléguée', 'déléguées', 'salarié', 'salariés', 'salariée', 'salariées', 'employé',
  'employés', 'employée', 'employées', 'réfugié', 'réfugiés', 'réfugiée', 'réfugiées', 'rapatrié', 'rapatriés', 'diplômé',
  'diplômés', 'diplômée', 'diplômées', 'chômeur', 'chômeurs', 'ménagère', 'ménagères', 'artisane', 'artisanes', 'pair', 'pairs',
  'victime', 'victimes', 'patient', 'patients', 'patiente', 'patientes', 'agent', 'agents', 'agente', 'agentes',
  'candidat', 'candidats', 'candidate', 'candidates', 'chef', 'chefs', 'responsable', 'responsables', 'paysan', 'paysans',
  'paysanne', 'paysannes', 'artisan', 'artisans', 'parent', 'parents', 'orphelin', 'orphelins',
  // Spanish
  'persona', 'personas', 'hombre', 'hombres', 'mujer', 'mujeres', 'niño', 'niños', 'niña', 'niñas', 'joven', 'jóvenes',
  'miembro', 'miembros', 'aprendiz', 'aprendices', 'líder', 'líderes', 'juez', 'jueces', 'empleado', 'empleados', 'empleada',
  'empleadas', 'afiliado', 'afiliados', 'afiliada', 'afiliadas', 'egresado', 'egresados', 'egresada', 'egresadas', 'graduado',
  'graduados', 'graduada', 'graduadas', 'refugiado', 'refugiados', 'refugiada', 'refugiadas', 'retornado', 'retornados',
  'retornada', 'retornadas', 'desplazado', 'desplazados', 'asalariado', 'asalariados', 'asalariada', 'asalariadas', 'jubilado',
  'jubilados', 'abogado', 'abogados', 'abogada', 'abogadas', 'delegado', 'delegados', 'delegada', 'delegadas', 'funcionario',
  'funcionarios', 'funcionaria', 'funcionarias', 'beneficiario', 'beneficiarios', 'beneficiaria', 'beneficiarias', 'víctima',
  'víctimas', 'docente', 'docentes', 'agente', 'agentes', 'cónyuge', 'cónyuges', 'socio', 'socios',
  'candidato', 'candidatos', 'candidata', 'candidatas', 'jefe', 'jefes', 'jefa', 'jefas', 'responsable', 'responsables',
  'campesino', 'campesinos', 'campesina', 'campesinas', 'indígena', 'indígenas', 'alumno', 'alumnos', 'alumna', 'alumnas',
  'hijo', 'hijos', 'hija', 'hijas', 'padre', 'padres', 'madre', 'madres',
])

/**
 * Agent and role suffixes per language. Each is tried on the lowercase word;
 * the word must keep at least three letters before the suffix, so "order" or
 * "ante" do not pass.
 */
const AGENT_SUFFIXES = [
  // English: worker, inspector, paramedic aside; -ist, -ian, -ee.
  /^(\p{L}{3,})(?:ers?|ors?|ists?|ians?|eers?|ees|ants?|ents?)$/u,
  // -man/-men compounds join a word of four letters or more ("fishermen", "craftsmen", "chairwomen"): a shorter
  // opening is no word of its own, as in names that end so ("Permen", Indonesia's ministerial regulation).
  /^(\p{L}{4,})(?:men|man|women|woman)$/u,
  // French: travailleur/travailleuse, inspectrice, journaliste, technicien(ne), participant(e), mandataire.
  /^(\p{L}{3,})(?:eurs?|euses?|rices?|istes?|iens?|iennes?|ants?|antes?|aires?|iers?|ières?)$/u,
  // Spanish: trabajador(a), periodista, técnico aside; participante, docente, operario.
  /^(\p{L}{3,})(?:dor|dores|dora|doras|tor|tores|tora|toras|sor|sores|ista|istas|ante|antes|ente|entes|ero|eros|era|eras|ario|arios|aria|arias)$/u,
]

/**
 * Words that end like agents but name things: "water", "computer", "sector",
 * "indicator", "document", "listes", "carreras"... (lowercase, without a plural s).
 */
const NOT_PEOPLE = new Set([
  // English -er/-or/-ist/-ian/-ee/-man
  'water', 'paper', 'number', 'order', 'matter', 'register', 'computer', 'other', 'quarter', 'corner', 'border', 'chapter',
  'letter', 'member', 'after', 'under', 'over', 'together', 'whether', 'however', 'never', 'ever', 'either', 'neither', 'rather',
  'further', 'per', 'cluster', 'centre', 'center', 'filter', 'folder', 'layer', 'header', 'footer', 'banner', 'poster', 'flyer',
  'partner', 'power', 'tower', 'shower', 'trailer', 'container', 'charter', 'disaster', 'barrier', 'summer', 'winter', 'october',
  'november', 'december', 'september', 'semester', 'trimester', 'roster', 'answer', 'manner', 'powder', 'server', 'browser',
  'printer', 'counter', 'meter', 'parameter', 'diameter', 'kilometer', 'liter', 'litre', 'theater', 'theatre', 'fiber', 'fibre',
  'sector', 'indicator', 'factor', 'vector', 'floor', 'door', 'motor', 'error', 'mirror', 'color', 'colour', 'honor', 'honour',
  'labor', 'labour', 'behavior', 'behaviour', 'favour', 'favor', 'harbor', 'harbour', 'major', 'minor', 'tractor', 'generator',
  'reactor', 'corridor', 'monitor', 'denominator', 'numerator', 'calculator', 'elevator', 'detector', 'conductor', 'sensor',
  'list', 'checklist', 'shortlist', 'playlist', 'wishlist', 'median', 'guardian', 'committee', 'fee', 'degree', 'guarantee',
  'coffee', 'jubilee', 'refugee', 'human', 'german', 'roman', 'woman', 'women',
  // English -ant/-ent things and adjectives
  'plant', 'grant', 'restaurant', 'event', 'percent', 'content', 'extent', 'intent', 'consent', 'patent', 'talent', 'accident',
  'incident', 'continent', 'component', 'current', 'recent', 'different', 'efficient', 'frequent', 'independent', 'present',
  'absent', 'urgent', 'sufficient', 'relevant', 'important', 'significant', 'constant', 'distant', 'instant', 'vacant',
  'pregnant', 'dependent', 'equivalent', 'permanent', 'transparent', 'excellent', 'adequate', 'apparent', 'consistent',
  'silent', 'violent', 'prevalent', 'compliant', 'want', 'giant', 'elegant',
  // Spanish and French words that end like English "-men": volumen, résumé's "resumen", examen, régimen
  'volumen', 'resumen', 'examen', 'dictamen', 'certamen', 'regimen', 'régimen', 'crimen', 'abdomen', 'gravamen', 'specimen',
  // French -eur/-rice/-iste/-ien/-ant/-aire
  'secteur', 'moteur', 'indicateur', 'facteur', 'vecteur', 'valeur', 'couleur', 'chaleur', 'longueur', 'largeur', 'hauteur',
  'profondeur', 'ordinateur', 'serveur', 'compteur', 'capteur', 'tracteur', 'générateur', 'niveau', 'matrice', 'directrice',
  'liste', 'piste', 'lien', 'moyen', 'bien', 'rien', 'entretien', 'soutien', 'maintien', 'quotidien', 'ancien', 'chien',
  'montant', 'restaurant', 'avant', 'enfant', 'pendant', 'cependant', 'durant', 'suivant', 'courant', 'document', 'instant',
  'questionnaire', 'formulaire', 'salaire', 'budgétaire', 'anniversaire', 'inventaire', 'commentaire', 'dictionnaire',
  'calendaire', 'horaire', 'itinéraire', 'glossaire', 'répertoire', 'territoire', 'laboratoire', 'observatoire', 'parcours',
  'annuaire', 'primaire', 'secondaire', 'tertiaire', 'nécessaire', 'prioritaire', 'volontaire', 'sanitaire', 'humanitaire',
  'communautaire', 'minoritaire', 'majoritaire', 'solidaire', 'partenaire', 'centaine', 'dizaine', 'important', 'suffisant',
  'affaire', 'sommaire', 'vocabulaire', 'exemplaire', 'honoraire', 'judiciaire', 'bancaire', 'unitaire', 'temporaire',
  'ordinaire', 'extraordinaire', 'élémentaire', 'documentaire', 'réglementaire',
  'papier', 'dossier', 'calendrier', 'fichier', 'quartier', 'premier', 'dernier', 'métier', 'chantier', 'atelier', 'sentier',
  'janvier', 'février', 'courrier', 'acier', 'panier', 'cahier', 'escalier', 'levier', 'foncier', 'financier', 'particulier',
  'entier', 'régulier', 'journalier', 'saisonnier', 'première', 'dernière', 'matière', 'frontière', 'manière', 'filière',
  'lumière', 'rivière', 'barrière', 'carrière', 'financière', 'particulière', 'entière', 'régulière', 'saisonnière', 'journalière',
  // Spanish -dor/-tor/-ista/-ante/-ente/-ero/-ario
  'sector', 'indicador', 'factor', 'motor', 'valor', 'color', 'computador', 'ordenador', 'contador', 'generador', 'tractor',
  'lista', 'pista', 'vista', 'entrevista', 'conquista', 'importante', 'restante', 'constante', 'durante', 'mediante', 'ante',
  'adelante', 'instante', 'diferente', 'presente', 'suficiente', 'siguiente', 'frente', 'mente', 'fuente', 'puente', 'ambiente',
  'corriente', 'pendiente', 'expediente', 'componente', 'continente', 'accidente', 'incidente', 'dinero', 'enero', 'febrero',
  'primero', 'tercero', 'entero', 'número', 'carrera', 'manera', 'frontera', 'cartera', 'bandera', 'madera', 'esfera', 'primera',
  'tercera', 'escalera', 'carretera', 'calendario', 'cuestionario', 'formulario', 'salario', 'horario', 'inventario',
  'comentario', 'escenario', 'necesario', 'prioritario', 'voluntario', 'sanitario', 'humanitario', 'comunitario',
  'solidario', 'presupuestario', 'diario', 'vario', 'varios', 'varias', 'bancario', 'unitario', 'temporario', 'ordinario',
  'extraordinario', 'reglamentario', 'sumario', 'vocabulario',
])

/** Strips a plural `s` (or Spanish `es`) for the exclusion list. */
function singular(word: string): string[] {
  const forms = [word]
  if (word.endsWith('es')) forms.push(word.slice(0, -2))
  if (word.endsWith('s')) forms.push(word.slice(0, -1))
  return forms
}

/**
 * Whether a word names people: an irregular people word ("staff", "jeunes",
 * "empleados"), or an agent/role noun by its suffix ("tailors", "miners",
 * "riders", "inspectrices", "periodistas", "mandataires") that is not a thing
 * shaped like one ("sector", "document", "calendario").
 */
export function isPersonNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s?$/u, '')
  if (IRREGULAR.has(lower) || masculinesOf(lower).some((masculine) => IRREGULAR.has(masculine))) return true
  // English compounds of "person" and "people": "craftspersons", "chairperson", "tradespeople".
  if (/\p{L}{3}(?:person|persons|people)$/u.test(lower)) return true
  if (singular(lower).some((form) => NOT_PEOPLE.has(form))) return false
  // Adverbs and nouns of process share agent endings in French and Spanish: "-ment", "-mente".
  if (/(?:ment|ments|mente|mentes|ance|ances|ence|ences|ancia|encia)$/u.test(lower)) return false
  return AGENT_SUFFIXES.some((suffix) => suffix.test(lower))
}

/**
 * Feminine people nouns in French and Spanish ("livreuses", "couturières", "inspectrices",
 * "trabajadoras", "costureras") and English women's words ("businesswomen"): a count of
 * them counts women only, so it is specific to one sex already.
 */
const FEMININE = /^(?:\p{L}{3,}(?:euses|euse|rices|rice|ières|ière|iennes|ienne|esses|ées|oras|ora|eras|era|adas|idas|women|woman))$/u

export function isFemalePersonNoun(word: string): boolean {
  const lower = word.toLowerCase()
  return FEMININE.test(lower) && isPersonNoun(lower)
}

/**
 * Whether a word names a group of women by a plural feminine noun of people ("las inspectoras", "les ouvrières", "las
 * jornaleras"). One woman named so is mostly a post ("une coordinatrice", "una consultora"). In French text, a verb's
 * future ("vérifiera", "formeras") ends as Spanish feminine nouns do, so only French endings count there.
 */
export function isWomenGroupNoun(word: string, language: Language): boolean {
  return /s$/iu.test(word) && isFemalePersonNoun(word) && !(language === 'fr' && SPANISH_FEMININE_ENDING.test(word))
}

const SPANISH_FEMININE_ENDING = /(?:era|eras|ora|oras|ada|adas|ida|idas)$/iu

/**
 * Feminine and masculine endings of one people noun, as French and Spanish pair them when both
 * sexes are named ("trabajadoras y trabajadores", "socias y socios", "travailleuses et travailleurs",
 * "inspectrices et inspecteurs", "ouvrières et ouvriers", "paysannes et paysans", "employées et employés").
 */
const FEMININE_TO_MASCULINE: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['euses', ['eurs']],
  ['rices', ['eurs']],
  ['ières', ['iers']],
  ['nnes', ['ns']],
  ['as', ['os', 'es', 's']],
  ['es', ['s']],
]

/**
 * The masculine a feminine participle used as a people noun has ("rapatriées": "rapatriés"; "desplazada": "desplazado"),
 * or none. Only participles: other endings would turn one language's words into another's ("familias", "families").
 */
function masculinesOf(word: string): string[] {
  const ending = PARTICIPLE_FEMININES.find(([feminine]) => word.endsWith(feminine))
  return ending ? [word.slice(0, -ending[0].length) + ending[1]] : []
}

const PARTICIPLE_FEMININES: ReadonlyArray<readonly [string, string]> = [
  ['ées', 'és'], ['ée', 'é'], ['adas', 'ados'], ['ada', 'ado'], ['idas', 'idos'], ['ida', 'ido'],
]

/** Whether two words are the feminine and the masculine of one people noun ("trabajadoras", "trabajadores"). */
export function isFeminineOf(feminine: string, masculine: string): boolean {
  const woman = feminine.toLowerCase()
  const man = masculine.toLowerCase()
  if (woman === man || !isPersonNoun(man)) return false
  for (const [ending, counterparts] of FEMININE_TO_MASCULINE) {
    if (!woman.endsWith(ending)) continue
    const stem = woman.slice(0, -ending.length)
    if (counterparts.some((counterpart) => man === stem + counterpart)) return true
  }
  return false
}
