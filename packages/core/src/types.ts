// The contract between the layers: the proposal model that parsing builds, the
// rule API that reads it, and the diagnostics that reporting prints.
// Nothing here knows about LSP, VS Code or the terminal.

import type {Nodes, Parent, Root} from 'mdast'

// ---------------------------------------------------------------------------
// Positions

/**
 * A place in the document text. `line` and `column` are 1-based; `column`
 * counts UTF-16 code units (as JavaScript strings do, and as SARIF's default
 * `utf16CodeUnits` does), a tab counting as one. `offset` is 0-based into
 * `ProposalModel.text`, the document text with any byte order mark removed.
 */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A half-open span: `end` is the first place after it. */
export interface Range {
  start: Point
  end: Point
}

// ---------------------------------------------------------------------------
// The proposal model

/** What a section is about, recognised from its heading text (CHECKLIST.md "Section kinds"). */
export type SectionKind =
  | 'objectives'
  | 'activities'
  | 'budget'
  | 'monitoring'
  | 'gender'
  | 'risks'
  | 'sustainability'
  | 'stakeholders'
  | 'team'
  | 'background'

export const SECTION_KINDS: readonly SectionKind[] = [
  'objectives',
  'activities',
  'budget',
  'monitoring',
  'gender',
  'risks',
  'sustainability',
  'stakeholders',
  'team',
  'background',
]

export type Language = 'en' | 'fr' | 'es'

export interface Heading {
  /** Heading text as a reader sees it, numbering included ("4. Monitoring & Evaluation"). */
  text: string
  /** Heading text without leading numbering ("Monitoring & Evaluation"). */
  title: string
  /** 1–6. A bold pseudo-heading takes the level below the enclosing heading. */
  depth: number
  /**
   * `bold` is a paragraph made only of strong text, as Word exports produce; `list` is the title of an item of an
   * outline written as a numbered list ("1. Background" over its paragraphs), or a numbered sub-title inside one;
   * `line` is a line of its own set as a title ("2.3 MONITORING AND EVALUATION") in a document with no Markdown
   * heading, as PDF and plain-text conversions give them; `row` is the first cell of a row of a donor template filled
   * in as one table ("| Gender equality | … |"), which titles the cell beside it; `field` is a front matter key whose
   * values are read as text (`FrontMatter.fields`), a section of its own outside `ProposalModel.sections`.
   */
  style: 'atx' | 'setext' | 'bold' | 'list' | 'line' | 'row' | 'field'
  range: Range
}

export interface Section {
  /** Index in `ProposalModel.sections` (document order). */
  index: number
  heading: Heading
  /**
   * Kinds recognised from this section's own heading text (may be several or none).
   * The document title (a depth-1 heading over all the others) has none: it names the project.
   */
  kinds: readonly SectionKind[]
  parent: Section | null
  children: Section[]
  /** From the heading to the end of the section, subsections included. */
  range: Range
  /** Everything after the heading line; null when nothing follows before the next heading of the same or a higher level. */
  contentRange: Range | null
  /** True when the section or one of its subsections holds any non-heading content. */
  hasContent: boolean
  /** Whether this section or an ancestor has the kind ("### Indicators" under "## M&E" is in monitoring). */
  isIn(kind: SectionKind): boolean
}

export type NoAmountReason = 'zero' | 'dash' | 'tbd' | 'blank'

/** What a table cell says about money. */
export type Amount =
  | {kind: 'money'; value: number; currency: string | null}
  | {kind: 'none'; reason: NoAmountReason}
  | {kind: 'text'}

export interface TableCell {
  /** Cell text with escapes resolved (`\|` is `|`), trimmed. */
  text: string
  /** 0-based column index. */
  column: number
  range: Range
  amount: Amount
}

export interface TableRow {
  /** 0-based among body rows; the header is not a body row. */
  index: number
  cells: TableCell[]
  range: Range
  /** The cell under the header whose text matches (case-insensitive regex or substring). */
  cell(header: string | RegExp): TableCell | undefined
}

export interface Table {
  header: TableRow
  rows: TableRow[]
  align: ReadonlyArray<'left' | 'right' | 'center' | null>
  range: Range
  /** Innermost section holding the table, or null before the first heading. */
  section: Section | null
}

export interface ListItem {
  text: string
  range: Range
  /** Nesting depth, 0 for a top-level list. */
  depth: number
  ordered: boolean
  section: Section | null
}

