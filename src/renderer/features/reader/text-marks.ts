import type { Comparison, SideText } from '../../../core'
import type { Side, TextMark } from './row-pieces'

/** Marks of every paragraph of both sides, keyed by `markKey(side, paragraph)`. */
export type MarkIndex = ReadonlyMap<string, ReadonlyArray<TextMark>>

/** The key of one side's paragraph in a `MarkIndex`. */
export function markKey(side: Side, paragraph: number): string {
  return `${side}:${paragraph}`
}

/**
 * Places each quotation and fact of a comparison at the spans the engine gives (a quotation in
 * parts gets a mark per part); the text is never searched, so "5" is never marked inside "15".
 */
export function indexMarks(comparison: Comparison): MarkIndex {
  const index = new Map<string, TextMark[]>()
  const add = (side: Side, at: SideText | null, mark: Omit<TextMark, 'start' | 'end'>): void => {
    if (!at) return
    const paragraphs = side === 'left' ? comparison.left.paragraphs : comparison.right.paragraphs
    for (const span of at.spans) {
      const length = paragraphs[span.paragraph]?.text.length
      if (length === undefined || span.start < 0 || span.end > length || span.end <= span.start) {
        continue
      }
      const key = markKey(side, span.paragraph)
      const marks = index.get(key) ?? []
      // Overlapping marks would nest; the first (quotes come before facts) wins.
      if (marks.some((other) => other.start < span.end && span.start < other.end)) continue
      index.set(key, [...marks, { ...mark, start: span.start, end: span.end }])
    }
  }
  comparison.quotes.forEach((quote, item) => {
    const mark = { kind: 'quote', detail: quote.status, item } as const
    add('left', quote.left, mark)
    add('right', quote.right, mark)
  })
  comparison.facts.forEach((fact, item) => {
    const mark = { kind: 'fact', detail: fact.kind, item } as const
    add('left', fact.left, mark)
    add('right', fact.right, mark)
  })
  const sorted = new Map<string, ReadonlyArray<TextMark>>()
  for (const [key, marks] of index) {
    sorted.set(
      key,
      [...marks].sort((a, b) => a.start - b.start),
    )
  }
  return sorted
}
