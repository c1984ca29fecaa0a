import { describe, expect, it } from 'vitest'
import type { AlignedRow, RowOp } from '../../../core'
import {
  buildDisplayItems,
  changePosition,
  changeRows,
  foldHiding,
  itemIndexOfRow,
  stepChange,
} from './display-items'
import type { DisplayItem } from './display-items'

const rowsOf = (ops: string): ReadonlyArray<AlignedRow> =>
  ops.split(' ').map((op, index) => ({
    left: [index],
    right: [index],
    op: (op === '=' ? 'equal' : op === '~' ? 'changed' : op) as RowOp,
    similarity: 1,
    tokens: [],
  }))

/** `0 1 [2-5] 6`: rows shown, folds in brackets. */
function show(items: ReadonlyArray<DisplayItem>): string {
  return items
    .map((item) => (item.kind === 'row' ? `${item.row}` : `[${item.first}-${item.last}]`))
    .join(' ')
}

describe('buildDisplayItems', () => {
  it('folds boilerplate rows with unchanged ones and never stops at them', () => {
    // Rows 2-4 are a removed byline, an added share line and a removed comment count.
    const rows = rowsOf('~ = removed added removed = ~').map((row, index) =>
      index >= 2 && index <= 4 ? { ...row, boilerplate: true as const } : row,
    )
    expect(show(buildDisplayItems(rows, true, new Set()))).toBe('0 1 [2-4] 5 6')
    expect(changeRows(rows)).toEqual([0, 6])
  })

  it('folds a long unchanged run, keeping one row of context beside each change', () => {
    const rows = rowsOf('~ = = = = = ~')
    expect(show(buildDisplayItems(rows, true, new Set()))).toBe('0 1 [2-4] 5 6')
  })

  it('folds leading and trailing runs right up to the article edges', () => {
    const rows = rowsOf('= = = = ~ = = = =')
    expect(show(buildDisplayItems(rows, true, new Set()))).toBe('[0-2] 3 4 5 [6-8]')
  })

  it('leaves short runs and expanded folds open', () => {
    expect(show(buildDisplayItems(rowsOf('~ = = = ~'), true, new Set()))).toBe('0 1 2 3 4')
    const rows = rowsOf('~ = = = = = ~')
    expect(show(buildDisplayItems(rows, true, new Set([2])))).toBe('0 1 2 3 4 5 6')
  })

  it('shows every row when collapsing is off', () => {
    expect(show(buildDisplayItems(rowsOf('= = = = ='), false, new Set()))).toBe('0 1 2 3 4')
  })

  it('finds rows and the fold that hides them', () => {
    const items = buildDisplayItems(rowsOf('~ = = = = = ~'), true, new Set())
    expect(itemIndexOfRow(items, 5)).toBe(3)
    expect(itemIndexOfRow(items, 3)).toBe(-1)
    expect(foldHiding(items, 3)).toEqual({ kind: 'collapsed', first: 2, last: 4 })
    expect(foldHiding(items, 5)).toBeNull()
  })
})

describe('stepChange', () => {
  const changes = changeRows(rowsOf('= ~ = added = moved ='))

  it('lists the rows that carry a change', () => {
    expect(changes).toEqual([1, 3, 5])
  })

  it('moves to the next and previous change, stopping at either end', () => {
    expect(stepChange(changes, -1, 1)).toBe(1)
    expect(stepChange(changes, 1, 1)).toBe(3)
    expect(stepChange(changes, 5, 1)).toBe(5)
    expect(stepChange(changes, 3, -1)).toBe(1)
    expect(stepChange(changes, 1, -1)).toBe(1)
    expect(stepChange(changes, -1, -1)).toBe(5)
  })

  it('steps from a row between changes', () => {
    expect(stepChange(changes, 4, 1)).toBe(5)
    expect(stepChange(changes, 4, -1)).toBe(3)
  })

  it('has nowhere to go without changes', () => {
    expect(stepChange([], -1, 1)).toBeNull()
  })
})

describe('changePosition', () => {
  it('says where the current change is, or how many there are', () => {
    expect(changePosition([1, 3, 5], 3)).toBe('Change 2 of 3')
    expect(changePosition([1, 3, 5], -1)).toBe('3 changes')
    expect(changePosition([4], 2)).toBe('1 change')
    expect(changePosition([], -1)).toBe('No changes')
  })
})
