import type { Paragraph } from '../types'
import type { QuotePart, Quotation } from './extract-quotes'
import { RecurringTextCache } from '../text/recurring-texts'
import { compoundWordSpans } from '../text/words'
import type { WordSpan } from '../text/words'
import { isStopWord, stemOf, wordKey } from './quote-words'
import type { ParagraphSentences, ParagraphWords } from './sentence-ranges'
import { sentenceRanges, splitParagraphSentences, splitParagraphWords } from './sentence-ranges'

/**
 * One sentence of a quotation part: the unit quotes are matched by, so that a quote trimmed to
 * one of its sentences, or split and joined at different places, still pairs up sentence by sentence.
 */
export interface QuoteUnit {
  readonly quotation: number
  /** Position among its quotation's units, in reading order. */
  readonly position: number
  readonly part: number
  readonly paragraph: number
  /** Offsets in the paragraph's text. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** Words as compared for equality: typography folded, first letter's case dropped. */
  readonly keys: ReadonlyArray<string>
  /** Crude stems of every word, for scoring likeness. */
  readonly stems: ReadonlyArray<string>
  /** Stems of the content (non-function) words. */
  readonly content: ReadonlySet<string>
  /** How often each stem occurs, for fast likeness. */
  readonly counts: ReadonlyMap<string, number>
  /** Content stems of the unquoted words of the sentence the unit stands in. */
  readonly context: ReadonlySet<string>
}

const NO_CONTEXT: ReadonlySet<string> = new Set()

/** One sentence of a quote part as units need it, from its text alone. */
interface SentenceWords {
  /** Offset of the trimmed sentence in the part's text. */
  readonly offset: number
  readonly text: string
  readonly keys: ReadonlyArray<string>
  readonly stems: ReadonlyArray<string>
  readonly content: ReadonlySet<string>
  readonly counts: ReadonlyMap<string, number>
}

/**
 * What `quoteUnits` computes from texts alone, kept across calls that share it (the two sides of
 * one comparison, whose unchanged paragraphs quote the same words). Immutable values only.
 */
export interface QuoteUnitCache {
  readonly parts: Map<string, ReadonlyArray<SentenceWords>>
  /** Part contexts by paragraph text, then by the parts' offsets. */
  readonly contexts: Map<string, Map<string, ReadonlyArray<readonly [number, ReadonlySet<string>]>>>
}

/**
 * An empty cache for `quoteUnits`, to share between the two sides of one comparison; given the
 * paragraph texts that recur (`recurringTexts`), it keeps the contexts of theirs only.
 */
export function createQuoteUnitCache(recurring?: ReadonlySet<string>): QuoteUnitCache {
  return {
    parts: new Map(),
    contexts: recurring === undefined ? new Map() : new RecurringTextCache(recurring),
  }
}

function sentencesOfPart(text: string, ignoreCase: boolean): ReadonlyArray<SentenceWords> {
  const sentences: SentenceWords[] = []
  for (const [from, to] of sentenceRanges(text)) {
    const raw = text.slice(from, to)
    const trimmed = raw.trim()
    const words = compoundWordSpans(trimmed).map((word) => word.text)
    if (words.length === 0) continue
    const stems = words.map(stemOf)
    const counts = new Map<string, number>()
    for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1)
    sentences.push({
      offset: from + (raw.length - raw.trimStart().length),
      text: trimmed,
      keys: words.map((word) => wordKey(word, ignoreCase)),
      stems,
      content: new Set(words.filter((word) => !isStopWord(word)).map(stemOf)),
      counts,
    })
  }
  return sentences
}

/** Splits each quotation's parts into sentence units, in reading order. */
export function quoteUnits(
  quotations: ReadonlyArray<Quotation>,
  paragraphs: ReadonlyArray<Paragraph>,
  ignoreCase: boolean,
  cache: QuoteUnitCache = createQuoteUnitCache(),
  sentencesOf: ParagraphSentences = splitParagraphSentences,
  wordsOf: ParagraphWords = splitParagraphWords,
): ReadonlyArray<QuoteUnit> {
  const byIndex = new Map(paragraphs.map((paragraph) => [paragraph.index, paragraph]))
  const contexts = contextsOf(quotations, byIndex, sentencesOf, wordsOf, cache)
  const units: QuoteUnit[] = []
  for (let index = 0; index < quotations.length; index += 1) {
    const parts = quotations[index]!.parts
    let position = 0
    for (let partIndex = 0; partIndex < parts.length; partIndex += 1) {
      const part = parts[partIndex]!
      const key = `${ignoreCase ? 'i' : 'c'}${part.text}`
      let sentences = cache.parts.get(key)
      if (sentences === undefined) {
        sentences = sentencesOfPart(part.text, ignoreCase)
        cache.parts.set(key, sentences)
      }
      const context = contexts.get(`${part.paragraph}:${part.start}`) ?? NO_CONTEXT
      for (const sentence of sentences) {
        const start = part.start + sentence.offset
        units.push({
          quotation: index,
          position,
          part: partIndex,
          paragraph: part.paragraph,
          start,
          end: start + sentence.text.length,
          text: sentence.text,
          keys: sentence.keys,
          stems: sentence.stems,
          content: sentence.content,
          counts: sentence.counts,
          context,
        })
        position += 1
      }
    }
  }
  return units
}

