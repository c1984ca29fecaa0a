import { describe, expect, it } from 'vitest'
import { heaviestIncreasingSubsequence } from './increasing-subsequence'

describe('heaviestIncreasingSubsequence', () => {
  it('finds the longest strictly increasing run when weights are equal', () => {
    expect(heaviestIncreasingSubsequence([0, 3, 1, 2, 4], [1, 1, 1, 1, 1])).toEqual([0, 2, 3, 4])
  })

  it('prefers heavier items over more items', () => {
    expect(heaviestIncreasingSubsequence([2, 0, 1], [5, 1, 1])).toEqual([0])
  })

  it('handles empty input', () => {
    expect(heaviestIncreasingSubsequence([], [])).toEqual([])
  })
})
