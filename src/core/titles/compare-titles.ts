import { diffText } from '../diff/word-diff'
import type {
  AlignedRow,
  CompareOptions,
  Paragraph,
  ParagraphLink,
  SideText,
  TitleChange,
} from '../types'

// A first line this short without sentence-final punctuation reads as a headline even when the
// segmenter did not mark it (news headlines run to about 15 words; leads to 25 and more).
const MAX_HEADLINE_WORDS = 20

/**
 * The article's headline: its first paragraph after page furniture (a copied page's timestamp or
 * byline) when that is a heading or reads as a title.
 */
export function findHeadline(paragraphs: ReadonlyArray<Paragraph>): Paragraph | null {
  const first = paragraphs.find((paragraph) => paragraph.kind !== 'boilerplate')
  if (!first) return null
  if (first.kind === 'heading') return first
  if (first.kind !== 'paragraph') return null
  const words = first.text.split(/\s+/u).filter((word) => word !== '')
  const title = words.length <= MAX_HEADLINE_WORDS && !/[.!:;,]["”’)]?$/u.test(first.text)
  return title && paragraphs.length > first.index + 1 ? first : null
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

/** The paragraphs a subheading heads: those after it up to the next heading. */
function sectionOf(paragraphs: ReadonlyArray<Paragraph>, heading: Paragraph): ReadonlySet<number> {
  const section = new Set<number>()
  for (const paragraph of paragraphs.slice(heading.index + 1)) {
    if (paragraph.kind === 'heading') break
    section.add(paragraph.index)
  }
  return section
}

/**
 * True when both subheadings' sections are linked, but only to other places: the rows paired the
 * headings on their few words (001 vs 004 of the seeds: "Fighting continues amid ceasefire talks"
 * and "Progress on Ceasefire Negotiations", 0.34) while 001's fighting section sits under another
 * subheading of 004. Without links on either side there is no evidence, and the rows stand.
 */
function sectionsLinkedElsewhere(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  a: Paragraph,
  b: Paragraph,
  links: ReadonlyArray<ParagraphLink>,
): boolean {
  const leftSection = sectionOf(left, a)
  const rightSection = sectionOf(right, b)
  const fromLeft = links.filter((link) => leftSection.has(link.left))
  const intoRight = links.filter((link) => rightSection.has(link.right))
  if (fromLeft.length === 0 || intoRight.length === 0) return false
  return !fromLeft.some((link) => rightSection.has(link.right))
}

/**
 * Headline and subheadings: added, removed, changed or unchanged. Two titles are paired only when
 * the alignment shows them in one row, so the Titles lens never pairs what the rows do not (a
 * subheading is not "changed" into an unrelated one elsewhere), and two subheadings of one row whose
 * sections are linked only elsewhere are removed and added, not changed; a title whose row holds
 * the same words as body text on the other side is unchanged. Listed headline first, then in row
 * order.
 */
export function compareTitles(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  rows: ReadonlyArray<AlignedRow>,
  links: ReadonlyArray<ParagraphLink>,
  options: CompareOptions,
): ReadonlyArray<TitleChange> {
  const leftHeadline = findHeadline(left)
  const rightHeadline = findHeadline(right)
  const isTitle = (paragraph: Paragraph): boolean =>
    paragraph === leftHeadline || paragraph === rightHeadline || paragraph.kind === 'heading'
  const isHeadline = (paragraph: Paragraph): boolean =>
    paragraph === leftHeadline || paragraph === rightHeadline
  const changes: TitleChange[] = []
  for (const row of rows) {
    const lefts = row.left.flatMap((index) => left[index] ?? [])
    const rights = row.right.flatMap((index) => right[index] ?? [])
    const leftTitles = lefts.filter(isTitle)
    const rightTitles = rights.filter(isTitle)
    const paired = Math.min(leftTitles.length, rightTitles.length)
    for (let k = 0; k < paired; k++) {
      const a = leftTitles[k]!
      const b = rightTitles[k]!
      const headline = isHeadline(a) || isHeadline(b)
      if (!headline && sectionsLinkedElsewhere(left, right, a, b, links)) {
        changes.push({ status: 'removed', headline: false, left: sideText(a), right: null })
        changes.push({ status: 'added', headline: false, left: null, right: sideText(b) })
      } else changes.push(pairChange(a, b, headline, options))
    }
    const sameText = (a: Paragraph, b: Paragraph): boolean =>
      diffText(a.text, b.text, options).every((token) => token.type === 'equal')
    for (const a of leftTitles.slice(paired)) {
      const body = rights.find((b) => !isTitle(b) && sameText(a, b))
      changes.push(
        body
          ? pairChange(a, body, isHeadline(a), options)
          : { status: 'removed', headline: isHeadline(a), left: sideText(a), right: null },
      )
    }
    for (const b of rightTitles.slice(paired)) {
      const body = lefts.find((a) => !isTitle(a) && sameText(a, b))
      changes.push(
        body
          ? pairChange(body, b, isHeadline(b), options)
          : { status: 'added', headline: isHeadline(b), left: null, right: sideText(b) },
      )
    }
  }
  // The headline leads the list wherever its row stands.
  return [
    ...changes.filter((change) => change.headline),
    ...changes.filter((change) => !change.headline),
  ]
}
