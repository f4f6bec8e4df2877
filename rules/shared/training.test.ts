// The scope helpers decide when the training and migration rules apply: these
// tests pin the CHECKLIST definitions ("Training component", "Migration
// project") on small proposals, traps included.
import {buildModel} from '@lessonlint/core'
import {describe, expect, test} from 'vitest'

import {declaredComponent, isHistory} from './mentions.js'
import {isMigrationProject, stakeholdersOrTitle} from './migration.js'
import {policyWork} from './policy.js'
import {describedCurricula, trainingComponent} from './training.js'

const model = (text: string) => buildModel(text)

describe('trainingComponent', () => {
  test('workshops in the activities make one, and it points at their first mention', () => {
    const proposal = model('# T\n\n## Background\n\nWorkshops were held in 2019.\n\n## Activities\n\nThe project will run six workshops for inspectors.\n')
    const component = trainingComponent(proposal)
    expect(component?.range.start.line).toBe(9)
    expect(component?.mentions.map((match) => match.text)).toEqual(['workshops'])
  })

  test('training only in background or history is none', () => {
    const proposal = model(
      '# T\n\n## Context\n\nThe ministry trained its staff in 2015.\n\n## Outputs\n\nA draft MoU. The ministry trained its staff in 2015 and will lead the talks.\n',
    )
    expect(trainingComponent(proposal)).toBeNull()
  })

  test('training a study or a document is about is none; a study word after it, or far from it, says nothing', () => {
    const studied = model(
      '# T\n\n## Activities\n\n- A public report about vocational training provision in three regions.\n- Mise à jour de la carte régionale des formations.\n- Un estudio sobre la capacitación de inspectores.\n',
    )
    expect(trainingComponent(studied)).toBeNull()
    const own = model(
      '# T\n\n## Activities\n\n- A training report for the donor.\n- A survey of the trainees three months after the course.\n- Programa de estudios del diplomado.\n',
    )
    expect(trainingComponent(own)?.mentions.map((match) => match.text)).toEqual(['training', 'course', 'diplomado'])
  })

  test('names and idioms are none: "Department of Vocational Training", "in the course of"', () => {
    const proposal = model('# T\n\n## Activities\n\nThe Department of Vocational Training hosts the meetings in the course of the project.\n')
    expect(trainingComponent(proposal)).toBeNull()
  })

  test('meetings named by their purpose train nobody, in any language; the training after them is the component', () => {
    const proposal = model(
      '# T\n\n## Activités\n\n- Atelier national de validation du projet de décret.\n- Taller de socialización de resultados.\n- A national validation workshop.\n- Ateliers de formation des agents de la caisse.\n',
    )
    expect(trainingComponent(proposal)?.mentions.map((match) => match.range.start.line)).toEqual([8, 8])
    expect(trainingComponent(proposal)?.range.start.line).toBe(8)
    // "Workshops on business planning" train: the purpose must be tied to the workshop word itself.
    expect(trainingComponent(model('# T\n\n## Activities\n\nWorkshops on business planning for 200 cooperative managers.\n'))).not.toBeNull()
    expect(trainingComponent(model('# T\n\n## Activités\n\nUn atelier de lancement et un atelier régional de restitution.\n'))).toBeNull()
  })

  test('gender training for partners in the gender section is a gender measure, not the component', () => {
    const proposal = model('# T\n\n## Activities\n\nA draft law.\n\n## Gender equality\n\nPartners attend a gender equality training.\n')
    expect(trainingComponent(proposal)).toBeNull()
  })

  test('front matter components: [training] declares one; it points at the value when the text names none', () => {
    const proposal = model('---\ncomponents: [training]\n---\n# T\n\n## Activities\n\nA draft law.\n')
    expect(trainingComponent(proposal)?.range.start.line).toBe(2)
  })

  test('a title word gives no kind to the whole proposal: training under "Gender-responsive..." still counts', () => {
    const proposal = model('# Gender-responsive Skills for Youth\n\n## Activities\n\nTwelve-week courses for 900 young people.\n')
    expect(trainingComponent(proposal)?.range.start.line).toBe(5)
  })

  test('will-be-trained is a plan; trained-in-2015 is history', () => {
    const plan = model('# T\n\n## Activities\n\nStaff will be trained in 2026.\n')
    expect(trainingComponent(plan)).not.toBeNull()
    const [sentence] = plan.sentences({in: ['activities']})
    expect(sentence && isHistory(sentence)).toBe(false)
  })
})

describe('describedCurricula', () => {
  test('a curriculum followed by a list of topics is described, with the list in scope', () => {
    const proposal = model('# T\n\n## Activities\n\nThe curriculum consists of the following modules:\n\n1. Solar basics\n2. Safety\n\n## Gender\n\nGender equality matters.\n')
    const [description] = describedCurricula(proposal)
    expect(description?.mention.text).toBe('curriculum')
    expect([description?.scope.start.line, description?.scope.end.line]).toEqual([5, 8])
  })

  test('a curriculum named but not described is not', () => {
    const proposal = model('# T\n\n## Activities\n\nThe revised curriculum becomes part of the accreditation requirements.\n')
    expect(describedCurricula(proposal)).toEqual([])
  })
})

