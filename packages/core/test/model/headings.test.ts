import {describe, expect, it} from 'vitest'
import {buildModel, kindsOfTitle, stripNumbering} from '../../src/model/index.js'
import type {SectionKind} from '../../src/types.js'

const kindsOfHeading = (line: string): readonly SectionKind[] => {
  const model = buildModel(`# Proposal\n\n${line}\n\nSome text.\n`)
  return model.sections.at(-1)!.kinds
}

describe('section kinds from real heading wordings', () => {
  it.each<[string, SectionKind[]]>([
    ['## 4. Monitoring, Evaluation & Learning (MEL)', ['monitoring']],
    ['### Budget (USD)', ['budget']],
    ['## 6 Risks & mitigation', ['risks']],
    ['## III. Gender equality and non-discrimination', ['gender']],
    ['**Exit strategy**', ['sustainability']],
    ['## 7. Durabilité et stratégie de sortie', ['sustainability']],
    ['## 1. Background and justification', ['background']],
    // A budget's justification argues its lines: the budget, no background.
    ['## 5. Budget justification (USD)', ['budget']],
    ['## Justification budgétaire détaillée', ['budget']],
    ['## 6. Justificación del presupuesto', ['budget']],
    ['## 7. Presupuesto detallado y justificación', ['budget']],
    ['## 1. Justificación', ['background']],
    ['## 2. Goal, outcomes and results', ['objectives']],
    ['## 2. Objectives and expected outcomes', ['objectives']],
    ['## 3. Outcomes, outputs and activities', ['objectives', 'activities']],
    ['## 4. Outputs and workplan', ['activities']],
    ['## 3. Implementation strategy', ['activities']],
    ['## 2 Project strategy', []],
    ['## 4. Implementation arrangements', ['stakeholders']],
    ['## 4. Partners, governance and management arrangements', ['stakeholders']],
    ['## 4. Institutional and management arrangements', ['stakeholders']],
    ['## 6. Risk management', ['risks']],
    ['## 6. Risks and assumptions', ['risks']],
    ['## 7. Financial plan (GBP)', ['budget']],
    ['## 8 Budget (EUR)', ['budget']],
    ['## G. Monitoring and evaluation framework', ['monitoring']],
    ['### 7.1 Results framework', ['monitoring']],
    ['### 8.1 Indicators', ['monitoring']],
    ['## M&E plan', ['monitoring']],
    ['## Logframe', ['monitoring']],
    ['## 5 Gender equality and social inclusion', ['gender']],
    ["## Women's economic empowerment", ['gender']],
    ['## Gender and sustainability', ['gender', 'sustainability']],
    ['## 9. Sustainability and exit strategy', ['sustainability']],
    ['## Phase-out and handover', ['sustainability']],
    ['## 3 Activities by outcome', ['activities']],
    ['### Output 3.1 – Stronger roles for social partners', ['activities']],
    ['**Outcome 1 – Worker preparation.**', ['objectives']],
    // A short label naming no kind, then a subject described at length: its words name what it is about.
    ['### UI: New type of posts specific to Kusama governance', []],
    ['### Research note: measuring recruitment costs from household surveys', []],
    // ... but a short description is the section's name, and a label that is a kind decides.
    ['### Phase 4: Evaluation & scale planning (month 6)', ['monitoring']],
    ['### Phase 2 – Exit and handover', ['sustainability']],
    ['## Risks: what could go wrong and how we will respond', ['risks']],
    ['### 7.2 Measuring training results', []],
    ['## Executive summary', []],
    ['***Exit strategy***', ['sustainability']],
    ['## Human resources', []],
    ['## Resources', ['budget']],
    ['## A. Rationale', ['background']],
    // Who does the work: the team's section (its members' profiles and the project's staffing).
    ['## People', ['team']],
    ['### Proposed project team', ['team']],
    ["## 4. L'équipe", ['team']],
    ['## Equipo del proyecto', ['team']],
    ['## Team members', ['team', 'background']],
    ['## Team building for cooperative leaders', []],
    ['## 5. Monitoring and reporting', ['monitoring']],
    ['## Reporting', ['monitoring']],
    ['## Key deliverables', ['activities']],
    ['## Project management structure', ['stakeholders']],
    ['## Problem and needs analysis', ['background']],
    // "Experiencia" is a track record; "experiencia especializada" or "técnica" is expertise the project has or engages.
    ['## Experiencia de la organización', ['background']],
    ['### P7. ¿Cuenta el proyecto con experiencia especializada en género?', ['gender']],
    // French
    ['## Dispositif de pilotage', ['stakeholders']],
    ['## Arrangements institutionnels', ['stakeholders']],
    ['## Problématique', ['background']],
    ['## Viabilité et pérennité', ['sustainability']],
    ['## 1. Contexte et justification', ['background']],
    ['## 2. Objectifs et résultats attendus', ['objectives']],
    ['## 3. Activités et plan de travail', ['activities']],
    ['## 4. Modalités de mise en œuvre', ['stakeholders']],
    // Who executes the project: its arrangements, whatever else the heading says.
    ['## 3. Instancias ejecutoras', ['stakeholders']],
    ['## Executing agencies', ['stakeholders']],
    ['## Dispositif de mise en œuvre', ['activities', 'stakeholders']],
    ['## Mise en œuvre', ['activities']],
    ['## 5. Suivi et évaluation', ['monitoring']],
    ['## Cadre de résultats', ['monitoring']],
    ['## 6. Égalité entre hommes et femmes', ['gender']],
    ['## Égalité de genre', ['gender']],
    ['## 7. Risques et hypothèses', ['risks']],
    ['## 8. Budget et plan de financement', ['budget']],
    ['## Pérennité', ['sustainability']],
    ['## Résultats', ['objectives']],
    ['## Effets attendus et extrants', ['objectives', 'activities']],
    ['## Suivi des résultats', ['monitoring']],
    ['## Matrice de résultats', ['monitoring']],
    ['## Parties prenantes et gouvernance', ['stakeholders']],
    // Spanish
    ['## Objetivos', ['objectives']],
    ['## Resultados esperados', ['objectives']],
    ['## Marco de resultados', ['monitoring']],
    ['## Arreglos institucionales', ['stakeholders']],
    ['## Actores clave y socios', ['stakeholders']],
    ['## Contexto y justificación', ['background']],
    ['## Marco lógico', ['monitoring']],
    ['## Presupuesto (USD)', ['budget']],
    ['## Seguimiento y evaluación', ['monitoring']],
    ['## Igualdad de género', ['gender']],
    ['## Riesgos y supuestos', ['risks']],
    ['## Sostenibilidad y estrategia de salida', ['sustainability']],
  ])('%s', (heading, kinds) => {
    expect(kindsOfHeading(heading)).toEqual(kinds)
  })

  it('is also available on titles directly', () => {
    expect(kindsOfTitle('MONITORING AND EVALUATION')).toEqual(['monitoring'])
    expect(kindsOfTitle('Costs')).toEqual(['budget'])
  })
})

