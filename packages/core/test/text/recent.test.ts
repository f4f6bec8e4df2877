import {describe, expect, it} from 'vitest'
import {forgetRecentTexts, RecentTexts} from '../../src/text/recent.js'

describe('RecentTexts', () => {
  it('forgets every kept text when a measurement asks, and computes each again', () => {
    const computed: string[] = []
    const cache = new RecentTexts<number>(10)
    const length = (text: string) => (computed.push(text), text.length)
    cache.get('one', length)
    forgetRecentTexts()
    cache.get('one', length)
    expect(computed).toEqual(['one', 'one'])
  })

  it('computes a text once and returns the kept value after', () => {
    const computed: string[] = []
    const cache = new RecentTexts<number>(10)
    const length = (text: string) => (computed.push(text), text.length)
    expect(cache.get('one', length)).toBe(3)
    expect(cache.get('three', length)).toBe(5)
    expect(cache.get('one', length)).toBe(3)
    expect(computed).toEqual(['one', 'three'])
  })

  it('keeps the texts read since the last generation and lets older ones go', () => {
    const computed: string[] = []
    const cache = new RecentTexts<string>(2)
    const upper = (text: string) => (computed.push(text), text.toUpperCase())
    cache.get('a', upper)
    cache.get('b', upper)
    // Full: a and b become the previous generation.
    cache.get('c', upper)
    // Read again from the previous generation: moves to the current one, not recomputed.
    expect(cache.get('a', upper)).toBe('A')
    // Full again (c, a): b, never read since, is dropped with the old generation.
    cache.get('d', upper)
    cache.get('e', upper)
    expect(cache.get('b', upper)).toBe('B')
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'e', 'b'])
  })
})
