import type {
  AlignedRow,
  ComparisonStats,
  DiffToken,
  FactChange,
  QuoteChange,
  QuoteStatus,
  TitleChange,
} from './types'

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/** Counts the words of a text: runs of letters and digits, inner apostrophes and hyphens kept. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}

function countTokenWords(tokens: ReadonlyArray<DiffToken>, type: DiffToken['type']): number {
  return tokens.reduce((sum, token) => sum + (token.type === type ? countWords(token.text) : 0), 0)
}

function tally<K extends string>(
  keys: ReadonlyArray<K>,
  values: ReadonlyArray<K>,
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
  for (const value of values) counts[value] += 1
  return counts
}

const QUOTE_STATUSES: ReadonlyArray<QuoteStatus> = [
  'unchanged',
  'altered',
  'added',
  'removed',
  'paraphrased',
]

/** Headline figures: similarity, words added/removed, paragraph ops and change counts. */
export function summarizeComparison(
  rows: ReadonlyArray<AlignedRow>,
  quotes: ReadonlyArray<QuoteChange>,
  facts: ReadonlyArray<FactChange>,
  titles: ReadonlyArray<TitleChange>,
): ComparisonStats {
  let wordsEqual = 0
  let wordsAdded = 0
  let wordsRemoved = 0
  // Boilerplate is shown, folded, but is no part of either article's content.
  const content = rows.filter((row) => row.boilerplate !== true)
  for (const row of content) {
    wordsEqual += countTokenWords(row.tokens, 'equal')
    wordsAdded += countTokenWords(row.tokens, 'added')
    wordsRemoved += countTokenWords(row.tokens, 'removed')
  }
  const wordsLeft = wordsEqual + wordsRemoved
  const wordsRight = wordsEqual + wordsAdded
  const ops = tally(
    ['equal', 'changed', 'moved', 'split', 'merged', 'added', 'removed'] as const,
    content.map((row) => row.op),
  )
  return {
    // Dice coefficient over words, the measure `git diff --stat`-style summaries use.
    similarity: wordsLeft + wordsRight === 0 ? 1 : (2 * wordsEqual) / (wordsLeft + wordsRight),
    wordsLeft,
    wordsRight,
    wordsAdded,
    wordsRemoved,
    paragraphs: ops,
    quotes: tally(
      QUOTE_STATUSES,
      quotes.map((quote) => quote.status),
    ),
    facts: tally(
      ['added', 'removed', 'changed'] as const,
      facts.map((fact) => fact.status),
    ),
    titles: tally(
      ['added', 'removed', 'changed', 'unchanged'] as const,
      titles.map((title) => title.status),
    ),
  }
}