describe('numbering', () => {
  it.each([
    ['4. Monitoring & Evaluation', 'Monitoring & Evaluation'],
    ['4.1 Indicators', 'Indicators'],
    ['4.1. Indicators', 'Indicators'],
    ['6 Risks & mitigation', 'Risks & mitigation'],
    ['IV. Gender', 'Gender'],
    ['A. Rationale', 'Rationale'],
    ['1) Objectives', 'Objectives'],
    ['(b) Partners', 'Partners'],
    ['Section 3: Budget', 'Budget'],
    ['Annex 2 – Logical framework', 'Logical framework'],
    ['Chapter IV - Risks', 'Risks'],
    ['2025 workplan', '2025 workplan'],
    ['1,500 workers trained', '1,500 workers trained'],
    ['A guide to the project', 'A guide to the project'],
    ['Annex budget', 'Annex budget'],
    ['2024', '2024'],
  ])('%s → %s', (text, title) => {
    expect(stripNumbering(text)).toBe(title)
  })
})

describe('section kinds from the headings of grant forms and proposals by others', () => {
  it.each<[string, SectionKind[]]>([
    ['## Funding', ['budget']],
    ['## 5. Financement du projet', ['budget']],
    ['## Project plan', ['activities']],
    ['## Development Roadmap', ['activities']],
    ['## Work packages and milestones', ['activities']],
    ['## 4. Chronogramme des activités', ['activities']],
    ['## Cronograma', ['activities']],
    ['## Measuring success', ['monitoring']],
    ['## Key Performance Indicators (KPIs)', ['monitoring']],
    ['## Maintenance and Upgrade Plans', ['sustainability']],
    ['## Pérennisation et appropriation nationale', ['sustainability']],
    ["## Team's experience", ['background']],
    ['## Relevant Experience', ['background']],
    ['## Experiencia de la organización', ['background']],
    // An earlier phase and its lessons: what the project builds on. The project's own phases are no history.
    ['## Acquis de la première phase', ['background']],
    ['## Lessons learned from the previous phase', ['background']],
    ['## Enseignements tirés', ['background']],
    ['## Lecciones aprendidas', ['background']],
    ['## Enseignements de la phase I', ['background']],
    ["### 5.1 Women's access to dairy income and decision-making", ['gender']],
    ['## Participation des femmes', ['gender']],
    // A funder's form asking how the applicant includes women
    ['## 8. ¿Cómo toman en cuenta a las mujeres?', ['gender']],
    ['## How will women take part and benefit?', ['gender']],
    ['## Comment les femmes sont-elles associées au projet ?', ['gender']],
    ['## Training for women and men entrepreneurs', []],
    ['## Enfoque de igualdad', ['gender']],
    ['## Lessons of the first phase', ['background']],
    ['## Aprendizajes de la fase anterior', ['background']],
    ['## Logros de la fase anterior', ['background']],
    ['## 2. What Phase I achieved', ['background']],
    // The earlier phase's evaluation and its findings; the project's own evaluation is its M&E.
    ['### A.1 The final evaluation of phase one', ['background']],
    ['## 2. Évaluation finale de la phase 1', ['background']],
    ['## 1. La Fase I y su evaluación final', ['background']],
    ['### 1.2 Principales hallazgos', ['background']],
    ['## Key findings', ['background']],
    // The options a scoping study weighed: the design it recommends has a chapter of its own.
    ['## 4. Options considered', ['background']],
    ['## 3. Options examinées', ['background']],
    ['## 4. Opciones consideradas', ['background']],
    ['### Analysis of options', ['background']],
    ['## Final evaluation', ['monitoring']],
    ['## Évaluation finale du projet', ['monitoring']],
    ['## Et après 2027 ?', ['sustainability']],
    ['## G. Environmental and social sustainability', []],
    ['## 1. Diagnóstico', ['background']],
    ['### 1. Situation', ['background']],
    ['### 3.1 Diagnostic des besoins', []],
    ['## Acquis de la phase 1', ['background']],
    ['## Phase I achievements', ['background']],
    ['## Phase 1: Inception (months 1–3)', []],
    ['## Première phase : diagnostic', []],
    // Templates that ask questions, or name the part by what it does
    ['## What we want to change', ['objectives']],
    ['## ¿Qué queremos lograr?', ['objectives']],
    ['## Ce que le projet veut changer', ['objectives']],
    ['## Que voulons-nous changer ?', ['objectives']],
    ['## What do we want to achieve?', ['objectives']],
    ['## Que ferons-nous ?', ['activities']],
    ['## What will we do?', ['activities']],
    ['## Pourquoi ce projet ?', ['background']],
    ['## Why this project', ['background']],
    ['## ¿Por qué este proyecto?', ['background']],
    ['## 2.2 Delivery plan', ['activities']],
    ['## Estrategia de implementación', ['activities']],
    ['## Déroulement du projet : les grandes étapes', ['activities']],
    ['## How we will know it worked', ['monitoring']],
    ['## How will we monitor and learn?', ['monitoring']],
    ['## How will progress be monitored?', ['monitoring']],
    ['## How will we track progress?', ['monitoring']],
    ['## Progress reporting', ['monitoring']],
    ['## Reporting and communication', []],
    ['## Learning and accountability', ['monitoring']],
    ['## ¿Cómo sabremos que funcionó?', ['monitoring']],
    ['## Comment mesurer les progrès', ['monitoring']],
    ['## IV. Dispositif de S&E', ['monitoring']],
    ['## 5. Monitoreo y evaluación (MyE)', ['monitoring']],
    ['## Plan de MyE', ['monitoring']],
    ['## How will progress be measured?', ['monitoring']],
    ['## How will you measure success?', ['monitoring']],
    ['### How do we track progress?', ['monitoring']],
    ['### E. Comment mesurerez-vous les résultats ?', ['monitoring']],
    ['## Comment les résultats seront-ils suivis ?', ['monitoring']],
    ['### ¿Cómo se medirá el avance?', ['monitoring']],
    ['## 4. Cadre de mesure du rendement', ['monitoring']],
    ['## Combien cela coûte-t-il ?', ['budget']],
    ['## ¿Cuánto costará el proyecto?', ['budget']],
    ['## What will it cost?', ['budget']],
    ['## What could go wrong', ['risks']],
    ['## Lo que podría salir mal', ['risks']],
    ['## Keeping it going after 2027', ['sustainability']],
    ['## After the grant', ['sustainability']],
    // The environment's sustainability is no exit strategy
    ['## Sostenibilidad ambiental', []],
    ['## Environmental sustainability', []],
    ['## Beneficios ambientales y sostenibilidad ecológica', []],
    // Women and men as the whole subject are gender; as an audience they are not
    ['## Women and men in the project', ['gender']],
    ['## Mujeres y hombres en el proyecto', ['gender']],
    ['## Femmes et hommes dans la filière', ['gender']],
    ['## Training for women and men entrepreneurs', []],
    ['## Après le projet : qui prend le relais ?', ['sustainability']],
    // Questions on what outlasts the project; "what remains" of a problem is no such question.
    ['## What stays when we leave?', ['sustainability']],
    ['## What will remain after the project?', ['sustainability']],
    ['## Who will keep it going?', ['sustainability']],
    ['## Que restera-t-il après 2027 ?', ['sustainability']],
    ['## ¿Quién seguirá haciendo esto en 2028?', ['sustainability']],
    ['## ¿Qué quedará cuando termine el proyecto?', ['sustainability']],
    ['**Líneas presupuestarias (USD):**', ['budget']],
    // A glossary defines the document's words.
    ['## Acronyms and abbreviations', ['background']],
    ['## Sigles et abréviations', ['background']],
    ['## Siglas y acrónimos', ['background']],
    ['## Glossary', ['background']],
    ['## Glossaire', ['background']],
    ['## 2. Définitions', ['background']],
    ['## Términos clave', ['background']],
    ['## Definitions and acronyms', ['background']],
    // A definition of what the project works on is no list of terms.
    ['## Definition of the target group', []],
    // A study's hypotheses are no assumptions of its design; a design's assumptions still are.
    ['### 2.3 Questions et hypothèses de recherche', ['background']],
    ['## Research questions and hypotheses', ['background']],
    ['## Preguntas e hipótesis de investigación', ['background']],
    ['## Hypothèses et risques', ['risks']],
    // A reference list cites works the proposal draws on; terms of reference are no list of them.
    ['## References', ['background']],
    ['## 10. Bibliography', ['background']],
    ['## Références bibliographiques', ['background']],
    ['## Bibliografía', ['background']],
    ['## Referencias', ['background']],
    ['## Annex 3: Terms of reference of the gender specialist', ['gender']],
    ['## Términos de referencia de la evaluación final', ['monitoring']],
    // A draft's changelog tells the document's history, as the context tells the problem's.
    ['## Changelog', ['background']],
    ['## Revision history', ['background']],
    ['## Registro de cambios', ['background']],
    ['## Historial de cambios', ['background']],
    ['## Journal des modifications', ['background']],
    // The storytelling headings of a plain-language proposal, in all three languages.
    ['## Ce que nous allons faire', ['activities']],
    ['## Lo que vamos a hacer', ['activities']],
    ["## What we're going to do", ['activities']],
    ['## Combien il nous faut', ['budget']],
    ['## De combien avons-nous besoin ?', ['budget']],
    ['## Cuánto necesitamos', ['budget']],
    ['## How much we need', ['budget']],
    // The plain word for it, as a note or a plain-language form heads the budget; not a topic that has money in its name.
    ['## Money', ['budget']],
    ['## Money (USD, rough)', ['budget']],
    ["## L'argent", ['budget']],
    ['## Dinero', ['budget']],
    ['## Money transfers from migrant workers', []],
    ['## Mobile money for market vendors', []],
    ['## Comment nous saurons si ça a marché', ['monitoring']],
    ['## Ce qui restera après nous', ['sustainability']],
    ['## Lo que queda cuando nos vayamos', ['sustainability']],
    ['## Quand nous serons partis', ['sustainability']],
    // A problem that remains is no sustainability question.
    ['## Ce qui reste à faire dans la filière', []],
    ['## Combien de travailleurs sont concernés', []],
    ['## What remains to be done in the sector', []],
    // Who the applicant is: its profile, not the project's plans.
    ['## 4. Applicant organisation', ['background']],
    ['## Our Organization', ['background']],
    ['## Organisational capacity', ['background']],
    ["## Présentation de l'organisation", ['background']],
    ['## Qui sommes-nous ?', ['background']],
    ['## Quiénes somos', ['background']],
    ['## Capacidad institucional', ['background']],
    // A result that strengthens capacity is a plan, whatever its words.
    ['## Outcome 2: Institutional capacity of the labour inspectorate strengthened', ['objectives']],
    ['## Capacidad institucional de las alcaldías fortalecida', []],
  ])('%s', (line, kinds) => {
    expect(kindsOfHeading(line)).toEqual(kinds)
  })
})

