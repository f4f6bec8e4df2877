import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'
import {defineLexicon} from '../../src/text/lexicon.js'
import {isHistory, statesPlan} from '../../src/text/tense.js'

function historyOf(sentence: string): boolean {
  const [first] = buildModel(`# P\n\n## Activities\n\n${sentence}\n`).sentences({includeHeadings: false})
  if (!first) throw new Error('no sentence')
  return isHistory(first)
}

describe('history or plan', () => {
  it.each<[string, boolean]>([
    ['Our instructors have taught workshops that reached 90,000 learners.', true],
    ['En 2015, el ministerio capacitó a su personal de inspección.', true],
    ['Los inspectores participaron en un curso de la OIT.', true],
    ['La CNSS a formé ses agents en 2019.', true],
    ['Le ministère a organisé un atelier sur la sécurité.', true],
    ['El ministerio ha capacitado a 40 inspectores.', true],
    ['En la primera fase, el avance se revisaba cada trimestre en talleres con los comités.', true],
    // English simple pasts that no participle shares
    ['In Phase I, the union wrote twice to the State Department for Diaspora Affairs, without success.', true],
    ['Two officers took part in the ILO academy in Turin.', true],
    // a track record told as the experience an organisation has
    ["L'association dispose d'une expérience de quinze ans dans l'accompagnement vers l'emploi.", true],
    ['La fundación cuenta con experiencia en la formación de mediadoras.', true],
    // and so is acquaintance: knowing a body's courses involves no one
    ['Conocemos los cursos del Centro de Turín, pero trabajamos con formadoras locales.', true],
    ['We know the ITC-ILO courses well.', true],
    ['Nous connaissons bien les cours du Centre de Turin.', true],
    // French "il y a" is "ago" before a length of time, "there is" before anything else
    ['Les inspecteurs ont suivi il y a deux ans un cours sur les carrières.', true],
    ['Il y a quelques mois, la coopérative comptait 300 membres.', true],
    ['Au programme : les premiers secours et que faire quand il y a un accident.', false],
    ["Dans chaque atelier, il y a trois délégués syndicaux et un représentant de l'employeur.", false],
    ['We know that the union will train its delegates.', false],
    // Spanish irregular preterites
    ['En 2023 la coordinadora hizo el curso del CIF-OIT.', true],
    ['Los inspectores tuvieron una capacitación en 2022.', true],
    // an "-aba" ending read as an imperfect in Spanish only: "Lualaba" is a province
    ["Le projet formera 60 mineurs artisanaux du Lualaba.", false],
    // plans, even beside a past marker
    ['The project will train 60 inspectors, as the ministry did in 2015.', false],
    ['Se capacitará a 60 inspectores.', false],
    ['Le projet formera 60 inspecteurs.', false],
    ['El comité se reunirá a través de videoconferencias.', false],
    ['The ITC-ILO has agreed to co-deliver the course.', false],
    // the writers' own decision, for what comes
    ['Pour que les femmes profitent du projet, nous avons décidé trois choses.', false],
    ['Hemos decidido reservar la mitad de los lugares para las compañeras.', false],
    // "proposer" makes a plan; "à propos de" (about) and "les propos" (remarks) do not
    ['Le projet propose de former 60 inspecteurs, comme le ministère a fait en 2015.', false],
    ['Les formations proposées remplacent celles que le ministère a organisées.', false],
    ['Le ministère a organisé un atelier à propos de la sécurité.', true],
    // what an earlier project or pilot did
    ['The gender study of the previous programme covers the same districts.', true],
    ['El diagnóstico del proyecto anterior cubre los mismos distritos.', true],
    ['Les propos des formateurs ont été recueillis par le ministère.', true],
    // a plan made before (a past auxiliary before the plan word) is history; the present perfect still plans
    ['The ministry had planned a course on safety for its inspectors.', true],
    ['La formation était prévue en 2019 mais n’a jamais eu lieu.', true],
    ['Le ministère avait prévu des formations pour ses agents.', true],
    ['El ministerio había previsto talleres para sus inspectores.', true],
    ['The project has planned three courses for the inspectors.', false],
    ['Le projet a prévu trois ateliers de formation.', false],
    ['The courses were planned with the constituents.', false],
  ])('%s → history %s', (sentence, expected) => {
    expect(historyOf(sentence)).toBe(expected)
  })
})

