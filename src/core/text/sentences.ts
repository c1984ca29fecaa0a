import { segmentText } from './segments'

/** A range `[start, end)` of UTF-16 offsets into a text. */
export interface TextSpan {
  readonly start: number
  readonly end: number
}

// Titles and honorifics stand before a name, so a full stop after them never ends a sentence.
// Latin and comparison abbreviations ("e.g.", "vs.") never end one either in news copy.
const ALWAYS_ABBREVIATED = new Set(
  (
    'mr mrs ms mx dr prof st mt ft gen lt col maj capt cpt sgt cpl adm cmdr gov sen rep rev ' +
    'hon pres supt insp det messrs mmes e.g i.e vs cf viz approx esp incl'
  ).split(' '),
)
// Abbreviations that only stand before a number: AP style abbreviates a month only in a full date
// ("Jan. 5"), and "No." means "number" only before one ("No. 10"; a bare "No." is the answer).
const ABBREVIATED_BEFORE_NUMBER = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art fig figs p pp ch sec ' +
    'para ver op'
  ).split(' '),
)
// Words that open sentences and never continue a name. After an initial or a dotted acronym
// ("U.S."), a capitalised word is part of the name ("U.S. President") unless it is one of these
// closed-class words ("…with the U.S. The talks…").
const SENTENCE_OPENERS = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our my there ' +
    'here but and or so yet if when while after before since as in on at for from with by of ' +
    'to meanwhile however still also then now what who why how where despite although though ' +
    'according during earlier later'
  ).split(' '),
)

const SENTENCE_SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' })

// Read on the text after the last of the marks a word follows (white space, ( “ " ‘ ' [), which
// these words cannot contain: testing the whole segment tried a match from each of its characters.
const LAST_WORD_BEFORE_STOP = /^((?:\p{L}\.)*\p{L}+)\.$/u
const INITIAL = /(?:^|\.)\p{Lu}\.$/u
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u
const WORD_OPENER = /[\s(“"‘'[]/u
const FIRST_WORD = /^[\s“"‘'([]*([\p{L}\p{N}]+)/u
const OPENS_LOWER_CASE = /^\s*\p{Ll}/u
const OPENS_WITH_DIGIT = /^\s*\d/u

// Quotation marks that open a quotation, and what closes each (by character code). A straight '"'
// toggles. Single quotes are left out: '’' is also the apostrophe, so it cannot be counted.
const CLOSER_OF: ReadonlyMap<number, number> = new Map(
  [
    ['“', '”'],
    ['„', '”'],
    ['«', '»'],
    ['"', '"'],
  ].map(([opener = '', closer = '']) => [opener.charCodeAt(0), closer.charCodeAt(0)]),
)

/**
 * The one sentence splitter: sentence ranges `[start, end)` of a text, trimmed of spaces.
 * `Intl.Segmenter` (UAX #29) keeps decimals and closing quotes with their sentence; repairs join
 * what it splits after titles, initials and dotted acronyms ("Dr.", "J. D.", "U.S."), after a
 * month or "No." before a number, before a lower-case word and inside a closed quotation.
 */
export function splitSentenceRanges(text: string): ReadonlyArray<TextSpan> {
  const pieces: TextSpan[] = []
  const quotations = closedQuotations(text)
  // The first quotation that does not end before the boundary last asked about: boundaries come
  // in order, so the quotations are walked once.
  let quotation = 0
  let previous: TextSpan | undefined
  for (const segment of segmentText(SENTENCE_SEGMENTER, text)) {
    const span = { start: segment.index, end: segment.index + segment.text.length }
    const last = pieces[pieces.length - 1]
    // Repairs look at the segment before the boundary, never the whole merged piece, so a long
    // quotation stays linear.
    if (last !== undefined && previous !== undefined) {
      let joins = continuesSentence(text, previous, span)
      if (!joins) {
        const at = previous.end
        while (quotation < quotations.length && (quotations[quotation]?.end ?? 0) <= at)
          quotation += 1
        const around = quotations[quotation]
        joins =
          around !== undefined &&
          around.start < at &&
          at < around.end &&
          !/[\n\r\u2028\u2029]/u.test(text.slice(previous.start, previous.end))
      }
      if (joins) pieces[pieces.length - 1] = { start: last.start, end: span.end }
      else pieces.push(span)
    } else {
      pieces.push(span)
    }
    previous = span
  }
  return pieces.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start)
}

function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1
  return { start, end }
}

function continuesSentence(text: string, previous: TextSpan, next: TextSpan): boolean {
  const before = text.slice(previous.start, previous.end)
  // A line break is a paragraph break: no repair joins across one.
  if (/[\n\r\u2028\u2029]/u.test(before)) return false
  const head = before.trimEnd()
  const after = text.slice(next.start, next.end)
  // "“Is it over?” he asked." — a sentence never opens in lower case, so the attribution goes on.
  if (OPENS_LOWER_CASE.test(after)) return true
  if (!head.endsWith('.')) return false
  const lastWord = head.slice(lastWordStart(head))
  const word = LAST_WORD_BEFORE_STOP.exec(lastWord)?.[1]?.toLowerCase()
  if (word !== undefined && ALWAYS_ABBREVIATED.has(word)) return true
  if (word !== undefined && ABBREVIATED_BEFORE_NUMBER.has(word)) return OPENS_WITH_DIGIT.test(after)
  if (INITIAL.test(lastWord) || DOTTED_ACRONYM.test(lastWord)) {
    const nextWord = FIRST_WORD.exec(after)?.[1]?.toLowerCase()
    return nextWord === undefined || !SENTENCE_OPENERS.has(nextWord)
  }
  return false
}

/** Where the text's last word starts: just after the last white space or opening mark. */
function lastWordStart(text: string): number {
  let at = text.length
  while (at > 0) {
    const code = text.charCodeAt(at - 1)
    // ASCII marks by code; other characters (curly quotes, Unicode spaces) by the pattern.
    const opener =
      code < 0x80
        ? code === 0x20 ||
          (code >= 0x09 && code <= 0x0d) ||
          code === 0x28 ||
          code === 0x22 ||
          code === 0x27 ||
          code === 0x5b
        : WORD_OPENER.test(text[at - 1] ?? '')
    if (opener) break
    at -= 1
  }
  return at
}

/** Spans from each opening quotation mark to its closing mark, for quotations that do close. */
function closedQuotations(text: string): ReadonlyArray<TextSpan> {
  const quotations: TextSpan[] = []
  let openedAt = -1
  let closer = 0
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at)
    if (openedAt >= 0) {
      if (code === closer) {
        quotations.push({ start: openedAt, end: at })
        openedAt = -1
      } else if (code === 0x0a) {
        openedAt = -1
      }
    } else {
      const found = closerOf(code)
      if (found !== 0) {
        openedAt = at
        closer = found
      }
    }
  }
  return quotations
}

/** The code of the mark that closes a quotation opened by `code`, or 0 (a plain character). */
function closerOf(code: number): number {
  // '"' is the one ASCII opener: other ASCII characters skip the lookup.
  return code < 0x80 && code !== 0x22 ? 0 : (CLOSER_OF.get(code) ?? 0)
}
