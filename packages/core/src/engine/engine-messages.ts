// The engine's own findings (inline configuration, a rule that failed) in the
// writer's language, as the rules' messages are. `{name}` placeholders.
import type {Language} from '../types.js'

export interface EngineWords {
  unknownIdInComment: string
  unknownIdInFrontMatter: string
  unknownIdWhy: string
  useKnownId: string
  didYouMean: string
  unknownDirective: string
  unknownDirectiveWhy: string
  useNextLine: string
  useOneOfThree: string
  didYouMeanDirective: string
  unusedAll: string
  unusedOne: string
  unusedFrontMatter: string
  unusedWhy: string
  unusedFix: string
  ruleFailed: string
  ruleFailedWhy: string
  ruleFailedFix: string
  unreadable: string
  unreadableWhy: string
  unreadableFix: string
}

export const ENGINE_WORDS: Readonly<Record<Language, EngineWords>> = {
  en: {
    unknownIdInComment: 'Unknown rule id "{id}" in a {directive} comment.',
    unknownIdInFrontMatter: 'Unknown rule id "{id}" in the front matter `lessonlint.disable`.',
    unknownIdWhy: 'It names no rule, so it switches nothing off.',
    useKnownId: 'Use the id of a rule of the pack.',
    didYouMean: 'Did you mean "{suggestion}"?',
    unknownDirective: 'Unknown directive "lessonlint-{name}".',
    unknownDirectiveWhy: 'Only lessonlint-disable, lessonlint-enable and lessonlint-disable-next-line configure rules, so this comment does nothing.',
    useNextLine: 'Put <!-- lessonlint-disable-next-line ... --> on the line above instead.',
    useOneOfThree: 'Use one of those three.',
    didYouMeanDirective: 'Did you mean "lessonlint-{suggestion}"?',
    unusedAll: 'Unused {directive} directive: no rule reported anything it silences.',
    unusedOne: 'Unused {directive} for "{id}": the rule reports nothing here.',
    unusedFrontMatter: 'Unused front matter `lessonlint.disable` for "{id}": the rule reports nothing here.',
    unusedWhy: 'A disable that silences nothing hides the next real finding without anyone deciding to.',
    unusedFix: 'Remove it, or narrow it to the rule and the line it was meant for.',
    ruleFailed: 'Rule "{id}" failed: {message}',
    ruleFailedWhy: 'This is a bug in the rule, not a problem in the document; the other rules still ran.',
    ruleFailedFix: 'Report it to the rule pack\'s maintainers, and disable the rule until it is fixed.',
    unreadable: 'lessonlint could not read the structure of this document: {message}',
    unreadableWhy: 'This is a bug in lessonlint, not a problem in the document; no rule ran, as each would have judged a document without sections.',
    unreadableFix: 'Report it to lessonlint\'s maintainers with the document, or the part of it that brings the error.',
  },
  fr: {
    unknownIdInComment: 'Identifiant de règle inconnu « {id} » dans un commentaire {directive}.',
    unknownIdInFrontMatter: 'Identifiant de règle inconnu « {id} » dans `lessonlint.disable` de l’en-tête YAML.',
    unknownIdWhy: 'Il ne désigne aucune règle : il ne désactive donc rien.',
    useKnownId: 'Indiquez l’identifiant d’une règle du jeu de règles.',
    didYouMean: 'Vouliez-vous dire « {suggestion} » ?',
    unknownDirective: 'Directive inconnue « lessonlint-{name} ».',
    unknownDirectiveWhy: 'Seules lessonlint-disable, lessonlint-enable et lessonlint-disable-next-line configurent les règles : ce commentaire n’a aucun effet.',
    useNextLine: 'Placez plutôt <!-- lessonlint-disable-next-line ... --> sur la ligne précédente.',
    useOneOfThree: 'Utilisez l’une de ces trois directives.',
    didYouMeanDirective: 'Vouliez-vous dire « lessonlint-{suggestion} » ?',
    unusedAll: 'Directive {directive} inutile : aucune règle n’a rien signalé qu’elle fasse taire.',
    unusedOne: '{directive} inutile pour « {id} » : la règle ne signale rien ici.',
    unusedFrontMatter: '`lessonlint.disable` de l’en-tête YAML inutile pour « {id} » : la règle ne signale rien ici.',
    unusedWhy: 'Une désactivation qui ne fait rien taire masquera la prochaine vraie constatation sans que personne l’ait décidé.',
    unusedFix: 'Supprimez-la, ou limitez-la à la règle et à la ligne visées.',
    ruleFailed: 'La règle « {id} » a échoué : {message}',
    ruleFailedWhy: 'C’est une erreur de la règle, pas un problème du document ; les autres règles ont été appliquées.',
    ruleFailedFix: 'Signalez-la aux responsables du jeu de règles et désactivez la règle jusqu’à sa correction.',
    unreadable: 'lessonlint n’a pas pu lire la structure de ce document : {message}',
    unreadableWhy: 'C’est une erreur de lessonlint, pas un problème du document ; aucune règle n’a été appliquée, car chacune aurait jugé un document sans sections.',
    unreadableFix: 'Signalez-la aux responsables de lessonlint avec le document, ou la partie qui provoque l’erreur.',
  },
  es: {
    unknownIdInComment: 'Identificador de regla desconocido “{id}” en un comentario {directive}.',
    unknownIdInFrontMatter: 'Identificador de regla desconocido “{id}” en `lessonlint.disable` del bloque de metadatos.',
    unknownIdWhy: 'No corresponde a ninguna regla, así que no desactiva nada.',
    useKnownId: 'Use el identificador de una regla del conjunto.',
    didYouMean: '¿Quiso decir “{suggestion}”?',
    unknownDirective: 'Directiva desconocida “lessonlint-{name}”.',
    unknownDirectiveWhy: 'Solo lessonlint-disable, lessonlint-enable y lessonlint-disable-next-line configuran reglas, así que este comentario no tiene efecto.',
    useNextLine: 'Ponga <!-- lessonlint-disable-next-line ... --> en la línea anterior.',
    useOneOfThree: 'Use una de esas tres directivas.',
    didYouMeanDirective: '¿Quiso decir “lessonlint-{suggestion}”?',
    unusedAll: 'Directiva {directive} sin uso: ninguna regla informó nada que silenciar.',
    unusedOne: '{directive} sin uso para “{id}”: la regla no informa nada aquí.',
    unusedFrontMatter: '`lessonlint.disable` del bloque de metadatos sin uso para “{id}”: la regla no informa nada aquí.',
    unusedWhy: 'Una desactivación que no silencia nada ocultará el próximo hallazgo real sin que nadie lo haya decidido.',
    unusedFix: 'Elimínela, o limítela a la regla y la línea a las que iba dirigida.',
    ruleFailed: 'La regla “{id}” falló: {message}',
    ruleFailedWhy: 'Es un error de la regla, no un problema del documento; las demás reglas sí se aplicaron.',
    ruleFailedFix: 'Infórmelo a quienes mantienen el conjunto de reglas y desactive la regla hasta que se corrija.',
    unreadable: 'lessonlint no pudo leer la estructura de este documento: {message}',
    unreadableWhy: 'Es un error de lessonlint, no un problema del documento; no se aplicó ninguna regla, pues cada una habría juzgado un documento sin secciones.',
    unreadableFix: 'Infórmelo a quienes mantienen lessonlint con el documento, o la parte que provoca el error.',
  },
}
