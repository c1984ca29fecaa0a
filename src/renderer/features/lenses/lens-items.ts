import { listChanges } from '../../../core'
import type { Comparison, DiffToken, ListedChange } from '../../../core'

/** Which lens a list entry belongs to. */
export type LensKind = ListedChange['category']

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
  /** The side of a paraphrased quote that is reported speech: never shown in quotation marks. */
  readonly unquoted: 'left' | 'right' | null
  /** Row to scroll to, or null when neither side is shown in a row. */
  readonly row: number | null
}

/** The entries of the three lens panels, each with the row the reports give it too. */
export function buildLensEntries(comparison: Comparison): {
  readonly quotes: ReadonlyArray<LensEntry>
  readonly facts: ReadonlyArray<LensEntry>
  readonly titles: ReadonlyArray<LensEntry>
} {
  const listed = listChanges(comparison)
  return {
    quotes: listed.quotes.map(lensEntry),
    facts: listed.facts.map(lensEntry),
    titles: listed.titles.map(lensEntry),
  }
}

function lensEntry(change: ListedChange): LensEntry {
  return {
    lens: change.category,
    item: change.item,
    status: change.status,
    label: change.speaker ?? change.kind ?? '',
    left: change.left?.text ?? null,
    right: change.right?.text ?? null,
    tokens: change.tokens,
    unquoted: change.unquoted,
    row: change.row,
  }
}

/** A one-line description of an entry for screen readers and tooltips. */
export function describeEntry(entry: LensEntry): string {
  const who = entry.label ? ` (${entry.label})` : ''
  const quoted = (text: string, side: 'left' | 'right'): string =>
    entry.unquoted === side ? text : `“${text}”`
  const from = entry.left === null ? '' : quoted(entry.left, 'left')
  const to = entry.right === null ? '' : quoted(entry.right, 'right')
  const text = from && to && from !== to ? `${from} → ${to}` : from || to
  return `${capitalise(entry.status)}${who}: ${text}`
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
