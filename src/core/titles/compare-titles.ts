import type { AlignedRow, CompareOptions, Paragraph, ParagraphLink, TitleChange } from '../types'

// TEMPORARY placeholder (to be replaced by the titles work).
/** Headline and subheadings: added, removed, changed or unchanged. */
export function compareTitles(
  _left: ReadonlyArray<Paragraph>,
  _right: ReadonlyArray<Paragraph>,
  _rows: ReadonlyArray<AlignedRow>,
  _links: ReadonlyArray<ParagraphLink>,
  _options: CompareOptions,
): ReadonlyArray<TitleChange> {
  return []
}
