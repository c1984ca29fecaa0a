import { describe, expect, it } from 'vitest'
import referenceJson from '../src/core/alignment/fixtures/seed-lens-changes.json'
import { segmentArticle } from '../src/core'
import type { SideText } from '../src/core'
import { SEED_TEXTS } from '../src/core/segmentation/seed-texts.test-helper'
import {
  locateText,
  parseSeedLensReference,
  scoreLensPair,
  summariseLensScores,
} from './seed-lens-changes'
import type { LensEntry, SeedLensPair } from './seed-lens-changes'

const LEFT = [{ text: 'Trump got “positive messages”.' }, { text: 'A source said 15 left.' }]
const RIGHT = [{ text: 'Trump got “positive signals”.' }, { text: 'A BBC source said 5 left.' }]

function side(paragraph: number, start: number, end: number, text: string): SideText {
  return { text, paragraph, spans: [{ paragraph, start, end }] }
}

const pair: SeedLensPair = {
  left: '000',
  right: '003',
  changes: [
    {
      lens: 'quote',
      kind: 'altered',
      left: 'positive messages',
      right: 'positive signals',
      why: 'q',
    },
    { lens: 'fact', kind: 'changed', left: 'A source', right: 'A BBC source', why: 'src' },
    { lens: 'fact', kind: 'changed', left: '15', right: '5', why: 'count' },
    { lens: 'title', kind: 'added', left: null, right: 'Trump got', why: 'title' },
  ],
}

describe('scoreLensPair', () => {
  it('finds a change by lens and overlapping spans; exact only when one entry shows both sides', () => {
    const entries: LensEntry[] = [
      // The quote as one altered entry: found and exact.
      {
        category: 'quote',
        status: 'altered',
        left: side(0, 11, 28, 'positive messages'),
        right: side(0, 11, 27, 'positive signals'),
      },
      // The source as a removal plus an addition: found, not exact.
      { category: 'fact', status: 'removed', left: side(1, 0, 8, 'A source'), right: null },
      { category: 'fact', status: 'added', left: null, right: side(1, 0, 12, 'A BBC source') },
      // '15' on the wrong lens, and a fact that is no reference change.
      { category: 'quote', status: 'removed', left: side(1, 14, 16, '15'), right: null },
      { category: 'fact', status: 'removed', left: side(1, 17, 21, 'left'), right: null },
    ]
    const score = scoreLensPair(pair, LEFT, RIGHT, entries)
    expect(score.found.map((change) => change.why)).toEqual(['q', 'src'])
    expect(score.exact.map((change) => change.why)).toEqual(['q'])
    expect(score.shownBy.get(pair.changes[1]!)?.map((entry) => entry.status)).toEqual([
      'removed',
      'added',
    ])
    expect(score.missed).toEqual([
      { change: pair.changes[2], cause: 'no entry' },
      { change: pair.changes[3], cause: 'no entry' },
    ])
    expect(score.unlisted.map((entry) => entry.left?.text)).toEqual(['15', 'left'])
  })

  it('does not count an unchanged entry, and says the change was shown unchanged', () => {
    const unchanged: LensEntry = {
      category: 'quote',
      status: 'unchanged',
      left: side(0, 11, 28, 'positive messages'),
      right: side(0, 11, 27, 'positive signals'),
    }
    const score = scoreLensPair({ ...pair, changes: [pair.changes[0]!] }, LEFT, RIGHT, [unchanged])
    expect(score.found).toEqual([])
    expect(score.missed[0]?.cause).toBe('shown unchanged')
    expect(score.unlisted).toEqual([])
  })

  it('does not match spans that only touch, or lie in another paragraph', () => {
    const entries: LensEntry[] = [
      { category: 'fact', status: 'removed', left: side(1, 8, 14, ' said '), right: null },
      { category: 'fact', status: 'removed', left: side(0, 0, 8, 'Trump go'), right: null },
    ]
    const score = scoreLensPair({ ...pair, changes: [pair.changes[1]!] }, LEFT, RIGHT, entries)
    expect(score.found).toEqual([])
    expect(score.unlisted).toHaveLength(2)
  })

  it('reports a reference text the seed does not contain', () => {
    const changes = [{ ...pair.changes[1]!, right: 'a CNN source' }]
    const score = scoreLensPair({ ...pair, changes }, LEFT, RIGHT, [])
    expect(score.missed).toEqual([{ change: changes[0], cause: 'text not in the seed' }])
  })
})

describe('summariseLensScores', () => {
  it('counts changes, found, exact and unlisted entries per lens', () => {
    const entries: LensEntry[] = [
      { category: 'fact', status: 'removed', left: side(1, 0, 8, 'A source'), right: null },
      { category: 'title', status: 'removed', left: side(1, 9, 13, 'said'), right: null },
    ]
    const recall = summariseLensScores([scoreLensPair(pair, LEFT, RIGHT, entries)])
    expect(recall).toEqual([
      { lens: 'quote', changes: 1, found: 0, exact: 0, unlisted: 0 },
      { lens: 'fact', changes: 2, found: 1, exact: 0, unlisted: 0 },
      { lens: 'title', changes: 1, found: 0, exact: 0, unlisted: 1 },
    ])
  })
})

describe('locateText', () => {
  it('gives every place a text stands', () => {
    expect(locateText([{ text: 'a b a' }, { text: 'b' }], 'b')).toEqual([
      { paragraph: 0, start: 2, end: 3 },
      { paragraph: 1, start: 0, end: 1 },
    ])
  })
})

describe('seed-lens-changes.json', () => {
  const reference = parseSeedLensReference(referenceJson)

  it('covers at least five seed pairs, and every text stands in its seed', () => {
    expect(reference.pairs.length).toBeGreaterThanOrEqual(5)
    const missing: string[] = []
    for (const entry of reference.pairs) {
      const left = segmentArticle(SEED_TEXTS[entry.left] ?? '')
      const right = segmentArticle(SEED_TEXTS[entry.right] ?? '')
      for (const change of entry.changes) {
        if (change.left !== null && locateText(left, change.left).length === 0) {
          missing.push(`${entry.left}: ${change.left}`)
        }
        if (change.right !== null && locateText(right, change.right).length === 0) {
          missing.push(`${entry.right}: ${change.right}`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('refuses a change without a lens it knows, or with neither side', () => {
    const with_ = (change: object): unknown => ({
      pairs: [{ left: '000', right: '001', changes: [change] }],
    })
    const valid = { lens: 'fact', kind: 'added', left: null, right: '86%', why: 'figure' }
    expect(() => parseSeedLensReference(with_(valid))).not.toThrow()
    expect(() => parseSeedLensReference(with_({ ...valid, lens: 'names' }))).toThrow(/lens/)
    expect(() => parseSeedLensReference(with_({ ...valid, right: null }))).toThrow(/neither/)
    expect(() => parseSeedLensReference(with_({ ...valid, why: '' }))).toThrow(/why/)
  })
})
