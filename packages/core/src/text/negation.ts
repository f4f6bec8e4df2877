// Whether a negator governs a mention: "No gender budget is foreseen", "we
// will not involve ITC-ILO" and "without coaching" are not evidence.
//
// The judgement is local to the clause that holds the mention. Before the
// mention, any negator of the clause counts ("no dedicated gender budget
// line", "there will not be any follow-up coaching"). After it, only a verb
// negation right behind the mention counts ("ITC-ILO is not foreseen"),
// because a negation further on usually belongs to another predicate.

import {foldText} from './lexicon.js'
import {isAbbreviationPeriod} from './abbreviations.js'
import {RecentTexts} from './recent.js'

export interface Token {
  /** Lowercase, accents and apostrophe variants folded: "ningún" → "ningun", "n’a" → "n'a". */
  word: string
  start: number
  end: number
}

/**
 * How many words may stand between a mention and a negation after it. The
 * verb group follows its subject: "ITC-ILO is not", "an evaluation will not",
 * "coaching and mentoring will not", "la formation ne sera pas" all have the
 * negator within three words. Further away, the negation usually belongs to a
 * later predicate ("coaching helps workers keep skills they do not use").
 */
const AFTER_WINDOW = 3

/**
 * Predicates that put their whole subject out of the project, however long the subject:
 * "… are not covered by the project", "… ne sont pas couvertes par le projet", "… quedan fuera del alcance",
 * "… is MoEF's job – not in this project's scope", "… n'est pas dans le champ du projet",
 * what an earlier phase held that this one drops: "… is not carried over", "… n'est pas reconduite", what is not this
 * phase's business: "la signature, la vulgarisation et la mise en œuvre … ne relèvent pas de la présente phase", and what
 * the plans leave out: "joint monitoring rounds with the committees, the owners and the union are not foreseen", or
 * leave open: "la possibilité de partager les guides avec le CIF-OIT reste à explorer", "links with X will be explored",
 * "coordination with IOM has not been discussed yet", "l'opportunité d'associer le CIF-OIT sera examinée ultérieurement";
 * and bodies said not to be partners: "the bodies that license overseas employment promoters … are not partners in Phase I".
 */
const NOT_COVERED =
  / (?:(?:is|are|will be) not (?:covered|included|funded|budgeted|part of|carried over|resumed|taken up again|foreseen|planned|envisaged|provided for|retained|pursued|kept|maintained|(?:an? |the )?(?:project )?partners?)|ne (?:sont|est|seront|sera) pas (?:des |un |une )?partenaires?|no (?:son|es|seran|sera) (?:una? )?(?:socios?|socias?|contrapartes?)|(?:falls?|lies?|are|is|remains?) (?:out of|outside|beyond) (?:the |its |our )?scope|(?:falls?|lies?|are|is|remains?) outside (?:this|the|our) (?:project|proposal)|no se financia(?:n|ra|ran)?(?: con)?|ne (?:sont|est|seront|sera) pas (?:couverte?s?|inclus(?:es?)?|pris(?:es?)? en charge|financee?s?|budgetee?s?|reconduite?s?|reprise?s?|realisee?s?|menee?s?|organisee?s?|prevue?s?|envisagee?s?|retenue?s?|maintenue?s?|conservee?s?)|ne (?:font|fait) pas partie|ne (?:releve|relevent|relevera|releveront) pas (?:de la presente phase|de cette phase|du present projet|du projet|de ce projet)|(?:sont|est|restent?) hors (?:du|de son|de notre) (?:champ|perimetre)|(?:depasse|depassent|depassera|depasseront) (?:le cadre|la portee) (?:de ce|du present|du|de notre) projet|(?:goes|go|will go) beyond the (?:scope|remit) of (?:this|the|our) (?:project|proposal)|(?:excede|exceden|excedera|rebasa|rebasan|supera|superan|sobrepasa|sobrepasan) (?:el )?(?:alcance|marco) (?:de este|del presente|del|de nuestro) proyecto|ne (?:entre|entrent|entrera|entreront) pas dans (?:le|son|notre) (?:champ|cadre|perimetre)|(?:does|do|will) not fall (?:within|under) (?:the |its |our )?scope|not (?:in|within) (?:the |this |its |our )?(?:project's |proposal's |project |proposal )?scope|ne (?:est|sont|sera|seront) pas dans (?:le|son|notre) (?:champ|cadre|perimetre)|no (?:esta|estan|estara|estaran) (?:en|dentro de) (?:el|su|nuestro) alcance|no (?:esta|estan|estara|estaran) dentro del alcance|no (?:entra|entran|entrara|entraran) (?:en el|en su|dentro del|dentro de su) (?:ambito|alcance)|(?:quedan?|estan?|quedaran) fuera del? (?:su |del |nuestro )?alcance|(?:quedan?|estan?|quedaran) fuera de (?:esta|la presente) fase|(?:is|are|remains?|falls?) outside (?:this|the current|the present) phase|(?:sont|est|restent?) hors de (?:cette|la presente) phase|no (?:esta|estan|estaran|seran?) (?:cubiert[oa]s?|incluid[oa]s?|financiad[oa]s?|presupuestad[oa]s?|retomad[oa]s?|previst[oa]s?|contemplad[oa]s?)|no forman? parte|no se (?:mantienen?|mantendran?|conservan?)|(?:is|are|remains?|will be) (?:still )?(?:to be )?explored|(?:sera|seront) explore(?:e|es|s)?|(?:se exploraran?|(?:sera|seran) explorad[oa]s?)|(?:was|were|has|have) not (?:been )?(?:carried out|conducted|undertaken|implemented|held|completed)|(?:is|are|was|were|has been|have been) (?:deleted|dropped|cancelled|canceled|removed)|ne (?:a|ont) pas ete (?:realisee?s?|menee?s?|conduite?s?|effectuee?s?)|(?:could|can) not be (?:organi[sz]ed|held|carried out|conducted|implemented|delivered)|(?:will|shall) not be (?:carried out|conducted|undertaken|organi[sz]ed|held|repeated)|ne (?:a|ont|pourra|pourront|peut|peuvent) pas (?:pu )?etre (?:organisee?s?|realisee?s?|menee?s?|tenue?s?|conduite?s?)|no (?:se )?(?:pudo|pudieron|podra|podran) (?:organizar|realizar|llevar a cabo|celebrar)|no se (?:realizara|realizaran|llevara a cabo|llevaran a cabo|repetira|repetiran)|no (?:pudo|pudieron|podra|podran) ser (?:organizad[oa]s?|realizad[oa]s?|celebrad[oa]s?)|(?:est|sont) (?:supprimee?s?|abandonnee?s?|annulee?s?)|(?:a|ont) ete (?:supprimee?s?|abandonnee?s?|annulee?s?|retiree?s?)|(?:ha|han) sido (?:eliminad[oa]s?|suprimid[oa]s?|retirad[oa]s?|cancelad[oa]s?)|(?:fue|fueron) (?:eliminad[oa]s?|suprimid[oa]s?|retirad[oa]s?|cancelad[oa]s?)|no (?:se )?(?:realizo|realizaron|llevo a cabo|llevaron a cabo)|no (?:fue|fueron) (?:realizad[oa]s?|llevad[oa]s? a cabo)|(?:se suprime|se suprimen|se elimina|se eliminan|queda suprimid[oa]|quedan suprimid[oa]s)|(?:is|are|remains?) (?:still )?to be (?:decided|determined|confirmed|agreed)|(?:can ?not|could not|cannot) be (?:funded|covered|financed)|ne (?:peut|peuvent|pourra|pourront) pas etre (?:financee?s?|pris(?:es?)? en charge|budgetisee?s?)|no (?:puede|pueden|podra|podran) (?:ser )?(?:financiad[oa]s?|cubiert[oa]s?)|(?:will be|is|are) left (?:for|to) the full (?:proposal|project document)|will follow with the full proposal|(?:quedara|quedaran|queda|quedan) para la propuesta completa|(?:sera|seront) (?:jointe?s?|precisee?s?|detaillee?s?) (?:au|dans le|a la|dans la) (?:document de projet|proposition) complete?|(?:decidirlo|decidirla|decidir esto) (?:durante|en) la fase de inicio|(?:will|shall) be (?:set out|addressed|specified|detailed|described|defined|decided) in the inception report|(?:sera|seront) (?:traitee?s?|precisee?s?|detaillee?s?|definie?s?) dans le rapport (?:de demarrage|initial|de lancement)|(?:se definira|se definiran|se detallara|se detallaran|se abordara|se abordaran|se tratara|se trataran) en el informe (?:inicial|de inicio)|(?:has|have) not (?:yet )?been (?:discussed|decided|agreed|consulted)|ne (?:a|ont) pas (?:encore )?ete (?:discutee?s?|decidee?s?|convenue?s?|consultee?s?)|no (?:se )?(?:ha|han) (?:sido )?(?:discutido|decidido|acordado|consultad[oa]s?)|(?:will|shall) be (?:decided|determined|settled|considered|examined|defined|agreed|fixed) (?:later|afterwards|at a later (?:stage|date)|in due course|at inception|during (?:the )?inception(?: phase)?|after (?:the )?inception(?: phase)?|at the (?:end|close) of the (?:project|action|programme)|at (?:project )?closure)|(?:sera|seront) (?:decidee?s?|arretee?s?|determinee?s?|tranchee?s?|examinee?s?|etudiee?s?|definie?s?|convenue?s?|fixee?s?) (?:plus tard|ulterieurement|par la suite|au demarrage|pendant la phase de demarrage|lors du demarrage|a la fin du (?:projet|programme)|en fin de (?:projet|programme)|a la cloture(?: du (?:projet|programme))?)|(?:se decidira|se decidiran|se determinara|se determinaran|se examinara|se examinaran|se estudiara|se estudiaran|se definira|se definiran|se acordara|se acordaran|se fijara|se fijaran|sera decidid[oa]|seran decidid[oa]s|sera definid[oa]|seran definid[oa]s) (?:mas adelante|posteriormente|despues|luego|en la fase de inicio|en la fase de arranque|al inicio|al final del (?:proyecto|programa)|al finalizar el (?:proyecto|programa)|al cierre(?: del (?:proyecto|programa))?)|(?:reste|restent) a (?:explorer|definir|determiner|confirmer|rediger|completer|ecrire)|(?:queda|quedan) por (?:explorar|definir|determinar|confirmar|redactar|completar|escribir)|(?:is|are|remains?) (?:still )?to be (?:written|drafted|completed)|(?:funded|financed|paid for|covered) (?:elsewhere|from other sources|by other (?:donors|sources|programmes|programs|projects)|by (?:another|a different) (?:donor|programme|program|project))|(?:under|through|as part of|within|by) (?:another|a different) (?:programme|program|project|initiative)|financee?s? (?:par ailleurs|par un autre (?:bailleur|programme|projet)|par de autres (?:bailleurs|sources|programmes|projets))|(?:dans le cadre|au titre) de un autre (?:programme|projet)|par un autre (?:programme|projet)|financiad[oa]s? (?:por otra via|por otros (?:donantes|programas|proyectos|fondos)|por otro (?:donante|programa|proyecto)|con otros fondos)|(?:en el marco|a traves|dentro) de otro (?:programa|proyecto)|por otro (?:programa|proyecto)) /u

/** `NOT_COVERED` tried at one position only. */
const NOT_COVERED_AT = new RegExp(NOT_COVERED.source, 'uy')

/**
 * A predicate that puts what precedes it out of the project: "training is out of scope",
 * "las acciones de capacitación quedan fuera de su alcance", "la formation est exclue".
 * Read on folded words within the after-window (plus the words of the phrase itself).
 */
const OUT_OF_SCOPE = /^(?:\S+ ){0,4}?(?:(?:is|are|remains?|will be|lies|lie|falls?|quedan?|queda|quedaran|estan?|restent?|reste|sont|est|seront|sera) )?(?:out of (?:the |its |our )?scope|(?:outside|beyond) (?:the |its |our )?scope|fuera de(?:l| su| nuestro) alcance|hors (?:du|de son|de notre) (?:champ|perimetre)|excluded|excluid[oa]s?|exclue?s?)(?: |$)/u

/** Words that end a clause. Commas alone do not; these do, with or without a comma before them. */
const CONJUNCTIONS = new Set([
  'but', 'however', 'whereas', 'while', 'although', 'though', 'except',
  'mais', 'cependant', 'toutefois', 'tandis',
  'pero', 'aunque', 'sino',
])
const TWO_WORD_CONJUNCTIONS = new Set(['alors que', 'sin embargo', 'no obstante'])
/** "And" in the three languages, and the subject pronouns that make what follows it a clause of its own after a comma. */
const AND = new Set(['and', 'et', 'y'])
/** What opens an English subject ("the gender consultant", "our team"), and the modals after it that make a clause. */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'our', 'this', 'that', 'these', 'their', 'its', 'each', 'every'])
const MODALS = new Set(['will', 'would', 'shall', 'must', 'can', 'could', 'may', 'might', 'should'])
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'he', 'she', 'i', 'nous', 'ils', 'elles', 'il', 'elle', 'on', 'nosotros', 'nosotras', 'ellos', 'ellas'])
/** Conjunctions that open a subordinate clause; fronted, it ends at its comma ("Although no budget is set, the ITC-ILO..."). */
const SUBORDINATING = new Set(['whereas', 'while', 'although', 'though', 'tandis', 'aunque', 'alors que'])
/**
 * Openers of a purpose ("Para no duplicar servicios, la OIT y la OIM elaborarán juntas…", "Afin de ne pas…, …"):
 * fronted, the purpose ends at its first comma, and what follows is the main clause, not a list. Not the English
 * "to": objectives open with it ("To place 1,200 young women and men in apprenticeships…, leading to…").
 */
const PURPOSE = new Set(['para', 'pour', 'afin'])
/**
 * Words that open a fronted adverbial clause or phrase when they start a
 * clause; its comma ends it ("Where committees have no women members, the
 * project will work with...", "Without a gender budget, the ITC-ILO...").
 */
