// "The proposal works through implementing partners or constituents"
// (CHECKLIST gender-training-partners): a stakeholders section with content,
// or partners named as doing part of the work outside the background.
import {related, defineLexicon, type Match, type ProposalModel, type Section} from '@lessonlint/core'

import {biographyMarkers} from '../lexicons/partners.js'

import {hasRealContent} from './sections.js'

/** Who a project works through: constituents, ministries, social partners, NGOs, implementing agreements. */
export const implementingPartners = defineLexicon('implementing-partners', {
  en: [
    'implementing partner',
    'partner organisation',
    'partner organization',
    'partner institution',
    'national partner',
    'local partner',
    'counterpart',
    'constituents',
    'tripartite partners',
    'social partners',
    'ministry',
    'ministries',
    'labour department',
    'labor department',
    'department of labour',
    'department of labor',
    'trade union',
    'workers\' organisation',
    'workers\' organization',
    'employers\' organisation',
    'employers\' organization',
    'employers\' federation',
    'employers\' association',
    'chamber of commerce',
    'NGO',
    'non-governmental organisation',
    'non-governmental organization',
    'civil society organisation',
    'civil society organization',
    'implementation agreement',
    'implementing agreement',
    'service contract',
    'grant agreement',
    'local authorities',
    'district assembly',
    'municipality',
    'training centre',
    'training center',
    'training institution',
  ],
  fr: [
    'partenaire de mise en œuvre',
    'partenaires de mise en œuvre',
    'partenaire de mise en oeuvre',
    'partenaires de mise en oeuvre',
    'partenaire national',
    'partenaires nationaux',
    'mandants',
    'partenaires sociaux',
    'ministère',
    'syndicat',
    'organisation de travailleurs',
    'organisations de travailleurs',
    'organisation d\'employeurs',
    'organisations d\'employeurs',
    'ONG',
    'société civile',
    'accord de mise en œuvre',
    'accord de mise en oeuvre',
    'collectivités locales',
    'centre de formation',
  ],
  es: [
    'socio implementador',
    'socios implementadores',
    'contraparte',
    'mandantes',
    'interlocutores sociales',
    'ministerio',
    'sindicato',
    'organización de trabajadores',
    'organizaciones de trabajadores',
    'organización de empleadores',
    'organizaciones de empleadores',
    'ONG',
    'sociedad civil',
    'gobiernos locales',
    'centro de formación',
  ],
})

/** Whether the project works through implementing partners or constituents. */
export function worksThroughPartners(model: ProposalModel): boolean {
  return partnersEvidence(model) !== null
}

/** What shows the project works through partners: a stakeholders section with content, or partners named in the plans; null when nothing does. */
export function partnersEvidence(model: ProposalModel): {section: Section} | {mentions: Match[]} | null {
  const section = model.sectionsOf('stakeholders').find((each) => hasRealContent(model, each))
  if (section) return {section}
  const mentions = model.find(implementingPartners, {notIn: ['background']})
  return mentions.length > 0 ? {mentions} : null
}

/**
 * Whether a mention sits in a biography or a track record (a paragraph, list
 * item or table row that gives someone's years of experience, previous post or
 * degree): "In her previous post she taught a course on Conventions 97 and
 * 143" is what the manager did, not what the project rests on or plans.
 */
export function inBiography(model: ProposalModel, match: Match): boolean {
  return model.find(biographyMarkers, {within: match.sentence.block}).some((marker) => related(match, marker, 'block'))
}
