import { stemWord } from '../text/stem'
import { ALIGNMENT_STOP_WORDS } from '../text/stop-words'
import { wordSpans } from '../text/words'
import type { WordSpan } from '../text/words'

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

/**
 * What each surface word maps to away from a sentence start (a number with digit groups maps to
 * several tokens), cached because words recur a lot.
 */
export type WordFormCache = Map<string, ReadonlyArray<WordToken>>

/** Splits text into word tokens for alignment (stop words included, see `isContentWord`). */
export function tokenizeWords(
  text: string,
  cache: WordFormCache = new Map(),
): ReadonlyArray<WordToken> {
  return wordForms(wordSpans(text), cache)
}

/** The alignment's view of words the one tokenizer found (the first is a sentence's opening). */
export function wordForms(
  words: ReadonlyArray<WordSpan>,
  cache: WordFormCache = new Map(),
): ReadonlyArray<WordToken> {
  const tokens: WordToken[] = []
  for (const word of words) {
    for (const form of formsOf(word.text, cache)) {
      tokens.push(tokens.length === 0 ? { ...form, initial: true } : form)
    }
  }
  return tokens
}

/**
 * The content words (see `isContentWord`) of `wordForms(words)`, read in one pass: the aligner
 * reads every sentence of both articles this way.
 */
export function contentWordForms(
  words: ReadonlyArray<WordSpan>,
  cache: WordFormCache = new Map(),
): ReadonlyArray<WordToken> {
  const tokens: WordToken[] = []
  let first = true
  for (const word of words) {
    for (const form of formsOf(word.text, cache)) {
      if (isContentWord(form)) tokens.push(first ? { ...form, initial: true } : form)
      first = false
    }
  }
  return tokens
}

const NUMBER_WITH_GROUPS = /^\p{N}+(?:[.,'’]\p{N}+)+$/u

function formsOf(word: string, cache: WordFormCache): ReadonlyArray<WordToken> {
  let forms = cache.get(word)
  if (forms === undefined) {
    // A number's digit groups ("2,839", "3.5") are words of their own here, as they were before
    // the one tokenizer: rewrites round numbers ("nearly 2,840"), and the shared leading group
    // is what links such sentences (5 gold links of the synthetic corpus need it).
    const parts = NUMBER_WITH_GROUPS.test(word) ? word.split(/[.,'’]/u) : [word]
    forms = parts.map(describeForm)
    cache.set(word, forms)
  }
  return forms
}

function describeForm(word: string): WordToken {
  const surface = word.replace(/’/g, "'")
  // "U.S." reads as the acronym "US", as its undotted spelling does.
  const lower = surface
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
  const numeric = /^\p{N}/u.test(lower)
  return {
    lower,
    key: numeric ? lower : stemWord(lower),
    capitalised: /^\p{Lu}/u.test(surface),
    numeric,
    initial: false,
  }
}

/** True for a word that carries content (not a stop word, a single letter or a lone digit). */
export function isContentWord(token: WordToken): boolean {
  if (ALIGNMENT_STOP_WORDS.has(token.lower)) return false
  return token.numeric ? token.lower.length > 1 || token.key !== '0' : token.lower.length > 1
}