const FRONTED = new Set([
  'if', 'when', 'where', 'because', 'since', 'as', 'once', 'unless', 'until', 'after', 'before', 'given', 'without',
  'si', 'quand', 'lorsque', 'comme', 'puisque', 'sans', 'faute',
  'cuando', 'donde', 'como', 'mientras', 'sin', 'ya',
  ...PURPOSE,
])
/** Two words that open a fronted clause the same way: "Una vez aprobada por la Junta Directiva, el proyecto…", "Une fois le décret adopté, …". */
const FRONTED_PAIRS = new Set(['una vez', 'une fois', 'as soon', 'tan pronto', 'en cuanto', 'aussitot que'])
const FRONTED_PAIR_STARTS = new Set([...FRONTED_PAIRS].map((pair) => pair.split(' ')[0]!))

/** Negators that govern what follows them in the clause. */
const NEGATORS = new Set([
  'no', 'not', 'without', 'neither', 'nor', 'none', 'never', 'cannot', 'excluding', 'absent',
  'lack', 'lacks', 'lacking', 'lacked',
  'pas', 'aucun', 'aucune', 'sans', 'ni', 'jamais',
  'sin', 'ningun', 'ninguna', 'ninguno', 'nunca',
  // "Tampoco se prevé una formación…" (nor is … foreseen either), as "nor" and "ni".
  'tampoco',
  // "Falta un punto focal de género" (is missing), "la falta de formación" (the lack of).
  'falta', 'faltan',
])
/** Past forms that take something out ("removed the …"): see `TAKING_OUT`. */
const TAKING_OUT_WORDS = [
  'removed', 'deleted', 'dropped', 'cancelled', 'canceled',
  'supprime', 'supprimes', 'supprimee', 'supprimees', 'retire', 'annule', 'annules', 'annulee', 'annulees', 'enleve',
  'eliminado', 'eliminada', 'eliminados', 'eliminadas', 'suprimido', 'suprimida', 'suprimidos', 'suprimidas', 'quitado', 'quitada', 'quitados', 'quitadas',
  'cancelado', 'cancelada', 'cancelados', 'canceladas',
]
/**
 * "n't", and the contractions notes type without their apostrophe ("havent talked to them yet", "doesnt cover"). Not
 * "wont" nor "cant", which are words of their own.
 */
const NOT_WITHOUT_APOSTROPHE = new Set(['havent', 'hasnt', 'hadnt', 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'wouldnt', 'couldnt', 'shouldnt'])

function isContractedNot(word: string): boolean {
  return word.endsWith("n't") || NOT_WITHOUT_APOSTROPHE.has(word)
}

/** Words `negatorAt` may take for a negator (besides any "n't"). */
const MAY_NEGATE = new Set([...NEGATORS, 'ne', 'absence', 'manque', 'instead', 'suppression', 'supresion', 'deletion', ...TAKING_OUT_WORDS])
/** "without", "sans", "sin": after another negator they cancel it ("no workshop without coaching"). */
const PRIVATIVES = new Set(['without', 'sans', 'sin'])
/** Negators that say a thing is missing rather than deny a verb. */
const LACKING = new Set(['lack', 'lacks', 'lacking', 'lacked', 'falta', 'faltan', 'absent', 'excluding'])
/** Negators that can follow the mention as its verb's negation. */
const VERB_NEGATORS = new Set(['not', 'never', 'cannot', 'pas', 'jamais', 'nunca', 'absent'])
/** What completes French "ne": "ne ... que" alone means "only", not "not". */
const NE_PARTNERS = new Set(['pas', 'plus', 'jamais', 'rien', 'personne', 'point', 'guere', 'aucun', 'aucune', 'ni'])
/** Pronouns that complete French "ne" before it, as its subject: "personne ne", "rien ne". */
const NE_SUBJECTS = new Set(['personne', 'rien'])
/** Words that make such a pronoun a noun: "une personne", "chaque personne", "la personne". */
const DETERMINERS_BEFORE_SUBJECT = new Set(['la', 'une', 'chaque', 'cette', 'toute', 'de', 'le', 'un', 'du', 'quelque', 'seule', 'meme', 'autre'])
/** Verbs of omission: negated, they affirm ("it does not forget young men", "il n'oublie pas les jeunes manœuvres", "no olvida"). */
const OMISSION = new Set([
  'forget', 'forgets', 'neglect', 'neglects', 'overlook', 'overlooks', 'ignore', 'ignores',
  'oublie', 'oublient', 'oubliera', 'oublieront', 'neglige', 'negligent', 'negligera', 'negligeront',
  'olvida', 'olvidan', 'olvidara', 'olvidaran', 'descuida', 'descuidan', 'descuidara', 'descuidaran',
])
/** Words after "not"/"no"/"pas" that make them something else: "not only", "no later than", "pas seulement", "not forget". */
const NOT_NEGATING_NEXT = new Set([
  'only', 'just', 'merely', 'least', 'solo', 'solamente', 'seulement', 'uniquement', 'obstante', 'embargo', 'matter',
  ...OMISSION,
])
const COMPARATIVES = new Set(['later', 'more', 'less', 'fewer', 'sooner', 'earlier'])
/** Words that open a subordinate clause: a negation behind them is that clause's, not the mention's. */
const SUBORDINATORS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'if', 'unless', 'because', 'since', 'as', 'so', 'until',
  'qui', 'que', 'dont', 'lorsque', 'quand', 'si', 'car', 'parce', 'puisque',
  'quien', 'quienes', 'cual', 'cuales', 'donde', 'cuando', 'porque', 'como',
])

/** A word, keeping English clitics ("don't", "women's") but not French elisions ("n'y" is "n" + "y"). */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’ʼ](?:t|s|ll|re|ve|d|m)(?![\p{L}\p{N}\p{M}]))?/gu
/** French elided words, restored so "n'", "d'" and "qu'" read as "ne", "de" and "que". */
const ELISIONS: Record<string, string> = {
  n: 'ne', d: 'de', l: 'le', qu: 'que', s: 'se', c: 'ce', j: 'je', m: 'me', t: 'te',
  lorsqu: 'lorsque', puisqu: 'puisque', jusqu: 'jusque',
}

/** Characters that need more than lowercasing to fold: all but ASCII. */
const NOT_ASCII = /[^\u0000-\u007f]/u
const APOSTROPHES = "'’ʼ"

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => {
    // Most words are ASCII, which lowercasing folds: this runs for every word of every sentence.
    let word = NOT_ASCII.test(match[0]) ? match[0].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/gu, "'") : match[0].toLowerCase()
    const end = match.index + match[0].length
    if (end < text.length && APOSTROPHES.includes(text[end]!)) word = ELISIONS[word] ?? word
    return {word, start: match.index, end}
  })
}

/**
 * What every judgement on one text shares, computed once per text: the
 * tokens, the clause boundaries, and indexes that answer "the next comma",
 * "the next token", "a relative pronoun before" without a scan. A sentence
 * full of mentions and commas ("no coaching, no mentoring, no ...") is judged
 * once per mention, so a scan per question would make it cubic.
 */
interface Analysis {
  text: string
  tokens: Token[]
  starts: number[]
  ends: number[]
  /** Offsets of every comma, ascending. */
  commas: number[]
  /** Offsets of every opening bracket, ascending. */
  brackets: number[]
  /** Offsets of every closing bracket, ascending, once asked (`ofAnotherNounsRelative`). */
  closings?: number[]
  /** What ends a relative clause's reach after each token (`relativeStops`), once asked. */
  relativeStops?: {next: Int32Array; kind: Int8Array}
  /** Asides between a pair of spaced dashes ("the standards — no fees, licensing — from…"), as [open, close) offsets, ascending. */
  dashAsides: Array<[number, number]>
  /** Indexes of the tokens that weigh an option ("possibility", "considered", "envisagée"), ascending. */
  weighing: number[]
  /** Indexes of the first token of each later phase that something is deferred to (`laterPhases`), ascending. */
  laterPhases: number[]
  /** Where the text's first colon is, -1 when it has none: a label ends there. */
  firstColon: number
  /** Indexes of the word opening each condition not yet met ("if", "subject to": `unmetConditions`), ascending. */
  unmetConditions: number[]
  /** For each comma, the index of the first token after it (`tokens.length` if none). */
  afterComma: number[]
  /** Clause boundaries as `[at, after)` pairs: where clauses end (`at`) and the next start (`after`), each ascending. */
  boundaryAts: number[]
  boundaryAfters: number[]
  /** For each token, the index of the next token that completes French "ne", or `tokens.length`. */
  nextNePartner: number[]
  /** For each token, the index of the last relative pronoun before it, or -1. */
  lastRelative: number[]
  /** For each token, the index of the last strict relative pronoun at or before it, or -1. */
  lastStrictRelative: number[]
  /** Indexes of the tokens that may be negators (`negatorAt` says whether they are), ascending. */
  candidates: number[]
  clauses: Map<string, Clause>
  frontedCommas: Map<string, number>
  /** Whether the first clause denies (`deniesInItsFirstClause`), once asked. */
  firstClauseDenies?: boolean
  /** Indexes of the tokens that open a separate part of a document or design ("a separate component", "une partie distincte"), ascending. */
  separateParts: number[]
}

/** What the judgements of the mentions of one clause share. */
interface Clause {
  /** Index in `commas` of the clause's first comma. */
  first: number
  /** For each comma of the clause, the next one at or after it that ends a negator's reach (-1 if none), by kind of negator. */
  plain: Int32Array
  inRelative: Int32Array
  /** Index in `candidates` of the clause's first candidate negator. */
  firstCandidate: number
  /** Where each candidate of the clause stops governing (-1 when it is no negator here), and the same for non-privatives only. */
  reaches: Reaches
  plainReaches: Reaches
  /** The last token index of the clause where a `NOT_COVERED` predicate starts (-1 if none); computed when first asked. */
  lastNotCovered?: number
}

/**
 * Values by position with the maximum of each block of them, to find the
 * nearest position at or before one whose value reaches a threshold without
 * reading every value: a clause may hold thousands of negators that stop
 * before a mention.
 */
class Reaches {
  private static readonly BLOCK = 64
  private readonly blockMax: Int32Array

  constructor(private readonly values: Int32Array) {
    this.blockMax = new Int32Array(Math.ceil(values.length / Reaches.BLOCK)).fill(-1)
    values.forEach((value, k) => {
      const block = Math.floor(k / Reaches.BLOCK)
      if (value > this.blockMax[block]!) this.blockMax[block] = value
    })
  }

  /** The largest position in `[from, to]` whose value is at least `threshold`, or -1. */
  lastAtLeast(from: number, to: number, threshold: number): number {
    const {BLOCK} = Reaches
    let k = to
    while (k >= from) {
      const block = Math.floor(k / BLOCK)
      if (k % BLOCK === BLOCK - 1 && block * BLOCK >= from && this.blockMax[block]! < threshold) {
        k -= BLOCK
        continue
      }
      if (this.values[k]! >= threshold) return k
      k--
    }
    return -1
  }
}

/** First index in an ascending array whose value is at least `value` (`values.length` if none). */
export function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether one of the ascending `values` lies in `[start, end)`, by bisection. */
export function anyIn(values: readonly number[], start: number, end: number): boolean {
  const index = firstAtLeast(values, start)
  return index < values.length && values[index]! < end
}

function analyse(text: string): Analysis {
  const tokens = tokenize(text)
  const starts = tokens.map((token) => token.start)
  const commas: number[] = []
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) commas.push(at)
  const nextComma = (from: number) => commas[firstAtLeast(commas, from)] ?? -1
  const brackets: number[] = []
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) brackets.push(at)

  const ats: number[] = []
  const afters: number[] = []
  const boundary = (at: number, after: number) => {
    ats.push(at)
    afters.push(after)
  }
  for (const match of text.matchAll(/;|[.:!?…](?=\s|$)/gu)) {
    if (match[0] === '.' && isAbbreviationPeriod(text, match.index)) continue
    boundary(match.index, match.index + 1)
  }
  // The index of the last negator word before each token ("no", "not", "n't"), -1 when none: worked out the first time
  // a comma asks, as most texts have no subject after a comma to ask about.
  let negatorBefore: Int32Array | undefined
  const negatorIndexBefore = (i: number) => {
    if (!negatorBefore) {
      const found = new Int32Array(tokens.length + 1).fill(-1)
      tokens.forEach((token, k) => {
        found[k + 1] = NEGATORS.has(token.word) || isContractedNot(token.word) ? k : found[k]!
      })
      negatorBefore = found
    }
    return negatorBefore[i]!
  }
  // A negator since the last stop, colon or semicolon before token `i` (found by bisection: a sentence may hold many).
  let stops: number[] | undefined
  const lastNegatorBefore = (i: number) => {
    const negator = negatorIndexBefore(i)
    if (negator === -1) return false
    stops ??= [...text.matchAll(/[;:.!?]/gu)].map((stop) => stop.index)
    return !anyIn(stops, tokens[negator]!.end, tokens[i]!.start)
  }
  const opensWithAModal = (i: number) => {
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
      if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) return false
      if (MODALS.has(tokens[k]!.word)) return true
    }
    return false
  }
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]
    const pair = next ? `${token.word} ${next.word}` : ''
    // ", and we will build on…": after a comma, "and" before a subject pronoun opens a clause of its own.
    if (AND.has(token.word) && next && SUBJECT_PRONOUNS.has(next.word) && i > 0 && text.slice(tokens[i - 1]!.end, token.start).includes(',')) {
      boundary(token.start, token.end)
      return
    }
    // "no separate section for now, the gender consultant will draft the gender strategy": after a comma that ends a
    // negated phrase, a subject and its modal open a clause of their own, out of the negation's reach.
    const commaBefore = SUBJECT_OPENERS.has(token.word) && i > 0 ? nextComma(tokens[i - 1]!.end) : -1
    if (commaBefore !== -1 && commaBefore < token.start && opensWithAModal(i) && lastNegatorBefore(i)) {
      boundary(commaBefore, commaBefore + 1)
      return
    }
    const end = TWO_WORD_CONJUNCTIONS.has(pair) ? next!.end : CONJUNCTIONS.has(token.word) ? token.end : -1
    if (end === -1) return
    boundary(token.start, end)
    const comma = nextComma(end)
    if ((SUBORDINATING.has(token.word) || SUBORDINATING.has(pair)) && comma !== -1) boundary(comma, comma + 1)
  })

  const nextNePartner = new Array<number>(tokens.length)
  for (let i = tokens.length - 1, next = tokens.length; i >= 0; i--) {
    nextNePartner[i] = next
    if (NE_PARTNERS.has(tokens[i]!.word)) next = i
  }
  const lastRelative = new Array<number>(tokens.length)
  const lastStrictRelative = new Array<number>(tokens.length)
  tokens.forEach((token, i) => {
    lastRelative[i] = i > 0 && RELATIVES.has(tokens[i - 1]!.word) ? i - 1 : i > 0 ? lastRelative[i - 1]! : -1
    lastStrictRelative[i] = STRICT_RELATIVES.has(token.word) ? i : i > 0 ? lastStrictRelative[i - 1]! : -1
  })
  const candidates = tokens.flatMap((token, i) => (MAY_NEGATE.has(token.word) || isContractedNot(token.word) ? [i] : []))

  return {
    text,
    tokens,
    starts,
    ends: tokens.map((token) => token.end),
    commas,
    brackets,
    dashAsides: dashAsidesOf(text),
    weighing: tokens.flatMap((token, i) => (WEIGHING.has(token.word) ? [i] : [])),
    laterPhases: laterPhases(tokens, [...afters].sort((a, b) => a - b)),
    firstColon: text.indexOf(':'),
    unmetConditions: unmetConditions(tokens, text),
    afterComma: commas.map((comma) => firstAtLeast(starts, comma + 1)),
    boundaryAts: ats.sort((a, b) => a - b),
    boundaryAfters: afters.sort((a, b) => a - b),
    nextNePartner,
    lastRelative,
    lastStrictRelative,
    candidates,
    clauses: new Map(),
    frontedCommas: new Map(),
    separateParts: tokens.flatMap((_, i) => (opensASeparatePart(tokens, i) ? [i] : [])),
  }
}