/** One indicator of a results framework, from an indicator/logframe table row or an indicator list item. */
export interface Indicator {
  /** The indicator statement itself (the indicator cell, or the list item text). */
  text: string
  /** Text of the whole row or item, for checks that look at targets and baselines too. */
  fullText: string
  /** The row or list item: where a per-indicator diagnostic points. */
  range: Range
  row: TableRow | null
  item: ListItem | null
  section: Section | null
}

export interface FrontMatterEntry {
  /** Dotted path for nested keys: `lessonlint.disable`. */
  path: string
  value: unknown
  keyRange: Range
  valueRange: Range
}

export interface FrontMatter {
  /** The whole block, fences included. */
  range: Range
  raw: string
  /** Parsed mapping; null when the YAML is invalid or is not a mapping. */
  data: Record<string, unknown> | null
  /** Every key at every level, by dotted path. */
  entries: Map<string, FrontMatterEntry>
  /** YAML syntax errors (each becomes a `frontmatter` diagnostic). */
  errors: Array<{message: string; range: Range}>
  /**
   * What the front matter says beyond its known keys, as text the model reads with the rest of the proposal: each
   * record (a list item's values, or a key's text value) under the top-level key that holds it ("partners",
   * "budget_lines"). Only values that stand in the source as written (no escapes, no folded lines).
   */
  fields: FrontMatterField[]
}

/** One record of the front matter's own text: its values, each where it stands in the document. */
export interface FrontMatterField {
  /** The top-level key that holds it: its words name the record's kind of section ("budget_lines" → budget). */
  key: string
  keyRange: Range
  /** Whether it is an item of a list (a partner, a budget line) rather than a key's value. */
  listItem: boolean
  /**
   * Its values, each where it stands. A list within a record comes as its key and its items
   * (`disaggregation: [sex, sector]`), each with what joins it to the part before (`joiner`: ": ", ", "; " : " when absent).
   */
  parts: Array<{value: string; start: number; joiner?: string}>
  /** The section its key stands for (Heading style `field`, outside `model.sections`), the same for every record under one key. */
  section: Section
}

/** An HTML comment block, as used by inline configuration (`<!-- lessonlint-disable ... -->`). */
export interface Comment {
  /** The comment body without `<!--` and `-->`, trimmed. */
  text: string
  range: Range
}

/** A named set of terms and phrases for one concept, per language. See `defineLexicon`. */
export interface Lexicon {
  name: string
  terms: Partial<Record<Language, readonly string[]>>
}

export interface SearchOptions {
  /** Only look inside sections in (or under) one of these kinds; an empty list is no filter. */
  in?: readonly SectionKind[]
  /** Skip text inside sections in (or under) one of these kinds. */
  notIn?: readonly SectionKind[]
  /** Only look inside this range (a section's, a table's, a row's...). */
  within?: Range
  /** Also return negated mentions (flagged `negated: true`). Default false. */
  includeNegated?: boolean
  /** Also search heading text (only of headings whose section has content). Default true. */
  includeHeadings?: boolean
}

export interface SentenceSearch {
  /** Also return negated mentions (flagged `negated: true`). Default false. */
  includeNegated?: boolean
  /**
   * Only mentions that start at or after this index of the sentence's text. With `to`, rules ask about the
   * mentions after or before one of theirs without reading every mention of the sentence each time.
   */
  from?: number
  /** Only mentions that start before this index of the sentence's text. */
  to?: number
  /** Only mentions that share a character with `[start, end)` of the sentence's text (a match's own span: `match.sentenceIndex` on). */
  overlapping?: {start: number; end: number}
  /** At most this many mentions, the first ones. */
  limit?: number
}

/** A sentence (or table cell, or list item) of running text. */
export interface Sentence {
  text: string
  range: Range
  section: Section | null
  /** Where the sentence sits. */
  container: 'paragraph' | 'list-item' | 'table-cell' | 'heading'
  /**
   * The unit of meaning the sentence belongs to: its whole table row (a logframe row's
   * cells speak of one thing), its list item, else its paragraph or heading.
   */
  block: Range
  /** Whether the sentence is in a footnote's text, read where the text calls it ("[^3]: NORC (2020), *Assessing…*"). */
  readonly inNote?: boolean
  /**
   * Whether the sentence is an open item of a task list, still to do: "- [ ] À rédiger (@fatou.sow)", "- TODO confirm the
   * union partner". Its mentions state nothing (`find` leaves them out); a section of open items only is still to write.
   */
  readonly openTask?: boolean
  /**
   * Whether the sentence opens a note by citing a source ("[^3]: NORC (2020), *Assessing…*", "[^2]: World Bank,
   * *Returning Home…*, 2020."): what it says is the source's. A search that leaves out the background leaves it out too.
   */
  readonly citesASource?: boolean
  /**
   * Whether the sentence is a short title its block opens with, a phrase with no verb before the block's text: "1) Gender
   * strategy and expertise. To be frank, we do not have…", "**Partenaires.** Le projet…". It names what the block speaks of.
   */
  readonly titlesItsBlock?: boolean
  /**
   * For a list item's sentence, the paragraph ending in a colon that introduces its list ("**Output 2.1 – Association
   * capacity.** … I recommend:", "The onboarding course covers:"): the items are what the lead-in says they are. Read it
   * with `model.sentences({within: sentence.leadIn})`.
   */
  readonly leadIn?: Range
  /** Matches of a lexicon inside this sentence (negation judged by clause), in order and never overlapping. */
  find(lexicon: Lexicon, options?: SentenceSearch): Match[]
  has(lexicon: Lexicon): boolean
}

