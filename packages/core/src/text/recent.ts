// What was worked out for recent texts, kept from one lint to the next.
//
// Rules ask the same sentences the same questions, and the language server lints
// a document again after every pause in typing, where all but a sentence or two
// are unchanged: what a sentence's text alone decides (its folded form, a
// lexicon's hits, its negation analysis) is kept by text and reused. Memory
// stays bounded by two generations: when the current one is full it becomes the
// previous one, and an entry read from the previous one moves back into the
// current one, so the texts of the document being linted stay and old ones go.

/** Every store, so that a measurement can start from none of them (`forgetRecentTexts`). */
const stores = new Set<RecentTexts<unknown>>()

/**
 * Empties every store of recent texts. For measurements only: a document of more texts than a store holds gains
 * nothing from the stores from one lint to the next, a smaller one gains much, so growth timed over repeated lints of
 * both sizes would measure the stores' capacity, not the lint (test/growth).
 */
export function forgetRecentTexts(): void {
  for (const store of stores) store.forget()
}

export class RecentTexts<V> {
  private current = new Map<string, V>()
  private previous = new Map<string, V>()
  /** The text last asked about and its value: rules judge a sentence's mentions one after another, each asking again. */
  private lastText: string | undefined
  private lastValue: V | undefined

  /** `capacity`: entries per generation (at most twice as many are held). */
  constructor(private readonly capacity: number) {
    stores.add(this as RecentTexts<unknown>)
  }

  forget(): void {
    this.current = new Map()
    this.previous = new Map()
    this.lastText = this.lastValue = undefined
  }

  get(text: string, compute: (text: string) => V): V {
    if (text === this.lastText) return this.lastValue!
    let value = this.current.get(text)
    if (value === undefined) {
      value = this.previous.get(text) ?? compute(text)
      if (this.current.size >= this.capacity) {
        this.previous = this.current
        this.current = new Map()
      }
      this.current.set(text, value)
    }
    this.lastText = text
    this.lastValue = value
    return value
  }
}
