// training-materials-sharing: training materials a project develops are shared
// or reused (seed 001, lesson 213957).
import {clauseBounds, defineLexicon, firstAtLeast, isHistory, related, relatedMentions, type Lexicon, type Match, type ProposalModel, type Range, type Rule, type Sentence} from '@lessonlint/core'

import {
  adaptingVerb,
  curriculumContent,
  documentWord,
  existingMaterials,
  iloName,
  internalUse,
  itcIlo,
  materialsDevelopment,
  materialsSharing,
  materialWord,
  moduleWord,
  openPublication,
  softwareWord,
  trainingCue,
  trainingMaterials,
} from '../lexicons/training.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions, mentionsAt, neighbours, overlaps} from '../shared/mentions.js'
import {itcIloLesson213957} from '../shared/sources.js'
import {trainingComponent} from '../shared/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'notShared'

/** A course a training centre runs, which people take: "the ITC-ILO's online course", "el curso a distancia … del CIF-OIT". */
const centreCourse = defineLexicon('course of a training centre', {
  en: ['course', 'e-learning course', 'online course', 'distance course', 'academy'],
  fr: ['cours', 'formation en ligne', 'formation à distance', 'académie'],
  es: ['curso', 'curso en línea', 'curso a distancia', 'academia'],
})

/**
 * The course an ITC-ILO mention names the Centre as the provider of, which people take: the course named before it in
 * its clause, the Centre after "of" ("Treinta inspectores seguirán el curso a distancia sobre inspección de SST del
 * Centro Internacional de Formación de la OIT", "curso en línea del CIF-OIT … para 40 funcionarios", "suivront le cours
 * en ligne du Centre international de formation de l'OIT"), or the course right after the Centre's name ("the
 * ITC-ILO's online course"). The project's own materials go nowhere by it; the Centre co-designing the project's module
 * or taking it into its catalogue still shares it.
 */
