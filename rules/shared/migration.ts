// Scope helpers of the migration and partner rules: whether a proposal is a
// labour migration project (CHECKLIST "Migration project"), and where a
// finding about its partners points.
import {clauseBounds, defineLexicon, isPersonNoun, related, relatedMentions, wordIndexBefore, wordIndexFrom, words, type Match, type ProposalModel, type Range, type Sentence} from '@lessonlint/core'

import {countryOf, countryOrNationals, foreignOrAbroad, labourMigration, labourQualifier, migratedThings, namesNationals} from '../lexicons/migration.js'
import {applies} from './explain.js'
import {currentMentions, frontMatterList, within} from './mentions.js'
import {isCourseTopic} from './training.js'

/** A sentence that states an objective, wherever it sits ("**Development objective:** ..."). */
const objectiveWord = defineLexicon('objective', {
  en: ['objective', 'goal', 'outcome', 'purpose', 'aim'],
  fr: ['objectif', 'finalité', 'but du projet'],
  es: ['objetivo', 'propósito', 'meta'],
})

/**
 * Whether the proposal is a labour migration project: front matter `themes`
 * lists migration, or labour migration / migrant workers are the subject of
 * the title or of an objective. A mention elsewhere ("irregular migration" in
 * a gender analysis) does not make one.
 */
export function isMigrationProject(model: ProposalModel): boolean {
  return migrationProject(model) !== null
}

/** What makes a proposal a migration project: the `themes` entry, or the mentions in its title or objectives (vocabulary, or a corridor). */
export type MigrationEvidence = {via: 'themes'; range: Range} | {via: 'title' | 'objective' | 'corridor'; mentions: Match[]}

/** Why the proposal is a migration project (see `isMigrationProject`), or null when it is not one. */
export function migrationProject(model: ProposalModel): MigrationEvidence | null {
  let migration = migrationCache.get(model)
  if (migration === undefined) {
    migration = judgeMigrationProject(model)
    migrationCache.set(model, migration)
  }
  return migration
}

const migrationCache = new WeakMap<ProposalModel, MigrationEvidence | null>()

/** A field that names the project: "Project title:", "Proyecto:", "Titre du projet :", "Nombre del proyecto:". */
const PROJECT_NAME_FIELD = /^[\s*_]*(?:project(?: title| name)?|title|proyecto|nombre del proyecto|t[íi]tulo(?: del proyecto)?|projet|titre(?: du projet)?|intitul[ée](?: du projet)?)\s?:/iu

function judgeMigrationProject(model: ProposalModel): MigrationEvidence | null {
  if (frontMatterList(model, 'themes').some((theme) => /\bmigration\b|\bmigra/u.test(theme))) {
    return {via: 'themes', range: model.frontMatter?.entries.get('themes')?.valueRange ?? model.titleRange}
  }
  const title = model.title
  const inTitle = title ? model.find(labourMigration, {within: title.range}).filter(isLabourMigration) : []
  if (inTitle.length > 0) return {via: 'title', mentions: inTitle}
  // A form names its project in a field before any section ("**Proyecto: Punto de Información … a Temporeras Migrantes**").
  const inNameField = model
    .sentences({includeHeadings: false})
    .filter((sentence) => !sentence.section && PROJECT_NAME_FIELD.test(sentence.text))
    .flatMap((sentence) => sentence.find(labourMigration).filter(isLabourMigration))
  if (inNameField.length > 0) return {via: 'title', mentions: inNameField}
  const mentions = currentMentions(model, labourMigration, {notIn: ['gender', 'risks'], allowHistory: true}).filter(isLabourMigration)
  // What a course teaches is its topic, not the project's subject: "la no discriminación, con atención a las trabajadoras
  // indígenas y migrantes" in a union school's curriculum.
  const objectives = mentions.filter((match) => (match.section?.isIn('objectives') || match.sentence.has(objectiveWord)) && !isCourseTopic(model, match))
  if (objectives.length > 0) return {via: 'objective', mentions: objectives}
  // What the project does, whatever its words: nationals of one country working in another.
  const stated = model
    .sentences({notIn: ['background', 'gender', 'risks']})
    .filter((sentence) => (title && within(sentence.range, title.range)) || sentence.section?.isIn('objectives') || sentence.has(objectiveWord))
  const corridor = stated.flatMap(corridorIn)
  if (corridor.length > 0) return {via: 'corridor', mentions: corridor}
  const abroad = stated.flatMap(workersAbroadIn)
  return abroad.length > 0 ? {via: 'corridor', mentions: abroad} : null
}

