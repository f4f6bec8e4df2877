// "Policy work" (CHECKLIST): outputs, activities or objectives that draft,
// revise or adopt a policy, law, regulation, bilateral agreement / MoU or
// national action plan; or front matter `components: [policy]`. Background
// history ("the 2003 MoU, revised in 2015") is not policy work, and neither
// are policy briefs, policy dialogue or policy makers.
import type {FrontMatterEntry, ProposalModel, Range, Section, Sentence} from '@lessonlint/core'

import {notAnInstrument, policyAction, policyInstrument} from '../lexicons/policy.js'
import {isInKind, isTitleSection, overlaps} from './kinds.js'

export interface PolicyWork {
  /** Sentences that plan policy work: outputs first, then objectives, indicators, and summaries (each in document order). */
  sentences: Sentence[]
  /** The front matter `components` entry, when it lists `policy`. */
  declared: FrontMatterEntry | null
}

/** Whether the front matter list under `key` holds `value` (case-insensitive). */
export function frontMatterListHas(model: ProposalModel, key: string, value: string): FrontMatterEntry | null {
  const entry = model.frontMatter?.entries.get(key)
  if (!entry) return null
  const list = Array.isArray(entry.value) ? entry.value : [entry.value]
  return list.some((item) => typeof item === 'string' && item.trim().toLowerCase() === value) ? entry : null
}

/** Whether a sentence plans work on a policy instrument: an instrument and a drafting action, neither negated. */
export function isPolicySentence(sentence: Sentence): boolean {
  const excluded = sentence.find(notAnInstrument, {includeNegated: true})
  const instruments = sentence.find(policyInstrument).filter((match) => !excluded.some((other) => overlaps(match, other)))
  if (instruments.length === 0) return false
  return sentence.find(policyAction).some((action) => !instruments.some((instrument) => overlaps(action, instrument)))
}

export function policyWork(model: ProposalModel): PolicyWork {
  const inIndicator = (sentence: Sentence) =>
    model.indicators.some(
      (indicator) =>
        sentence.range.start.offset >= indicator.range.start.offset && sentence.range.end.offset <= indicator.range.end.offset,
    )
  const candidates = model
    .sentences()
    .filter((sentence) => !isInKind(model, sentence.section, 'background'))
    .filter(isPolicySentence)
  const outputs = candidates.filter((sentence) => isInKind(model, sentence.section, 'activities'))
  const objectives = candidates.filter(
    (sentence) => !outputs.includes(sentence) && isInKind(model, sentence.section, 'objectives'),
  )
  const indicators = candidates.filter(
    (sentence) => !outputs.includes(sentence) && !objectives.includes(sentence) && inIndicator(sentence),
  )
  // A summary or an untitled opening says what the project does, too; risks, budget and other kinds of section do not.
  const summaries = candidates.filter(
    (sentence) =>
      !outputs.includes(sentence) && !objectives.includes(sentence) && !indicators.includes(sentence) && isUnclassified(model, sentence.section),
  )
  return {
    sentences: [...outputs, ...objectives, ...indicators, ...summaries],
    declared: frontMatterListHas(model, 'components', 'policy'),
  }
}

/** A section of no kind under no kinded section (a summary, the text under the title). */
function isUnclassified(model: ProposalModel, section: Section | null): boolean {
  for (let current = section; current; current = current.parent) {
    if (current.kinds.length > 0 && !isTitleSection(model, current)) return false
  }
  return true
}

export function hasPolicyWork(work: PolicyWork): boolean {
  return work.sentences.length > 0 || work.declared !== null
}

/** Where a finding about policy work points: the first policy output, else the declared component. */
export function policyWorkRange(work: PolicyWork, fallback: Range): Range {
  return work.sentences[0]?.range ?? work.declared?.keyRange ?? fallback
}

