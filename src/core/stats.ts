import type {
  AlignedRow,
  ComparisonStats,
  DiffToken,
  FactChange,
  QuoteChange,
  QuoteStatus,
  TitleChange,
} from './types'
import { segmentText } from './text/segments'

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

// Scripts written without spaces between words: a run of them is many words, not one.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const UNSPACED_RUN = new RegExp(`${UNSPACED.source}+`, 'gu')
const WORD_SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' })

/**
 * Counts the words of a text: runs of letters and digits, inner apostrophes and hyphens kept; runs
 * of Chinese, Japanese, Thai and other unspaced scripts by `Intl.Segmenter` (ICU's dictionaries).
 */
export function countWords(text: string): number {
  if (!UNSPACED.test(text)) return text.match(WORD)?.length ?? 0
  let count = 0
  for (const run of text.match(UNSPACED_RUN) ?? []) {
    count += segmentText(WORD_SEGMENTER, run).filter((segment) => segment.isWordLike).length
  }
  return count + (text.replace(UNSPACED_RUN, ' ').match(WORD)?.length ?? 0)
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
  let sharedLeft = 0
  let sharedRight = 0
  // Boilerplate is shown, folded, but is no part of either article's content.
  const content = rows.filter((row) => row.boilerplate !== true)
  for (const row of content) {
    const equal = countTokenWords(row.tokens, 'equal')
    const added = countTokenWords(row.tokens, 'added')
    const removed = countTokenWords(row.tokens, 'removed')
    wordsEqual += equal
    wordsAdded += added
    wordsRemoved += removed
    // A row with paragraphs on both sides is text the aligner found in the other article.
    if (row.left.length > 0 && row.right.length > 0) {
      sharedLeft += equal + removed
      sharedRight += equal + added
    }
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
    contentShared: {
      left: wordsLeft === 0 ? 1 : sharedLeft / wordsLeft,
      right: wordsRight === 0 ? 1 : sharedRight / wordsRight,
    },
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
