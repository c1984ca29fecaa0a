import { alignParagraphs } from './alignment/align-paragraphs'
import type { Alignment, RowGroup } from './alignment/align-paragraphs'
import { diffText } from './diff/word-diff'
import { compareFacts } from './facts/compare-facts'
import { progressCounter, progressSteps } from './progress'
import type { ProgressReport } from './progress'
import { compareQuotes } from './quotes/compare-quotes'
import {
  analyseArticle,
  HeldReading,
  joinedTokens,
  readingOf,
} from './segmentation/analyse-article'
import type { ArticleAnalysis } from './segmentation/analyse-article'
import { segmentArticle } from './segmentation/segment-article'
import { countRowWords, summarizeRowWords } from './stats'
import { textDirection } from './text/direction'
import { compareTitles } from './titles/compare-titles'
import { COMPARISON_SCHEMA, DEFAULT_COMPARE_OPTIONS } from './types'
import type {
  AlignedRow,
  ArticleInput,
  ArticleProvenance,
  CompareOptions,
  ComparedArticle,
  Comparison,
  Paragraph,
  WordVectors,
} from './types'

/** The stages of a comparison, in the order they run. */
export const COMPARISON_STAGES = [
  'segmentation',
  'alignment',
  'diff',
  'quotes',
  'facts',
  'titles',
  'stats',
] as const

/** One stage of a comparison. */
export type ComparisonStage = (typeof COMPARISON_STAGES)[number]

/** Runs one stage of a comparison and returns its result; the benchmark passes one that times it. */
export type StageRunner = <T>(stage: ComparisonStage, run: () => T) => T

/**
 * How far into a stage a comparison has got (0 to 1), for a progress bar on a long compare: the
 * alignment, diff, quotes and facts stages report up to a hundred steps or so each, the others
 * (short ones) none.
 */
export type StageProgress = (stage: ComparisonStage, fraction: number) => void

const runStage: StageRunner = (_stage, run) => run()

/** Compares two articles: alignment, word diff per row, quotes, facts, titles and stats. */
export function compareArticles(
  left: ArticleInput,
  right: ArticleInput,
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
  vectors: WordVectors | null = null,
  stage: StageRunner = runStage,
  progress?: StageProgress,
): Comparison {
  // Each stage sends about a hundred reports at most, however its steps count their own.
  const within = (name: ComparisonStage): ProgressReport | undefined =>
    progress ? progressSteps((fraction) => progress(name, fraction)) : undefined
  const { leftArticle, rightArticle, alignment, rows, reading } = readAlignAndDiff(
    left,
    right,
    options,
    vectors,
    stage,
    within,
  )
  const quotes = stage('quotes', () =>
    compareQuotes(
      leftArticle.paragraphs,
      rightArticle.paragraphs,
      alignment.links,
      options,
      reading.read(),
      within('quotes'),
    ),
  )
  // The figures count the rows' words now: the facts stage is the reading's last reader and
  // lets it go.
  const rowWords = countRowWords(rows, reading.read())
  const facts = stage('facts', () =>
    compareFacts(
      leftArticle.paragraphs,
      rightArticle.paragraphs,
      rows,
      options,
      reading,
      within('facts'),
    ),
  )
  const titles = stage('titles', () =>
    compareTitles(leftArticle.paragraphs, rightArticle.paragraphs, rows, alignment.links, options),
  )
  const stats = stage('stats', () => summarizeRowWords(rows, rowWords, quotes, facts, titles))
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
    stats,
  }
}

/**
 * The stages that read the articles' tokens: segmentation, alignment and the word diff. The
 * analysis stays in here, so that the later stages hold only its words and sentences.
 */
