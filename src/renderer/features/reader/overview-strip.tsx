import type { ReactNode } from 'react'
import type { AlignedRow } from '../../../core'
import type { DisplayItem } from './display-items'
import { overviewMarks } from './overview-marks'
import { opLabel } from './row-labels'

/** A thin strip beside the scrollbar with one mark per change, placed by its position. */
export function OverviewStrip(props: {
  readonly rows: ReadonlyArray<AlignedRow>
  readonly items: ReadonlyArray<DisplayItem>
  readonly currentRow: number
  readonly onGoToRow: (row: number) => void
}): ReactNode {
  const marks = overviewMarks(props.rows, props.items)
  return (
    <nav className="overview" aria-label="Change overview">
      {marks.map((mark) => (
        <button
          key={mark.row}
          type="button"
          tabIndex={-1}
          className={`overview-mark op-${mark.op}${mark.row === props.currentRow ? ' is-current' : ''}`}
          style={{ top: `${mark.position * 100}%` }}
          data-testid={`overview-${mark.row}`}
          aria-label={`Row ${mark.row + 1}: ${opLabel(mark.op)}`}
          title={`Row ${mark.row + 1}: ${opLabel(mark.op)}`}
          onClick={() => props.onGoToRow(mark.row)}
        />
      ))}
    </nav>
  )
}
