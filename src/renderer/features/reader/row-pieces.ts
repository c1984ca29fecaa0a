import { needsChangeSeparator } from '../../../core'
import type { DiffToken } from '../../../core'
import type { Piece, TextMark } from '../../components/diff-pieces'

/** Which side of a row a cell shows. */
export type Side = 'left' | 'right'

export type { Piece, PieceChange, TextMark } from '../../components/diff-pieces'

/** The pieces of one paragraph of a cell. */
export interface ParagraphPieces {
  /** The engine's 0-based paragraph index, or -1 in inline mode where a line may join both sides. */
  readonly paragraph: number
  readonly pieces: ReadonlyArray<Piece>
}

/**
 * Splits a row's tokens into the paragraphs of one side. Tokens reconstruct each side's paragraphs
 * joined by '\n', so every '\n' in a side's text starts its next paragraph.
 */
export function sidePieces(
  tokens: ReadonlyArray<DiffToken>,
  side: Side,
  paragraphs: ReadonlyArray<number>,
): ReadonlyArray<ParagraphPieces> {
  const skipped = side === 'left' ? 'added' : 'removed'
  const lines = splitLines(
    tokens
      .filter((token) => token.type !== skipped)
      .map((token) => ({
        text: side === 'right' && token.rightText !== undefined ? token.rightText : token.text,
        change: token.type,
      })),
  )
  if (paragraphs.length === 0) return []
  // Defensive: a contract breach must not lose text, so extra lines join the last paragraph.
  return paragraphs.map((paragraph, i) => ({
    paragraph,
    pieces: i === paragraphs.length - 1 ? lines.slice(i).flatMap(withBreaks) : (lines[i] ?? []),
  }))
}

/**
 * One column with removed and added words interleaved; a '\n' on either side breaks the line.
 * Marks are offsets into each side's joined row text (see `rowMarks`): removed words take the
 * left side's, equal and added words the right side's.
 */
export function inlinePieces(
  tokens: ReadonlyArray<DiffToken>,
  leftMarks: ReadonlyArray<TextMark> = [],
  rightMarks: ReadonlyArray<TextMark> = [],
): ReadonlyArray<ParagraphPieces> {
  const pieces: Piece[] = []
  let left = 0
  let right = 0
  let previous: DiffToken | undefined
  for (const token of tokens) {
    // A space between a removed and an added word that touch, so they never read as one word.
    if (needsChangeSeparator(previous, token)) pieces.push({ text: ' ', change: 'equal' })
    previous = token
    const text =
      token.type === 'equal' && token.rightText !== undefined ? token.rightText : token.text
    const onLeft = token.type === 'removed'
    const offset = onLeft ? left : right
    const marks = (onLeft ? leftMarks : rightMarks)
      .filter((mark) => mark.end > offset && mark.start < offset + text.length)
      .map((mark) => ({ ...mark, start: mark.start - offset, end: mark.end - offset }))
    pieces.push(...applyMarks([{ text, change: token.type }], marks))
    if (token.type !== 'added') left += token.text.length
    if (token.type !== 'removed') right += text.length
  }
  return splitLines(pieces)
    .filter((line) => line.length > 0)
    .map((line) => ({ paragraph: -1, pieces: line }))
}

/** One side's paragraph marks as offsets into the row's text (paragraphs joined by '\n'). */
export function rowMarks(
  indices: ReadonlyArray<number>,
  paragraphLengths: (paragraph: number) => number,
  marksOf: (paragraph: number) => ReadonlyArray<TextMark>,
): ReadonlyArray<TextMark> {
  const result: TextMark[] = []
  let base = 0
  for (const paragraph of indices) {
    for (const mark of marksOf(paragraph)) {
      result.push({ ...mark, start: mark.start + base, end: mark.end + base })
    }
    base += paragraphLengths(paragraph) + 1
  }
  return result
}

function splitLines(pieces: ReadonlyArray<Piece>): ReadonlyArray<ReadonlyArray<Piece>> {
  const lines: Piece[][] = [[]]
  for (const piece of pieces) {
    const parts = piece.text.split('\n')
    parts.forEach((part, i) => {
      if (i > 0) lines.push([])
      if (part !== '') lines[lines.length - 1]?.push({ ...piece, text: part })
    })
  }
  return lines
}

function withBreaks(line: ReadonlyArray<Piece>, index: number): ReadonlyArray<Piece> {
  return index === 0 ? line : [{ text: ' ', change: 'equal' }, ...line]
}

/** Cuts pieces at the marks' boundaries and tags each piece with the mark it lies in. */
export function applyMarks(
  pieces: ReadonlyArray<Piece>,
  marks: ReadonlyArray<TextMark>,
): ReadonlyArray<Piece> {
  if (marks.length === 0) return pieces
  const result: Piece[] = []
  let offset = 0
  for (const piece of pieces) {
    const end = offset + piece.text.length
    const cuts = new Set<number>([offset, end])
    for (const mark of marks) {
      if (mark.start > offset && mark.start < end) cuts.add(mark.start)
      if (mark.end > offset && mark.end < end) cuts.add(mark.end)
    }
    const sorted = [...cuts].sort((a, b) => a - b)
    for (let i = 0; i + 1 < sorted.length; i++) {
      const from = sorted[i] ?? offset
      const to = sorted[i + 1] ?? end
      const mark = marks.find((candidate) => candidate.start <= from && candidate.end >= to)
      const text = piece.text.slice(from - offset, to - offset)
      result.push(mark ? { text, change: piece.change, mark } : { text, change: piece.change })
    }
    offset = end
  }
  return result
}

/** Serialises pieces as `[-removed-]{+added+}` with marks as `<quote:…>`, for tests and logs. */
export function serializePieces(pieces: ReadonlyArray<Piece>): string {
  return pieces
    .map((piece) => {
      const text =
        piece.change === 'added'
          ? `{+${piece.text}+}`
          : piece.change === 'removed'
            ? `[-${piece.text}-]`
            : piece.text
      return piece.mark ? `<${piece.mark.kind}:${text}>` : text
    })
    .join('')
}
