import { describe, expect, it } from 'vitest'
import { comparisonWith } from '../../test/comparison-fixture'
import { IDLE, pairKey, pairOf, shownComparison } from './comparison-state'

describe('comparison state', () => {
  const comparison = comparisonWith({})

  it('has no pair until both sides are chosen', () => {
    expect(pairKey('a', null)).toBe('')
    expect(pairKey('a', 'b')).toBe('a\u0000b')
    expect(pairOf(IDLE)).toBe('')
  })

  it('keeps the previous rows on screen while the same pair is compared again', () => {
    const pair = pairKey('a', 'b')
    expect(
      shownComparison({
        status: 'comparing',
        pair,
        stage: 'alignment',
        fraction: 0.5,
        previous: comparison,
      }),
    ).toBe(comparison)
    expect(shownComparison({ status: 'ready', pair, comparison, milliseconds: 5 })).toBe(comparison)
    expect(shownComparison({ status: 'failed', pair, error: 'Could not read the article.' })).toBe(
      null,
    )
    expect(shownComparison(IDLE)).toBe(null)
  })
})
