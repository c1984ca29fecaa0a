import { describe, expect, it } from 'vitest'
import { scheduleWarmUp, warmUpEngine } from './warm-up'

describe('warmUpEngine', () => {
  it('runs every lens of the engine on its sample, so all of them are compiled', () => {
    const comparison = warmUpEngine()
    const ops = new Set(comparison.rows.map((row) => row.op))
    expect(ops.has('moved') || ops.has('changed')).toBe(true)
    expect(comparison.quotes.some((quote) => quote.status !== 'unchanged')).toBe(true)
    expect(comparison.facts.length).toBeGreaterThan(0)
    expect(comparison.titles.some((title) => title.headline)).toBe(true)
  })
})

describe('scheduleWarmUp', () => {
  /** A schedule whose later tasks wait in a queue the test runs; logs passes and pauses. */
  function fakeSchedule(passes: number, run: () => void = () => undefined) {
    const log: string[] = []
    const queue: Array<() => void> = []
    let stopped = false
    scheduleWarmUp({
      passes,
      pause: 1000,
      run: () => {
        log.push('pass')
        run()
      },
      stopped: () => stopped,
      later: (next, milliseconds) => {
        log.push(`wait ${milliseconds}`)
        queue.push(next)
      },
    })
    const step = (): void => queue.shift()?.()
    return { log, step, stop: () => (stopped = true) }
  }

  it('runs the first pass at once, pauses, then runs the rest one task each', () => {
    const { log, step } = fakeSchedule(3)
    expect(log).toEqual(['pass', 'wait 1000'])
    step()
    step()
    step()
    expect(log).toEqual(['pass', 'wait 1000', 'pass', 'wait 0', 'pass', 'wait 0'])
  })

  it('starts no pass once a request has come', () => {
    const { log, step, stop } = fakeSchedule(6)
    stop()
    step()
    expect(log).toEqual(['pass', 'wait 1000'])
  })

  it('gives up after a pass that throws', () => {
    const { log } = fakeSchedule(6, () => {
      throw new Error('broken sample')
    })
    expect(log).toEqual(['pass'])
  })
})
