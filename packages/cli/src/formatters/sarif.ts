import {pathToFileURL} from 'node:url'
import type * as Sarif from 'sarif'
import type {Diagnostic, RuleMeta, Severity, TextEdit} from '@lessonlint/core'
import {LineFingerprints, lineIndex} from './fingerprints.js'
import {artifactLocation} from './paths.js'
import type {Formatter, FormatterContext, ReportedResult} from './types.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** The key of our fingerprint in `partialFingerprints`; bump the version if its recipe changes. */
export const FINGERPRINT_KEY = 'lessonlintLineHash/v1'

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

// GitHub code scanning keeps at most 20 tags per rule and truncates descriptions past 1024 characters.
const MAX_TAGS = 20
const MAX_DESCRIPTION = 1024

/** Diagnostics that do not come from a rule of the registry still need a descriptor. */
const PSEUDO_RULES: Record<string, {summary: string; lesson: string}> = {
  'internal-error': {
    summary: 'A rule failed while checking the document.',
    lesson: 'A rule threw an exception, so the document was not fully checked. Please report it with the document that caused it.',
  },
  'inline-config': {
    summary: 'An inline lessonlint configuration comment is invalid.',
    lesson: 'A `<!-- lessonlint-... -->` comment names an unknown rule or is malformed, so it has no effect.',
  },
  'ignored-file': {
    summary: 'A file named on the command line is ignored.',
    lesson: 'Ignore patterns (.lessonlintignore, the config\'s "ignores", .gitignore) apply even to files named explicitly, so the file was not checked.',
  },
  frontmatter: {
    summary: 'The front matter is not valid YAML or has keys of the wrong type.',
    lesson: 'Tools and reviewers read the front matter; an invalid block is ignored.',
  },
}

/**
 * SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. Every rule of the
 * registry is described in `tool.driver.rules`, whether it fired or not, so viewers can show the
 * lesson behind each alert. Columns are UTF-16 code units, as in the contract.
 */
export const sarif: Formatter = (results, context) => sarifLog(results, context, [])

/**
 * The SARIF a failed run still writes (`--output-file` with a bad configuration): no results,
 * the error as a tool execution notification, so an upload step after it has a valid file.
 */
export function sarifForFailure(message: string, context: FormatterContext): string {
  return sarifLog([], context, [{level: 'error', message: {text: message}, descriptor: {id: 'configuration-error'}}], false)
}

