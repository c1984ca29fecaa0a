import type { CompareOptions } from '../types'
import { normalizeTypography } from './typography'

// Unicode punctuation (\p{P}) except the marks that read as words ("per cent", "and", "number",
// "at"): dropping them would make "50%" equal "50" under ignore-punctuation.
const PUNCTUATION = /(?![%‰‱&#@])\p{P}/gu
const PUNCTUATION_ONLY = /^(?:(?![%‰‱&#@])\p{P})+$/u

/** True when the text is non-empty and made only of punctuation marks (no letters, digits, %). */
export function isPunctuationOnly(text: string): boolean {
  return PUNCTUATION_ONLY.test(text)
}

/** Removes punctuation marks, keeping letters, digits, symbols, spaces and word-like marks (%). */
export function stripPunctuation(text: string): string {
  return text.replace(PUNCTUATION, '')
}

/**
 * The key two spellings must share to compare equal under the options: canonical Unicode (NFC)
 * always, then typography, punctuation and case folded as asked. Never shown to the reader.
 */
export function foldForComparison(text: string, options: CompareOptions): string {
  let folded = options.ignoreTypography ? normalizeTypography(text) : text.normalize('NFC')
  if (options.ignorePunctuation) folded = stripPunctuation(folded)
  // toLowerCase rather than a locale-aware fold, so results never depend on the machine's locale.
  if (options.ignoreCase) folded = folded.toLowerCase()
  return folded
}