describe('a dated past-tense mention', () => {
  const trained = defineLexicon('trained', {en: ['trained']})
  it('is history even beside a plan, unless a passive auxiliary makes it one', () => {
    const [past] = buildModel('# P\n\nThe ministry trained its staff in 2015 and will lead the talks.\n').find(trained)
    const [plan] = buildModel('# P\n\nInspectors will be trained in 2026.\n').find(trained)
    expect(isHistory(past!.sentence, past)).toBe(true)
    expect(isHistory(plan!.sentence, plan)).toBe(false)
  })
})

describe('an English sentence dated in the past with an "-ed" verb after its subject', () => {
  it.each<[string, boolean]>([
    ["Two of our senior counsellors attended the ITC-ILO's Labour Migration Academy in Turin in 2019, which shaped how we think about counselling.", true],
    ['Our counsellors attended a course in Turin in 2019.', true],
    ['A rapid assessment carried out in 2023 with the union found that tasks are divided by sex.', true],
    // a participle after a comma, an article or an auxiliary is no past verb
    ['The project, funded in 2024, trains inspectors.', false],
    ['The trained officers will coach new ones from 2019 onwards.', false],
    ['Inspectors will be trained in 2019 terms of the decree.', false],
  ])('%s → history %s', (sentence, expected) => {
    expect(historyOf(sentence)).toBe(expected)
  })
})

describe('a mention dated by the participle after it', () => {
  const policy = defineLexicon('policy (participle test)', {en: ['policy'], fr: ['politique']})
  it.each<[string, boolean]>([
    ['Under the Free Visa, Free Ticket policy adopted in 2015, workers should pay no more than NPR 10,000.', true],
    ['The national policy approved by Cabinet in 2019 will be rolled out in the three provinces.', true],
    ['The policy drafted with the unions will be submitted to Cabinet in 2026.', false],
    ['The new policy will be adopted in the third quarter.', false],
  ])('%s → history %s', (sentence, expected) => {
    const [match] = buildModel(`# P\n\n## Activities\n\n${sentence}\n`).find(policy)
    expect(isHistory(match!.sentence, match)).toBe(expected)
  })
})

describe('French participles in "-ré" are no Spanish futures', () => {
  it.each<[string, boolean]>([
    ["Notre coordinatrice a suivi en 2021 l'Académie du CIF-OIT à Turin, dont elle a tiré l'idée des formatrices-relais.", true],
    ['Le ministère a élaboré et géré le registre des agences.', true],
    ['La coordinadora elaboraré el plan.', false],
  ])('%s → history %s', (sentence, expected) => {
    expect(historyOf(sentence)).toBe(expected)
  })
})

describe('results written as reached, in the items of an objectives section', () => {
  const historyIn = (section: string, body: string) => {
    const [first] = buildModel(`# P\n\n## ${section}\n\n${body}\n`).sentences({includeHeadings: false})
    return isHistory(first!)
  }
  it('a perfect in an item states a result; in a paragraph, or dated, or elsewhere, it tells the past', () => {
    expect(historyIn('Objectifs', "- 900 jeunes ont suivi un parcours de formation qualifiante.")).toBe(false)
    expect(historyIn('Objetivos', '| Las inspectoras han incorporado el protocolo |\n|---|')).toBe(false)
    expect(historyIn('Objectifs', 'Lors des consultations, les directions régionales ont exprimé un souhait.')).toBe(true)
    expect(historyIn('Objectifs', '- En 2019, 300 jeunes ont suivi la formation.')).toBe(true)
    expect(historyIn('Contexte', '- 900 jeunes ont suivi un parcours de formation qualifiante.')).toBe(true)
  })
})

describe('the clause of the mention decides', () => {
  const workshop = defineLexicon('workshop', {en: ['workshop'], fr: ['atelier']})
  it('a past event beside a plan in another clause is history; a plan beside a past event is a plan', () => {
    const [past] = buildModel("# P\n\nLes agents ont bénéficié en 2021 d'un atelier ; aucune autre session n'est prévue.\n").find(workshop)
    const [plan] = buildModel('# P\n\nThe ministry was reorganised; a workshop will train its new staff.\n').find(workshop)
    expect(isHistory(past!.sentence, past)).toBe(true)
    expect(isHistory(plan!.sentence, plan)).toBe(false)
  })
})

