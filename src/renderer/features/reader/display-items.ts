import type { AlignedRow, RowOp } from '../../../core'

/** One entry of the virtualised list: a row, or a run of unchanged rows folded into one line. */
export type DisplayItem =
  | { readonly kind: 'row'; readonly row: number }
  | { readonly kind: 'collapsed'; readonly first: number; readonly last: number }

/** How many unchanged rows stay visible beside a change when the run between is folded. */
export const CONTEXT_ROWS = 1
/** Runs shorter than this are never folded: a fold line would hide too little to be worth it. */
export const MIN_FOLDED_RUN = 3

/** True for the ops navigation stops at. */
export function isChange(op: RowOp): boolean {
  return op !== 'equal'
}

/** True for the rows navigation stops at: a changed op, and not boilerplate (never a change). */
export function isChangeRow(row: AlignedRow): boolean {
  return isChange(row.op) && row.boilerplate !== true
}

/** Indices of rows that carry a change, in reading order. */
export function changeRows(rows: ReadonlyArray<AlignedRow>): ReadonlyArray<number> {
  return rows.flatMap((row, index) => (isChangeRow(row) ? [index] : []))
}

/**
 * The list the reader renders. With `collapse`, each run of unchanged rows (keeping `CONTEXT_ROWS`
 * next to each change) becomes one fold unless its first row is in `expanded`.
 */
export function buildDisplayItems(
  rows: ReadonlyArray<AlignedRow>,
  collapse: boolean,
  expanded: ReadonlySet<number>,
): ReadonlyArray<DisplayItem> {
  const items: DisplayItem[] = []
  let index = 0
  while (index < rows.length) {
    const run = collapse ? foldableRun(rows, index) : null
    if (run && !expanded.has(run.first)) {
      for (let row = index; row < run.first; row++) items.push({ kind: 'row', row })
      items.push({ kind: 'collapsed', first: run.first, last: run.last })
      index = run.last + 1
    } else {
      const end = run ? run.last + 1 : index + 1
      for (let row = index; row < end; row++) items.push({ kind: 'row', row })
      index = end
    }
  }
  return items
}

/** The foldable part of the unchanged run starting at `start`, or null when it is too short. */
function foldableRun(
  rows: ReadonlyArray<AlignedRow>,
  start: number,
): { first: number; last: number } | null {
  // Boilerplate rows fold with the unchanged ones: they are shown on request, never as changes.
  const quiet = (row: AlignedRow | undefined): boolean => row !== undefined && !isChangeRow(row)
  if (!quiet(rows[start]) || (start > 0 && quiet(rows[start - 1]))) return null
  let end = start
  while (end + 1 < rows.length && quiet(rows[end + 1])) end++
  const first = start === 0 ? 0 : start + CONTEXT_ROWS
  const last = end === rows.length - 1 ? end : end - CONTEXT_ROWS
  return last - first + 1 >= MIN_FOLDED_RUN ? { first, last } : null
}

/** The position of a row in the display list, or -1 when it is folded away. */
export function itemIndexOfRow(items: ReadonlyArray<DisplayItem>, row: number): number {
  return items.findIndex((item) => item.kind === 'row' && item.row === row)
}

/** The fold that hides a row, if any: expand `first` to show it. */
export function foldHiding(
  items: ReadonlyArray<DisplayItem>,
  row: number,
): { readonly first: number; readonly last: number } | null {
  for (const item of items) {
    if (item.kind === 'collapsed' && item.first <= row && row <= item.last) return item
  }
  return null
}

/**
 * The change to go to from `current` (a row index, or -1 for none yet) in `direction`; stays put
 * at either end. With no current change, next goes to the first and previous to the last.
 */
export function stepChange(
  changes: ReadonlyArray<number>,
  current: number,
  direction: 1 | -1,
): number | null {
  if (changes.length === 0) return null
  if (direction === 1) return changes.find((row) => row > current) ?? changes[changes.length - 1]!
  if (current < 0) return changes[changes.length - 1]!
  for (let i = changes.length - 1; i >= 0; i--) if (changes[i]! < current) return changes[i]!
  return changes[0]!
}

/** "Change 3 of 12" for the current row, or how many changes there are when none is current. */
export function changePosition(changes: ReadonlyArray<number>, current: number): string {
  if (changes.length === 0) return 'No changes'
  const at = changes.indexOf(current)
  if (at < 0) return `${changes.length} change${changes.length === 1 ? '' : 's'}`
  return `Change ${at + 1} of ${changes.length}`
}
