import { alignParagraphs } from '../alignment/align-paragraphs'
import { rowText } from '../compare-articles'
import { diffText } from '../diff/word-diff'
import { compareQuotes } from '../quotes/compare-quotes'
import { analyseArticle, joinedTokens } from '../segmentation/analyse-article'
import { summarizeComparison } from '../stats'
import type { ComparedAnalysis } from '../stats'
import { compareTitles } from '../titles/compare-titles'
import type {
  AlignedRow,
  CompareOptions,
  Paragraph,
  QuoteChange,
  TitleChange,
  WordVectors,
} from '../types'

/** What a full pairwise comparison leaves for the story; the comparison itself is dropped. */
export interface PairResult {
  /** The pairwise comparison's similarity (share of words in common after alignment). */
  readonly similarity: number
  readonly quotes: ReadonlyArray<QuoteChange>
  readonly titles: ReadonlyArray<TitleChange>
}

/**
 * The parts of `compareArticles` a story needs, on already segmented (and analysed) versions:
 * alignment, row diffs, quotes and titles. Facts are left out: the story's fact ledger reads all versions at once.
 */
export function comparePair(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  options: CompareOptions,
  vectors: WordVectors | null,
  analysis: ComparedAnalysis = { left: analyseArticle(left), right: analyseArticle(right) },
): PairResult {
  const alignment = alignParagraphs(left, right, vectors, options, analysis)
  const rows: ReadonlyArray<AlignedRow> = alignment.rows.map((row) => ({
    ...row,
    tokens: diffText(rowText(row.left, left), rowText(row.right, right), options, {
      left: joinedTokens(analysis.left, row.left),
      right: joinedTokens(analysis.right, row.right),
    }),
  }))
  const quotes = compareQuotes(left, right, alignment.links, options, analysis)
  const titles = compareTitles(left, right, rows, alignment.links, options)
  return {
    similarity: summarizeComparison(rows, quotes, [], titles, analysis).similarity,
    quotes,
    titles,
  }
}
