import { describe, expect, it } from 'vitest'
import { moveCell } from './list-cell'

describe('moveCell', () => {
  const at = { row: 2, column: 1 }

  it('moves between items with Up and Down, keeping the control', () => {
    expect(moveCell(at, 'ArrowDown', 5, 5)).toEqual({ row: 3, column: 1 })
    expect(moveCell(at, 'ArrowUp', 5, 5)).toEqual({ row: 1, column: 1 })
    expect(moveCell({ row: 4, column: 1 }, 'ArrowDown', 5, 5)).toEqual({ row: 4, column: 1 })
  })

  it('moves along an item with Left and Right, stopping at its ends', () => {
    expect(moveCell(at, 'ArrowRight', 5, 5)).toEqual({ row: 2, column: 2 })
    expect(moveCell({ row: 2, column: 0 }, 'ArrowLeft', 5, 5)).toEqual({ row: 2, column: 0 })
  })

  it('jumps to the first and last item, and by pages', () => {
    expect(moveCell(at, 'Home', 100, 5)).toEqual({ row: 0, column: 1 })
    expect(moveCell(at, 'End', 100, 5)).toEqual({ row: 99, column: 1 })
    expect(moveCell(at, 'PageDown', 100, 5)).toEqual({ row: 10, column: 1 })
  })

  it('ignores other keys and empty lists', () => {
    expect(moveCell(at, 'Enter', 5, 5)).toBeNull()
    expect(moveCell(at, 'ArrowDown', 0, 5)).toBeNull()
  })
})
