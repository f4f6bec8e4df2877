// Words a rule puts into its messages' placeholders ("budget and risks", "a
// list"), in the language the writer reads (`context.locale`): the message
// catalogues translate the sentences, and this translates what fills them.
import type {Language} from '@lessonlint/core'

/** A word or phrase in each language messages are written in. */
export type Wording = Readonly<Record<Language, string>>

/** British English lists without a serial comma, as the English messages always have. */
const LIST_LOCALES: Readonly<Record<Language, string>> = {en: 'en-GB', fr: 'fr', es: 'es'}

const listFormats = new Map<Language, Intl.ListFormat>()

/** "a, b and c", "a, b et c", "a, b y c". */
export function listIn(locale: Language, items: readonly string[]): string {
  let format = listFormats.get(locale)
  if (!format) {
    format = new Intl.ListFormat(LIST_LOCALES[locale], {style: 'long', type: 'conjunction'})
    listFormats.set(locale, format)
  }
  return format.format(items)
}
