// The training concepts find what proposals write, in its variants, and not
// the look-alikes that would make a rule apply or pass by mistake.
import {describe, expect, test} from 'vitest'

import {
  applicationMeasure,
  beyondPrePost,
  curriculum,
  followUpSupport,
  otherNeeds,
  genderEqualityTopic,
  internalUse,
  itcIlo,
  knowledgeRetention,
  labourStandardsTopic,
  learningApplication,
  materialsDevelopment,
  needsAssessment,
  nonDiscriminationTopic,
  notTraining,
  participationTarget,
  prePostTests,
  socialDialogueTopic,
  trainingActivity,
  trainingMaterials,
  workshopDelivery,
} from './training.js'
import {
  afterOrOnTheJob,
  assessmentAct,
  capacityGaps,
  commitment,
  equalityWord,
  foundedBody,
  inProgress,
  newcomers,
  nomination,
  quantity,
  rejectedOption,
  seatWord,
  softwareWord,
  standardsInstrument,
  supportAct,
  workplaceWorkshop,
  workersRepresentatives,
} from './training.js'
import {expectMatches, expectNoMatch, hits} from './test-helpers.js'

describe('trainingActivity', () => {
  test.each([
    ['Forty officials will attend a training of trainers.', 'training of trainers'],
    ['Capacity-building workshops for counsellors', 'Capacity-building'],
    ['capacity building of the inspectorate', 'capacity building'],
    ['The inspectors will be trained on interview techniques.', 'trained'],
    ['an eight-week Academy for union leaders', 'Academy'],
    ['Le projet organisera des ateliers de formation.', 'ateliers'],
    ['renforcement des capacités des inspecteurs', 'renforcement des capacités'],
    ['talleres de capacitación para inspectores', 'capacitación'],
  ])('finds %j', (text, expected) => {
    expect(hits(trainingActivity, text)).toContain(expected)
  })

  test('does not take English words for French or Spanish training terms', () => {
    expectNoMatch(trainingActivity, ['The formation of cooperatives is slow, and taller buildings need inspectors.', 'partners from academia and civil society'], hits)
  })

  test('idioms with "course" are marked so the rules can drop them', () => {
    expect(hits(notTraining, 'The MoU is signed in the course of the project; au cours de la première année; en cours.')).toEqual([
      'in the course of',
      'au cours de',
      'en cours',
    ])
  })

  test('workshops, seminars and courses, in three languages', () => {
    expect(hits(workshopDelivery, 'two-day workshops, a regional seminar, a 12-week course, des ateliers, un cours de base, cursos')).toEqual([
      'workshops',
      'seminar',
      'course',
      'ateliers',
      'un cours',
      'cursos',
    ])
  })
})

describe('internalUse', () => {
  test.each([
    'The handbook is for internal use only.',
    'Il restera un document interne.',
    'Les fiches resteront des outils internes au programme.',
    'Es de uso interno del proyecto.',
    'La guía tendrá difusión restringida.',
  ])('finds %j', (text) => {
    expect(hits(internalUse, text)).toHaveLength(1)
  })

  test('is not an internal audit or internal migration', () => {
    expectNoMatch(internalUse, ['an internal audit of the ministry', 'internal migrants in Dhaka', 'la migración interna hacia la capital'], hits)
  })
})

describe('itcIlo', () => {
  test.each([
    'ITC-ILO',
    'ITCILO',
    'ILO-ITC',
    'ITC ILO',
    'the International Training Centre of the ILO',
    'the International Training Center of the ILO',
    'the Turin Centre',
    "le Centre international de formation de l'OIT",
    'le Centre international de formation de l’OIT',
    'le CIF-OIT',
  ])('finds %j', (text) => {
    expect(hits(itcIlo, text)).toHaveLength(1)
  })

  test('is not any training centre', () => {
    expectNoMatch(itcIlo, ['two accredited training centres and the National Industrial Training Authority'], hits)
  })
})

describe('needsAssessment', () => {
  test.each([
    'a training needs assessment of 150 enterprises',
    'a training-needs analysis',
    'a capacity needs assessment of district offices',
    'an assessment of the capacity of the institutions',
    'TNA of district labour offices',
    'une évaluation des besoins de formation',
    'une analyse des besoins en formation',
    'un diagnóstico de necesidades de capacitación',
  ])('finds %j', (text) => {
    expect(hits(needsAssessment, text)).toHaveLength(1)
  })

  test('is not any assessment or any need', () => {
    expectNoMatch(needsAssessment, ['a mapping of recruitment costs; the needs of migrant workers; an impact assessment'], hits)
  })
})

