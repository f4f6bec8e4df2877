// Every regular expression of the packages and the rule pack, checked with a
// ReDoS analyser (recheck, its pure JavaScript backend: no Java, no native
// binary, nothing fetched): no pattern may take super-linear time on some
// input (issue 12). Patterns built with `new RegExp(...)` are checked too when
// their source is made of constants of the same file; the few built from
// something else are listed in DYNAMIC with what keeps them linear.
//
// A vulnerable pattern fails the test unless BOUNDED lists it, with why the
// text it runs on is short whatever the document. A pattern the analyser
// cannot decide in time (large alternations of words, lookbehinds) must be in
// DECIDED_BY_HAND, with why it is linear. Entries that no longer match a
// pattern in the sources fail the test too, so the lists stay true.
import {spawn} from 'node:child_process'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

import {describe, expect, test} from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(join(ROOT, 'package.json'))
const ts = require('typescript') as typeof import('typescript')
/** How long recheck may think about one pattern (ms). */
const TIMEOUT = 10_000

/** Patterns recheck calls vulnerable that only ever see short text, with why. Key: `file /source/flags`. */
const BOUNDED: Record<string, string> = {
  // The CLI's one-line error messages: its own messages and Node's, a line or two, never document text.
  'packages/cli/src/cli.ts /\\s*\\n\\s*/g': 'error messages, a few lines long',
  // A path the glob walker could not read: a file system path, at most PATH_MAX (4,096) characters.
  'packages/core/src/files/lint-files.ts /(?<=.)[\\\\/]+$/': 'file system paths',
  // A rule pack's own test fixtures (RuleTester), written by the pack's authors: not documents being linted.
  'packages/core/src/testing/fixtures.ts /<!--\\s*lessonlint-fixture\\b\\s*:?\\s*([\\s\\S]*?)-->/': "a rule pack's own fixture files",
  // The words after a mention (at most eight: negation's window), joined by spaces.
  'packages/core/src/text/negation.ts /^(?:\\S+ ){0,4}?(?:(?:is|are|remains?|will be|lies|lie|falls?|quedan?|queda|quedaran|estan?|restent?|reste|sont|est|seront|sera) )?(?:out of (?:the |its |our )?scope|(?:outside|beyond) (?:the |its |our )?scope|fuera de(?:l| su| nuestro) alcance|hors (?:du|de son|de notre) (?:champ|perimetre)|excluded|excluid[oa]s?|exclue?s?)(?: |$)/u':
    'the eight words after a mention',
  // The hundred characters before a mention of women (gender-analysis-men-boys, SHARE_REACH).
  'rules/gender-analysis-men-boys/index.ts /\\d\\s*(?:%|per ?cent|pour ?cent|por ?ciento)\\s+(?:of|des|de (?:los|las))\\s[^.;:]*\\s(?:are|were|sont|son)\\s+(?:des\\s+)?$/iu':
    'the hundred characters before a mention of women',
  // The forty characters before a mention of sustainability (sustainability-strategy, afterADependence).
  "rules/sustainability-strategy/index.ts /\\b(?:depends?|rel(?:y|ies)|dépend(?:ent|ra|ront)?|depend(?:e|en|erá|erán))\\s+(?:on|upon|de|del|du|des|de la|de l'|de los|de las)\\s+(?:\\S+\\s+){0,2}$/iu":
    'the forty characters before a mention',
  // `pnpm docs`: the repository's own rule READMEs, at build time.
  'rules/scripts/build-docs.mjs /^\\s*(`{3,}|~{3,})/gm': "the repository's own docs, at build time",
  'rules/scripts/build-docs.mjs /\\n+$/': "the repository's own docs, at build time",
  'rules/scripts/build-docs.mjs /^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$/': "the repository's own docs, at build time",
  'rules/scripts/build-docs.mjs /<!--[\\s\\S]*?-->/g': "the repository's own docs, at build time",
}

/**
 * Patterns linear on any input that recheck cannot tell (it gives up on large word alternations, and its
 * fuzzer reads lookbehinds and sticky patterns tried only at chosen offsets as unanchored searches), with
 * the reason, and the growth family (test/growth) that shows it where there is one. Key: `file /source/flags`.
 */
