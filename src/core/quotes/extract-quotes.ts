import { progressCounter, progressSpan } from '../progress'
import type { ProgressReport } from '../progress'
import type { Paragraph } from '../types'
import { QUOTE_PART_SEPARATOR } from '../types'
import { NO_ATTRIBUTION, attributeSpans, createSentenceReadings } from './attribution'
import type { Attribution, AttributionKind, SentenceReadings } from './attribution'
import { createNameTagger } from './name-tagger'
import { createParagraphWordCache, createPeople } from './people'
import type { ParagraphWordCache, People } from './people'
import { findQuoteSpans } from './quote-marks'
import type { QuoteSpan } from './quote-marks'
import { splitParagraphSentences, splitParagraphWords } from './sentence-ranges'
import type { ParagraphSentences, ParagraphWords } from './sentence-ranges'
import { RecurringTextCache } from '../text/recurring-texts'
import { compoundWordSpans } from '../text/words'
import { SPEECH_VERBS } from './speaker-words'

export type { AttributionKind } from './attribution'

/** One stretch of quoted words between a pair of marks; offsets exclude the marks. */
export interface QuotePart {
  readonly paragraph: number
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * A quotation: one or more parts that read as one quote — a quote split around its attribution
 * ("“…,” Trump said. “…”") or continued in the next paragraph with an opening mark only.
 */
export interface Quotation {
  /** The quoted words as written without the marks; parts joined by `PART_SEPARATOR`. */
  readonly text: string
  /** Paragraph and offsets of the first part. */
  readonly paragraph: number
  readonly start: number
  readonly end: number
  readonly parts: ReadonlyArray<QuotePart>
  /**
   * The person's name without titles, completed from the fullest form the article uses ("Leavitt"
   * → "Karoline Leavitt"), also when the attribution is a role the article gives one person ("the
   * Kremlin spokesman"); null when the quote is tied to no person the article names.
   */
  readonly speaker: string | null
  /** The attribution as written ("White House Press Secretary Karoline Leavitt", "he", "a BBC source"). */
  readonly speakerMention: string | null
  /** Where the attribution was found relative to the quote. */
  readonly attribution: AttributionKind
  /** True when the attribution is a pronoun resolved to the nearest preceding named person. */
  readonly pronoun: boolean
  /**
   * How the text describes the person it ties the quote to without naming them ("A spokesperson"),
   * null when it names them or ties the quote to no one.
   */
  readonly unnamedSpeaker: string | null
}

/**
 * What stands between the parts of a quotation in its text: the words left out ("he said") are
 * elided, never replaced by punctuation the article did not write (the comparison's separator).
 */
export const PART_SEPARATOR = QUOTE_PART_SEPARATOR

// A split quote's attribution is a short clause ("Trump said", "said Kremlin spokesman Dmitry
// Peskov on Wednesday"); anything longer reports something else between two quotations.
const MAX_SPLIT_ATTRIBUTION_WORDS = 8

/**
 * What quotes read from a paragraph's text alone: a rewrite keeps many paragraphs as they were,
 * so one cache serves both articles of a comparison.
 */
export interface QuoteTextCache {
  /** Quote spans by paragraph text. */
  readonly spans: Map<string, ReadonlyArray<QuoteSpan>>
  readonly readings: SentenceReadings
  readonly words: ParagraphWordCache
}

/**
 * An empty cache for `extractQuotes`, to share between the two articles of a comparison; given
 * the texts that recur (`recurringTexts`), it keeps only theirs.
 */
export function createQuoteTextCache(recurring?: ReadonlySet<string>): QuoteTextCache {
  if (recurring === undefined) {
    return {
      spans: new Map(),
      readings: createSentenceReadings(),
      words: createParagraphWordCache(),
    }
  }
  return {
    spans: new RecurringTextCache(recurring),
    readings: new RecurringTextCache(recurring),
    words: new RecurringTextCache(recurring),
  }
}

const NO_SPANS: ReadonlyArray<QuoteSpan> = []

/**
 * Extracts every quotation of an article in reading order, with its attributed speaker; pass one
 * cache for both articles of a comparison so shared paragraphs are read once, and the sentences
 * from the comparison's analysis when it has one.
 */
export function extractQuotes(
  paragraphs: ReadonlyArray<Paragraph>,
  cache: QuoteTextCache = createQuoteTextCache(),
  sentencesOf: ParagraphSentences = splitParagraphSentences,
  progress?: ProgressReport,
  wordsOf: ParagraphWords = splitParagraphWords,
): ReadonlyArray<Quotation> {
  const spans: Array<ReadonlyArray<QuoteSpan>> = []
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'boilerplate') {
      spans.push(NO_SPANS)
      continue
    }
    let found = cache.spans.get(paragraph.text)
    if (found === undefined) {
      found = findQuoteSpans(paragraph.text)
      cache.spans.set(paragraph.text, found)
    }
    spans.push(found)
  }
  const tagger = createNameTagger()
  const people = createPeople(paragraphs, tagger, cache.words, wordsOf)
  // Attribution and naming the speakers (people are resolved lazily, in toQuotation) take about
  // half each on a long article.
  const attributions = attributeSpans(
    paragraphs,
    spans,
    tagger,
    people,
    cache.readings,
    sentencesOf,
    progressSpan(progress, 0, 0.5),
    wordsOf,
  )
  const groups: Array<{ parts: QuotePart[]; attribution: Attribution }> = []
  let open: { parts: QuotePart[]; attribution: Attribution } | null = null
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!
    const paragraphSpans = spans[index] ?? []
    let previous: QuoteSpan | null = null
    for (let spanIndex = 0; spanIndex < paragraphSpans.length; spanIndex += 1) {
      const span = paragraphSpans[spanIndex]!
      const part = partOf(paragraph, span)
      const attribution = attributions[index]?.[spanIndex] ?? NO_ATTRIBUTION
      const continuesOpen = open !== null && spanIndex === 0 && opensParagraph(paragraph.text, span)
      const continuesSplit =
        previous !== null && isSplitAttribution(paragraph.text, previous, span, groups)
      const current = groups[groups.length - 1]
      if ((continuesOpen && open !== null) || (continuesSplit && current !== undefined)) {
        const group = continuesOpen && open !== null ? open : current!
        group.parts.push(part)
        if (group.attribution.kind === 'none') group.attribution = attribution
      } else {
        groups.push({ parts: [part], attribution })
      }
      previous = span
    }
    const last = paragraphSpans[paragraphSpans.length - 1]
    open = last !== undefined && !last.closed ? (groups[groups.length - 1] ?? null) : null
  }
  const named = progressCounter(progressSpan(progress, 0.5, 1), groups.length)
  const quotations: Quotation[] = []
  for (let index = 0; index < groups.length; index += 1) {
    named(index)
    const { parts, attribution } = groups[index]!
    quotations.push(toQuotation(parts, attribution, people))
  }
  return quotations
}

