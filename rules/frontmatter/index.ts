// The front matter is the one part of a proposal that tools read as data
// (CHECKLIST "Front matter"): it must parse, and the keys lessonlint knows must
// hold what they say. Unknown keys are the author's business and pass.
import type {FrontMatterEntry, Language, Report, Rule} from '@lessonlint/core'

import {applies, missing, notApplicable, satisfiedBy} from '../shared/explain.js'
import {lmppEvaluation2009} from '../shared/sources.js'
import {ISO_3166_ALPHA_2, ISO_4217, LANGUAGES} from '../shared/codes.js'
import {es} from './messages.es.js'
import {fr} from './messages.fr.js'

type MessageId =
  | 'yamlError'
  | 'notString'
  | 'notStringList'
  | 'notPositiveInteger'
  | 'notNonNegativeNumber'
  | 'unknownCountry'
  | 'unknownCurrency'
  | 'unknownLanguage'
  | 'notMapping'

const rule: Rule<MessageId> = {
  meta: {
    id: 'frontmatter',
    summary: 'The YAML front matter parses and its known keys have the right types and codes.',
    severity: 'error',
    tags: ['structure', 'tooling'],
    lesson:
      'Tool hygiene rather than a lesson of its own: the lesson rules read the front matter (the LMPP evaluation\'s lesson on one- or two-year projects needs `duration_months`; the migration and training rules read `themes` and `components`), so a duration written as "two years" or a currency written as "EURO" silently weakens them.',
    sources: [lmppEvaluation2009],
    messages: {
      yamlError: {
        problem: 'The front matter is not valid YAML: {message}',
        why: 'A front matter block that does not parse is ignored, so none of its keys (themes, components, duration, lessonlint.disable) take effect.',
        fix: 'Correct the YAML syntax on this line (indentation, a missing colon, an unclosed quote or bracket).',
      },
      notString: {
        problem: '`{key}` should be a text value, not {actual}.',
        why: 'Tools read `{key}` as text.',
        fix: 'Write `{key}` as a single line of text.',
      },
      notStringList: {
        problem: '`{key}` should be a list of text values, not {actual}.',
        why: 'Rules and tools read `{key}` as a list of names; a single value or a nested structure may be misread or ignored.',
        fix: 'Write `{key}` as a YAML list, for example `{key}: [{example}]`.',
      },
      notPositiveInteger: {
        problem: '`{key}` should be a whole number of months greater than 0, not {actual}.',
        why: 'The duration decides whether short-project rules apply (impact-horizon looks for milestones in projects of 24 months or less).',
        fix: 'Write the duration in months as a number, for example `{key}: 24`.',
      },
      notNonNegativeNumber: {
        problem: '`{key}` should be a number of 0 or more, not {actual}.',
        why: 'Budget figures are compared and summed by tools; text or a negative amount cannot be.',
        fix: 'Write the amount as a plain number without currency or separators, for example `{key}: 1500000`, and give the currency under `currency`.',
      },
      unknownCountry: {
        problem: '`{value}` in `{key}` is not an ISO 3166 alpha-2 country code.',
        why: 'Country codes let portfolios be filtered and compared; names and three-letter codes are not recognised.',
        fix: 'Use the two-letter code{suggestion}.',
      },
      unknownCurrency: {
        problem: '`{value}` is not an ISO 4217 currency code.',
        why: 'Amounts are only comparable when their currency is unambiguous.',
        fix: 'Use the three-letter code{suggestion}.',
      },
      unknownLanguage: {
        problem: '`{value}` is not a language lessonlint reads (en, fr, es).',
        why: 'The language decides which skeleton headings and terms are used for this proposal.',
        fix: 'Write `language: en`, `language: fr` or `language: es`, or remove the key to let lessonlint detect the language.',
      },
      notMapping: {
        problem: '`{key}` should be a mapping of keys to values, not {actual}.',
        why: 'Settings under `{key}` (such as `disable`) are only read from a mapping.',
        fix: 'Write it as a nested block, for example `{key}:` then `  disable: [itcilo-link]` on the next line.',
      },
    },
    translations: {fr, es},
    fixable: false,
  },
  check(context) {
    const {model, locale} = context
    const frontMatter = model.frontMatter
    if (!frontMatter) return notApplicable(context, 'no front matter: the document does not open with a `---` YAML block')
    applies(context, 'front matter', frontMatter.range)
    let findings = 0
    // Every finding says first what the rule looked for there.
    const report = (finding: Report<MessageId>) => {
      missing(context, expected(finding), finding.range)
      findings++
      context.report(finding)
    }
    for (const error of frontMatter.errors) {
      report({messageId: 'yamlError', data: {message: error.message}, range: error.range})
    }
    if (frontMatter.errors.length > 0) return

    const entries = frontMatter.entries
    const check = (key: string, test: (entry: FrontMatterEntry) => void) => {
      const entry = entries.get(key)
      if (entry) test(entry)
    }

    check('title', (entry) => {
      if (typeof entry.value !== 'string' || entry.value.trim() === '') {
        report({messageId: 'notString', data: {key: 'title', actual: describe(entry.value, locale)}, range: entry.keyRange})
      }
    })
    for (const [key, example] of [
      ['themes', 'migration, gender'],
      ['components', 'training, policy'],
    ] as const) {
      check(key, (entry) => {
        if (!isStringList(entry.value)) {
          report({messageId: 'notStringList', data: {key, actual: describe(entry.value, locale), example}, range: entry.keyRange})
        }
      })
    }
    check('duration_months', (entry) => {
      const value = entry.value
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
        report({messageId: 'notPositiveInteger', data: {key: 'duration_months', actual: describe(value, locale)}, range: entry.keyRange})
      }
    })
    check('budget_total', (entry) => {
      const value = entry.value
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        report({messageId: 'notNonNegativeNumber', data: {key: 'budget_total', actual: describe(value, locale)}, range: entry.keyRange})
      }
    })
    check('countries', (entry) => {
      if (!isStringList(entry.value)) {
        report({
          messageId: 'notStringList',
          data: {key: 'countries', actual: describe(entry.value, locale), example: 'KH, LA, VN'},
          range: entry.keyRange,
        })
        return
      }
      for (const code of entry.value) {
        if (!ISO_3166_ALPHA_2.has(code.trim().toUpperCase())) {
          report({
            messageId: 'unknownCountry',
            data: {key: 'countries', value: code, suggestion: suggestCountry(code, locale)},
            range: entry.keyRange,
          })
        }
      }
    })
    check('currency', (entry) => {
      const value = entry.value
      if (typeof value !== 'string') {
        report({messageId: 'notString', data: {key: 'currency', actual: describe(value, locale)}, range: entry.keyRange})
      } else if (!ISO_4217.has(value.trim().toUpperCase())) {
        report({messageId: 'unknownCurrency', data: {value, suggestion: suggestCurrency(value, locale)}, range: entry.keyRange})
      }
    })
    check('language', (entry) => {
      const value = entry.value
      // The template quotes the value itself: give it the text as written, not `describe`'s phrase.
      if (typeof value !== 'string') {
        report({messageId: 'notString', data: {key: 'language', actual: describe(value, locale)}, range: entry.keyRange})
      } else if (!LANGUAGES.includes(value.trim().toLowerCase())) {
        report({messageId: 'unknownLanguage', data: {value}, range: entry.keyRange})
      }
    })
    check('lessonlint', (entry) => {
      const value = entry.value
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        report({messageId: 'notMapping', data: {key: 'lessonlint', actual: describe(value, locale)}, range: entry.keyRange})
      }
    })
    check('lessonlint.disable', (entry) => {
      if (!isStringList(entry.value)) {
        report({
          messageId: 'notStringList',
          data: {key: 'lessonlint.disable', actual: describe(entry.value, locale), example: 'itcilo-link'},
          range: entry.keyRange,
        })
      }
    })
    if (findings === 0) satisfiedBy(context, 'the front matter parses, and its known keys have the right types and codes', frontMatter.range)
  },
}