export interface Match {
  /** The matched text as written. */
  text: string
  /** Which lexicon term matched. */
  term: string
  range: Range
  /** A negator ("no", "not", "without", "lack of", "sans", "aucun"...) governs the term in its clause. */
  negated: boolean
  sentence: Sentence
  section: Section | null
  /**
   * 0-based index of the match in `sentence.text`, so `sentence.text.slice(sentenceIndex,
   * sentenceIndex + text.length)` is `text`. Sentence text has its inline markup removed,
   * so this is not `range.start.offset - sentence.range.start.offset`.
   */
  sentenceIndex: number
}

/** The document as rules see it. Built once per lint; rules never parse text. */
export interface ProposalModel {
  /** Document text without a byte order mark; all offsets point into it. */
  readonly text: string
  readonly hadBom: boolean
  /**
   * Why the document's structure could not be read, when it could not (a bug in lessonlint, never the document's
   * fault): the model then holds the text with no sections, tables or sentences.
   */
  readonly unreadable?: string
  /** The document's dominant line ending (a lone `\r` too, as in old Mac files), for fixes that insert lines. */
  readonly eol: '\n' | '\r\n' | '\r'
  readonly filePath: string | undefined
  readonly language: Language
  /** Where `language` comes from: the front matter's `language`, the text's function words, or English by default (too little text to tell). */
  readonly languageSource: 'front-matter' | 'text' | 'default'
  readonly frontMatter: FrontMatter | null
  /** The document title: first depth-1 heading, else the first heading, else null. */
  readonly title: Heading | null
  /** Where a document-level finding points: the title heading, else line 1. */
  readonly titleRange: Range
  /** All sections in document order, nested through `parent`/`children`. */
  readonly sections: readonly Section[]
  readonly tables: readonly Table[]
  readonly listItems: readonly ListItem[]
  readonly indicators: readonly Indicator[]
  readonly comments: readonly Comment[]
  /** The mdast tree, for the rare rule that needs it; prefer the queries below. */
  readonly tree: Root

  /** Sections whose own heading has the kind. */
  sectionsOf(kind: SectionKind): Section[]
  /** Innermost section at an offset. */
  sectionAt(offset: number): Section | null
  /** Sentences of running text (paragraphs, list items, table cells, headings of sections with content). */
  sentences(options?: Omit<SearchOptions, 'includeNegated'>): Sentence[]
  /** Mentions of a lexicon's terms, in document order; non-negated only unless asked. */
  find(lexicon: Lexicon, options?: SearchOptions): Match[]
  /** Whether there is at least one non-negated mention. */
  has(lexicon: Lexicon, options?: SearchOptions): boolean
  /** Range for a span of offsets. */
  rangeOf(startOffset: number, endOffset: number): Range
  /** The mdast node's range. */
  rangeOfNode(node: Nodes): Range
  /** The table body row holding an offset (where a table-cell mention sits), by bisection. */
  tableRowAt(offset: number): TableRow | null
  /** The mdast nodes holding an offset, from the root to the innermost, each with its parent and index there. */
  nodePathAt(offset: number): NodeOnPath[]
  /** Whether a node of the mdast tree that starts within the range passes the test. */
  someNodeWithin(range: Range, test: (node: Nodes) => boolean): boolean
}

/** One mdast node on the path to an offset (`ProposalModel.nodePathAt`). */
export interface NodeOnPath {
  node: Nodes
  parent: Parent | null
  index: number
}

// ---------------------------------------------------------------------------
// Rules

export type Severity = 'error' | 'warning' | 'info'
export type SeveritySetting = Severity | 'off' | SeverityAlias

/** What users type from ESLint habits: `warn`, and `0` (off), `1` (warning), `2` (error). */
export type SeverityAlias = 'warn' | 0 | 1 | 2

