import { candidatePairs } from './candidate-pairs'
import type { BagMatch, BagMatcher } from './soft-match'
import type { AlignmentInput } from './text-units'

/** Two sentences, one per side, judged to report a common statement. */
export interface SentenceLink {
  readonly left: number
  readonly right: number
  readonly match: BagMatch
}

// Thresholds were chosen on all of ../shared/corpora at once (recall against precision), never
// per pair. A pair shares a statement when its words cover each other well (F1), or when one is
// mostly contained in the other (a sentence split out of a longer one) with enough weight.
const MIN_F1 = 0.35
const MIN_CONTAINMENT = 0.65
const MIN_CONTAINED_F1 = 0.25
// A link must be close to the best link of one of its two sentences: a sentence that has a
// clear counterpart does not also share statements with everything on the same topic.
const RELATIVE_TO_BEST = 0.8
// A statement repeated throughout a long text links a sentence to its nearest few copies only.
const MAX_LINKS_PER_SENTENCE = 3

/** Scores candidate sentence pairs and keeps those that report a common statement. */
export function linkSentences(
  input: AlignmentInput,
  matchBags: BagMatcher,
): ReadonlyArray<SentenceLink> {
  const left = input.left.units
  const right = input.right.units
  const candidates = candidatePairs(left, right, input.vocabulary.size)
  const scored: SentenceLink[] = []
  const bestOfLeft = new Float64Array(left.length)
  const bestOfRight = new Float64Array(right.length)
  candidates.forEach((list, i) => {
    const unitA = left[i]
    if (!unitA) return
    for (const j of list) {
      const unitB = right[j]
      if (!unitB) continue
      const match = matchBags(unitA.bag, unitB.bag)
      if (!reportsCommonStatement(match)) continue
      scored.push({ left: i, right: j, match })
      bestOfLeft[i] = Math.max(bestOfLeft[i] ?? 0, match.f1)
      bestOfRight[j] = Math.max(bestOfRight[j] ?? 0, match.f1)
    }
  })
  const kept = scored.filter(
    (link) =>
      link.match.f1 >= RELATIVE_TO_BEST * (bestOfLeft[link.left] ?? 0) ||
      link.match.f1 >= RELATIVE_TO_BEST * (bestOfRight[link.right] ?? 0),
  )
  return capLinksPerSentence(kept, left.length, right.length)
}

function capLinksPerSentence(
  links: ReadonlyArray<SentenceLink>,
  leftCount: number,
  rightCount: number,
): ReadonlyArray<SentenceLink> {
  const expected = (link: SentenceLink): number =>
    Math.abs(link.right / Math.max(rightCount, 1) - link.left / Math.max(leftCount, 1))
  const ranked = [...links].sort(
    (a, b) => b.match.f1 - a.match.f1 || expected(a) - expected(b) || a.left - b.left,
  )
  const perLeft = new Uint16Array(leftCount)
  const perRight = new Uint16Array(rightCount)
  const kept = ranked.filter((link) => {
    if ((perLeft[link.left] ?? 0) >= MAX_LINKS_PER_SENTENCE) return false
    if ((perRight[link.right] ?? 0) >= MAX_LINKS_PER_SENTENCE) return false
    perLeft[link.left] = (perLeft[link.left] ?? 0) + 1
    perRight[link.right] = (perRight[link.right] ?? 0) + 1
    return true
  })
  return kept.sort((a, b) => a.left - b.left || a.right - b.right)
}

function reportsCommonStatement(match: BagMatch): boolean {
  if (match.f1 >= MIN_F1) return true
  return Math.max(match.precision, match.recall) >= MIN_CONTAINMENT && match.f1 >= MIN_CONTAINED_F1
}