/** Words that set a part apart: "separate", "stand-alone", "distinct(e)", "aparte", "independiente". */
const SEPARATE = new Set([
  'separate', 'distinct', 'standalone', 'alone', 'isolated',
  'separe', 'separee', 'separes', 'separees', 'distincte', 'distincts', 'distinctes', 'isole', 'isolee',
  'aparte', 'separado', 'separada', 'separados', 'separadas', 'independiente', 'independientes', 'aislado', 'aislada',
])
/** The parts a document or a design is made of: "component", "section", "volet", "partie", "componente", "capítulo". */
const DESIGN_PARTS = new Set([
  'component', 'components', 'section', 'sections', 'chapter', 'chapters', 'part', 'parts', 'pillar', 'pillars', 'workstream', 'workstreams', 'outcome', 'output',
  'composante', 'composantes', 'volet', 'volets', 'partie', 'parties', 'chapitre', 'chapitres', 'axe', 'axes', 'pilier', 'piliers', 'rubrique',
  'componente', 'componentes', 'seccion', 'secciones', 'capitulo', 'capitulos', 'eje', 'ejes', 'apartado', 'apartados', 'pilar', 'pilares',
])

/** Nouns of a part added apart from the rest (folded): "afterthought", "añadido", "ajout". */
const ADD_ONS = new Set(['afterthought', 'anadido', 'agregado', 'ajout', 'rajout'])

/** Whether a separate part opens at token `i`: a word that sets it apart next to a part's noun ("separate component", "partie distincte", "stand-alone section"). */
function opensASeparatePart(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.word
  // An add-on is a part set apart by itself: "Nuestra estrategia de igualdad no es un añadido", "is not an add-on".
  if (ADD_ONS.has(word) || (word === 'add' && tokens[i + 1]?.word === 'on')) return true
  if (!DESIGN_PARTS.has(word)) return false
  const before = tokens[i - 1]?.word
  const after = tokens[i + 1]?.word
  return (before !== undefined && SEPARATE.has(before) && (before !== 'alone' || tokens[i - 2]?.word === 'stand')) || (after !== undefined && SEPARATE.has(after) && after !== 'alone')
}

/**
 * Whether the negation of a clause denies only that something stands apart, after the mention: "Gender is not a separate
 * component", "L'égalité … n'est pas traitée dans une partie distincte : elle est intégrée à chacun des résultats", "El
 * proyecto no trata la igualdad de género como un componente aparte". The mention is there, woven through the rest; "no
 * separate gender section" (the part before the mention) still denies it.
 */
function deniesOnlyItsSeparatePart(analysis: Analysis, mentionEnd: number, clauseEnd: number): boolean {
  const {separateParts, starts, tokens} = analysis
  if (separateParts.length === 0) return false
  const part = separateParts[firstAtLeast(separateParts, firstAtLeast(starts, mentionEnd))]
  return part !== undefined && tokens[part]!.end <= clauseEnd
}

/** A dash set apart by spaces: an aside opens or closes there (a hyphen inside a word does not). */
const SPACED_DASH = /\s[—–]\s/gu

/** The asides between pairs of spaced dashes, in order: the first dash opens one, the next closes it. */
function dashAsidesOf(text: string): Array<[number, number]> {
  const dashes = [...text.matchAll(SPACED_DASH)].map((match) => match.index + 1)
  const asides: Array<[number, number]> = []
  for (let k = 0; k + 1 < dashes.length; k += 2) asides.push([dashes[k]!, dashes[k + 1]!])
  return asides
}

/** The aside between dashes holding `offset`, or undefined. */
function dashAsideAt(analysis: Analysis, offset: number): [number, number] | undefined {
  return analysis.dashAsides.find(([open, close]) => open < offset && offset < close)
}

/** The first comma at or after `from`, or -1. */
function commaFrom(analysis: Analysis, from: number): number {
  return analysis.commas[firstAtLeast(analysis.commas, from)] ?? -1
}

/** Start and end of the clause holding `[from, to)`. */
function clauseAround(analysis: Analysis, from: number, to: number): [number, number] {
  const {text, tokens, starts, boundaryAts, boundaryAfters} = analysis
  // The nearest clause start at or before the mention, the nearest clause end at or after it.
  const startIndex = firstAtLeast(boundaryAfters, from + 1) - 1
  let start = startIndex >= 0 ? boundaryAfters[startIndex]! : 0
  let end = boundaryAts[firstAtLeast(boundaryAts, to)] ?? text.length
  const openerIndex = firstAtLeast(starts, start)
  const opener = tokens[openerIndex]
  if (opener && opener.end <= from && (FRONTED.has(opener.word) || opensAFrontedPair(tokens, openerIndex))) {
    const key = `${openerIndex},${end}`
    let comma = analysis.frontedCommas.get(key)
    if (comma === undefined) {
      let c = firstAtLeast(analysis.commas, opener.end)
      while (!PURPOSE.has(opener.word) && c < analysis.commas.length && analysis.commas[c]! < end && continuesList(analysis, c, end)) c++
      comma = analysis.commas[c] ?? -1
      analysis.frontedCommas.set(key, comma)
    }
    if (comma !== -1 && comma < end) {
      if (comma + 1 <= from) start = Math.max(start, comma + 1)
      else if (comma >= to) end = Math.min(end, comma)
    }
  }
  return [start, end]
}

/** Whether a two-word opener of a fronted clause starts at token `i` ("una vez", "une fois"); asked per clause, so no string is built for most. */
function opensAFrontedPair(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]!.word
  if (!FRONTED_PAIR_STARTS.has(first)) return false
  return FRONTED_PAIRS.has(`${first} ${tokens[i + 1]?.word ?? ''}`)
}

const LIST_CONJUNCTIONS = new Set(['and', 'or', 'nor', 'et', 'ou', 'ni', 'y', 'o'])

/** Whether comma number `c` continues a list: a conjunction comes within the next item or two (", mentoring or follow-up"). */
function continuesList({tokens, afterComma}: Analysis, c: number, limit: number): boolean {
  const first = afterComma[c]!
  for (let j = first + 1; j <= first + 2 && j < tokens.length; j++) {
    const token = tokens[j]!
    if (token.end > limit) return false
    if (LIST_CONJUNCTIONS.has(token.word)) return true
  }
  return false
}

/** Whether tokens[i] is a negator here, given its neighbours. */
function negatorAt({text, tokens, nextNePartner}: Analysis, i: number, clauseEnd: number): boolean {
  const {word, end} = tokens[i]!
  const next = tokens[i + 1]
  const nextWord = next && next.start < clauseEnd ? next.word : ''
  if (NOT_NEGATING_NEXT.has(nextWord)) return false
  if (deniesAnOmission(tokens, i, clauseEnd)) return false
  // "n'oublie pas": the "pas" that completes a negated omission.
  if ((word === 'pas' || word === 'jamais') && OMISSION.has(tokens[i - 1]?.word ?? '')) return false
  if (isContractedNot(word)) return true
  if (word === 'ne') {
    // "Personne n'est chargé du genre", "Rien n'est prévu": the subject completes "ne" ("Chaque personne ne …" does not).
    const subject = tokens[i - 1]
    if (subject && NE_SUBJECTS.has(subject.word) && !DETERMINERS_BEFORE_SUBJECT.has(tokens[i - 2]?.word ?? '')) return true
    const partner = tokens[nextNePartner[i]!]
    return partner !== undefined && partner.start < clauseEnd
  }
  if (word === 'no') {
    // "no later than", "no-cost", "No. 188", "no 3".
    if (COMPARATIVES.has(nextWord) && tokens[i + 2]?.word === 'than') return false
    // A Spanish noun of its own: "la no discriminación", "la no violencia" (non-discrimination, non-violence).
    if (NO_COMPOUNDS.has(nextWord)) return false
    if (/^-\p{L}|^\.?\s*\d/u.test(text.slice(end))) return false
    return true
  }
  if (word === 'not' && tokens[i - 1]?.word === 'or') return false // "whether or not"
  // "Not less than one third (1/3) of the participants shall be women", "not later than month 6": a floor, not a denial.
  if (word === 'not' && COMPARATIVES.has(nextWord) && tokens[i + 2]?.word === 'than') return false
  if (word === 'absence') return nextWord === 'of' || nextWord === 'de' || nextWord === 'del'
  if (word === 'manque') return nextWord === 'de'
  // What a revision deletes: "suppression de la ligne consultante genre", "deletion of the gender line".
  if (word === 'suppression' || word === 'supresion') return nextWord === 'de' || nextWord === 'du' || nextWord === 'des' || nextWord === 'del'
  if (word === 'deletion') return nextWord === 'of'
  // What an edit took out, as a page's changelog says it: "removed the external final evaluation from the budget",
  // "supprimé la radio", "retiré l'évaluation finale", "eliminado el acompañamiento". Only the verb before its object:
  // "the barriers were removed", "enfants retirés des mines" take out nothing the text plans.
  // An activity may be named by its number: "Eliminados 1.7 (acompañamiento en obra) y 1.8 (formación de formadores)".
  // Or by its name: "removed ANAPEC and the Consulate General from the partners table".
  if (TAKING_OUT.has(word)) {
    const named = nextWord !== '' && /^\p{Lu}/u.test(text.slice(next!.start, next!.start + 1))
    return (TAKEN_OBJECT.has(nextWord) || /^\d/u.test(nextWord) || named) && !(word === 'retire' && nextWord === 'les')
  }
  if (word === 'instead') return nextWord === 'of'
  if (word === 'sin' && nextWord === 'embargo') return false
  return NEGATORS.has(word)
}

/** Past forms of verbs that take something out of a text or a plan (folded). */
const TAKING_OUT = new Set(TAKING_OUT_WORDS)
/** The article that opens the object of a verb that takes something out. */
const TAKEN_OBJECT = new Set(['the', 'a', 'an', 'our', 'its', 'le', 'la', 'l', 'les', 'un', 'une', 'el', 'los', 'las', 'una', 'uno'])

/** What may stand between a negator and the omission it denies: "ne doit pas être", "should not be", "no debe". */
const BEFORE_OMISSION = new Set(['be', 'been', 'being', 'etre', 'ete', 'ser', 'sido', 'se', 'doit', 'doivent', 'debe', 'deben', 'must', 'should', 'can', 'peut', 'puede'])
/** An omission by its stem, as a participle or infinitive too: "overlooked", "sous-estimée", "subestimarse", "négliger". */
const OMISSION_STEM = /^(?:overlook|neglect|ignor|forg[eo]t|underestimat|underrat|subestim|minimi[sz]|olvid|descuid|neglig|oubli)/u

/**
 * Whether a negator denies an omission, which affirms: "la situation des hommes ne doit pas être sous-estimée", "men's
 * risks should not be overlooked", "no debe subestimarse". Read on the few words after it ("sous-estimée" is two
 * words, "sous" and "estimee").
 */
function deniesAnOmission(tokens: readonly Token[], i: number, clauseEnd: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length && tokens[k]!.start < clauseEnd; k++) {
    const word = tokens[k]!.word
    if (word === 'sous' && /^estim/u.test(tokens[k + 1]?.word ?? '')) return true
    if (OMISSION_STEM.test(word)) return true
    if (!BEFORE_OMISSION.has(word) && word !== 'pas') return false
  }
  return false
}

/** Nouns that "no" makes into a principle rather than negates: "igualdad y no discriminación" (tokens are folded). */
const NO_COMPOUNDS = new Set(['discriminacion', 'violencia', 'repeticion', 'regresion', 'devolucion'])