/** How far "foreign" may stand from the workers it qualifies: "travailleurs agricoles temporaires étrangers". */
const QUALIFIER_REACH = 3
/** Workers, as the folded words name them. */
const WORKER_WORD = /^(?:workers?|labou?rers?|employees|travailleu(?:r|rs|se|ses)|ouvri(?:er|ers|ere|eres)|salarie(?:s|e|es)?|trabajador(?:es|a|as)?|jornaler[oa]s?|obrer[oa]s?|emplead[oa]s?)$/u
/** The article that makes "étranger", "extranjero" a place ("à l'étranger", "en el extranjero"), not an adjective. */
const PLACE_ARTICLE = new Set(['le', 'el'])

/**
 * Workers from abroad or going abroad, the destination unnamed: workers called foreign ("foreign domestic
 * workers", "travailleurs agricoles temporaires étrangers", "trabajadoras extranjeras"), or a country's nationals
 * and workers abroad in one clause ("travailleuses et travailleurs malgaches à l'étranger"). Returns the "foreign"
 * or "abroad" mention, or none.
 */
function workersAbroadIn(sentence: Sentence): Match[] {
  const {text} = sentence
  const tokens = words(text)
  // How many worker words stand before each word: a clause's count is a difference, however many mentions ask.
  const workersBefore = [0]
  for (const token of tokens) workersBefore.push(workersBefore.at(-1)! + (WORKER_WORD.test(token.word) ? 1 : 0))
  const workersIn = (from: number, to: number) => workersBefore[Math.max(0, to)]! - workersBefore[Math.max(0, from)]! > 0
  for (const foreign of sentence.find(foreignOrAbroad)) {
    const at = wordIndexFrom(text, foreign.sentenceIndex)
    const [start, end] = clauseBounds(text, foreign.sentenceIndex, foreign.sentenceIndex + foreign.text.length)
    const first = wordIndexFrom(text, start)
    const last = wordIndexBefore(text, end) + 1
    const place = foreign.term === 'abroad' || foreign.term === 'overseas' || PLACE_ARTICLE.has(tokens[at - 1]?.word ?? '')
    if (place) {
      // Abroad: the workers and their country in the clause.
      if (workersIn(first, last) && relatedMentions(foreign, countryOrNationals, 'clause', {limit: 1}).length > 0) return [foreign]
    } else if (workersIn(Math.max(first, at - QUALIFIER_REACH), Math.min(last, at + QUALIFIER_REACH + 1))) {
      // Foreign: said of workers named beside it.
      return [foreign]
    }
  }
  return []
}

/** The terms that name any migration, of people or of data. */
const BARE_MIGRATION = new Set(['migration', 'migrations', 'migración', 'migraciones'])

/**
 * Whether a mention of migration is labour migration: a bare "migration" of
 * data, records or software ("the migration of all contributor records to the
 * new platform", "migración de datos") is not, unless labour qualifies it.
 */
function isLabourMigration(match: Match): boolean {
  if (!BARE_MIGRATION.has(match.term)) return true
  const migrated = match.sentence
    .find(migratedThings)
    .filter((thing) => (related(match, thing, 'phrase') && isMigrated(match, thing)) || movedTo(match, thing))
  if (migrated.length === 0) return true
  return match.sentence.find(labourQualifier).some((qualifier) => related(match, qualifier, 'phrase'))
}

/** What a migration moves something to: "to the new platform", "a una plataforma en la nube", "vers le nuage" (folded words). */
const TO = new Set(['to', 'into', 'onto', 'vers', 'a', 'al', 'hacia'])
/** Articles and "new" that may stand between: "to the new platform", "a una nueva plataforma". */
const BEFORE_THE_THING = new Set(['the', 'a', 'an', 'new', 'la', 'le', 'les', 'un', 'une', 'el', 'una', 'nueva', 'nuevo', 'nouvelle', 'nouveau'])

/** Whether a thing after "migration", in its clause, is where something is moved: "Migración del sistema … a una plataforma en la nube". */
function movedTo(migration: Match, thing: Match): boolean {
  if (thing.sentenceIndex <= migration.sentenceIndex || !related(migration, thing, 'clause')) return false
  const {text} = migration.sentence
  const tokens = words(text)
  // Back from the thing over articles, to the preposition that says where to.
  for (let i = wordIndexBefore(text, thing.sentenceIndex); i >= 0 && tokens[i]!.start >= migration.sentenceIndex + migration.text.length; i--) {
    if (TO.has(tokens[i]!.word)) return true
    if (!BEFORE_THE_THING.has(tokens[i]!.word)) return false
  }
  return false
}

/**
 * Whether a thing beside "migration" is what is migrated: right before it
 * ("data migration") or after it past a word ("migration of all records",
 * "migración de datos"); right after it, it is about migration ("migration
 * data", "migration database").
 */
