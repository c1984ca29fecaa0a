import type { CompareOptions, Paragraph, ParagraphLink, QuoteChange } from '../types'

// TEMPORARY placeholder (to be replaced by the quotes work).
/** Extracts the quotations of both articles, matches them and says how each fared. */
export function compareQuotes(
  _left: ReadonlyArray<Paragraph>,
  _right: ReadonlyArray<Paragraph>,
  _links: ReadonlyArray<ParagraphLink>,
  _options: CompareOptions,
): ReadonlyArray<QuoteChange> {
  return []
}
