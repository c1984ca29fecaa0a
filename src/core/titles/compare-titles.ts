import { diffText } from '../diff/word-diff'
import type {
  AlignedRow,
  CompareOptions,
  Paragraph,
  ParagraphLink,
  SideText,
  TitleChange,
} from '../types'

/** A subheading and the paragraphs it heads (up to the next heading). */
interface Section {
  /** The heading's paragraph index, or -1 for the paragraphs before the first subheading. */
  readonly heading: number
  readonly paragraphs: ReadonlySet<number>
}

// A first line this short without sentence-final punctuation reads as a headline even when the
// segmenter did not mark it (news headlines run to about 15 words; leads to 25 and more).
const MAX_HEADLINE_WORDS = 20

/** The article's headline: its first paragraph when that is a heading or reads as a title. */
export function findHeadline(paragraphs: ReadonlyArray<Paragraph>): Paragraph | null {
  const first = paragraphs[0]
  if (!first) return null
  if (first.kind === 'heading') return first
  if (first.kind !== 'paragraph') return null
  const words = first.text.split(/\s+/u).filter((word) => word !== '')
  const title = words.length <= MAX_HEADLINE_WORDS && !/[.!:;,]["”’)]?$/u.test(first.text)
  return title && paragraphs.length > 1 ? first : null
}

function sectionsOf(paragraphs: ReadonlyArray<Paragraph>, headline: Paragraph | null): Section[] {
  const sections: Array<{ heading: number; paragraphs: Set<number> }> = [
    { heading: -1, paragraphs: new Set() },
  ]
  for (const paragraph of paragraphs) {
    if (paragraph === headline) continue
    if (paragraph.kind === 'heading') {
      sections.push({ heading: paragraph.index, paragraphs: new Set() })
    } else {
      sections[sections.length - 1]?.paragraphs.add(paragraph.index)
    }
  }
  return sections
}

/** Where each paragraph index sits: the positions of the sections that hold it. */
function sectionIndex(
  sections: ReadonlyArray<Section>,
): ReadonlyMap<number, ReadonlyArray<number>> {
  const index = new Map<number, number[]>()
  sections.forEach((section, position) => {
    for (const paragraph of section.paragraphs) {
      const held = index.get(paragraph)
      if (held) held.push(position)
      else index.set(paragraph, [position])
    }
  })
  return index
}

interface Weighted {
  readonly a: number
  readonly b: number
  weight: number
}

/**
 * The link weight each pair of sections shares, for the pairs that share at least one link. One
 * pass over the links (summed in link order) instead of one per pair of sections, which was
 * quadratic in sections times links.
 */
function sectionWeights(
  left: ReadonlyArray<Section>,
  right: ReadonlyArray<Section>,
  links: ReadonlyArray<ParagraphLink>,
): ReadonlyArray<Weighted> {
  const leftOf = sectionIndex(left)
  const rightOf = sectionIndex(right)
  const weights = new Map<number, Weighted>()
  for (const link of links) {
    const as = leftOf.get(link.left)
    const bs = rightOf.get(link.right)
    if (!as || !bs) continue
    for (const a of as) {
      for (const b of bs) {
        const key = a * right.length + b
        const entry = weights.get(key)
        if (entry) entry.weight += link.similarity
        else weights.set(key, { a, b, weight: 0 + link.similarity })
      }
    }
  }
  return [...weights.values()]
}

/**
 * Pairs subheadings that rewrite each other: linked headings first, then headings whose sections
 * share more link weight with each other than with any other section (the lead before the first
 * subheading competes too, so a heading whose text went into the lead is not forced onto another).
 */
function pairSubheadings(
  left: ReadonlyArray<Section>,
  right: ReadonlyArray<Section>,
  links: ReadonlyArray<ParagraphLink>,
): ReadonlyMap<number, number> {
  const pairs = new Map<number, number>()
  const usedRight = new Set<number>()
  const leftHeadings = new Set(left.map((section) => section.heading))
  const rightHeadings = new Set(right.map((section) => section.heading))
  const headingLinks = links
    .filter((link) => leftHeadings.has(link.left) && rightHeadings.has(link.right))
    .sort((a, b) => b.similarity - a.similarity)
  for (const link of headingLinks) {
    if (pairs.has(link.left) || usedRight.has(link.right)) continue
    pairs.set(link.left, link.right)
    usedRight.add(link.right)
  }
  const weights = sectionWeights(left, right, links)
  // Pairs that share no link weigh 0, so a section's best is never below 0.
  const bestLeft = new Array<number>(left.length).fill(0)
  const bestRight = new Array<number>(right.length).fill(0)
  for (const { a, b, weight } of weights) {
    bestLeft[a] = Math.max(bestLeft[a] ?? 0, weight)
    bestRight[b] = Math.max(bestRight[b] ?? 0, weight)
  }
  const candidates = weights
    .filter(({ a, b, weight }) => left[a]!.heading >= 0 && right[b]!.heading >= 0 && weight > 0)
    .filter(({ a, b, weight }) => weight >= bestLeft[a]! && weight >= bestRight[b]!)
    // Ties keep the sections' reading order: left first, then right.
    .sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b)
  for (const { a, b } of candidates) {
    const leftHeading = left[a]!.heading
    const rightHeading = right[b]!.heading
    if (pairs.has(leftHeading) || usedRight.has(rightHeading)) continue
    pairs.set(leftHeading, rightHeading)
    usedRight.add(rightHeading)
  }
  return pairs
}