function isMigrated(migration: Match, thing: Match): boolean {
  const before = thing.sentenceIndex < migration.sentenceIndex
  const [first, second] = before ? [thing, migration] : [migration, thing]
  const adjacent = words(first.sentence.text.slice(first.sentenceIndex + first.text.length, second.sentenceIndex)).length === 0
  return before ? adjacent : !adjacent
}

/**
 * A corridor in a sentence: people on their way from one country to another, in one clause. Either nationals named
 * as the people ("Kenyan drivers", "travailleuses malgaches", "Uzbek seasonal workers") and another country as where
 * they work or go ("in Qatar", "au Liban", "en Argentina", "for Jordan's garment sector"); or people between two
 * countries ("between Morocco and Spain", "from Nepal to Malaysia"). Countries named otherwise are no way: a donor
 * ("submitted to the Irish Embassy"), an organisation's name ("the Fiji Commerce and Employers Federation"), host
 * communities beside refugees ("Syrian Refugees and Jordanian Host Communities"), or countries listed side by side.
 * Returns the two mentions, or none.
 */
function corridorIn(sentence: Sentence): Match[] {
  const places = sentence.find(countryOrNationals)
  if (places.length < 2) return []
  const {text} = sentence
  const tokens = words(text)
  // The word before a mention, past articles; and, past a noun, the word before that: "en la agricultura de Costa Rica",
  // "pour l'agriculture espagnole".
  const indexBefore = (index: number) => {
    let at = index - 1
    while (at >= 0 && ARTICLES.has(tokens[at]!.word)) at--
    return at
  }
  const before = (match: Match) => indexBefore(wordIndexBefore(text, match.sentenceIndex) + 1)
  const wordBefore = (match: Match) => tokens[before(match)]?.word ?? ''
  // Where people work or go: "in Qatar", "au Liban"; a sector there, "en la agricultura de Costa Rica", "recruited for
  // Spanish agriculture", "pour l'agriculture espagnole".
  const destination = (match: Match) => {
    const at = before(match)
    const word = tokens[at]?.word ?? ''
    if (!namesNationals(match.term)) {
      if (TOWARDS.has(word)) return true
      // The sector's noun before "de": "en la agricultura de Costa Rica".
      return OF.has(word) && TOWARDS.has(tokens[indexBefore(indexBefore(at))]?.word ?? '')
    }
    // A nationality that qualifies a sector, not people: "recruited for Spanish agriculture", "pour l'agriculture
    // espagnole"; "Decent Jobs for Syrian Refugees" names people.
    if (TOWARDS.has(word)) {
      const after = tokens[wordIndexFrom(text, match.sentenceIndex + match.text.length)]?.word
      return after !== undefined && !isPersonNoun(after)
    }
    return at >= 0 && !isPersonNoun(word) && TOWARDS.has(tokens[indexBefore(at)]?.word ?? '')
  }
  // People nouns counted before each word, once per sentence and only when asked: a clause's count is a difference.
  let peopleBefore: number[] | undefined
  const peopleIn = (match: Match) => {
    if (!peopleBefore) {
      peopleBefore = [0]
      for (const token of tokens) peopleBefore.push(peopleBefore.at(-1)! + (isPersonNoun(token.word) ? 1 : 0))
    }
    const [start, end] = clauseBounds(text, match.sentenceIndex, match.sentenceIndex + match.text.length)
    return peopleBefore[wordIndexBefore(text, end) + 1]! - peopleBefore[wordIndexFrom(text, start)]! > 0
  }
  // Each mention is weighed with the few nearest it: a corridor joins neighbours, and a sentence may list hundreds of countries.
  for (let i = 0; i < places.length; i++) {
    const place = places[i]!
    for (let j = Math.max(0, i - NEIGHBOURS); j <= i + NEIGHBOURS && j < places.length; j++) {
      const other = places[j]!
      if (j === i || countryOf(other.term) === countryOf(place.term) || !related(place, other, 'clause')) continue
      if (listedSideBySide(text, tokens, places.slice(Math.min(i, j), Math.max(i, j) + 1))) continue
      const [first, second] = i < j ? [place, other] : [other, place]
      // "between Morocco and Spain", "from Nepal to Malaysia", "Acuerdo Guatemala–México".
      const dashed = /^\s*[-–—]\s*$/u.test(text.slice(first.sentenceIndex + first.text.length, second.sentenceIndex))
      const between = dashed || BETWEEN.has(wordBefore(first)) || (FROM.has(wordBefore(first)) && TOWARDS.has(wordBefore(second)))
      if (between && peopleIn(first)) return [first, second]
      if (namesNationals(place.term) && nationalsOfPeople(tokens, text, place) && destination(other)) return [place, other]
    }
  }
  return []
}