describe('follow-up support and retention', () => {
  test('coaching, mentoring and follow-up support in their forms', () => {
    expect(hits(followUpSupport, 'coaching visits, six months of mentoring, each graduate has a mentor, follow-up support, accompagnement')).toEqual([
      'coaching',
      'mentoring',
      'mentor',
      'follow-up support',
      'accompagnement',
    ])
  })

  test('tutors and follow-up visits, in three languages', () => {
    expect(hits(followUpSupport, 'a tutor visits monthly; une tutrice expérimentée; des visites de suivi; dos tutoras; visitas de seguimiento')).toEqual([
      'tutor',
      'tutrice',
      'visites de suivi',
      'tutoras',
      'visitas de seguimiento',
    ])
  })

  test('a follow-up survey is not follow-up support', () => {
    expectNoMatch(followUpSupport, ['a follow-up survey of participants'], hits)
  })

  test('knowledge retention: British and American spellings, ToT, French', () => {
    expect(
      hits(knowledgeRetention, 'institutionalisation, institutionalization, institutionalising manuals, a ToT, master trainers, knowledge management, formation de formateurs'),
    ).toEqual([
      'institutionalisation',
      'institutionalization',
      'institutionalising',
      'ToT',
      'master trainers',
      'knowledge management',
      'formation de formateurs',
    ])
  })

  test('knowledge retention: facilitators trained to pass the training on', () => {
    expect(hits(knowledgeRetention, 'Formación de facilitadores: ellos replicarán la capacitación; a training of facilitators who replicate the training')).toEqual([
      'Formación de facilitadores',
      'replicarán la capacitación',
      'training of facilitators',
      'replicate the training',
    ])
  })
})

describe('materials', () => {
  test('materials and their development', () => {
    expect(hits(trainingMaterials, 'a training manual, a toolkit, the guides, a tool kit, a curriculum, curricula, modules, un manuel, une boîte à outils')).toEqual([
      'manual',
      'toolkit',
      'guides',
      'tool kit',
      'curriculum',
      'curricula',
      'modules',
      'manuel',
      'boîte à outils',
    ])
    expect(hits(materialsDevelopment, 'will develop, co-designed, is revised, élaborera, desarrollará')).toEqual([
      'develop',
      'co-designed',
      'revised',
      'élaborera',
      'desarrollará',
    ])
  })
})

describe('measuring training', () => {
  test('pre/post tests', () => {
    const phrases = ['pre- and post-tests', 'a pretest', 'a pre test and a post test', 'pre- and post-course tests', 'un pré-test et un post-test']
    expectMatches(prePostTests, phrases, hits)
  })

  test('measures beyond pre/post', () => {
    const phrases = [
      'a follow-up survey six months later',
      'follow up surveys',
      'a tracer study',
      'Kirkpatrick level 3',
      'outcome harvesting',
      'knowledge application rates',
      'une enquête de suivi',
    ]
    expectMatches(beyondPrePost, phrases, hits)
  })

  test('applying what was learned is what a measure looks at, not a measure by itself', () => {
    const phrases = ['whether they apply what they learned', 'coaching visits to help boards apply what they learned', 'la mise en pratique des acquis', 'aplicar lo aprendido']
    expectMatches(learningApplication, phrases, hits)
    expectNoMatch(beyondPrePost, phrases, hits)
  })

  test('words that make application of learning a measurement', () => {
    expectMatches(applicationMeasure, ['a survey of', 'the percentage of trainees', 'inspectors will track', 'le taux de', 'el porcentaje de'], hits)
    expectNoMatch(applicationMeasure, ['monthly coaching visits to help boards', 'un accompagnement de suivi', 'visitas de seguimiento', 'targeted support'], hits)
  })

  test('a baseline survey is not a follow-up', () => {
    expectNoMatch(beyondPrePost, ['a baseline survey and an endline survey'], hits)
  })
})

describe('participation targets', () => {
  test('a share, a minimum or reserved places, in three languages', () => {
    const phrases = [
      'one third of places are reserved for nominees',
      'au moins 30 % de femmes',
      'cinq places réservées aux représentants des employeurs',
      'se reservan cinco plazas para representantes sindicales',
      'una reserva de cupos para las organizaciones de empleadores',
    ]
    expectMatches(participationTarget, phrases, hits)
    // A place is what a target is about, not a target: "safe places for women workers to meet".
    expectNoMatch(participationTarget, ['safe places for women workers to meet', 'lugares seguros para las mujeres'], hits)
  })
})