/** What the rule looked for where it reports: "a whole number of months for `duration_months`". */
function expected({messageId, data = {}}: Report<MessageId>): string {
  const key = `\`${String(data.key)}\``
  const value = `\`${String(data.value)}\``
  switch (messageId) {
    case 'yamlError':
      return `valid YAML (${String(data.message)})`
    case 'notString':
      return `a text value for ${key}`
    case 'notStringList':
      return `a list of text values for ${key}`
    case 'notPositiveInteger':
      return `a whole number of months for ${key}`
    case 'notNonNegativeNumber':
      return `a number of 0 or more for ${key}`
    case 'unknownCountry':
      return `an ISO 3166 alpha-2 country code in ${key}, not ${value}`
    case 'unknownCurrency':
      return `an ISO 4217 currency code, not ${value}`
    case 'unknownLanguage':
      return `en, fr or es for \`language\`, not ${value}`
    case 'notMapping':
      return `a mapping under ${key}`
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
}

/** How a wrong value reads in a message, in the writer's language: `the text "two years"`, `a list`, `nothing`. */
function describe(value: unknown, locale: Language): string {
  const words = VALUE_WORDS[locale]
  if (value === null || value === undefined) return words.nothing
  if (typeof value === 'string') return words.text.replace('{value}', value)
  if (typeof value === 'number') return words.number.replace('{value}', String(value))
  if (typeof value === 'boolean') return `\`${value}\``
  if (Array.isArray(value)) return words.list
  if (value instanceof Date) return words.date
  return words.mapping
}

const VALUE_WORDS: Readonly<Record<Language, Record<'nothing' | 'text' | 'number' | 'list' | 'date' | 'mapping', string>>> = {
  en: {nothing: 'nothing', text: 'the text "{value}"', number: 'the number {value}', list: 'a list', date: 'a date', mapping: 'a mapping'},
  fr: {nothing: 'rien', text: 'le texte « {value} »', number: 'le nombre {value}', list: 'une liste', date: 'une date', mapping: 'un bloc clé-valeur'},
  es: {nothing: 'nada', text: 'el texto “{value}”', number: 'el número {value}', list: 'una lista', date: 'una fecha', mapping: 'un mapeo'},
}

/** What follows "Use the two-letter code" / "three-letter code" when nothing closer is known. */
const CODE_EXAMPLES: Readonly<Record<Language, {country: string; currency: string; forCountry: string}>> = {
  en: {country: ', such as `KH` for Cambodia', currency: ', such as `USD`, `EUR` or `CHF`', forCountry: 'for'},
  fr: {country: ', par exemple `KH` pour le Cambodge', currency: ', par exemple `USD`, `EUR` ou `CHF`', forCountry: 'pour'},
  es: {country: ', por ejemplo `KH` para Camboya', currency: ', por ejemplo `USD`, `EUR` o `CHF`', forCountry: 'para'},
}

/** Common misspellings of currencies, by what people write. */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  EURO: 'EUR', EUROS: 'EUR', '€': 'EUR', DOLLAR: 'USD', DOLLARS: 'USD', US$: 'USD', $: 'USD', 'US DOLLAR': 'USD',
  'US DOLLARS': 'USD', POUND: 'GBP', POUNDS: 'GBP', STERLING: 'GBP', '£': 'GBP', UKP: 'GBP', FRANC: 'CHF', 'SWISS FRANC': 'CHF',
  SFR: 'CHF', YEN: 'JPY', RMB: 'CNY', YUAN: 'CNY', RUPEE: 'INR', DIRHAM: 'MAD', 'FCFA': 'XOF', CFA: 'XOF', PESO: 'MXN',
}

function suggestCurrency(value: string, locale: Language): string {
  const code = CURRENCY_NAMES[value.trim().toUpperCase()]
  return code ? ` (\`${code}\`?)` : CODE_EXAMPLES[locale].currency
}

function suggestCountry(value: string, locale: Language): string {
  const name = value.trim().toLowerCase()
  try {
    // A country written by its name in any of the three languages ("Cambodge", "Camboya").
    const names = (['en', 'fr', 'es'] as const).map((language) => new Intl.DisplayNames([language], {type: 'region'}))
    const shown = new Intl.DisplayNames([locale], {type: 'region'})
    for (const code of ISO_3166_ALPHA_2) {
      if (names.some((each) => each.of(code)?.toLowerCase() === name)) return ` (\`${code}\` ${CODE_EXAMPLES[locale].forCountry} ${shown.of(code)})`
    }
  } catch {
    // No region names in this Node build: the message still says what to write.
  }
  return CODE_EXAMPLES[locale].country
}

export default rule
