// The gender lexicons match the general concept as proposals write it: British
// and American spellings, plurals, hyphenation, French and Spanish; and they do
// not match near misses.
import {describe, expect, test} from 'vitest'

import {
  approachWord,
  budgetAllocation,
  genderFunction,
  menAsPerpetrators,
  staffRole,
  vulnerability,
  countedThings,
  disaggregationColumn,
  partnerAudience,
  sexDimension,
  trainingWord,
  expertRole,
  genderConcept,
  genderExpertise,
  genderStrategy,
  genderTraining,
  menAndBoys,
  menAsComparison,
  people,
  peopleRates,
  sexDisaggregation,
  womenAndGirls,
  womenAndMenTogether,
} from './gender.js'
import {expectMatches, expectNoMatch, found, hits} from './test-helpers.js'

describe('genderConcept', () => {
  test('English, French and Spanish ways of naming gender equality work', () => {
    expectMatches(genderConcept, [
      'Gender-responsive OSH activities',
      'GESI activities and training',
      'gender responsive outreach',
      "Women's economic empowerment grants",
      'Égalité femmes-hommes dans les coopératives',
      'égalité entre les femmes et les hommes',
      'Expertise genre et activités',
      'une consultante en genre',
      'Perspectiva de género en el diseño',
    ])
  })
  test('comparisons between the sexes and harm tied to sex are the gender subject', () => {
    expectMatches(genderConcept, [
      'the pay gap between women and men',
      'sex-based discrimination at hiring',
      'un guide sur l\'égalité salariale entre hommes et femmes',
      'Analyse des inégalités liées au sexe',
      'la brecha salarial entre mujeres y hombres',
      'discriminación por razón de sexo',
    ])
  })
  test('not French "genre" as "kind", nor women as such', () => {
    expectNoMatch(genderConcept, ['Ce genre de formation est utile.', 'Women make up 40 per cent of trainees.'])
  })
  test('negated mentions are not returned to rules', () => {
    expect(found(genderConcept, 'No gender budget line is foreseen.')).toEqual([])
  })
})

describe('genderStrategy', () => {
  test('strategies, approaches and action plans', () => {
    expectMatches(genderStrategy, [
      "The project's gender strategy has four elements.",
      'A gender action plan is adopted in the inception phase.',
      'The gender mainstreaming approach guides every output.',
      'Une approche genre guide toutes les composantes.',
      'Un plan d\'action genre sera validé.',
      'El enfoque de género orienta las actividades.',
    ])
  })
  test('a gender topic is not a strategy', () => {
    expectNoMatch(genderStrategy, ['The course covers gender equality at work.'])
  })
})

describe('genderExpertise', () => {
  test('specialists, consultants, advisers and focal points, in both spellings', () => {
    expectMatches(genderExpertise, [
      'A national gender consultant is engaged half-time.',
      'with advice from the ILO Regional Gender Specialist',
      'The gender adviser reviews the workplan.',
      'The gender advisor reviews the workplan.',
      'She acts as gender focal point.',
      'gender expertise and gender training',
      'is responsible for the gender strategy',
      'Une spécialiste genre appuie l\'équipe.',
      'le point focal genre du bureau',
      'una especialista en género',
      'Akosua Mensah, our Gender and Safeguarding Lead, oversees this work.',
    ])
  })
  test('not a negated post', () => {
    expectNoMatch(genderExpertise, ['No gender specialist will be recruited.'])
  })
})

describe('expertRole', () => {
  test('roles in three languages', () => {
    expectMatches(expertRole, ['a national consultant', 'la consultante nationale', 'el asesor técnico', 'the focal points'])
  })
})

describe('approach, function and staff', () => {
  test('what states an approach', () => {
    expectMatches(approachWord, ['a cross-cutting theme', 'an action plan', 'un plan d\'action', 'de manière transversale', 'un plan de acción', 'eje transversal'])
  })
  test('a function given to someone', () => {
    expectMatches(genderFunction, ['she is responsible for', 'tasked with following', 'to advise the team', 'chargée de piloter', 'responsable du suivi', 'encargada de', 'asesorar al equipo', 'makes sure', "s'assurera", 'tendrá a su cargo'])
  })
  test('members of the project team', () => {
    expectMatches(staffRole, ['the programme officer', 'Administratrice technique', 'la coordonnatrice nationale', 'una consultora local', 'el oficial nacional'])
  })
})

describe('genderTraining', () => {
  test('gender equality training and manuals, with hyphenation and spelling variants', () => {
    expectMatches(genderTraining, [
      'a one-day gender equality training',
      'gender-equality trainings for partners',
      'gender sensitisation sessions',
      'gender sensitization sessions',
      'training on gender mainstreaming for inspectors',
      'a short gender manual adapted from ILO material',
      'une formation sur l\'égalité de genre',
      'capacitación en igualdad de género',
    ])
  })
  test('a course that covers gender equality is not gender training', () => {
    expectNoMatch(genderTraining, ['The course covers contracts, gender equality and non-discrimination.'])
  })
})

