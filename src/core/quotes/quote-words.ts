import { QUOTE_STOP_WORDS } from '../text/stop-words'
import { stemWord } from '../text/stem'
import { normalizeTypography } from '../text/typography'

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

// Quotes and their contexts repeat a small vocabulary: each spelling is stemmed once. Cleared
// when full so that memory stays bounded.
const STEMS = new Map<string, string>()
const MAX_STEMS = 50_000

/**
 * The one stemmer's stem of a word as quotes write it (any case, curly apostrophes, a possessive),
 * used only to score how alike two wordings are, never to decide that two quotes are equal.
 */
export function stemOf(word: string): string {
  const known = STEMS.get(word)
  if (known !== undefined) return known
  const stem = stemWord(plainTypography(word).toLowerCase().replace(/'s?$/u, ''))
  if (STEMS.size >= MAX_STEMS) STEMS.clear()
  STEMS.set(word, stem)
  return stem
}

/** True for English function words ("the", "would", "very") that say nothing about content. */
export function isStopWord(word: string): boolean {
  // Most words are written as listed or capitalised: skip the folding for those.
  return QUOTE_STOP_WORDS.has(word) || QUOTE_STOP_WORDS.has(plainTypography(word).toLowerCase())
}
