import { describe, expect, it } from 'vitest'
import { contentPairingRows, storyOf, unrelatedPairings } from './unrelated-pairs'

describe('storyOf', () => {
  it('takes an ECB+ pair’s topic as its story and every other pair as a story of its own', () => {
    expect(storyOf('abcd_news_ecb/12_3ecbplus_12_6ecbplus')).toBe('abcd_news_ecb/12')
    expect(storyOf('abcd_news_ecb/12_7ecbplus_12_9ecbplus')).toBe('abcd_news_ecb/12')
    expect(storyOf('abcd_news_ecb/1_10ecbplus_1_7ecbplus')).toBe('abcd_news_ecb/1')
    expect(storyOf('onestop_adv_ele/Amazon')).toBe('onestop_adv_ele/Amazon')
  })
})

describe('unrelatedPairings', () => {
  it('pairs each original with the rewrite offset pairs later, never two pairs of one story', () => {
    const ids = [
      'abcd_news_ecb/12_3ecbplus_12_6ecbplus',
      'abcd_news_ecb/12_7ecbplus_12_9ecbplus',
      'onestop_adv_ele/Amazon',
      'onestop_adv_ele/Anita',
    ]
    expect(unrelatedPairings(ids, [1, 2])).toEqual([
      [1, 2],
      [2, 3],
      [3, 0],
      [0, 2],
      [1, 3],
      [2, 0],
      [3, 1],
    ])
    expect(unrelatedPairings(ids, [4])).toEqual([])
  })
})

describe('contentPairingRows', () => {
  it('keeps rows with both sides, unless both sides are boilerplate', () => {
    const rows = [
      { left: [0], right: [0] },
      { left: [1], right: [] },
      { left: [], right: [1] },
      { left: [2], right: [2] },
      { left: [3], right: [3] },
    ]
    const boilerplate = (side: 'left' | 'right', index: number): boolean =>
      index === 2 || (side === 'left' && index === 3)
    expect(contentPairingRows(rows, boilerplate)).toEqual([
      { left: [0], right: [0] },
      { left: [3], right: [3] },
    ])
  })
})
