// The budget funds gender equality work (seed 002: "absence of a gender
// budget"). A gender line only counts with money in it; a line at 0, blank or
// TBD is pointed at in its amount cell. A stated amount or share for gender in
// the text ("GBP 110,000, about 10 per cent of activity costs, is earmarked
// for gender-specific actions") counts as well, when it is not negated.
import {clauseBounds, isFemalePersonNoun, isHistory, isNegated, kindsOfTitle, parseAmount, wordIndexFrom, words, type ListItem, type Match, type ProposalModel, type Rule, type Sentence, type TableCell, type TextEdit} from '@lessonlint/core'

import {budgetAllocation, empowerment, genderConcept, theseActivities, timeShare, venueHire, womenAndGirls, womenAndMenTogether} from '../lexicons/gender.js'
import {missing, satisfiedBy} from '../shared/explain.js'
import {overlapsAnyInItsSentence} from '../shared/mentions.js'
import {genderLesson181142} from '../shared/sources.js'
import {amountSpans, budgetTables, hasPositiveAmount, isTotalRow, itemCells, lineAmountCell, lineValueSpan, type BudgetTable} from './budget.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noBudget' | 'noGenderLine' | 'unfundedLine' | 'unfundedItem'

/** What the new row's amount cells say until someone costs the work: a placeholder that stays reported. */
const TO_BE_DETERMINED: Record<string, string> = {en: 'TBD', fr: 'à déterminer', es: 'por determinar'}

/** The item the quick fix writes into the new budget row. */
const NEW_LINE: Record<string, string> = {
  en: 'Gender equality expertise, training and activities',
  fr: 'Expertise, formation et activités en matière d\'égalité de genre',
  es: 'Experticia, capacitación y actividades de igualdad de género',
}