const DECIDED_BY_HAND: Record<string, string> = {
  // A heading title naming a list of terms: after a boundary character, one word of a fixed alternation, then at most
  // one "and" and 30 letters or spaces to the end. Each start tries the alternation once; recheck times out on the
  // letter class (it decided it in some runs, not in others).
  'packages/core/src/model/headings.ts /(?:^|[\\s.:)-])(?:definitions?|definiciones|key terms|terms used|terminology|terminologie|terminologia|termes cles|terminos clave)(?: (?:and|et|y) [\\p{L} ]{1,30})?$/u':
    'fixed words, then at most 30 letters or spaces to the end',
  // Fixed phrases, then a lazy gap of at most 80 characters before "that": each start tries at most 80 positions, so
  // a run of agreements is read in linear time (recheck's fuzzer calls it cubic on "we agreed we agreed …"; 100,000
  // repetitions take 80 ms).
  'packages/core/src/text/tense.ts /\\b(?:se acord[oó]|se convino|acordamos|acordaron|hemos acordado|han acordado|a été convenu|avons convenu|ont convenu|was agreed|were agreed|we agreed|have agreed|has agreed)(?!\\p{L})[^.;:]{0,80}?\\b(?:que|qu[\'’]|that)(?!\\p{L})/giu':
    'fixed phrases; the gap before "that" is at most 80 characters',
  // Heading numbering, anchored: one attempt. Each ".12" group takes its digits one way only (fewer digits
  // fail the lookahead at once), so giving groups back costs one step each (growth family "digits and dots").
  'packages/core/src/model/headings.ts /^(?:section|chapter|part|annex|annexe|appendix|partie|chapitre|anexo|apendice|capitulo|parte|seccion)\\s+(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-z])\\b\\.?(?:\\s*[-–—:.)])?\\s*|^\\d{1,3}(?:\\.\\d{1,3})*(?![\\d,])[.)]?(?:\\s*[-–—:])?\\s+|^\\(?(?:[ivxlc]+|[a-z])[.)](?:\\s*[-–—:])?\\s+|^(?:[ivxlc]+|[a-z])\\s+[-–—:]\\s+/i':
    'anchored; each numbering group parses one way',
  // Fixed phrases between word boundaries; "%" followed by one run of spaces, read once from its "%"; "n.º" with at
  // most one space on each side of its sign.
  'packages/core/src/model/indicators.ts /\\b(?:number of|no\\. of|percentage of|per ?cent(?:age)? of|% of|share of|proportion of|rate of|ratio of|n[uú]mero de|porcentaje de|proporci[oó]n de|tasa de)\\b|\\b(?:nombre|nb|pourcentage|proportion|part|taux) d(?:es?\\b|[\'’])|\\bn\\.?\\s?[ºo°]\\s?de\\b|%\\s*(?:of\\b|de\\b|d[\'’])/i':
    'fixed phrases; one run of spaces after each "%"',
  // Anchored at the start: one attempt. What may give back is the author part, at most 60 characters, and the
  // spaces before the colon: bounded work whatever the length of the comment.
  'packages/core/src/model/textblocks.ts /^\\s*(?:\\[\\s*)?(?:comments?|commentaires?|comentarios?|reviewer\'?s? (?:comments?|notes?)|review comments?|note (?:du|de la) relect(?:eur|rice)|nota (?:del|de la) (?:revisor|revisora))(?:[ \\t]*[-–—(][^\\]\\n:]{0,60})?(?:\\][ \\t]*|[ \\t]*):/iu':
    'anchored; the author part is at most 60 characters',
  // The lookbehind lets a match start only at the first mark of a run, which is then read once
  // (growth family "dots and exclamation marks").
  'packages/core/src/text/sentences.ts /(?<![.!?…])[.!?…]+["\'”’»)\\]]*(?=\\s|$)/gu': 'starts only at the first mark of a run',
  // A header cell: words between word boundaries; "(" then one run of spaces, read once from its "(";
  // the last alternative is anchored.
  "rules/gender-budget/budget.ts /\\b(?:amount|cost|costs|budget|total|sum|subtotal|funding|contribution|year|y\\d|q[1-4]|(?:19|20)\\d{2}|thousands?|montant|co[uû]ts?|ann[ée]e|milliers|monto|costo|presupuesto|a[ñn]o|miles)\\b|'000|\\(\\s*[A-Z]{3}\\s*\\)|^\\s*[A-Z]{3}\\s*$/i":
    'words; one run of spaces after each "("; an anchored alternative',
  // Sticky, tried only where a run of digits and separators starts (or up to four characters before, for
  // a currency): each try reads one run (growth families '"1 " repeated under Budget' and "digits under Budget").
  [`rules/gender-budget/budget.ts /${moneySource()}/uy`]: 'sticky, tried once per run of digits',
  // Anchored at the start: one attempt; the leading run is read, then the words, each once.
  'rules/shared/sections.ts /^(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)?[[(]?(?:[-–—.…\\s]*|tbd|tbc|tba|todo|n\\/a|(?:(?:to be|will be) (?:completed|written|drafted|developed|added|confirmed|defined|determined|elaborated|prepared|agreed|decided|finali[sz]ed)|[àa] (?:compl[ée]ter|r[ée]diger|d[ée]finir|pr[ée]ciser|d[ée]velopper|[ée]laborer|convenir|arr[êe]ter)|(?:sera|seront) (?:d[ée]finie?s?|[ée]labor[ée]e?s?|d[ée]velopp[ée]e?s?|pr[ée]cis[ée]e?s?|d[ée]cid[ée]e?s?)|por (?:completar|definir|redactar|desarrollar|elaborar|acordar|decidir)|(?:se|ser[áa]n?) (?:definir[áa]n?|elaborar[áa]n?|desarrollar[áa]n?|decidir[áa]n?|definid[oa]s?|elaborad[oa]s?|desarrollad[oa]s?|decidid[oa]s?))(?: (?:later|plus tard|ult[ée]rieurement|m[áa]s adelante|posteriormente))?(?: \\((?:tbd|tbc)\\))?(?:,? (?:during|in|at|by|after|once|following|upon|with|depending on|subject to|lors|pendant|au cours|d[èe]s|apr[èe]s|[àa] l[\'’]issue|[àa] la suite|avec|selon|en fonction de|sous r[ée]serve|durante|en|al|tras|despu[ée]s|una vez|con|seg[úu]n)\\b[^.!]*)?|(?:(?:secci[óo]n|section|chapitre|cap[íi]tulo|chapter|partie|parte|part) )?(?:pending|pendiente|en attente)(?: (?:de|d[\'’]|of) [\\p{L}-]+)?|no response|open (?:questions?|points?)|(?:questions? ouvertes?|points? ouverts?)|(?:preguntas? abiertas?|puntos? abiertos?)|(?:(?:secci[óo]n|section|chapitre|cap[íi]tulo|partie|parte) )?(?:en (?:elaboraci[óo]n|construcci[óo]n|preparaci[óo]n|redacci[óo]n|cours d[\'’][ée]laboration|cours de r[ée]daction|pr[ée]paration|construction)|(?:work )?in progress|under construction|being (?:drafted|prepared|written))|xxx+|lorem ipsum.*|(?:tbd|tbc|tba|todo|[àa] compl[ée]ter|[àa] r[ée]diger|por completar|por redactar|pendiente|to be (?:completed|written|drafted))(?:[,;:]| [-–—]) .*)(?: \\((?:tbd|tbc|por definir|[àa] d[ée]finir|(?:cf\\.|see|voir|ver|véase) [^()]*)\\))?[.!]?[\\])]?$/iu':
    'anchored: one attempt; an optional bracket at each end; the time phrase is one run up to the end, the bracketed "(TBD)" or pointer after it one run to its bracket',
}