/** Words that weigh an option ("se analizó la posibilidad de…", "the option of…", "a été envisagée"), folded. */
const WEIGHING = new Set([
  'possibility', 'possibilite', 'posibilidad', 'option', 'opcion', 'considered', 'considero', 'analizo', 'envisage', 'envisagee', 'envisages', 'envisagees',
  // An indirect question weighs what it asks about: "The donor asked whether the ITC-ILO could run the course again".
  'whether',
  // A recommendation is an option put to the project: "the evaluation recommended a needs assessment"; so is
  // what has been discussed with a partner, and not yet decided.
  'discussed',
  // So is what the text says will be needed: "the policy will need an implementation plan…; these steps are foreseen
  // for a possible second phase".
  'need', 'require', 'requires', 'necessitera', 'necessiteront', 'necessiterait', 'exigera', 'necesitara', 'necesitaran', 'necesitaria', 'requerira', 'requeriran', 'requeriria',
  'recommended', 'recommends', 'recommande', 'recommandait', 'recommandee', 'recomendo', 'recomienda', 'recomendaba', 'recomendada', 'recomendado',
])
/** Verbs that turn an option down ("was discarded", "se descartó", "a été écartée"), folded. */
const TURNING_DOWN = new Set([
  'rejected', 'discarded', 'dropped', 'ruled', 'shelved', 'abandoned',
  // "… but decided against it".
  'against',
  'descarto', 'descartada', 'descartado', 'descartaron', 'desestimo', 'desestimada', 'desestimado', 'abandonada', 'abandonado', 'rechazada', 'rechazado',
  'ecarte', 'ecartee', 'ecartes', 'ecartees', 'abandonne', 'abandonnee', 'rejete', 'rejetee',
])
/** Verbs that keep an option, which a negation turns down: "was not retained", "il n'a pas été retenu", "no fue retenida". */
const KEEPING = new Set([
  'retained', 'pursued', 'kept', 'retenu', 'retenue', 'retenus', 'retenues', 'retenida', 'retenido', 'poursuivi', 'poursuivie',
  // Kept in the budget: "it is not included in this budget", "n'est pas budgétisée", "no está incluido".
  'included', 'budgeted', 'costed', 'funded', 'inclus', 'incluse', 'incluses', 'budgetise', 'budgetisee', 'budgetises', 'budgetisees', 'finance', 'financee',
  'incluido', 'incluida', 'incluidos', 'incluidas', 'presupuestado', 'presupuestada', 'financiado', 'financiada',
  // Kept in the plans: "This is not foreseen in this budget", "Ce n'est pas prévu", "Esto no está previsto".
  'foreseen', 'planned', 'prevu', 'prevue', 'prevus', 'prevues', 'previsto', 'prevista', 'previstos', 'previstas',
  // Put forward by whoever weighed it: "The mission considered adding coaching visits…, but does not recommend it".
  'recommend', 'recommends', 'recommande', 'recommandons', 'recommandent', 'recomienda', 'recomendamos', 'recomiendan',
])
/** What opens a clause that answers the one before it: "but", "pero", "mais", "however". */
const ANSWERING = new Set(['but', 'pero', 'mais', 'however', 'cependant', 'toutefois'])
/** Words that refer back to an option just named: "This option was discarded", "La opción se descartó", "Il n'a pas été retenu". */
const BACK_REFERENCES = new Set([
  'it', 'this', 'that', 'such', 'option', 'idea', 'possibility', 'proposal',
  'il', 'elle', 'ce', 'cette', 'cela', 'ceci', 'idee', 'possibilite', 'proposition',
  'esta', 'este', 'esa', 'ese', 'esto', 'eso', 'ello', 'opcion', 'posibilidad', 'propuesta',
  'recommendation', 'recommandation', 'recomendacion',
  // Several things named before: "These steps are foreseen for a possible second phase", "Ces étapes…", "Estas acciones…".
  'these', 'those', 'they', 'ces', 'ils', 'elles', 'estas', 'estos', 'esas', 'esos',
])
/** Nouns of belonging that, negated, put what came before outside the project: "not part of", "ne font pas partie", "not project activities". */
const BELONGING = new Set(['part', 'partie', 'parte', 'activity', 'activities', 'activite', 'activites', 'actividad', 'actividades'])
/** The project, as a sentence that disowns something names it: "this proposal", "le présent projet", "el proyecto". */
const PROJECT_NOUNS = new Set(['project', 'proposal', 'projet', 'proposition', 'proyecto', 'propuesta'])

/** What people are excluded from, when it is not the project: "exclus des GIE", "excluded from social protection". */
const FROM = new Set(['from', 'de', 'des', 'du', 'del'])
const ARTICLES = new Set(['the', 'this', 'its', 'our', 'la', 'le', 'les', 'l', 'ce', 'cette', 'el', 'los', 'las', 'este', 'esta', 'su', 'son', 'sa', 'notre', 'nuestro'])
const PROJECT_PARTS = new Set([...PROJECT_NOUNS, 'budget', 'presupuesto', 'scope', 'phase', 'fase', 'grant', 'financement', 'financiamiento', 'activities', 'activites', 'actividades'])

/**
 * Whether an "excluded" predicate (`OUT_OF_SCOPE`, matched as `predicate`, the words after it `rest`) says from what,
 * and that is not the project: people "exposés aux charges lourdes et exclus des GIE" are excluded from the groups,
 * which is a harm, not the project's scope.
 */
function excludedFromElsewhere(predicate: string, rest: string): boolean {
  if (!(predicate.trimEnd().split(' ').at(-1) ?? '').startsWith('exclu')) return false
  const [from, ...next] = rest.split(' ')
  if (from === undefined || !FROM.has(from)) return false
  const noun = next.find((word) => !ARTICLES.has(word))
  return noun !== undefined && !PROJECT_PARTS.has(noun)
}

/**
 * Whether the words open a clause that turns down what came before: a turning-down verb, or a negated keeping
 * verb, among the first few words ("but it was ruled out", "il n'a pas été retenu", "La opción se descartó").
 */
function turnsDown(words: readonly string[]): boolean {
  // Eight words: "il n'a pas pu être retenu" keeps its verb seventh.
  const reach = Math.min(words.length, 8)
  for (let i = 0; i < reach; i++) {
    if (TURNING_DOWN.has(words[i]!)) return true
    if (KEEPING.has(words[i]!) && words.slice(Math.max(0, i - 4), i).some((word) => NEGATORS.has(word) || word === 'ne')) return true
  }
  return false
}

/**
 * Whether the next clause refers back to the mention's and puts it outside the project: "La OIM desarrolla un
 * programa de mentoría; ese programa no forma parte de esta propuesta". What it disowns need not have been weighed.
 */
function disownedByNextClause(analysis: Analysis, clauseEnd: number): boolean {
  const next = firstAtLeast(analysis.starts, clauseEnd)
  const words = analysis.tokens.slice(next, next + 10).map((token) => token.word)
  if (!words.slice(0, 3).some((word) => BACK_REFERENCES.has(word))) return false
  // "…, mais elle n'est pas budgétée dans cette demande", "…, but it is not funded": the next clause leaves it out.
  return disownsIt(words) || UNFUNDED.test(` ${words.join(' ')} `)
}

/** A predicate that leaves what it is said of unfunded or unplanned: "is not funded", "n'est pas budgétée", "no está prevista". */
const UNFUNDED =
  / (?:(?:is|are|will be) not (?:funded|budgeted|foreseen|planned|covered by (?:the|this|our) (?:budget|grant|project))|ne (?:est|sont|sera|seront) pas (?:financee?s?|budgetee?s?|prevue?s?)|no (?:esta|estan|sera|seran) (?:financiad[oa]s?|presupuestad[oa]s?|previst[oa]s?)) /u

/**
 * Whether the mention's clause weighs an option that the next clause turns down: "Se analizó la posibilidad de
 * fijar metas intermedias, pero se descartó", "The option of a follow-up survey was considered but rejected", "Un
 * module … avait été envisagé ; il n'a pas été retenu"; or that its own predicate turns down after an aside that
 * weighs it ("Le recours au CIF-OIT, envisagé dans la note conceptuelle, n'a pas été retenu").
 */
function consideredThenRejected(analysis: Analysis, clauseStart: number, clauseEnd: number): boolean {
  const {tokens, starts} = analysis
  // By bisection over the weighing words: a sentence of thousands of mentions asks once per mention.
  const firstToken = firstAtLeast(starts, clauseStart)
  const endToken = firstAtLeast(starts, clauseEnd)
  if (!anyIn(analysis.weighing, firstToken, endToken)) return false
  // Weighed in an aside of the clause, turned down by the clause's own predicate after it: "Le recours au CIF-OIT,
  // envisagé dans la note conceptuelle, n'a pas été retenu".
  const weighed = analysis.weighing[firstAtLeast(analysis.weighing, firstToken)]!
  const asideEnd = commaFrom(analysis, tokens[weighed]!.end)
  if (asideEnd !== -1 && asideEnd < clauseEnd) {
    const predicate = firstAtLeast(starts, asideEnd)
    if (turnsDown(tokens.slice(predicate, Math.min(predicate + 8, endToken)).map((token) => token.word))) return true
  }
  const next = firstAtLeast(starts, clauseEnd)
  const words = tokens.slice(next, next + 8).map((token) => token.word)
  if (!(ANSWERING.has(words[0] ?? '') || words.slice(0, 3).some((word) => BACK_REFERENCES.has(word)))) return false
  // Turned down, or deferred to a later phase in the next clause: "…has been discussed; it is foreseen for a possible Phase II".
  return turnsDown(words) || anyIn(analysis.laterPhases, next, next + 10)
}

/**
 * What a sentence turns down of the sentence before it, by referring back to it in its first words:
 * - `weighed`: the option that sentence weighed ("La opción se descartó porque…", "This was dropped after the
 *   donor's review", "Esta recomendación se atenderá en una eventual tercera fase");
 * - `everything`: all it said, put outside the project ("They are not project activities", "ils ne font pas
 *   partie du présent projet"), whatever that sentence weighed or planned;
 * - `nothing`.
 */
export function whatTurnsDownTheSentenceBefore(sentence: string): 'nothing' | 'weighed' | 'everything' {
  const first = words(sentence).slice(0, 10).map((token) => token.word)
  // The reference may follow a short fronted phrase: "Por limitaciones presupuestarias, esta recomendación…".
  if (!first.slice(0, 5).some((word) => BACK_REFERENCES.has(word))) return 'nothing'
  if (disownsIt(first) || noneOfItInThisPhase(first)) return 'everything'
  // Turned down, or deferred to a later phase: "Por limitaciones presupuestarias, esta recomendación se atenderá en una eventual tercera fase".
  return turnsDown(first.slice(0, 8)) || analysisOf(sentence).laterPhases.length > 0 ? 'weighed' : 'nothing'
}

/**
 * Whether a sentence's first clause denies, whatever its negator governs: "Las centrales no integran el comité de
 * gestión", "The unions have no seat on the committee", "Le MAE n'est pas associé". "Not only" adds, it does not deny.
 * Read once per sentence: a rule asks it for each body the sentence (or the one before) names.
 */
export function deniesInItsFirstClause(sentence: string): boolean {
  const analysis = analysisOf(sentence)
  if (analysis.firstClauseDenies !== undefined) return analysis.firstClauseDenies
  const {tokens} = analysis
  const [, clauseEnd] = tokens.length > 0 ? clauseAround(analysis, tokens[0]!.start, tokens[0]!.end) : [0, 0]
  let denies = false
  for (let i = 1; i < tokens.length && tokens[i]!.start < clauseEnd && !denies; i++) {
    const {word} = tokens[i]!
    denies = (DENIERS.has(word) || word === 'ne' || isContractedNot(word)) && !ADDING.has(tokens[i + 1]?.word ?? '')
  }
  return (analysis.firstClauseDenies = denies)
}

/**
 * The negators that deny a clause's verb: not a privative or a lack ("Syndicats sans frontières", "workers without
 * contracts", "la falta de formación"), which says something of a noun.
 */
const DENIERS = new Set([...NEGATORS].filter((word) => !PRIVATIVES.has(word) && !LACKING.has(word)))
/** What follows a negator that adds rather than denies: "not only", "no solo", "non seulement". */
const ADDING: ReadonlySet<string> = new Set(['only', 'solo', 'solamente', 'seulement', 'just'])

/**
 * Whether a sentence opens by referring back to what the sentence before it named: "It will address the handover",
 * "Elle sera soumise au comité de pilotage", "Esta se presentará al comité" (among its first three words). What it
 * goes on to say is said of that, not of something new.
 */
export function refersBack(sentence: string): boolean {
  return words(sentence)
    .slice(0, 3)
    .some((token) => BACK_REFERENCES.has(token.word))
}

/** Words that deny all of what they take up: "none of this", "nada de esto", "rien de cela", "aucune de ces". */
const NONE = new Set(['none', 'nothing', 'nada', 'ninguno', 'ninguna', 'rien', 'aucun', 'aucune'])
/** The project or its phase, as such a denial places it: "in this phase", "en esta fase", "dans ce projet". */
const PHASE_OR_PROJECT = new Set([...PROJECT_NOUNS, 'phase', 'fase', 'grant', 'subvencion'])

/**
 * Whether the words deny all of what they take up in this phase or project: "Nada de esto se ejecuta en esta fase de
 * nueve meses", "None of this is funded under this project". ("None of this would be possible without the project"
 * weighs, it denies nothing.)
 */
function noneOfItInThisPhase(words: readonly string[]): boolean {
  const none = words.findIndex((word) => NONE.has(word))
  if (none === -1 || none > 2 || !OF.has(words[none + 1] ?? '') || !BACK_REFERENCES.has(words[none + 2] ?? '')) return false
  return words.some((word) => PHASE_OR_PROJECT.has(word)) && !words.some((word) => WITHOUT.has(word))
}

const OF = new Set(['of', 'de', 'des', 'du', 'del'])
/** "Without", which makes a denial a condition: "none of this would be possible without the unions". */
const WITHOUT = new Set(['without', 'sin', 'sans'])

/** Whether the words negate belonging to the project: "are not part of this proposal", "ne font pas partie du projet", "are not project activities". */
function disownsIt(words: readonly string[]): boolean {
  return words.some(
    (word, i) =>
      BELONGING.has(word) &&
      words.slice(Math.max(0, i - 4), i).some((before) => NEGATORS.has(before) || before === 'ne') &&
      words.slice(Math.max(0, i - 1), i + 5).some((near) => PROJECT_NOUNS.has(near)),
  )
}

/** Whether the clause of `text[start, end)` weighs an option ("se analizó la posibilidad de…", "… avait été envisagé"). */
export function weighsAnOption(text: string, start: number, end: number): boolean {
  const analysis = analysisOf(text)
  const [clauseStart, clauseEnd] = clauseAround(analysis, start, end)
  return anyIn(analysis.weighing, firstAtLeast(analysis.starts, clauseStart), firstAtLeast(analysis.starts, clauseEnd))
}

/** What points at the list a lead-in opens: "the following", "les activités suivantes", "las siguientes", "below". */
const POINTING_FORWARD = new Set(['following', 'below', 'suivant', 'suivants', 'suivante', 'suivantes', 'dessous', 'apres', 'siguiente', 'siguientes', 'continuacion'])

/** Words that point forward only after "ci": "ci-après", "ci-dessous". */
const AFTER_CI = new Set(['apres', 'dessous'])

/**
 * Whether a list's lead-in turns down what it points at: "The following would be added, but only if additional funds
 * are mobilised:", "Les activités suivantes ne figurent dans aucun des deux scénarios budgétisés :", "No se incluyen
 * las siguientes actividades:", "Il ne couvrira pas :". The list's items are then no plan, whatever they name. The lead-in
 * ends with a colon, and its word that points forward is read as a mention: negated, deferred or under a condition not
 * yet met. Without such a word, its last verb is, when it is one of what a project takes on (`TAKING_ON`).
 */