describe('a past form in a relative clause after the mention tells of the noun before it, not of the mention', () => {
  const core = defineLexicon('core', {fr: ['tronc commun', 'formateurs'], es: ['tronco común']})
  const historyOfMention = (sentence: string) => {
    const [mention] = buildModel(`# P\n\n## Activités\n\n${sentence}\n`).find(core)
    return isHistory(mention!.sentence, mention)
  }
  it.each<[string, boolean]>([
    ["Ce tronc commun fixe le cadre du métier : les normes de l'OIT que la Tunisie a ratifiées et la concertation.", false],
    ['El tronco común abarca las normas que Colombia ha ratificado y el diálogo social.', false],
    ['Les formateurs qui ont suivi le cours en 2020 animent les sessions.', false],
    // the mention's own past stays history, and so does one before a relative clause
    ['Le tronc commun a été conçu par le ministère, qui en assure la diffusion.', true],
    ['El tronco común se diseñó con los sindicatos que lo han validado.', true],
  ])('%s → history: %s', (sentence, history) => {
    expect(historyOfMention(sentence)).toBe(history)
  })
})

describe('a comparison with the past after a comma is the model a plan follows, not the plan', () => {
  const monitoring = defineLexicon('joint monitoring (tense test)', {en: ['joint monitoring'], fr: ['suivi conjoint'], es: ['monitoreo conjunto']})
  const historyOfMention = (sentence: string) => {
    const [mention] = buildModel(`# P\n\n## Seguimiento\n\n${sentence}\n`).find(monitoring)
    return isHistory(mention!.sentence, mention)
  }
  it.each<[string, boolean]>([
    ['La CUSG y las municipalidades participarán en el monitoreo conjunto trimestral, como se hizo en 2024.', false],
    ["Les syndicats prennent part au suivi conjoint, comme ils l'ont fait en 2023.", false],
    ['The unions take part in joint monitoring every quarter, as they did in the first phase.', false],
    // without the comma, or with the mention's own past, it is history
    ['La CUSG participó en el monitoreo conjunto en 2024.', true],
    ['The unions took part in joint monitoring in 2023, as agreed.', true],
  ])('%s → history: %s', (sentence, history) => {
    expect(historyOfMention(sentence)).toBe(history)
  })
})

describe('a relative clause with no noun before it tells its own past, not the sentence\'s nor a mention\'s', () => {
  const representatives = defineLexicon('representatives (tense test)', {en: ['union representatives'], fr: ['représentants syndicaux'], es: ['representantes sindicales']})
  const read = (sentence: string) => {
    const model = buildModel(`# P\n\n## Suivi\n\n${sentence}\n`)
    const [mention] = model.find(representatives)
    return [isHistory(mention!.sentence), isHistory(mention!.sentence, mention)]
  }
  it.each<[string, boolean]>([
    ["Deux fois par an, un atelier réunit les représentants syndicaux pour confronter les hypothèses à ce qui a été observé.", false],
    ['Cada semestre, los representantes sindicales comparan las metas con lo que se logró.', false],
    ['Twice a year, union representatives compare the targets with what was achieved.', false],
    // the sentence's own past, before or outside the free relative, is history
    ["En 2021, un atelier a réuni les représentants syndicaux pour examiner ce qui a changé.", true],
    ['In 2022 the union representatives compared the targets with what was achieved.', true],
  ])('%s → history: %s', (sentence, history) => {
    expect(read(sentence)).toEqual([history, history])
  })
})

describe("a mention's clause with a future verb form plans, whatever past forms it also holds", () => {
  const evaluator = defineLexicon('evaluator (tense test)', {es: ['evaluadora externa'], fr: ['évaluatrice externe']})
  it.each<[string, boolean]>([
    ['Al cierre contrataremos a una evaluadora externa para que valore qué cambió y qué funcionó.', false],
    ['Una evaluadora externa valorará si la transferencia al municipio se ha cumplido.', false],
    ["Une évaluatrice externe examinera ce qui a changé pour les travailleuses.", false],
    // No future form: the past forms decide, as before.
    ['En 2022 una evaluadora externa valoró qué cambió.', true],
    // Spanish nouns that end as French futures ("compañeras", "primera") are no future form.
    ['Dos compañeras participaron en la primera ronda con una evaluadora externa.', true],
    ["Les compagnes d'une évaluatrice externe prépareront la première ronde.", false],
    // A past marker in a relative clause after the mention is the relative's; the clause's future plans.
    ["Une évaluatrice externe vérifiera les inspections que les délégués ont menées.", false],
    // With no future in the clause, that past still tells of the mention's noun phrase.
    ["Une évaluatrice externe, que le ministère a recrutée, a mené l'étude.", true],
  ])('%s → history %s', (sentence, expected) => {
    const [match] = buildModel(`# P\n\n## Monitoring\n\n${sentence}\n`).find(evaluator)
    expect(isHistory(match!.sentence, match)).toBe(expected)
  })
})

