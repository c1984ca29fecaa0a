import { diffText } from '../diff/word-diff'
import { progressCounter, progressSpan } from '../progress'
import type { ProgressReport } from '../progress'
import type { ArticleReading } from '../segmentation/analyse-article'
import type {
  CompareOptions,
  DiffToken,
  Paragraph,
  ParagraphLink,
  QuoteChange,
  QuoteStatus,
  SideSpan,
  SideText,
} from '../types'
import { QUOTE_PART_SEPARATOR } from '../types'
import { createQuoteTextCache, extractQuotes } from './extract-quotes'
import type { Quotation } from './extract-quotes'
import { isLinked, isName, matchQuoteUnits, shareContentWord, speakerKey } from './match-quotes'
import type { QuoteSides } from './match-quotes'
import { findParaphrase, findVerbatim, indexParaphrases } from './paraphrase'
import type { Paraphrase, ParaphraseIndex, QuotedSentenceCache } from './paraphrase'
import { createQuoteUnitCache, quoteUnits, stemDice } from './quote-units'
import type { QuoteUnit } from './quote-units'
import {
  analysedParagraphSentences,
  analysedParagraphWords,
  splitParagraphSentences,
  splitParagraphWords,
} from './sentence-ranges'
import { RecurringTextCache, recurringTexts } from '../text/recurring-texts'
import { compoundWordSpans } from '../text/words'

// A few words in quotation marks that the article ties to no one are a term — a title, a
// nickname, a scare quote ("Doctor Who", “The Chin”, a ‘blast’) — not someone's words. In the
// corpora every unattributed quote of four words or fewer reported removed or added while its
// words stood in the other article was one (17 of them in 13 pairs).
const MAX_TERM_WORDS = 4

interface Placed {
  readonly change: QuoteChange
  /** Reading position on the right ([paragraph, offset]) or null for a removed quote. */
  readonly right: readonly [number, number] | null
  readonly left: readonly [number, number] | null
}

/**
 * Extracts the quotations of both articles, matches them and says how each fared. With the
 * comparison's analysis, sentences are read from it rather than split again.
 */
