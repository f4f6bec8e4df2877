// Blind passages judged on one rule each (README.md): each folder is named after its rule, and each
// passage says on its first line whether that rule is satisfied, reports it, or does not apply, as
// `lessonlint explain` shows it (the rule's verdict, and for a report the diagnostics). A passage may
// also say how many findings it should have (`<!-- lacking: 2 -->`: the indicators missing a sex breakdown).
import {describe, expect, test} from 'vitest'

import {lintText} from '@lessonlint/core'
import {rules} from '@lessonlint/rules-ilo'

import {expectEveryVerdict, passageText, passagesIn} from './passages.js'
const LABEL = /^<!-- blind: (satisfied|reported|not-applicable) -->/u
const FINDINGS = /^<!-- lacking: (\d+) -->/mu
const MISSING = /^<!-- missing: ([^>]+) -->/mu
const LABEL_LINES = /^(?:<!-- (?:blind|lacking|missing): [^>]+ -->\r?\n)+/u

/**
 * What a passage may say its report lacks (`<!-- missing: budget, risks -->`), and how the rule's evidence names
 * it: the sections, curriculum topics or ILO links the message must list, no more and no fewer.
 */
const MISSING_ITEMS: Readonly<Record<string, RegExp>> = {
  objectives: /\bobjectives\b/u,
  activities: /\bactivities\b/u,
  budget: /\bbudget\b/u,
  'monitoring and evaluation': /\bmonitoring and evaluation\b/u,
  risks: /\brisks\b/u,
  sustainability: /\bsustainability\b/u,
  'international labour standards': /\blabour standards\b/u,
  'social dialogue and tripartism': /\bsocial dialogue\b/u,
  'gender equality': /\bgender equality\b/u,
  'non-discrimination': /\bnon-discrimination\b/u,
  hq: /\bheadquarters\b/u,
  field: /\bfield office|\bcountry, regional\b/u,
}

/**
 * Passages the pack still misreads, each with the mechanism that misreads it. They run as
 * expected failures: when a fix reads one right, its test fails until it is taken off this list.
 */
