import type { ReactNode } from 'react'
import type { Piece, TextMark } from './diff-pieces'

/** Renders diff pieces as text: removed words in `<del>`, added in `<ins>`, marks as spans. */
export function DiffText(props: { readonly pieces: ReadonlyArray<Piece> }): ReactNode {
  return groupByMark(props.pieces).map((group, index) => {
    const inner = group.pieces.map((piece, at) => <PieceText key={at} piece={piece} />)
    if (!group.mark) return <span key={index}>{inner}</span>
    const { kind, detail } = group.mark
    return (
      <span
        key={index}
        className={`mark mark-${kind}`}
        data-mark={kind}
        {...(kind === 'quote' ? { 'data-status': detail } : { 'data-kind': detail })}
        title={kind === 'quote' ? `Quotation (${detail})` : `Fact: ${detail}`}
      >
        {inner}
      </span>
    )
  })
}

function PieceText(props: { readonly piece: Piece }): ReactNode {
  const { piece } = props
  if (piece.change === 'removed') return <del>{piece.text}</del>
  if (piece.change === 'added') return <ins>{piece.text}</ins>
  return piece.text
}

function groupByMark(
  pieces: ReadonlyArray<Piece>,
): ReadonlyArray<{ mark: TextMark | undefined; pieces: Piece[] }> {
  const groups: { mark: TextMark | undefined; pieces: Piece[] }[] = []
  for (const piece of pieces) {
    const last = groups[groups.length - 1]
    if (last && last.mark === piece.mark) last.pieces.push(piece)
    else groups.push({ mark: piece.mark, pieces: [piece] })
  }
  return groups
}
