// participation-balance: training sets participation targets for women and for
// workers' and employers' representatives (seed 004).
import type {Match, ProposalModel, Range, Rule} from '@lessonlint/core'

import {participationContext, participationTarget, womenParticipants} from '../lexicons/training.js'
import {missing as explainMissing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {currentMentions, tableRowAt} from '../shared/mentions.js'
import {itcIloBoardCC82} from '../shared/sources.js'
import {explainTrainingComponent, NO_TRAINING_COMPONENT, trainingComponent} from '../shared/training.js'
import {employersMentions, workersMentions} from '../social-partners/roles.js'

type MessageId = 'missingTargets'

type Group = 'women' | 'workers' | 'employers'

type Options = {
  groups: Group[]
}

const LABELS: Record<Group, string> = {
  women: 'women',
  workers: "workers' representatives",
  employers: "employers' representatives",
}

const ALL_GROUPS = Object.keys(LABELS) as Group[]

/** A percentage written with the sign: the term syntax has no "%", so the sentence text is read for a number before one. */
const PERCENT_SIGN = /\d\s*%/u

/** The unit a target is read in: the table row for a cell ("| Trainees, by sex | 40% women |"), else the sentence. */
function unitOf(model: ProposalModel, match: Match): Range {
  const row = match.sentence.container === 'table-cell' ? tableRowAt(model, match.range.start.offset) : undefined
  return row?.range ?? match.sentence.range
}

/** Whether a mention of a group sits in a statement that sets a target for training participants. */
function isTarget(model: ProposalModel, match: Match): boolean {
  const unit = unitOf(model, match)
  const sentences = model.sentences({within: unit})
  const target =
    model.find(participationTarget, {within: unit, includeNegated: true}).length > 0 ||
    sentences.some((sentence) => PERCENT_SIGN.test(sentence.text))
  return target && model.find(participationContext, {within: unit, includeNegated: true}).length > 0
}

function listed(labels: string[]): string {
  if (labels.length <= 1) return labels.join('')
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`
}

const rule: Rule<MessageId, Options> = {
  meta: {
    id: 'participation-balance',
    summary: "Training sets participation targets for women and for workers' and employers' representatives.",
    severity: 'info',
    tags: ['training', 'gender', 'social-partners'],
    lesson:
      'Gender-balanced participation was promoted but not always realised, and social partner participants took part less than proportionately in some activities; training should set out who takes part.',
    sources: [itcIloBoardCC82],
    messages: {
      missingTargets: {
        problem: 'The training sets no participation target for {missing}.',
        why: 'Without targets, women and social partner representatives are under-represented among participants (ITC-ILO Board CC 82/3).',
        fix: "State who takes part: a share of women among participants, and places reserved for workers' and employers' representatives (for example one quarter each).",
      },
    },
    optionsSchema: {
      type: 'object',
      properties: {
        groups: {
          type: 'array',
          items: {enum: ALL_GROUPS},
          uniqueItems: true,
          minItems: 1,
          description: 'The groups that need a participation target.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {groups: ALL_GROUPS},
  },
  check(context) {
    const {model, options} = context
    const component = trainingComponent(model)
    if (!component) return notApplicable(context, NO_TRAINING_COMPONENT)
    explainTrainingComponent(context, component)
    const mentionsOf: Record<Group, () => Match[]> = {
      women: () => currentMentions(model, womenParticipants),
      workers: () => workersMentions(model),
      employers: () => employersMentions(model),
    }
    const wanted = ALL_GROUPS.filter((group) => (options.groups ?? ALL_GROUPS).includes(group))
    const missing: Group[] = []
    for (const group of wanted) {
      const target = mentionsOf[group]().find((match) => isTarget(model, match))
      if (target) satisfiedBy(context, `participation target for ${LABELS[group]}`, [target])
      else missing.push(group)
    }
    if (missing.length === 0) return
    for (const group of missing) explainMissing(context, `a participation target for ${LABELS[group]} among the people trained`)
    context.report({
      messageId: 'missingTargets',
      data: {missing: listed(missing.map((group) => LABELS[group]))},
      range: component.range,
    })
  },
}

export default rule