describe("what belongs to an earlier project is history, whatever its clause plans", () => {
  const expert = defineLexicon('expert (tense test)', {en: ['gender expert'], fr: ['formation'], es: ['talleres']})
  it.each<[string, boolean]>([
    ['The study by the gender expert of the earlier Better Work pilot, whose findings will inform the checklists, is attached.', true],
    ["Le rapport sur la formation de la phase précédente, que le projet publiera, est en annexe.", true],
    ['Los talleres del proyecto anterior, que se repetirán, fueron bien valorados.', true],
    ['A gender expert will join the project team, as in the earlier pilot.', false],
    // Told in a relative clause of the earlier project, before that clause's first comma.
    ['Unlike the previous phase (2020–2022), in which a gender expert advised the unions, none is planned in this phase.', true],
    ["Contrairement à la phase précédente, au cours de laquelle une formation a réuni les inspecteurs, aucune n'est prévue.", true],
    ['A diferencia del proyecto anterior, en el que hubo talleres para las juntas, esta vez no se prevén.', true],
    ['As in the earlier pilot, where the unions chose the trainees, a gender expert will review every module.', false],
  ])('%s → history %s', (text, expected) => {
    const [mention] = buildModel(`# P\n\n## Activities\n\n${text}\n`).find(expert, {includeNegated: true})
    if (!mention) throw new Error('no mention')
    expect(isHistory(mention.sentence, mention)).toBe(expected)
  })
})

describe('what has gone on since a year is history, unless its clause has a future', () => {
  it.each<[string, boolean]>([
    ["L'ONG propose des formations en alphabétisation aux commerçantes depuis 2009.", true],
    ['La fundación propone desde 2010 talleres de contabilidad.', true],
    ['Since 2015 the institute has proposed a course to welders.', true],
    ['The institute will continue the course it has offered since 2015.', false],
    // the future of another clause leaves this one a track record
    ['Since 2015 the institute has run a course for welders, and it will run it for the project.', true],
  ])('%s → history %s', (text, expected) => {
    const [mention] = buildModel(`# P\n\n## Activities\n\n${text}\n`).find(courses, {includeNegated: true})
    if (!mention) throw new Error('no mention')
    expect(isHistory(mention.sentence, mention)).toBe(expected)
  })

  it.each<[string, boolean]>([
    ['Une ONG anime depuis 2021 un dispositif de suivi des centres de santé.', true],
    ['Desde 2019 la cooperativa revisa sus cuentas con los socios.', true],
    ['Depuis 2021, le comité examine les données ; il les examinera aussi pour le projet.', false],
    // The English article is no French perfect auxiliary ("a" + a word shaped like a participle).
    ['The chief technical adviser presents a semi-annual update to the network.', false],
    ['The officer makes a visit to each site.', false],
    ['Le ministère a formé 40 inspecteurs.', true],
  ])('a whole sentence: %s → history %s', (text, expected) => {
    expect(historyOf(text)).toBe(expected)
  })
})

describe('biographies are history', () => {
  it.each([
    'She worked for six years as a programme officer at the ITC-ILO in Turin before joining a national authority.',
    'Experto con 12 años de experiencia en formación profesional.',
    "Titulaire d'un master en droit du travail, il a travaillé au BIT.",
  ])('%s', (sentence) => {
    expect(historyOf(sentence)).toBe(true)
  })
})

const courses = defineLexicon('courses (tense test)', {en: ['course', 'workshops'], fr: ['formations', 'ateliers'], es: ['talleres', 'curso']})

