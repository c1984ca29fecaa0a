import type { ComparisonStats } from '../../../core'

/** One figure of the reader's summary line. */
export interface SummaryCount {
  readonly key: string
  readonly label: string
  readonly value: number
  /** Paragraph ops, or the lenses' changed quotes, facts and titles. */
  readonly group: 'paragraphs' | 'lenses'
}

/**
 * The figures the summary shows: paragraph ops, then changed quotes, facts and titles (labelled
 * by noun only: the summary heads that group "changed").
 */
export function summaryCounts(stats: ComparisonStats): ReadonlyArray<SummaryCount> {
  const p = stats.paragraphs
  const changedQuotes = stats.quotes.altered + stats.quotes.added + stats.quotes.removed
  const quotes = changedQuotes + stats.quotes.paraphrased
  const facts = stats.facts.added + stats.facts.removed + stats.facts.changed
  const titles = stats.titles.added + stats.titles.removed + stats.titles.changed
  const paragraphs = (key: string, value: number): SummaryCount => ({
    key,
    label: key,
    value,
    group: 'paragraphs',
  })
  const lens = (key: string, one: string, value: number): SummaryCount => ({
    key,
    label: value === 1 ? one : key,
    value,
    group: 'lenses',
  })
  return [
    paragraphs('changed', p.changed),
    paragraphs('moved', p.moved),
    paragraphs('split', p.split),
    paragraphs('merged', p.merged),
    paragraphs('added', p.added),
    paragraphs('removed', p.removed),
    lens('quotes', 'quote', quotes),
    lens('facts', 'fact', facts),
    lens('titles', 'title', titles),
  ]
}
