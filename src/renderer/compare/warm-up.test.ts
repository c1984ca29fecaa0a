import { describe, expect, it } from 'vitest'
import { warmUpEngine } from './warm-up'

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
