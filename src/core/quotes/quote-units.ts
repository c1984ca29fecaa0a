import type { Paragraph } from '../types'
import type { QuotePart, Quotation } from './extract-quotes'
import { isStopWord, stemOf, wordKey, wordSpans } from './quote-words'
import { sentenceRanges } from './sentence-ranges'

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

/** Splits each quotation's parts into sentence units, in reading order. */
export function quoteUnits(
  quotations: ReadonlyArray<Quotation>,
  paragraphs: ReadonlyArray<Paragraph>,
  ignoreCase: boolean,
): ReadonlyArray<QuoteUnit> {
  const texts = new Map(paragraphs.map((paragraph) => [paragraph.index, paragraph.text]))
  const contexts = contextsOf(quotations, texts)
  const units: QuoteUnit[] = []
  quotations.forEach((quotation, index) => {
    let position = 0
    quotation.parts.forEach((part, partIndex) => {
      for (const [from, to] of sentenceRanges(part.text)) {
        const raw = part.text.slice(from, to)
        const text = raw.trim()
        const words = wordSpans(text).map((word) => word.text)
        if (words.length === 0) continue
        const start = part.start + from + (raw.length - raw.trimStart().length)
        const stems = words.map(stemOf)
        const counts = new Map<string, number>()
        for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1)
        units.push({
          quotation: index,
          position,
          part: partIndex,
          paragraph: part.paragraph,
          start,
          end: start + text.length,
          text,
          keys: words.map((word) => wordKey(word, ignoreCase)),
          stems,
          content: new Set(words.filter((word) => !isStopWord(word)).map(stemOf)),
          counts,
          context: contexts.get(`${part.paragraph}:${part.start}`) ?? NO_CONTEXT,
        })
        position += 1
      }
    })
  })
  return units
}

/**
 * The content stems of the unquoted words in the sentence around each quote part, keyed by
 * "paragraph:offset" of the part's start: what the text says about the quote (who, where, when).
 */
function contextsOf(
  quotations: ReadonlyArray<Quotation>,
  texts: ReadonlyMap<number, string>,
): Map<string, ReadonlySet<string>> {
  const contexts = new Map<string, ReadonlySet<string>>()
  const byParagraph = new Map<number, QuotePart[]>()
  for (const part of quotations.flatMap((quotation) => quotation.parts)) {
    const list = byParagraph.get(part.paragraph)
    if (list === undefined) byParagraph.set(part.paragraph, [part])
    else list.push(part)
  }
  for (const [paragraph, parts] of byParagraph) {
    const text = texts.get(paragraph) ?? ''
    let masked = text
    for (const part of parts) {
      masked =
        masked.slice(0, part.start) + ' '.repeat(part.end - part.start) + masked.slice(part.end)
    }
    for (const [from, to] of sentenceRanges(masked)) {
      const words = wordSpans(masked.slice(from, to)).filter((word) => !isStopWord(word.text))
      const context = new Set(words.map((word) => stemOf(word.text)))
      for (const part of parts) {
        if (part.start >= from && part.start < to)
          contexts.set(`${paragraph}:${part.start}`, context)
      }
    }
  }
  return contexts
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
