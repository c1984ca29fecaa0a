import type { ComparisonStats } from '../../../core/types'

/** One figure of the reader's summary line. */
export interface SummaryCount {
  readonly key: string
  readonly label: string
  readonly value: number
}

/** The figures the summary shows: paragraph ops, then changed quotes, facts and titles. */
export function summaryCounts(stats: ComparisonStats): ReadonlyArray<SummaryCount> {
  const p = stats.paragraphs
  const changedQuotes = stats.quotes.altered + stats.quotes.added + stats.quotes.removed
  const quotes = changedQuotes + stats.quotes.paraphrased
  const facts = stats.facts.added + stats.facts.removed + stats.facts.changed
  const titles = stats.titles.added + stats.titles.removed + stats.titles.changed
  return [
    { key: 'changed', label: 'changed', value: p.changed },
    { key: 'moved', label: 'moved', value: p.moved },
    { key: 'split', label: 'split', value: p.split },
    { key: 'merged', label: 'merged', value: p.merged },
    { key: 'added', label: 'added', value: p.added },
    { key: 'removed', label: 'removed', value: p.removed },
    { key: 'quotes', label: quotes === 1 ? 'quote changed' : 'quotes changed', value: quotes },
    { key: 'facts', label: facts === 1 ? 'fact changed' : 'facts changed', value: facts },
    { key: 'titles', label: titles === 1 ? 'title changed' : 'titles changed', value: titles },
  ]
}
