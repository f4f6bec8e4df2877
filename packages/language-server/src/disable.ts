// The edits behind "disable <rule> for this line" and "for this document".
// They are computed as core TextEdits (offsets into the BOM-less text) so they
// reach LSP through the same converter as the rules' fixes.

import {trimTrailing, type ProposalModel, type TextEdit} from '@lessonlint/core'
import {isMap, isScalar, isSeq, parseDocument} from 'yaml'

/** Ids that belong to the engine or the server: nothing to disable, the fix lies elsewhere. */
export const NOT_DISABLABLE: ReadonlySet<string> = new Set(['internal-error', 'inline-config', 'config-error'])

/** The start offset of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  let start = offset
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--
  return start
}

/**
 * `<!-- lessonlint-disable-next-line id -->` on its own line above the line where
 * the finding starts, with the line's indentation and blockquote markers so the
 * comment stays in the same container. Null where a comment line would change
 * the document's structure or cannot work: inside front matter, and on a table
 * row below the table's first line (a comment line ends a table).
 */
export function disableLineEdit(model: ProposalModel, startOffset: number, ruleId: string): TextEdit | null {
  const {text} = model
  const fm = model.frontMatter
  if (fm && startOffset >= fm.range.start.offset && startOffset < fm.range.end.offset) return null
  const start = lineStart(text, startOffset)
  for (const table of model.tables) {
    if (start > table.range.start.offset && start < table.range.end.offset) return null
  }
  const prefix = /^[ \t>]*/.exec(text.slice(start))?.[0] ?? ''
  return {start, end: start, text: `${prefix}<!-- lessonlint-disable-next-line ${ruleId} -->${model.eol}`}
}

/** Where the front matter's content lies: after the opening fence line, up to the closing fence line. */
function frontMatterContent(model: ProposalModel): {start: number; end: number} | null {
  const fm = model.frontMatter
  if (!fm) return null
  const block = model.text.slice(fm.range.start.offset, fm.range.end.offset)
  const firstBreak = block.search(/\r?\n/)
  if (firstBreak < 0) return null
  const afterOpening = firstBreak + (block[firstBreak] === '\r' ? 2 : 1)
  // Scanned back from the end: /(\r?\n)+$/ would re-read every run of blank lines inside the front matter.
  const trimmed = trimTrailing(block, (char) => char === '\n' || char === '\r')
  const closing = Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1
  if (closing < afterOpening) return null
  return {start: fm.range.start.offset + afterOpening, end: fm.range.start.offset + closing}
}

/**
 * For the whole document: the front matter's `lessonlint.disable` list gets the
 * id when there is front matter, else `<!-- lessonlint-disable id -->` goes on
 * the first line (right after front matter that does not parse). Null when the
 * front matter's `lessonlint` key is not a mapping, or the id is listed already.
 */
export function disableDocumentEdit(model: ProposalModel, ruleId: string): TextEdit | null {
  const fm = model.frontMatter
  const eol = model.eol
  if (!fm) return {start: 0, end: 0, text: `<!-- lessonlint-disable ${ruleId} -->${eol}`}
  const {text} = model
  const content = frontMatterContent(model)
  if (fm.data === null || fm.errors.length > 0 || !content) {
    // Front matter that does not parse cannot carry the setting: the comment goes right after it.
    let at = fm.range.end.offset
    if (text.startsWith('\r\n', at)) at += 2
    else if (text[at] === '\n' || text[at] === '\r') at += 1
    const lead = at === text.length && !/[\r\n]$/.test(text) ? eol : ''
    return {start: at, end: at, text: `${lead}<!-- lessonlint-disable ${ruleId} -->${eol}`}
  }

  const disable = fm.entries.get('lessonlint.disable')
  const lessonlint = fm.entries.get('lessonlint')
  if (disable && Array.isArray(disable.value)) {
    if ((disable.value as unknown[]).includes(ruleId)) return null
    const raw = text.slice(disable.valueRange.start.offset, disable.valueRange.end.offset)
    // A flow list `[a, b]`: add before its closing bracket, keeping the user's layout.
    if (/^\[[\s\S]*\]\s*$/.test(raw)) {
      const close = disable.valueRange.start.offset + raw.lastIndexOf(']')
      const empty = (disable.value as unknown[]).length === 0
      const before = text.slice(disable.valueRange.start.offset + 1, close)
      return {start: close, end: close, text: empty ? ruleId : `${/,\s*$/.test(before) ? ' ' : ', '}${ruleId}`}
    }
  }
  if (!lessonlint) {
    // No `lessonlint` key: two lines just above the closing fence.
    return {start: content.end, end: content.end, text: `lessonlint:${eol}  disable: [${ruleId}]${eol}`}
  }

  // Any other layout (block lists, an existing `lessonlint` mapping): let the YAML
  // library edit the mapping, which keeps comments and the other keys.
  const document = parseDocument(text.slice(content.start, content.end))
  if (document.errors.length > 0) return null
  const settings = document.get('lessonlint', true)
  if (settings !== undefined && settings !== null && !isMap(settings)) return null
  const list = document.getIn(['lessonlint', 'disable'], true)
  if (isSeq(list)) {
    document.addIn(['lessonlint', 'disable'], ruleId)
  } else if (list === undefined || list === null || isScalar(list)) {
    const existing = isScalar(list) && typeof list.value === 'string' && list.value !== '' ? [list.value] : []
    document.setIn(['lessonlint', 'disable'], document.createNode([...existing, ruleId], {flow: true}))
  } else {
    return null
  }
  let yaml = document.toString({lineWidth: 0, flowCollectionPadding: false})
  if (eol === '\r\n') yaml = yaml.replace(/\r?\n/g, '\r\n')
  return {start: content.start, end: content.end, text: yaml}
}
