// A short project (24 months or less) with policy work sets milestones before
// its end, or follows results up after it (seed 003: "difficulties in showing
// impacts from a time-bound project covering one or two years").
import {related, relatedTo, type Indicator, type Match, type ProposalModel, type Rule, type Sentence} from '@lessonlint/core'

import {afterProjectEnd, afterWord, followUp, milestones, projectClosure, projectEndWord, projectWord} from '../lexicons/monitoring.js'
import {projectDuration} from '../shared/duration.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {ofDatedEvents, tableHeadedBy, within} from '../shared/mentions.js'
import {explainPolicyWork, hasPolicyWork, NO_POLICY_WORK, policyWork} from '../shared/policy.js'
import {lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noIntermediateTargets'

const rule: Rule<MessageId> = {
  meta: {
    id: 'impact-horizon',
    summary: 'A short policy project sets milestones before its end or plans follow-up after it.',
    severity: 'warning',
    tags: ['policy', 'monitoring'],
    lesson:
      'The LMPP evaluation found that migration policy changes slowly, which "poses some difficulties in showing impacts from a time-bound project covering one or two years"; short-, medium- and long-term priorities "should also facilitate the measurement of outcomes".',
    sources: [lmppEvaluation2009],
    messages: {
      noIntermediateTargets: {
        problem: 'This {months}-month project does policy work, but its M&E plan sets no milestones before the end and no follow-up after it.',
        why: 'Policy change rarely shows within a one- or two-year project; with only end-of-project targets, its results cannot be seen (LMPP final evaluation, 2009).',
        fix: 'Add intermediate or process indicators with dates before the end (consultations held, draft submitted), or plan a follow-up of the policy outcome after the project ends.',
      },
    },
    translations: {fr, es},
    fixable: false,
    optionsSchema: {
      type: 'object',
      properties: {
        maxMonths: {type: 'integer', minimum: 1, description: 'Projects of this many months or fewer count as short.'},
      },
      additionalProperties: false,
    },
    defaultOptions: {maxMonths: 24},
  },
  check(context) {
    const {model, options, report} = context
    const duration = projectDuration(model)
    const maxMonths = typeof options.maxMonths === 'number' ? options.maxMonths : 24
    if (!duration) return notApplicable(context, 'no project duration: no `duration_months` in the front matter and no duration in the text')
    if (duration.months > maxMonths) {
      return notApplicable(context, `not a short project: ${duration.months} months, more than ${maxMonths}`, duration.range)
    }
    const work = policyWork(model)
    if (!hasPolicyWork(work)) return notApplicable(context, NO_POLICY_WORK)
    applies(context, `short project: ${duration.months} months`, duration.range)
    explainPolicyWork(context, work)
    const named = namedMilestones(model)
    if (named.length > 0) return satisfiedBy(context, 'milestones in the M&E plan', named)
    const early = model.indicators.find((indicator) => hasTargetBefore(model, indicator, duration.months))
    if (early) return satisfiedBy(context, `indicator with a target before the end: “${shorten(early.text)}”`, early.range)
    const followUp = followUpAfterEnd(model)
    if (followUp) return satisfiedBy(context, 'follow-up after the project ends', [followUp])
    missing(context, 'milestones or intermediate targets before the end of the project, or follow-up after it ends')
    report({messageId: 'noIntermediateTargets', data: {months: duration.months}, range: duration.range})
  },
}

/** Milestones named in the M&E plan or in an indicator; a column of milestones with no value in any row ("s.o.") names none. */
function namedMilestones(model: ProposalModel): Match[] {
  return model
    .find(milestones)
    .filter((match) => match.section?.isIn('monitoring') || model.indicators.some((indicator) => within(match.range, indicator.range)))
    .filter((match) => !isEmptyColumn(model, match))
}

/** Whether the match heads a table column whose cells give no value. */
function isEmptyColumn(model: ProposalModel, match: Match): boolean {
  const table = tableHeadedBy(model, match)
  const header = table?.header.cells.find((cell) => within(match.range, cell.range))
  if (!table || !header || table.rows.length === 0) return false
  return table.rows.every((row) => NO_VALUE.test(row.cells.find((cell) => cell.column === header.column)?.text.trim() ?? ''))
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').trim()
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean
}

/** A baseline column: dated ("Référence (mois 2)"), it still sets no target. */
const BASELINE = /\b(?:baseline|base line|référence|reference|línea de base|linea de base|valeur initiale|valor inicial)\b/iu
/** A cell that gives no value: "s.o.", "n/a", "—", "TBD", "por definir". */
const NO_VALUE = /^(?:s\.?\s?o\.?|n\.?\s?a\.?|n\/a|[-–—]+|tbd|tbc|sans objet|no aplica|à définir|a definir|por definir|none|néant|ninguno)?$/iu

/**
 * Whether an indicator has a target before the end: in its item ("by month 10"), in a cell of its row, or in a
 * column whose header dates it ("Milestone (month 12)", "Cible à mi-parcours"), when the row gives that column a
 * value. A dated baseline column and an empty or "s.o." cell set no target.
 */
function hasTargetBefore(model: ProposalModel, indicator: Indicator, months: number): boolean {
  const row = indicator.row
  const table = row ? model.tables.find((candidate) => candidate.rows.includes(row)) : undefined
  if (!row || !table) return datesBefore(withoutBaseline(indicator.fullText), months)
  return table.header.cells.some((header) => {
    if (BASELINE.test(header.text)) return false
    const value = row.cells.find((cell) => cell.column === header.column)?.text.trim() ?? ''
    if (NO_VALUE.test(value)) return false
    return datesBefore(header.text, months) || datesBefore(value, months)
  })
}

/** Where a target is named after a baseline in one item: "Baseline: to be set in month 3. Target: 250." */
const TARGET_LABEL = /\b(?:targets?|milestones?|cibles?|jalons?|metas?|hitos?)\b/giu
const BASELINE_LABEL = /\b(?:baseline|base line|línea de base|linea de base|situation de référence|valeur de référence|valeur initiale|valor inicial)\b/giu

/**
 * An indicator's text without what it says of its baseline: from each baseline label to the next target label or
 * the end of its sentence. "Baseline: to be set in month 3" dates the baseline, not a target.
 */
function withoutBaseline(text: string): string {
  let kept = ''
  let from = 0
  for (const baseline of text.matchAll(BASELINE_LABEL)) {
    if (baseline.index < from) continue
    kept += text.slice(from, baseline.index)
    TARGET_LABEL.lastIndex = baseline.index
    const target = TARGET_LABEL.exec(text)?.index ?? text.length
    const stop = text.slice(baseline.index, target).search(/[.;](?:\s|$)/u)
    from = stop === -1 ? target : baseline.index + stop + 1
  }
  return kept + text.slice(from)
}

/** "month 10", "mois 6", "mes 12" in any case; "M6" only as a capital code ("m2" is an area). */
const MONTH_WORDS = /\b(?:month|mois|mes)\s*(\d{1,2})\b/giu
const MONTH_CODE = /\bM(\d{1,2})\b/gu
/**
 * The count before the word, as a column header dates its targets: "Cible à 12 mois", "Target at 12 months", "Meta a los
 * 12 meses". Not a count after an event other than the project's start: "revisión de actas a los 6 meses del curso" is
 * six months after each course, whenever it runs.
 */
const MONTHS_COUNT =
  /(?<![\p{L}\p{N}])(?:at|by|within|à|a|au bout de|a los|al cabo de|en los)\s+(\d{1,2})\s*(?:months?|mois|meses)\b(?!\s+(?:after|following|from|of|de|del|des|du|d['’]|après|después de|después del|tras)\s+(?:(?:the|each|every|la|le|les|el|los|las|l['’]|cada|chaque)\s*)?(?!(?:project|projet|proyecto|programme|program|programa|start|inicio|démarrage|début|lancement)\b)\p{L})/giu
