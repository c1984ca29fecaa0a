import { describe, expect, it } from 'vitest'
import { sortInSlices } from './time-slice'

describe('sortInSlices', () => {
  it('sorts like Array.prototype.sort, keeping equal items in their order, and yields between runs', async () => {
    let seed = 7
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (const length of [0, 1, 2, 3, 17, 1000]) {
      const items = Array.from({ length }, (_, n) => ({ key: Math.floor(random() * 10), n }))
      const compare = (a: { key: number }, b: { key: number }): number => a.key - b.key
      let yields = 0
      const sorted = await sortInSlices(items, compare, async () => {
        yields += 1
      })
      expect(sorted).toEqual([...items].sort(compare))
      if (length > 1) expect(yields).toBeGreaterThan(0)
      // Input already (or nearly) in order takes the shortcut for runs in order; same result.
      const ordered = [...items].sort(compare)
      expect(await sortInSlices(ordered, compare, async () => undefined)).toEqual(ordered)
      const reversed = [...ordered].reverse()
      expect(await sortInSlices(reversed, compare, async () => undefined)).toEqual(
        [...reversed].sort(compare),
      )
    }
  })
})