describe('the title', () => {
  it('skips a generic part name such as "Executive Summary" for the project name after it', () => {
    const model = buildModel('# Executive Summary\n\nText.\n\n# Clean water for Kasese\n\n## Objectives\n\nText.\n')
    expect(model.title?.title).toBe('Clean water for Kasese')
    expect(model.titleRange.start.line).toBe(5)
  })

  it('skips "Project Name" and "Résumé" in every language', () => {
    expect(buildModel('# Project Name\n\n## Emplois décents au Sahel\n\nTexte.\n').title?.title).toBe('Emplois décents au Sahel')
    expect(buildModel('# Résumé\n\nTexte.\n\n## Trabajo decente\n\nTexto.\n').title?.title).toBe('Trabajo decente')
  })

  it('keeps a generic first heading when nothing else names the project', () => {
    expect(buildModel('# Executive Summary\n\nText.\n').title?.title).toBe('Executive Summary')
  })
})

describe('section kinds: more synonyms in the three languages', () => {
  it.each<[string, SectionKind[]]>([
    ['## 2. Metas del proyecto', ['objectives']],
    ['## Finalité et objectifs', ['objectives']],
    ['## Aims', ['objectives']],
    ['## Plan financiero (EUR)', ['budget']],
    ['## Plan financier', ['budget']],
    ['## Dépenses prévues', ['budget']],
    ['## Líneas de acción', ['activities']],
    ["## Axes d'intervention", ['activities']],
    ['## Proposed interventions', ['activities']],
    ['## Challenges and mitigation', ['risks']],
    ['## Retirada progresiva del proyecto', ['sustainability']],
    ['## Stratégie de retrait', ['sustainability']],
    ['## Désengagement progressif', ['sustainability']],
  ])('%s', (line, kinds) => {
    expect(kindsOfHeading(line)).toEqual(kinds)
  })
})

