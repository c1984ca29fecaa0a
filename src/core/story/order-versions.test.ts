import { describe, expect, it } from 'vitest'
import { orderVersionsByDate } from './order-versions'

const version = (path: string, date: string | null) => ({ path, text: path, date })

describe('orderVersionsByDate', () => {
  it('puts dated versions oldest first and says the order is known when all are dated', () => {
    const result = orderVersionsByDate([
      version('c', '2025-03-13T10:00:00Z'),
      version('a', '2025-03-12'),
      version('b', '2025-03-12T18:00:00Z'),
    ])
    expect(result.inputs.map((input) => input.path)).toEqual(['a', 'b', 'c'])
    expect(result.inOrder).toBe(true)
  })

  it('keeps undated versions after the dated ones, in their given order, and the order unknown', () => {
    const result = orderVersionsByDate([
      version('x', null),
      version('b', '2025-03-13'),
      version('y', 'not a date'),
      version('a', '2025-03-12'),
    ])
    expect(result.inputs.map((input) => input.path)).toEqual(['a', 'b', 'x', 'y'])
    expect(result.inOrder).toBe(false)
  })
})
