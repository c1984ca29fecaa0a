import { describe, expect, it } from 'vitest'
import { stepIndex } from './use-roving-index'

describe('stepIndex', () => {
  it('moves with Up and Down and stops at the ends', () => {
    expect(stepIndex(1, 'ArrowDown', 3)).toBe(2)
    expect(stepIndex(2, 'ArrowDown', 3)).toBe(2)
    expect(stepIndex(0, 'ArrowUp', 3)).toBe(0)
  })

  it('jumps with Home and End and ignores other keys', () => {
    expect(stepIndex(1, 'End', 3)).toBe(2)
    expect(stepIndex(2, 'Home', 3)).toBe(0)
    expect(stepIndex(1, 'Tab', 3)).toBeNull()
    expect(stepIndex(0, 'ArrowDown', 0)).toBeNull()
  })
})
