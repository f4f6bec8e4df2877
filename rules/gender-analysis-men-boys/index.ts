// A gender analysis that speaks of women and girls also considers men's and
// boys' specific vulnerabilities (seed 002: "men and boys, as well as women
// and girls, have specific vulnerabilities to forced labour and
// trafficking"). Men count only in that role: said in one clause with a
// risk, a harm or a reluctance to seek help. "Young women and men" names both
// as one group, "paid less than men" uses men as the yardstick of women's
// disadvantage, "harassment by male supervisors" names men as perpetrators,
// and "men hold 92 % of skilled posts" names them as the advantaged: none
// considers men's own situation.
import {related, wordIndexFrom, type Match, type ProposalModel, type Rule, type Section} from '@lessonlint/core'

import {genderConcept, menAndBoys, menAsComparison, menAsPerpetrators, vulnerability, womenAndGirls, womenAndMenTogether} from '../lexicons/gender.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {overlaps, within} from '../shared/mentions.js'
import {genderLesson181142} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'onlyWomen'

const rule: Rule<MessageId> = {
  meta: {
    id: 'gender-analysis-men-boys',
    summary: 'A gender analysis that speaks of women or girls also considers men\'s and boys\' specific vulnerabilities.',
    severity: 'info',
    tags: ['gender'],
    lesson:
      'The GMS TRIANGLE evaluation found it "good practice to address the fact that men and boys, as well as women and girls, have specific vulnerabilities to forced labour and trafficking": men are hard to reach and, for fear of stigma, reluctant to seek help.',
    sources: [genderLesson181142],
    messages: {
      onlyWomen: {
        problem: 'The gender analysis speaks of women and girls but not of men\'s and boys\' own vulnerabilities.',
        why: 'Men and boys also have specific vulnerabilities (to forced labour, trafficking, hazardous work) and are often reluctant to seek help (ILO evaluation 1379, lesson 181142).',
        fix: 'Add what puts men and boys at risk in this context and how the project will reach them.',
      },
    },
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    const sections = analysisSections(model)
    if (sections.length === 0) return notApplicable(context, 'no gender analysis: no gender section, and no section headed by a gender subject')
    const inAnalysis = (lexicon: Parameters<ProposalModel['find']>[0], includeNegated = false) =>
      sections.flatMap((section) => (section.contentRange ? model.find(lexicon, {within: section.contentRange, includeHeadings: false, includeNegated}) : []))
    const women = inAnalysis(womenAndGirls)
    if (women.length === 0) return notApplicable(context, 'the gender section does not speak of women or girls', sections[0]!.heading.range)
    applies(context, 'gender analysis speaks of women or girls', women)
    // Men named with women as one group, as the yardstick of women's disadvantage ("paid less than
    // men") or as perpetrators ("by male supervisors") are not men's own vulnerabilities.
    const notMensOwn = [...inAnalysis(womenAndMenTogether, true), ...inAnalysis(menAsComparison, true), ...inAnalysis(menAsPerpetrators, true)]
    const risks = inAnalysis(vulnerability)
    const men = inAnalysis(menAndBoys).filter((match) => !notMensOwn.some((other) => overlaps(other.range, match.range)))
    for (const match of men) {
      const risk = risks.find((each) => saidOf(match, each))
      if (risk) return satisfiedBy(context, "men's or boys' own vulnerabilities considered", [match, risk])
    }
    if (men.length > 0) missing(context, "a risk, harm or reluctance to seek help said of the men or boys named (they appear only as a group, a yardstick, the advantaged or perpetrators)", men[0]!.range)
    else missing(context, "men's and boys' own vulnerabilities in the gender analysis")
    const first = women[0]!
    const section = sectionWith(sections, first) ?? sections[0]!
    report({messageId: 'onlyWomen', range: section.heading.range})
  },
}

/**
 * Whether a risk is said of the men or boys named: in one clause ("Men at sea
 * face debt bondage"), or anywhere in a list item or table row they lead
 * ("- Garçons : ils manient la machette ... exposés à la traite").
 */
function saidOf(men: Match, risk: Match): boolean {
  if (related(men, risk, 'clause')) return true
  return leadsBlock(men) && related(men, risk, 'block')
}

/**
 * Whether the men or boys named are what their list item, table row or paragraph is about: its first word
 * ("Garçons : …"), or the subject that opens a paragraph ("Les hommes, eux, sont embarqués. … des dizaines de
 * morts parmi eux").
 */
function leadsBlock(men: Match): boolean {
  const {sentence} = men
  if (sentence.container === 'list-item' || sentence.container === 'table-cell') return men.sentenceIndex === 0
  if (sentence.container !== 'paragraph' || sentence.range.start.offset !== sentence.block.start.offset) return false
  return wordIndexFrom(sentence.text, men.sentenceIndex) <= 1
}

/**
 * Where the gender analysis is: the gender sections, and sections headed by a
 * gender subject the model does not name as one ("Analyse des inégalités
 * liées au sexe", "Gender-based risks"), top-level ones only.
 */
function analysisSections(model: ProposalModel): Section[] {
  const found = [...model.sectionsOf('gender')]
  for (const match of model.find(genderConcept, {includeHeadings: true})) {
    const section = match.section
    if (match.sentence.container !== 'heading' || !section || section.heading === model.title) continue
    // A heading that names another kind ("Gender-responsive budget", "Gender-sensitive M&E") heads that part.
    if (section.kinds.length > 0 || found.includes(section)) continue
    found.push(section)
  }
  const nested = (section: Section) => found.some((other) => other !== section && within(section.range, other.range))
  return found.filter((section) => !nested(section)).sort((a, b) => a.range.start.offset - b.range.start.offset)
}

/** The top gender section holding a match. */
function sectionWith(sections: readonly Section[], match: Match): Section | undefined {
  return sections.find((section) => within(match.range, section.range))
}

export default rule