export function compareQuotes(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  links: ReadonlyArray<ParagraphLink>,
  options: CompareOptions,
  analysis?: { readonly left: ArticleReading; readonly right: ArticleReading },
  progress?: ProgressReport,
): ReadonlyArray<QuoteChange> {
  // Paragraphs read once are not cached: a long one-sided article's readings would stay alive
  // through the whole stage for nothing.
  const recurring = recurringTexts(paragraphTexts(left, right))
  const texts = createQuoteTextCache(recurring)
  const leftSentences = analysis
    ? analysedParagraphSentences(analysis.left)
    : splitParagraphSentences
  const rightSentences = analysis
    ? analysedParagraphSentences(analysis.right)
    : splitParagraphSentences
  const leftWords = analysis ? analysedParagraphWords(analysis.left) : splitParagraphWords
  const rightWords = analysis ? analysedParagraphWords(analysis.right) : splitParagraphWords
  // Shares of the stage as measured on a generated 1 MB pair: reading the quotes is over half of
  // it (the right side's about three times the left's there), then the leftovers.
  const leftQuotes = extractQuotes(
    left,
    texts,
    leftSentences,
    progressSpan(progress, 0, 0.12),
    leftWords,
  )
  const rightQuotes = extractQuotes(
    right,
    texts,
    rightSentences,
    progressSpan(progress, 0.12, 0.56),
    rightWords,
  )
  const rightsOf = groupLinks(links, (link) => [link.left, link.right])
  const leftsOf = lazily(() => groupLinks(links, (link) => [link.right, link.left]))
  const unitCache = createQuoteUnitCache(recurring)
  const sides: QuoteSides = {
    leftQuotes,
    rightQuotes,
    leftUnits: quoteUnits(
      leftQuotes,
      left,
      options.ignoreCase,
      unitCache,
      leftSentences,
      leftWords,
    ),
    rightUnits: quoteUnits(
      rightQuotes,
      right,
      options.ignoreCase,
      unitCache,
      rightSentences,
      rightWords,
    ),
    rightsOf,
  }
  progress?.(0.64)
  const leftText = textsOf(left)
  const rightText = textsOf(right)
  const placed: Placed[] = []
  const usedLeft = new Set<number>()
  const usedRight = new Set<number>()

  // Matches are placed last: a sentence a rewrite cut from (or added to) a matched quote, and
  // found nowhere else, joins its match (see `joinNeighbour`).
  const matches: MatchRun[] = matchQuoteUnits(sides).map((match) => ({
    left: [...match.left],
    right: [...match.right],
  }))
  const leftMatchOf = new Map<number, MatchRun>()
  const rightMatchOf = new Map<number, MatchRun>()
  progress?.(0.72)
  for (const match of matches) {
    for (const id of match.left) {
      usedLeft.add(id)
      leftMatchOf.set(id, match)
    }
    for (const id of match.right) {
      usedRight.add(id)
      rightMatchOf.set(id, match)
    }
  }

  // A quote the rewrite gives the same person in the linked paragraph, about the same thing
  // (some content word kept), but in mostly other words: one altered quote, not removed + added.
  progress?.(0.76)
  for (const [leftRun, rightRun] of resaidPairs(sides, usedLeft, usedRight)) {
    leftRun.forEach((id) => usedLeft.add(id))
    rightRun.forEach((id) => usedRight.add(id))
    if (joinAdjacentChange(leftRun, rightRun, matches, sides, leftMatchOf, rightMatchOf)) continue
    const leftUnits = leftRun.map((id) => sides.leftUnits[id]!)
    const rightUnits = rightRun.map((id) => sides.rightUnits[id]!)
    const a = sideText(leftUnits, leftText)
    const b = sideText(rightUnits, rightText)
    placed.push({
      change: quoteChange(
        'altered',
        speakerOf(rightQuotes, rightUnits),
        a,
        b,
        diffText(a.text, b.text, options),
      ),
      left: positionOf(leftUnits),
      right: positionOf(rightUnits),
    })
  }

  // Quotes left over on one side: reworded into the other side's own words, or gone. Left runs
  // go first and count as reported whatever they became, so a right run cannot claim them too;
  // right runs are collected afterwards, without the quotes the left ones absorbed.
  const quotedRanges: QuotedSentenceCache = new RecurringTextCache(recurring)
  const leftIndex = lazily(() =>
    indexParaphrases(left, sides.leftUnits, leftSentences, leftWords, quotedRanges),
  )
  const rightIndex = lazily(() =>
    indexParaphrases(right, sides.rightUnits, rightSentences, rightWords, quotedRanges),
  )
  const leftKeys = lazily(() => unitKeys(sides.leftUnits))
  const rightKeys = lazily(() => unitKeys(sides.rightUnits))
  const leftTerms = lazily(() => articleWords(left, leftIndex()))
  const rightTerms = lazily(() => articleWords(right, rightIndex()))
  const leftRuns = unmatchedRuns(sides.leftUnits, usedLeft)
  const leftDone = progressCounter(progressSpan(progress, 0.77, 0.82), leftRuns.length)
  for (const [done, run] of leftRuns.entries()) {
    leftDone(done)
    const units = run.map((id) => sides.leftUnits[id]!)
    const quote = sideText(units, leftText)
    const speaker = speakerOf(leftQuotes, units)
    const linked = linkedTo(units, rightsOf)
    run.forEach((id) => usedLeft.add(id))
    const verbatim = findVerbatim(units, rightIndex(), linked)
    const within = verbatim === null ? quotedWithin(units, speaker, rightKeys(), rightQuotes) : null
    if (within !== null) {
      const other = withinText(within, rightText)
      placed.push({
        change: keptQuote(
          units,
          within,
          speaker,
          speakerOf(rightQuotes, [within.unit]),
          quote,
          other,
          options,
        ),
        left: positionOf(units),
        right: [within.unit.paragraph, within.start],
      })
      continue
    }
    const found = verbatim ?? findParaphrase(units, rightIndex(), usedRight, linked)
    if (found === null && isTerm(leftQuotes, units) && standsIn(rightTerms(), units)) continue
    if (found === null && joinNeighbour(run, sides.leftUnits, leftMatchOf, 'left')) continue
    found?.consumed.forEach((id) => usedRight.add(id))
    placed.push(
      found === null
        ? {
            change: quoteChange('removed', speaker, quote, null),
            left: positionOf(units),
            right: null,
          }
        : {
            change: unquotedOn(
              'right',
              found,
              quoteChange(
                'paraphrased',
                speaker,
                quote,
                found.text,
                diffText(quote.text, found.text.text, options),
              ),
            ),
            left: positionOf(units),
            right: [found.text.paragraph, found.start],
          },
    )
  }
  const rightRuns = unmatchedRuns(sides.rightUnits, usedRight)
  const rightDone = progressCounter(progressSpan(progress, 0.82, 1), rightRuns.length)
  for (const [done, run] of rightRuns.entries()) {
    rightDone(done)
    const units = run.map((id) => sides.rightUnits[id]!)
    const quote = sideText(units, rightText)
    const speaker = speakerOf(rightQuotes, units)
    const linked = linkedTo(units, leftsOf())
    const verbatim = findVerbatim(units, leftIndex(), linked)
    const within = verbatim === null ? quotedWithin(units, speaker, leftKeys(), leftQuotes) : null
    if (within !== null) {
      const other = withinText(within, leftText)
      placed.push({
        change: keptQuote(
          units,
          within,
          speaker,
          speakerOf(leftQuotes, [within.unit]),
          quote,
          other,
          options,
          'left',
        ),
        left: [within.unit.paragraph, within.start],
        right: positionOf(units),
      })
      continue
    }
    const found = verbatim ?? findParaphrase(units, leftIndex(), usedLeft, linked)
    if (found === null && isTerm(rightQuotes, units) && standsIn(leftTerms(), units)) continue
    if (found === null && joinNeighbour(run, sides.rightUnits, rightMatchOf, 'right')) continue
    found?.consumed.forEach((id) => usedLeft.add(id))
    placed.push(
      found === null
        ? {
            change: quoteChange('added', speaker, null, quote),
            left: null,
            right: positionOf(units),
          }
        : {
            change: unquotedOn(
              'left',
              found,
              quoteChange(
                'paraphrased',
                speaker,
                found.text,
                quote,
                diffText(found.text.text, quote.text, options),
              ),
            ),
            left: [found.text.paragraph, found.start],
            right: positionOf(units),
          },
    )
  }
  for (const match of matches) {
    const leftUnits = match.left.map((id) => sides.leftUnits[id]!)
    const rightUnits = match.right.map((id) => sides.rightUnits[id]!)
    const a = sideText(leftUnits, leftText)
    const b = sideText(rightUnits, rightText)
    const status = matchStatus(leftUnits, rightUnits)
    const leftSpeaker = speakerOf(leftQuotes, leftUnits)
    const rightSpeaker = speakerOf(rightQuotes, rightUnits)
    const change = quoteChange(
      status,
      preferredSpeaker(rightSpeaker, leftSpeaker),
      a,
      b,
      status === 'unchanged' ? undefined : diffText(a.text, b.text, options),
    )
    const reattributed =
      leftSpeaker !== null &&
      rightSpeaker !== null &&
      speakerKey(leftSpeaker) !== speakerKey(rightSpeaker)
    placed.push({
      change: reattributed
        ? { ...change, speakers: { left: leftSpeaker, right: rightSpeaker } }
        : change,
      left: positionOf(leftUnits),
      right: positionOf(rightUnits),
    })
  }
  return inReadingOrder(placed)
}

