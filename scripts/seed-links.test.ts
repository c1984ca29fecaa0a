import { describe, expect, it } from 'vitest'
import referenceJson from '../src/core/alignment/fixtures/seed-links.json'
import { segmentArticle } from '../src/core'
import { SEED_TEXTS } from '../src/core/segmentation/seed-texts.test-helper'
import { parseSeedReference, scoreSeedPair, summariseSeedScores } from './seed-links'
import type { SeedPairReference } from './seed-links'

const reference = parseSeedReference(referenceJson)

const pair: SeedPairReference = {
  left: '000',
  right: '001',
  paragraphs: [3, 3],
  links: [
    [0, 0, 'lead'],
    [1, 2, 'quote'],
  ],
  acceptable: [[2, 2, 'echo']],
}

describe('scoreSeedPair', () => {
  it('counts required links found, missing ones, and links in neither list as wrong', () => {
    const score = scoreSeedPair(pair, [
      { left: 0, right: 0 },
      { left: 2, right: 2 },
      { left: 2, right: 0 },
    ])
    expect(score.found).toBe(1)
    expect(score.missing).toEqual([[1, 2, 'quote']])
    expect(score.wrong).toEqual([{ left: 2, right: 0 }])
    const summary = summariseSeedScores([score])
    expect(summary.recall).toBe(0.5)
    expect(summary.precision).toBeCloseTo(2 / 3)
  })
})

describe('parseSeedReference', () => {
  it('refuses a link that is not [left, right, why]', () => {
    const pairs = [
      { left: '000', right: '001', paragraphs: [2, 2], links: [[0, 0]], acceptable: [] },
    ]
    expect(() => parseSeedReference({ pairs })).toThrow(/not \[left, right, why\]/)
  })
})

describe('the seed reference', () => {
  it('names each link once, in range, and never both required and acceptable', () => {
    for (const entry of reference.pairs) {
      const keys = [...entry.links, ...entry.acceptable].map(([l, r]) => `${l}:${r}`)
      expect(new Set(keys).size, `${entry.left}-${entry.right}`).toBe(keys.length)
      for (const [l, r, why] of [...entry.links, ...entry.acceptable]) {
        expect(l).toBeLessThan(entry.paragraphs[0])
        expect(r).toBeLessThan(entry.paragraphs[1])
        expect(why.length).toBeGreaterThan(0)
      }
    }
  })
  it('counts the paragraphs the seeds segment into today (else its indices point elsewhere)', () => {
    for (const entry of reference.pairs) {
      const count = (id: string): number => segmentArticle(SEED_TEXTS[id] ?? '').length
      expect([count(entry.left), count(entry.right)]).toEqual(entry.paragraphs)
    }
  })
})
