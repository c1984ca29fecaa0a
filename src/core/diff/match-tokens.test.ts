import { describe, expect, it } from 'vitest'
import { matchSequences } from './match-tokens'

/** The matched pairs of two strings compared letter by letter, as "a=b" positions. */
function pairs(left: string, right: string): string {
  const ids = (text: string) => [...text].map((char) => char.charCodeAt(0))
  const matched = matchSequences(ids(left), ids(right), () => true)
  return Array.from(matched)
    .flatMap((r, l) => (r >= 0 ? [`${l}=${r}`] : []))
    .join(' ')
}

describe('matchSequences', () => {
  it('finds the longest common subsequence of small inputs', () => {
    expect(pairs('abcd', 'acbd')).toBe('0=0 2=1 3=3')
    expect(pairs('abc', 'xyz')).toBe('')
  })

  it('keeps matches in order on both sides', () => {
    const left = Array.from({ length: 3000 }, (_, index) => index % 500)
    const right = [...left].reverse()
    const matched = matchSequences(left, right, () => true)
    let last = -1
    for (const r of matched) {
      if (r < 0) continue
      expect(r).toBeGreaterThan(last)
      last = r
    }
  })

  it('anchors on items unique to both sides and keeps the longest ordered run of them', () => {
    const left = [...Array.from({ length: 100 }, (_, index) => index), 1000, 7, 7, 7]
    const right = [1000, ...Array.from({ length: 100 }, (_, index) => index)]
    const matched = Array.from(matchSequences(left, right, () => true))
    expect(matched.slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, index) => index + 1))
    expect(matched.slice(100)).toEqual([-1, -1, -1, -1])
  })

  it('is deterministic and bounded for long unrelated sequences', () => {
    const left = Array.from({ length: 60_000 }, (_, index) => (index * 7919) % 10)
    const right = Array.from({ length: 60_000 }, (_, index) => (index * 104729) % 10)
    const started = performance.now()
    const first = matchSequences(left, right, () => true)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(matchSequences(left, right, () => true)).toEqual(first)
  })
})