const rule: Rule<MessageId> = {
  meta: {
    id: 'gender-budget',
    summary: 'The budget holds a funded gender line, or the text allocates an amount or share to gender.',
    severity: 'error',
    tags: ['gender', 'budget'],
    lesson:
      'Among the challenges that affected the gender aspects of the GMS TRIANGLE project was the "absence of a gender budget"; the evaluation lists "a gender budget" among what the project should have had from inception.',
    sources: [genderLesson181142],
    messages: {
      noBudget: {
        problem: 'The proposal has no budget, so nothing is allocated to gender equality.',
        why: 'The absence of a gender budget held back gender equality results (ILO evaluation 1379, lesson 181142).',
        fix: 'Add a budget section with a line for gender expertise, gender training and gender-specific activities.',
      },
      noGenderLine: {
        problem: 'The budget has no line for gender equality work, and no amount or share is allocated to it in the text.',
        why: 'The absence of a gender budget held back gender equality results (ILO evaluation 1379, lesson 181142).',
        fix: 'Add a budget line for gender expertise, gender training and gender-specific activities, or state the amount or share of the budget set aside for them.',
      },
      unfundedLine: {
        problem: 'The gender line "{item}" has no amount ({amount}).',
        why: 'A gender line without money is not a gender budget (ILO evaluation 1379, lesson 181142).',
        fix: 'Cost the gender work and enter the amount in this cell.',
      },
      unfundedItem: {
        problem: 'The budget item "{item}" for gender work gives no amount.',
        why: 'A gender line without money is not a gender budget (ILO evaluation 1379, lesson 181142).',
        fix: 'Cost the gender work and write the amount on this line.',
      },
    },
    translations: {fr, es},
    fixable: true,
    fixTitles: {addGenderLine: 'Add a gender line to the budget table'},
  },
  check(context) {
    const {model, report} = context
    const allocated = allocationInText(model)
    if (allocated) return satisfiedBy(context, `amount for gender stated in the text: “${allocated.amount}”`, allocated.sentence.range)

    const budgets = budgetTables(model)
    for (const budget of budgets) {
      const column = genderColumn(model, budget)
      if (column) return satisfiedBy(context, `gender column in the budget table: “${column.text}”`, column.range)
    }
    const unfunded: Array<{range: ListItem['range']; item: string; amount: string | null}> = []
    for (const budget of budgets) {
      for (const row of budget.table.rows) {
        if (isTotalRow(row, budget.itemColumn)) continue
        const items = itemCells(budget, row)
        // A line for women's own activities ("Women's leadership academy", "Empoderamiento económico de las
        // vendedoras") is gender-specific work too; renting a women's centre's hall is not.
        const isGender =
          items.some((cell) => model.find(genderConcept, {within: cell.range}).length > 0 || womenOnly(model.find(womenAndGirls, {within: cell.range})).length > 0 || model.find(empowerment, {within: cell.range}).some(empowersWomen) || GENDER_TAG.test(cell.text)) &&
          !items.some((cell) => model.find(venueHire, {within: cell.range}).length > 0)
        if (!isGender) continue
        const label = row.cells.find((each) => each.column === budget.itemColumn)?.text || items.map((each) => each.text).join(' ')
        if (hasPositiveAmount(budget, row)) return satisfiedBy(context, `gender line in the budget table: “${label}”`, row.range)
        const cell = lineAmountCell(budget, row)
        unfunded.push({range: cell?.range ?? row.range, item: label, amount: cell && cell.text !== '' ? cell.text : 'blank'})
      }
    }
    // Budgets written as lists: "- Gender specialist: TBD".
    for (const item of model.listItems) {
      if (!item.section?.isIn('budget')) continue
      if (model.find(genderConcept, {within: item.range}).length === 0 && womenOnly(model.find(womenAndGirls, {within: item.range})).length === 0) continue
      unfunded.push({range: item.range, item: item.text, amount: null})
    }

    if (unfunded.length > 0) {
      for (const line of unfunded) {
        missing(context, `an amount for the gender line “${line.item}”`, line.range)
        if (line.amount === null) report({messageId: 'unfundedItem', data: {item: line.item}, range: line.range})
        else report({messageId: 'unfundedLine', data: {item: line.item, amount: line.amount}, range: line.range})
      }
      return
    }
    const main = budgets.find((budget) => budget.inBudgetSection) ?? budgets[0]
    if (main) {
      missing(context, 'a gender line in the budget table, or an amount or share for gender stated in the text', main.table.range)
      report({
        messageId: 'noGenderLine',
        range: main.table.range,
        fix: {title: context.fixTitle('addGenderLine'), edits: [addGenderRow(model, main)]},
      })
      return
    }
    const section = model.sectionsOf('budget')[0]
    if (section) {
      missing(context, 'a gender line in the budget, or an amount or share for gender stated in the text', section.heading.range)
      report({messageId: 'noGenderLine', range: section.heading.range})
      return
    }
    missing(context, 'a budget: no budget section or budget table, and no amount for gender stated in the text')
    report({messageId: 'noBudget', range: model.titleRange})
  },
}

/**
 * A sentence that gives gender work an amount or a share, in one clause and
 * with neither negated ("No gender line of USD 50,000 is foreseen" is not
 * one). In a budget section any such sentence or list item counts ("Gender
 * specialist: USD 40,000"); elsewhere the clause must also say the money is
 * set aside ("earmarked", "a dedicated budget line", "allocated"). The
 * sentence and its amount, or null.
 */
/** An amount of money with its currency ("USD 70,000", "45 000 €"), as the core reads amounts; not a share ("8 %"). */
function isMoney(amount: string): boolean {
  const parsed = parseAmount(amount)
  return parsed.kind === 'money' && parsed.currency !== null
}

