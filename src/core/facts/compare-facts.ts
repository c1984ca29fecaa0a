import type { AlignedRow, CompareOptions, FactChange, Paragraph } from '../types'

// TEMPORARY placeholder (to be replaced by the facts work).
/** Facts (numbers, dates, people, organisations, places, sources) that differ per aligned row. */
export function compareFacts(
  _left: ReadonlyArray<Paragraph>,
  _right: ReadonlyArray<Paragraph>,
  _rows: ReadonlyArray<AlignedRow>,
  _options: CompareOptions,
): ReadonlyArray<FactChange> {
  return []
}