/** A match's units on each side, in reading order; leftover sentences of its quotes may join. */
interface MatchRun {
  left: number[]
  right: number[]
}

/**
 * Joins a resaid run to a changed match it follows or precedes in one stretch of quotation marks
 * on both sides: one statement whose sentences the rewrite reworded in a row is one altered quote,
 * not one entry per sentence group (WNL ocean message). A match kept as written stays apart.
 */
function joinAdjacentChange(
  leftRun: ReadonlyArray<number>,
  rightRun: ReadonlyArray<number>,
  matches: ReadonlyArray<MatchRun>,
  sides: QuoteSides,
  leftMatchOf: Map<number, MatchRun>,
  rightMatchOf: Map<number, MatchRun>,
): boolean {
  const match = matches.find(
    (candidate) =>
      ((follows(leftRun, candidate.left, sides.leftUnits) &&
        follows(rightRun, candidate.right, sides.rightUnits)) ||
        (follows(candidate.left, leftRun, sides.leftUnits) &&
          follows(candidate.right, rightRun, sides.rightUnits))) &&
      !sameWords(
        candidate.left.map((id) => sides.leftUnits[id]!),
        candidate.right.map((id) => sides.rightUnits[id]!),
      ),
  )
  if (match === undefined) return false
  match.left.push(...leftRun)
  match.left.sort((a, b) => a - b)
  match.right.push(...rightRun)
  match.right.sort((a, b) => a - b)
  // A sentence cut next to the joined units then joins the same match (see `joinNeighbour`).
  for (const id of leftRun) leftMatchOf.set(id, match)
  for (const id of rightRun) rightMatchOf.set(id, match)
  return true
}