function allocationInText(model: ProposalModel): {sentence: Sentence; amount: string} | null {
  let previous: Sentence | undefined
  // Sentences come in document order: a block's first one says whether a budget title opens it.
  let blockStart = -1
  let blockTitledAsBudget = false
  for (const sentence of model.sentences({notIn: ['background'], includeHeadings: false})) {
    const before = previous
    previous = sentence
    // A table's cells are read as its rows (`budgetTables`), but for a template's row, whose cell is its section's text.
    if (sentence.container === 'table-cell' && sentence.section?.heading.style !== 'row') continue
    const text = sentence.text
    // A paragraph titled as a budget ("**Budget (USD).** Gender sensitisation and women's outreach: 62,000.") is one,
    // as a budget section is: proposals written output by output give each output its own.
    if (sentence.block.start.offset !== blockStart) {
      blockStart = sentence.block.start.offset
      blockTitledAsBudget = titlesABudget(sentence)
    }
    const inBudget = (sentence.section?.isIn('budget') ?? false) || blockTitledAsBudget
    // In the budget a line may give its value without a currency, stated once for the whole budget.
    const stated = amountSpans(text)
    const lineValue = inBudget ? lineValueSpan(text) : null
    const spans = lineValue && !stated.some((span) => span.end > lineValue.start) ? [...stated, lineValue] : stated
    // A share of someone's time ("50% of her time") is no amount of money.
    const times = sentence.find(timeShare, {includeNegated: true})
    const ofTime = (span: {end: number}) => times.some((time) => time.sentenceIndex >= span.end && text.slice(span.end, time.sentenceIndex).trim() === '')
    const amounts = spans.filter((span) => !isNegated(text, span.start, span.end) && !ofTime(span))
    // What an earlier phase spent ("En la fase I se asignó el 5 % del presupuesto a …") funds nothing now. Asked last:
    // reading a sentence's tense costs more than finding that it states no amount.
    if (amounts.length === 0 || isHistory(sentence)) continue
    // Outside the budget, "30 per cent of places are reserved for women" is a participation target, not money for gender work.
    // "Un montant de 45 000 USD est réservé à ces activités", right after the paragraph that lists the gender measures:
    // what "these activities" refers back to is the gender work of the paragraph (or list item) before, in the same section.
    const referredBack = before !== undefined && before.section === sentence.section && model.find(genderConcept, {within: before.block}).length > 0 ? sentence.find(theseActivities) : []
    // "80.000 dólares para acciones específicas de empoderamiento económico de las trabajadoras" is money for gender work.
    // In the gender section, money (not a share of places) set aside for activities for women is money for gender work:
    // "USD 70,000 … are earmarked for activities targeting women migrant workers".
    const forWomen = inBudget || (sentence.section?.isIn('gender') === true && amounts.some((span) => isMoney(text.slice(span.start, span.end))))
    const genders = [...sentence.find(genderConcept), ...(forWomen ? womenOnly(sentence.find(womenAndGirls)) : []), ...sentence.find(empowerment).filter(empowersWomen), ...referredBack].map(spanOf)
    const allocations = sentence.find(budgetAllocation).map(spanOf)
    for (const amount of amounts) {
      for (const mention of genders) {
        if (!sameClause(text, amount, mention)) continue
        if (inBudget || allocations.some((word) => sameClause(text, word, amount)) || costInBrackets(text, amount, mention)) {
          return {sentence, amount: text.slice(amount.start, amount.end)}
        }
      }
    }
  }
  return null
}

/** Whether a block's first sentence is a title that names a budget: "**Budget (USD).**", "**Presupuesto:**". */
function titlesABudget(first: Sentence): boolean {
  return first.titlesItsBlock === true && kindsOfTitle(first.text.replace(/[.:]\s*$/u, '')).includes('budget')
}

/**
 * Whether the amount is the cost of what the mention's clause describes, given in brackets after it: "Un audit
 * genre participatif sera conduit à mi-parcours … (12 000 EUR, ligne 4.2)", "gender training for 40 officials
 * (USD 18,000)". A figure in brackets is how running text states what an activity costs.
 */
function costInBrackets(text: string, amount: {start: number; end: number}, mention: {start: number; end: number}): boolean {
  const open = text.lastIndexOf('(', amount.start)
  if (open < mention.end || text.slice(open, amount.start).includes(')')) return false
  return sameClause(text, mention, {start: open, end: open + 1})
}

/** A line tagged as gender work in brackets, as budgets mark cross-cutting lines: "Activités en faveur des travailleuses migrantes (genre)". */
const GENDER_TAG = /\((?:gender|genre|g[ée]nero)\)/iu

/** How far after "empowerment" the women it is for are named: "empoderamiento económico de las vendedoras". */
const EMPOWERED_WITHIN_WORDS = 4