/** The pair whose left heading is the first after `heading`, from pairs sorted by left heading. */
function nextPair(
  sorted: ReadonlyArray<readonly [number, number]>,
  heading: number,
): readonly [number, number] | undefined {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]![0] > heading) high = middle
    else low = middle + 1
  }
  return sorted[low]
}

function sideText(paragraph: Paragraph): SideText {
  return {
    text: paragraph.text,
    paragraph: paragraph.index,
    spans: [{ paragraph: paragraph.index, start: 0, end: paragraph.text.length }],
  }
}

function pairChange(
  left: Paragraph,
  right: Paragraph,
  headline: boolean,
  options: CompareOptions,
): TitleChange {
  const tokens = diffText(left.text, right.text, options)
  const same = tokens.every((token) => token.type === 'equal')
  return same
    ? { status: 'unchanged', headline, left: sideText(left), right: sideText(right) }
    : { status: 'changed', headline, left: sideText(left), right: sideText(right), tokens }
}

/** Headline and subheadings: added, removed, changed or unchanged. */
export function compareTitles(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  _rows: ReadonlyArray<AlignedRow>,
  links: ReadonlyArray<ParagraphLink>,
  options: CompareOptions,
): ReadonlyArray<TitleChange> {
  const leftHeadline = findHeadline(left)
  const rightHeadline = findHeadline(right)
  const titles: TitleChange[] = []
  if (leftHeadline && rightHeadline) {
    titles.push(pairChange(leftHeadline, rightHeadline, true, options))
  } else if (leftHeadline) {
    titles.push({ status: 'removed', headline: true, left: sideText(leftHeadline), right: null })
  } else if (rightHeadline) {
    titles.push({ status: 'added', headline: true, left: null, right: sideText(rightHeadline) })
  }

  const leftSections = sectionsOf(left, leftHeadline)
  const rightSections = sectionsOf(right, rightHeadline)
  const pairs = pairSubheadings(leftSections, rightSections, links)
  const pairedLeftOf = new Map([...pairs].map(([l, r]) => [r, l]))
  // Subheadings in the rewrite's reading order; a removed one goes before the first right
  // subheading paired with a left one that followed it.
  const ordered: Array<{ readonly order: number; readonly change: TitleChange }> = []
  for (const section of rightSections) {
    if (section.heading < 0) continue
    const paragraph = right[section.heading]
    if (!paragraph) continue
    const partner = pairedLeftOf.get(section.heading)
    const leftParagraph = partner === undefined ? undefined : left[partner]
    ordered.push({
      order: section.heading,
      change: leftParagraph
        ? pairChange(leftParagraph, paragraph, false, options)
        : { status: 'added', headline: false, left: null, right: sideText(paragraph) },
    })
  }
  const pairsInLeftOrder = [...pairs].sort(([a], [b]) => a - b)
  for (const section of leftSections) {
    if (section.heading < 0 || pairs.has(section.heading)) continue
    const paragraph = left[section.heading]
    if (!paragraph) continue
    const next = nextPair(pairsInLeftOrder, section.heading)
    ordered.push({
      order: next ? next[1] - 0.5 : Number.MAX_SAFE_INTEGER,
      change: { status: 'removed', headline: false, left: sideText(paragraph), right: null },
    })
  }
  ordered.sort((a, b) => a.order - b.order)
  return [...titles, ...ordered.map((entry) => entry.change)]
}