describe('isMigrationProject', () => {
  test('front matter themes', () => {
    expect(isMigrationProject(model('---\nthemes: [migration, gender]\n---\n# Fair recruitment\n'))).toBe(true)
  })

  test('the title or an objective', () => {
    expect(isMigrationProject(model('# Safe Labour Migration from Nepal\n\nText.\n'))).toBe(true)
    expect(isMigrationProject(model('# Corridor Project\n\n## Objectives\n\nMigrant workers are recruited fairly.\n'))).toBe(true)
  })

  test('"irregular migration" in a gender analysis does not make one', () => {
    const proposal = model(
      '# Quality Apprenticeships\n\n## Objectives\n\nYoung people find decent work.\n\n## Gender equality\n\nYoung men are at risk of irregular migration.\n',
    )
    expect(isMigrationProject(proposal)).toBe(false)
  })
})

describe('stakeholdersOrTitle', () => {
  test('the partners section heading, else the title', () => {
    expect(stakeholdersOrTitle(model('# T\n\n## Partners and coordination\n\nThe ministry.\n')).start.line).toBe(3)
    expect(stakeholdersOrTitle(model('# Strengthening Partnerships for Migrants\n\n## Activities\n\nText.\n')).start.line).toBe(1)
  })
})

describe('trainingComponent: scope that does not hang on one word', () => {
  test('workshops that are workplaces make none, and a bare workshop in the same document is one too (one sense per discourse)', () => {
    expect(trainingComponent(model('# T\n\n## Activities\n\n- Hazard checks in 150 welding workshops.\n- Grants to the workshops for fume hoods.\n'))).toBeNull()
    expect(trainingComponent(model('# T\n\n## Actividades\n\n- Censo de talleres de costura.\n- Inspección de los talleres censados.\n'))).toBeNull()
    // A workshop with a trainer or participants in its clause is training even there.
    expect(trainingComponent(model('# T\n\n## Activities\n\n- Hazard checks in 150 welding workshops.\n- A workshop with a trainer for 30 participants.\n'))).not.toBeNull()
  })

  test('founding a body is no training; training the members of one is', () => {
    expect(trainingComponent(model('# T\n\n## Objetivos\n\nApoyar la formación de 12 nuevas cooperativas y de una mesa tripartita.\n'))).toBeNull()
    expect(trainingComponent(model("# T\n\n## Objectifs\n\nAppuyer la formation d'un comité de gestion.\n"))).toBeNull()
    expect(trainingComponent(model('# T\n\n## Objetivos\n\nFormación de los líderes de las cooperativas.\n'))).not.toBeNull()
  })

  test('training put out of scope, and "en curso", make none', () => {
    expect(trainingComponent(model('# T\n\n## Alcance\n\nLas acciones de capacitación quedan fuera de su alcance.\n'))).toBeNull()
    expect(trainingComponent(model('# T\n\n## Objetivos\n\nEvidencia para la discusión legislativa en curso.\n'))).toBeNull()
    expect(trainingComponent(model('# T\n\n## Actividades\n\nLos inspectores participarán en cursos de actualización.\n'))).not.toBeNull()
  })

  test('outputs written as results are plans; a dated past is history', () => {
    expect(trainingComponent(model('# T\n\n## Produits\n\n250 capitaines ont suivi un cours de navigation.\n'))).not.toBeNull()
    expect(trainingComponent(model('# T\n\n## Produits\n\nLes capitaines ont suivi un cours en 2019.\n'))).toBeNull()
  })
})

describe('declaredComponent', () => {
  test('a front matter list, or a comma-separated string, declares each component it names', () => {
    expect(declaredComponent(model('---\ncomponents: [Training, policy]\n---\n# T\n'), 'policy')?.keyRange.start.line).toBe(2)
    expect(declaredComponent(model('---\ncomponents: training, policy\n---\n# T\n'), 'policy')).not.toBeNull()
    expect(declaredComponent(model('---\ncomponents: [training]\n---\n# T\n'), 'policy')).toBeNull()
  })
})

describe('policyWork', () => {
  test('outputs come first; text under a title that names a kind is a summary, a risk is not policy work', () => {
    const proposal = model(
      '# Gender Budget Monitoring Project\n\nThe project will draft a national action plan.\n\n## Risks\n\nThe ministry may revise the law.\n\n## Outputs\n\nA revised decree is adopted.\n',
    )
    expect(policyWork(proposal).sentences.map((sentence) => sentence.text)).toEqual([
      'A revised decree is adopted.',
      'The project will draft a national action plan.',
    ])
  })
})