/** Where a rule's lesson comes from. */
export interface LessonSource {
  /** "ILO evaluation 1379" or "ITC-ILO Board document CC 82/3". */
  evaluation: string
  /** The evaluation's title. */
  title: string
  /** The lesson's web address, where one exists. */
  url?: string
  /** The seed file in ../shared/seeds the lesson is taken from. */
  seed: string
}

/** A message in three parts: what is missing or wrong, why it matters (the lesson), what to do. */
export interface MessageTemplate {
  problem: string
  why: string
  fix: string
}

export interface RuleMeta<MessageIds extends string = string> {
  id: string
  /** One line, for lists, hovers and SARIF shortDescription. */
  summary: string
  severity: Severity
  tags: readonly string[]
  /** The lesson in one or two sentences (hover, SARIF fullDescription). */
  lesson: string
  sources: readonly LessonSource[]
  /** Message templates by id; `{name}` placeholders are filled from report data. */
  messages: Record<MessageIds, MessageTemplate>
  /** Whether some reports carry a fix that `--fix` applies. */
  fixable?: boolean
  /** JSON Schema of the rule's options (the second element of `[severity, options]`). */
  optionsSchema?: Record<string, unknown>
  /** Options used when the config gives none. */
  defaultOptions?: Record<string, unknown>
  /** Quick-fix titles by id, with `{name}` placeholders (`context.fixTitle`). */
  fixTitles?: Record<string, string>
  /**
   * The summary, messages and fix titles in French and Spanish, one catalogue
   * per language beside the rule (`messages.fr.ts`). A missing entry falls
   * back to English.
   */
  translations?: Partial<Record<TranslatedLanguage, RuleTranslation<MessageIds>>>
  /** Filled by the registry: the rule's docs page. */
  docsUrl?: string
}

/** The languages a rule's messages are translated into; English is the rule's own metadata. */
export type TranslatedLanguage = Exclude<Language, 'en'>

/** One language's catalogue of a rule: same message ids and the same `{placeholders}` as the English. */
export interface RuleTranslation<MessageIds extends string = string> {
  summary: string
  messages: Record<MessageIds, MessageTemplate>
  fixTitles?: Record<string, string>
}

/** A change to the document text: replace `[start, end)` (offsets into `ProposalModel.text`) with `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export interface Fix {
  /** Shown in editors: "Add a gender line to the budget table". */
  title: string
  edits: TextEdit[]
}

export interface RelatedLocation {
  range: Range
  message: string
}

export interface Report<MessageIds extends string = string> {
  messageId: MessageIds
  data?: Record<string, string | number>
  range: Range
  /** Applied by `--fix` and offered as the preferred quick fix. */
  fix?: Fix
  /** Offered in editors only, never applied automatically. */
  suggestions?: Fix[]
  related?: RelatedLocation[]
}

/**
 * One reason behind a rule's verdict, for `lessonlint explain`, hovers and SARIF
 * related locations: why the rule applies (or not), which text satisfied it, what
 * it looked for and did not find.
 */
export interface Evidence {
  /**
   * `applies`: text that makes the rule apply (a training mention, a migration objective);
   * `not-applicable`: why it does not apply; `satisfied-by`: text that meets the lesson;
   * `missing`: what the rule looked for and did not find.
   */
  role: 'applies' | 'not-applicable' | 'satisfied-by' | 'missing'
  /** A short phrase: "training component: “workshop”", "no gender line in the budget table". */
  message: string
  range?: Range
}

export interface RuleContext<MessageIds extends string = string, Options = Record<string, unknown>> {
  readonly model: ProposalModel
  /** The rule's options merged over `meta.defaultOptions`. */
  readonly options: Options
  report(report: Report<MessageIds>): void
  /** Records a reason behind the verdict; the rule's `applies` and `satisfied-by` evidence also becomes its diagnostics' related locations. */
  explain(evidence: Evidence): void
  /** The language the writer reads messages in (see `LintResult.locale`); data a rule words itself follows it. */
  readonly locale: Language
  /** A quick-fix title from `meta.fixTitles` in the writer's language, placeholders filled. */
  fixTitle(id: string, data?: Readonly<Record<string, string | number>>): string
}

export interface Rule<MessageIds extends string = string, Options = Record<string, unknown>> {
  meta: RuleMeta<MessageIds>
  check(context: RuleContext<MessageIds, Options>): void
}

// ---------------------------------------------------------------------------
// Diagnostics

