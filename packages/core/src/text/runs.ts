// Runs of characters at the end of a text, found by a backwards scan.
//
// A pattern such as /[:.]+$/ or /(?:\r?\n)*$/ is tried from every position of
// the text: at each character of a long run that does not reach the end, it
// reads the whole run before failing, so a long run costs its length squared.
// Scanning back from the end reads each character of the run once.

/**
 * Where the run of characters at the end of `text` that `inRun` accepts
 * begins: `text.length` when the last character is not one of them, 0 when
 * every character is. `inRun` gets one code point at a time (an astral
 * letter is one character, as for a regex with the `u` flag).
 */
export function trailingRunStart(text: string, inRun: (char: string) => boolean): number {
  let start = text.length
  while (start > 0) {
    const low = text.charCodeAt(start - 1)
    const width = low >= 0xdc00 && low <= 0xdfff && start >= 2 && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1
    if (!inRun(text.slice(start - width, start))) break
    start -= width
  }
  return start
}

/** `text` without the run of characters at its end that `inRun` accepts (see `trailingRunStart`). */
export function trimTrailing(text: string, inRun: (char: string) => boolean): string {
  return text.slice(0, trailingRunStart(text, inRun))
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