/** The source of the money pattern of gender-budget, as its file builds it. */
function moneySource(): string {
  const symbol = '(?:US\\$|A\\$|C\\$|NZ\\$|R\\$|S\\/\\.?|[$€£¥₹₦₱₩])'
  const number = "\\d(?:[\\d,.'’\\u00a0\\u202f ]*\\d)?"
  const scale = '(?:\\s?(?:million|millions|mio|mn|m|k|thousand|bn|billion|milliards?|millones|mil))?'
  return [
    `\\b([A-Z]{3})\\s?(${number})${scale}`,
    `${symbol}\\s?(${number})${scale}`,
    `(${number})${scale}\\s?(?:([A-Z]{3})\\b|euros?\\b|dollars?\\b|d[óo]lar(?:es)?\\b|pesos?\\b|francs?\\b|F ?CFA\\b|pounds?\\b|dirhams?\\b|${symbol})`,
    `(${number})\\s?(?:%|per ?cent\\b|percent\\b|pour ?cent\\b|por ?ciento\\b)`,
  ].join('|')
}

/** `new RegExp(...)` whose source is not made of constants of its file, with what keeps it linear. Key: `file:argument`. */
const DYNAMIC: Record<string, string> = {
  // A rule's column pattern (a literal of the rule, checked here where it is written), made case-insensitive.
  'packages/core/src/model/tables.ts:wanted.source': "a rule's own pattern literal, checked where it is written; only the flags change",
  // Durations ("18 months", "twenty-four months", "vingt-quatre (24) mois"): a number (digits, or a number word from a
  // constant table) where no letter or digit comes before it, an optional closing bracket, then one run of spaces or
  // hyphens, read once from that start,
  // then a unit (growth family "spaces in a duration").
  'rules/shared/duration.ts:`(?<![\\\\p{L}\\\\d])${NUMBER}\\\\)?[\\\\s\\\\u00a0-]*(months?|mos?|mois|mes(?:es)?|years?|yrs?|ans?|années|años?)(?![\\\\p{L}])`':
    'a number at a word start, one separator run, a unit',
  // Date ranges ("March 2026 – August 2027"): each run of spaces comes after a token that is no space
  // (a day, a month name from a constant table, a year, a dash), so it is read once from the match start.
  'rules/shared/duration.ts:`(?:\\\\d{1,2}\\\\s+)?${MONTH_NAME}\\\\s+(?:de\\\\s+)?(\\\\d{4})\\\\s*(?:[-–—→]|->|to|until|au|à|a|hasta)\\\\s*(?:\\\\d{1,2}\\\\s+)?${MONTH_NAME}\\\\s+(?:de\\\\s+)?(\\\\d{4})|(\\\\d{1,2})[/.](\\\\d{4})\\\\s*[-–—]\\\\s*(\\\\d{1,2})[/.](\\\\d{4})`':
    'each space run follows a token that is no space',
}

