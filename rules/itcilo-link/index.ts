// itcilo-link: a proposal with a training component involves the ITC-ILO
// (seed 001, lesson 213957; seed 004, recommendation 3).
import type {Match, Rule} from '@lessonlint/core'

import {itcIlo} from '../lexicons/training.js'
import {missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {authorOfANote} from '../shared/partners.js'
import {itcIloBoardCC82, itcIloLesson213957} from '../shared/sources.js'
import {committedMentions, explainTrainingComponent, NO_TRAINING_COMPONENT, trainingComponent} from '../shared/training.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'noItcIlo'

const rule: Rule<MessageId> = {
  meta: {
    id: 'itcilo-link',
    summary: 'A proposal with a training component involves the ITC-ILO.',
    severity: 'warning',
    tags: ['training', 'itc-ilo', 'coherence'],
    lesson:
      'Not involving the ILO-ITC can create additional work for project staff and lead to duplication of efforts; projects with a training component should be flagged to the ITC-ILO at inception so that training builds on its existing knowledge and methods.',
    sources: [itcIloLesson213957, itcIloBoardCC82],
    messages: {
      noItcIlo: {
        problem: 'The proposal plans training but does not involve the ITC-ILO (International Training Centre of the ILO, Turin).',
        why: 'Training designed without the ITC-ILO duplicates work and cannot draw on its existing courses, materials and methods (evaluation 2421).',
        fix: 'Contact the ITC-ILO at inception and say what it does: co-design or deliver the course, host materials, or take participants into its academies.',
      },
    },
    translations: {fr, es},
  },
  check(context) {
    const {model} = context
    const component = trainingComponent(model)
    if (!component) return notApplicable(context, NO_TRAINING_COMPONENT)
    explainTrainingComponent(context, component)
    // Background history ("officials attended courses in Turin in 2017") and "ITC-ILO is not foreseen" are no link;
    // an agreement already reached ("se ha acordado con el Centro...") is one.
    // A mention the same sentence then rules out ("We checked with the Turin Centre about its course: …, so we will not
    // involve the ITC-ILO in this phase") is an inquiry that came to nothing.
    const ruledOutLater = (match: Match) =>
      match.sentence.find(itcIlo, {includeNegated: true}).some((later) => later.negated && later.sentenceIndex > match.sentenceIndex)
    // The Centre as the author a footnote cites ("[^5]: ITC-ILO, Board of the Centre, document CC 82/3 (2019)") wrote a source.
    const itc = committedMentions(model, itcIlo).filter((match) => !ruledOutLater(match) && !authorOfANote(match))
    if (itc.length > 0) return satisfiedBy(context, 'ITC-ILO named as a partner', itc)
    missing(context, 'the ITC-ILO (International Training Centre of the ILO, Turin) named as a partner in the plans')
    context.report({messageId: 'noItcIlo', range: component.range})
  },
}

export default rule