describe('the title from front matter', () => {
  it('is the heading that repeats front matter `title`, even after a generic one', () => {
    const model = buildModel('---\ntitle: Green jobs in Tunisia\n---\n# Summary sheet\n\nText.\n\n## Green jobs in Tunisia\n\n### Objectives\n\nX.\n')
    expect(model.title?.title).toBe('Green jobs in Tunisia')
    expect(model.titleRange.start.line).toBe(8)
  })
})

describe('section kinds: a gender subject, and the document a grant form asks for', () => {
  it.each<[string, SectionKind[]]>([
    ['## Analyse des inégalités liées au sexe', ['gender']],
    ['## Desigualdades de género en el sector', ['gender']],
    ['## Inequalities between women and men', ['gender']],
    ['## PROPOSAL FOR FUNDING', []],
    ['## Funding requested', ['budget']],
  ])('%s', (line, kinds) => {
    expect(kindsOfHeading(line)).toEqual(kinds)
  })
})

describe('section kinds: phase-out, assumptions and means in the three languages', () => {
  it.each<[string, SectionKind[]]>([
    ['## Retrait progressif du projet', ['sustainability']],
    ['## Beyond the project', ['sustainability']],
    ['## Después del proyecto', ['sustainability']],
    ['## Viabilidad', ['sustainability']],
    ['## Hipótesis', ['risks']],
    ['## Moyens et ressources', ['budget']],
    ['## Medios', ['budget']],
    ['## Medios de verificación', []],
    ['## 5. Stratégie d’égalité des genres', ['gender']],
  ])('%s', (line, kinds) => {
    expect(kindsOfHeading(line)).toEqual(kinds)
  })
})

