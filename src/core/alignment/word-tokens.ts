import { stemWord } from '../text/stem'
import { ALIGNMENT_STOP_WORDS } from '../text/stop-words'

/** One word of a sentence as the aligner sees it. */
export interface WordToken {
  /** Lower-cased, typographic apostrophes straightened, possessive removed: the vector lookup. */
  readonly lower: string
  /** A light stem of `lower` (plural, -ing, -ed): words with the same key match exactly. */
  readonly key: string
  readonly capitalised: boolean
  readonly numeric: boolean
  /** First word of its sentence, where capitals say nothing about names. */
  readonly initial: boolean
}

// Letters or digits, with inner apostrophes ("don't"); hyphens and dashes separate words.
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
// "U.S." and "U.K." read as the acronyms "US" and "UK".
const DOTTED_ACRONYM = /\b((?:\p{Lu}\.){2,})/gu

/** What a surface word maps to away from a sentence start, cached because words recur a lot. */
export type WordFormCache = Map<string, WordToken>

/** Splits text into word tokens for alignment (stop words included, see `isContentWord`). */
export function tokenizeWords(
  text: string,
  cache: WordFormCache = new Map(),
): ReadonlyArray<WordToken> {
  const normalised = text.includes('.')
    ? text.replace(DOTTED_ACRONYM, (match) => match.replace(/\./g, '') + ' ')
    : text
  const tokens: WordToken[] = []
  for (const match of normalised.matchAll(WORD_PATTERN)) {
    const form = cache.get(match[0]) ?? describeForm(match[0], cache)
    tokens.push(tokens.length === 0 ? { ...form, initial: true } : form)
  }
  return tokens
}

function describeForm(word: string, cache: WordFormCache): WordToken {
  const surface = word.replace(/’/g, "'")
  const lower = surface.toLowerCase().replace(/'s$/, '')
  const numeric = /^\p{N}/u.test(lower)
  const form = {
    lower,
    key: numeric ? lower : stemWord(lower),
    capitalised: /^\p{Lu}/u.test(surface),
    numeric,
    initial: false,
  }
  cache.set(word, form)
  return form
}

/** True for a word that carries content (not a stop word, a single letter or a lone digit). */
export function isContentWord(token: WordToken): boolean {
  if (ALIGNMENT_STOP_WORDS.has(token.lower)) return false
  return token.numeric ? token.lower.length > 1 || token.key !== '0' : token.lower.length > 1
}