export function turnsDownWhatFollows(leadIn: string): boolean {
  const trimmed = leadIn.trimEnd()
  if (!trimmed.endsWith(':')) return false
  const {tokens} = analysisOf(trimmed)
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!
    // "ci-après", "ci-dessous": the two words point forward together.
    if (AFTER_CI.has(token.word) && tokens[i - 1]?.word !== 'ci') continue
    if (POINTING_FORWARD.has(token.word)) return isNegated(trimmed, token.start, token.end)
  }
  // Or the lead-in ends with a negated verb of what the project takes on, whose object the list is: "Il ne couvrira
  // pas :", "The project will not cover:", "El proyecto no incluye:". (A lead-in negated otherwise may well open the
  // plan: "Data will not be collected by the project team alone:".)
  let last = tokens.length - 1
  while (last >= 0 && CLOSING_NEGATORS.has(tokens[last]!.word)) last--
  const verb = tokens[last]
  if (verb === undefined) return false
  // "The project will not:" closes on its negator.
  if (verb.word === 'not') return last > 0 && MODALS.has(tokens[last - 1]!.word)
  return TAKING_ON.has(verb.word) && isNegated(trimmed, verb.start, verb.end)
}

/** The negators that may close a clause after its verb: French "ne … pas", "ne … plus", "ne … jamais". */
const CLOSING_NEGATORS = new Set(['pas', 'plus', 'jamais'])

/** Verbs of what a project takes on, in their folded forms: "cover", "couvrira", "incluye", "financiará". */
const TAKING_ON = new Set([
  'cover', 'covers', 'include', 'includes', 'fund', 'funds', 'finance', 'finances', 'address', 'comprise', 'undertake', 'provide', 'do',
  'couvre', 'couvrent', 'couvrira', 'couvriront', 'inclut', 'incluent', 'inclura', 'incluront', 'comprend', 'comprennent', 'comprendra',
  'financent', 'financera', 'financeront', 'traite', 'traitera', 'aborde', 'abordera', 'prevoit', 'prevoira', 'fera', 'feront',
  'cubre', 'cubren', 'cubrira', 'cubriran', 'incluye', 'incluyen', 'incluira', 'incluiran', 'financia', 'financian', 'financiara', 'financiaran',
  'abarca', 'abarcara', 'contempla', 'contemplan', 'contemplara', 'comprende', 'comprendera', 'aborda', 'abordara', 'atendera', 'preve', 'hara', 'haran',
])

/**
 * Whether a heading puts what its section says under a condition not yet met: "If additional funds are mobilised",
 * "Si des fonds supplémentaires sont mobilisés", "Actividades sujetas a financiamiento adicional". Only a condition: a
 * negated heading ("No one left behind: gender and inclusion") may well head the plan.
 */
export function isConditionalHeading(heading: string): boolean {
  const {tokens, unmetConditions} = analysisOf(heading)
  // A heading's brackets say what its section is: "Componente 4 – Ventanilla conjunta (solo en el Escenario A)".
  return unmetConditions.length > 0 || tokens.some((_, i) => scenarioOnlyAt(tokens, i))
}

/**
 * Verbs that report what someone put forward, in their folded forms: "FESTRAS proposed adding a line…", "Verónica
 * Andrade propuso que el proyecto…", "Se propuso encargar un diagnóstico", "Sofía Herrera suggested inviting…".
 */
const PROPOSING = new Set([
  'proposed', 'suggested', 'recommended', 'requested', 'urged', 'asked',
  'propuso', 'propusieron', 'sugirio', 'sugirieron', 'planteo', 'plantearon', 'pidio', 'pidieron', 'recomendo', 'recomendaron', 'solicito', 'solicitaron',
])
/** French reports them after an auxiliary ("La CNTB a proposé", "ont suggéré", "il a été proposé de"), as participles that are present tense too. */
const PROPOSING_PARTICIPLES = new Set(['propose', 'proposee', 'proposes', 'suggere', 'suggeree', 'recommande', 'demande', 'plaide'])
const PERFECT_AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'ete'])

/**
 * Whether a sentence reports a proposal someone made: a verb of proposing in the past ("proposed", "propuso", "a
 * proposé"), not the participle that qualifies a noun ("the proposed course", "le cours proposé").
 */
export function reportsAProposal(text: string): boolean {
  const tokens = analysisOf(text).tokens
  return tokens.some((token, i) => {
    if (PROPOSING.has(token.word)) return !DETERMINERS.has(tokens[i - 1]?.word ?? '')
    return PROPOSING_PARTICIPLES.has(token.word) && tokens.slice(Math.max(0, i - 3), i).some((before) => PERFECT_AUXILIARIES.has(before.word))
  })
}

/** What a project is cut into: "phase", "fase", "stage", "étape", "etapa" (folded). */
const PHASE_NOUNS = new Set(['phase', 'phases', 'fase', 'fases', 'stage', 'etape', 'etapa'])
/** Words that put a phase after this project, before the noun: "a possible second phase", "une éventuelle seconde phase", "una eventual tercera fase". */
const LATER_BEFORE = new Set([
  'possible', 'future', 'later', 'subsequent', 'next', 'eventual', 'potential', 'further',
  'eventuelle', 'eventuel', 'prochaine', 'ulterieure', 'nouvelle', 'futura', 'proxima', 'posterior', 'nueva', 'eventual',
])
/** Ordinals that may stand between: "a possible second phase". */
const ORDINALS = new Set(['second', 'third', 'seconde', 'deuxieme', 'troisieme', 'segunda', 'tercera'])
/** Numbers after a phase noun that come after a second phase: "Phase III", "fase 3", "phase three". */
const LATER_NUMBERS = new Set(['iii', 'iv', 'v', '3', '4', '5', 'three', 'four', 'five', 'trois', 'quatre', 'cinq', 'tres', 'cuatro', 'cinco'])
/** Words that put a phase after this project, after the noun: "une phase ultérieure", "la fase siguiente". */
const LATER_AFTER = new Set(['ulterieure', 'suivante', 'posterior', 'siguiente', 'futura', 'future'])
/**
 * What sets a later phase as the time of a deferred thing: "in a future phase", "lors d'une éventuelle seconde phase",
 * "en una eventual tercera fase", "fera l'objet d'une phase ultérieure".
 */
const DEFERRING = new Set(['in', 'during', 'into', 'until', 'for', 'en', 'lors', 'dans', 'pendant', 'pour', 'durante', 'hasta', 'para', 'subject', 'objet', 'objeto'])
/** Articles and demonstratives before a later phase: "in a future phase", "en esa fase posterior", "dans cette phase ultérieure". */
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'une', 'un', 'la', 'le', 'de', 'd', 'du', 'ce', 'cet', 'cette', 'una', 'un', 'el', 'del', 'este', 'esta', 'ese', 'esa',
])
/**
 * Verbs that move something into a later phase, by their folded stems: "postponed to", "carried over to", "reporté à",
 * "se trasladará a una eventual segunda fase", "se incorpore al diseño de una eventual segunda fase"; or leave it for one:
 * "left for a second phase", "lo dejamos para una segunda fase", "laissé pour une seconde phase". A later phase the
 * clause serves ("will inform the design of a possible second phase") is not moved into. What "relèvera d'une phase
 * ultérieure" belongs to is moved there too.
 */
const MOVING_INTO = /^(?:defer|postpon|moved?$|moving$|shift|carr(?:y|ied)$|transfer|incorpor|integr|reporte|renvo|relev|trasla|aplaz|pospo|difer|left$|leav|kept$|keep|reserv|laiss|dej|qued)/u
/**
 * Of those, the verbs that only put off, never carry forward: "relèvera d'une seconde phase", "postponed to the second
 * phase", "queda para una segunda fase". Lessons "integrated into the second phase" may go to this project's own.
 */
const PUTTING_OFF = /^(?:defer|postpon|reporte|renvo|relev|trasla|aplaz|pospo|difer|left$|leav|kept$|keep|reserv|laiss|dej|qued)/u
/** How far before a later phase its moving verb may be: "se incorpore al diseño de una eventual segunda fase". */
const MOVING_REACH = 6

/**
 * The later phases something is deferred to: a phase after this project ("a possible second phase", "une
 * phase ultérieure") that sets the clause's time ("… se atenderá en una eventual tercera fase", "… will be
 * explored in a future phase") or is its subject ("A possible second phase could bring in the Ministry of
 * Interior"). What a clause says of such a phase is no plan of this project. A later phase that something
 * serves ("an evaluation will inform a possible second phase") defers nothing.
 */
function laterPhases(tokens: readonly Token[], clauseStarts: readonly number[]): number[] {
  const found: number[] = []
  tokens.forEach((token, i) => {
    if (!PHASE_NOUNS.has(token.word)) return
    // "Phase III", "phase 3": a phase numbered after the second may be this project's own ("Phase 3 (months 13–24):
    // roll-out"), so only what is put off or weighed into it is deferred: "se considerará en una Fase III", "sera
    // envisagée en phase 3", "left to phase three".
    if (LATER_NUMBERS.has(tokens[i + 1]?.word ?? '')) {
      const k = determinersBefore(tokens, i)
      const clauseStart = clauseStarts[firstAtLeast(clauseStarts, tokens[k + 1]!.start + 1) - 1] ?? 0
      if (k >= 0 && (movedInto(tokens, k, clauseStart, PUTTING_OFF) || movedInto(tokens, k, clauseStart, WEIGHING_VERB))) found.push(k + 1)
      return
    }
    let first = i
    // "in the second phase" may be this project's own; "moved into a second phase" never is.
    let mustBeMovedInto = false
    if (isFollowUp(tokens, i)) {
      // "a follow-up phase", "a possible follow-on phase": a phase that follows this project.
      first = i - 2
      while (LATER_BEFORE.has(tokens[first - 1]?.word ?? '')) first--
    } else if (!LATER_AFTER.has(tokens[i + 1]?.word ?? '')) {
      const ordinal = ORDINALS.has(tokens[i - 1]?.word ?? '')
      first = ordinal ? i - 2 : i - 1
      // "a second phase, for which funding has not yet been identified", "une seconde phase, dont le financement reste à
      // mobiliser", "una tercera fase que será objeto de otra solicitud": a phase still to be funded comes after this
      // project. So does an ordinal phase something is moved into ("relèvera d'une seconde phase"), checked below.
      if (ordinal && !LATER_BEFORE.has(tokens[first]?.word ?? '')) {
        first = i - 1
        mustBeMovedInto = !stillUnfunded(tokens, i)
      } else if (!LATER_BEFORE.has(tokens[first]?.word ?? '')) return
    }
    // The words before the phrase: its determiners, then what sets it (a preposition) or the clause start.
    const k = determinersBefore(tokens, first)
    const clauseStart = clauseStarts[firstAtLeast(clauseStarts, tokens[k + 1]!.start + 1) - 1] ?? 0
    if (mustBeMovedInto) {
      if (k >= 0 && (movedInto(tokens, k, clauseStart, PUTTING_OFF) || mayBeWeighed(tokens, k, clauseStart))) found.push(k + 1)
      return
    }
    if (k < 0 || tokens[k]!.end <= clauseStart || DEFERRING.has(tokens[k]!.word) || partOf(tokens, k) || movedInto(tokens, k, clauseStart)) found.push(k + 1)
  })
  return found
}

/** Nouns of a part, that put what they say into a later phase: "would be part of a possible second phase", "fera partie d'une phase ultérieure". */
const PART = new Set(['part', 'partie', 'parte'])

/**
 * Whether the word before a later phase's determiners makes it part of that phase: "part of" ("de", "d'" are
 * determiners, so French and Spanish give the noun itself: "partie d'une", "parte de una").
 */
function partOf(tokens: readonly Token[], k: number): boolean {
  return PART.has(tokens[k]!.word) || (tokens[k]!.word === 'of' && PART.has(tokens[k - 1]?.word ?? ''))
}

/** The index of the word before the (at most two) determiners before token `first`: "d'une seconde phase" → "relèvera". */
function determinersBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1
  while (k >= 0 && first - k <= 2 && DETERMINERS.has(tokens[k]!.word)) k--
  return k
}

/** Whether the phase noun at `phase` is a follow-up's: "follow-up phase", "follow-on phase". */
function isFollowUp(tokens: readonly Token[], phase: number): boolean {
  return tokens[phase - 2]?.word === 'follow' && (tokens[phase - 1]?.word === 'up' || tokens[phase - 1]?.word === 'on')
}

/** How far after a phase its funding may be said not to be found yet: "a second phase (2028–2030), for which funding has not yet been identified". */
const UNFUNDED_REACH = 14
/** What says money is not found yet, after the money word or before it: "not yet", "reste à mobiliser", "todavía no cuenta con". */
const NOT_YET = /^(?:yet|encore|mobiliser|rechercher|todavia|aun)$/u

/** Whether the words after a phase say its funding is still to be found. */
function stillUnfunded(tokens: readonly Token[], phase: number): boolean {
  const window = tokens.slice(phase + 1, phase + 1 + UNFUNDED_REACH)
  if (window.some((token, k) => ANOTHER.has(token.word) && REQUESTS.has(window[k + 1]?.word ?? ''))) return true
  return window.some((token) => MONEY.has(token.word)) && window.some((token) => NOT_YET.test(token.word))
}

/** "Another" and "separate", before what asks for money: "qui fera l'objet d'une autre demande", "objeto de otra solicitud". */
const ANOTHER = new Set(['another', 'separate', 'autre', 'nouvelle', 'otra', 'nueva'])
/** What asks a funder for money. */
const REQUESTS = new Set(['request', 'proposal', 'application', 'submission', 'demande', 'requete', 'proposition', 'soumission', 'solicitud', 'propuesta', 'postulacion'])

