import { memo } from 'react'
import type { ReactNode } from 'react'
import { describeMoveOrigin } from '../../../core'
import type { AlignedRow, Paragraph } from '../../../core'
import { DiffText } from '../../components/diff-text'
import { applyMarks, inlinePieces, rowMarks, sidePieces } from './row-pieces'
import type { ParagraphPieces, Side, TextMark } from './row-pieces'
import { describeRow, opLabel, paragraphLabel } from './row-labels'
import { markKey } from './text-marks'
import type { MarkIndex } from './text-marks'

interface DiffRowProps {
  readonly row: AlignedRow
  readonly index: number
  /** All rows, so move links can name the paragraphs at their other end. */
  readonly rows: ReadonlyArray<AlignedRow>
  readonly rowCount: number
  readonly leftParagraphs: ReadonlyArray<Paragraph>
  readonly rightParagraphs: ReadonlyArray<Paragraph>
  readonly marks: MarkIndex
  readonly inline: boolean
  readonly current: boolean
  readonly flash: boolean
  readonly onGoToRow: (row: number) => void
}

/** One row of the diff: the two sides (or one inline column) with the op in the gutter. */
export const DiffRow = memo(function DiffRow(props: DiffRowProps): ReactNode {
  const { row, index, inline } = props
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`diff-row op-${row.op}${inline ? ' is-inline' : ''}`}
      data-testid={`row-${index}`}
      data-op={row.op}
      data-left={row.left.join(' ')}
      data-right={row.right.join(' ')}
      data-current={props.current ? 'true' : undefined}
      data-flash={props.flash ? 'true' : undefined}
      aria-current={props.current ? 'location' : undefined}
    >
      <div role="rowheader" className="gutter">
        <span className="op-label" aria-hidden="true">
          {opLabel(row.op)}
        </span>
        <span className="visually-hidden">{describeRow(row, index, props.rowCount)}</span>
      </div>
      {inline ? (
        <div role="cell" className="cell cell-inline">
          <MoveLinks {...props} />
          <CellParagraphs
            blocks={inlinePieces(
              row.tokens,
              rowMarks(row.left, lengthOf(props.leftParagraphs), marksOf(props.marks, 'left')),
              rowMarks(row.right, lengthOf(props.rightParagraphs), marksOf(props.marks, 'right')),
            )}
            labels={paragraphLabel(row.right.length ? row.right : row.left)}
            paragraphs={row.right.length ? props.rightParagraphs : props.leftParagraphs}
            indices={row.right.length ? row.right : row.left}
            side="right"
            marks={null}
          />
        </div>
      ) : (
        <>
          <SideCell
            {...props}
            side="left"
            links={row.movedTo?.length ? <MoveLinks {...props} /> : null}
          />
          <SideCell
            {...props}
            side="right"
            links={row.op === 'moved' ? <MoveLinks {...props} /> : null}
          />
        </>
      )}
    </div>
  )
})

/** Links between a moved paragraph and the place it left, shown at the top of the cell. */
function MoveLinks(props: DiffRowProps): ReactNode {
  const { row } = props
  const from = row.op === 'moved' && row.movedFrom !== undefined
  if (!from && !row.movedTo?.length) return null
  return (
    <span className="move-links">
      {from && row.movedFrom !== undefined && (
        <MovedFromLink
          movedFrom={row.movedFrom}
          origin={describeMoveOrigin(props.rows, props.index) ?? ''}
          onGoToRow={props.onGoToRow}
        />
      )}
      {row.movedTo?.map((target) => {
        const moved = describeMovedParagraphs(props.rows[target])
        return (
          <button
            key={target}
            type="button"
            className="link-button"
            aria-label={`Go to moved paragraph, ${moved}`}
            onClick={() => props.onGoToRow(target)}
          >
            ↪ {moved}
          </button>
        )
      })}
    </span>
  )
}

// Moves are named by ¶ numbers, as in the reports, so a reader can cross-reference them.
function describeMovedParagraphs(moved: AlignedRow | undefined): string {
  if (!moved) return 'moved paragraph'
  const left = moved.left.map((index) => `¶${index}`).join(', ')
  const right = moved.right.map((index) => `¶${index}`).join(', ')
  return `${left} moved, now beside ${right}`
}

function MovedFromLink(props: {
  readonly movedFrom: number
  readonly origin: string
  readonly onGoToRow: (row: number) => void
}): ReactNode {
  const target = Math.max(0, props.movedFrom)
  return (
    <button
      type="button"
      className="link-button"
      aria-label={`Go to original position, ${props.origin}`}
      onClick={() => props.onGoToRow(target)}
    >
      ↩ {props.origin}
    </button>
  )
}

function SideCell(
  props: DiffRowProps & { readonly side: Side; readonly links: ReactNode },
): ReactNode {
  const { row, side } = props
  const indices = side === 'left' ? row.left : row.right
  const paragraphs = side === 'left' ? props.leftParagraphs : props.rightParagraphs
  if (indices.length === 0) {
    return (
      <div role="cell" className={`cell cell-${side} cell-empty`}>
        {props.links}
        <span className="empty-note">
          {side === 'left' ? 'Not in the left version' : 'Not in the right version'}
        </span>
      </div>
    )
  }
  const grouped = indices.length > 1
  return (
    <div role="cell" className={`cell cell-${side}${grouped ? ' cell-grouped' : ''}`}>
      {props.links}
      {grouped && (
        <span className="group-note">
          {side === 'left' ? 'merged from' : 'split into'} {indices.length} paragraphs
        </span>
      )}
      <CellParagraphs
        blocks={sidePieces(row.tokens, side, indices)}
        labels={null}
        paragraphs={paragraphs}
        indices={indices}
        side={side}
        marks={props.marks}
      />
    </div>
  )
}

function CellParagraphs(props: {
  readonly blocks: ReadonlyArray<ParagraphPieces>
  /** One label for the whole cell (inline mode), or null to number each paragraph. */
  readonly labels: string | null
  readonly paragraphs: ReadonlyArray<Paragraph>
  readonly indices: ReadonlyArray<number>
  readonly side: Side
  readonly marks: MarkIndex | null
}): ReactNode {
  return props.blocks.map((block, i) => {
    const paragraph =
      props.paragraphs[block.paragraph >= 0 ? block.paragraph : (props.indices[i] ?? -1)]
    const heading = paragraph?.kind === 'heading'
    const pieces =
      props.marks && block.paragraph >= 0
        ? applyMarks(block.pieces, props.marks.get(markKey(props.side, block.paragraph)) ?? [])
        : block.pieces
    const number =
      props.labels === null ? paragraphLabel([block.paragraph]) : i === 0 ? props.labels : ''
    return (
      <div
        key={i}
        className={`para${heading ? ' para-heading' : ''} kind-${paragraph?.kind ?? 'paragraph'}`}
      >
        {number && (
          <span className="para-number" aria-hidden="true">
            {number}
          </span>
        )}
        <p
          {...(heading ? { role: 'heading', 'aria-level': 3 } : {})}
          className="para-text"
          dir="auto"
        >
          <DiffText pieces={pieces} />
        </p>
      </div>
    )
  })
}

function lengthOf(paragraphs: ReadonlyArray<Paragraph>): (paragraph: number) => number {
  return (paragraph) => paragraphs[paragraph]?.text.length ?? 0
}

function marksOf(marks: MarkIndex, side: Side): (paragraph: number) => ReadonlyArray<TextMark> {
  return (paragraph) => marks.get(markKey(side, paragraph)) ?? []
}