function sarifLog(
  results: readonly ReportedResult[],
  context: FormatterContext,
  notifications: Sarif.Notification[],
  successful = true,
): string {
  const descriptors: Sarif.ReportingDescriptor[] = []
  const ruleIndex = new Map<string, number>()
  const addDescriptor = (descriptor: Sarif.ReportingDescriptor): number => {
    ruleIndex.set(descriptor.id, descriptors.length)
    descriptors.push(descriptor)
    return descriptors.length - 1
  }
  for (const meta of context.rules) addDescriptor(describeRule(meta))

  const sarifResults: Sarif.Result[] = []
  let internalErrors = 0
  let fixesNotWritten = 0
  for (const result of results) {
    internalErrors += result.internalErrors.length
    const location = artifactLocation(result.filePath, context.cwd)
    if (result.fixSkipped) {
      // --fix could not write this file: the run did not do what was asked.
      fixesNotWritten++
      notifications = [
        ...notifications,
        {level: 'error', message: {text: `Fixes not written: ${result.fixSkipped.message}.`}, locations: [{physicalLocation: {artifactLocation: location}}], descriptor: {id: 'fix-not-written'}},
      ]
    }
    const lines = lineIndex(result.text)
    const fingerprints = new LineFingerprints(result.text, lines)
    // Silenced findings are kept, marked as suppressed in the source, so audits see what was silenced and why.
    for (const d of [...result.diagnostics, ...(result.suppressed ?? [])]) {
      const index = ruleIndex.get(d.ruleId) ?? addDescriptor(describePseudoRule(d))
      const stable = fingerprints.next(d, location.uri)

      const sarifResult: Sarif.Result = {
        ruleId: d.ruleId,
        ruleIndex: index,
        level: LEVEL[d.severity],
        message: {text: d.message},
        locations: [{physicalLocation: {artifactLocation: location, region: region(d.range)}}],
        partialFingerprints: {[FINGERPRINT_KEY]: stable},
      }
      if (d.related && d.related.length > 0) {
        sarifResult.relatedLocations = d.related.map((related, id) => ({
          id,
          message: {text: related.message},
          physicalLocation: {artifactLocation: location, region: region(related.range)},
        }))
      }
      if (d.fix) {
        sarifResult.fixes = [
          {
            description: {text: d.fix.title},
            artifactChanges: [
              {
                artifactLocation: location,
                replacements: d.fix.edits.map((edit) => replacement(edit, result, lines)),
              },
            ],
          },
        ]
      }
      if (d.suppression) {
        const suppression: Sarif.Suppression = {
          kind: 'inSource',
          location: {physicalLocation: {artifactLocation: location, region: region(d.suppression.range)}},
        }
        if (d.suppression.justification !== undefined) suppression.justification = d.suppression.justification
        sarifResult.suppressions = [suppression]
      }
      sarifResults.push(sarifResult)
    }
  }

  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lessonlint',
            version: context.version,
            semanticVersion: context.version,
            ...(context.informationUri ? {informationUri: context.informationUri} : {}),
            rules: descriptors,
          },
        },
        originalUriBaseIds: {'%SRCROOT%': {uri: directoryUri(context.cwd)}},
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: successful && internalErrors === 0 && fixesNotWritten === 0,
            ...(notifications.length > 0 ? {toolExecutionNotifications: notifications} : {}),
          },
        ],
        results: sarifResults,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function describeRule(meta: RuleMeta): Sarif.ReportingDescriptor {
  const sources = meta.sources.map((s) => ({...s}))
  const sourceLines = meta.sources.map((s) => `${s.evaluation}: ${s.title}${s.url ? ` (${s.url})` : ''}`)
  const sourceLinks = meta.sources.map(
    (s) => `- ${s.url ? `[${s.evaluation}](${s.url})` : s.evaluation}: ${s.title}`,
  )
  const descriptor: Sarif.ReportingDescriptor = {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: {text: clip(meta.summary)},
    fullDescription: {text: clip(meta.lesson)},
    help: {
      text: [meta.lesson, sourceLines.length ? `Sources:\n${sourceLines.join('\n')}` : '', meta.docsUrl ? `Docs: ${meta.docsUrl}` : '']
        .filter(Boolean)
        .join('\n\n'),
      markdown: [
        `**${meta.summary}**`,
        meta.lesson,
        sourceLinks.length ? `Sources:\n\n${sourceLinks.join('\n')}` : '',
        meta.docsUrl ? `[Rule documentation](${meta.docsUrl})` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    defaultConfiguration: {level: LEVEL[meta.severity]},
    properties: {tags: meta.tags.slice(0, MAX_TAGS), sources, fixable: meta.fixable ?? false},
  }
  if (meta.docsUrl) descriptor.helpUri = meta.docsUrl
  return descriptor
}

function describePseudoRule(d: Diagnostic): Sarif.ReportingDescriptor {
  const known = PSEUDO_RULES[d.ruleId] ?? {summary: `Reported by lessonlint as ${d.ruleId}.`, lesson: d.message}
  const descriptor: Sarif.ReportingDescriptor = {
    id: d.ruleId,
    name: pascalCase(d.ruleId),
    shortDescription: {text: clip(known.summary)},
    fullDescription: {text: clip(known.lesson)},
    help: {text: known.lesson, markdown: known.lesson},
    defaultConfiguration: {level: LEVEL[d.severity]},
    properties: {tags: ['lessonlint']},
  }
  if (d.docsUrl) descriptor.helpUri = d.docsUrl
  return descriptor
}

function region(range: Diagnostic['range']): Sarif.Region {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  }
}

function replacement(edit: TextEdit, result: ReportedResult, lines: number[]): Sarif.Replacement {
  const start = positionAt(edit.start, lines)
  const end = positionAt(edit.end, lines)
  const deletedRegion: Sarif.Region = {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
  }
  // Offsets point into the text without its byte order mark; a consumer counting from the start
  // of the file would be one off, so only lines and columns are given for such files.
  if (!result.hadBom) {
    deletedRegion.charOffset = edit.start
    deletedRegion.charLength = edit.end - edit.start
  }
  const change: Sarif.Replacement = {deletedRegion}
  if (edit.text !== '') change.insertedContent = {text: edit.text}
  return change
}

function positionAt(offset: number, lines: number[]): {line: number; column: number} {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lines[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return {line: low + 1, column: offset - lines[low]! + 1}
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href
  return href.endsWith('/') ? href : `${href}/`
}

function pascalCase(id: string): string {
  return id.replace(/(^|[-_])([a-z0-9])/g, (_, _sep: string, ch: string) => ch.toUpperCase())
}

function clip(text: string): string {
  if (text.length <= MAX_DESCRIPTION) return text
  let cut = MAX_DESCRIPTION - 1
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut -= 1
  return `${text.slice(0, cut)}…`
}
