// Spanish messages of non-traditional-partners: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un proyecto de migración trabaja con socios más allá del ministerio de trabajo: empleo en el extranjero, relaciones exteriores, interior.',
  messages: {
    labourMinistryOnly: {
      problem: 'El proyecto de migración no menciona ningún socio aparte del ministerio de trabajo: ni un ministerio u oficina de empleo en el extranjero, ni relaciones exteriores, interior o asuntos de la diáspora.',
      why: 'Las políticas y las prácticas migratorias a menudo se deciden fuera de los ministerios de trabajo (evaluación del proyecto LMPP, 2009).',
      fix: 'Identifique qué ministerios y organismos rigen la migración en los países concernidos (oficina de empleo en el extranjero, relaciones exteriores y agregados laborales, interior o inmigración, asuntos de la diáspora) y asígneles un papel.',
    },
  },
}
