import type { AlignedRow, Comparison, DiffToken, SideText } from '../../../core/types'

/** Which rows show each paragraph of each side. */
export interface RowLookup {
  readonly left: ReadonlyMap<number, number>
  readonly right: ReadonlyMap<number, number>
}

/** Maps every paragraph of both sides to the index of the row that shows it. */
export function buildRowLookup(rows: ReadonlyArray<AlignedRow>): RowLookup {
  const left = new Map<number, number>()
  const right = new Map<number, number>()
  rows.forEach((row, index) => {
    for (const paragraph of row.left) left.set(paragraph, index)
    for (const paragraph of row.right) right.set(paragraph, index)
  })
  return { left, right }
}

/** The row to scroll to for a change seen on either side: the rewrite's place first. */
export function rowOfChange(
  lookup: RowLookup,
  change: { readonly left: SideText | null; readonly right: SideText | null },
): number | null {
  if (change.right) {
    const row = lookup.right.get(change.right.paragraph)
    if (row !== undefined) return row
  }
  if (change.left) return lookup.left.get(change.left.paragraph) ?? null
  return null
}

/** Which lens a list entry belongs to. */
export type LensKind = 'quote' | 'fact' | 'title'

/** One line of a lens panel, ready to render. */
export interface LensEntry {
  readonly lens: LensKind
  /** Index into `comparison.quotes`, `facts` or `titles`. */
  readonly item: number
  readonly status: string
  /** Speaker (quotes), kind (facts) or headline/subheading (titles); '' when unknown. */
  readonly label: string
  readonly left: string | null
  readonly right: string | null
  readonly tokens: ReadonlyArray<DiffToken> | null
  /** Row to scroll to, or null when neither side is shown in a row. */
  readonly row: number | null
}

/** The entries of the three lens panels. */
export function buildLensEntries(comparison: Comparison): {
  readonly quotes: ReadonlyArray<LensEntry>
  readonly facts: ReadonlyArray<LensEntry>
  readonly titles: ReadonlyArray<LensEntry>
} {
  const lookup = buildRowLookup(comparison.rows)
  return {
    quotes: comparison.quotes.map((quote, item) => ({
      lens: 'quote',
      item,
      status: quote.status,
      label: quote.speaker ?? '',
      left: quote.left?.text ?? null,
      right: quote.right?.text ?? null,
      tokens: quote.tokens ?? null,
      row: rowOfChange(lookup, quote),
    })),
    facts: comparison.facts.map((fact, item) => ({
      lens: 'fact',
      item,
      status: fact.status,
      label: fact.kind,
      left: fact.left?.text ?? null,
      right: fact.right?.text ?? null,
      tokens: null,
      row: rowOfChange(lookup, fact),
    })),
    titles: comparison.titles.map((title, item) => ({
      lens: 'title',
      item,
      status: title.status,
      label: title.headline ? 'headline' : 'subheading',
      left: title.left?.text ?? null,
      right: title.right?.text ?? null,
      tokens: title.tokens ?? null,
      row: rowOfChange(lookup, title),
    })),
  }
}

/** A one-line description of an entry for screen readers and tooltips. */
export function describeEntry(entry: LensEntry): string {
  const who = entry.label ? ` (${entry.label})` : ''
  const from = entry.left === null ? '' : `“${entry.left}”`
  const to = entry.right === null ? '' : `“${entry.right}”`
  const text = from && to && from !== to ? `${from} → ${to}` : from || to
  return `${capitalise(entry.status)}${who}: ${text}`
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