function partOf(paragraph: Paragraph, span: QuoteSpan): QuotePart {
  return {
    paragraph: paragraph.index,
    start: span.start,
    end: span.end,
    text: paragraph.text.slice(span.start, span.end),
  }
}

function opensParagraph(text: string, span: QuoteSpan): boolean {
  return /^[\s\-\u2013\u2014]*$/u.test(text.slice(0, span.open))
}

/** `“…,” Trump said. “…”`: the text between two quotes is only their attribution. */
function isSplitAttribution(
  text: string,
  previous: QuoteSpan,
  span: QuoteSpan,
  groups: ReadonlyArray<{ readonly attribution: Attribution }>,
): boolean {
  if (!previous.closed) return false
  const between = compoundWordSpans(text.slice(previous.end + 1, span.open))
  if (between.length === 0 || between.length > MAX_SPLIT_ATTRIBUTION_WORDS) return false
  const attributed = groups[groups.length - 1]?.attribution.kind === 'after-quote'
  return attributed && between.some((word) => SPEECH_VERBS.has(word.text))
}

/** The person an attribution names, or the one holder of the role it names, or null. */
function speakerOf(attribution: Attribution, people: People): string | null {
  if (attribution.speaker === null) return null
  const name = people.personName(attribution.speaker)
  if (name !== null || attribution.pronoun || attribution.mention === null) return name
  return people.resolveRole(attribution.mention)
}

function toQuotation(
  parts: ReadonlyArray<QuotePart>,
  attribution: Attribution,
  people: People,
): Quotation {
  const first = parts[0]!
  const speaker = speakerOf(attribution, people)
  return {
    text: parts.map((part) => part.text).join(PART_SEPARATOR),
    paragraph: first.paragraph,
    start: first.start,
    end: first.end,
    parts,
    speaker,
    speakerMention: attribution.mention,
    attribution: attribution.kind,
    pronoun: attribution.pronoun,
    unnamedSpeaker: speaker === null ? unnamedSpeakerOf(attribution) : null,
  }
}

// Words that open a description of a person the text does not name: "a spokesperson", "one waiter".
const DESCRIPTION_START = /^(?:a|an|one|the)\s/iu

/** The description an attribution gives of a person it does not name ("A spokesperson"), if any. */
function unnamedSpeakerOf(attribution: Attribution): string | null {
  if (attribution.speaker !== null && !attribution.pronoun) {
    return DESCRIPTION_START.test(attribution.speaker) ? attribution.speaker : null
  }
  return attribution.described ?? null
}
