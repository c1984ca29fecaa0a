import type { AlignedRow, Comparison, DiffToken, FactKind, SideText } from './types'

/** What part of the article a listed change is about. */
export type ChangeCategory = 'quote' | 'fact' | 'title'

/** One quote, fact or title entry of a comparison, with the row that shows it. */
export interface ListedChange {
  readonly category: ChangeCategory
  /** Index into `comparison.quotes`, `facts` or `titles`. */
  readonly item: number
  readonly status: string
  /** The fact's kind, or 'headline'/'subheading' for titles; null for quotes. */
  readonly kind: FactKind | 'headline' | 'subheading' | null
  /**
   * The quote's speaker ("Zelensky → Trump" when the rewrite re-attributes it); null for facts,
   * titles and unattributed quotes.
   */
  readonly speaker: string | null
  /** The side of a paraphrased quote that is reported speech, shown without quotation marks. */
  readonly unquoted: 'left' | 'right' | null
  readonly left: SideText | null
  readonly right: SideText | null
  readonly tokens: ReadonlyArray<DiffToken> | null
  /** Index in `comparison.rows` of the row that shows the change (see `rowOfSides`), or null. */
  readonly row: number | null
}

/** Every quote, fact and title entry of a comparison, unchanged ones included, per category. */
export interface ListedChanges {
  readonly quotes: ReadonlyArray<ListedChange>
  readonly facts: ReadonlyArray<ListedChange>
  readonly titles: ReadonlyArray<ListedChange>
}

/**
 * Lists the lens entries of a comparison with the row each one is shown in: the one listing the
 * reader's lenses and every report use, so a change never points at two different rows.
 */
export function listChanges(comparison: Comparison): ListedChanges {
  const rowOf = rowLocator(comparison.rows)
  return {
    quotes: comparison.quotes.map((quote, item) => ({
      category: 'quote',
      item,
      status: quote.status,
      kind: null,
      speaker: quote.speakers
        ? `${quote.speakers.left ?? '?'} \u2192 ${quote.speakers.right ?? '?'}`
        : quote.speaker,
      unquoted: quote.unquoted ?? null,
      left: quote.left,
      right: quote.right,
      tokens: quote.tokens ?? null,
      row: rowOf(quote.left, quote.right),
    })),
    facts: comparison.facts.map((fact, item) => ({
      category: 'fact',
      item,
      status: fact.status,
      kind: fact.kind,
      speaker: null,
      unquoted: null,
      left: fact.left,
      right: fact.right,
      tokens: null,
      row: rowOf(fact.left, fact.right),
    })),
    titles: comparison.titles.map((title, item) => ({
      category: 'title',
      item,
      status: title.status,
      kind: title.headline ? 'headline' : 'subheading',
      speaker: null,
      unquoted: null,
      left: title.left,
      right: title.right,
      tokens: title.tokens ?? null,
      row: rowOf(title.left, title.right),
    })),
  }
}

/**
 * The row of a change: the row of the rewrite's side (rows follow the rewrite's reading order;
 * when both sides share a row it is that row), else the row of the original's side.
 */
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
    (right ? byRight.get(right.paragraph) : undefined) ??
    (left ? byLeft.get(left.paragraph) : undefined) ??
    null
}
