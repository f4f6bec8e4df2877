// social-partners: both workers' and employers' organisations have roles
// (seed 000, lesson 181147; seeds 003 and 004).
import type {Rule} from '@lessonlint/core'

import {missing, satisfiedBy} from '../shared/explain.js'
import {itcIloBoardCC82, lmppEvaluation2009, trainingLesson181147} from '../shared/sources.js'
import {stakeholdersOrTitle} from '../shared/migration.js'
import {employersMentions, workersMentions} from './roles.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'missingBoth' | 'missingWorkers' | 'missingEmployers'

const rule: Rule<MessageId> = {
  meta: {
    id: 'social-partners',
    summary: "Both workers' organisations (trade unions) and employers' organisations have roles in the project.",
    severity: 'warning',
    tags: ['constituents', 'social-dialogue', 'partners'],
    lesson:
      'Trade unions given a role in protecting migrant workers gained voice in advocating for policy change; social partner involvement is too often excluded or absent, and less than proportionate in training.',
    sources: [trainingLesson181147, itcIloBoardCC82, lmppEvaluation2009],
    messages: {
      missingBoth: {
        problem: "Neither workers' organisations (trade unions) nor employers' organisations have a role in the project.",
        why: 'Without the social partners the project is not tripartite, and what it builds has no constituency to carry it on (evaluation 1379; ITC-ILO Board CC 82/3).',
        fix: "Name the trade unions and the employers' organisations involved and the role of each: steering committee, delivery, outreach, monitoring.",
      },
      missingWorkers: {
        problem: "No workers' organisation (trade union) has a role in the project; only employers' organisations are involved.",
        why: 'Trade unions reach workers and speak for them; leaving them out breaks tripartism (evaluation 1379; ITC-ILO Board CC 82/3).',
        fix: 'Name the trade unions or workers\' organisations involved and give each a role: steering committee, outreach, representation, monitoring.',
      },
      missingEmployers: {
        problem: "No employers' organisation has a role in the project; only workers' organisations are involved.",
        why: "Employers' organisations reach the enterprises that must change practice; leaving them out breaks tripartism (ITC-ILO Board CC 82/3; evaluation 2009).",
        fix: "Name the employers' organisations (federations, associations, chambers) involved and give each a role: steering committee, enterprise outreach, validation, monitoring.",
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    // A negated mention ("no employers' organisation will be involved") is no role.
    const workersRoles = workersMentions(model)
    const employersRoles = employersMentions(model)
    const workers = workersRoles.length > 0
    const employers = employersRoles.length > 0
    if (workers) satisfiedBy(context, "workers' organisation given a role", workersRoles)
    if (employers) satisfiedBy(context, "employers' organisation given a role", employersRoles)
    if (workers && employers) return
    if (!workers) missing(context, "a role for workers' organisations (trade unions)")
    if (!employers) missing(context, "a role for employers' organisations")
    const messageId: MessageId = !workers && !employers ? 'missingBoth' : workers ? 'missingEmployers' : 'missingWorkers'
    context.report({messageId, range: stakeholdersOrTitle(model)})
  },
}

export default rule
