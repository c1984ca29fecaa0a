import type { AlignedRow, RowOp } from '../../../core'

/** The word shown in a row's gutter, so an op never relies on colour alone. */
export function opLabel(op: RowOp): string {
  switch (op) {
    case 'equal':
      return 'same'
    case 'changed':
      return 'changed'
    case 'split':
      return 'split'
    case 'merged':
      return 'merged'
    case 'moved':
      return 'moved'
    case 'added':
      return 'added'
    case 'removed':
      return 'removed'
  }
}

/**
 * ¶ numbers as the JSON, the CLI and every export give them (0-based index among non-empty
 * lines), so a reader can look a paragraph up in a report: `¶ 3` or `¶ 3–4`.
 */
export function paragraphLabel(indices: ReadonlyArray<number>): string {
  if (indices.length === 0) return ''
  const first = indices[0] ?? 0
  const last = indices[indices.length - 1] ?? 0
  const contiguous = indices.every((value, i) => i === 0 || value === (indices[i - 1] ?? 0) + 1)
  if (indices.length === 1) return `¶ ${first}`
  return contiguous ? `¶ ${first}–${last}` : `¶ ${indices.join(', ')}`
}

/** What a screen reader hears for a row before its text. */
export function describeRow(row: AlignedRow, index: number, total: number): string {
  const left = row.left.length ? `left ${paragraphLabel(row.left)}` : 'nothing on the left'
  const right = row.right.length ? `right ${paragraphLabel(row.right)}` : 'nothing on the right'
  return `Row ${index + 1} of ${total}, ${opLabel(row.op)}: ${left}, ${right}`
}
