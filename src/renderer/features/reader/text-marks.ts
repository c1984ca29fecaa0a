import type { Comparison, SideText } from '../../../core/types'
import type { Side, TextMark } from './row-pieces'

/** Marks of every paragraph of both sides, keyed by `markKey(side, paragraph)`. */
export type MarkIndex = ReadonlyMap<string, ReadonlyArray<TextMark>>

/** The key of one side's paragraph in a `MarkIndex`. */
export function markKey(side: Side, paragraph: number): string {
  return `${side}:${paragraph}`
}

/** Locates each quotation and fact of a comparison inside its paragraph's text. */
export function indexMarks(comparison: Comparison): MarkIndex {
  const index = new Map<string, TextMark[]>()
  const add = (side: Side, at: SideText | null, mark: Omit<TextMark, 'start' | 'end'>): void => {
    if (!at) return
    const paragraphs = side === 'left' ? comparison.left.paragraphs : comparison.right.paragraphs
    const text = paragraphs[at.paragraph]?.text
    if (text === undefined) return
    const range = locate(text, at.text)
    if (!range) return
    const key = markKey(side, at.paragraph)
    const marks = index.get(key) ?? []
    // Overlapping marks would nest; the first (quotes come before facts) wins.
    if (marks.some((other) => other.start < range.end && range.start < other.end)) return
    index.set(key, [...marks, { ...mark, ...range }])
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
  for (const [key, marks] of index)
    sorted.set(
      key,
      [...marks].sort((a, b) => a.start - b.start),
    )
  return sorted
}

function locate(text: string, needle: string): { start: number; end: number } | null {
  const trimmed = needle.trim()
  if (trimmed === '') return null
  let start = text.indexOf(trimmed)
  if (start < 0) start = text.toLowerCase().indexOf(trimmed.toLowerCase())
  return start < 0 ? null : { start, end: start + trimmed.length }
}
