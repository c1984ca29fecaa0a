import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { forEachInSlices, sortInSlices, timeSlicer } from './time-slice'

describe('sortInSlices', () => {
  it('sorts like Array.prototype.sort, keeping equal items in their order, and yields every few hundred items', async () => {
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
      // About every 256 items placed: 1,000 items take 10 passes of 1,000.
      if (length === 1000) expect(yields).toBeGreaterThanOrEqual(30)
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

describe('forEachInSlices', () => {
  it('calls each item in order with its position, checking the slice after every group', async () => {
    for (const length of [0, 1, 5, 6, 13]) {
      const items = Array.from({ length }, (_, n) => `item ${n}`)
      const seen: string[] = []
      let checks = 0
      await forEachInSlices(
        items,
        (item, at) => seen.push(`${at}:${item}`),
        async () => {
          checks += 1
        },
        5,
      )
      expect(seen).toEqual(items.map((item, at) => `${at}:${item}`))
      expect(checks).toBe(Math.ceil(length / 5))
    }
  })
})

// Busy for at least `ms` of wall time: the slices' clock is the wall clock.
function busy(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('timeSlicer', () => {
  it('gives the jobs waiting at once one slice per turn of the event loop, not one each', async () => {
    // Runs once in each turn's check phase (an immediate queued there runs in the next turn). Node
    // runs the immediates queued for a turn back to back: two slices in one turn are either side
    // of no count, whatever their order.
    let turns = 0
    let counting = true
    const count = (): void => {
      turns += 1
      if (counting) setImmediate(count)
    }
    setImmediate(count)
    const steps: Array<{ readonly job: string; readonly turn: number }> = []
    const job = async (name: string): Promise<void> => {
      const slice = timeSlicer()
      // Until its first check a job runs in its caller's turn, as any code does.
      busy(0.3)
      await slice()
      for (let step = 0; step < 30; step += 1) {
        busy(0.3)
        steps.push({ job: name, turn: turns })
        await slice()
      }
    }
    try {
      await Promise.all(['title sort', 'index parse', 'search words'].map(job))
    } finally {
      counting = false
    }
    const jobsByTurn = new Map<number, Set<string>>()
    for (const { job, turn } of steps)
      jobsByTurn.set(turn, (jobsByTurn.get(turn) ?? new Set()).add(job))
    expect([...jobsByTurn.values()].filter((jobs) => jobs.size > 1)).toEqual([])
    expect(steps).toHaveLength(90)
  })

  it('lets timers run before the next slice when a job resumed by I/O used up the slice', async () => {
    let yieldedAfterRead = false
    let timerRan = false
    const seenAfterRead: boolean[] = []
    const waiting = async (): Promise<void> => {
      const slice = timeSlicer()
      while (seenAfterRead.length === 0) {
        busy(0.3)
        if (yieldedAfterRead) seenAfterRead.push(timerRan)
        await slice()
      }
    }
    const reading = async (): Promise<void> => {
      const slice = timeSlicer()
      await readFile(import.meta.filename)
      // Resumed in the poll phase; the timer is due once a millisecond has passed.
      setTimeout(() => (timerRan = true), 0)
      busy(3)
      yieldedAfterRead = true
      await slice()
    }
    await Promise.all([waiting(), reading()])
    expect(seenAfterRead).toEqual([true])
  })
})
