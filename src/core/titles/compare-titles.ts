import { diffText } from '../diff/word-diff'
import { QUOTE_PART_SEPARATOR } from '../types'
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

// Short words a title-case line leaves in lower case ("Charged with Murdering …").
const MINOR_WORDS: ReadonlySet<string> = new Set(
  'a an and as at but by for from in into of on onto or over the to upon via with'.split(' '),
)

/** Every word of two letters or more is capitalised, short function words aside. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? []
  return (
    words.length > 0 &&
    words.every((word) => /^\p{Lu}/u.test(word) || MINOR_WORDS.has(word.toLowerCase()))
  )
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length
}

/**
 * The heading line that carries on a headline broken over two lines ("Hawaiian Gardens Gang
 * Member" / "Charged with Murdering Sheriff’s Deputy"): both in title case, neither ending a
 * sentence, and together no longer than a headline. A deck in sentence case stays a subheading.
 */
function headlineContinuation(
  paragraphs: ReadonlyArray<Paragraph>,
  headline: Paragraph | null,
): Paragraph | null {
  if (!headline) return null
  const next = paragraphs[headline.index + 1]
  if (!next || next.kind !== 'heading') return null
  const open = (text: string): boolean => !/[.!?:;,]["”’)]?$/u.test(text)
  const fits = wordCount(headline.text) + wordCount(next.text) <= MAX_HEADLINE_WORDS
  return open(headline.text) &&
    open(next.text) &&
    fits &&
    isTitleCase(headline.text) &&
    isTitleCase(next.text)
    ? next
    : null
}

/** A headline's second line (`next`), when the row's paragraphs hold it and the headline both. */
function carriedIn(
  paragraphs: ReadonlyArray<Paragraph>,
  headline: Paragraph | null,
  next: Paragraph | null,
): Paragraph | null {
  return next && headline && paragraphs.includes(next) && paragraphs.includes(headline)
    ? next
    : null
}

function sideText(paragraph: Paragraph, continuation: Paragraph | null = null): SideText {
  const span = (part: Paragraph): SideText['spans'][number] => ({
    paragraph: part.index,
    start: 0,
    end: part.text.length,
  })
  return continuation
    ? {
        text: `${paragraph.text}${QUOTE_PART_SEPARATOR}${continuation.text}`,
        paragraph: paragraph.index,
        spans: [span(paragraph), span(continuation)],
      }
    : { text: paragraph.text, paragraph: paragraph.index, spans: [span(paragraph)] }
}

function pairChange(
  left: SideText,
  right: SideText,
  headline: boolean,
  options: CompareOptions,
): TitleChange {
  const tokens = diffText(left.text, right.text, options)
  const same = tokens.every((token) => token.type === 'equal')
  return same
    ? { status: 'unchanged', headline, left, right }
    : { status: 'changed', headline, left, right, tokens }
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
  const leftNext = headlineContinuation(left, leftHeadline)
  const rightNext = headlineContinuation(right, rightHeadline)
  for (const row of rows) {
    const lefts = row.left.flatMap((index) => left[index] ?? [])
    const rights = row.right.flatMap((index) => right[index] ?? [])
    // A headline's second line in its row, with no title of the other side left to pair it, is
    // part of the headline.
    const leftCarried = carriedIn(lefts, leftHeadline, leftNext)
    const rightCarried = carriedIn(rights, rightHeadline, rightNext)
    const carried = (paragraph: Paragraph, titles: number, others: number): boolean =>
      (paragraph === leftCarried || paragraph === rightCarried) && titles > others
    const leftAll = lefts.filter(isTitle)
    const rightAll = rights.filter(isTitle)
    const leftTitles = leftAll.filter((a) => !carried(a, leftAll.length, rightAll.length))
    const rightTitles = rightAll.filter((b) => !carried(b, rightAll.length, leftAll.length))
    const leftUsed = leftCarried && !leftTitles.includes(leftCarried) ? leftCarried : null
    const rightUsed = rightCarried && !rightTitles.includes(rightCarried) ? rightCarried : null
    const side = (paragraph: Paragraph): SideText =>
      sideText(
        paragraph,
        paragraph === leftHeadline ? leftUsed : paragraph === rightHeadline ? rightUsed : null,
      )
    const paired = Math.min(leftTitles.length, rightTitles.length)
    for (let k = 0; k < paired; k++) {
      const a = leftTitles[k]!
      const b = rightTitles[k]!
      const headline = isHeadline(a) || isHeadline(b)
      if (!headline && sectionsLinkedElsewhere(left, right, a, b, links)) {
        changes.push({ status: 'removed', headline: false, left: side(a), right: null })
        changes.push({ status: 'added', headline: false, left: null, right: side(b) })
      } else changes.push(pairChange(side(a), side(b), headline, options))
    }
    const sameText = (a: Paragraph, b: Paragraph): boolean =>
      diffText(a.text, b.text, options).every((token) => token.type === 'equal')
    for (const a of leftTitles.slice(paired)) {
      const body = rights.find((b) => !isTitle(b) && sameText(a, b))
      changes.push(
        body
          ? pairChange(side(a), sideText(body), isHeadline(a), options)
          : { status: 'removed', headline: isHeadline(a), left: side(a), right: null },
      )
    }
    for (const b of rightTitles.slice(paired)) {
      const body = lefts.find((a) => !isTitle(a) && sameText(a, b))
      changes.push(
        body
          ? pairChange(sideText(body), side(b), isHeadline(b), options)
          : { status: 'added', headline: isHeadline(b), left: null, right: side(b) },
      )
    }
  }
  // The headline leads the list wherever its row stands.
  return [
    ...changes.filter((change) => change.headline),
    ...changes.filter((change) => !change.headline),
  ]
}