export interface Diagnostic {
  /** A rule id, or `frontmatter` for YAML errors, or `internal-error` for a rule that threw. */
  ruleId: string
  severity: Severity
  /** The three parts joined: "problem why fix". */
  message: string
  messageId?: string
  /** The parts, for renderers that lay them out (hovers). */
  parts?: MessageTemplate
  range: Range
  fix?: Fix
  suggestions?: Fix[]
  related?: RelatedLocation[]
  /** Why the rule made the finding: what made it apply and what it looked for and did not find (hovers show it). */
  evidence?: Evidence[]
  docsUrl?: string
  /** Set on findings a `lessonlint-disable` comment silenced (`LintResult.suppressed`). */
  suppression?: Suppression
}

/**
 * What silenced a finding: a `lessonlint-disable` comment, with its ` -- ` justification. (The front matter's
 * `lessonlint.disable` is no suppression: it turns the rule off for the document, as config does.)
 */
export interface Suppression {
  kind: 'inline'
  /** The directive's free text after ` -- `. */
  justification?: string
  /** Where the directive is. */
  range: Range
}

export interface LintResult {
  filePath: string | undefined
  /** The text that was linted (BOM removed). */
  text: string
  hadBom: boolean
  diagnostics: Diagnostic[]
  errorCount: number
  warningCount: number
  infoCount: number
  fixableCount: number
  /** Rules that threw (also reported as `internal-error` diagnostics). */
  internalErrors: Array<{ruleId: string; message: string}>
  /** Whether the file parsed cleanly (no front matter errors): `--fix` only writes such files. */
  parsedCleanly: boolean
  /** Per rule that ran: its verdict and the evidence behind it (`lessonlint explain`). */
  explanations: RuleExplanation[]
  /** Findings that inline or front matter disables silenced, each with its `suppression` (SARIF `suppressions`). */
  suppressed: Diagnostic[]
  /** The language of the messages: front matter `language`, else the text's language, else the `locale` setting, else English. */
  locale: Language
}

/** What a rule concluded on a document, and why. */
export interface RuleExplanation {
  ruleId: string
  /**
   * `reported`: it raised diagnostics (some may be disabled inline); `satisfied`: it applies
   * and the document meets it; `not-applicable`: its scope is absent; `failed`: it threw; `disabled`: the
   * front matter's `lessonlint.disable` turns it off for the document (its evidence is still listed).
   */
  verdict: 'reported' | 'satisfied' | 'not-applicable' | 'failed' | 'disabled'
  evidence: Evidence[]
}

// ---------------------------------------------------------------------------
// Configuration

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>]

/** A config file as written (`.lessonlintrc.json`, `lessonlint.config.yaml`, `package.json#lessonlint`...). */
export interface ConfigFile {
  $schema?: string
  /** `lessonlint:recommended`, `lessonlint:all`, `lessonlint:development`, a relative path, or an npm package. */
  extends?: string | string[]
  rules?: Record<string, RuleSetting>
  overrides?: Array<{files: string[]; excludedFiles?: string[]; rules?: Record<string, RuleSetting>}>
  /** Globs, relative to the config file's folder, of files never linted. */
  ignores?: string[]
  /** Respect .gitignore files (default true). */
  gitignore?: boolean
  /** The language of messages for documents that do not tell their own (front matter `language` or enough text). */
  locale?: Language
  /** Rule packages or files (`./rules/undp.js`) whose rules and presets join the pack, under their prefix. */
  plugins?: string[]
}

/**
 * What a plugin module exports (default export): its prefix, its rules (ids
 * without the prefix: `risk-register` is configured as `undp/risk-register`)
 * and presets (`recommended` is extended as `undp:recommended`, its rules named
 * with the prefix).
 */
export interface Plugin {
  name: string
  rules: readonly Rule[] | Readonly<Record<string, Rule>>
  presets?: Readonly<Record<string, ConfigFile>>
}

export interface RuleConfig {
  severity: Severity
  options: Record<string, unknown>
}

/** The effective configuration for one file: what runs and how. */
export interface ResolvedConfig {
  /** Enabled rules only. */
  rules: Map<string, RuleConfig>
  /** The config's `locale`: the language of messages for documents that do not tell their own. */
  locale?: Language
  /** Rules the config's `plugins` brought, with their prefixed ids: they run beside the pack's. */
  pluginRules?: readonly Rule[]
  /** Config files that contributed, nearest last. */
  files: string[]
}

/** A config problem: exit 2 in the CLI, a message in the editor. Never a stack trace. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string | undefined,
    readonly keyPath: string | undefined,
  ) {
    super(message)
    this.name = 'ConfigError'
  }
}
