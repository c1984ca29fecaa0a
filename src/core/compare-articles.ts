import { alignParagraphs } from './alignment/align-paragraphs'
import type { RowGroup } from './alignment/align-paragraphs'
import { diffText } from './diff/word-diff'
import { compareFacts } from './facts/compare-facts'
import { compareQuotes } from './quotes/compare-quotes'
import { segmentArticle } from './segmentation/segment-article'
import { summarizeComparison } from './stats'
import { compareTitles } from './titles/compare-titles'
import { COMPARISON_SCHEMA, DEFAULT_COMPARE_OPTIONS } from './types'
import type {
  AlignedRow,
  ArticleInput,
  CompareOptions,
  ComparedArticle,
  Comparison,
  Paragraph,
  WordVectors,
} from './types'

/** Compares two articles: alignment, word diff per row, quotes, facts, titles and stats. */
export function compareArticles(
  left: ArticleInput,
  right: ArticleInput,
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
  vectors: WordVectors | null = null,
): Comparison {
  const leftArticle = describeArticle(left)
  const rightArticle = describeArticle(right)
  const alignment = alignParagraphs(
    leftArticle.paragraphs,
    rightArticle.paragraphs,
    vectors,
    options,
  )
  const rows = alignment.rows.map((row) =>
    diffRow(row, leftArticle.paragraphs, rightArticle.paragraphs, options),
  )
  const quotes = compareQuotes(
    leftArticle.paragraphs,
    rightArticle.paragraphs,
    alignment.links,
    options,
  )
  const facts = compareFacts(leftArticle.paragraphs, rightArticle.paragraphs, rows, options)
  const titles = compareTitles(
    leftArticle.paragraphs,
    rightArticle.paragraphs,
    rows,
    alignment.links,
    options,
  )
  return {
    schema: COMPARISON_SCHEMA,
    options,
    left: leftArticle,
    right: rightArticle,
    links: alignment.links,
    rows,
    quotes,
    facts,
    titles,
    stats: summarizeComparison(rows, quotes, facts, titles),
  }
}

function describeArticle(input: ArticleInput): ComparedArticle {
  const paragraphs = segmentArticle(input.text)
  const title = input.title?.trim() || headlineOf(paragraphs)
  return { path: input.path, title, paragraphs }
}

function headlineOf(paragraphs: ReadonlyArray<Paragraph>): string {
  const heading = paragraphs.find((paragraph) => paragraph.kind === 'heading')
  return (heading ?? paragraphs[0])?.text ?? ''
}

/** Paragraphs of one side of a row, joined the way the row's tokens reconstruct them. */
export function rowText(
  indices: ReadonlyArray<number>,
  paragraphs: ReadonlyArray<Paragraph>,
): string {
  return indices.map((index) => paragraphs[index]?.text ?? '').join('\n')
}

function diffRow(
  row: RowGroup,
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  options: CompareOptions,
): AlignedRow {
  const tokens = diffText(rowText(row.left, left), rowText(row.right, right), options)
  const unchanged = tokens.every((token) => token.type === 'equal')
  // The aligner cannot know whether a one-to-one pair differs under the options; the diff does.
  const op = row.op === 'changed' && unchanged ? 'equal' : row.op
  return { ...row, op, tokens }
}
