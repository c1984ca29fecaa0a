import { describe, expect, it } from 'vitest'
import type { QuoteCell } from '../../../core'
import { cellTarget, rowShowing } from './story-targets'

const cell = (article: number, paragraph: number | null): QuoteCell => ({
  article,
  status: paragraph === null ? 'absent' : 'quoted',
  text: paragraph === null ? null : 'words',
  paragraph,
  spans: [],
})

describe('cellTarget', () => {
  const cells = [cell(0, null), cell(1, 4), cell(2, 7)]

  it('opens the root against the clicked version at its paragraph', () => {
    expect(cellTarget({ root: 1 }, cells, 2)).toEqual({
      left: 1,
      right: 2,
      focus: { side: 'right', paragraph: 7 },
    })
  })

  it("opens the root's own cell against another version that has the row, on the left", () => {
    expect(cellTarget({ root: 1 }, cells, 1)).toEqual({
      left: 1,
      right: 2,
      focus: { side: 'left', paragraph: 4 },
    })
  })

  it('leads nowhere from an absent cell', () => {
    expect(cellTarget({ root: 1 }, cells, 0)).toBeNull()
  })
})

describe('rowShowing', () => {
  it('finds the row that shows a paragraph on the given side', () => {
    const rows = [
      { left: [0], right: [0] },
      { left: [1, 2], right: [1] },
    ]
    expect(rowShowing(rows, 'left', 2)).toBe(1)
    expect(rowShowing(rows, 'right', 5)).toBe(-1)
  })
})
