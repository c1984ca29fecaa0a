import { extractQuotes } from '../quotes/extract-quotes'
import { analyseArticle } from '../segmentation/analyse-article'
import { segmentArticle } from '../segmentation/segment-article'
import { countWords } from '../stats'
import { findHeadline } from '../titles/compare-titles'
import { DEFAULT_COMPARE_OPTIONS } from '../types'
import type { CompareOptions, Paragraph, WordVectors } from '../types'
import { comparePair } from './compare-pair'
import type { PairResult } from './compare-pair'
import { buildFactLedger } from './fact-ledger'
import { chooseLineage } from './lineage'
import { buildQuoteLedger } from './quote-ledger'
import { distinctivePhrases, indexShingles, originalityShares, similarityMatrix } from './shingles'
import { STORY_SCHEMA } from './story-types'
import type {
  LineageEntry,
  Story,
  StoryArticle,
  StoryArticleInput,
  StoryOptions,
  StoryProgress,
} from './story-types'
import { buildTitleLedger } from './title-ledger'

/** Options used when none are given: the pairwise defaults, versions in no known order. */
export const DEFAULT_STORY_OPTIONS: StoryOptions = { ...DEFAULT_COMPARE_OPTIONS, inOrder: false }

/** What `compareStory` may use besides the articles: word vectors and a progress callback. */
export interface StoryContext {
  readonly vectors?: WordVectors | null
  readonly onProgress?: (progress: StoryProgress) => void
}

/**
 * Compares N versions of one story: a cheap shingle similarity for every pair, full pairwise
 * comparisons only along the lineage (and to settle near-ties), then the quote, fact and title
 * ledgers and each version's originality.
 */
export function compareStory(
  inputs: ReadonlyArray<StoryArticleInput>,
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
  context: StoryContext = {},
): Story {
  if (inputs.length < 2) throw new RangeError('compareStory needs at least two articles')
  const compareOptions: CompareOptions = {
    ignoreCase: options.ignoreCase,
    ignorePunctuation: options.ignorePunctuation,
    ignoreTypography: options.ignoreTypography,
  }
  const n = inputs.length
  // Steps: reading each version, one full comparison per lineage edge, the ledgers.
  const total = n + (n - 1) + 1
  let done = 0
  const report = (step: StoryProgress['step']): void => {
    done = Math.min(done + 1, total)
    context.onProgress?.({ done, total, step })
  }
  const paragraphs = inputs.map((input) => {
    const segmented = segmentArticle(input.text)
    report('reading')
    return segmented
  })
  // Versions repeat each other's paragraphs: each text is read once for the whole story.
  const texts = new Map()
  const analyses = paragraphs.map((version) => analyseArticle(version, texts))
  const index = indexShingles(paragraphs)
  const similarity = similarityMatrix(index)

  const pairs = new Map<string, PairResult>()
  const fullCompare = (left: number, right: number): PairResult => {
    const key = `${left}>${right}`
    let result = pairs.get(key)
    if (result === undefined) {
      result = comparePair(
        paragraphs[left]!,
        paragraphs[right]!,
        compareOptions,
        context.vectors ?? null,
        { left: analyses[left]!, right: analyses[right]! },
      )
      pairs.set(key, result)
    }
    return result
  }
  const tree = chooseLineage(similarity, options.inOrder, (a, b) => fullCompare(a, b).similarity)
  const order = options.inOrder
    ? Array.from({ length: n }, (_, version) => version)
    : breadthFirst(tree.root, tree.parents)
  const edges = order.flatMap((child) => {
    const parent = tree.parents[child]
    if (parent === null || parent === undefined) return []
    const result = fullCompare(parent, child)
    report('comparing')
    return [{ parent, child, quotes: result.quotes, titles: result.titles }]
  })

  const lineage: LineageEntry[] = tree.parents.map((parent, article) =>
    parent === null
      ? { article, parent: null, similarity: 1, evidence: [] }
      : {
          article,
          parent,
          similarity: similarity[article]![parent]!,
          evidence: distinctivePhrases(index, article, parent, paragraphs[article]!),
        },
  )
  const quotes = buildQuoteLedger(
    paragraphs.map((version) => ({ quotes: extractQuotes(version) })),
    edges,
    order,
    compareOptions,
  )
  const facts = buildFactLedger(paragraphs, order, compareOptions)
  const titles = buildTitleLedger(
    paragraphs,
    paragraphs.map((version) => findHeadline(version)?.index ?? null),
    edges,
    order,
    compareOptions,
  )
  const shares = originalityShares(index, options.inOrder)
  report('ledgers')
  return {
    schema: STORY_SCHEMA,
    options,
    articles: inputs.map((input, position) =>
      describeArticle(input, position, paragraphs[position]!),
    ),
    similarity,
    root: tree.root,
    lineage,
    quotes,
    facts,
    titles,
    originality: shares.map((share, article) => ({ article, share })),
  }
}

function describeArticle(
  input: StoryArticleInput,
  index: number,
  paragraphs: ReadonlyArray<Paragraph>,
): StoryArticle {
  const title = input.title?.trim() || (findHeadline(paragraphs) ?? paragraphs[0])?.text || ''
  const words = paragraphs
    .filter((paragraph) => paragraph.kind !== 'boilerplate')
    .reduce((sum, paragraph) => sum + countWords(paragraph.text), 0)
  const base = { index, path: input.path, title, words, date: input.date ?? null }
  return input.id === undefined ? base : { ...base, id: input.id }
}

/** Versions from the root outwards, children in input order: the order references are chosen in. */
function breadthFirst(root: number, parents: ReadonlyArray<number | null>): ReadonlyArray<number> {
  const order = [root]
  for (let at = 0; at < order.length; at += 1) {
    parents.forEach((parent, child) => {
      if (parent === order[at]) order.push(child)
    })
  }
  return order
}