describe('a plan stated', () => {
  it.each<[string, boolean]>([
    ['Our two trainers will deliver a five-day course to 60 inspectors.', true],
    ['La formatrice animera douze ateliers pour les trésorières.', true],
    ['Las enfermeras capacitarán a 200 promotoras en un curso de tres días.', true],
    ['El coordinador brindará talleres de seguridad a las cooperativas.', true],
    ['Le centre soutiendra les ateliers des coopératives.', true],
    ["L'équipe poursuivra les formations des trésorières.", true],
    // what the team habitually does or did
    ['Our trainers facilitate workshops on workplace harassment across the Rift Valley.', false],
    ['La directora imparte talleres sobre derechos laborales desde 2012.', false],
    // the mention's own clause decides: the future is said of something else
    ["L'association organise depuis 2015 des formations en apiculture ; ses guides accompagneront les équipes.", false],
    // what has gone on since a year is a track record, even told with "propose"; only a future makes it a plan
    ["L'ONG propose des formations en alphabétisation aux commerçantes depuis 2009.", false],
    ['La fundación propone desde 2010 talleres de contabilidad.', false],
    ['Since 2015 the institute has proposed a course to welders.', false],
    ['The institute will continue the course it has offered since 2015.', true],
    ["L'ONG poursuivra les formations en alphabétisation données depuis 2009.", true],
    ["Depuis 2009, l'ONG anime des ateliers ; elle en animera douze pour le projet.", false],
  ])('%s → plan %s', (text, expected) => {
    const model = buildModel(`# P\n\n## Team\n\n${text}\n`)
    const [mention] = model.find(courses, {includeNegated: true})
    if (!mention) throw new Error('no mention')
    expect(statesPlan(mention.sentence, mention)).toBe(expected)
  })

  it('reads the whole sentence when no mention is given', () => {
    const [sentence] = buildModel("# P\n\n## Team\n\nL'association organise des formations ; ses guides accompagneront les équipes.\n").sentences({includeHeadings: false})
    expect(statesPlan(sentence!)).toBe(true)
  })
})

describe('a commitment made for what comes plans it', () => {
  const table = defineLexicon('coordination table (tense test)', {en: ['working group'], es: ['mesa de integración'], fr: ['groupe de travail']})
  it.each<[string, boolean]>([
    ['Para la ejecución, la fundación ha acordado con ONU Migración integrarse en la mesa de integración del GTRM.', false],
    ['El ministerio se ha comprometido a convocar la mesa de integración cada trimestre.', false],
    // Agreed before, and done: history.
    ['En 2019 el ministerio creó una mesa de integración, que se reunió dos veces.', true],
  ])('%s → history %s', (sentence, expected) => {
    const [match] = buildModel(`# P\n\n## Context\n\n${sentence}\n`).find(table)
    expect(isHistory(match!.sentence, match)).toBe(expected)
  })
})

describe('what "already" qualifies exists before the project', () => {
  const training = defineLexicon('training', {en: ['trainings', 'course'], fr: ['formation'], es: ['cursos']})
  const historyOfMention = (text: string) => {
    const [mention] = buildModel(`# P\n\n## Activities\n\n${text}\n`).find(training)
    if (!mention) throw new Error('no mention')
    return isHistory(mention.sentence, mention)
  }
  it.each<[string, boolean]>([
    ['Several organisations and the recruitment agencies themselves already run pre-departure trainings.', true],
    ["Les chefs d'équipe qui seront recrutés ont déjà suivi en 2023-2024 la formation en conservation des sols.", true],
    ['Las cooperativas ya ofrecen cursos de contabilidad a sus socias.', true],
    // "already" before a plan plans
    ['The ITC-ILO has already agreed to co-deliver the course.', false],
    ['The union is already preparing the course it will deliver in March.', false],
    // Spanish "ya que" is "since", and "deja" the verb "dejar"
    ['Se impartirán cursos de contabilidad, ya que las socias lo pidieron.', false],
    ['El proyecto deja instalados cursos de contabilidad en cada cooperativa.', false],
  ])('%s → history %s', (text, expected) => {
    expect(historyOfMention(text)).toBe(expected)
  })
})