const YEAR = /\b(?:year|yr|y|année|an|año)\s*(\d)\b/giu
const MIDTERM = /\b(?:mid-?term|midline|mi-parcours|medio término|baseline \+ ?\d)\b/iu

/** Whether a text dates a target before the end: "by month 10", "at 12 months", "Year 1", "mid-term". */
function datesBefore(text: string, months: number): boolean {
  if (MIDTERM.test(text)) return true
  for (const regex of [MONTH_WORDS, MONTH_CODE, MONTHS_COUNT]) {
    for (const match of text.matchAll(regex)) if (Number(match[1]) < months) return true
  }
  for (const match of text.matchAll(YEAR)) if (Number(match[1]) * 12 < months) return true
  return false
}

/** Following the outcome up after the project ends ("a tracer survey six months after the project ends"): the "after the end" words, or null. */
function followUpAfterEnd(model: ProposalModel): Match | null {
  for (const sentence of model.sentences({notIn: ['background']})) {
    // A heading names a topic ("Monitoring after closure") that its text may turn down ("No monitoring is foreseen").
    if (sentence.container === 'heading') continue
    // "Ex post" of events the text dates ("evaluación ex post del impacto de los reajustes de 2019") is not after this project.
    // The follow-up in the clause that says "after": "permanence maintenue après le projet ; missions de suivi
    // conjointes" keeps a service on after the end, and follows up during the project.
    const follows = sentence.find(followUp)
    const after = [...sentence.find(afterProjectEnd).filter((match) => !ofDatedEvents(match)), ...afterTheEnd(sentence)].find(
      (match) => relatedTo(match, follows, 'clause').length > 0,
    )
    if (after) return after
  }
  return null
}

/**
 * "After" said of the project's end in one phrase, in other words than the
 * set phrases: "six and twelve months after closure", "seis y dieciocho meses
 * después del cierre", "après l'achèvement du programme", "after the programme
 * is completed". An end that is not the project's ("after the end of the
 * course") does not count: a closure is the project's; an end, only with the
 * project named beside it.
 */
function afterTheEnd(sentence: Sentence): Match[] {
  const projects = sentence.find(projectWord)
  const ends = [
    ...sentence.find(projectClosure),
    ...sentence.find(projectEndWord).filter((end) => relatedTo(end, projects, 'phrase').length > 0),
  ]
  return sentence.find(afterWord).filter((after) => ends.some((end) => end.sentenceIndex > after.sentenceIndex && related(after, end, 'phrase')))
}

export default rule