const KNOWN_MISREADS: Readonly<Record<string, string>> = {
  // A line training women as beneficiaries ("SIYB training of 40 women entrepreneurs", "Formation de 360 femmes
  // coopératrices en gestion") is read as a line for women's own activities, which the rule counts as gender work
  // (women's empowerment); the writer of these passages counts it as business training, not gender work.
  'gender-budget/en-reported-03.md': "women's business training line read as gender work",
  'gender-budget/fr-reported-02.md': "women's bookkeeping training line read as gender work",
  // "The Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC) recruits participating
  // factories": an industry association whose members are firms is an employers' organisation, but nothing in
  // its name says employers.
  'social-partners/en-satisfied-01.md': "an industry association named by its sectors not read as employers'",
  // "Le GICAM sélectionnera les entreprises parmi … les membres de ses syndicats professionnels": an employers'
  // body's sector associations, read as trade unions ("syndicats").
  'social-partners/fr-reported-01.md': "an employers' body's \"syndicats professionnels\" read as trade unions",
  // A sustainability section counts when it has any text that is no placeholder: "designed to be sustainable… benefits
  // expected to last", "se espera que los resultados sean sostenibles", an alignment with the SDGs all count (a section
  // that only says "no exit strategy is foreseen" does not). Requiring continuation cues (who takes over, who pays) lost real strategies written in other
  // words on the labelled sets ("FNCR will own the course… and finance it from a levy"), so the content is not read yet.
  'sustainability-strategy/en-reported-03.md': 'a vague one-line promise read as a strategy',
  'sustainability-strategy/es-reported-02.md': 'a vague one-line promise read as a strategy',
  'sustainability-strategy/es-reported-04.md': 'SDG alignment under "Sostenibilidad" read as a strategy',
  // "Young women face different barriers from young men: … Our strategy therefore reserves half of the grants…": a
  // gender analysis told by contrasting women and men, with "our strategy" in the same paragraph, but no gender word.
  'gender-strategy/en-satisfied-02.md': 'an approach told by contrasting young women and young men, with no gender word',
  // The six sets of rules that apply under a condition (README.md): what still misreads them.
  // Indicators written in running prose ("We will follow three indicators: (a) the number of…") or as lettered items
  // under a results heading are not read as indicators, so the rule does not apply (no finding either way).
  'sex-disaggregated-data/en-satisfied-04.md': 'indicators in a sentence of prose are not read as indicators',
  // "l'Observatoire de l'emploi et de la formation (OEF)": an institution's name, in lower case after its first word.
  'impact-beyond-prepost/fr-not-applicable-01.md': 'a training word inside an institution\'s name read as training',
  // "Deliver a 12-day supervisory skills programme in four modules", "Pair each new supervisor with an experienced one".
  'training-needs-assessment/en-satisfied-03.md': 'a skills programme in modules not read as training',
  // "Each counsellor completes a skills self-rating and is observed… the course content is set from this gap analysis".
  'training-needs-assessment/en-satisfied-04.md': 'a self-rating and observation before the course not read as a needs assessment',
  // "A one-day workshop in Amman where the draft findings are presented to the Sector Skills Council".
  'training-beyond-workshops/en-not-applicable-01.md': 'a validation workshop described by what happens there read as training',
  // ANAPEC focal points trained on the amended agreement, pre-departure sessions, "bilan des écarts d'application".
  'policy-implementation/fr-satisfied-04.md': 'support for applying an amended agreement, in management arrangements and a schedule, not read',
  // Members elect record keepers and rate services on cards they designed: taking part, told without a reviewing verb.
  'participatory-monitoring/en-satisfied-02.md': 'members keeping records and rating services not read as monitoring',
  // "Each branch assembly looks at its own numbers… Members compare the figures": "numbers" and "members" not read.
  'participatory-monitoring/en-satisfied-04.md': 'branch assemblies looking at "their own numbers" not read',
  // "Monitoreo participativo" is the subject of a course for municipal staff, not how the project is monitored.
  'participatory-monitoring/es-reported-03.md': 'participatory monitoring taught in a course read as practised',
  // The six later sets: what still misreads them (their writers' deciding words are in the commit log).
  // Another organisation's knowledge systems, beside the project: "GIZ is separately supporting the Institute to
  // institutionalise its own curriculum; that work is outside the scope", "le programme … de la Banque mondiale, qui
  // prévoit son propre système de gestion des connaissances".
  'capacity-turnover/en-reported-02.md': "another organisation's institutionalisation read as the project's",
  'capacity-turnover/fr-reported-02.md': "another programme's knowledge management read as the project's",
  'capacity-turnover/en-satisfied-04.md': 'a course turned into a national school\'s course "listed in its yearly calendar" not read as integration',
  // The project's own staff taking a gender e-course, read as the partners' people being trained.
  'gender-training-partners/en-reported-03.md': "a gender e-course for the ILO's own project staff read as training the partners",
  // The gender analysis told through workers the lexicon does not name as men ("los operarios", "el personal es
  // masculino"), their fears ("temen perder el bono") and mockery: no men's own risk is read.
  'gender-analysis-men-boys/es-satisfied-04.md': "men's risks told through masculine nouns and fears the rule does not read",
  // Men as perpetrators told away from an agent phrase: "violence from partners when the men return", "por parte de
  // supervisores y jefes de producción varones".
  'gender-analysis-men-boys/en-reported-03.md': 'men as perpetrators of violence read as their own vulnerability',
  'gender-analysis-men-boys/es-reported-01.md': 'men as harassing supervisors read as their own vulnerability',
  // Durations and targets in wordings the pack does not read.
  'impact-horizon/en-satisfied-03.md': 'the duration "after our fifteen months are over" not read',
  'impact-horizon/es-satisfied-04.md': 'the duration "busca apoyarlos durante veinte meses" not read',
  'impact-horizon/en-satisfied-02.md': 'dated "process markers" for quarters 2, 4 and 6 not read as milestones',
  'impact-horizon/es-satisfied-01.md': 'a measurement schedule with values for quarters 2 and 4 not read',
  'impact-horizon/es-satisfied-03.md': 'a budget row for a review "a los 6 y 12 meses del cierre" not read as follow-up',
  'impact-horizon/fr-satisfied-03.md': 'checks "six et douze mois après la clôture" in the sustainability section not read',
  'impact-horizon/fr-satisfied-04.md': 'a month-12 checkpoint in the risks table not read',
  // IOM's return statistics as the means of verification in a stakeholders table row.
  'interagency-coordination/es-reported-01.md': "IOM cited as a data source in a partners' table read as a role",
  // Second round (round2/), written after the first round's misreads were fixed; first-run scores in README.md.
  // gender-training-partners: cooperatives and county officers told by what they do, with no partner word.
  'round2/gender-training-partners/en-satisfied-02.md': "the boards of the project's cooperatives not read as partners",
  // Gender coaching or mentoring after a gender audit of the partners ("six months of coaching", "mentoría
  // mensual"): the training and its gender topic sit in different sentences of the paragraph.
  'round2/gender-training-partners/en-satisfied-04.md': 'gender coaching after an audit not read as gender training for the partners',
  'round2/gender-training-partners/es-satisfied-03.md': 'gender mentoring after a diagnosis not read as gender training for the partners',
  // gender-analysis-men-boys: men told by an occupation, implied by a wife or named as boys in a later clause of
  // a risk-table row ("los cortadores … su esposa", "Muchachos de 14 a 17 años y jóvenes raspachines").
  'round2/gender-analysis-men-boys/es-satisfied-02.md': 'men told as "los cortadores", implied by "su esposa", not read as men',
  'round2/gender-analysis-men-boys/es-satisfied-03.md': 'young men told as "muchachos" and "raspachines" not read as men',
  // The analysis under a question heading that names no gender subject ("Qui bénéficiera du projet ?"), with girls
  // told as "petites bonnes"; men's risks in a target-group section apart from the gender section, which names
  // women as "les Haïtiennes" only.
  'round2/gender-analysis-men-boys/fr-satisfied-02.md': 'the analysis under "Qui bénéficiera du projet ?" with women as "petites bonnes" not found',
  'round2/gender-analysis-men-boys/fr-satisfied-04.md': "men's risks in a target-group section that names no women",
  // Men's risks ruled out of the project's scope ("exclues du champ du projet") read as considered.
  'round2/gender-analysis-men-boys/fr-reported-03.md': "men's risks ruled out of scope read as considered",
  // The five rules first judged blind at stop 21 (README.md gives their first-run scores).
  // A course told day by day in prose ("The course opens with…", "The second day is spent on social dialogue").
  'core-curriculum/en-satisfied-02.md': 'a course whose content is told day by day in prose not read as a described curriculum',
  // participation-balance: the women's target left open ("has not been set… a target, if any, will be decided"),
  // while "women's representation" appears in the same sentence.
  'participation-balance/en-reported-02.md': "a women's target left undecided read as set",
  // migration-framework: the framework in what an earlier phase did ("Phase I (2017–2021) … in line with the ILO
  // Multilateral Framework"), and in another ILO project "Nuestro proyecto no forma parte de esa intervención".
  'migration-framework/en-reported-03.md': "the framework in an earlier phase's work read as this project's ground",
  'migration-framework/es-reported-03.md': "the framework promoted by another project, set apart in the next sentence, read as this project's",
  // ilo-coherence: Guatemalan workers "en el Soconusco (Chiapas)": a corridor told by a region, not a country.
  'ilo-coherence/es-reported-03.md': 'a corridor told by a region of the destination country not read as migration',
  // Second rounds of four rules written at stop 21 (README.md gives their first-run scores, 14 or 15 of 24 each).
  // participatory-monitoring: what constituents do with the data, in words the rule does not read yet.
  'round2/participatory-monitoring/en-reported-02.md': 'participatory monitoring taught as a course module ("Module 5: Participatory monitoring") read as practised',
  'round2/participatory-monitoring/en-satisfied-03.md': 'the advisory committee going through the indicator tracker "line by line", in the governance section, not read',
  'round2/participatory-monitoring/es-satisfied-01.md': 'union promoters who call each member and update her file ("actualizan su ficha") not read as collecting data',
  'round2/participatory-monitoring/es-satisfied-02.md': 'a pickers\' "veeduría" that tours the farms and records what it finds not read as an actor',
  'round2/participatory-monitoring/fr-satisfied-04.md': 'site delegates the young people elect, who keep a logbook, and an "atelier de notation" not read',
  // sustainability-strategy: content that is no strategy, and strategies under headings or in rows the rule does not read.
  'round2/sustainability-strategy/en-reported-02.md': 'a provincial "just transition plan" (policy dialogue) read as an exit transition plan',
  'round2/sustainability-strategy/en-reported-03.md': 'an earlier phase\'s handover and a vague promise ("expected to last") read as a strategy',
  'round2/sustainability-strategy/en-reported-04.md': 'a strategy put off to a Phase II in a sentence that names ownership read as content',
  'round2/sustainability-strategy/es-satisfied-03.md': 'a transfer told only in a logframe row ("Producto 4 | Transferencia: … pasan a instituciones permanentes") not read',
  // training-materials-sharing: ownership, sharing left open, and sharing said away from the materials.
  'round2/training-materials-sharing/en-reported-01.md': 'materials that "remain the property of the consultancy" read as shared ("property of")',
  'round2/training-materials-sharing/en-satisfied-02.md': 'modules lodged "in editable form" in a national curriculum bank that providers download from not read as handed over',
  'round2/training-materials-sharing/es-satisfied-04.md': 'the CIF-OIT hosting the course "en su campus virtual", in a risk row, not read as sharing',
  'round2/training-materials-sharing/fr-satisfied-03.md': 'the ILO office\'s GERME "supports" made available and adapted by the trainers not read as reuse',
  'round2/training-materials-sharing/fr-satisfied-04.md': 'the CIF-OIT eCampus hosting the modules, told in a context footnote, not read',
  // training-needs-assessment: assessments worded by what they find out, and cited or deferred ones.
  'round2/training-needs-assessment/en-reported-03.md': 'a budget line at 0 and an empty heading read as planning the assessment',
  'round2/training-needs-assessment/es-satisfied-02.md': 'a diagnostic test as a knowledge baseline ("prueba diagnóstica… línea de base de conocimientos") not read',
  'round2/training-needs-assessment/es-satisfied-03.md': 'a "programa de profesionalización" of municipal staff not read as training',
  'round2/training-needs-assessment/fr-reported-02.md': 'another programme\'s needs diagnosis of other departments read as cited for this project',
  'round2/training-needs-assessment/fr-satisfied-02.md': 'a self-assessment grid and placement test that group trainees by level not read as an assessment',
  'round2/training-needs-assessment/fr-satisfied-04.md': 'a diagnostic study of the mutuals\' capacities leading to a training plan not read',
  // Second rounds of four always-applying rules (this stop); first runs in README.md.
  'round2/gender-budget/en-reported-04.md': "another agency's earmarked money, said in the next clause not to be part of the request, read as an allocation",
  'round2/gender-budget/en-satisfied-04.md': "a UN-to-UN agreement amount for women's economic empowerment, in a stakeholder table cell, not read",
  'round2/gender-budget/es-satisfied-02.md': "a risk-row mitigation naming a budget line and its amount for women's leadership schools not read",
  'round2/gender-budget/fr-satisfied-03.md': 'a share of the envelope reserved for equality, in a context paragraph that plans the project, not read',
  'round2/evaluation-plan/es-satisfied-01.md': 'mid-term and final evaluations in a context footnote that plans the project not read',
  'round2/social-partners/en-reported-02.md': "elected worker representatives of an enterprise committee read as a workers' organisation",
  'round2/gender-expertise/en-satisfied-04.md': 'a "Gender Equality and Social Inclusion (GESI) officer" not read as a gender role',
  // Second rounds of eight more rules (stop 23); first runs in README.md.
  'round2/gender-strategy/es-reported-03.md': 'a gender strategy that "la fase II … sujeta a … nuevos recursos" would prepare read as planned (phase by Roman numeral, conditional mood)',
  'round2/gender-strategy/es-reported-04.md': '"género de punto" (knitwear) read as gender',
  'round2/policy-implementation/en-satisfied-04.md': 'a scorecard of where the plan\'s commitments "are not yet being honoured on the ground" not read as monitoring practical gaps',
  'round2/policy-implementation/fr-satisfied-03.md': '"le texte régissant les agences … est révisé" (a regulation called "le texte") not read as policy work',
  'round2/policy-implementation/fr-satisfied-04.md': 'regional offices that turn the plan into a costed regional roadmap ("feuille de route régionale chiffrée") not read as an implementation plan',
  'round2/capacity-turnover/en-satisfied-04.md': 'course materials "submitted for issuance as a … Regulation replacing the current … guidelines" not read as institutionalised',
  'round2/capacity-turnover/es-satisfied-02.md': 'a course that becomes "un módulo permanente y obligatorio" of a union school\'s programme, in a stakeholder cell, not read as taken in',
  'round2/interagency-coordination/en-reported-02.md': 'the Cooperation Framework cited for what it lists ("lists labour mobility among its priorities") read as coordination',
  'round2/interagency-coordination/en-satisfied-04.md': 'the proposal as a component of a joint programme the ILO, IOM and UN Women "will deliver together", told in the context, not read',
  'round2/training-beyond-workshops/fr-not-applicable-01.md': 'a tailoring workshop "participant" in a safety programme read as a training workshop (the word "participant" is a training cue)',
  'round2/non-traditional-partners/es-satisfied-02.md': 'the foreign ministry co-chairing the project\'s table, in a present-tense note on governance in the context, not read',
  'round2/non-traditional-partners/fr-reported-02.md': "the partners of IOM's separate project ('Celui-ci travaille avec le ministère des Affaires étrangères') read as the project's",
  'round2/participation-balance/en-satisfied-03.md': 'chambers that "nominate 20 of them" (of the master instructors) not read as a target for employers\' representatives',
  'round2/participation-balance/es-not-applicable-01.md': '"Formación e instalación de la Comisión" (setting up a body) read as training',
  'round2/participation-balance/es-satisfied-04.md': 'committee members who complete a "programa de tutoría", 150 and 150 by side, not read as participants with targets',
  'round2/participation-balance/fr-satisfied-04.md': 'trainees who "représentent la direction" and "représentent les salariés", told by verbs, not read as representatives',
  // By design an empty heading counts as the section (sustainability-strategy reports it as empty); the writer counts it missing.
  'round2/core-curriculum/en-satisfied-02.md': 'a course told in prose blocks not read as a curriculum, and "Fees … will cover delivery" read as describing the syllabus of its paragraph',
  'round2/core-curriculum/fr-satisfied-02.md': 'a "cursus" whose content is told Saturday by Saturday in the paragraphs after it not read',
  'round2/migration-framework/en-reported-03.md': 'the Multilateral Framework an earlier ILO programme "popularised", said in a relative clause of a background sentence the next sentence sets apart ("not carried into this proposal"), read as cited',
  'itcilo-link/en-not-applicable-01.md': "another body's own \"internal induction programme\", after \"User training is outside the scope of this proposal:\", read as the project's training",
  'round3/policy-implementation/fr-satisfied-03.md': 'agents trained on the "nouvelles obligations issues de l\'accord" and a watch on clauses "qui ne sont pas respectées dans la pratique" not read',
  'round3/participatory-monitoring/fr-reported-01.md': 'a participatory system "discuté lors de la formulation ; faute de moyens suffisants, il ne sera pas mis en place" read as planned',
  'round3/participatory-monitoring/fr-reported-03.md': 'constituents interviewed in the final evaluation read as taking part in ongoing monitoring',
  'round3/participatory-monitoring/fr-satisfied-02.md': 'members named "relais de suivi" who keep the record book read at the assembly not read',
  'round2/required-sections/en-reported-01.md': 'an empty "## 7. Sustainability" heading counted as the sustainability section',
  // Third rounds of four rules (stop 25).
  'round3/sustainability-strategy/en-reported-01.md': 'a section of promises ("a strong sense of ownership, so that the results achieved are sustained") read as a strategy',
  'round3/sustainability-strategy/es-reported-01.md': 'a section of promises ("se procurará que los logros alcanzados perduren en el tiempo") read as a strategy',
  'round3/sustainability-strategy/fr-reported-04.md': 'continuation left to others\' future decision ("Il reviendra à SIPI-Bénin … de décider … ni l\'un ni l\'autre n\'a pris d\'engagement") read as a strategy',
  'round3/sustainability-strategy/en-satisfied-02.md': 'a bold "Continuity after 2027." lead-in under Partners, with a declining grant share, not read',
  'round3/training-materials-sharing/en-satisfied-03.md': 'reuse after a negated clause and a colon ("will not be written from a blank page: it adapts the ILO\'s SIYB … materials") not read',
  'round3/training-materials-sharing/es-not-applicable-01.md': 'a services guide and a procedures manual, in a project whose training makes no materials, read as training materials',
  'round3/training-materials-sharing/fr-reported-03.md': 'a handover whose subject stands far before its deferral ("La remise des supports … seront examinées lors de … une éventuelle seconde phase") read as planned',
  'round3/gender-analysis-men-boys/en-reported-02.md': 'men\'s risks acknowledged ("their risks may differ") and then put beyond the scope of the phase read as analysed',
  'round3/impact-horizon/fr-reported-01.md': 'every indicator\'s "cible intermédiaire : sans objet" read as setting intermediate targets',
  'round3/impact-horizon/fr-reported-02.md': 'follow-up "après la fin du projet" that another programme "pourrait" take on, "s\'il est reconduit", read as planned',
  // An employers' body told only by its name and a clause on its members: "JAAF — the Joint Apparel Association
  // Forum, through which apparel manufacturers and exporters speak to government and negotiate on labour matters".
  'round3/social-partners/en-satisfied-01.md': 'a sector association told by "through which manufacturers … speak" not read as employers\'',
  // Training told as "Un cycle de quatre modules de formation de trois jours": modules are as often materials as sessions,
  // and reading them as delivery made the rule apply to projects that only write modules.
  'round3/training-beyond-workshops/fr-satisfied-03.md': 'a training delivered as "un cycle de quatre modules de formation de trois jours" not read as courses',
  // "Insumos para módulos prácticos: género, hilos y avíos": "género" as cloth, in a list of sewing supplies.
  'round3/gender-budget/es-reported-04.md': 'a budget line for fabric ("género, hilos y avíos") read as a gender line',
  // An employers' body told by whom it speaks for ("16 for candidates put forward by the Jordan Hotels Association on
  // behalf of member hotels").
  'round3/participation-balance/en-satisfied-04.md': "places for a hotels association \"on behalf of member hotels\" not read as employers'",
  // An evaluation told without the word: "an impact study of this project" with a comparison group, "un cabinet
  // indépendant … sera chargé d'apprécier les résultats … l'efficience … la pérennisation"; and a trainee's own
  // certification ("presentarán su evaluación ante evaluadoras acreditadas") read as the project's evaluation.
  'round3/evaluation-plan/en-satisfied-04.md': 'an "impact study of this project" not read as an evaluation',
  'round3/evaluation-plan/fr-satisfied-03.md': 'an independent firm "chargé d\'apprécier les résultats" not read as an evaluation',
  'round3/evaluation-plan/es-reported-03.md': 'trainees who "presentarán su evaluación ante evaluadoras acreditadas" read as an evaluation of the project',
  // "El INFOP incorpora el curso a su oferta regular": the verb in the present. Read as a taking-in, the present and
  // future forms of "incorporar" and "integrar" made 60 other passages read integrations that are none.
  'round3/capacity-turnover/es-satisfied-04.md': 'a course the training institute "incorpora … a su oferta regular" (present tense) not read',
  // gender-training-partners: gender sessions for beneficiaries facilitated by the partners' staff read as the
  // partners' training; the project's own staff's course and a past phase's workshops read as planned for partners;
  // a course whose gender topics follow a colon ("Curso «Aulas sin estereotipos» para los instructores…: sesgos
  // sexistas…") or whose audience is named as advisers; a project whose partners are cooperatives named only as such.
  'round3/gender-training-partners/en-reported-01.md': "gender sessions for the women entrepreneurs, run with partners' facilitators, read as the partners' training",
  'round3/gender-training-partners/en-reported-02.md': "the ILO staff's own online gender course, beside a past phase's workshops, read as training for the partners",
  'round3/gender-training-partners/es-satisfied-01.md': 'a project through the federation of coffee cooperatives not read as working through partners',
  'round3/gender-training-partners/es-satisfied-03.md': 'a course for INFOTEP instructors whose gender topics follow a colon not read',
  'round3/gender-training-partners/es-satisfied-04.md': "technical days on equal pay for the employers' association's advisers and the unions' women's secretaries not read",
  // non-traditional-partners: a ministry put out of scope in the next sentence ("The project will not work on them");
  // "l'emploi à l'étranger" (jobs abroad, in a title) read as a bureau's name, beside consulates for "une seconde
  // phase" (without "éventuelle"); migration projects whose destination is named only by a region ("Soconusco",
  // "Huelva"); an immigration directorate named "Direction générale de la Documentation et de l'Immigration".
  'round3/non-traditional-partners/en-reported-03.md': 'the Ministry of Interior put out of scope by the next sentence ("The project will not work on them") read as a partner',
  'round3/non-traditional-partners/fr-reported-02.md': '"candidats à l\'emploi à l\'étranger" (jobs abroad) read as a foreign employment body',
  'round3/non-traditional-partners/es-satisfied-02.md': 'Guatemalan workers on farms in the Soconusco (Chiapas) not read as a migration project',
  'round3/non-traditional-partners/fr-satisfied-01.md': 'Moroccan seasonal workers in Huelva not read as a migration project',
  'round3/non-traditional-partners/fr-satisfied-04.md': 'the "Direction générale de la Documentation et de l\'Immigration" not read as an immigration body',
  // The last four third rounds of stop 26, read to their mechanisms in stop 27.
  'round3/gender-strategy/en-reported-02.md': 'a GESI section that says the strategy "will be prepared during the inception phase", with provisional targets, read as a strategy',
  'round3/gender-strategy/en-reported-04.md': 'a bold "Gender equality." lead-in of alignment only (SDG 5, a policy marker score, a focal point) read as an approach',
  'round3/gender-strategy/es-satisfied-04.md': 'an approach told through women\'s and men\'s roles in a component ("son las mujeres y las niñas quienes acarrean el agua… Por eso") with measures, no gender heading, not read',
  'round3/gender-strategy/fr-satisfied-04.md': 'an approach under "Inclusion" told through the obstacles young women face, with six measures, not read',
  'round3/gender-expertise/en-reported-02.md': 'a gender adviser of "an earlier version of this proposal", dropped by the next sentence after a fronted clause ("To keep within the Fund\'s ceiling, that position has not been retained"), read as named',
  'round3/gender-expertise/en-satisfied-04.md': 'a budget row "Local consultant, gender equality and social inclusion" (role, comma, field) not read as a gender consultant',
  'round3/gender-expertise/fr-satisfied-04.md': 'an association "chargée par convention de l\'accompagnement du projet en matière d\'égalité", its animators named, not read as a team given the function',
  'round3/impact-beyond-prepost/en-reported-03.md': '"Follow-up interviews" of borrower households after a loan (beneficiaries\' results, not the training\'s) read as a follow-up of training',
  'round3/impact-beyond-prepost/en-satisfied-03.md': 'outcome harvesting told without its name (statements of change collected at months 9, 15, 21, substantiated, then sense-making) not read',
  'round3/training-needs-assessment/fr-reported-01.md': 'a past project\'s assessment that "n\'avait finalement jamais été menée" read as cited',
  // Third rounds of the five rules left and a second round of itcilo-link (stop 27), as first run: listed by
  // verdict (and by findings or missing items where the passage says them) until read to their mechanisms.
  // "La desagregación por sexo … se incorporará en una segunda fase del proyecto": "a second phase" without "possible"
  // or "future" may be this project's own (phases of a workplan), so it defers nothing.
  // Indicators listed under an outcome's bold heading ("**Outcome 1. …**" then "- Number of cooperatives …"): list items
  // phrased as indicators count only in a monitoring section or after a lead-in naming indicators.
  'round3/sex-disaggregated-data/en-satisfied-03.md': 'indicators listed under each outcome, in a "What will change" section, not read as indicators',
  'round3/sex-disaggregated-data/es-reported-02.md': 'a breakdown by sex put off to "una segunda fase del proyecto" read as given',
  'round3/required-sections/en-reported-02.md': 'a "Learning resources" section (training materials) read as the budget',
  'round3/required-sections/fr-reported-03.md': 'a context section on "Les activités économiques de la zone" read as the activities',
  'round3/core-curriculum/en-reported-02.md': 'a course whose gender module "will not be part of this programme", told as outputs, not read as a described curriculum',
  'round3/core-curriculum/en-reported-03.md': 'a "tripartite apprenticeship agreement" (apprentice, company, college) read as tripartism',
  'round3/core-curriculum/es-reported-02.md': 'a "Contenido del programa" section (the training programme of the title) not read as a curriculum',
  'round3/core-curriculum/fr-reported-03.md': 'labour standards only "suggested" for a module still "[À compléter]" read as covered',
  'round3/core-curriculum/fr-satisfied-03.md': 'a "Déroulement du programme" section of sessions day by day not read as a curriculum',
  'round3/core-curriculum/fr-satisfied-04.md': 'an annex "Programme détaillé du parcours de professionnalisation" (a day-by-day table) not read as a curriculum',
  'round3/migration-framework/es-reported-03.md': 'Conventions 97 and 143 named only as another ILO project\'s, which "nuestra propuesta no retoma … ni se apoya en él", read as cited',
  'round3/migration-framework/fr-reported-02.md': 'a "cadre multilatéral" that is the donors\' coordination forum read as the Multilateral Framework',
  'round3/migration-framework/fr-satisfied-04.md': 'Conventions 97 and 143 taken as reference after "n\'a ratifié ni la convention n° 97 ni la convention n° 143" read as negated',
  'round3/ilo-coherence/es-satisfied-04.md': 'Guatemalan workers on farms in the south of Chiapas not read as a migration project (destination named by a region)',
  'round3/ilo-coherence/fr-reported-02.md': 'headquarters\' involvement that "sera examinée lors de la formulation d\'une seconde phase" read as planned',
}

