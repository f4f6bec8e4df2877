// Spanish messages of frontmatter: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'El bloque de metadatos YAML (front matter) se puede analizar y sus claves conocidas tienen los tipos y códigos correctos.',
  messages: {
    yamlError: {
      problem: 'El bloque de metadatos no es YAML válido: {message}',
      why: 'Un bloque de metadatos que no se puede analizar se ignora, de modo que ninguna de sus claves (themes, components, duration, lessonlint.disable) tiene efecto.',
      fix: 'Corrija la sintaxis YAML en esta línea (sangría, dos puntos que faltan, comillas o corchetes sin cerrar).',
    },
    notString: {
      problem: '`{key}` debe ser un texto, no {actual}.',
      why: 'Las herramientas leen `{key}` como texto.',
      fix: 'Escriba `{key}` como una sola línea de texto.',
    },
    notStringList: {
      problem: '`{key}` debe ser una lista de textos, no {actual}.',
      why: 'Las reglas y las herramientas leen `{key}` como una lista de nombres; un valor único o una estructura anidada puede leerse mal o ignorarse.',
      fix: 'Escriba `{key}` como una lista YAML, por ejemplo `{key}: [{example}]`.',
    },
    notPositiveInteger: {
      problem: '`{key}` debe ser un número entero de meses mayor que 0, no {actual}.',
      why: 'La duración determina si se aplican las reglas para proyectos cortos (impact-horizon busca hitos en los proyectos de 24 meses o menos).',
      fix: 'Escriba la duración en meses como un número, por ejemplo `{key}: 24`.',
    },
    notNonNegativeNumber: {
      problem: '`{key}` debe ser un número igual o mayor que 0, no {actual}.',
      why: 'Las herramientas comparan y suman las cifras del presupuesto, algo que no pueden hacer con un texto ni con un monto negativo.',
      fix: 'Escriba el monto como un número simple, sin moneda ni separadores, por ejemplo `{key}: 1500000`, e indique la moneda en `currency`.',
    },
    unknownCountry: {
      problem: '`{value}` en `{key}` no es un código de país ISO 3166 alfa-2.',
      why: 'Los códigos de país permiten filtrar y comparar carteras de proyectos; los nombres y los códigos de tres letras no se reconocen.',
      fix: 'Use el código de dos letras{suggestion}.',
    },
    unknownCurrency: {
      problem: '`{value}` no es un código de moneda ISO 4217.',
      why: 'Los montos solo son comparables cuando su moneda no deja lugar a dudas.',
      fix: 'Use el código de tres letras{suggestion}.',
    },
    unknownLanguage: {
      problem: '`{value}` no es un idioma que lessonlint pueda leer (en, fr, es).',
      why: 'El idioma determina qué encabezados de plantilla y qué términos se usan para esta propuesta.',
      fix: 'Escriba `language: en`, `language: fr` o `language: es`, o elimine la clave para que lessonlint detecte el idioma.',
    },
    notMapping: {
      problem: '`{key}` debe ser un mapeo de claves y valores, no {actual}.',
      why: 'La configuración bajo `{key}` (como `disable`) solo se lee de un mapeo.',
      fix: 'Escríbalo como un bloque anidado, por ejemplo `{key}:` y, en la línea siguiente, `  disable: [itcilo-link]`.',
    },
  },
}
