import { QUOTE_STOP_WORDS } from '../text/stop-words'
import { segmentText } from '../text/segments'
import { normalizeTypography } from '../text/typography'

/** A word of a text and where it stands: `[start, end)` are UTF-16 offsets. */
export interface WordSpan {
  readonly text: string
  readonly start: number
  readonly end: number
}

// Words of alphabetic scripts are found with one regular expression (Intl.Segmenter costs about
// ten times more and dominated the run time on long articles); scripts written without spaces
// between words still go through the segmenter.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u2010-][\p{L}\p{M}\p{N}]+)*/gu
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' })

/** The words of a text, in order. */
export function wordSpans(text: string): ReadonlyArray<WordSpan> {
  const spans: WordSpan[] = []
  // One test of the whole text spares testing each word of the (usual) text with none.
  const unspaced = UNSPACED_SCRIPT.test(text)
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    if (!unspaced || !UNSPACED_SCRIPT.test(word)) {
      spans.push({ text: word, start: match.index, end: match.index + word.length })
      continue
    }
    // A paragraph of such a script is one regex match; segmentText keeps V8's segmenter linear.
    for (const segment of segmentText(wordSegmenter, word)) {
      if (!segment.isWordLike) continue
      const start = match.index + segment.index
      spans.push({ text: segment.text, start, end: start + segment.text.length })
    }
  }
  return spans
}

// Only non-ASCII words can hold a typographic variant; skipping the rest saves most of the work.
const NON_ASCII = /[^\p{ASCII}]/u

function plainTypography(word: string): string {
  return NON_ASCII.test(word) ? normalizeTypography(word) : word
}

/**
 * A word as quotes compare it: typography folded (curly apostrophes), and the first letter's case
 * dropped because a quote cut at another place or opening a sentence changes only that letter.
 */
export function wordKey(word: string, ignoreCase: boolean): string {
  const plain = plainTypography(word)
  if (ignoreCase) return plain.toLowerCase()
  return plain.charAt(0).toLowerCase() + plain.slice(1)
}

// Light suffix stripping (no dictionary): enough to pair "liberate"/"liberation" and
// "message"/"messages" when scoring, never used to decide that two quotes are equal.
const SUFFIXES = ['ions', 'ion', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 'ly']

// Quotes and their contexts repeat a small vocabulary: each spelling is stemmed once. Cleared
// when full so that memory stays bounded.
const STEMS = new Map<string, string>()
const MAX_STEMS = 50_000

/** A crude stem of a lower-cased word, used only to score how alike two wordings are. */
export function stemOf(word: string): string {
  const known = STEMS.get(word)
  if (known !== undefined) return known
  const stem = computeStem(word)
  if (STEMS.size >= MAX_STEMS) STEMS.clear()
  STEMS.set(word, stem)
  return stem
}

function computeStem(word: string): string {
  let stem = plainTypography(word).toLowerCase()
  if (stem.endsWith("'s")) stem = stem.slice(0, -2)
  else if (stem.endsWith("'")) stem = stem.slice(0, -1)
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      const cut = stem.slice(0, -suffix.length)
      return suffix === 'ies' ? `${cut}y` : cut.replace(/e$/u, '')
    }
  }
  if (stem.length > 3 && stem.endsWith('s') && !/(ss|us|is)$/u.test(stem)) stem = stem.slice(0, -1)
  return stem.length > 3 ? stem.replace(/e$/u, '') : stem
}

/** True for English function words ("the", "would", "very") that say nothing about content. */
export function isStopWord(word: string): boolean {
  // Most words are written as listed or capitalised: skip the folding for those.
  return QUOTE_STOP_WORDS.has(word) || QUOTE_STOP_WORDS.has(plainTypography(word).toLowerCase())
}
