import type { RowOp } from '../../../core'
import { opLabel } from './row-labels'

/** One entry of the legend: the label or sample as the reader shows it, and what it means. */
export interface LegendEntry {
  readonly key: string
  readonly label: string
  readonly meaning: string
}

const ROW_MEANINGS: Readonly<Record<RowOp, string>> = {
  equal: 'the paragraph reads the same in both versions',
  changed: 'the paragraph was reworded; changed words are marked',
  moved: 'the paragraph sits somewhere else in the right version',
  split: 'one paragraph on the left became several on the right',
  merged: 'several paragraphs on the left became one on the right',
  added: 'only in the right version',
  removed: 'only in the left version',
}

const ROW_ORDER: ReadonlyArray<RowOp> = [
  'changed',
  'added',
  'removed',
  'moved',
  'split',
  'merged',
  'equal',
]

/** The row ops in the order the legend lists them, labelled exactly as the gutter labels them. */
export const ROW_LEGEND: ReadonlyArray<LegendEntry & { readonly op: RowOp }> = ROW_ORDER.map(
  (op) => ({ key: op, op, label: opLabel(op), meaning: ROW_MEANINGS[op] }),
)

/** The styles of words and marks inside the text. */
export const MARK_LEGEND: ReadonlyArray<LegendEntry> = [
  { key: 'removed', label: 'struck through', meaning: 'words removed (left side)' },
  { key: 'added', label: 'underlined', meaning: 'words added (right side)' },
  { key: 'quote', label: 'dotted outline', meaning: 'a quotation' },
  { key: 'fact', label: 'dashed outline', meaning: 'a fact: number, date, name or source' },
]