describe('after a comma, "and" before a subject pronoun opens a clause of its own', () => {
  const training = defineLexicon('gender training (tense test)', {en: ['gender equality training'], fr: ['formation en genre'], es: ['formación en género']})
  it.each<[string, boolean]>([
    ["The union's women's wing received gender equality training from another NGO in 2022, and we will build on the contacts it made.", false],
    ["L'association a suivi une formation en genre en 2021, et nous nous appuierons sur ses animatrices.", false],
    // without the comma and the pronoun, the plan is the mention's
    ['The project will organise gender equality training in 2026 and follow up with each partner.', true],
  ])('%s → plans it: %s', (text, expected) => {
    const [match] = buildModel(`# P\n\n## Activities\n\n${text}\n`).find(training)
    expect(statesPlan(match!.sentence, match)).toBe(expected)
  })
})

describe('words that read as a plan or a past in one use only', () => {
  it.each<[string, boolean]>([
    // "Plan" the noun names a document; "plan to" plans.
    ["La Fédération des employeurs avait participé à l'élaboration du plan d'action national 2019-2023.", true],
    ['The employers had contributed to the national action plan.', true],
    ['The employers plan to join the steering committee.', false],
    // "Taught" is a past, but for a passive.
    ['The module becomes part of the agency induction course; its sessions are recorded and taught by the training unit.', false],
    ['The trainers taught the module to 40 officers.', true],
  ])('%s → history %s', (sentence, expected) => {
    expect(historyOf(sentence)).toBe(expected)
  })
})

describe('independent clauses a semicolon joins tell their own times', () => {
  const focalPoint = defineLexicon('focal point (semicolon test)', {en: ['focal point'], fr: ['point focal'], es: ['punto focal']})
  it.each<[string, boolean]>([
    ['La oficial de programa ejerce como punto focal de género; la línea de base se analizó con una consultora.', false],
    ['Our programme officer acts as focal point for gender; the baseline was analysed with a consultant in 2025.', false],
    ['La chargée de programme est le point focal genre ; les données ont été analysées par une consultante.', false],
    // A past before the mention sets the time of what follows it.
    ['En 2020 el proyecto formó a 300 inspectores; un punto focal de género en cada oficina.', true],
    ['The first phase had a focal point in each office; the baseline was analysed in 2019.', true],
  ])('%s → history %s', (sentence, expected) => {
    const [match] = buildModel(`# P\n\n## Activities\n\n${sentence}\n`).find(focalPoint)
    expect(isHistory(match!.sentence, match)).toBe(expected)
  })
})

describe('what an agreement settles, in its "that" clause', () => {
  const seats = defineLexicon('seats (agreement test)', {en: ['places'], fr: ['places'], es: ['plazas']})
  it.each<[string, boolean]>([
    ['Para el curso de tutores se acordó con la Mesa Provincial que al menos un tercio de las plazas sea para delegados sindicales.', false],
    ['Il a été convenu avec le ministère que chaque session réserve quatre places aux délégués syndicaux.', false],
    ['It was agreed with the ministry that each course keeps two places for union officers.', false],
    // A dated agreement may tell history.
    ['In 2019 the ministry agreed that the places went to its own staff.', true],
  ])('%s → history %s', (sentence, expected) => {
    const [match] = buildModel(`# P\n\n## Activities\n\n${sentence}\n`).find(seats)
    expect(isHistory(match!.sentence, match)).toBe(expected)
  })
})

describe('a relative clause between commas before the mention', () => {
  const focal = defineLexicon('focal point (aside test)', {en: ['gender focal point'], fr: ['point focal genre'], es: ['punto focal de género']})
  it.each<[string, boolean]>([
    ["Notre trésorière, qui a suivi en 2022 une formation sur le genre, est aussi notre point focal genre.", false],
    ['Our treasurer, who chaired the union women’s committee until 2021, is also our gender focal point.', false],
    ['Nuestra tesorera, quien coordinó la comisión de la mujer en 2020, es también nuestra punto focal de género.', false],
    // The main clause's own past stands.
    ['Our treasurer, who chaired the union women’s committee until 2021, was the gender focal point of the last phase in 2022.', true],
    ["En 2021, notre trésorière, qui a suivi une formation, a été notre point focal genre.", true],
  ])('%s → history %s', (sentence, expected) => {
    const [match] = buildModel(`# P\n\n## Team\n\n${sentence}\n`).find(focal)
    expect(isHistory(match!.sentence, match)).toBe(expected)
  })
})
