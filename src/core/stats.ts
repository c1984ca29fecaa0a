import type {
  AlignedRow,
  ComparisonStats,
  DiffToken,
  FactChange,
  QuoteChange,
  QuoteStatus,
  TitleChange,
} from './types'
import { assertNever } from './assert-never'
import type {
  ArticleAnalysis,
  ArticleReading,
  ComparedReading,
} from './segmentation/analyse-article'
import { compoundWordsOf, tokenizeText } from './text/words'

/**
 * Counts the words of a text as people count them: the one tokenizer's words (Chinese, Japanese,
 * Thai and other unspaced scripts by `Intl.Segmenter`, ICU's dictionaries), a hyphenated
 * compound as one.
 */
export function countWords(text: string): number {
  return compoundWordsOf(tokenizeText(text)).length
}

/** A row's words as the figures count them. */
export interface RowWords {
  /** Words of the equal runs, counted on each side (a hyphen may join two on one side only). */
  readonly equal: { readonly left: number; readonly right: number }
  readonly added: number
  readonly removed: number
}

function countTokenWords(tokens: ReadonlyArray<DiffToken>, type: DiffToken['type']): number {
  return tokens.reduce((sum, token) => sum + (token.type === type ? countWords(token.text) : 0), 0)
}

/**
 * A row's equal, added and removed words. With the articles' analysis, each word is counted by
 * where it starts among the row's diff runs, so no text is tokenized again.
 */
function rowWords(row: AlignedRow, analysis: ComparedReading | undefined): RowWords {
  if (analysis === undefined) {
    return {
      equal: {
        left: countTokenWords(row.tokens, 'equal'),
        right: row.tokens.reduce(
          (sum, token) =>
            sum + (token.type === 'equal' ? countWords(token.rightText ?? token.text) : 0),
          0,
        ),
      },
      added: countTokenWords(row.tokens, 'added'),
      removed: countTokenWords(row.tokens, 'removed'),
    }
  }
  const left = cursorOver(wordStarts(analysis.left, row.left))
  const right = cursorOver(wordStarts(analysis.right, row.right))
  let equalLeft = 0
  let equalRight = 0
  let added = 0
  let removed = 0
  for (const token of row.tokens) {
    switch (token.type) {
      case 'equal':
        equalLeft += left.countTo(token.text.length)
        equalRight += right.countTo((token.rightText ?? token.text).length)
        break
      case 'removed':
        removed += left.countTo(token.text.length)
        break
      case 'added':
        added += right.countTo(token.text.length)
        break
      default:
        assertNever(token.type)
    }
  }
  return { equal: { left: equalLeft, right: equalRight }, added, removed }
}

/** Where each counted word of a row's side starts in its text (`rowText`: line breaks between). */
function wordStarts(analysis: ArticleReading, indices: ReadonlyArray<number>): number[] {
  const starts: number[] = []
  let offset = 0
  for (const index of indices) {
    const read = analysis[index]
    for (const word of read?.countedWords ?? []) starts.push(word.start + offset)
    offset += (read?.paragraph.text.length ?? 0) + 1
  }
  return starts
}

/** Walks a side's word starts in order: how many lie within the next `length` characters. */
function cursorOver(starts: ReadonlyArray<number>): { countTo: (length: number) => number } {
  let offset = 0
  let next = 0
  return {
    countTo: (length) => {
      offset += length
      const first = next
      while (next < starts.length && (starts[next] ?? 0) < offset) next += 1
      return next - first
    },
  }
}

/** Both articles' analyses, when the caller has them (see `analyseArticle`). */
export interface ComparedAnalysis {
  readonly left: ArticleAnalysis
  readonly right: ArticleAnalysis
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
  analysis?: ComparedReading,
): ComparisonStats {
  return summarizeRowWords(rows, countRowWords(rows, analysis), quotes, facts, titles)
}

/**
 * The words of each content row, in order (boilerplate is shown, folded, but is no part of either
 * article's content): what the figures read of the articles' analysis, so a comparison can count
 * them before it lets the analysis go.
 */
export function countRowWords(
  rows: ReadonlyArray<AlignedRow>,
  analysis?: ComparedReading,
): ReadonlyArray<RowWords> {
  return contentRows(rows).map((row) => rowWords(row, analysis))
}

function contentRows(rows: ReadonlyArray<AlignedRow>): ReadonlyArray<AlignedRow> {
  return rows.filter((row) => row.boilerplate !== true)
}

/** `summarizeComparison` with the rows' words counted already (`countRowWords`). */
export function summarizeRowWords(
  rows: ReadonlyArray<AlignedRow>,
  words: ReadonlyArray<RowWords>,
  quotes: ReadonlyArray<QuoteChange>,
  facts: ReadonlyArray<FactChange>,
  titles: ReadonlyArray<TitleChange>,
): ComparisonStats {
  let equalLeft = 0
  let equalRight = 0
  let wordsAdded = 0
  let wordsRemoved = 0
  let sharedLeft = 0
  let sharedRight = 0
  const content = contentRows(rows)
  for (let index = 0; index < content.length; index += 1) {
    const row = content[index]!
    const { equal, added, removed } = words[index]!
    equalLeft += equal.left
    equalRight += equal.right
    wordsAdded += added
    wordsRemoved += removed
    // A row with paragraphs on both sides is text the aligner found in the other article.
    if (row.left.length > 0 && row.right.length > 0) {
      sharedLeft += equal.left + removed
      sharedRight += equal.right + added
    }
  }
  const wordsLeft = equalLeft + wordsRemoved
  const wordsRight = equalRight + wordsAdded
  const ops = tally(
    ['equal', 'changed', 'moved', 'split', 'merged', 'added', 'removed'] as const,
    content.map((row) => row.op),
  )
  return {
    // Dice coefficient over words, the measure `git diff --stat`-style summaries use.
    similarity:
      wordsLeft + wordsRight === 0 ? 1 : (equalLeft + equalRight) / (wordsLeft + wordsRight),
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
