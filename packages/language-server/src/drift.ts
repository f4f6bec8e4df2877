// What the client changed in a document since a given moment, so that a lint
// of an older text can still be shown at the right places in the current one.
//
// Linting a long proposal takes longer than the pause between two keystrokes,
// so while the user types, the newest lint is always of an older text. Each
// open document keeps the log of its changes (as offsets: which span of the
// text before the change was replaced by how many characters), and a `Drift`
// carries positions of the linted text through the changes made since. The
// log is per content *epoch*, bumped on every change, never per version
// number: a client may send a new text under a version number it used before.

import {createHash} from 'node:crypto'
import {TextDocument, type TextDocumentContentChangeEvent} from 'vscode-languageserver-textdocument'

/** One change: the span [start, end) of the text before it became `length` characters. */
export interface Change {
  start: number
  end: number
  length: number
}

/** Which way a position goes when text is inserted exactly there. */
export type Bias = 'before' | 'after'

/** Whether an edit of the linted text and a change made since touch the same characters. */
function conflicts(start: number, end: number, change: Change): boolean {
  if (start < change.end && change.start < end) return true
  // An insertion strictly inside the other span, or two insertions at the same place.
  if (change.start === change.end && start < change.start && change.start < end) return true
  if (start === end && change.start < start && start < change.end) return true
  return start === end && change.start === change.end && start === change.start
}

function mapThrough(offset: number, change: Change, bias: Bias): number {
  if (offset < change.start) return offset
  if (offset > change.end) return offset + change.length - (change.end - change.start)
  if (change.start === change.end) return bias === 'after' ? offset + change.length : offset
  // Inside a replaced span: to its start, or after the new text.
  return bias === 'after' ? change.start + change.length : change.start
}

/** The changes between a linted text and the current one, oldest first (client offsets, BOM included). */
export class Drift {
  static readonly NONE = new Drift([])

  constructor(readonly changes: readonly Change[]) {}

  get empty(): boolean {
    return this.changes.length === 0
  }

  /** Where an offset of the linted text is in the current text. */
  map(offset: number, bias: Bias): number {
    let at = offset
    for (const change of this.changes) at = mapThrough(at, change, bias)
    return at
  }

  /**
   * A span of the linted text in the current text: both ends follow the text
   * they stand next to (an insertion at a boundary stays outside the span).
   * Undefined when every character of a non-empty span was deleted or replaced.
   */
  span(start: number, end: number): {start: number; end: number} | undefined {
    if (this.empty) return {start, end}
    if (start === end) {
      const at = this.map(start, 'after')
      return {start: at, end: at}
    }
    const mappedStart = this.map(start, 'after')
    const mappedEnd = this.map(end, 'before')
    return mappedEnd > mappedStart ? {start: mappedStart, end: mappedEnd} : undefined
  }

  /**
   * A span of the linted text that no later change touched, in the current text;
   * undefined when a change touched it (an edit computed for the old characters
   * there, a fix say, must not be applied to new ones).
   */
  untouched(start: number, end: number): {start: number; end: number} | undefined {
    let [at, to] = [start, end]
    for (const change of this.changes) {
      if (conflicts(at, to, change)) return undefined
      const empty = at === to
      at = mapThrough(at, change, 'after')
      to = empty ? at : mapThrough(to, change, 'before')
    }
    return {start: at, end: to}
  }
}

/**
 * The most changes one document keeps between lints. A lint that outlives more
 * keystrokes than this (a pathological text) cannot be mapped to the current
 * text; the next lint will be.
 */
export const MAX_LOGGED_CHANGES = 10_000

interface Logged extends Change {
  /** The epoch this change produced. */
  epoch: number
}

/** One open document's content identity and change log. */
export class DocumentHistory {
  /** Bumped on every change of the text. */
  epoch = 0
  /** The oldest epoch the log can still map from. */
  private base = 0
  private readonly log: Logged[] = []
  /** Changes are logged from the first lint on: a document never linted (a config file) needs no log. */
  private logging = false
  private hashed: {epoch: number; hash: string} | undefined

  /** Applies the client's changes one by one (each is relative to the text left by the previous) and logs them. */
  update(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
    for (const change of changes) {
      let logged: Change
      if ('range' in change) {
        const [a, b] = [document.offsetAt(change.range.start), document.offsetAt(change.range.end)]
        logged = {start: Math.min(a, b), end: Math.max(a, b), length: change.text.length}
      } else {
        logged = fullChange(document.getText(), change.text)
      }
      TextDocument.update(document, [change], version)
      this.epoch++
      if (this.logging) this.log.push({...logged, epoch: this.epoch})
      else this.base = this.epoch
    }
    if (this.log.length > MAX_LOGGED_CHANGES) {
      // Forget the oldest half: lints of texts that old cannot be placed any more.
      const dropped = this.log.splice(0, this.log.length - MAX_LOGGED_CHANGES / 2)
      this.base = dropped.at(-1)!.epoch
    }
    return document
  }

  /** The changes from the text at `epoch` to the current one; undefined when the log no longer reaches back that far. */
  since(epoch: number): Drift | undefined {
    if (epoch === this.epoch) return Drift.NONE
    if (epoch < this.base || epoch > this.epoch) return undefined
    return new Drift(this.log.filter((change) => change.epoch > epoch))
  }

  /** A lint reads the text now: from here on, its results must be placed in later texts. */
  track(): void {
    if (this.logging) return
    this.logging = true
    this.base = this.epoch
  }

  /** Nothing older than `epoch` will be mapped any more. */
  forget(epoch: number): void {
    if (epoch <= this.base) return
    let keep = 0
    while (keep < this.log.length && this.log[keep]!.epoch <= epoch) keep++
    this.log.splice(0, keep)
    this.base = epoch
  }

  get logged(): number {
    return this.log.length
  }

  /** A digest of the current text, computed once per epoch: with the config generation it keys lint results. */
  hash(document: TextDocument): string {
    if (this.hashed?.epoch !== this.epoch) {
      this.hashed = {epoch: this.epoch, hash: createHash('sha1').update(document.getText()).digest('base64')}
    }
    return this.hashed.hash
  }
}

/** A whole-text replacement as the one span that differs (common prefix and suffix kept), so positions outside it still map. */
function fullChange(before: string, after: string): Change {
  let start = 0
  const limit = Math.min(before.length, after.length)
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let tail = 0
  while (tail < limit - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++
  return {start, end: before.length - tail, length: after.length - tail - start}
}