/** Money, as a condition speaks of it: "if additional funding is secured", "si des fonds supplémentaires sont mobilisés". */
const MONEY = new Set(['funding', 'funds', 'financing', 'resources', 'budget', 'financement', 'financements', 'fonds', 'ressources', 'financiamiento', 'financiacion', 'fondos', 'recursos', 'presupuesto'])
/** What makes money a condition not yet met: more of it, found, or allowing ("if the final budget leaves room", "si le budget laisse une marge"). */
const NOT_YET_FOUND = /^(?:additional|new|further|secured|obtained|found|raised|mobili[sz]ed|available|allows?|permits?|room|marge|margen|additionnels?|supplementaires|nouveaux|obtenus?|trouves?|mobilises?|disponibles?|permet(?:tent)?|adicionales?|nuevos?|consigue|consiguen|conseguimos|obtiene|obtienen|obtenemos|logra|logran|logramos|moviliza|movilizan|movilizamos|permite|permiten|obtenons|trouvons|mobilisons|secure|obtain|raise)$/u
/** How many words apart the "if", the money and what makes it a condition may stand: "Si se consigue financiamiento", "If funding for a second phase is secured". */
const CONDITION_REACH = 6
/** How far after its "if" a condition may name a later phase: "Should the pilot be scaled up in a second phase". */
const PHASE_CONDITION_REACH = 10

/**
 * Conditions not yet met: money not yet found ("if additional funding is secured", "si des fonds supplémentaires
 * sont mobilisés", "Si se consigue financiamiento para una segunda fase", "if funds allow", "subject to funding",
 * "sous réserve de financement"), or a phase after this one ("Should the pilot be scaled up in a second phase, …",
 * "Si une deuxième phase est approuvée, …"). What the rest of the clause says under such a condition is not
 * planned. A condition on money the project has ("if funds are delayed") is none. "Should" opens a condition when
 * it opens the sentence.
 */
function unmetConditions(tokens: readonly Token[], text: string): number[] {
  const found: number[] = []
  tokens.forEach((token, i) => {
    // "Under Scenario A only, trainers would also receive…", "Solo en el Escenario A: contratación de…": one scenario of
    // several is no plan of the project. A scenario in brackets qualifies a phrase, not its clause ("in Doha (Scenario A only)").
    if (scenarioOnlyAt(tokens, i) && !/\(\s*$/u.test(text.slice(Math.max(0, token.start - 3), token.start))) {
      found.push(i)
      return
    }
    // "Subject to funding", "sous réserve de financement", "sujeta a la obtención de nuevos recursos": money to be found.
    const subjectTo = subjectToAt(tokens, i)
    if (subjectTo > 0) {
      if (tokens.slice(i + subjectTo, i + subjectTo + CONDITION_REACH).some((each) => MONEY.has(each.word))) found.push(i)
      return
    }
    if (token.word !== 'if' && token.word !== 'si' && !(token.word === 'should' && i === 0)) return
    const window = tokens.slice(i + 1, i + 1 + PHASE_CONDITION_REACH).map((each) => each.word)
    const laterPhase = window.some((word, k) => PHASE_NOUNS.has(word) && k > 0 && (ORDINALS.has(window[k - 1]!) || LATER_BEFORE.has(window[k - 1]!)))
    if (laterPhase) {
      found.push(i)
      return
    }
    if (leftToSomeonesJudgement(window)) {
      found.push(i)
      return
    }
    const money = window.slice(0, CONDITION_REACH).findIndex((word) => MONEY.has(word))
    if (money === -1) return
    const around = window.slice(Math.max(0, money - 3), Math.min(money + 4, CONDITION_REACH))
    if (around.some((word) => NOT_YET_FOUND.test(word))) found.push(i)
  })
  return found
}

/**
 * Whether the words after an "if" leave the matter to someone's judgement: "Si ISCOD lo considera necesario", "si
 * l'Institut le juge utile", "if the donor deems it necessary", "should the Ministry so decide". What such a condition
 * governs is offered, not planned. A need alone ("if needed", "si nécessaire") names no one who decides, and is none.
 */
function leftToSomeonesJudgement(window: readonly string[]): boolean {
  return window.slice(0, JUDGEMENT_REACH).some((word, k) => {
    if (SO.has(window[k - 1] ?? '') && DECIDING.test(word)) return true
    return JUDGING.test(word) && window.slice(k + 1, k + 4).some((next) => JUDGEMENTS.has(next))
  })
}

/** How many words after its "if" a judgement may end: "Si l'Institut Belleville le juge utile". */
const JUDGEMENT_REACH = 8
/** Verbs of judging, by their folded stems: "deems", "considers", "juge", "estime", "considera", "estima". */
const JUDGING = /^(?:deem|consider|judge|find|think|juge|jugent|jugera|estime|estiment|considere|considerent|trouve|considera|consideran|estima|estiman|juzga|juzgan|cree|creen)/u
/** What they judge it: "necessary", "useful", "appropriate", "utile", "opportun", "necesario", "conveniente". */
const JUDGEMENTS = new Set(['necessary', 'useful', 'appropriate', 'relevant', 'advisable', 'needed', 'worthwhile', 'utile', 'utiles', 'necessaire', 'necessaires', 'opportun', 'opportune', 'pertinent', 'pertinente', 'souhaitable', 'necesario', 'necesaria', 'util', 'oportuno', 'oportuna', 'conveniente'])
/** "So" before a verb of deciding: "should the Ministry so decide", "if the donor so wishes". */
const SO = new Set(['so'])
const DECIDING = /^(?:decide|decides|wish|wishes|choose|chooses|request|requests|agree|agrees)$/u

/**
 * Where the first condition on money or on a later phase not yet met starts in a text ("si se movilizan fondos
 * adicionales", "if additional funding is secured"), or -1. A restriction to one scenario ("solo en el Escenario A") is
 * none of these.
 */
export function firstUnmetCondition(text: string): number {
  const {tokens, unmetConditions} = analysisOf(text)
  const first = unmetConditions.find((i) => !scenarioOnlyAt(tokens, i))
  return first === undefined ? -1 : tokens[first]!.start
}

/** A funding scenario, as a text sets out several: "Scenario A – full funding", "Escenario B", "scénario B". */
const SCENARIO = new Set(['scenario', 'scenarios', 'escenario', 'escenarios'])
/** What may stand between "only" and its scenario: "only in Scenario A", "solo en el Escenario A", "uniquement dans le scénario A". */
const BEFORE_SCENARIO = new Set(['in', 'under', 'with', 'for', 'the', 'en', 'el', 'dans', 'le', 'du', 'con', 'para', 'pour', 'del', 'de'])

/**
 * Whether token `i` restricts what it qualifies to one funding scenario: "only" before it ("only in Scenario A", "solo
 * en el Escenario A", "uniquement dans le scénario A") or after its label ("Scenario A only").
 */
function scenarioOnlyAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.word
  if (ONLY.has(word)) {
    let k = i + 1
    while (k < tokens.length && k - i <= 3 && BEFORE_SCENARIO.has(tokens[k]!.word)) k++
    return SCENARIO.has(tokens[k]?.word ?? '') && tokens[k + 1] !== undefined
  }
  return SCENARIO.has(word) && tokens[i + 2]?.word === 'only'
}

/** How many words "subject to" takes at token `i` ("subject to", "sous réserve de", "sujeta a"), or 0. */
function subjectToAt(tokens: readonly Token[], i: number): number {
  const [first, second, third] = [tokens[i]?.word, tokens[i + 1]?.word, tokens[i + 2]?.word]
  if (first === 'subject' && second === 'to') return 2
  if ((first === 'sujeto' || first === 'sujeta' || first === 'sujetos' || first === 'sujetas') && second === 'a') return 2
  if (first === 'sous' && second === 'reserve' && (third === 'de' || third === 'd')) return 3
  return 0
}

/** Whether the clause holds the condition whose "if" is token `at`, or comes right after it: "Si se consigue financiamiento…, se estudiará…". */
function underCondition(analysis: Analysis, at: number, clauseStart: number, clauseEnd: number): boolean {
  const token = analysis.tokens[at]!
  if (token.start >= clauseStart && token.start < clauseEnd) return true
  // A short label that is the condition governs what its colon opens: "Solo en el Escenario A: contratación de…",
  // "If funds allow: a second cohort of inspectors".
  const colon = analysis.firstColon
  if (colon !== -1 && colon <= LABEL_REACH && token.start < colon && clauseStart >= colon) return true
  // "…, but only if funds allow", "mais seulement si", "pero solo si": a restriction of the clause just before it.
  if (ONLY.has(analysis.tokens[at - 1]?.word ?? '') && clauseEnd <= token.start && analysis.tokens.slice(firstAtLeast(analysis.starts, clauseEnd), at).every((each) => RESTRICTING.has(each.word))) return true
  // Read from the "if", a fronted condition and the clause it governs are one: the condition reaches the mention's clause.
  const [conditionStart, conditionEnd] = clauseAround(analysis, token.start, token.end)
  return conditionStart < clauseStart && clauseStart < conditionEnd
}

/** "Only" before a condition's "if": the condition restricts what comes before it. */
const ONLY = new Set(['only', 'seulement', 'uniquement', 'solo', 'solamente', 'unicamente'])
/** What may join a clause to its restriction: "but only if", "mais uniquement si", "pero solo si". */
const RESTRICTING = new Set([...ONLY, 'but', 'mais', 'pero', 'and', 'et', 'y'])

/** Verbs that weigh something, by their folded stems: "considered", "explored", "envisagée", "estudiarse". */
const WEIGHING_VERB = /^(?:consider|explor|examin|envisag|studi|estudi|analy[sz]|analiz)/u
/** Modals of what only may happen: "may", "could", "pourra", "podría". */
const MAY = new Set(['may', 'might', 'could', 'pourra', 'pourront', 'pourrait', 'pourraient', 'podra', 'podran', 'podria', 'podrian'])

/**
 * Whether what comes before a later phase only may be weighed in it: "Gender training for partner institutions may be
 * considered in a second phase", "pourra être envisagée dans une seconde phase". Something that may be looked at
 * then is not planned now.
 */
function mayBeWeighed(tokens: readonly Token[], last: number, clauseStart: number): boolean {
  for (let k = last; k >= 0 && last - k < MOVING_REACH && tokens[k]!.start >= clauseStart; k--) {
    if (!WEIGHING_VERB.test(tokens[k]!.word)) continue
    return tokens.slice(Math.max(0, k - 3), k).some((token) => MAY.has(token.word) && token.start >= clauseStart)
  }
  return false
}

/** Whether a verb of the clause, at most `MOVING_REACH` words before `last`, moves something into the phase after it. */
function movedInto(tokens: readonly Token[], last: number, clauseStart: number, verbs = MOVING_INTO): boolean {
  for (let k = last; k >= 0 && last - k < MOVING_REACH && tokens[k]!.start >= clauseStart; k--) {
    if (verbs.test(tokens[k]!.word)) return true
  }
  return false
}

/** "And" and a possessive or article before a second name: "y su", "and its", "et ses". */
const NAME_OPENERS = new Set(['su', 'sus', 'its', 'their', 'the', 'ses', 'son', 'sa', 'leur', 'leurs', 'la', 'le', 'les', 'el', 'los', 'las'])
/** Small words inside a name: "Dirección General de Protección al Hondureño Migrante", "Department of Labour and Employment". */
const NAME_LINKS = new Set(['de', 'del', 'al', 'of', 'for', 'the', 'des', 'du', 'la', 'el', 'and', 'y', 'et', 'd', 'l'])
/** How many words a second name may have. */
const NAME_WORDS = 10

/**
 * Where the words after a mention go on, past a second body named with it as one subject: "and its" or "y su", then
 * a name in capitals. `first` when no such name follows.
 */
function afterCoordinatedName({tokens, text}: Analysis, first: number): number {
  if (!AND.has(tokens[first]?.word ?? '') || !NAME_OPENERS.has(tokens[first + 1]?.word ?? '')) return first
  let i = first + 2
  let capitals = 0
  while (i < tokens.length && i < first + 2 + NAME_WORDS) {
    const token = tokens[i]!
    if (/^\p{Lu}/u.test(text[token.start]!)) capitals++
    else if (!NAME_LINKS.has(token.word)) break
    i++
  }
  // The name ends with a capitalised word, not a link: "… al Hondureño Migrante no tendrán".
  while (i > first + 2 && NAME_LINKS.has(tokens[i - 1]!.word) && !/^\p{Lu}/u.test(text[tokens[i - 1]!.start]!)) i--
  return capitals > 0 ? i : first
}

/** Relative pronouns: a negation after one belongs to the relative clause. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'qui', 'que', 'dont', 'quien', 'quienes', 'cual', 'cuales'])
/** Relative pronouns that are never complementisers ("that"/"que" can be: "does not expect that the ITC-ILO..."). */
const STRICT_RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'qui', 'dont', 'quien', 'quienes', 'cual', 'cuales'])
/** After a comma, these open a new coordinated phrase: ", and many workers...", ", with a course". */
const NEW_PHRASE = new Set(['and', 'et', 'y', 'with', 'avec', 'con'])

/**
 * Which commas of a clause end a negator's reach, as next-stop tables: a
 * comma followed by "and"/"with" ends any negator's reach; inside a relative
 * clause, so does a comma that does not continue a list.
 */
function clauseOf(analysis: Analysis, clauseStart: number, clauseEnd: number): Clause {
  const key = `${clauseStart},${clauseEnd}`
  let clause = analysis.clauses.get(key)
  if (!clause) {
    const {commas, tokens, afterComma, starts, candidates} = analysis
    const first = firstAtLeast(commas, clauseStart)
    const count = firstAtLeast(commas, clauseEnd) - first
    const plain = new Int32Array(count)
    const inRelative = new Int32Array(count)
    for (let k = count - 1, nextPlain = -1, nextRelative = -1; k >= 0; k--) {
      const c = first + k
      const next = tokens[afterComma[c]!]
      const newPhrase = next !== undefined && next.end <= clauseEnd && NEW_PHRASE.has(next.word) && !closesAside(analysis, c, clauseStart)
      if (newPhrase) nextPlain = c
      if (newPhrase || !continuesList(analysis, c, clauseEnd)) nextRelative = c
      plain[k] = nextPlain
      inRelative[k] = nextRelative
    }
    const stops = {first, plain, inRelative}
    const firstCandidate = firstAtLeast(candidates, firstAtLeast(starts, clauseStart))
    const inClause = candidates.slice(firstCandidate, firstAtLeast(candidates, firstAtLeast(starts, clauseEnd)))
    const reaches = Int32Array.from(inClause, (i) =>
      negatorAt(analysis, i, clauseEnd) ? reachOf(analysis, stops, i, clauseStart, clauseEnd) : -1,
    )
    const plainReaches = reaches.map((reach, k) => (PRIVATIVES.has(tokens[inClause[k]!]!.word) ? -1 : reach))
    clause = {...stops, firstCandidate, reaches: new Reaches(reaches), plainReaches: new Reaches(plainReaches)}
    analysis.clauses.set(key, clause)
  }
  return clause
}

