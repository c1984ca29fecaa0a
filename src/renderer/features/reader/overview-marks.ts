import type { AlignedRow, RowOp } from '../../../core'
import { isChangeRow } from './display-items'
import type { DisplayItem } from './display-items'

/** A change's place on the overview strip: 0 at the top, just under 1 at the bottom. */
export interface OverviewMark {
  readonly row: number
  readonly op: RowOp
  readonly position: number
}

/** One mark per changed row, placed by its position in the display list. */
export function overviewMarks(
  rows: ReadonlyArray<AlignedRow>,
  items: ReadonlyArray<DisplayItem>,
): ReadonlyArray<OverviewMark> {
  const total = Math.max(1, items.length)
  return items.flatMap((item, index) => {
    if (item.kind !== 'row') return []
    const row = rows[item.row]
    return row && isChangeRow(row) ? [{ row: item.row, op: row.op, position: index / total }] : []
  })
}
