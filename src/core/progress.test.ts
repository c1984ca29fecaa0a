import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles'
import type { ComparisonStage } from './compare-articles'
import { progressCounter, progressSpan, progressSteps } from './progress'
import { SEED_TEXTS } from './segmentation/seed-texts.test-helper'
import { DEFAULT_COMPARE_OPTIONS } from './types'

/** A long article: the seed's paragraphs `copies` times over, each copy told apart by its number. */
function grown(text: string, copies: number): string {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim() !== '')
  return Array.from({ length: copies }, (_, copy) =>
    paragraphs.map((line) => `${line} (part ${copy})`).join('\n\n'),
  ).join('\n\n')
}

describe('progressCounter', () => {
  it('reports at most once per step, in order, up to the whole', () => {
    const reported: number[] = []
    const tick = progressCounter((fraction) => reported.push(fraction), 10_000, 100)
    for (let done = 0; done <= 10_000; done++) tick(done)
    expect(reported).toHaveLength(100)
    expect(reported[0]).toBe(0.01)
    expect(reported.at(-1)).toBe(1)
    expect(
      reported.every((fraction, index) => index === 0 || fraction > reported[index - 1]!),
    ).toBe(true)
  })

  it('reports every unit when there are fewer units than steps, and nothing without a listener', () => {
    const reported: number[] = []
    const tick = progressCounter((fraction) => reported.push(fraction), 4)
    for (let done = 1; done <= 4; done++) tick(done)
    expect(reported).toEqual([0.25, 0.5, 0.75, 1])
    expect(() => progressCounter(undefined, 4)(2)).not.toThrow()
  })

  it('maps a sub-step into its share of the whole', () => {
    const reported: number[] = []
    const span = progressSpan((fraction) => reported.push(fraction), 0.4, 0.8)
    span?.(0)
    span?.(0.5)
    span?.(1)
    expect(reported.map((fraction) => Math.round(fraction * 100) / 100)).toEqual([0.4, 0.6, 0.8])
  })
})

describe('progressSteps', () => {
  it('passes on a fraction only a whole step past the last, however finely it is called', () => {
    const reported: number[] = []
    const steps = progressSteps((fraction) => reported.push(fraction), 10)
    // Two sub-steps, each counting its own thousand units into half of the whole.
    for (const [start, end] of [
      [0, 0.5],
      [0.5, 1],
    ] as const) {
      const sub = progressCounter(progressSpan(steps, start, end), 1_000, 1_000)
      for (let done = 0; done <= 1_000; done++) sub(done)
    }
    expect(reported).toHaveLength(10)
    expect(reported.at(-1)).toBe(1)
    expect(progressSteps(undefined)).toBeUndefined()
  })
})

describe('compareArticles progress', () => {
  it('reports how far a long compare is inside its alignment, diff, quotes and facts stages', () => {
    const left = grown(SEED_TEXTS['000']!, 12)
    const right = grown(SEED_TEXTS['003']!, 12)
    const reports: Array<{ stage: ComparisonStage; fraction: number }> = []
    compareArticles(
      { path: 'left.txt', text: left },
      { path: 'right.txt', text: right },
      DEFAULT_COMPARE_OPTIONS,
      null,
      undefined,
      (stage, fraction) => reports.push({ stage, fraction }),
    )
    for (const stage of ['alignment', 'diff', 'quotes', 'facts'] as const) {
      const fractions = reports.filter((report) => report.stage === stage).map((r) => r.fraction)
      // Many steps, never backwards, all within the stage, and few enough to cost nothing.
      expect(fractions.length, stage).toBeGreaterThan(10)
      expect(fractions.length, stage).toBeLessThanOrEqual(110)
      expect(
        fractions.every((fraction, index) => index === 0 || fraction >= fractions[index - 1]!),
      ).toBe(true)
      expect(Math.min(...fractions)).toBeGreaterThanOrEqual(0)
      expect(Math.max(...fractions)).toBeLessThanOrEqual(1)
      expect(Math.max(...fractions), stage).toBeGreaterThanOrEqual(0.85)
    }
    // The stages report in the order they run.
    const order = reports.map((report) => report.stage)
    expect(order.lastIndexOf('alignment')).toBeLessThan(order.indexOf('diff'))
    expect(order.lastIndexOf('diff')).toBeLessThan(order.indexOf('quotes'))
    expect(order.lastIndexOf('quotes')).toBeLessThan(order.indexOf('facts'))
  })
})
