import { describe, expect, it } from 'vitest'
import type { AlignedRow, RowOp } from '../../../core'
import { buildDisplayItems } from './display-items'
import { overviewMarks } from './overview-marks'

const rows = (['changed', 'equal', 'equal', 'equal', 'equal', 'equal', 'added'] as RowOp[]).map(
  (op, index): AlignedRow => ({ left: [index], right: [index], op, similarity: 1, tokens: [] }),
)

describe('overviewMarks', () => {
  it('places one mark per change by its position in the list people see', () => {
    const folded = buildDisplayItems(rows, true, new Set())
    expect(overviewMarks(rows, folded).map((m) => `${m.op}@${m.position.toFixed(2)}`)).toEqual([
      'changed@0.00',
      'added@0.80',
    ])
    const open = buildDisplayItems(rows, false, new Set())
    expect(overviewMarks(rows, open).map((m) => m.position.toFixed(2))).toEqual(['0.00', '0.86'])
  })
})
