import type { AlignedRow, CompareOptions, Paragraph, ParagraphLink, WordVectors } from '../types'
import { headingText } from '../segmentation/headings'
import { progressSpan } from '../progress'
import type { ProgressReport } from '../progress'
import { normalizeTypography } from '../text/typography'
import { findHeadline } from '../titles/compare-titles'
import { liftToParagraphs } from './paragraph-links'
import { planRows } from './row-groups'
import { canJudgeChance, linkSentences } from './sentence-links'
import type { SentenceLink } from './sentence-links'
import { createBagMatcher, createWordSimilarity, matchBags } from './soft-match'
import type { BagMatcher } from './soft-match'
import { prepareAlignmentInput } from './text-units'
import type { ArticleAnalysis } from '../segmentation/analyse-article'
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
  analysis?: { readonly left: ArticleAnalysis; readonly right: ArticleAnalysis },
  progress?: ProgressReport,
): Alignment {
  // Shares of the time measured (roughly: a loaded machine) on a generated 1 MB pair with word
  // vectors, the articles analysed in the segmentation stage: preparing the words ~30%, linking
  // sentences ~45%, lifting the links ~10%, planning the rows the rest.
  const input = prepareAlignmentInput(
    left,
    right,
    vectors,
    analysis,
    progressSpan(progress, 0, 0.3),
  )
  progress?.(0.3)
  // Both matchers look up many of the same word pairs: they share one memoised similarity.
  const similarity = createWordSimilarity(input.vocabulary)
  const sentenceLinks = linkSentences(
    input,
    createBagMatcher(input.vocabulary, { similarity }),
    progressSpan(progress, 0.3, 0.75),
  )
  progress?.(0.75)
  const ungated = createBagMatcher(input.vocabulary, { gated: false, similarity })
  const found = liftToParagraphs(input, sentenceLinks, ungated)
  progress?.(0.85)
  const identical = pairIdenticalAcrossKinds(left, right)
  const related = areRelated(found, sentenceLinks, input, vectors)
  const kept = related
    ? withoutContradictedHeadingLinks(
        found.filter((link) => !isChanceHeadingLink(link, left, right, input)),
        left,
        right,
      )
    : []
  const links = withPairs(kept, identical)
  const paired = (side: 'left' | 'right', index: number): boolean =>
    identical.some((pair) => pair[side === 'left' ? 0 : 1] === index)
  // The headlines as the Titles lens reads them: the first line after page furniture when it is a
  // heading or reads as one, so that the rows pair what the lens calls the two headlines.
  const leftHead = findHeadline(left)?.index ?? -1
  const rightHead = findHeadline(right)?.index ?? -1
  const headlines =
    related &&
    leftHead >= 0 &&
    rightHead >= 0 &&
    !paired('left', leftHead) &&
    !paired('right', rightHead)
  const boilerplatePairs = pairIdenticalBoilerplate(left, right)
  const planned = planRows({
    leftCount: left.length,
    rightCount: right.length,
    links,
    forcedPairs: [
      ...(headlines ? [[leftHead, rightHead] as const] : []),
      ...identical,
      ...sectionHeadingPairs(left, right, links),
      ...boilerplatePairs,
    ],
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

// Two unrelated articles still share a few words by chance, and the aligner links a sentence or
// two at similarities up to about 0.3. Measured on the corpora: of 97 pairs of unrelated articles
// (one pair's original against another pair's rewrite), 95 have no link this strong, while 282 of
// the 290 real rewrite pairs do. Below it, the articles share nothing worth a row: no links at all,
// so no `changed` or `moved` rows and no lens pairs (eval:lenses counts what is left).
const RELATED_MIN_LINK = 0.3

// Self-information, in bits, of the words two sentences share: by Zipf's law a word's frequency
// falls as 1/rank, so log2(rank) is what seeing it says, up to a constant (a word the ranks lack,
// such as any number in the shipped file, counts as one past the last: ~17 bits). Chance links
// between unrelated articles share common words, small numbers or a news agency: of 969 links in
// 4,060 pairings of articles of different stories, 99% share under 30 bits leaving names and
// numbers out ("think" and "lot": 17; "made" and "mistake": 19), and "one" and "1", "17",
// "Associated Press" share 17–23. Every real pair in the corpora long enough to judge chance has
// a link sharing about 40 bits or more; the two without a name or number in common share 42
// ("peer review" claim) and 47 ("unemployment" concerns).
const RELATED_MIN_BITS = 32

/**
 * Whether the links say that the articles tell one story. A link this strong is needed (see
 * RELATED_MIN_LINK), and in texts long enough to share words by chance it must not stand alone on
 * common words: among the hundreds of sentence pairs of two unrelated articles, one that shares
 * "expect", "months" and "away" turns up by chance (a job guide against a match report in the
 * corpora, 0.31). A rewrite shares a name or a number (which identify a statement, see the
 * vocabulary's `exactOnly`) or more than one statement (see `reportsTwoStatements`); given word
 * frequency ranks, some link must also share words rare in English at large (see
 * RELATED_MIN_BITS: quote-heavy interviews share "made a mistake" and "think … a lot" in two
 * places by chance, and a travel piece and a news report "17"). On the corpora the first rule
 * unlinks that job guide and one real pair, whose only link ("in the making" ~ "make a change") is
 * not a gold link; the ranks unlink no real pair.
 */
function areRelated(
  found: ReadonlyArray<ParagraphLink>,
  sentenceLinks: ReadonlyArray<SentenceLink>,
  input: AlignmentInput,
  vectors: WordVectors | null,
): boolean {
  if (!found.some((link) => link.similarity >= RELATED_MIN_LINK)) return false
  if (!canJudgeChance(input.left.units.length, input.right.units.length)) return true
  if (
    vectors?.rankOf &&
    !sentenceLinks.some((link) => sharedInformation(link, input, vectors) >= RELATED_MIN_BITS)
  )
    return false
  if (reportsTwoStatements(sentenceLinks)) return true
  return sentenceLinks.some((link) => sharesIdentifyingWord(link, input))
}

/**
 * The bits (see RELATED_MIN_BITS) of the words the two sentences share, names and numbers
 * included, each by its commonest spelling's frequency rank.
 */
function sharedInformation(
  link: SentenceLink,
  input: AlignmentInput,
  vectors: WordVectors | null,
): number {
  const { matchesAs, spellings } = input.vocabulary
  const right = new Set<number>()
  for (const id of input.right.units[link.right]?.bag.ids ?? []) right.add(matchesAs[id] ?? id)
  let bits = 0
  for (const id of input.left.units[link.left]?.bag.ids ?? []) {
    if (!right.has(matchesAs[id] ?? id)) continue
    let rank = Infinity
    for (const spelling of spellings[id] ?? []) {
      rank = Math.min(rank, vectors?.rankOf?.(spelling) ?? Infinity)
    }
    if (Number.isFinite(rank)) bits += Math.log2(Math.max(rank, 1))
  }
  return bits
}

/**
 * True when two of the links join four different sentences. Links that all meet in one sentence
 * (one sentence of one side linked to several of the other) are one statement's evidence: two
 * unrelated interviews in the corpora linked a bar owner's "lots of people who would enjoy coming
 * … every day" to two lines of a travel diary that way.
 */
function reportsTwoStatements(links: ReadonlyArray<SentenceLink>): boolean {
  const first = links[0]
  if (!first) return false
  // A bipartite graph whose edges do not all touch one vertex has two disjoint edges.
  const second = links.find((link) => link.left !== first.left && link.right !== first.right)
  if (second) return true
  const sharedLeft = links.every((link) => link.left === first.left)
  const sharedRight = links.every((link) => link.right === first.right)
  return !sharedLeft && !sharedRight
}

/** True when the two sentences share a name or a number (or a name's variant). */
function sharesIdentifyingWord(link: SentenceLink, input: AlignmentInput): boolean {
  const { exactOnly, matchesAs } = input.vocabulary
  const right = new Set<number>()
  for (const id of input.right.units[link.right]?.bag.ids ?? []) {
    if (exactOnly[id]) right.add(matchesAs[id] ?? id)
  }
  for (const id of input.left.units[link.left]?.bag.ids ?? []) {
    if (exactOnly[id] && right.has(matchesAs[id] ?? id)) return true
  }
  return false
}

/**
 * A heading on one side and a paragraph on the other with the same words are the same line (a
 * saved web page sets its headline as body text under the site's name): they share a row and a
 * link. Only lines whose text is unique on each side, so that the pairing is not a guess.
 */
function pairIdenticalAcrossKinds(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
): ReadonlyArray<readonly [number, number]> {
  // Only a heading can pair with a paragraph: with none on either side there is nothing to find.
  const hasHeading = (paragraph: Paragraph): boolean => paragraph.kind === 'heading'
  if (!left.some(hasHeading) && !right.some(hasHeading)) return []
  // Both sides share most texts (and a long file repeats some): each is normalised once.
  const keys = new Map<string, string>()
  const keyOf = (paragraph: Paragraph): string => {
    let key = keys.get(paragraph.text)
    if (key === undefined) {
      key = normalizeTypography(headingText(paragraph)).toLowerCase()
      keys.set(paragraph.text, key)
    }
    return key
  }
  const keyed = (paragraphs: ReadonlyArray<Paragraph>): Map<string, Paragraph | null> => {
    const byKey = new Map<string, Paragraph | null>()
    for (const paragraph of paragraphs) {
      if (paragraph.kind === 'boilerplate') continue
      const key = keyOf(paragraph)
      if (key === '') continue
      byKey.set(key, byKey.has(key) ? null : paragraph)
    }
    return byKey
  }
  const rightByKey = keyed(right)
  const pairs: Array<readonly [number, number]> = []
  for (const [key, paragraph] of keyed(left)) {
    const match = rightByKey.get(key)
    if (!paragraph || !match) continue
    if ((paragraph.kind === 'heading') !== (match.kind === 'heading')) {
      pairs.push([paragraph.index, match.index])
    }
  }
  return pairs
}

/**
 * Two headings that share one word below the chance level ("Fighting continues amid ceasefire
 * talks" and "Who is Leading the Moscow Talks?") are not a rewrite of each other: a heading has a
 * handful of words, so one in common is what unrelated headings share. Rewritten headlines in the
 * corpora that link below the chance level share two words or more.
 */
function isChanceHeadingLink(
  link: ParagraphLink,
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  input: AlignmentInput,
): boolean {
  if (link.similarity >= RELATED_MIN_LINK) return false
  if (left[link.left]?.kind !== 'heading' || right[link.right]?.kind !== 'heading') return false
  const a = input.left.paragraphBags[link.left]?.ids ?? new Int32Array()
  const b = new Set(input.right.paragraphBags[link.right]?.ids ?? [])
  return a.filter((id) => b.has(id)).length < 2
}

/**
 * A link between two subheadings that share some words ("Fighting continues amid ceasefire talks"
 * and "Progress on Ceasefire Negotiations") is dropped when the sections they head say nothing in
 * common while each says something found in another section: a subheading names what its section
 * reports, so the sections' own links outweigh a few words in common (the section over the
 * fighting then pairs its subheading with the rewrite's, see `sectionHeadingPairs`). Subheadings
 * with the same words stay linked whatever their sections say.
 */
function withoutContradictedHeadingLinks(
  links: ReadonlyArray<ParagraphLink>,
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
): ReadonlyArray<ParagraphLink> {
  const isSubheadingLink = (link: ParagraphLink): boolean =>
    left[link.left]?.kind === 'heading' &&
    right[link.right]?.kind === 'heading' &&
    link.similarity < 1
  if (!links.some(isSubheadingLink)) return links
  const leftSection = sectionHeadings(left)
  const rightSection = sectionHeadings(right)
  // The sections each side's body links leave from, and the pairs of sections they join: one
  // pass over the links (a long file repeats its subheadings, so no scan per heading link).
  const leftLinked = new Set<number>()
  const rightLinked = new Set<number>()
  const joined = new Set<number>()
  for (const link of links) {
    if (left[link.left]?.kind !== 'paragraph' || right[link.right]?.kind !== 'paragraph') continue
    const a = leftSection[link.left] ?? -1
    const b = rightSection[link.right] ?? -1
    leftLinked.add(a)
    rightLinked.add(b)
    joined.add((a + 1) * (right.length + 1) + b + 1)
  }
  const contradicted = (link: ParagraphLink): boolean => {
    if (!isSubheadingLink(link)) return false
    const a = link.left
    const b = link.right
    if (leftSection[a] !== a || rightSection[b] !== b) return false
    return (
      leftLinked.has(a) && rightLinked.has(b) && !joined.has((a + 1) * (right.length + 1) + b + 1)
    )
  }
  return links.filter((link) => !contradicted(link))
}

/**
 * The subheading over each paragraph (its index; a subheading heads itself), -1 above the first
 * subheading. The headline (a heading with no content before it) heads the article, not a section.
 */
function sectionHeadings(paragraphs: ReadonlyArray<Paragraph>): Int32Array {
  const firstContent = paragraphs.findIndex((paragraph) => paragraph.kind !== 'boilerplate')
  const section = new Int32Array(paragraphs.length).fill(-1)
  let current = -1
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'heading' && paragraph.index > firstContent) current = paragraph.index
    section[paragraph.index] = current
  }
  return section
}

/**
 * Two subheadings without links of their own whose sections open with linked paragraphs head the
 * same section, however differently they word it ("Putin’s Visit to Kursk: A Show of Strength?"
 * over the paragraph that "Tensions Persist on the Ground" heads in another rewrite): they share a
 * row, so that the Titles lens shows one changed subheading rather than one removed and one added.
 * No link is made: the headings share no statement. Each heading pairs once, by the strongest link.
 */
function sectionHeadingPairs(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  links: ReadonlyArray<ParagraphLink>,
): ReadonlyArray<readonly [number, number]> {
  const linkedLeft = new Set(links.map((link) => link.left))
  const linkedRight = new Set(links.map((link) => link.right))
  // An unlinked subheading followed by body text, by the index of that first paragraph. The
  // headline (a heading with no content before it) heads the article, not a section.
  const opener = (paragraphs: ReadonlyArray<Paragraph>, linked: ReadonlySet<number>) => {
    const firstContent = paragraphs.findIndex((paragraph) => paragraph.kind !== 'boilerplate')
    return (first: number): number | undefined => {
      const heading = paragraphs[first - 1]
      const body = paragraphs[first]
      if (heading?.kind !== 'heading' || body?.kind !== 'paragraph') return undefined
      if (linked.has(heading.index) || heading.index <= firstContent) return undefined
      return heading.index
    }
  }
  const leftHeading = opener(left, linkedLeft)
  const rightHeading = opener(right, linkedRight)
  const pairs: Array<readonly [number, number]> = []
  const taken = new Set<string>()
  for (const link of [...links].sort((a, b) => b.similarity - a.similarity)) {
    const a = leftHeading(link.left)
    const b = rightHeading(link.right)
    if (a === undefined || b === undefined || taken.has(`L${a}`) || taken.has(`R${b}`)) continue
    taken.add(`L${a}`)
    taken.add(`R${b}`)
    pairs.push([a, b])
  }
  return pairs
}

/** The links plus a full-similarity link for each pair they lack. */
function withPairs(
  links: ReadonlyArray<ParagraphLink>,
  pairs: ReadonlyArray<readonly [number, number]>,
): ReadonlyArray<ParagraphLink> {
  const known = new Set(links.map((link) => `${link.left}:${link.right}`))
  const added = pairs
    .filter(([l, r]) => !known.has(`${l}:${r}`))
    .map(([l, r]) => ({ left: l, right: r, similarity: 1 }))
  if (added.length === 0) return links
  return [...links, ...added].sort((a, b) => a.left - b.left || a.right - b.right)
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
