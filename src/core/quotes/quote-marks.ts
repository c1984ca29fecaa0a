/** Where a quotation's words lie in a paragraph: `[start, end)` excludes the marks themselves. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number
  readonly start: number
  readonly end: number
  /**
   * False when no closing mark follows: news style leaves a quote open at the end of a paragraph
   * that the next paragraph continues with an opening mark only.
   */
  readonly closed: boolean
}

interface MarkFamily {
  readonly double: boolean
  /** The marks that may close a quote of this family (global: searched from `lastIndex`). */
  readonly closers: RegExp
}

const CURLY_DOUBLE: MarkFamily = { double: true, closers: /[\u201D"\u201C]/gu }
const LOW_DOUBLE: MarkFamily = { double: true, closers: /[\u201C\u201D"]/gu }
const GUILLEMET: MarkFamily = { double: true, closers: /\u00BB/gu }
const SINGLE: MarkFamily = { double: false, closers: /[\u2019']/gu }
const LOW_SINGLE: MarkFamily = { double: false, closers: /[\u2018\u2019]/gu }
const SINGLE_GUILLEMET: MarkFamily = { double: false, closers: /\u203A/gu }

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const SPACE = /\s/u
// What may stand right before an opening mark: nothing, a space, an opening bracket, a dash or
// another opening mark ("'He said “no”'").
const BEFORE_OPENER = /[\s([{\u2014\u2013\-/\u201C\u201E\u00AB\u2018"']/u
// Apostrophes that begin a word ('90s, 'em, 'n', 'til) look like opening single quotes.
const ELISION = /^['\u2018](?:\d\d?s?\b|n'|em\b|til\b|cause\b|tis\b|twas\b)/iu

/** Finds every top-level quotation in a paragraph; apostrophes and nested quotes are not spans. */
export function findQuoteSpans(text: string): ReadonlyArray<QuoteSpan> {
  const spans: QuoteSpan[] = []
  let index = 0
  while (index < text.length) {
    // Most of a text is no mark at all: jump to the next one that might open a quote.
    index = nextMark(text, index)
    if (index < 0) break
    const family = openingFamily(text, index)
    if (family === null) {
      index += 1
      continue
    }
    const close = findCloser(text, index + 1, family)
    if (close >= 0) {
      spans.push(trimSpan({ open: index, start: index + 1, end: close, closed: true }, text))
      index = close + 1
    } else if (family.double) {
      spans.push(trimSpan({ open: index, start: index + 1, end: text.length, closed: false }, text))
      break
    } else {
      index += 1
    }
  }
  return spans.filter((span) => span.end > span.start)
}

const MARKS = new Set([
  '\u201C',
  '\u201E',
  '\u00AB',
  '\u2039',
  '\u201A',
  '"',
  '\u201D',
  '\u2018',
  "'",
])
// The same marks, to search for.
const MARK = /[\u201C\u201E\u00AB\u2039\u201A"\u201D\u2018']/gu

/** The offset of the first mark in `MARKS` at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from
  return MARK.exec(text)?.index ?? -1
}

function openingFamily(text: string, index: number): MarkFamily | null {
  const mark = text[index] ?? ''
  if (!MARKS.has(mark)) return null
  const before = index === 0 ? ' ' : (text[index - 1] ?? ' ')
  const after = text[index + 1] ?? ''
  // Only a mark that cannot close may open before a space: «, and “ or „ in tokenised text.
  if (after === '' || SPACE.test(after)) {
    if (mark === '\u00AB') return GUILLEMET
    if (after === '' || text.indexOf('\u201D', index + 1) < 0) return null
    return mark === '\u201C' ? CURLY_DOUBLE : mark === '\u201E' ? LOW_DOUBLE : null
  }
  switch (mark) {
    case '\u201C':
      return CURLY_DOUBLE
    case '\u201E':
      return LOW_DOUBLE
    case '\u00AB':
      return GUILLEMET
    case '\u2039':
      return SINGLE_GUILLEMET
    case '\u201A':
      return LOW_SINGLE
    case '"':
    case '\u201D':
      // A closing-shaped mark opens only where an opening one could stand.
      return BEFORE_OPENER.test(before) ? CURLY_DOUBLE : null
    case '\u2018':
    case "'":
      if (!BEFORE_OPENER.test(before) || ELISION.test(text.slice(index, index + 6))) return null
      return SINGLE
    default:
      return null
  }
}

function findCloser(text: string, from: number, family: MarkFamily): number {
  let tentative = -1
  const closers = family.closers
  closers.lastIndex = from
  for (let found = closers.exec(text); found !== null; found = closers.exec(text)) {
    const index = found.index
    const mark = found[0]
    const before = text[index - 1] ?? ' '
    const after = text[index + 1] ?? ''
    if (family.double) {
      // An opening-shaped “ closes only after a word ('“text“'); elsewhere it begins a nested quote.
      if (mark === '\u201C' && family === CURLY_DOUBLE && (SPACE.test(before) || index === from)) {
        continue
      }
      return index
    }
    // A single mark between letters is an apostrophe (don't, Russia’s).
    if (SPACE.test(before) || LETTER_OR_DIGIT.test(after)) continue
    // "students’ union": a plural possessive, unless no other closer follows.
    if (before === 's' && /^\s\p{Ll}/u.test(text.slice(index + 1, index + 3))) {
      if (tentative < 0) tentative = index
      continue
    }
    return index
  }
  return tentative
}

function trimSpan(span: QuoteSpan, text: string): QuoteSpan {
  let { start, end } = span
  while (start < end && SPACE.test(text[start] ?? '')) start += 1
  while (end > start && SPACE.test(text[end - 1] ?? '')) end -= 1
  return { ...span, start, end }
}
