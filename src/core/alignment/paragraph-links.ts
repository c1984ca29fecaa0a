import type { ParagraphLink } from '../types'
import type { SentenceLink } from './sentence-links'
import { matchBags } from './soft-match'
import type { BagMatcher } from './soft-match'
import type { AlignmentInput } from './text-units'

/**
 * Lifts sentence links to paragraph links: two paragraphs are linked when any of their sentences
 * are, which catches merges that whole-paragraph matching misses. The similarity is the soft
 * coverage of the two paragraphs' words (0..1).
 */
export function liftToParagraphs(
  input: AlignmentInput,
  sentenceLinks: ReadonlyArray<SentenceLink>,
  matcher: BagMatcher,
): ReadonlyArray<ParagraphLink> {
  const seen = new Set<number>()
  const links: ParagraphLink[] = []
  const rightCount = input.right.paragraphBags.length
  for (const link of sentenceLinks) {
    const left = input.left.units[link.left]?.paragraph
    const right = input.right.units[link.right]?.paragraph
    if (left === undefined || right === undefined) continue
    const key = left * rightCount + right
    if (seen.has(key)) continue
    seen.add(key)
    const bagLeft = input.left.paragraphBags[left]
    const bagRight = input.right.paragraphBags[right]
    if (!bagLeft || !bagRight) continue
    const { f1 } = matchBags(matcher, bagLeft, bagRight)
    // A short shared sentence inside two long paragraphs still reports a common statement: keep
    // its own score (halved) as a floor so such a link never reads as near zero.
    links.push({ left, right, similarity: roundSimilarity(Math.max(f1, link.match.f1 * 0.5)) })
  }
  return links.sort((a, b) => a.left - b.left || a.right - b.right)
}

function roundSimilarity(value: number): number {
  return Math.round(Math.min(1, value) * 1000) / 1000
}