/** True when the units `after` start right after those of `before`, in the same quote part. */
function follows(
  before: ReadonlyArray<number>,
  after: ReadonlyArray<number>,
  units: ReadonlyArray<QuoteUnit>,
): boolean {
  const last = before[before.length - 1]
  const first = after[0]
  if (last === undefined || first === undefined || first !== last + 1) return false
  const [a, b] = [units[last]!, units[first]!]
  return a.quotation === b.quotation && a.part === b.part
}

/**
 * Joins a leftover run to the match holding the unit just before or after it in the same part of
 * a quotation: the rewrite cut that sentence from the quote (or added it), so the editor sees one
 * altered quote whose diff shows the sentence, not a kept quote beside a removed one.
 */
function joinNeighbour(
  run: ReadonlyArray<number>,
  units: ReadonlyArray<QuoteUnit>,
  matchOf: ReadonlyMap<number, MatchRun>,
  side: 'left' | 'right',
): boolean {
  const first = run[0]!
  const last = run[run.length - 1]!
  const { quotation, part } = units[first]!
  // Only within one stretch of quotation marks: a part after "he said" is a statement of its own.
  if (units[last]!.part !== part) return false
  const neighbour = [first - 1, last + 1].find(
    (id) => units[id]?.quotation === quotation && units[id]?.part === part && matchOf.has(id),
  )
  if (neighbour === undefined) return false
  const match = matchOf.get(neighbour)!
  const ids = match[side]
  ids.push(...run)
  ids.sort((a, b) => a - b)
  return true
}

/**
 * Who says a run, to pair it with the other side's: its speaker, or else the description of the
 * person the text does not name ("A spokesperson for PizzaExpress said … “…,” she said"); null
 * when the run is tied to no one.
 */
function sayerKey(
  quotes: ReadonlyArray<Quotation>,
  units: ReadonlyArray<QuoteUnit>,
): string | null {
  const speaker = speakerOf(quotes, units)
  if (speaker !== null) return speakerKey(speaker)
  for (const unit of units) {
    const described = quotes[unit.quotation]?.unnamedSpeaker ?? null
    if (described !== null)
      return `unnamed:${described.toLowerCase().replace(/^(?:a|an|one|the)\s+/u, '')}`
  }
  return null
}

/**
 * Unmatched runs of the two sides that the same speaker says in linked paragraphs (the same
 * named person, or people the text describes alike without naming them) and that keep a content
 * word: the likeliest pairs first (stem Dice), each run used once.
 */
function resaidPairs(
  sides: QuoteSides,
  usedLeft: ReadonlySet<number>,
  usedRight: ReadonlySet<number>,
): ReadonlyArray<readonly [ReadonlyArray<number>, ReadonlyArray<number>]> {
  const rightRuns = unmatchedRuns(sides.rightUnits, usedRight)
  // Each right run's units and sayer, found once rather than once per left run.
  const rightRunUnits = rightRuns.map((run) => run.map((id) => sides.rightUnits[id]!))
  const rightSayers = rightRunUnits.map((units) => sayerKey(sides.rightQuotes, units))
  const candidates: Array<{ left: number; right: number; score: number }> = []
  const leftRuns = unmatchedRuns(sides.leftUnits, usedLeft)
  leftRuns.forEach((leftRun, left) => {
    const leftUnits = leftRun.map((id) => sides.leftUnits[id]!)
    const leftSayer = sayerKey(sides.leftQuotes, leftUnits)
    if (leftSayer === null) return
    rightRunUnits.forEach((rightUnits, right) => {
      if (rightSayers[right] !== leftSayer) return
      const linked = leftUnits.some((a) =>
        rightUnits.some((b) => isLinked(sides, a.paragraph, b.paragraph)),
      )
      if (!linked || !leftUnits.some((a) => rightUnits.some((b) => shareContentWord(a, b)))) return
      const score = stemDice(
        leftUnits.flatMap((unit) => unit.stems),
        rightUnits.flatMap((unit) => unit.stems),
      )
      candidates.push({ left, right, score })
    })
  })
  candidates.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right)
  const takenLeft = new Set<number>()
  const takenRight = new Set<number>()
  const pairs: Array<readonly [ReadonlyArray<number>, ReadonlyArray<number>]> = []
  for (const { left, right } of candidates) {
    if (takenLeft.has(left) || takenRight.has(right)) continue
    takenLeft.add(left)
    takenRight.add(right)
    pairs.push([leftRuns[left]!, rightRuns[right]!])
  }
  return pairs
}

