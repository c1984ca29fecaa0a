import { describe, expect, it } from 'vitest'
import { cosine, dotProduct, weightedMean } from './word-vectors'

describe('word vector math', () => {
  it('computes cosines and dot products', () => {
    expect(cosine([1, 0], [0, 1])).toBe(0)
    expect(cosine([2, 0], [3, 0])).toBe(1)
    expect(cosine([0, 0], [1, 0])).toBe(0)
    expect(dotProduct([0.6, 0.8], [0.6, 0.8])).toBeCloseTo(1)
  })

  it('takes a unit-length weighted mean', () => {
    expect(
      Array.from(
        weightedMean(
          [
            [1, 0],
            [0, 1],
          ],
          [3, 0],
          2,
        ) ?? [],
      ),
    ).toEqual([1, 0])
    const mean = Array.from(
      weightedMean(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 1],
        2,
      ) ?? [],
    )
    expect(mean[0]).toBeCloseTo(Math.SQRT1_2)
    expect(weightedMean([[1, 0]], [0], 2)).toBeUndefined()
  })
})