/**
 * Empowerment of women named by a plural feminine noun of people in French or Spanish ("empoderamiento económico
 * de las vendedoras", "autonomisation des transformatrices"): the feminine plural names women only.
 */
function empowersWomen(match: Match): boolean {
  const text = match.sentence.text
  const first = wordIndexFrom(text, match.sentenceIndex + match.text.length)
  return words(text)
    .slice(first, first + EMPOWERED_WITHIN_WORDS)
    .some((token) => {
      const word = text.slice(token.start, token.end)
      return /s$/iu.test(word) && isFemalePersonNoun(word)
    })
}

/** Women or girls named for themselves: "Kits scolaires (filles et garçons)" is for every child, no gender line. */
function womenOnly(mentions: Match[]): Match[] {
  if (mentions.length === 0) return mentions
  // Each sentence's pairs are found once and asked by bisection: a budget line may name women many times.
  const sentences = [...new Set(mentions.map((mention) => mention.sentence))]
  const together = overlapsAnyInItsSentence(sentences.flatMap((sentence) => sentence.find(womenAndMenTogether, {includeNegated: true})))
  return mentions.filter((mention) => !together(mention))
}

/** Where a mention sits in its sentence's text. */
function spanOf(match: Match): {start: number; end: number} {
  return {start: match.sentenceIndex, end: match.sentenceIndex + match.text.length}
}

/**
 * Whether two spans of a sentence lie in one clause (the core's clauses: ";",
 * "but", "whereas"... end one). A label and its value are one clause too: a
 * budget line "Women's leadership: EUR 60,000" joins two clauses with a colon.
 */
function sameClause(text: string, a: {start: number; end: number}, b: {start: number; end: number}): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a]
  const [, firstEnd] = clauseBounds(text, first.start, first.end)
  if (second.end <= firstEnd) return true
  // The clause right after the colon that ends the first one.
  const [secondStart] = clauseBounds(text, second.start, second.end)
  return /^\s*:\s*$/u.test(text.slice(firstEnd, secondStart))
}

/**
 * The gender column of a budget table ("Of which gender", "Gender share (%)",
 * a gender equality marker's share) that gives some line a non-zero amount or share, if any.
 */
function genderColumn(model: ProposalModel, budget: BudgetTable): TableCell | undefined {
  return budget.table.header.cells.find((header) => {
    if (model.find(genderConcept, {within: header.range}).length === 0) return false
    return budget.table.rows.some((row) => {
      if (isTotalRow(row, budget.itemColumn)) return false
      const cell = row.cells.find((each) => each.column === header.column)
      if (!cell) return false
      if (cell.amount.kind === 'money') return cell.amount.value > 0
      return amountSpans(cell.text).length > 0
    })
  })
}

/**
 * The quick fix: a gender row before the table's closing total rows, with the
 * table's column count, the item named and the amount cells set to "TBD" for
 * the writer to cost. The rule then points at that amount cell until it holds
 * money: a fix cannot know what gender work costs.
 */
function addGenderRow(model: ProposalModel, budget: BudgetTable): TextEdit {
  const {table, amountColumns, itemColumn} = budget
  const width = Math.max(table.header.cells.length, ...table.rows.map((row) => row.cells.length))
  const cells = Array.from({length: width}, (_, column) =>
    column === itemColumn ? NEW_LINE[model.language] ?? NEW_LINE.en : amountColumns.includes(column) ? TO_BE_DETERMINED[model.language] ?? 'TBD' : '',
  )
  const line = `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |')
  const eol = model.eol
  // Insert before the run of total rows that closes the table, if any.
  let firstTotal = table.rows.length
  while (firstTotal > 0 && isTotalRow(table.rows[firstTotal - 1]!, itemColumn)) firstTotal--
  const before = table.rows[firstTotal]
  if (before) {
    // The start of the row's line (a table in a list or a quote is indented): its column counts from there.
    const start = before.range.start.offset - (before.range.start.column - 1)
    return {start, end: start, text: `${line}${eol}`}
  }
  const end = table.range.end.offset
  return {start: end, end, text: `${eol}${line}`}
}

export default rule