interface Pattern {
  file: string
  line: number
  source: string
  flags: string
}

const SOURCE_ROOTS = [...readdirSync(join(ROOT, 'packages')).map((name) => join('packages', name, 'src')), 'rules']
const SKIPPED_FOLDERS = new Set(['dist', 'node_modules', 'test', 'tests', '__snapshots__'])

function* sourceFiles(dir: string): Generator<string> {
  let names: string[]
  try {
    names = readdirSync(join(ROOT, dir))
  } catch {
    return
  }
  for (const name of names.sort()) {
    const path = join(dir, name)
    if (statSync(join(ROOT, path)).isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name)) yield* sourceFiles(path)
    } else if (/\.(?:ts|mts|cts|js|mjs|cjs)$/.test(name) && !/\.d\.[cm]?ts$|\.test\.|test-helpers/.test(name)) {
      yield path
    }
  }
}

/**
 * The text of an expression made only of string constants of the file:
 * literals, templates, `+`, `[...].join(...)`, and `const` names bound to
 * those. Undefined for anything else.
 */
function constantText(node: import('typescript').Node, file: import('typescript').SourceFile, depth = 0): string | undefined {
  if (depth > 20) return undefined
  const again = (inner: import('typescript').Node) => constantText(inner, file, depth + 1)
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isParenthesizedExpression(node)) return again(node.expression)
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text
    for (const span of node.templateSpans) {
      const value = again(span.expression)
      if (value === undefined) return undefined
      text += value + span.literal.text
    }
    return text
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = again(node.left)
    const right = again(node.right)
    return left === undefined || right === undefined ? undefined : left + right
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const list = node.expression.expression
    if (!ts.isArrayLiteralExpression(list)) return undefined
    const parts = list.elements.map(again)
    const separator = node.arguments[0] === undefined ? ',' : again(node.arguments[0])
    return parts.some((part) => part === undefined) || separator === undefined ? undefined : parts.join(separator)
  }
  // `NAME.source`, NAME a constant regular expression literal of the file: its source.
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isIdentifier(node.expression)) {
    const literal = constantInitializer(node.expression.text, file)
    if (literal?.kind !== ts.SyntaxKind.RegularExpressionLiteral) return undefined
    const text = literal.getText()
    return text.slice(1, text.lastIndexOf('/'))
  }
  if (ts.isIdentifier(node)) {
    const initializer = constantInitializer(node.text, file)
    return initializer && again(initializer)
  }
  return undefined
}

