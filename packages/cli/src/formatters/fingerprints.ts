// Fingerprints that follow a finding across runs, shared by the reports that
// track findings over time (SARIF for code scanning, GitLab code quality).
import {createHash} from 'node:crypto'
import type {Diagnostic} from '@lessonlint/core'

/** Offsets where each line starts, with the line breaks the parser knows (\r\n, \n, \r). */
export function lineIndex(text: string): number[] {
  const starts = [0]
  const breaks = /\r\n|\n|\r/g
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length)
  return starts
}

/**
 * Stable across runs while the offending line is unchanged, wherever it moves
 * in the file: the rule, the file and the line's text (whitespace-normalised),
 * so a viewer keeps tracking one alert. Identical findings on identical lines
 * stay distinct (`:1`, `:2`), as in GitHub's own line hash.
 */
export class LineFingerprints {
  private readonly seen = new Map<string, number>()

  constructor(
    private readonly text: string,
    private readonly lines: readonly number[] = lineIndex(text),
  ) {}

  /** The fingerprint of the next finding of the file, `hash:occurrence`. */
  next(d: Diagnostic, file: string): string {
    const lineNumber = Math.min(d.range.start.line, this.lines.length)
    const start = this.lines[lineNumber - 1] ?? 0
    const end = this.lines[lineNumber] ?? this.text.length
    const lineText = this.text.slice(start, end).replace(/\s+/g, ' ').trim()
    const hash = createHash('sha256').update(`${d.ruleId}\0${file}\0${lineText}`).digest('hex').slice(0, 32)
    const occurrence = (this.seen.get(hash) ?? 0) + 1
    this.seen.set(hash, occurrence)
    return `${hash}:${occurrence}`
  }
}
