import { COMPARISON_SCHEMA, DEFAULT_COMPARE_OPTIONS } from '../../core'
import type { AlignedRow, Comparison, ComparisonStats, Paragraph, SideText } from '../../core'

const ZERO_STATS: ComparisonStats = {
  similarity: 0.5,
  contentShared: { left: 0.5, right: 0.5 },
  wordsLeft: 0,
  wordsRight: 0,
  wordsAdded: 0,
  wordsRemoved: 0,
  paragraphs: { equal: 0, changed: 0, moved: 0, split: 0, merged: 0, added: 0, removed: 0 },
  quotes: { unchanged: 0, altered: 0, added: 0, removed: 0, paraphrased: 0 },
  facts: { added: 0, removed: 0, changed: 0 },
  titles: { added: 0, removed: 0, changed: 0, unchanged: 0 },
}

/** A side's words at `start` in paragraph `paragraph`, with their one span. */
export function sideAt(paragraph: number, start: number, text: string): SideText {
  return { text, paragraph, spans: [{ paragraph, start, end: start + text.length }] }
}

/** Paragraphs from lines, all of kind 'paragraph'. */
export function paragraphsOf(...lines: ReadonlyArray<string>): ReadonlyArray<Paragraph> {
  return lines.map((text, index) => ({ index, text, kind: 'paragraph' }))
}

/** A comparison with the given parts and empty everything else, for renderer helper tests. */
export function comparisonWith(parts: Partial<Comparison>): Comparison {
  const rows: ReadonlyArray<AlignedRow> = parts.rows ?? []
  return {
    schema: COMPARISON_SCHEMA,
    options: DEFAULT_COMPARE_OPTIONS,
    left: { path: 'left', title: 'Left', paragraphs: [] },
    right: { path: 'right', title: 'Right', paragraphs: [] },
    links: [],
    rows,
    quotes: [],
    facts: [],
    titles: [],
    stats: ZERO_STATS,
    ...parts,
  }
}
