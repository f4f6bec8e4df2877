// Every proposal needs the sections an evaluation's "validity of design"
// criterion looks for. An empty heading still counts here: whether a section
// says enough is for the content rules (sustainability-strategy...) to judge.
// But a section that holds only a placeholder ("<!-- TODO -->", "TBD", "à
// compléter") is reported: it says itself that it is not written, and a fix's
// skeleton must never turn "missing" into silence.
import type {Language, ProposalModel, Rule, Section, SectionKind} from '@lessonlint/core'
import {SECTION_KINDS, isPlaceholder} from '@lessonlint/core'

import {missing as explainMissing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {within} from '../shared/mentions.js'
import {appendSections} from '../shared/sections.js'
import {listIn} from '../shared/wording.js'
import {itcIloBoardCC82, lmppEvaluation2009} from '../shared/sources.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId = 'missingSection' | 'missingSections' | 'placeholderSection' | 'placeholderSections'

const DEFAULT_KINDS: SectionKind[] = ['objectives', 'activities', 'budget', 'monitoring', 'risks', 'sustainability']

/** How a kind is named in messages, in the language the writer reads. */
const KIND_NAMES: Record<Language, Record<SectionKind, string>> = {
  en: {
    objectives: 'objectives',
    activities: 'activities',
    budget: 'budget',
    monitoring: 'monitoring and evaluation',
    gender: 'gender equality',
    risks: 'risks',
    sustainability: 'sustainability',
    stakeholders: 'stakeholders',
    team: 'team',
    background: 'background',
  },
  fr: {
    objectives: 'objectifs',
    activities: 'activités',
    budget: 'budget',
    monitoring: 'suivi et évaluation',
    gender: 'égalité de genre',
    risks: 'risques',
    sustainability: 'durabilité',
    stakeholders: 'parties prenantes',
    team: 'équipe',
    background: 'contexte',
  },
  es: {
    objectives: 'objetivos',
    activities: 'actividades',
    budget: 'presupuesto',
    monitoring: 'seguimiento y evaluación',
    gender: 'igualdad de género',
    risks: 'riesgos',
    sustainability: 'sostenibilidad',
    stakeholders: 'partes interesadas',
    team: 'equipo',
    background: 'antecedentes',
  },
}

/** Skeleton headings the fix inserts, in the document's language. */
const SKELETON_TITLES: Record<Language, Record<SectionKind, string>> = {
  en: {
    objectives: 'Objectives',
    activities: 'Outputs and activities',
    budget: 'Budget',
    monitoring: 'Monitoring and evaluation',
    gender: 'Gender equality',
    risks: 'Risks and assumptions',
    sustainability: 'Sustainability and exit strategy',
    stakeholders: 'Stakeholders and partners',
    team: 'Team',
    background: 'Background',
  },
  fr: {
    objectives: 'Objectifs',
    activities: 'Produits et activités',
    budget: 'Budget',
    monitoring: 'Suivi et évaluation',
    gender: 'Égalité de genre',
    risks: 'Risques et hypothèses',
    sustainability: 'Durabilité et stratégie de sortie',
    stakeholders: 'Parties prenantes et partenaires',
    team: 'Équipe',
    background: 'Contexte',
  },
  es: {
    objectives: 'Objetivos',
    activities: 'Productos y actividades',
    budget: 'Presupuesto',
    monitoring: 'Seguimiento y evaluación',
    gender: 'Igualdad de género',
    risks: 'Riesgos y supuestos',
    sustainability: 'Sostenibilidad y estrategia de salida',
    stakeholders: 'Partes interesadas y socios',
    team: 'Equipo',
    background: 'Antecedentes',
  },
}

const PLACEHOLDER: Record<Language, string> = {
  en: '<!-- TODO: write this section. -->',
  fr: '<!-- TODO : rédiger cette section. -->',
  es: '<!-- TODO: redactar esta sección. -->',
}

const rule: Rule<MessageId> = {
  meta: {
    id: 'required-sections',
    summary: 'The proposal has objectives, activities, budget, monitoring and evaluation, risks and sustainability sections.',
    severity: 'error',
    tags: ['structure', 'design'],
    lesson:
      'Evaluations judge the validity of a project\'s design, its efficiency, effectiveness, impact and sustainability; a proposal that leaves out one of these parts cannot be appraised on it, and short projects without a sustainability plan let well-meant work languish.',
    sources: [lmppEvaluation2009, itcIloBoardCC82],
    messages: {
      missingSection: {
        problem: 'The proposal has no {missing} section.',
        why: 'Evaluators assess the validity of design, efficiency, effectiveness, impact and sustainability, and need each part written down to do so.',
        fix: 'Add a heading for the missing part ({missing}) and describe it under the heading.',
      },
      missingSections: {
        problem: 'The proposal has no {missing} sections.',
        why: 'Evaluators assess the validity of design, efficiency, effectiveness, impact and sustainability, and need each part written down to do so.',
        fix: 'Add a heading for each missing part ({missing}) and describe it under the heading.',
      },
      placeholderSection: {
        problem: 'The {placeholders} section still holds only a placeholder.',
        why: 'Evaluators assess the validity of design, efficiency, effectiveness, impact and sustainability, and need each part written down to do so.',
        fix: 'Write the {placeholders} section: replace the placeholder with what the project will do.',
      },
      placeholderSections: {
        problem: 'The {placeholders} sections still hold only a placeholder.',
        why: 'Evaluators assess the validity of design, efficiency, effectiveness, impact and sustainability, and need each part written down to do so.',
        fix: 'Write the {placeholders} sections: replace the placeholder with what the project will do.',
      },
    },
    fixTitles: {
      addSkeleton: 'Add a skeleton heading for {missing}',
      addSkeletons: 'Add skeleton headings for {missing}',
    },
    translations: {fr, es},
    fixable: true,
    optionsSchema: {
      type: 'object',
      properties: {
        kinds: {
          type: 'array',
          items: {enum: [...SECTION_KINDS]},
          uniqueItems: true,
          description: 'Section kinds the proposal must have.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: {kinds: DEFAULT_KINDS},
  },
  check(context) {
    const {model, options, report, locale} = context
    const wanted = Array.isArray(options.kinds)
      ? options.kinds.filter((kind): kind is SectionKind => SECTION_KINDS.includes(kind as SectionKind))
      : DEFAULT_KINDS
    if (wanted.length === 0) notApplicable(context, 'no section kinds required (the `kinds` option is empty)')
    for (const kind of wanted) {
      const section = model.sectionsOf(kind)[0]
      if (section) satisfiedBy(context, `${KIND_NAMES.en[kind]} section: “${section.heading.title}”`, section.heading.range)
    }
    const placeholders = wanted.filter((kind) => {
      const sections = model.sectionsOf(kind)
      return sections.length > 0 && sections.every((section) => holdsOnlyPlaceholder(model, section))
    })
    if (placeholders.length > 0) {
      const first = model.sectionsOf(placeholders[0]!)[0]!
      for (const kind of placeholders) explainMissing(context, `content under the ${KIND_NAMES.en[kind]} heading (it holds only a placeholder)`, model.sectionsOf(kind)[0]!.heading.range)
      report({
        messageId: placeholders.length > 1 ? 'placeholderSections' : 'placeholderSection',
        data: {placeholders: listIn(locale, placeholders.map((kind) => KIND_NAMES[locale][kind]))},
        range: first.heading.range,
      })
    }
    const missing = wanted.filter((kind) => model.sectionsOf(kind).length === 0)
    if (missing.length === 0) return
    for (const kind of missing) explainMissing(context, `a heading for ${KIND_NAMES.en[kind]}`)
    const names = listIn(locale, missing.map((kind) => KIND_NAMES[locale][kind]))
    report({
      messageId: missing.length > 1 ? 'missingSections' : 'missingSection',
      data: {missing: names},
      range: model.titleRange,
      fix: {
        title: context.fixTitle(missing.length > 1 ? 'addSkeletons' : 'addSkeleton', {missing: names}),
        edits: [appendSections(model, missing.map((kind) => ({heading: SKELETON_TITLES[model.language][kind], placeholder: PLACEHOLDER[model.language]})))],
      },
    })
  },
}

/** A TODO comment or a placeholder text ("TBD", "à compléter") and nothing else under the heading. */
function holdsOnlyPlaceholder(model: ProposalModel, section: Section): boolean {
  const content = section.contentRange
  if (section.hasContent || !content) return false
  const todo = model.comments.some((comment) => within(comment.range, content) && /^(?:todo|tbd|tbc|fixme)\b/iu.test(comment.text))
  return todo || model.sentences({within: content}).some((sentence) => isPlaceholder(sentence.text))
}


export default rule
