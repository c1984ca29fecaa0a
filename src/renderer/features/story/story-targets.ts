import type { PresenceCell, QuoteCell, Story } from '../../../core'

/** A pair of versions to open in the reader, and the paragraph to bring into view. */
export interface PairTarget {
  /** Indices of the versions in the story. */
  readonly left: number
  readonly right: number
  readonly focus: { readonly side: 'left' | 'right'; readonly paragraph: number } | null
}

/**
 * Where a ledger cell leads: the pair root → that version at the cell's paragraph; the root's own
 * cell opens the root against the first other version that has the row, at the root's paragraph.
 */
export function cellTarget(
  story: Pick<Story, 'root'>,
  cells: ReadonlyArray<QuoteCell | PresenceCell>,
  article: number,
): PairTarget | null {
  const cell = cells[article]
  if (cell === undefined || cell.paragraph === null) return null
  if (article !== story.root) {
    return { left: story.root, right: article, focus: { side: 'right', paragraph: cell.paragraph } }
  }
  const other = cells.find((item) => item.article !== story.root && item.paragraph !== null)
  const right = other?.article ?? cells.find((item) => item.article !== story.root)?.article
  if (right === undefined) return null
  return { left: story.root, right, focus: { side: 'left', paragraph: cell.paragraph } }
}

/** The row of a comparison whose `side` shows the paragraph, or -1. */
export function rowShowing(
  rows: ReadonlyArray<{
    readonly left: ReadonlyArray<number>
    readonly right: ReadonlyArray<number>
  }>,
  side: 'left' | 'right',
  paragraph: number,
): number {
  return rows.findIndex((row) => row[side].includes(paragraph))
}
