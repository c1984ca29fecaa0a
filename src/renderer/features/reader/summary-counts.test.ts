import { describe, expect, it } from 'vitest'
import type { ComparisonStats } from '../../../core'
import { comparisonWith } from '../../test/comparison-fixture'
import { summaryCounts } from './summary-counts'

const serialise = (stats: ComparisonStats): string =>
  summaryCounts(stats)
    .map((count) => `${count.group}:${count.value} ${count.label}`)
    .join(' | ')

describe('summaryCounts', () => {
  it('lists paragraph ops, then changed quotes (paraphrased included), facts and titles', () => {
    const base = comparisonWith({}).stats
    const stats: ComparisonStats = {
      ...base,
      paragraphs: { ...base.paragraphs, changed: 4, added: 2 },
      quotes: { ...base.quotes, altered: 1, paraphrased: 2, unchanged: 5 },
      facts: { ...base.facts, changed: 1 },
      titles: { ...base.titles, unchanged: 3 },
    }
    expect(serialise(stats)).toBe(
      'paragraphs:4 changed | paragraphs:0 moved | paragraphs:0 split | paragraphs:0 merged | ' +
        'paragraphs:2 added | paragraphs:0 removed | lenses:3 quotes | lenses:1 fact | lenses:0 titles',
    )
  })
})