describe('section kinds: a donor form asking its questions of "you" and of "we", in the three languages', () => {
  it.each<[string, SectionKind[]]>([
    ['## ¿Qué quieren lograr?', ['objectives']],
    ['## Que voulez-vous changer ?', ['objectives']],
    ['## What do you want to achieve?', ['objectives']],
    ["## Quels changements voulons-nous obtenir d'ici deux ans ?", ['objectives']],
    ['### 2. ¿Qué cambios se esperan al término del proyecto?', ['objectives']],
    ['## ¿Qué van a hacer exactamente?', ['activities']],
    ["## Qu'allez-vous faire ?", ['activities']],
    ['### D. Que ferez-vous ?', ['activities']],
    ['### 2. What will you do?', ['activities']],
    ['## ¿Cómo sabrán que funcionó?', ['monitoring']],
    ['### E. Comment saurez-vous que le projet a réussi ?', ['monitoring']],
    ['### 5. How will you know it is working?', ['monitoring']],
    ['## What happens when the money runs out?', ['sustainability']],
    ['### 8. What happens after the grant ends?', ['sustainability']],
    ['## Que se passera-t-il quand le financement prendra fin ?', ['sustainability']],
    ['## ¿Qué pasará cuando se acabe el dinero?', ['sustainability']],
    ['## ¿Qué pasará cuando se acabe el financiamiento?', ['sustainability']],
    ['## What happens when the funding ends?', ['sustainability']],
    // Told rather than asked, in the present.
    ["## Ce qui se passe quand les fonds s'arrêtent", ['sustainability']],
    ['## Qué pasa cuando termine el apoyo', ['sustainability']],
    ['## Ce que cela coûte', ['budget']],
    ['## Lo que cuesta el proyecto', ['budget']],
    ['## Funding', ['budget']],
    ['## Plan de financement', ['budget']],
    // What happened is the context: no question about what comes after the project.
    ['## What happened in the first phase?', []],
  ])('%s', (line, kinds) => {
    expect(kindsOfHeading(line)).toEqual(kinds)
  })
})