/** Where a leftover quote's words stand inside a quote of the other article. */
interface QuotedWithin {
  readonly unit: QuoteUnit
  /** Offsets of the words in the unit's paragraph. */
  readonly start: number
  readonly end: number
  /** The words' keys there, as units compare them. */
  readonly keys: ReadonlyArray<string>
}

/**
 * The other article's quote that holds all of a leftover quote's words in order ("a “clear
 * result”" inside “… it is a clear result.”), said by the same person or by no one named; the
 * words are still quoted, so the quote is neither removed nor added. Its own speaker's quote
 * first, then the first in reading order.
 */
function quotedWithin(
  units: ReadonlyArray<QuoteUnit>,
  speaker: string | null,
  others: UnitKeys,
  otherQuotes: ReadonlyArray<Quotation>,
): QuotedWithin | null {
  const keys = units.flatMap((unit) => unit.keys.map((key) => key.toLowerCase()))
  if (keys.length === 0) return null
  let found: QuotedWithin | null = null
  // Only units holding the first word can hold them all: the others are passed over as before.
  for (const id of others.byWord.get(keys[0]!) ?? []) {
    const unit = others.units[id]!
    // A whole quote repeated is a copy added or removed: only a longer quote holds a fragment.
    if (unit.keys.length <= keys.length) continue
    const otherSpeaker = otherQuotes[unit.quotation]?.speaker ?? null
    const same =
      speaker !== null && otherSpeaker !== null && speakerKey(speaker) === speakerKey(otherSpeaker)
    if (
      !same &&
      speaker !== null &&
      otherSpeaker !== null &&
      isName(speaker) &&
      isName(otherSpeaker)
    ) {
      continue
    }
    if (found !== null && !same) continue
    const at = indexOfRun(others.lower[id]!, keys)
    if (at < 0) continue
    const words = compoundWordSpans(unit.text)
    found = {
      unit,
      start: unit.start + words[at]!.start,
      end: unit.start + words[at + keys.length - 1]!.end,
      keys: unit.keys.slice(at, at + keys.length),
    }
    if (same) break
  }
  return found
}

/** One side's units with their keys lower-cased, and the units that hold each such key. */
interface UnitKeys {
  readonly units: ReadonlyArray<QuoteUnit>
  readonly lower: ReadonlyArray<ReadonlyArray<string>>
  /** Unit ids by lower-cased key, in reading order. */
  readonly byWord: ReadonlyMap<string, ReadonlyArray<number>>
}

function unitKeys(units: ReadonlyArray<QuoteUnit>): UnitKeys {
  const lower: Array<ReadonlyArray<string>> = []
  const byWord = new Map<string, number[]>()
  for (let id = 0; id < units.length; id += 1) {
    const keys = units[id]!.keys.map((key) => key.toLowerCase())
    lower.push(keys)
    for (const key of new Set(keys)) {
      const ids = byWord.get(key)
      if (ids === undefined) byWord.set(key, [id])
      else ids.push(id)
    }
  }
  return { units, lower, byWord }
}

function indexOfRun(words: ReadonlyArray<string>, run: ReadonlyArray<string>): number {
  for (let at = 0; at + run.length <= words.length; at += 1) {
    if (run.every((word, offset) => words[at + offset] === word)) return at
  }
  return -1
}

function withinText(within: QuotedWithin, texts: ReadonlyMap<number, string>): SideText {
  const { paragraph } = within.unit
  return {
    text: (texts.get(paragraph) ?? '').slice(within.start, within.end),
    paragraph,
    spans: [{ paragraph, start: within.start, end: within.end }],
  }
}