function verdictOf(ruleId: string, file: string): {label: string | undefined; findings: number | undefined; missing: string[] | undefined; verdict: string; reported: number; lacks: string[]} {
  const text = passageText(file)
  // The labels sit above the document (and above its front matter): it is linted as its writer wrote it, without them.
  const result = lintText(text.replace(LABEL_LINES, ''), {filePath: file, rules})
  const findings = FINDINGS.exec(text)?.[1]
  const explanation = result.explanations.find((entry) => entry.ruleId === ruleId)!
  const lacking = explanation.evidence.filter((entry) => entry.role === 'missing').map((entry) => entry.message)
  return {
    label: LABEL.exec(text)?.[1],
    findings: findings === undefined ? undefined : Number(findings),
    missing: MISSING.exec(text)?.[1]?.split(',').map((item) => item.trim()).sort(),
    verdict: explanation.verdict,
    reported: result.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId).length,
    lacks: Object.entries(MISSING_ITEMS)
      .filter(([, named]) => lacking.some((message) => named.test(message)))
      .map(([item]) => item)
      .sort(),
  }
}

describe.each([
  // A gender line with money in the budget, or a share stated; or gender spoken of with no money for it.
  ['gender-budget', 24],
  // An evaluation of the project planned; or "evaluation" in other senses (a past one, of risks, left out).
  ['evaluation-plan', 24],
  // Someone named to supply gender expertise (a specialist, a focal point, a role given the function); or gender work with no one for it.
  ['gender-expertise', 24],
  // Roles for both trade unions and employers' organisations; or for one of them, or neither, however they are mentioned.
  ['social-partners', 24],
  // All six section kinds under the headings real templates use; or one or two missing, though the text speaks of them.
  ['required-sections', 24],
  // An exit or sustainability strategy with content, in its own section or a paragraph elsewhere; or none (placeholders, other senses of "sustainable").
  ['sustainability-strategy', 24],
  // A gender strategy or approach with content, under any heading or in a paragraph; or none (shares of women, placeholders, a past one).
  ['gender-strategy', 24],
  // Rules that apply under a condition: their sets also hold passages where it is not met, though the text comes close.
  // Every indicator counting people broken down by sex (in tables, lists, prose); or some not (other breakdowns, "no breakdown is foreseen"); or no indicators.
  ['sex-disaggregated-data', 24, 'conditional'],
  // Training results followed up months later, on the job, by observation, outcome harvesting; or pre/post tests only, a past tracer study; or no training.
  ['impact-beyond-prepost', 24, 'conditional'],
  // A needs or capacity assessment (planned, existing, a gap analysis, a self-assessment); or none (ruled out, other studies, an empty heading); or no training.
  ['training-needs-assessment', 24, 'conditional'],
  // Workshops or courses with coaching, mentoring, accompaniment or visits after them; or without (ruled out, a past phase's, logistics); or no training.
  ['training-beyond-workshops', 24, 'conditional'],
  // A policy, law or agreement drafted with support for applying it (plan, roll-out, training officials, dissemination, gap monitoring); or stopping at adoption; or no policy work.
  ['policy-implementation', 24, 'conditional'],
  // Constituents or beneficiaries in ongoing monitoring (joint missions, committee reviews of indicators, members collecting data); or staff only; or no M&E section.
  ['participatory-monitoring', 24, 'conditional'],
  // Knowledge kept when trained staff leave (trainers trained, the course in the partner's induction, manuals made official); or not (ruled out, a past phase's); or no training.
  ['capacity-turnover', 24, 'conditional'],
  // Training materials shared or reused (the Turin Centre, an open licence, handed over to an institution, existing ILO materials adapted); or not; or no materials made.
  ['training-materials-sharing', 24, 'conditional'],
  // Gender-equality training or a gender toolkit for the partners' staff; or gender only as quotas, a specialist, beneficiaries' training; or no partners.
  ['gender-training-partners', 24, 'conditional'],
  // A gender analysis that also looks at men's and boys' own vulnerabilities; or at women and girls only; or no analysis of women at all.
  ['gender-analysis-men-boys', 24, 'conditional'],
  // A short policy project with targets before its end or follow-up after it; or measured only at the end; or longer, or no policy work.
  ['impact-horizon', 24, 'conditional'],
  // A migration project coordinating with IOM and the UN system; or citing them only, or ruling it out; or no migration project.
  ['interagency-coordination', 24, 'conditional'],
  // Second rounds, written after the first rounds' misreads were fixed (README.md gives their first-run scores).
  ['round2/impact-horizon', 24, 'conditional'],
  ['round2/gender-training-partners', 24, 'conditional'],
  ['round2/gender-analysis-men-boys', 24, 'conditional'],
  // The five rules no blind set had judged before stop 21.
  // A training curriculum covering the ILO basics (standards, social dialogue, gender equality, non-discrimination); or missing some; or no curriculum described.
  ['core-curriculum', 24, 'conditional'],
  // Participation targets for women and for workers' and employers' representatives among trainees; or only some; or no training.
  ['participation-balance', 24, 'conditional'],
  // A migration project with foreign employment, foreign affairs or interior bodies in a role; or only labour ministries; or no migration project.
  ['non-traditional-partners', 24, 'conditional'],
  // A migration project grounded in the Multilateral Framework or the migrant-worker conventions; or not; or no migration project.
  ['migration-framework', 24, 'conditional'],
  // A migration project linked to MIGRANT at headquarters and to ILO field offices; or to one only; or no migration project.
  ['ilo-coherence', 24, 'conditional'],
  // Second rounds of four rules whose first sets had become development sets (stop 21).
  ['round2/participatory-monitoring', 24, 'conditional'],
  ['round2/sustainability-strategy', 24],
  ['round2/training-materials-sharing', 24, 'conditional'],
  ['round2/training-needs-assessment', 24, 'conditional'],
  // Second rounds of four rules that always apply (stop 22).
  ['round2/gender-budget', 24],
  ['round2/evaluation-plan', 24],
  ['round2/social-partners', 24],
  ['round2/gender-expertise', 24],
  // Second rounds of eight more rules (stop 23).
  ['round2/gender-strategy', 24],
  ['round2/impact-beyond-prepost', 24, 'conditional'],
  ['round2/policy-implementation', 24, 'conditional'],
  ['round2/capacity-turnover', 24, 'conditional'],
  ['round2/interagency-coordination', 24, 'conditional'],
  ['round2/training-beyond-workshops', 24, 'conditional'],
  ['round2/non-traditional-partners', 24, 'conditional'],
  ['round2/participation-balance', 24, 'conditional'],
  ['round2/required-sections', 24],
  // Second rounds of the four rules left (stop 24).
  ['round2/sex-disaggregated-data', 24, 'conditional'],
  ['round2/core-curriculum', 24, 'conditional'],
  ['round2/migration-framework', 24, 'conditional'],
  ['round2/ilo-coherence', 24, 'conditional'],
  // The one rule no blind set had judged, and third rounds of the two rules whose second rounds scored lowest on first run (stop 24).
  // The ITC-ILO involved in a training (by any of its names, in any section); or not (another centre, a past course, ruled out); or no training.
  ['itcilo-link', 24, 'conditional'],
  ['round3/policy-implementation', 24, 'conditional'],
  ['round3/participatory-monitoring', 24, 'conditional'],
  // Third rounds of the four rules whose second rounds scored lowest on first run after those two (stop 25).
  ['round3/sustainability-strategy', 24],
  ['round3/training-materials-sharing', 24, 'conditional'],
  ['round3/gender-analysis-men-boys', 24, 'conditional'],
  ['round3/training-needs-assessment', 24, 'conditional'],
  // A third round of impact-horizon, whose first round had scored lowest on first run (stop 25).
  ['round3/impact-horizon', 24, 'conditional'],
  // Third rounds of four rules whose second rounds scored lowest on first run after those (stop 26).
  ['round3/social-partners', 24],
  ['round3/training-beyond-workshops', 24, 'conditional'],
  ['round3/gender-budget', 24],
  ['round3/participation-balance', 24, 'conditional'],
  // Third rounds of four more rules (stop 26).
  ['round3/evaluation-plan', 24],
  ['round3/capacity-turnover', 24, 'conditional'],
  ['round3/gender-training-partners', 24, 'conditional'],
  ['round3/non-traditional-partners', 24, 'conditional'],
  // Third rounds of four more rules (stop 26, last batch).
  ['round3/gender-strategy', 24],
  ['round3/gender-expertise', 24],
  ['round3/impact-beyond-prepost', 24, 'conditional'],
  ['round3/interagency-coordination', 24, 'conditional'],
  // Third rounds of the five rules left, and a second round of itcilo-link (stop 27). Reported passages of
  // required-sections, core-curriculum and ilo-coherence say what the report must list as missing.
  ['round3/sex-disaggregated-data', 24, 'conditional'],
  ['round3/required-sections', 24],
  ['round3/core-curriculum', 24, 'conditional'],
  ['round3/migration-framework', 24, 'conditional'],
  ['round3/ilo-coherence', 24, 'conditional'],
  ['round2/itcilo-link', 24, 'conditional'],
])('%s', (set, count, applies = 'always') => {
  // A second round of passages for a rule, written after the first round's misreads were fixed, sits in round2/<rule>.
  const ruleId = set.split('/').at(-1)!
  const passages = passagesIn(set)

  test('every passage is here, every verdict in three languages', () => {
    const verdicts = applies === 'always' ? ['satisfied', 'reported'] : ['satisfied', 'reported', 'not-applicable']
    expectEveryVerdict(set, count, verdicts, (file) => verdictOf(ruleId, file).label)
  })

  for (const file of passages) {
    const known = KNOWN_MISREADS[file]
    const check = known === undefined ? test : test.fails
    check(`${file}: ${ruleId} is read as labelled${known ? ` (known misread: ${known})` : ''}`, async () => {
      // Each passage lets the worker's event loop turn first: vitest runs a file's tests one after another without one,
      // and 1,850 lints in a row held the worker past the minute its runner waits for an answer (birpc's
      // "Timeout calling onTaskUpdate" on a slower machine).
      await new Promise((resolve) => setImmediate(resolve))
      const {label, findings, missing, verdict, reported, lacks} = verdictOf(ruleId, file)
      expect(label, 'the first line carries the verdict').toBeDefined()
      expect(verdict).toBe(label)
      expect(reported > 0).toBe(label === 'reported')
      if (findings !== undefined) expect(reported, 'findings').toBe(findings)
      if (missing !== undefined) expect(lacks, 'what the report says is missing').toEqual(missing)
    })
  }
})
