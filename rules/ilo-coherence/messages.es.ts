// Spanish messages of ilo-coherence: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'Un proyecto de migración se vincula con el Servicio de Migraciones Laborales (MIGRANT) de la sede de la OIT y con las oficinas exteriores de la OIT.',
  messages: {
    missingBoth: {
      problem: 'El proyecto de migración no prevé ningún vínculo con el Servicio de Migraciones Laborales (MIGRANT) de la OIT u otra unidad técnica de la sede, ni con las oficinas exteriores de la OIT.',
      why: 'Sin estos vínculos, los proyectos se alejan del enfoque de la OIT basado en derechos y los resultados no se mantienen después del proyecto (evaluación del proyecto LMPP, 2009).',
      fix: 'Indique quién brinda apoyo técnico desde la sede (el Servicio de Migraciones Laborales, MIGRANT) y a través de qué oficina de país o regional de la OIT y qué Equipo de Trabajo Decente actúa el proyecto.',
    },
    missingHeadquarters: {
      problem: 'El proyecto de migración no prevé ningún vínculo con el Servicio de Migraciones Laborales (MIGRANT) de la OIT ni con otra unidad técnica de la sede.',
      why: 'Los proyectos descentralizados que no mantienen intercambios con MIGRANT pueden no promover el enfoque basado en derechos (evaluación del proyecto LMPP, 2009; Consejo del CIF-OIT, CC 82/3).',
      fix: 'Prevea apoyo técnico y revisión por parte del Servicio de Migraciones Laborales (MIGRANT) en la sede de la OIT, por ejemplo de borradores de políticas, herramientas y contenidos de formación.',
    },
    missingField: {
      problem: 'El proyecto de migración no prevé ningún vínculo con las oficinas exteriores de la OIT (oficinas de país, regionales o subregionales, Equipos de Trabajo Decente).',
      why: 'Las oficinas exteriores de la OIT son actores clave para dar continuidad a las intervenciones del proyecto (evaluación del proyecto LMPP, 2009).',
      fix: 'Indique desde qué oficina de país o regional de la OIT y qué Equipo de Trabajo Decente se gestiona el proyecto, o con cuáles trabaja, y qué hacen.',
    },
  },
}
