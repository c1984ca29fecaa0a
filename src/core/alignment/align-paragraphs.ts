import type { AlignedRow, CompareOptions, Paragraph, ParagraphLink, WordVectors } from '../types'
import { liftToParagraphs } from './paragraph-links'
import { planRows } from './row-groups'
import { linkSentences } from './sentence-links'
import { createBagMatcher, createWordSimilarity, matchBags } from './soft-match'
import type { BagMatcher } from './soft-match'
import { prepareAlignmentInput } from './text-units'
import { bagOf } from './text-units'
import type { AlignmentInput, WordBag } from './text-units'

/** A display row before its word diff is computed. */
export type RowGroup = Omit<AlignedRow, 'tokens'>

/** The paragraph correspondence of two articles: many-to-many links and display rows. */
export interface Alignment {
  readonly links: ReadonlyArray<ParagraphLink>
  readonly rows: ReadonlyArray<RowGroup>
}

/**
 * Aligns the paragraphs of two articles: sentences are matched by IDF-weighted word overlap and,
 * when `vectors` are given, by embedding similarity; sentence links are lifted to paragraph links,
 * from which the display rows are planned. Word-level options do not affect alignment.
 */
export function alignParagraphs(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  vectors: WordVectors | null,
  _options: CompareOptions,
): Alignment {
  const input = prepareAlignmentInput(left, right, vectors)
  // Both matchers look up many of the same word pairs: they share one memoised similarity.
  const similarity = createWordSimilarity(input.vocabulary)
  const sentenceLinks = linkSentences(input, createBagMatcher(input.vocabulary, { similarity }))
  const ungated = createBagMatcher(input.vocabulary, { gated: false, similarity })
  const links = liftToParagraphs(input, sentenceLinks, ungated)
  const headlines = left[0]?.kind === 'heading' && right[0]?.kind === 'heading'
  const boilerplatePairs = pairIdenticalBoilerplate(left, right)
  const planned = planRows({
    leftCount: left.length,
    rightCount: right.length,
    links,
    forcedPairs: [...(headlines ? [[0, 0] as const] : []), ...boilerplatePairs],
  })
  const linkSimilarity = new Map(
    links.map((link) => [`${link.left}:${link.right}`, link.similarity]),
  )
  const boilerplateRows = new Set(boilerplatePairs.map(([i, j]) => `${i}:${j}`))
  const rows = planned.map((row) => ({
    ...row,
    similarity: boilerplateRows.has(`${row.left[0]}:${row.right[0]}`)
      ? 1
      : rowSimilarity(row.left, row.right, input, ungated, linkSimilarity),
  }))
  return { links, rows }
}

/**
 * Boilerplate never links to content, but the same furniture line on both sides ("0 Comments")
 * shares a row so that an unchanged page does not show it as removed and added.
 */
function pairIdenticalBoilerplate(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
): ReadonlyArray<readonly [number, number]> {
  const waiting = new Map<string, number[]>()
  for (const paragraph of right) {
    if (paragraph.kind !== 'boilerplate') continue
    const key = paragraph.text.toLowerCase()
    waiting.set(key, [...(waiting.get(key) ?? []), paragraph.index])
  }
  const pairs: Array<readonly [number, number]> = []
  for (const paragraph of left) {
    if (paragraph.kind !== 'boilerplate') continue
    const match = waiting.get(paragraph.text.toLowerCase())?.shift()
    if (match !== undefined) pairs.push([paragraph.index, match])
  }
  return pairs
}

function rowSimilarity(
  left: ReadonlyArray<number>,
  right: ReadonlyArray<number>,
  input: AlignmentInput,
  matcher: BagMatcher,
  linkSimilarity: ReadonlyMap<string, number>,
): number {
  if (left.length === 0 || right.length === 0) return 0
  if (left.length === 1 && right.length === 1) {
    const known = linkSimilarity.get(`${left[0]}:${right[0]}`)
    if (known !== undefined) return known
  }
  const { f1 } = matchBags(
    matcher,
    mergeBags(
      left.map((i) => input.left.paragraphBags[i]),
      input,
    ),
    mergeBags(
      right.map((j) => input.right.paragraphBags[j]),
      input,
    ),
  )
  return Math.round(f1 * 1000) / 1000
}

function mergeBags(bags: ReadonlyArray<WordBag | undefined>, input: AlignmentInput): WordBag {
  const weights = new Float64Array(input.vocabulary.size)
  const ids = new Set<number>()
  for (const bag of bags) {
    bag?.ids.forEach((id, k) => {
      ids.add(id)
      weights[id] = bag.weights[k] ?? 0
    })
  }
  return bagOf(Int32Array.from(ids).sort(), weights, null)
}