/** The initializer of the `const` named `name` in the file. */
function constantInitializer(name: string, file: import('typescript').SourceFile): import('typescript').Expression | undefined {
  let found: import('typescript').Expression | undefined
  const visit = (candidate: import('typescript').Node): void => {
    if (found) return
    if (
      ts.isVariableDeclaration(candidate) &&
      ts.isIdentifier(candidate.name) &&
      candidate.name.text === name &&
      candidate.initializer &&
      ts.isVariableDeclarationList(candidate.parent) &&
      (candidate.parent.flags & ts.NodeFlags.Const) !== 0
    ) {
      found = candidate.initializer
    }
    ts.forEachChild(candidate, visit)
  }
  visit(file)
  return found
}

function collect(): {patterns: Pattern[]; dynamic: string[]} {
  const patterns: Pattern[] = []
  const dynamic: string[] = []
  for (const root of SOURCE_ROOTS) {
    for (const path of sourceFiles(root)) {
      const file = path.split('\\').join('/')
      const text = readFileSync(join(ROOT, path), 'utf8')
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
      const lineOf = (node: import('typescript').Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      const visit = (node: import('typescript').Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText()
          const slash = literal.lastIndexOf('/')
          patterns.push({file, line: lineOf(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1)})
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
          const [sourceArgument, flagsArgument] = node.arguments ?? []
          const patternSource = sourceArgument && constantText(sourceArgument, source)
          const flags = flagsArgument === undefined ? '' : constantText(flagsArgument, source)
          if (patternSource === undefined || flags === undefined) dynamic.push(`${file}:${sourceArgument?.getText() ?? ''}`)
          else patterns.push({file, line: lineOf(node), source: patternSource, flags})
        }
        ts.forEachChild(node, visit)
      }
      visit(source)
    }
  }
  return {patterns, dynamic}
}

const {patterns, dynamic} = collect()
const keyOf = ({file, source, flags}: Pattern) => `${file} /${source}/${flags}`

describe('regular expressions are linear (recheck)', () => {
  test('the sources hold patterns to check', () => {
    expect(patterns.length).toBeGreaterThan(300)
  })

  test('every pattern built at run time from something else than constants is listed with why it is linear', () => {
    expect(dynamic.filter((key) => !(key in DYNAMIC))).toEqual([])
    expect(Object.keys(DYNAMIC).filter((key) => !dynamic.includes(key))).toEqual([])
  })

  test('every entry of the lists still names a pattern of the sources', () => {
    const keys = new Set(patterns.map(keyOf))
    const stale = [...Object.keys(BOUNDED), ...Object.keys(DECIDED_BY_HAND)].filter((key) => !keys.has(key))
    expect(stale).toEqual([])
  })

  test(
    'no pattern is vulnerable, none undecided',
    async () => {
      // Each pattern once, however many files repeat it (a verdict depends on source and flags only).
      const unique = new Map<string, Pattern[]>()
      for (const pattern of patterns) {
        const id = `/${pattern.source}/${pattern.flags}`
        unique.set(id, [...(unique.get(id) ?? []), pattern])
      }
      const listed = (pattern: Pattern) => keyOf(pattern) in BOUNDED || keyOf(pattern) in DECIDED_BY_HAND
      const toCheck = [...unique.values()].filter((where) => !where.every(listed))
      const verdicts = await analyse(toCheck.map((where) => where[0]!))
      const problems = toCheck.flatMap((where, index) => {
        const verdict = verdicts[index]!
        const at = where.map((pattern) => `${pattern.file}:${pattern.line}`).join(', ')
        const id = `/${where[0]!.source}/${where[0]!.flags}`
        if (verdict.status === 'vulnerable') return [`${at} ${id}: ${verdict.summary}, e.g. ${verdict.attack}`]
        if (verdict.status === 'unknown') return [`${at} ${id}: undecided (${verdict.summary})`]
        return []
      })
      expect(problems).toEqual([])
    },
    900_000,
  )
})

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown'
  summary: string
  attack: string
}

/** recheck's verdicts, from a child process (its analysis is synchronous and would block the test worker). */
function analyse(list: readonly Pattern[]): Promise<Verdict[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'test/redos/check-patterns.mjs')], {cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit']})
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolvePromise(JSON.parse(output) as Verdict[]) : reject(new Error(`recheck exited with ${code}`))))
    child.stdin.end(JSON.stringify({patterns: list.map(({source, flags}) => ({source, flags})), timeout: TIMEOUT}))
  })
}
