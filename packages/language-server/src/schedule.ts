// When to lint while the user types: a trailing debounce with a maximum wait.
// Each keystroke pushes the lint back by `delayMs`, so a pause in typing gets
// one lint, not one per key; but never further than `maxWaitMs` after the first
// keystroke not linted yet, so continuous typing still gets fresh diagnostics
// about once a second instead of none until the user stops.

export class LintSchedule {
  private readonly pending = new Map<string, {timer: NodeJS.Timeout; since: number}>()

  constructor(
    private readonly delayMs: number,
    private readonly maxWaitMs: number,
    private readonly fire: (uri: string) => void,
  ) {}

  /** A change: lint after a pause of `delay` ms, or when the maximum wait runs out, whichever comes first. */
  touch(uri: string, delay = this.delayMs): void {
    const now = Date.now()
    const previous = this.pending.get(uri)
    if (previous) clearTimeout(previous.timer)
    const since = previous?.since ?? now
    const wait = Math.max(0, Math.min(delay, since + this.maxWaitMs - now))
    const timer = setTimeout(() => {
      this.pending.delete(uri)
      this.fire(uri)
    }, wait)
    this.pending.set(uri, {timer, since})
  }

  /** Whether a lint of this document is waiting for its time. */
  has(uri: string): boolean {
    return this.pending.has(uri)
  }

  cancel(uri: string): void {
    const previous = this.pending.get(uri)
    if (!previous) return
    clearTimeout(previous.timer)
    this.pending.delete(uri)
  }

  get size(): number {
    return this.pending.size
  }
}
