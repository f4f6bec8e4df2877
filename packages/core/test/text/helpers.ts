// Builds text blocks the way the model does: inline markup removed, escapes
// resolved, each character remembering where it came from in the source.

import type {Range} from '../../src/types.js'
import type {TextBlock} from '../../src/text/index.js'

/** A block from a line of Markdown with `**bold**`, `*emphasis*`, `[links](url)` and `\` escapes. */
export function blockFrom(source: string, container: TextBlock['container'] = 'paragraph', base = 0): TextBlock {
  let text = ''
  const offsets: number[] = []
  for (let i = 0; i < source.length; ) {
    const link = /^\[([^\]]*)\]\([^)]*\)/u.exec(source.slice(i))
    if (link) {
      for (let j = 0; j < link[1]!.length; j++) {
        text += link[1]![j]
        offsets.push(base + i + 1 + j)
      }
      i += link[0].length
    } else if (source.startsWith('**', i)) {
      i += 2
    } else if (source[i] === '*' || source[i] === '_') {
      i += 1
    } else if (source[i] === '\\' && i + 1 < source.length) {
      text += source[i + 1]
      offsets.push(base + i + 1)
      i += 2
    } else {
      text += source[i]
      offsets.push(base + i)
      i += 1
    }
  }
  offsets.push(base + source.length)
  return {text, offsets, container, section: null, unit: {start: base, end: base + source.length}}
}

/** `rangeOf` for a document: 1-based lines and columns. */
export function rangeOfIn(document: string): (start: number, end: number) => Range {
  const point = (offset: number) => {
    const before = document.slice(0, offset)
    const line = before.split('\n').length
    return {line, column: offset - before.lastIndexOf('\n'), offset}
  }
  return (start, end) => ({start: point(start), end: point(end)})
}

/** The source text a range covers. */
export function sliceOf(document: string, range: Range): string {
  return document.slice(range.start.offset, range.end.offset)
}
