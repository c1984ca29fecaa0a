import { assertNever } from '../assert-never'
import type { AlignedRow, CompareOptions, Comparison, RowOp } from '../types'

/**
 * A run of the rows as a report lists them: a row to show, or consecutive rows folded into one
 * line — equal rows, or rows of boilerplate (share lines, credits), which are never changes.
 */
export type RowRun =
  | { readonly kind: 'row'; readonly index: number }
  | { readonly kind: 'unchanged' | 'boilerplate'; readonly first: number; readonly count: number }

/** True when every paragraph of the row, on both sides, is boilerplate. */
export function isBoilerplateRow(comparison: Comparison, row: AlignedRow): boolean {
  const kinds = [
    ...row.left.map((index) => comparison.left.paragraphs[index]?.kind),
    ...row.right.map((index) => comparison.right.paragraphs[index]?.kind),
  ]
  return kinds.length > 0 && kinds.every((kind) => kind === 'boilerplate')
}

/** Folds runs of equal rows, and runs of boilerplate rows, into one entry each; other rows stay. */
export function foldRows(comparison: Comparison): ReadonlyArray<RowRun> {
  const runs: RowRun[] = []
  comparison.rows.forEach((row, index) => {
    const kind = isBoilerplateRow(comparison, row)
      ? 'boilerplate'
      : row.op === 'equal'
        ? 'unchanged'
        : 'row'
    const last = runs[runs.length - 1]
    if (kind === 'row') runs.push({ kind, index })
    else if (last && last.kind === kind) runs[runs.length - 1] = { ...last, count: last.count + 1 }
    else runs.push({ kind, first: index, count: 1 })
  })
  return runs
}

/** Paragraph numbers as a reader sees them: "¶3", "¶3–5", "¶3, ¶7", or "—" for none. */
export function formatParagraphs(indices: ReadonlyArray<number>): string {
  if (indices.length === 0) return '—'
  const parts: string[] = []
  let start = indices[0] ?? 0
  let end = start
  const flush = (): void => {
    parts.push(start === end ? `¶${start}` : `¶${start}–${end}`)
  }
  for (const index of indices.slice(1)) {
    if (index === end + 1) {
      end = index
      continue
    }
    flush()
    start = index
    end = index
  }
  flush()
  return parts.join(', ')
}

/** What a folded run of rows says in place of the rows. */
export function describeFolded(kind: 'unchanged' | 'boilerplate', count: number): string {
  return kind === 'unchanged'
    ? pluralize(count, 'unchanged paragraph')
    : `${pluralize(count, 'row')} of boilerplate (not compared)`
}

/** "¶3 → ¶5": where a row's paragraphs stand on the left and on the right. */
export function formatRowPlaces(row: AlignedRow): string {
  return `${formatParagraphs(row.left)} → ${formatParagraphs(row.right)}`
}

/** The word a report uses for a row operation. */
export function describeOp(op: RowOp): string {
  switch (op) {
    case 'equal':
      return 'unchanged'
    case 'changed':
    case 'split':
    case 'merged':
    case 'moved':
    case 'added':
    case 'removed':
      return op
    default:
      return assertNever(op)
  }
}

/**
 * Where a moved row's paragraphs stood in the original, in words ("originally after ¶6",
 * "originally at the top"), or null when the row did not move.
 */
export function describeMoveOrigin(rows: ReadonlyArray<AlignedRow>, index: number): string | null {
  const from = rows[index]?.movedFrom
  if (from === undefined) return null
  if (from < 0) return 'originally at the top'
  const anchor = rows[from]
  const last = anchor?.left[anchor.left.length - 1]
  return last === undefined ? `originally after row ${from}` : `originally after ¶${last}`
}

/** Percentage for a 0..1 share, rounded to a whole number ("86%"). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** "1 paragraph" / "3 paragraphs": a count with its noun in the right number. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}

/** The differences a comparison's options told the engine to ignore, in words. */
export function ignoredDifferences(options: CompareOptions): ReadonlyArray<string> {
  return [
    ...(options.ignoreCase ? ['case'] : []),
    ...(options.ignorePunctuation ? ['punctuation'] : []),
    ...(options.ignoreTypography ? ['typographic variants'] : []),
  ]
}
