// A gender analysis that speaks of women and girls also considers men's and
// boys' specific vulnerabilities (seed 002: "men and boys, as well as women
// and girls, have specific vulnerabilities to forced labour and
// trafficking"). "Young women and men" names both as one group, and "paid
// less than men" uses men as the yardstick of women's disadvantage: neither
// counts as considering men.
import type {Match, Rule, Section} from '@lessonlint/core'

import {menAndBoys, menAsComparison, womenAndGirls, womenAndMenTogether} from '../lexicons/gender.js'
import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {overlaps, within} from '../shared/mentions.js'
import {genderLesson181142} from '../shared/sources.js'

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
    fixable: false,
  },
  check(context) {
    const {model, report} = context
    const sections = model.sectionsOf('gender')
    if (sections.length === 0) return notApplicable(context, 'no gender analysis: no gender section')
    const inAnalysis = {in: ['gender'], includeHeadings: false} as const
    const women = model.find(womenAndGirls, inAnalysis)
    if (women.length === 0) return notApplicable(context, 'the gender section does not speak of women or girls', sections[0]!.heading.range)
    applies(context, 'gender analysis speaks of women or girls', women)
    // Men named with women as one group, or as the yardstick of women's disadvantage ("paid less than
    // men"), are not men's own vulnerabilities.
    const notMensOwn = [
      ...model.find(womenAndMenTogether, {...inAnalysis, includeNegated: true}),
      ...model.find(menAsComparison, {...inAnalysis, includeNegated: true}),
    ]
    const men = model.find(menAndBoys, inAnalysis).filter((match) => !notMensOwn.some((other) => overlaps(other.range, match.range)))
    if (men.length > 0) return satisfiedBy(context, "men's or boys' own situation considered", men)
    missing(context, "men's and boys' own vulnerabilities in the gender analysis")
    const first = women[0]!
    const section = sectionWith(sections, first) ?? sections[0]!
    report({messageId: 'onlyWomen', range: section.heading.range})
  },
}

/** The top gender section holding a match. */
function sectionWith(sections: readonly Section[], match: Match): Section | undefined {
  return sections.find((section) => within(match.range, section.range))
}

export default rule
