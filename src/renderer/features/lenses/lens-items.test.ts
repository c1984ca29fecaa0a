import { describe, expect, it } from 'vitest'
import type { AlignedRow } from '../../../core/types'
import { comparisonWith } from '../../test/comparison-fixture'
import { buildLensEntries, buildRowLookup, describeEntry, rowOfChange } from './lens-items'

const row = (left: number[], right: number[]): AlignedRow => ({
  left,
  right,
  op: 'changed',
  similarity: 1,
  tokens: [],
})

describe('rowOfChange', () => {
  const lookup = buildRowLookup([row([0], [0]), row([], [1]), row([1, 2], [2]), row([3], [])])

  it('finds the row of the rewrite’s paragraph first', () => {
    expect(rowOfChange(lookup, { left: null, right: { text: 'x', paragraph: 1 } })).toBe(1)
    expect(
      rowOfChange(lookup, {
        left: { text: 'x', paragraph: 0 },
        right: { text: 'y', paragraph: 2 },
      }),
    ).toBe(2)
  })

  it('falls back to the original’s paragraph, and to null when neither is shown', () => {
    expect(rowOfChange(lookup, { left: { text: 'x', paragraph: 3 }, right: null })).toBe(3)
    expect(rowOfChange(lookup, { left: { text: 'x', paragraph: 9 }, right: null })).toBeNull()
  })
})

describe('buildLensEntries', () => {
  it('lists quotes with speaker, facts with kind and titles as headline or subheading', () => {
    const entries = buildLensEntries(
      comparisonWith({
        rows: [row([0], [0]), row([1], [1])],
        quotes: [
          {
            status: 'altered',
            speaker: 'Donald Trump',
            left: { text: 'positive messages', paragraph: 1 },
            right: { text: 'positive signals', paragraph: 1 },
          },
        ],
        facts: [
          { kind: 'number', status: 'removed', left: { text: '30', paragraph: 1 }, right: null },
        ],
        titles: [
          {
            status: 'unchanged',
            headline: true,
            left: { text: 'Talks', paragraph: 0 },
            right: { text: 'Talks', paragraph: 0 },
          },
        ],
      }),
    )
    expect(entries.quotes.map(describeEntry)).toEqual([
      'Altered (Donald Trump): “positive messages” → “positive signals”',
    ])
    expect(entries.quotes[0]?.row).toBe(1)
    expect(entries.facts.map(describeEntry)).toEqual(['Removed (number): “30”'])
    expect(entries.titles.map(describeEntry)).toEqual(['Unchanged (headline): “Talks”'])
  })
})
