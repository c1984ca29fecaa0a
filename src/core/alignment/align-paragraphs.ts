import type { AlignedRow, CompareOptions, Paragraph, ParagraphLink, WordVectors } from '../types'

/** A display row before its word diff is computed. */
export type RowGroup = Omit<AlignedRow, 'tokens'>

/** The paragraph correspondence of two articles: many-to-many links and display rows. */
export interface Alignment {
  readonly links: ReadonlyArray<ParagraphLink>
  readonly rows: ReadonlyArray<RowGroup>
}

// TEMPORARY placeholder (to be replaced by the alignment work): pairs paragraphs by position.
/** Aligns the paragraphs of two articles. */
export function alignParagraphs(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  _vectors: WordVectors | null,
  _options: CompareOptions,
): Alignment {
  const count = Math.max(left.length, right.length)
  const rows: RowGroup[] = []
  const links: ParagraphLink[] = []
  for (let i = 0; i < count; i++) {
    const hasLeft = i < left.length
    const hasRight = i < right.length
    if (hasLeft && hasRight) links.push({ left: i, right: i, similarity: 0.5 })
    rows.push({
      left: hasLeft ? [i] : [],
      right: hasRight ? [i] : [],
      op: hasLeft && hasRight ? 'changed' : hasLeft ? 'removed' : 'added',
      similarity: hasLeft && hasRight ? 0.5 : 0,
    })
  }
  return { links, rows }
}
