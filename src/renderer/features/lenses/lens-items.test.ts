import { describe, expect, it } from 'vitest'
import { collectChanges } from '../../../core'
import type { AlignedRow } from '../../../core'
import { comparisonWith, sideAt } from '../../test/comparison-fixture'
import { buildLensEntries, describeEntry } from './lens-items'

const row = (left: number[], right: number[]): AlignedRow => ({
  left,
  right,
  op: 'changed',
  similarity: 1,
  tokens: [],
})

describe('lens rows', () => {
  it('point a change at the same row as every report', () => {
    // The fact moved: its left paragraph is shown in row 2, its right one in row 1.
    const comparison = comparisonWith({
      rows: [row([0], [0]), row([], [1]), row([1, 2], [2]), row([3], [])],
      facts: [
        { kind: 'number', status: 'changed', left: sideAt(3, 0, '30'), right: sideAt(1, 0, '60') },
        { kind: 'number', status: 'removed', left: sideAt(3, 0, '30'), right: null },
        { kind: 'number', status: 'removed', left: sideAt(9, 0, '30'), right: null },
      ],
    })
    const lens = buildLensEntries(comparison).facts.map((entry) => entry.row)
    expect(lens).toEqual(collectChanges(comparison).facts.map((change) => change.row))
    expect(lens).toEqual([1, 3, null])
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
            left: sideAt(1, 0, 'positive messages'),
            right: sideAt(1, 0, 'positive signals'),
          },
        ],
        facts: [{ kind: 'number', status: 'removed', left: sideAt(1, 0, '30'), right: null }],
        titles: [
          {
            status: 'unchanged',
            headline: true,
            left: sideAt(0, 0, 'Talks'),
            right: sideAt(0, 0, 'Talks'),
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

describe('quote entries', () => {
  it('show a paraphrase’s reported speech without quotation marks and both speakers of a re-attributed quote', () => {
    const entries = buildLensEntries(
      comparisonWith({
        rows: [row([0], [0])],
        quotes: [
          {
            status: 'paraphrased',
            speaker: 'Dmitry Peskov',
            left: sideAt(0, 0, 'via various channels'),
            right: sideAt(0, 0, 'through various channels'),
            unquoted: 'right',
          },
          {
            status: 'unchanged',
            speaker: 'Donald Trump',
            speakers: { left: 'Volodymyr Zelensky', right: 'Donald Trump' },
            left: sideAt(0, 0, 'We want peace'),
            right: sideAt(0, 0, 'We want peace'),
          },
        ],
      }),
    )
    expect(entries.quotes.map(describeEntry)).toEqual([
      'Paraphrased (Dmitry Peskov): “via various channels” → through various channels',
      'Unchanged (Volodymyr Zelensky → Donald Trump): “We want peace”',
    ])
  })
})