function readAlignAndDiff(
  left: ArticleInput,
  right: ArticleInput,
  options: CompareOptions,
  vectors: WordVectors | null,
  stage: StageRunner,
  within: (name: ComparisonStage) => ProgressReport | undefined,
): {
  readonly leftArticle: ComparedArticle
  readonly rightArticle: ComparedArticle
  readonly alignment: Alignment
  readonly rows: ReadonlyArray<AlignedRow>
  readonly reading: HeldReading
} {
  const [leftArticle, rightArticle, analysis] = stage('segmentation', () => {
    const described = [describeArticle(left), describeArticle(right)] as const
    // Each article is tokenized and split into sentences once here; every lens reads the result.
    const cache = new Map()
    const read = {
      left: analyseArticle(described[0].paragraphs, cache),
      right: analyseArticle(described[1].paragraphs, cache),
    }
    return [...described, read] as const
  })
  const alignment = stage('alignment', () =>
    alignParagraphs(
      leftArticle.paragraphs,
      rightArticle.paragraphs,
      vectors,
      options,
      analysis,
      within('alignment'),
    ),
  )
  const rows = stage('diff', () =>
    diffRows(
      alignment.rows,
      leftArticle.paragraphs,
      rightArticle.paragraphs,
      options,
      analysis,
      progressCounter(within('diff'), alignment.rows.length),
    ),
  )
  // Only the diff reads the tokens: the later stages read words and sentences, and the tokens go
  // when this returns.
  const reading = new HeldReading({
    left: readingOf(analysis.left),
    right: readingOf(analysis.right),
  })
  return { leftArticle, rightArticle, alignment, rows, reading }
}

function describeArticle(input: ArticleInput): ComparedArticle {
  const paragraphs = segmentArticle(input.text)
  const title = input.title?.trim() || headlineOf(paragraphs)
  return {
    path: input.path,
    title,
    ...provenanceOf(input),
    paragraphs,
    direction: textDirection(input.text),
  }
}

const PROVENANCE_FIELDS = ['fileName', 'source', 'label', 'publishedAt'] as const

/** Only the provenance fields the caller gave, so a comparison without any stays as it was. */
export function provenanceOf(input: ArticleProvenance): ArticleProvenance {
  return Object.fromEntries(
    PROVENANCE_FIELDS.flatMap((field) => {
      const value = input[field]
      return typeof value === 'string' ? [[field, value]] : []
    }),
  )
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

/**
 * The word diff of every row. A loop in a module function rather than a callback made per
 * comparison: V8 keeps a closure's optimised code only while the closure lives, so after each full
 * collection between comparisons the callback (with `diffRow` and `diffText` compiled into it) was
 * compiled again, ~20 ms of compiler time at 10k words.
 */
function diffRows(
  rows: ReadonlyArray<RowGroup>,
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  options: CompareOptions,
  analysis: { readonly left: ArticleAnalysis; readonly right: ArticleAnalysis },
  diffed: (done: number) => void,
): ReadonlyArray<AlignedRow> {
  const aligned: AlignedRow[] = []
  for (let index = 0; index < rows.length; index += 1) {
    diffed(index)
    aligned.push(diffRow(rows[index]!, left, right, options, analysis))
  }
  return aligned
}

function diffRow(
  row: RowGroup,
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  options: CompareOptions,
  analysis: { readonly left: ArticleAnalysis; readonly right: ArticleAnalysis },
): AlignedRow {
  const tokens = diffText(rowText(row.left, left), rowText(row.right, right), options, {
    left: joinedTokens(analysis.left, row.left),
    right: joinedTokens(analysis.right, row.right),
  })
  const unchanged = tokens.every((token) => token.type === 'equal')
  // The aligner cannot know whether a one-to-one pair differs under the options; the diff does.
  const op = row.op === 'changed' && unchanged ? 'equal' : row.op
  const boilerplate = [
    ...row.left.map((index) => left[index]),
    ...row.right.map((index) => right[index]),
  ].every((paragraph) => paragraph?.kind === 'boilerplate')
  return boilerplate ? { ...row, op, tokens, boilerplate } : { ...row, op, tokens }
}