/**
 * The content stems of the unquoted words in the sentence around each quote part, keyed by
 * "paragraph:offset" of the part's start: what the text says about the quote (who, where, when).
 */
function contextsOf(
  quotations: ReadonlyArray<Quotation>,
  paragraphs: ReadonlyMap<number, Paragraph>,
  sentencesOf: ParagraphSentences,
  wordsOf: ParagraphWords,
  cache: QuoteUnitCache,
): Map<string, ReadonlySet<string>> {
  const contexts = new Map<string, ReadonlySet<string>>()
  const byParagraph = new Map<number, QuotePart[]>()
  for (const quotation of quotations) {
    for (const part of quotation.parts) {
      const list = byParagraph.get(part.paragraph)
      if (list === undefined) byParagraph.set(part.paragraph, [part])
      else list.push(part)
    }
  }
  for (const [paragraph, parts] of byParagraph) {
    const source = paragraphs.get(paragraph)
    if (source === undefined) continue
    let byParts = cache.contexts.get(source.text)
    if (byParts === undefined) {
      byParts = new Map()
      cache.contexts.set(source.text, byParts)
    }
    const key = parts.map((part) => `${part.start}-${part.end}`).join(',')
    let found = byParts.get(key)
    if (found === undefined) {
      found = partContexts(source, parts, sentencesOf, wordsOf)
      byParts.set(key, found)
    }
    for (const [start, context] of found) contexts.set(`${paragraph}:${start}`, context)
  }
  return contexts
}

/** The context of each part of one paragraph, as [part start, content stems]. */
function partContexts(
  paragraph: Paragraph,
  parts: ReadonlyArray<QuotePart>,
  sentencesOf: ParagraphSentences,
  wordsOf: ParagraphWords,
): ReadonlyArray<readonly [number, ReadonlySet<string>]> {
  const found: Array<readonly [number, ReadonlySet<string>]> = []
  const words = wordsOf(paragraph)
  let next = 0
  // Split as written: the quotations hide no sentence break.
  for (const [from, to] of sentencesOf(paragraph)) {
    const context = new Set<string>()
    while (next < words.length && words[next]!.start < from) next += 1
    for (; next < words.length && words[next]!.start < to; next += 1) {
      const word = words[next]!
      if (isStopWord(word.text) || inAnyPart(word, parts)) continue
      context.add(stemOf(word.text))
    }
    for (const part of parts) {
      if (part.start >= from && part.start < to) found.push([part.start, context])
    }
  }
  return found
}

/** True when a word lies (even partly) inside one of the quote parts: it is quoted, not context. */
function inAnyPart(word: WordSpan, parts: ReadonlyArray<QuotePart>): boolean {
  for (const part of parts) if (word.start < part.end && part.start < word.end) return true
  return false
}

/** Dice of two units' stem multisets, from their stem counts. */
export function unitDice(left: QuoteUnit, right: QuoteUnit): number {
  const total = left.stems.length + right.stems.length
  if (total === 0) return 0
  const [small, large] = left.counts.size <= right.counts.size ? [left, right] : [right, left]
  let common = 0
  for (const [stem, count] of small.counts) common += Math.min(count, large.counts.get(stem) ?? 0)
  return (2 * common) / total
}

/** Share of the shorter unit's stems that the longer one also has (1: wholly contained). */
export function unitContainment(left: QuoteUnit, right: QuoteUnit): number {
  const [small, large] = left.stems.length <= right.stems.length ? [left, right] : [right, left]
  if (small.stems.length === 0) return 0
  let common = 0
  for (const [stem, count] of small.counts) common += Math.min(count, large.counts.get(stem) ?? 0)
  return common / small.stems.length
}

/** Dice coefficient of two stem multisets: 1 for the same words, 0 for none in common. */
export function stemDice(left: ReadonlyArray<string>, right: ReadonlyArray<string>): number {
  if (left.length + right.length === 0) return 0
  const counts = new Map<string, number>()
  for (const stem of left) counts.set(stem, (counts.get(stem) ?? 0) + 1)
  let common = 0
  for (const stem of right) {
    const count = counts.get(stem) ?? 0
    if (count > 0) {
      common += 1
      counts.set(stem, count - 1)
    }
  }
  return (2 * common) / (left.length + right.length)
}
