// Constituents or beneficiaries take part in ongoing monitoring (seed 003:
// "Involving recipients of project support in ongoing monitoring of
// results"): joint or participatory monitoring, or progress reviews with the
// steering committee, unions, employers or beneficiaries.
import type {ProposalModel, Rule, Sentence} from '@lessonlint/core'

import {
  monitoringActors,
  monitoringObject,
  monitoringParticipation,
  monitoringWord,
  participatoryMonitoring,
  reviewMeeting,
  sharedMonitoringAdjective,
} from '../lexicons/monitoring.js'
import {overlaps} from '../shared/mentions.js'
import {lmppEvaluation2009} from '../shared/sources.js'

type MessageId = 'noParticipation'

const rule: Rule<MessageId> = {
  meta: {
    id: 'participatory-monitoring',
    summary: 'Constituents or beneficiaries take part in ongoing monitoring.',
    severity: 'info',
    tags: ['monitoring', 'constituents'],
    lesson:
      'The LMPP evaluation recommends "involving recipients of project support in ongoing monitoring of results" to improve how the impact of migration projects is assessed.',
    sources: [lmppEvaluation2009],
    messages: {
      noParticipation: {
        problem: 'The M&E plan leaves monitoring to project staff: no constituents or beneficiaries take part in it.',
        why: 'Involving the recipients of project support in ongoing monitoring improves how results are assessed and owned (LMPP final evaluation, 2009).',
        fix: 'Plan joint monitoring visits with the social partners or beneficiaries, or regular reviews of the monitoring data with the steering committee.',
      },
    },
    fixable: false,
  },
  check({model, report}) {
    const sections = model.sectionsOf('monitoring')
    if (sections.length === 0) return
    if (hasParticipation(model)) return
    report({messageId: 'noParticipation', range: sections[0]!.heading.range})
  },
}

function hasParticipation(model: ProposalModel): boolean {
  if (model.has(participatoryMonitoring, {notIn: ['background'], includeHeadings: false})) return true
  return model.sentences({notIn: ['background'], includeHeadings: false}).some(
    (sentence) =>
      // "The steering committee reviews the monitoring data": who, taking part, in what.
      (sentence.find(monitoringActors).length > 0 &&
        sentence.find(monitoringParticipation).length > 0 &&
        sentence.find(monitoringObject).length > 0) ||
      // "Monitoring will be community-based."
      (sentence.find(sharedMonitoringAdjective).length > 0 && sentence.find(monitoringWord).length > 0) ||
      joinsReviewMeetings(sentence),
  )
}

/**
 * "Union representatives will take part in quarterly review meetings with the
 * project team": in the M&E plan, a review meeting reviews the monitoring
 * data, so constituents taking part in one take part in ongoing monitoring.
 * The taking part must be a word of its own, not the "review" of the meeting's name.
 */
function joinsReviewMeetings(sentence: Sentence): boolean {
  if (!sentence.section?.isIn('monitoring')) return false
  const meetings = sentence.find(reviewMeeting)
  if (meetings.length === 0 || sentence.find(monitoringActors).length === 0) return false
  return sentence.find(monitoringParticipation).some((part) => !meetings.some((meeting) => overlaps(meeting.range, part.range)))
}

export default rule