/** How many words an aside between two commas may have: ", therefore,", ", por lo tanto,", ", pour l'instant,". */
const ASIDE_WORDS = 3

/**
 * Whether comma number `c` closes a short aside that the comma before it opened: "El proyecto no cuenta, por tanto,
 * con una organización de empleadores". What follows goes on with the verb before the aside ("contar con"), not
 * with a new phrase.
 */
function closesAside({commas, afterComma, starts, tokens}: Analysis, c: number, clauseStart: number): boolean {
  if (c === 0 || commas[c - 1]! < clauseStart) return false
  const first = afterComma[c - 1]!
  const count = firstAtLeast(starts, commas[c]!) - first
  if (count < 1 || count > ASIDE_WORDS) return false
  // An aside is an adverb or a short phrase: ", and no budget," goes on with the list, and a negator is no aside.
  return tokens.slice(first, first + count).every((token) => !NEW_PHRASE.has(token.word) && !LIST_CONJUNCTIONS.has(token.word) && !MAY_NEGATE.has(token.word))
}

/** One past the index of the last token that ends within the clause ending at `clauseEnd`. */
function clauseWordEnd(analysis: Analysis, clauseEnd: number): number {
  const end = firstAtLeast(analysis.starts, clauseEnd)
  return end > 0 && analysis.tokens[end - 1]!.end > clauseEnd ? end - 1 : end
}

/**
 * The last token index of the clause where a predicate that puts what precedes it out of the project
 * starts ("... is not covered"), or -1. Once per clause: a mention is negated by such a predicate
 * after it when one starts at or after the mention's next word, and reading the rest of the clause
 * again for each mention of a long clause was quadratic. The pattern reads forward only, so whether
 * it matches at a word is the same in the rest of the clause as in the whole clause.
 */
function lastNotCovered(analysis: Analysis, clause: Clause, clauseStart: number, clauseEnd: number): number {
  if (clause.lastNotCovered !== undefined) return clause.lastNotCovered
  const first = firstAtLeast(analysis.starts, clauseStart)
  const end = clauseWordEnd(analysis, clauseEnd)
  const wordsOfClause = analysis.tokens.slice(first, end).map((token) => token.word)
  const joined = ` ${wordsOfClause.join(' ')} `
  let last = -1
  for (let k = wordsOfClause.length - 1, at = joined.length - 1; k >= 0 && last === -1; k--) {
    // `at` is the space before word k.
    at -= wordsOfClause[k]!.length + 1
    NOT_COVERED_AT.lastIndex = at
    if (NOT_COVERED_AT.test(joined)) last = first + k
  }
  clause.lastNotCovered = last
  return last
}

/**
 * Where a negator's reach ends. Commas alone do not end it: "without
 * coaching, mentoring or follow-up" negates all three. It ends at the clause
 * end; or at a comma followed by "and"/"with" (a new phrase: "often with no
 * witnesses, and live-in workers..."); at the next comma for a contrast
 * (", not X,") and "instead of X,"; and, inside a relative clause, at the
 * first comma that does not continue a list ("young people who are not in
 * employment, education or training, with a preparation course").
 */
function reachOf(analysis: Analysis, clause: Pick<Clause, 'first' | 'plain' | 'inRelative'>, i: number, clauseStart: number, clauseEnd: number): number {
  const {text, tokens, commas, lastRelative} = analysis
  const token = tokens[i]!
  // A negator inside an aside ("the standards — no fees to workers, licensing — from the Convention") ends with it.
  const aside = analysis.dashAsides.length > 0 ? dashAsideAt(analysis, token.start) : undefined
  if (aside) clauseEnd = Math.min(clauseEnd, aside[1])
  clauseEnd = Math.min(clauseEnd, relativeClauseEnd(analysis, i, clauseStart, clauseEnd))
  const c = firstAtLeast(commas, token.end)
  if (c >= commas.length || commas[c]! >= clauseEnd) return clauseEnd
  const contrast = token.word === 'instead' || (token.word === 'not' && commaBefore(text, token.start))
  if (contrast) return commas[c]!
  const relative = tokens[lastRelative[i]!]
  const inRelative = (relative !== undefined && relative.start >= clauseStart) || modifiesTheNounBefore(tokens, i, clauseStart)
  const stops = inRelative ? clause.inRelative : clause.plain
  const stop = stops[c - clause.first]!
  return stop === -1 ? clauseEnd : commas[stop]!
}

/** Modals that open the main clause's predicate after a relative clause: "A consultant who was not involved will lead…". */
const MAIN_MODALS = new Set(['will', 'shall', 'would', 'must'])
/** Verbs of carrying out a task, after "to" or "de": "to carry out an evaluation", "de faire une évaluation" (folded). */
const TASK_VERBS = new Set([
  'carry', 'conduct', 'undertake', 'do', 'lead', 'write', 'perform', 'review', 'assess', 'evaluate', 'run', 'deliver', 'prepare', 'facilitate', 'oversee',
  'faire', 'realiser', 'conduire', 'mener', 'effectuer', 'rediger', 'evaluer', 'animer', 'assurer', 'diriger', 'preparer', 'superviser',
])
/** A French verb in the future, as a main clause's predicate after a relative clause: "réalisera", "conduira", "fera", "mèneront". */
const FRENCH_FUTURE = /^\p{L}+(?:era|ira|eront|iront)$/u

/**
 * Where a relative clause that holds the negator `i` ends before its clause does, or the clause end: at the main
 * clause's predicate that follows it ("A consultant who was not involved in the project will lead the final
 * evaluation", "un consultant qui n'a pas participé à la mise en œuvre réalisera l'évaluation finale"), or at the task
 * its antecedent is asked to carry out ("ask someone who is not part of our association to carry out an evaluation",
 * "demander à une personne qui ne fait pas partie de l'association de faire une évaluation"). What the relative clause
 * negates is its own: someone independent of the project, not the evaluation.
 */
function relativeClauseEnd(analysis: Analysis, i: number, clauseStart: number, clauseEnd: number): number {
  const {tokens, lastRelative} = analysis
  const relative = tokens[lastRelative[i]!]
  if (relative === undefined || relative.start < clauseStart || !STRICT_RELATIVES.has(relative.word) || lastRelative[i] === 0) return clauseEnd
  // The next stop after the negator, read from a table made once per text: a clause may hold thousands of negators.
  const {next, kind} = relativeStops(analysis)
  let k = next[i + 1]!
  // A French future right after the negator is the relative clause's own verb ("qui ne fera pas …").
  if (k === i + 1 && kind[k] === FUTURE_STOP) k = next[i + 2] ?? tokens.length
  if (k >= tokens.length || tokens[k]!.start >= clauseEnd || kind[k] === RELATIVE_STOP) return clauseEnd
  return tokens[k]!.start
}

/** What a token is to a relative clause's reach: another relative, the main clause's predicate or task, or a French future. */
const RELATIVE_STOP = 1
const PREDICATE_STOP = 2
const FUTURE_STOP = 3

/** For each token, the first token at or after it that may end a relative clause's reach, and what each token is. */
function relativeStops(analysis: Analysis): {next: Int32Array; kind: Int8Array} {
  if (analysis.relativeStops) return analysis.relativeStops
  const {tokens} = analysis
  const kind = new Int8Array(tokens.length)
  const next = new Int32Array(tokens.length + 1)
  next[tokens.length] = tokens.length
  for (let k = tokens.length - 1; k >= 0; k--) {
    const {word} = tokens[k]!
    const task = (word === 'to' || word === 'de' || word === 'd') && TASK_VERBS.has(tokens[k + 1]?.word ?? '')
    kind[k] = RELATIVES.has(word) ? RELATIVE_STOP : MAIN_MODALS.has(word) || task ? PREDICATE_STOP : FRENCH_FUTURE.test(word) ? FUTURE_STOP : 0
    next[k] = kind[k] !== 0 ? k : next[k + 1]!
  }
  return (analysis.relativeStops = {next, kind})
}

/** How many words a string of words joined by spaces holds. */
function countWords(joined: string): number {
  return joined.trim() === '' ? 0 : joined.trim().split(' ').length
}

/**
 * Whether a predicate that puts something out of the project, starting at token `predicate` after the mention (which
 * ends at `mentionEnd`, its next token `first`), belongs to a restrictive relative clause of another noun: "nous allons demander à une personne qui ne
 * fait pas partie de l'association", "we will ask someone who is not part of our team". It says that person is
 * independent; the mention stands. Not so a relative right after the mention ("trainings that are not part of the
 * project"), one after a comma, which may take up the whole phrase the mention is in ("the Foreign Employment Board,
 * which is not a partner"), one inside brackets, or a question word after "and" ("whether it will be published, and
 * who will keep it, is still to be agreed").
 */
function ofAnotherNounsRelative(analysis: Analysis, mentionEnd: number, first: number, predicate: number): boolean {
  // The relative nearest the predicate is the one whose clause it ends (read from `lastRelative`, not by scanning).
  const r = analysis.lastRelative[predicate] ?? -1
  if (r <= first) return false
  const {text, tokens} = analysis
  if (LIST_CONJUNCTIONS.has(tokens[r - 1]!.word) || /[,;([]/u.test(text.slice(tokens[r - 1]!.end, tokens[r]!.start))) return false
  // Inside brackets opened after the mention: more opened than closed between them (counted by bisection).
  const closings = (analysis.closings ??= positionsOf(text, ')'))
  const opened = firstAtLeast(analysis.brackets, tokens[r]!.start) - firstAtLeast(analysis.brackets, mentionEnd)
  const closed = firstAtLeast(closings, tokens[r]!.start) - firstAtLeast(closings, mentionEnd)
  return opened <= closed
}

/** Where a character stands in a text, ascending. */
function positionsOf(text: string, char: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) found.push(at)
  return found
}

/** What stands before an English "not" that negates a verb: auxiliaries, "to", adverbs, conjunctions ("will also not", "and not"). */
const BEFORE_VERBAL_NOT = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'do', 'does', 'did', 'have', 'has', 'had', 'need', 'needs', 'ought', 'to', 'also', 'still', 'yet', 'often', 'always',
  'therefore', 'thus', 'hence', 'however', 'perhaps', 'then', 'now', 'as', 'than', 'and', 'or', 'nor', 'but', 'if', 'whether',
  'why', 'though', 'although', 'because', 'so', 'that', 'it', 'this', 'these', 'those', 'we', 'they', 'i', 'you',
])

/**
 * Whether an English "not" follows a noun and so negates only what it adds to that noun, as a relative clause
 * would: "a trade not traditional for their sex, disaggregated by sex", "young people not in employment,
 * education or training, by sex". A verb's "not" follows an auxiliary, an adverb or "to".
 */
function modifiesTheNounBefore(tokens: readonly Token[], i: number, clauseStart: number): boolean {
  if (tokens[i]!.word !== 'not') return false
  const before = tokens[i - 1]
  return before !== undefined && before.start >= clauseStart && !BEFORE_VERBAL_NOT.has(before.word) && !/(?:ly|'s|'re|'ll|'d)$/u.test(before.word)
}

/** Whether only whitespace stands between a comma and `at` (", not X"). */
function commaBefore(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && /\s/u.test(text[i]!)) i--
  return text[i] === ','
}

/** Analyses of recent texts: a sentence's mentions are judged one after another, and rules ask again about the same sentences. */
const analyses = new RecentTexts<Analysis>(5_000)

function analysisOf(text: string): Analysis {
  return analyses.get(text, analyse)
}

/**
 * The clause of `text` holding `[start, end)`, as `[clauseStart, clauseEnd)`: clauses end at
 * `. ; : ! ?` and at contrastive conjunctions, and a fronted subordinate clause at its comma.
 */
export function clauseBounds(text: string, start: number, end: number): [number, number] {
  return clauseAround(analysisOf(text), start, end)
}

/**
 * Where a mention related to `[start, end)` at the clause unit may lie: it ends after the last clause boundary
 * at or before `start` (a mention before it is related when the span starts inside its clause, which never
 * reaches past a boundary), and starts before the end of the span's own clause.
 */
export function clauseReach(text: string, start: number, end: number): [number, number] {
  const analysis = analysisOf(text)
  const before = firstAtLeast(analysis.boundaryAts, start + 1) - 1
  return [before >= 0 ? analysis.boundaryAts[before]! : -1, clauseAround(analysis, start, end)[1]]
}

/** The words of a text (lowercase, accents removed, French elisions restored), with their offsets: the core's one tokenizer. */
export function words(text: string): ReadonlyArray<Readonly<Token>> {
  return analysisOf(text).tokens
}

/**
 * The index in `words(text)` of the first word that starts at or after
 * `offset` (the number of words when none does). By bisection: rules ask
 * about the words around each mention, and a sentence may hold thousands of
 * mentions, so scanning its words for each would be quadratic.
 */
export function wordIndexFrom(text: string, offset: number): number {
  return firstAtLeast(analysisOf(text).starts, offset)
}

/** The index in `words(text)` of the last word that ends at or before `offset` (-1 when none does), by bisection. */
export function wordIndexBefore(text: string, offset: number): number {
  return firstAtLeast(analysisOf(text).ends, offset + 1) - 1
}

/**
 * "Gender will not be a separate component, but rather cut across both", "la perspectiva de género
 * no será un componente aparte, sino que atravesará…": a corrective "not A but B" denies what is
 * said of the mention, not the mention itself.
 */
const CORRECTIVE = /^[\s,]*(?:sino|but rather|but instead|mais plutôt|mais bien)\b/iu

function correctedAfter(text: string, clauseEnd: number): boolean {
  return CORRECTIVE.test(text.slice(clauseEnd))
}

/**
 * Whether a negator governs `text[start, end)` within its clause. A mention inside an aside between dashes
 * is negated also when the aside is: "L'ancrage du programme — bureau de l'OIT en Haïti ou Équipe d'appui
 * technique de San José — n'est pas prévu".
 */
