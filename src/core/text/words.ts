import { segmentText } from './segments'

/** A word of a text and where it stands: `[start, end)` are UTF-16 offsets into the text. */
export interface WordSpan {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** One word, whitespace run or other mark (punctuation, symbol) of a text, with its offsets. */
export interface TextToken extends WordSpan {
  readonly kind: 'word' | 'space' | 'other'
}

const WORD_SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' })
// Word boundaries never join across whitespace (UAX #29), so each whitespace-free run can be
// segmented on its own. A run that is a plain word of an alphabetic script, with its opening and
// closing marks, is split by a regular expression that follows the same rules; that skips the
// segmenter (about ten times slower in V8) for nearly all of an English text. Other runs, and
// scripts written without spaces (Chinese, Japanese, Thai…), go through the segmenter.
const SPACE = /^\s/u
// Most runs are a bare word: one cheap test settles them.
const BARE_WORD =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}\p{Mn}]*$/u
const LETTER = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]`
const DIGIT = String.raw`\p{Nd}`
const INNER = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}\p{Mn}]`
// UAX #29 WB6/7 and WB11/12: an apostrophe or full stop between letters ("don't", "U.S") and a
// full stop, comma or apostrophe between digits ("5,000", "3.5") stay inside the word.
const JOINED = String.raw`(?:(?<=${LETTER}\p{Mn}*)['’.](?=${LETTER})|(?<=${DIGIT}\p{Mn}*)[.,'’](?=${DIGIT}))`
const PLAIN_WORD = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]${INNER}*(?:${JOINED}${INNER}+)*`
// Marks around a plain word ("“positive", "Kursk,", "U.S.") are segments of their own.
const PLAIN_WORD_WITH_MARKS = new RegExp(
  String.raw`^([(["“‘'«¿¡]*)(${PLAIN_WORD})([.,;:!?)\]"”’'»…%]*)$`,
  'u',
)

/**
 * The index of the first of `spans` (in text order) that starts at or after `offset`; their length
 * when none does. Words, tokens and facts all find where a range begins this way.
 */
export function firstSpanFrom(
  spans: ReadonlyArray<{ readonly start: number }>,
  offset: number,
): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (spans[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The one tokenizer: splits a text at UAX #29 word boundaries (`Intl.Segmenter`), so scripts
 * written without spaces split into words too. Whitespace runs are one token, each punctuation
 * mark is one ("..." and "--" are one: a mark typed in several keystrokes). The tokens' texts
 * concatenate to the input exactly and their offsets are UTF-16 positions in it.
 */
export function tokenizeText(text: string): ReadonlyArray<TextToken> {
  const tokens: TextToken[] = []
  // A scan by character code rather than a regular expression's matches: this runs over every
  // paragraph of both articles, and a run of ASCII letters and digits is a bare word at once.
  let at = 0
  while (at < text.length) {
    const start = at
    if (isSpaceAt(text, at)) {
      do at += 1
      while (at < text.length && isSpaceAt(text, at))
      tokens.push({ text: text.slice(start, at), start, end: at, kind: 'space' })
      continue
    }
    let plain = true
    do {
      if (plain && !isAsciiLetterOrDigit(text.charCodeAt(at))) plain = false
      at += 1
    } while (at < text.length && !isSpaceAt(text, at))
    const found = text.slice(start, at)
    if (plain || BARE_WORD.test(found)) {
      tokens.push({ text: found, start, end: at, kind: 'word' })
    } else {
      pushMarkedRun(tokens, found, start)
    }
  }
  return tokens
}

/**
 * How many whitespace-separated runs a text has: `text.split(/\s+/)` without its empty pieces,
 * counted without building them (headings and furniture count the words of every line). Counting
 * stops at `limit`: a caller that only compares the count with a bound need not read on.
 */
export function countSpacedRuns(text: string, limit = Infinity): number {
  let runs = 0
  let inRun = false
  for (let at = 0; at < text.length && runs < limit; at += 1) {
    const space = isSpaceAt(text, at)
    if (!space && !inRun) runs += 1
    inRun = !space
  }
  return runs
}

/** Whether the character at `at` is whitespace as `\s` reads it (ASCII tested by code). */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return SPACE.test(text[at] ?? '')
}

/** Whether a text is one or more ASCII letters and digits only: a bare word, no marks or joins. */
export function isAsciiAlphanumeric(text: string): boolean {
  if (text === '') return false
  for (let at = 0; at < text.length; at += 1) {
    if (!isAsciiLetterOrDigit(text.charCodeAt(at))) return false
  }
  return true
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  )
}

/** Tokens of a whitespace-free run that is not a bare word: marks around a word, or segments. */
function pushMarkedRun(tokens: TextToken[], found: string, start: number): void {
  const plain = PLAIN_WORD_WITH_MARKS.exec(found)
  if (plain !== null) {
    pushPlainWord(tokens, plain, start)
    return
  }
  if (pushDashedWords(tokens, found, start)) return
  for (const segment of segmentText(WORD_SEGMENTER, found)) {
    const kind = segment.isWordLike ? 'word' : SPACE.test(segment.text) ? 'space' : 'other'
    pushToken(tokens, segment.text, start + segment.index, kind)
  }
}

function pushPlainWord(tokens: TextToken[], plain: RegExpExecArray, start: number): void {
  const [, before = '', word = '', after = ''] = plain
  let at = start
  for (const mark of before) pushToken(tokens, mark, at++, 'other')
  pushToken(tokens, word, at, 'word')
  at += word.length
  for (const mark of after) pushToken(tokens, mark, at++, 'other')
}

// Hyphens and dashes: UAX #29 breaks on both sides of each ("30-day", "US-backed", "hometown—Odesa").
const DASH = /[-\u2010\u2011\u2013\u2014]/u
const DASHES = /[-\u2010\u2011\u2013\u2014]/gu

/**
 * A run of plain words joined by single dashes, pushed word by word with each dash a mark of its
 * own, as the segmenter splits it; false (nothing pushed) for any other run.
 */
function pushDashedWords(tokens: TextToken[], found: string, start: number): boolean {
  if (!DASH.test(found)) return false
  const pieces = found.split(DASHES)
  const words: RegExpExecArray[] = []
  for (const piece of pieces) {
    const plain = piece === '' ? null : PLAIN_WORD_WITH_MARKS.exec(piece)
    if (plain === null) return false
    words.push(plain)
  }
  let at = start
  for (let index = 0; index < words.length; index += 1) {
    const plain = words[index] as RegExpExecArray
    if (index > 0) pushToken(tokens, found[at - start] ?? '', at++, 'other')
    pushPlainWord(tokens, plain, at)
    at += plain[0].length
  }
  return true
}

function pushToken(
  tokens: TextToken[],
  text: string,
  start: number,
  kind: TextToken['kind'],
): void {
  const last = tokens[tokens.length - 1]
  // "..." and "--" compare as one token with "…" and "—".
  if (
    kind === 'other' &&
    (text === '.' || text === '-') &&
    last?.kind === 'other' &&
    last.end === start &&
    last.text === text.repeat(last.text.length)
  ) {
    tokens[tokens.length - 1] = {
      text: last.text + text,
      start: last.start,
      end: start + text.length,
      kind: last.kind,
    }
  } else {
    tokens.push({ text, start, end: start + text.length, kind })
  }
}

/** The words of a text, in order: the word tokens of `tokenizeText`. */
export function wordSpans(text: string): ReadonlyArray<WordSpan> {
  return wordsOf(tokenizeText(text))
}

/**
 * The word tokens among a text's tokens, as spans: the tokens themselves, not copies (an article's
 * analysis keeps both lists, and a copy per word was a quarter of it).
 */
export function wordsOf(tokens: ReadonlyArray<TextToken>): ReadonlyArray<WordSpan> {
  const words: WordSpan[] = []
  for (const token of tokens) {
    if (token.kind === 'word') words.push(token)
  }
  return words
}

const HYPHEN = /^[-\u2010\u2011]$/u

/**
 * Words with hyphenated compounds joined ("well-known", "T-Mobile", "a-t-il" are one word), as
 * people count words and as quotes compare them; UAX #29 itself breaks at a hyphen.
 */
export function compoundWordsOf(
  tokens: ReadonlyArray<TextToken>,
  words: ReadonlyArray<WordSpan> = wordsOf(tokens),
): ReadonlyArray<WordSpan> {
  // Most texts join no compound: their words are the counted words, one list for both.
  if (!tokens.some((token, index) => joinsCompound(tokens, index))) return words
  const counted: WordSpan[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]
    if (token?.kind !== 'word') continue
    const last = counted[counted.length - 1]
    if (last !== undefined && joinsCompound(tokens, index)) {
      counted[counted.length - 1] = {
        text: last.text + (tokens[index - 1]?.text ?? '') + token.text,
        start: last.start,
        end: token.end,
      }
    } else {
      counted.push(token)
    }
  }
  return counted
}

/** True when the word token at `index` follows a word through a hyphen with no space ("well-known"). */
function joinsCompound(tokens: ReadonlyArray<TextToken>, index: number): boolean {
  const token = tokens[index]
  const hyphen = tokens[index - 1]
  const before = tokens[index - 2]
  return (
    token?.kind === 'word' &&
    hyphen !== undefined &&
    before?.kind === 'word' &&
    HYPHEN.test(hyphen.text) &&
    before.end === hyphen.start &&
    hyphen.end === token.start
  )
}

/** The words of a text with hyphenated compounds joined (see `compoundWordsOf`). */
export function compoundWordSpans(text: string): ReadonlyArray<WordSpan> {
  return compoundWordsOf(tokenizeText(text))
}