function courseOfTheCentre(match: Match): Match | undefined {
  const {text} = match.sentence
  const start = match.sentenceIndex
  // The acronym in brackets after the name ("del Centro Internacional de Formación de la OIT (CIF-OIT)") is that name.
  if (/\(\s*$/u.test(text.slice(Math.max(0, start - 3), start))) {
    const named = match.sentence.find(itcIlo, {from: Math.max(0, start - NAME_REACH), to: start}).at(-1)
    if (named && /^\s*\(\s*$/u.test(text.slice(named.sentenceIndex + named.text.length, start))) return courseOfTheCentre(named)
  }
  if (!OF_BEFORE.test(text.slice(Math.max(0, start - OF_REACH), start))) {
    return match.sentence.find(centreCourse, {from: start + match.text.length, to: start + match.text.length + COURSE_REACH, limit: 1})[0]
  }
  // A course before the Centre in its clause (a sentence may name many: one is looked for).
  const [clauseStart] = clauseBounds(text, start, start + match.text.length)
  return match.sentence.find(centreCourse, {from: clauseStart, to: start, limit: 1})[0]
}

function namesTheCentresCourse(match: Match): boolean {
  return courseOfTheCentre(match) !== undefined
}

/**
 * Whether a materials mention is itself a course the ITC-ILO runs ("ITC-ILO e-learning course on child labour: fees",
 * "plazas en el curso en línea del CIF-OIT"): people enrolled in it reuse no material in the project's own training.
 */
function isTheCentresCourse(match: Match): boolean {
  return match.sentence.find(itcIlo).some((centre) => {
    const course = courseOfTheCentre(centre)
    return course !== undefined && overlaps(course.range, match.range)
  })
}

/** How far before a bracketed acronym its name may start: the Centre's longest name is under a hundred characters. */
const NAME_REACH = 120
/** How far after the Centre's name its course may start: "the ITC-ILO's online course", "ITC-ILO e-learning course". */
const COURSE_REACH = 12

/** How much text before a name "of" is read in: "…agriculture of the ", "…sobre inspección de SST del ". */
const OF_REACH = 12
/** "Of" right before a name, in the three languages: "del CIF-OIT", "du Centre", "de la OIT", "of the ITC-ILO". */
const OF_BEFORE = /(?:^|[^\p{L}])(?:of(?: the)?|del|du|de la|de l'|de l’|des)\s+$/iu

/** Words after which "guide" is a verb: "will guide the project", "to guide this work". */
const BEFORE_A_VERB = /^(?:will|would|shall|can|could|may|might|should|must|to|help|helps|which|who|that|va|vont|pour|sert|para)$/iu

/** Whether a materials mention is the word "module". */
function isModuleWord(match: Match): boolean {
  return mentionsAt(match, moduleWord).length > 0
}

/**
 * Whether a materials mention is a part of a software: "module logiciel de
 * gestion des dossiers", "módulo de inscripción dentro del Sistema
 * Centralizado". A document keeps one sense of "module" (one sense per
 * discourse): once it names a software module, a bare "second module" is one
 * too, unless its phrase speaks of training ("training module", "módulo de capacitación").
 */
function isSoftwarePart(match: Match, softwareSense: boolean): boolean {
  if (relatedMentions(match, trainingCue, 'phrase', {includeNegated: true}).some((cue) => !overlaps(cue.range, match.range))) return false
  if (relatedMentions(match, softwareWord, 'phrase', {includeNegated: true}).length > 0) return true
  return softwareSense && isModuleWord(match)
}

/**
 * Whether a document word (a manual, a guide, a module) is said of training: its paragraph, list item or table
 * row speaks of training, trainers or learners in words other than document words ("a guide for the session
 * facilitators", "module 3 of the course"). A procedures manual or a survey module is not a training material.
 */
function saidOfTraining(model: ProposalModel, match: Match): boolean {
  if (mentionsAt(match, documentWord).length === 0 || trainingComponent(model)) return true
  const documents = model.find(documentWord, {within: match.sentence.block, includeNegated: true})
  return model.find(trainingCue, {within: match.sentence.block}).some((cue) => !documents.some((document) => overlaps(cue.range, document.range)))
}

/**
 * Materials mentions, nouns only: "guide" the verb ("will guide the project", "guiding") is not a guide, nor is a software
 * module, nor a course of the ITC-ILO's that people take.
 */
function materialMentions(model: ProposalModel): Match[] {
  const nouns = currentMentions(model, trainingMaterials).filter(
    (match) => !/(?:ed|ing)$/iu.test(match.text) && !BEFORE_A_VERB.test(neighbours(match).before) && saidOfTraining(model, match) && !isTheCentresCourse(match),
  )
  const softwareSense = nouns.some((match) => isModuleWord(match) && isSoftwarePart(match, false))
  return nouns.filter((match) => !isSoftwarePart(match, softwareSense))
}

/**
 * An output or expected result a logframe numbers ("**R1. Parcours de formation mixte.** Six modules en ligne…",
 * "Output 1.1: A Khmer-language training manual", "Producto 2 – Caja de herramientas"): what it names, the project makes.
 */
const OUTPUT_LABEL = /^\W*(?:outputs?|produits?|extrants?|r[ée]sultats?|results?|productos?|resultados?|r)\s*\d+(?:\.\d+)*\b/iu

function isAnOutput(model: ProposalModel, match: Match): boolean {
  // So is what a list under such a label lists: "**Output 2.1 – Association capacity.** … I recommend:" › "- a simple
  // illustrated guide for association leaders".
  const {block, leadIn} = match.sentence
  return opensWithOutputLabel(model, block) || (leadIn !== undefined && opensWithOutputLabel(model, leadIn))
}

function opensWithOutputLabel(model: ProposalModel, block: Range): boolean {
  // Once per block: a paragraph may name the materials thousands of times.
  let answers = outputBlocks.get(model)
  if (!answers) outputBlocks.set(model, (answers = new Map()))
  const key = `${block.start.offset}:${block.end.offset}`
  let answer = answers.get(key)
  if (answer === undefined) {
    const opening = model.sentences({within: block})[0]
    answers.set(key, (answer = opening !== undefined && OUTPUT_LABEL.test(opening.text)))
  }
  return answer
}

const outputBlocks = new WeakMap<ProposalModel, Map<string, boolean>>()

/**
 * Existing ILO material named as what the training uses: "the ILO WISE action manual", "les outils de l'OIT pour les
 * coopératives"; or, in the sentence that names the materials, the project adapts what the ILO made ("Adapter le guide
 * du délégué du personnel de l'OIT", "adaptaremos al q'eqchi' los materiales del programa SCREAM de la OIT … y
 * elaboraremos una cartilla").
 */
function iloMaterials(mentions: readonly Match[]): Match[] {
  return mentions.filter((match) => relatedMentions(match, iloName, 'phrase').some((name) => !madeOrTaughtBy(match, name)) || adaptsIloWork(match.sentence))
}

/**
 * Whether the words between the ILO's name and a material say the ILO makes it now ("L'OIM et l'OIT élaboreront
 * conjointement un manuel") or that the ILO's work is what it teaches ("The fair recruitment module covers the ILO
 * General Principles"): neither is ILO material reused. ("A manual produced by the ILO" names whose it is.)
 */
function madeOrTaughtBy(material: Match, name: Match): boolean {
  const nameFirst = name.sentenceIndex < material.sentenceIndex
  const [from, to] = nameFirst ? [name.sentenceIndex + name.text.length, material.sentenceIndex] : [material.sentenceIndex + material.text.length, name.sentenceIndex]
  const between = (lexicon: Lexicon) => material.sentence.find(lexicon, {includeNegated: true, from, to}).length > 0
  return between(curriculumContent) || (nameFirst && between(materialsDevelopment))
}

/**
 * An adapting verb, then in its clause material, then the ILO's name: what is adapted is the ILO's material. Asked
 * once per sentence, walking its verbs, materials and names in order (a sentence may name each many times).
 */
function adaptsIloWork(sentence: Sentence): boolean {
  let known = adapting.get(sentence)
  if (known === undefined) {
    const ilo = sentence.find(iloName)
    const verbs = ilo.length === 0 ? [] : sentence.find(adaptingVerb)
    const verbStarts = verbs.map((verb) => verb.sentenceIndex)
    const material = verbs.length === 0 ? [] : [...sentence.find(materialWord), ...sentence.find(trainingMaterials)].map((word) => word.sentenceIndex).sort((a, b) => a - b)
    // For each name, the last verb before it (by bisection) and whether material stands between them.
    known = ilo.some((name) => {
      const verb = verbs[firstAtLeast(verbStarts, name.sentenceIndex) - 1]
      if (!verb || !related(verb, name, 'clause')) return false
      const next = material[firstAtLeast(material, verb.sentenceIndex + 1)]
      return next !== undefined && next < name.sentenceIndex
    })
    adapting.set(sentence, known)
  }
  return known
}

const adapting = new WeakMap<Sentence, boolean>()

/**
 * Where the proposal keeps its materials to itself, in a paragraph, list item or table row that names them: "Il
 * restera un document interne : il sera remis aux seules personnes formées et ne sera pas diffusé", "The training
 * manual shall remain with the Implementing Partner … and shall not be published or distributed", "si se publica o no
 * se decidirá al cierre". Such a sentence says its materials are internal, or rules out or puts off sharing them.
 */
function closingSentences(model: ProposalModel, mentions: readonly Match[]): Sentence[] {
  const closing = new Set<Sentence>()
  const blocks = new Map<number, Range>()
  for (const match of mentions) blocks.set(match.sentence.block.start.offset, match.sentence.block)
  for (const block of blocks.values()) {
    for (const sentence of model.sentences({within: block})) {
      if (sentence.has(internalUse) || sentence.find(materialsSharing, {includeNegated: true}).some((word) => word.negated)) closing.add(sentence)
    }
  }
  return [...closing]
}

const rule: Rule<MessageId> = {
  meta: {
    id: 'training-materials-sharing',
    summary: 'Training materials the project develops are shared, handed over or reused.',
    severity: 'warning',
    tags: ['training', 'materials', 'sustainability'],
    lesson:
      'Not sharing training materials can hinder the sustainability of project outputs; sharing them avoids replication and keeps them in use, for example in the ITC-ILO portfolio.',
    sources: [itcIloLesson213957],
    messages: {
      notShared: {
        problem: 'The proposal develops training materials ({materials}) but does not say how they will be shared or reused.',
        why: 'Materials that stay with the project duplicate what exists and are lost when it ends (evaluation 2421).',
        fix: 'Say where the materials go: shared with the ITC-ILO, published under an open licence, handed over to the constituents who will use them, or build on existing ILO materials.',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    const mentions = materialMentions(model)
    const developed = mentions.filter((match) => match.sentence.has(materialsDevelopment) || isAnOutput(model, match))
    const first = developed[0]
    if (!first) return notApplicable(context, 'no training materials developed: no manual, curriculum, module, toolkit or guide that the project writes')
    applies(context, 'training materials developed', developed)
    const published = currentMentions(model, openPublication)
    if (published.length > 0) return satisfiedBy(context, 'materials published openly', published)
    // The sharing (or reuse) words said of the materials, each once: in the sentences that name them, or in the rest of
    // their paragraph, list item or table row ("The six curricula… are not project property. At the close of year two
    // they will be formally transferred to the Commission"; a row whose other cell reads "listed in the Academy's
    // resource library").
    // Materials kept closed are not shared by an ITC-ILO course named near them ("sponsor eight officials in the
    // Labour Migration Academy of the ITC-ILO"), nor by what the closing sentence hands out ("remis aux seules personnes
    // formées"): then only a sharing word said elsewhere of the materials counts.
    const closing = closingSentences(model, mentions)
    const closingAt = new Set(closing.map((sentence) => sentence.range.start.offset))
    // The ITC-ILO named as the provider of a course people take shares nothing, whichever list names it.
    const centresCourse = (word: Match): boolean => mentionsAt(word, itcIlo).some(namesTheCentresCourse)
    const counts = (word: Match): boolean =>
      !centresCourse(word) && (closing.length === 0 || (!closingAt.has(word.sentence.range.start.offset) && mentionsAt(word, itcIlo).length === 0))
    const itcIloNamed = (matches: readonly Match[]): Match | undefined => (closing.length === 0 ? matches.find((match) => !namesTheCentresCourse(match)) : undefined)
    const sharing = new Map<number, Match>()
    // Once per block: a long paragraph may name the materials many times.
    const inBlocks = new Map<number, Match | undefined>()
    const sharedInBlock = (block: Range): Match | undefined => {
      if (!inBlocks.has(block.start.offset)) {
        const find = (lexicon: Lexicon) => model.find(lexicon, {within: block, includeHeadings: false})
        // Or reuse of materials said in the next sentence: "Prepararemos una guía … No partiremos de cero: tomaremos
        // como base los materiales ya validados por la OIT" (not "les dispositifs de protection existants").
        inBlocks.set(
          block.start.offset,
          find(materialsSharing).find((other) => !isHistory(other.sentence, other) && counts(other)) ??
            itcIloNamed(find(itcIlo)) ??
            find(existingMaterials).find((reuse) => relatedMentions(reuse, materialWord, 'phrase').length > 0 || relatedMentions(reuse, trainingMaterials, 'phrase').length > 0),
        )
      }
      return inBlocks.get(block.start.offset)
    }
    for (const match of mentions) {
      const word =
        match.sentence.find(materialsSharing).find(counts) ??
        itcIloNamed(match.sentence.find(itcIlo)) ??
        match.sentence.find(existingMaterials)[0] ??
        sharedInBlock(match.sentence.block)
      if (word) sharing.set(word.range.start.offset, word)
    }
    if (sharing.size > 0) return satisfiedBy(context, 'materials shared, handed over or reused', [...sharing.values()])
    const reused = iloMaterials(mentions)
    if (reused.length > 0) return satisfiedBy(context, 'existing ILO materials reused', reused)
    if (closing[0]) missing(context, 'the materials are kept internal, or sharing them is ruled out or put off', closing[0].range)
    missing(context, 'how the materials are shared or reused: with the ITC-ILO, published openly, handed over to constituents, or existing materials reused')
    context.report({messageId: 'notShared', data: {materials: first.text}, range: first.range})
  },
}

export default rule