/** A leftover quote whose words the other article still quotes: unchanged, or altered by case. */
function keptQuote(
  units: ReadonlyArray<QuoteUnit>,
  within: QuotedWithin,
  speaker: string | null,
  otherSpeaker: string | null,
  quote: SideText,
  other: SideText,
  options: CompareOptions,
  otherSide: 'left' | 'right' = 'right',
): QuoteChange {
  const keys = units.flatMap((unit) => unit.keys)
  const same = keys.length === within.keys.length && keys.every((key, i) => key === within.keys[i])
  const [left, right] = otherSide === 'right' ? [quote, other] : [other, quote]
  const [leftSpeaker, rightSpeaker] =
    otherSide === 'right' ? [speaker, otherSpeaker] : [otherSpeaker, speaker]
  return quoteChange(
    same ? 'unchanged' : 'altered',
    preferredSpeaker(rightSpeaker, leftSpeaker),
    left,
    right,
    same ? undefined : diffText(left.text, right.text, options),
  )
}

/** An unattributed quote of a few words: a title, nickname or scare quote, not speech. */
function isTerm(quotes: ReadonlyArray<Quotation>, units: ReadonlyArray<QuoteUnit>): boolean {
  const words = units.reduce((sum, unit) => sum + unit.keys.length, 0)
  return (
    words <= MAX_TERM_WORDS &&
    units.every((unit) => (quotes[unit.quotation]?.speakerMention ?? null) === null)
  )
}

/** Each paragraph's words, lower-cased, for finding a term anywhere in an article. */
function articleWords(
  paragraphs: ReadonlyArray<Paragraph>,
  index: ParaphraseIndex,
): ReadonlyArray<ReadonlyArray<string>> {
  return paragraphs.map((paragraph) =>
    paragraph.kind === 'boilerplate' ? [] : index.wordsOf(paragraph.index).keys,
  )
}

/** True when the units' words stand, in order, in one paragraph of the article, quoted or not. */
function standsIn(
  paragraphs: ReadonlyArray<ReadonlyArray<string>>,
  units: ReadonlyArray<QuoteUnit>,
): boolean {
  const keys = units.flatMap((unit) => unit.keys.map((key) => key.toLowerCase()))
  return keys.length > 0 && paragraphs.some((words) => indexOfRun(words, keys) >= 0)
}

/** Marks the paraphrase's side as reported speech unless it absorbed a quote of that side. */
function unquotedOn(side: 'left' | 'right', found: Paraphrase, change: QuoteChange): QuoteChange {
  return found.consumed.length === 0 ? { ...change, unquoted: side } : change
}

function groupLinks(
  links: ReadonlyArray<ParagraphLink>,
  ends: (link: ParagraphLink) => readonly [number, number],
): ReadonlyMap<number, ReadonlySet<number>> {
  const grouped = new Map<number, Set<number>>()
  for (const link of links) {
    const [from, to] = ends(link)
    const set = grouped.get(from)
    if (set === undefined) grouped.set(from, new Set([to]))
    else set.add(to)
  }
  return grouped
}

/** The other side's paragraphs linked to any of the units' paragraphs. */
function linkedTo(
  units: ReadonlyArray<QuoteUnit>,
  linked: ReadonlyMap<number, ReadonlySet<number>>,
): ReadonlyArray<number> {
  return [...new Set(units.flatMap((unit) => [...(linked.get(unit.paragraph) ?? [])]))]
}

function quoteChange(
  status: QuoteStatus,
  speaker: string | null,
  left: SideText | null,
  right: SideText | null,
  tokens?: ReadonlyArray<DiffToken>,
): QuoteChange {
  return tokens === undefined
    ? { status, speaker, left, right }
    : { status, speaker, left, right, tokens }
}

function textsOf(paragraphs: ReadonlyArray<Paragraph>): ReadonlyMap<number, string> {
  return new Map(paragraphs.map((paragraph) => [paragraph.index, paragraph.text]))
}

/**
 * The units' words as written: one span per part of the quotation (units of one part are one
 * stretch), parts joined by " … " so the text never reads as words the article did not write.
 */
function sideText(units: ReadonlyArray<QuoteUnit>, texts: ReadonlyMap<number, string>): SideText {
  const spans: SideSpan[] = []
  units.forEach((unit, index) => {
    const previous = units[index - 1]
    const samePart =
      previous !== undefined && previous.quotation === unit.quotation && previous.part === unit.part
    const last = spans[spans.length - 1]
    if (samePart && last !== undefined) spans[spans.length - 1] = { ...last, end: unit.end }
    else spans.push({ paragraph: unit.paragraph, start: unit.start, end: unit.end })
  })
  const text = spans
    .map((span) => (texts.get(span.paragraph) ?? '').slice(span.start, span.end))
    .join(QUOTE_PART_SEPARATOR)
  return { text, paragraph: spans[0]!.paragraph, spans }
}