export function isNegated(text: string, start: number, end: number): boolean {
  if (negatedInClause(text, start, end) || deniedByItsValue(text, end)) return true
  const analysis = analysisOf(text)
  const aside = analysis.dashAsides.length > 0 ? dashAsideAt(analysis, start) : undefined
  if (aside === undefined || end > aside[1]) return false
  // What follows the aside is said of it when it goes on with the predicate, not with a coordinated phrase
  // ("two partners — the ministry and the union — and not the employers").
  const next = analysis.tokens[firstAtLeast(analysis.starts, aside[1])]
  return next !== undefined && !NEW_PHRASE.has(next.word) && !ANSWERING.has(next.word) && !OR_WORDS.has(next.word) && negatedInClause(text, aside[0], aside[1] + 1)
}

/**
 * Whether a mention in a short label is denied by the value its colon opens: "syndicats : pas encore contactés",
 * "ECAM: not yet approached", "Sindicatos: todavía no". A note's line states of its label what a verb would.
 */
function deniedByItsValue(text: string, end: number): boolean {
  const {tokens, starts, firstColon: colon} = analysisOf(text)
  if (colon === -1 || end > colon || colon > LABEL_REACH) return false
  const first = firstAtLeast(starts, colon)
  if (first > LABEL_WORDS) return false
  const [value, next] = [tokens[first]?.word, tokens[first + 1]?.word ?? '']
  if (value === undefined || NOT_NEGATING_NEXT.has(next) || COMPARATIVES.has(next)) return false
  // "Convention: No. 188", "Target: no-cost extension".
  if (value === 'no' && /^-\p{L}|^\.?\s*\d/u.test(text.slice(tokens[first]!.end))) return false
  return LABEL_DENIALS.has(value) || (STILL.has(value) && next === 'no')
}

/** How long a label may be: characters before its colon, and words. */
const LABEL_REACH = 60
const LABEL_WORDS = 5
/** What a denying value opens with. */
const LABEL_DENIALS = new Set(['pas', 'not', 'no', 'none', 'aucun', 'aucune', 'ningun', 'ninguna', 'ninguno', 'nunca', 'jamais', 'never'])
/** "todavía no", "aún no". */
const STILL = new Set(['todavia', 'aun'])

/** "or" in the three languages: what follows it is another alternative. */
const OR_WORDS = new Set(['or', 'ou', 'o'])

function negatedInClause(text: string, start: number, end: number): boolean {
  const analysis = analysisOf(text)
  const {tokens, starts, ends, lastStrictRelative, candidates} = analysis
  const [clauseStart, clauseEnd] = clauseAround(analysis, start, end)
  const clause = clauseOf(analysis, clauseStart, clauseEnd)

  // The negators of the clause before the mention start at or after the clause and end before the mention.
  const last = firstAtLeast(ends, start + 1) - 1
  // A relative pronoun between a negator and the mention puts the mention in a relative clause of what is
  // negated ("no link to the tax regimes which traders use"): only negators after the last one count.
  const from = Math.max(firstAtLeast(starts, clauseStart), last >= 0 ? lastStrictRelative[last]! + 1 : 0)
  const low = firstAtLeast(candidates, from) - clause.firstCandidate
  const high = firstAtLeast(candidates, last + 1) - 1 - clause.firstCandidate
  // The nearest negator that governs the mention decides...
  const nearest = low <= high ? clause.reaches.lastAtLeast(low, high, end) : -1
  if (nearest !== -1) {
    if (!PRIVATIVES.has(tokens[candidates[clause.firstCandidate + nearest]!]!.word)) return !deniesOnlyItsSeparatePart(analysis, end, clauseEnd)
    // ...unless it is a "without", which another negator farther back cancels: "No workshop will run without coaching".
    return clause.plainReaches.lastAtLeast(low, nearest - 1, end) === -1
  }

  if (consideredThenRejected(analysis, clauseStart, clauseEnd) || disownedByNextClause(analysis, clauseEnd)) return true
  // Deferred to a later phase: "… se atenderá en una eventual tercera fase", "A possible second phase could bring in …";
  // or to a condition not yet met: "Si se consigue financiamiento para una segunda fase, se estudiará la posibilidad de…".
  if (anyIn(analysis.laterPhases, firstAtLeast(starts, clauseStart), firstAtLeast(starts, clauseEnd))) return true
  if (analysis.unmetConditions.some((at) => underCondition(analysis, at, clauseStart, clauseEnd))) return true
  const first = firstAtLeast(starts, end)
  if (first === tokens.length) return false
  const after = tokens.slice(first, first + AFTER_WINDOW + 5).filter((token) => token.end <= clauseEnd)
  const afterWords = after.map((token) => token.word).join(' ')
  const outOfScope = OUT_OF_SCOPE.exec(afterWords)
  if (outOfScope && !excludedFromElsewhere(outOfScope[0], afterWords.slice(outOfScope[0].length))) return true
  // A short subject before such a predicate: "… avec le CIF-OIT reste à explorer".
  const covered = NOT_COVERED.exec(` ${afterWords} `)
  if (covered && !ofAnotherNounsRelative(analysis, end, first, first + countWords(afterWords.slice(0, covered.index)))) return true
  // A long subject ("the adoption and the implementation of the decree on domestic work") before a predicate that puts it out of the project.
  // The words of the clause after the mention (the last word may run past the clause end: it is not one of them).
  const clauseWordsEnd = clauseWordEnd(analysis, clauseEnd)
  if (clauseWordsEnd - first > after.length) {
    const predicate = lastNotCovered(analysis, clause, clauseStart, clauseEnd)
    if (predicate >= first && !ofAnotherNounsRelative(analysis, end, first, predicate)) return true
  }
  let windowStart = first
  let comma = commaFrom(analysis, end)
  // A relative clause set off by commas right after the mention is skipped: what follows it is said of the mention
  // ("Le Ministère des Affaires étrangères, dont les postes consulaires…, n'est pas partie prenante de cette phase").
  if (comma !== -1 && analysis.text.slice(end, comma).trim() === '' && RELATIVES.has(tokens[first]?.word ?? '')) {
    const closing = commaFrom(analysis, comma + 1)
    if (closing !== -1) {
      windowStart = firstAtLeast(starts, closing)
      comma = commaFrom(analysis, closing + 1)
    }
  }
  // An aside in brackets speaks of something else: "a log of enforcement gaps (missing equipment, untrained cutters)".
  let aside = analysis.brackets[firstAtLeast(analysis.brackets, end)] ?? -1
  // But brackets right after the mention gloss it ("Le CIF-OIT (Turin) ne sera pas associé"), or after a short complement
  // of it ("l'enquête de suivi à six mois (activité 2.4.2) n'est pas maintenue"): the predicate after them is said of it.
  if (aside !== -1 && windowStart === first && aside - end <= COMPLEMENT_REACH && isShortComplement(analysis.text.slice(end, aside))) {
    const closing = analysis.text.indexOf(')', aside)
    if (closing !== -1 && (comma === -1 || comma > closing)) {
      windowStart = firstAtLeast(starts, closing)
      aside = analysis.brackets[firstAtLeast(analysis.brackets, closing)] ?? -1
    }
  }
  // A body named with the mention as one subject ("La Cancillería y su Dirección General de Protección al Hondureño
  // Migrante no tendrán un papel"): its name is skipped, and the predicate after it is said of both.
  if (windowStart === first) windowStart = afterCoordinatedName(analysis, first)
  for (let i = windowStart; i < tokens.length && i <= windowStart + AFTER_WINDOW; i++) {
    const token = tokens[i]!
    if (token.end > clauseEnd || (comma !== -1 && comma < token.start) || (aside !== -1 && aside < token.start)) return false
    if (SUBORDINATORS.has(token.word)) return false
    if (token.word === 'missing' || token.word === 'lacking') return true
    // Spanish puts "no" right before the verb ("la formación no está prevista"); one word on, "no" is a determiner ("training with no follow-up").
    const verbNegator = VERB_NEGATORS.has(token.word) || isContractedNot(token.word) || token.word === 'ne'
    if ((verbNegator || (token.word === 'no' && i === windowStart)) && negatorAt(analysis, i, clauseEnd)) {
      return !correctedAfter(analysis.text, clauseEnd) && !deniesOnlyItsSeparatePart(analysis, end, clauseEnd)
    }
  }
  return false
}

/** At most this many words between a mention and the brackets that gloss it: "à six mois", "for inspectors". */
const COMPLEMENT_WORDS = 3
/** And at most this many characters: only a short stretch is read for each mention, whatever the sentence holds. */
const COMPLEMENT_REACH = 40

/** Whether text between a mention and its brackets is nothing, or a short complement of the mention (no comma, no stop). */
function isShortComplement(between: string): boolean {
  const trimmed = between.trim()
  if (trimmed === '') return true
  return !/[,;:.!?]/u.test(trimmed) && trimmed.split(/\s+/u).length <= COMPLEMENT_WORDS
}

/**
 * A table cell that declines what its row names, or what a line's label names after its colon ("Accompagnement des
 * délégués après les séminaires : non financé dans cette phase"): "| Training needs assessment | 0 | Not required |",
 * "| 5 | Non-discrimination | *To be developed in Phase II, subject to funding* |", "| Étude | Non prévue |",
 * "| FEC | Non associée au projet — … |", "| OIM | No participa en el proyecto; … |", or a zero with the reason ("| Expertise genre | 0 (non retenue pour cette
 * phase) |"), or a management response's answer to a recommendation ("| Not accepted |", "| Non acceptée : hors mandat |",
 * "| No aceptada en esta fase |", "| Reportée |"; "| Partially accepted |" declines nothing), or a part still to be settled
 * a few words in ("Organisations syndicales : leur association au projet reste à déterminer"), or a revised design's change
 * to an activity ("| Acompañamiento en terreno tras los talleres | **se suprime**; los fondos pasan a la actividad 2.2 |"), or a
 * past practice a track record does not carry on ("| Evaluación externa | No se repite |", "| Turin courses | Not continued |"). Read on the folded cell text, from its start: "N/A" or "none" are not here, since a logframe's
 * baseline says them of a row that stands, nor a zero alone (a gender line at 0 is a line, unfunded). A value that is
 * only the word for missing ("| Estrategia de género | falta |", "Gender strategy: missing", "manquante") declines it.
 */
const DECLINING_CELL =
  /^(?:[0\-–—]+\s*\(\s*)?(?:(?:missing|lacking|falta|faltan|manque|manquante?s?)(?=\s*[.!]?$)|not accepted|non acceptee?s?|no aceptad[oa]s?|(?:rejected|rejetee?s?|rechazad[oa]s?|reportee?s?)(?:$|\s*[:;(—–-])|not (?:required|needed|planned|foreseen|budgeted|funded|included|retained|pursued|involved|associated|engaged)|not part of (?:this|the) (?:phase|project|action|programme)|(?:\S+ ){0,6}(?:remains?|is still) to be (?:determined|defined|decided|confirmed)|(?:\S+ ){0,6}(?:reste|restent) a (?:determiner|definir|preciser|confirmer)|(?:\S+ ){0,6}(?:queda|quedan|esta|estan) (?:aun |todavia )?por (?:definir|determinar|decidir|confirmar)|no longer (?:a )?partners?|(?:n'est|ne sont) plus (?:partenaires?|associee?s?|impliquee?s?)|ya no (?:es|son) soci[oa]s?|ya no participan?|no (?:implementation )?role (?:is )?(?:foreseen|planned|envisaged)|(?:to be )?(?:developed|done|considered|addressed|deferred) (?:in|to|during|until) (?:a |the )?(?:phase (?:ii|iii|2|3)|(?:later|future|next|second|subsequent) phase)|deferred|postponed|a designer|to be designated|por designar|pospuest[oa]s?|aplazad[oa]s?|ruled out|dropped|cancelled|deleted|removed|discontinued|not (?:repeated|continued|renewed|kept)|non (?:reconduite?s?|renouvelee?s?|maintenue?s?|repetee?s?)|ne (?:sera|seront) pas (?:reconduite?s?|renouvelee?s?|maintenue?s?|repetee?s?)|no se (?:repite|repiten|repetira|repetiran|renueva|renovara|mantiene|mantendra|continua|continuara)|unfunded|sin (?:financiamiento|financiacion|fondos)|supprimee?s?|abandonnee?s?|annulee?s?|suprimid[oa]s?|eliminad[oa]s?|cancelad[oa]s?|se (?:suprimen?|eliminan?|cancelan?|descartan?|postergan?|aplazan?)|(?:non|pas) (?:prevue?s?|requise?s?|necessaires?|retenue?s?|budgetee?s?|budgetisee?s?|financee?s?|associee?s?|impliquee?s?)|reportee?s? (?:a|en) (?:une |la )?(?:phase|deuxieme|seconde)|no (?:previst[oa]s?|requerid[oa]s?|necesari[oa]s?|presupuestad[oa]s?|financiad[oa]s?|asociad[oa]s?|vinculad[oa]s?)|no se (?:requiere|necesita|preve|contempla)|(?:does|will) not (?:take part|participate)|ne (?:participe|participera|participent|participeront|intervient|interviendra) pas|no (?:participa|participara|participan|participaran|interviene|intervendra)|descartad[oa]s?|pospuest[oa]s? (?:a|para) (?:una |la )?(?:fase|segunda|tercera)|(?:out of|outside|beyond) (?:the |this |our )?(?:project'?s? )?scope|hors (?:du |de notre )?(?:perimetre|champ)|(?:to|will) be decided (?:later|at a later stage|at inception|during (?:the )?inception(?: phase)?)|(?:sera|seront|a) decidee?s? (?:plus tard|ulterieurement|au demarrage|pendant la phase de demarrage|lors du demarrage)|(?:se decidira|se decidiran|a decidir) (?:mas adelante|posteriormente|despues|en la fase de (?:inicio|arranque))|(?:is |are )?not included|no (?:esta|estan|estara|estaran) (?:incluid[oa]s?|previst[oa]s?|contemplad[oa]s?|presupuestad[oa]s?|financiad[oa]s?)|(?:n'est|ne sont|ne sera|ne seront) pas (?:inclus(?:es?)?|prevue?s?|budgetee?s?|financee?s?)|fuera del? (?:alcance|ambito)|relevent? (?:du|de la|des|de l') ?(?:gouvernement|ministere|etat|autorites)|(?:is|are) (?:the )?(?:government|ministry)(?:'s)? (?:responsibility|job))\b/u

export function declinesWhatItNames(cellText: string): boolean {
  const folded = foldText(cellText).replace(/[*_]/gu, '').trim()
  return DECLINING_CELL.test(folded)
}
