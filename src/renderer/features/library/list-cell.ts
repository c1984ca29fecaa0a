/** A position in a list whose items have several controls: the item and the control's index. */
export interface ListCell {
  readonly row: number
  readonly column: number
}

// PageUp/PageDown move by about a screenful of library items.
const PAGE = 8

/**
 * Where an arrow, Home/End or Page key moves the focus in a list of `rows` items with `columns`
 * controls each; null for a key that does not move it. Up/Down keep the column.
 */
export function moveCell(
  cell: ListCell,
  key: string,
  rows: number,
  columns: number,
): ListCell | null {
  if (rows === 0) return null
  const last = rows - 1
  const clampRow = (row: number): number => Math.max(0, Math.min(last, row))
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(cell.row + 1), column: cell.column }
    case 'ArrowUp':
      return { row: clampRow(cell.row - 1), column: cell.column }
    case 'PageDown':
      return { row: clampRow(cell.row + PAGE), column: cell.column }
    case 'PageUp':
      return { row: clampRow(cell.row - PAGE), column: cell.column }
    case 'Home':
      return { row: 0, column: cell.column }
    case 'End':
      return { row: last, column: cell.column }
    case 'ArrowRight':
      return { row: cell.row, column: Math.min(columns - 1, cell.column + 1) }
    case 'ArrowLeft':
      return { row: cell.row, column: Math.max(0, cell.column - 1) }
    default:
      return null
  }
}
