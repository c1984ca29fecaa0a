/** How a stretch of text differs from the other side. */
export type PieceChange = 'equal' | 'added' | 'removed'

/** A quotation or fact found inside a paragraph, as UTF-16 offsets into its text. */
export interface TextMark {
  readonly kind: 'quote' | 'fact'
  readonly start: number
  readonly end: number
  /** The quote's status or the fact's kind, for styling and tests. */
  readonly detail: string
  /** Index into `comparison.quotes` or `comparison.facts`. */
  readonly item: number
}

/** A stretch of text rendered with one style: its change and the mark it lies in, if any. */
export interface Piece {
  readonly text: string
  readonly change: PieceChange
  readonly mark?: TextMark
}