/** Articles between a preposition and a country: "in the Republic of Korea", "au Liban", "vers la Malaisie". */
const ARTICLES = new Set(['the', 'la', 'le', 'les', 'l', 'el', 'los', 'las'])
/** Where people work or go: "in Qatar", "to Malaysia", "for Jordan's garment sector", "au Liban", "en Argentina", "vers la Malaisie". */
const TOWARDS = new Set(['in', 'to', 'into', 'for', 'at', 'en', 'au', 'aux', 'a', 'vers', 'dans', 'pour', 'hacia', 'para', 'al'])
/** What ties a country to the sector before it: "la agricultura de Costa Rica", "the plantations of Côte d'Ivoire". */
const OF = new Set(['of', 'de', 'du', 'del', 'des'])
/** Where people come from: "from Nepal", "de Madagascar", "desde Honduras", "depuis le Népal". */
const FROM = new Set(['from', 'de', 'du', 'desde', 'depuis', 'del'])
/** How many mentions before and after a country are weighed as its other end. */
const NEIGHBOURS = 4
/** How far from the people their nationality may stand: "Uzbek seasonal workers", "travailleuses domestiques malgaches". */
const NATIONALS_REACH = 3

/** Whether nationals stand beside a people noun, before or after it, as the people they name. */
function nationalsOfPeople(tokens: ReturnType<typeof words>, text: string, nationals: Match): boolean {
  const at = wordIndexFrom(text, nationals.sentenceIndex)
  for (let k = Math.max(0, at - NATIONALS_REACH); k <= at + NATIONALS_REACH && k < tokens.length; k++) {
    if (k !== at && isPersonNoun(tokens[k]!.word)) return true
  }
  return false
}

/** The words that join items of a list: "Guatemala, Honduras y El Salvador", "au Bénin et au Togo". */
const COORDINATORS = new Set(['and', 'or', 'et', 'ou', 'y', 'e', 'o', 'u'])
/** What else may stand between two countries listed side by side: their articles and prepositions ("au Bénin et au Togo"). */
const LISTING_WORDS = new Set([...COORDINATORS, 'in', 'en', 'au', 'aux', 'a', 'the', 'la', 'le', 'les', 'el', 'los', 'las', 'l'])
/** What makes two countries the ends of a way: "between Morocco and Spain", "entre Haïti et la République dominicaine". */
const BETWEEN = new Set(['between', 'entre'])

/**
 * Whether two countries are listed side by side as where a project works ("Lead buyers in the Republic of Korea and
 * Japan", "caficultura de Guatemala, Honduras y El Salvador"), not as a way from one to the other ("soudeurs
 * sénégalais au Maroc", "Bangladeshi women and men recruited for Jordan's garment sector", "between Morocco and Spain").
 * `run` holds the two, first and last, and the countries of the list that stand between them.
 */
function listedSideBySide(text: string, tokens: ReturnType<typeof words>, run: readonly Match[]): boolean {
  const first = run[0]!
  const second = run.at(-1)!
  const offset = first.sentenceIndex + first.text.length
  let gap = text.slice(offset, second.sentenceIndex)
  for (const place of run.slice(1, -1)) {
    const at = place.sentenceIndex - offset
    gap = gap.slice(0, at) + ' '.repeat(place.text.length) + gap.slice(at + place.text.length)
  }
  const between = words(gap)
  if (!between.every((token) => LISTING_WORDS.has(token.word))) return false
  if (!/[,;/&]/u.test(gap) && !between.some((token) => COORDINATORS.has(token.word))) return false
  return !BETWEEN.has(tokens[wordIndexBefore(text, first.sentenceIndex)]?.word ?? '')
}

/** Why a migration rule does not apply (`lessonlint explain`). */
export const NOT_A_MIGRATION_PROJECT =
  'not a migration project: `themes` does not list migration, and neither labour migration nor nationals of one country working in another are the subject of the title or of an objective'

/** Explains what makes the proposal a migration project. */
export function explainMigrationProject(context: Parameters<typeof applies>[0], evidence: MigrationEvidence): void {
  if (evidence.via === 'themes') applies(context, 'migration project: `themes` in the front matter lists migration', evidence.range)
  else if (evidence.via === 'title') applies(context, 'migration project: labour migration in the title', evidence.mentions)
  else if (evidence.via === 'objective') applies(context, 'migration project: labour migration in an objective', evidence.mentions)
  else applies(context, 'migration project: nationals of one country working in another (title or objective)', evidence.mentions)
}

/**
 * Where a finding about partners points: the first stakeholders section with
 * content (a Word export's bold title "...Migration Governance in Ethiopia"
 * is no partners section), else the first one, else the title.
 */
export function stakeholdersOrTitle(model: ProposalModel): Range {
  const sections = model.sectionsOf('stakeholders')
  return (sections.find((section) => section.hasContent) ?? sections[0])?.heading.range ?? model.titleRange
}