/** Computes a value on first use only: most comparisons never need the paraphrase index. */
function lazily<T>(compute: () => T): () => T {
  let value: { readonly result: T } | null = null
  return () => {
    value ??= { result: compute() }
    return value.result
  }
}

/**
 * Unchanged when the words are equal; altered when words changed but some content word was kept
 * as written; paraphrased when only their stems remain ("fully liberate" → "liberation").
 */
function matchStatus(left: ReadonlyArray<QuoteUnit>, right: ReadonlyArray<QuoteUnit>): QuoteStatus {
  if (sameWords(left, right)) return 'unchanged'
  const kept = left.some((a) => right.some((b) => shareContentWord(a, b)))
  return kept ? 'altered' : 'paraphrased'
}

/** Equal up to typography, the first letter's case and where the quote marks split the words. */
function sameWords(left: ReadonlyArray<QuoteUnit>, right: ReadonlyArray<QuoteUnit>): boolean {
  const a = left.flatMap((unit) => unit.keys)
  const b = right.flatMap((unit) => unit.keys)
  return a.length === b.length && a.every((key, index) => key === b[index])
}

function speakerOf(quotes: ReadonlyArray<Quotation>, units: ReadonlyArray<QuoteUnit>) {
  for (const unit of units) {
    const speaker = quotes[unit.quotation]?.speaker ?? null
    if (speaker !== null) return speaker
  }
  return null
}

/** The rewrite's speaker, unless only the original names the person ("the president" vs "Zelensky"). */
function preferredSpeaker(right: string | null, left: string | null): string | null {
  if (right !== null && (isName(right) || left === null || !isName(left))) return right
  return left ?? right
}

function positionOf(units: ReadonlyArray<QuoteUnit>): readonly [number, number] {
  const first = units[0]!
  return [first.paragraph, first.start]
}

/** Runs of consecutive unmatched units within one quotation. */
function unmatchedRuns(
  units: ReadonlyArray<QuoteUnit>,
  used: ReadonlySet<number>,
): ReadonlyArray<ReadonlyArray<number>> {
  const runs: number[][] = []
  units.forEach((unit, id) => {
    if (used.has(id)) return
    const run = runs[runs.length - 1]
    const last = run?.[run.length - 1]
    if (run !== undefined && last === id - 1 && units[last]?.quotation === unit.quotation) {
      run.push(id)
    } else {
      runs.push([id])
    }
  })
  return runs
}

/**
 * The right article's reading order; a removed quote goes right after the change whose left
 * quote last preceded it in the original (first when none did).
 */
function inReadingOrder(placed: ReadonlyArray<Placed>): ReadonlyArray<QuoteChange> {
  const compare = (a: readonly [number, number], b: readonly [number, number]): number =>
    a[0] - b[0] || a[1] - b[1]
  const kept = placed
    .filter((item) => item.right !== null)
    .sort((a, b) => compare(a.right!, b.right!))
  const removed = placed
    .filter((item) => item.right === null)
    .sort((a, b) => compare(a.left!, b.left!))
  // Each removed quote's anchor is the kept change whose left quote is the last before it (the
  // first such in reading order on a tie); sorting the anchors once keeps this n log n.
  const anchors = kept
    .map((item, index) => ({ left: item.left, index }))
    .filter(
      (entry): entry is { left: readonly [number, number]; index: number } => entry.left !== null,
    )
    .sort((a, b) => compare(a.left, b.left) || b.index - a.index)
  const after = new Map<number, Placed[]>()
  for (const item of removed) {
    let low = 0
    let high = anchors.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(anchors[middle]!.left, item.left!) < 0) low = middle + 1
      else high = middle
    }
    const anchor = low > 0 ? anchors[low - 1]!.index : -1
    const list = after.get(anchor)
    if (list === undefined) after.set(anchor, [item])
    else list.push(item)
  }
  const result = [...(after.get(-1) ?? [])]
  kept.forEach((item, index) => result.push(item, ...(after.get(index) ?? [])))
  return result.map((item) => item.change)
}

function* paragraphTexts(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
): Generator<string> {
  for (const paragraph of left) yield paragraph.text
  for (const paragraph of right) yield paragraph.text
}
