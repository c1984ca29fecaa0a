import type { AlignedRow, Comparison, DiffToken, FactKind, SideText } from '../types'

/** What part of the article a reported change is about. */
export type ChangeCategory = 'quote' | 'fact' | 'title'

/** One quote, fact or title change, flattened for listing in a report. */
export interface ReportChange {
  readonly category: ChangeCategory
  readonly status: string
  /** The fact's kind, or 'headline'/'subheading' for titles; null for quotes. */
  readonly kind: FactKind | 'headline' | 'subheading' | null
  /** The quote's speaker; null for facts, titles and unattributed quotes. */
  readonly speaker: string | null
  readonly left: SideText | null
  readonly right: SideText | null
  readonly tokens: ReadonlyArray<DiffToken> | null
  /** Index in `comparison.rows` of the row holding the change (left side first), or null. */
  readonly row: number | null
}

/** The changes a report lists per category: unchanged quotes and titles are left out. */
export interface ReportChanges {
  readonly quotes: ReadonlyArray<ReportChange>
  readonly facts: ReadonlyArray<ReportChange>
  readonly titles: ReadonlyArray<ReportChange>
}

/** Collects the quote, fact and title changes of a comparison, each tied to its row. */
export function collectChanges(comparison: Comparison): ReportChanges {
  const rowOf = rowLocator(comparison.rows)
  return {
    quotes: comparison.quotes
      .filter((quote) => quote.status !== 'unchanged')
      .map((quote) => ({
        category: 'quote',
        status: quote.status,
        kind: null,
        speaker: quote.speaker,
        left: quote.left,
        right: quote.right,
        tokens: quote.tokens ?? null,
        row: rowOf(quote.left, quote.right),
      })),
    facts: comparison.facts.map((fact) => ({
      category: 'fact',
      status: fact.status,
      kind: fact.kind,
      speaker: null,
      left: fact.left,
      right: fact.right,
      tokens: null,
      row: rowOf(fact.left, fact.right),
    })),
    titles: comparison.titles
      .filter((title) => title.status !== 'unchanged')
      .map((title) => ({
        category: 'title',
        status: title.status,
        kind: title.headline ? 'headline' : 'subheading',
        speaker: null,
        left: title.left,
        right: title.right,
        tokens: title.tokens ?? null,
        row: rowOf(title.left, title.right),
      })),
  }
}

/** All changes of a comparison in report order: quotes, then facts, then titles. */
export function allChanges(changes: ReportChanges): ReadonlyArray<ReportChange> {
  return [...changes.quotes, ...changes.facts, ...changes.titles]
}

function rowLocator(
  rows: ReadonlyArray<AlignedRow>,
): (left: SideText | null, right: SideText | null) => number | null {
  const byLeft = new Map<number, number>()
  const byRight = new Map<number, number>()
  rows.forEach((row, index) => {
    for (const paragraph of row.left) byLeft.set(paragraph, index)
    for (const paragraph of row.right) byRight.set(paragraph, index)
  })
  return (left, right) =>
    (left ? byLeft.get(left.paragraph) : undefined) ??
    (right ? byRight.get(right.paragraph) : undefined) ??
    null
}

/** "¶3 → ¶4", "¶3 → —": the paragraphs a change sits in on each side. */
export function formatChangePlaces(change: ReportChange): string {
  const side = (text: SideText | null): string => (text ? `¶${text.paragraph}` : '—')
  return `${side(change.left)} → ${side(change.right)}`
}

/** The kind or speaker a change is labelled with in lists, or '' when it has none. */
export function describeChangeSubject(change: ReportChange): string {
  return change.speaker ?? change.kind ?? ''
}