describe('sexDisaggregation', () => {
  test('ways indicators say they are split by sex', () => {
    expectMatches(sexDisaggregation, [
      'Number of officials trained, by sex',
      'sex-disaggregated data',
      'sex disaggregated data',
      'disaggregated by gender',
      'Percentage applying new procedures (women/men)',
      'Number of mentors (women / men)',
      'Number of returnees (M/F)',
      'Number of members, of whom women',
      'Nombre d\'apprentis, ventilé par sexe',
      'Nombre de stagiaires (F/H)',
      'Número de trabajadoras, desagregado por sexo',
      'chaque donnée est ventilée selon le sexe',
      'Jóvenes formados (H/M)',
    ])
  })
  test('not "sex" alone', () => {
    expectNoMatch(sexDisaggregation, ['Number of sex workers reached'])
  })
})

describe('women, men and the pair', () => {
  test('women and girls', () => {
    expectMatches(womenAndGirls, ['Women workers face harassment.', 'adolescent girls', 'les femmes migrantes', 'las mujeres rurales'])
  })
  test('men and boys, not inside other words', () => {
    expectMatches(menAndBoys, ['Men at sea face violence.', 'Boys do the hazardous work.', 'les jeunes hommes', 'los hombres'])
    expectNoMatch(menAndBoys, ['Women and management meet monthly.', 'fishermen and chairmen'])
  })
  test('both named as one group', () => {
    expectMatches(womenAndMenTogether, ['young women and men', 'girls and boys', 'femmes et hommes', 'mujeres y hombres'])
  })
  test('men as the ones who harm women', () => {
    expectMatches(menAsPerpetrators, ['harassment by male supervisors', 'violence par les hommes', 'acoso por parte de los hombres'], hits)
    expectNoMatch(menAsPerpetrators, ['Men are exposed to accidents.'], hits)
  })
  test('what makes a vulnerability', () => {
    expectMatches(vulnerability, [
      'exposed to pesticides', 'debt bondage', 'reluctant to seek help', 'more likely to drop out',
      'exposés aux accidents', 'hésitent à demander de l\'aide', 'expuestos a lesiones', 'la trata de personas',
      'men who are often left out', 'les garçons oubliés des programmes', 'los hombres quedan fuera de los servicios',
      'male domestic workers have specific needs', 'les hommes ont des besoins spécifiques', 'los jardineros tienen necesidades propias',
    ])
    expectNoMatch(vulnerability, ['Men hold 92 per cent of skilled posts and earn 30 per cent more.', 'se trata de un proyecto'])
  })
  test('men as the yardstick of women\'s disadvantage', () => {
    const phrases = [
      'Women are paid less than men for the same tasks.',
      'lower wages compared with their male colleagues',
      'fewer promotions than their male counterparts',
      'les femmes gagnent moins que les hommes',
      'las mujeres ganan menos que los hombres',
      'Unlike men, women are exposed to harassment on the night shift.',
      'contrairement aux hommes, elles ne sont pas affiliées',
      'a diferencia de los hombres, ellas no cotizan',
    ]
    expectMatches(menAsComparison, phrases, hits)
    expectNoMatch(menAsComparison, ['Young men face long hours and debt bondage on the boats.', 'men who migrate alone'], hits)
  })
})

describe('people and counted things', () => {
  test('people, with plurals from singular terms', () => {
    expectMatches(people, ['workers', 'officials', 'trainees', 'young people', 'job-seekers', 'travailleurs', 'bénéficiaires', 'trabajadoras'])
  })
  test('things that people-words only qualify', () => {
    expectMatches(countedThings, ['Volume of fish sold', 'Volumen de pescado', 'Tonnage de poisson', "employers' organisations", "employers' organizations", 'micro-enterprises', 'help desks', 'provinces', 'entreprises', 'cadres institutionnels', 'cadre logique', 'prestataires', 'training providers', 'proveedores'])
  })
  test('rates of people', () => {
    expectMatches(peopleRates, ['completion rate', 'drop-out rate', 'taux d\'insertion', 'tasa de empleo'])
  })
})

describe('training on gender, for partners', () => {
  test('training words and the partners they are for', () => {
    expectMatches(trainingWord, ['a training of trainers', 'two workshops', 'sensitisation sessions', 'sensitization sessions', 'un atelier', 'una capacitación'])
    expectMatches(partnerAudience, ['labour inspectors', 'union organisers', 'union organizers', 'NGO staff', 'les animatrices', 'los funcionarios'])
    expectMatches(trainingWord, ['a pocket guide', 'un manuel', 'tres jornadas de formación', 'una guía práctica'])
    expectMatches(partnerAudience, ['union delegates', 'les délégués syndicaux', 'dirigentes sindicales'])
    expectNoMatch(trainingWord, ['trainees', 'a trainee programme'])
  })
})

describe('disaggregation columns', () => {
  test('the column and the sex dimension in it', () => {
    expectMatches(disaggregationColumn, ['Disaggregation', 'Disaggregated by', 'Breakdown', 'Ventilation', 'Desagregación'])
    expectMatches(sexDimension, ['Sex, age', 'gender, district', 'M/F', 'sexe', 'sexo'])
    expectNoMatch(sexDimension, ['District, age'])
  })
})

describe('budgetAllocation', () => {
  test('words that set money aside', () => {
    expectMatches(budgetAllocation, ['is earmarked for', 'a dedicated budget line', 'allocated to', 'ring-fenced', 'ligne budgétaire', 'asignado a'])
  })
})