describe('section kinds: kind words that name the context', () => {
  it.each<[string, SectionKind[]]>([
    ['## Results of Phase I (2021–2023)', ['background']],
    ["## Résultats de l'enquête de référence (2024)", ['background']],
    ['## 1.1 Indicadores del mercado laboral', ['background']],
    ['## Labour market indicators', ['background']],
    ['## Contribution aux Objectifs de développement durable', ['background']],
    ['## Objectives and contribution to the Sustainable Development Goals', ['objectives']],
    // The aims of the meeting a record reports on are the meeting's.
    ["## 1. Ouverture et objectifs de l'atelier", ['background']],
    ['## Welcome and purpose of the meeting', ['background']],
    ['## Objectives of the training workshop', ['objectives']],
    ['## 3. Objectifs et résultats attendus', ['objectives']],
    ['## 2.1 Riesgos laborales en el cultivo de flores', ['background']],
    // The context phrase makes no kind; the rest of the heading still does.
    ['## 2. Actividades para la reducción de riesgos laborales en obra', ['activities']],
    ['## Expected results', ['objectives']],
    ['## Risks and mitigation measures', ['risks']],
    // People's exposure is context; the project's risks are a section.
    ['## Quiénes cargan el mayor riesgo', ['background']],
    ['## Who is most at risk?', ['background']],
    ['## Populations à risque', ['background']],
    ['## Riesgos y supuestos', ['risks']],
    ['## High risks and their mitigation', ['risks']],
    ['## Performance indicators', ['monitoring']],
  ])('%s', (line, kinds) => {
    expect(kindsOfHeading(line)).toEqual(kinds)
  })
})

describe('section kinds: the case a revision request makes for its change', () => {
  it.each<[string, SectionKind[]]>([
    // It argues for what the revised project will do: no background.
    ['## 3. Justificación de la revisión', []],
    ['## 4. Justification de la révision', []],
    ['## Rationale for the extension', []],
    ['## Justification de la demande de prolongation', []],
    ['## Reasons for the proposed changes', []],
    // A proposal's own justification and rationale stay the context.
    ['## 2. Justificación', ['background']],
    ['## Rationale', ['background']],
    ['## Justification du projet', ['background']],
  ])('%s', (line, kinds) => {
    expect(kindsOfHeading(line)).toEqual(kinds)
  })
})