describe('curriculum and core topics', () => {
  test('curriculum mentions', () => {
    expect(hits(curriculum, 'The curriculum covers; the course will cover; a common core module; un tronc commun')).toEqual([
      'curriculum',
      'course will cover',
      'common core',
      'module',
      'tronc commun',
    ])
  })

  test('the four ILO basics in English, American English and French', () => {
    expect(hits(labourStandardsTopic, 'international labor standards; les normes internationales du travail')).toHaveLength(2)
    // Conventions in ILO shorthand, but not language levels nor longer codes.
    expect(hits(labourStandardsTopic, 'the standards on recruitment (C181, C-189 and C 97); French at level C1; room C1810')).toEqual(['C181', 'C-189', 'C 97'])
    expect(hits(socialDialogueTopic, 'social dialogue, tripartism, le dialogue social')).toHaveLength(3)
    expect(hits(genderEqualityTopic, 'gender equality; égalité entre les femmes et les hommes')).toHaveLength(2)
    expect(hits(nonDiscriminationTopic, 'non-discrimination; nondiscrimination; la non-discrimination')).toEqual([
      'non-discrimination',
      'nondiscrimination',
      'non-discrimination',
    ])
  })
})

describe('the words the relation mechanisms read', () => {
  test('workshops that are workplaces, in the three languages; training workshops are not', () => {
    expectMatches(workplaceWorkshop, ['150 welding workshops', 'les ateliers de couture du quartier', 'talleres de confección subcontratados', 'talleres familiares'], hits)
    expectNoMatch(workplaceWorkshop, ['a workshop on welding safety', 'un atelier de formation', 'talleres de capacitación'], hits)
  })

  test('bodies founded, ongoing', () => {
    expectMatches(foundedBody, ['nuevas cooperativas', "d'un comité", 'une mutuelle', 'a network'], hits)
    expect(hits(inProgress, 'la discusión en curso; les réformes en cours')).toEqual(['en curso', 'en cours'])
    // Meetings that design or consult with people train nobody.
    expectMatches(notTraining, ['a co-design workshop with users', 'un atelier de co-création', 'taller de codiseño con usuarias', 'entretiens avec les formations sanitaires', 'el régimen formará parte permanente del sistema'], hits)
  })

  test('software, needs worded as gaps, support on the job', () => {
    expectMatches(softwareWord, ['module logiciel', 'the database', 'sistema centralizado de recaudación'], hits)
    expectNoMatch(softwareWord, ["guide d'application de la loi", 'aplicación de lo aprendido'], hits)
    expectMatches(assessmentAct, ['a learning-gap diagnostic', 'levantamiento de necesidades', "l'étude des besoins"], hits)
    expectMatches(capacityGaps, ['what each group needs to learn', 'les compétences qui font défaut', 'estudio de brechas de capacidad', 'necesidades formativas'], hits)
    expectMatches(supportAct, ['field support', "visites d'appui-conseil", 'visitas de un asesor'], hits)
    expectMatches(afterOrOnTheJob, ['a season of support afterwards', 'après chaque session', 'en su propio puesto de venta', 'terminado el taller'], hits)
  })

  test('turnover: newcomers, options set aside, agreements', () => {
    expectMatches(newcomers, ['new recruits', "l'accueil des nouvelles recrues", 'todo funcionario nuevo', 'quienes se incorporen', "les agents qui rejoindront l'unité", 'los técnicos que se incorporen'], hits)
    expectMatches(rejectedOption, ['was considered but not retained', 'a été écartée', 'fue descartada'], hits)
    expectMatches(commitment, ['the ITC-ILO has agreed to', 'se ha acordado con el Centro', 'le Centre a accepté'], hits)
  })

  test('curriculum topics by their parts', () => {
    expectMatches(standardsInstrument, ['other ILO instruments', 'conventions et recommandations', 'convenios de la OIT'], hits)
    expectMatches(equalityWord, ['equal treatment of women and men', 'égalité femmes-hommes', 'igualdad entre mujeres y hombres'], hits)
  })

  test('places given as numbers, and who fills them', () => {
    expect(hits(quantity, 'Eight seats; 40 cupos; au moins 45; ≥ 90')).toEqual(['Eight', '40', '45', '90'])
    expectMatches(seatWord, ['30 seats', '120 cupos', '60 places'], hits)
    expectMatches(nomination, ['nominated by the unions', 'le patronat en désignera 30', 'personas designadas por las empresas', 'corresponden a dirigentes'], hits)
    expectMatches(workersRepresentatives, ['grassroots union officers', 'délégués du personnel', 'delegados de obra', 'dirigentes sindicales'], hits)
  })
})

describe('needs that are not training needs', () => {
  test('community, humanitarian and household needs in three languages', () => {
    expect(hits(otherNeeds, 'a community needs assessment; besoins humanitaires; necesidades de los hogares')).toEqual(['community', 'humanitaires', 'de los hogares'])
  })
})
