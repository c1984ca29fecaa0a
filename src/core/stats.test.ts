import { describe, expect, it } from 'vitest'
import { compareArticles, rowText } from './compare-articles'
import { SEED_TEXTS } from './segmentation/seed-texts.test-helper'
import { countWords, summarizeComparison } from './stats'
import type { AlignedRow, FactChange, QuoteChange, TitleChange } from './types'

const row = (op: AlignedRow['op'], tokens: AlignedRow['tokens']): AlignedRow => ({
  left: [0],
  right: [0],
  op,
  similarity: 1,
  tokens,
})

describe('countWords', () => {
  it('counts words with inner apostrophes, hyphens and decimals as one', () => {
    expect(countWords('Zelensky’s 30-day truce, 86.5% — U.S. officials')).toBe(6)
  })
  it('counts unspaced scripts by their words, not by spaces', () => {
    expect(countWords('我们今天去北京。')).toBe(4)
    expect(countWords('สวัสดีครับวันนี้')).toBe(4)
    expect(countWords('Putin 今天 visited 北京')).toBe(4)
  })
  it('counts nothing in punctuation and whitespace', () => {
    expect(countWords(' — … “” ')).toBe(0)
  })
})

describe('summarizeComparison', () => {
  it('counts added and removed words and the Dice similarity of the words kept', () => {
    const rows = [
      row('changed', [
        { type: 'equal', text: 'positive ' },
        { type: 'removed', text: 'messages' },
        { type: 'added', text: 'signals' },
      ]),
      { ...row('added', [{ type: 'added', text: 'A new paragraph here' }]), left: [] },
    ]
    const stats = summarizeComparison(rows, [], [], [])
    expect(stats.wordsRemoved).toBe(1)
    expect(stats.wordsAdded).toBe(5)
    expect(stats.wordsLeft).toBe(2)
    expect(stats.wordsRight).toBe(6)
    expect(stats.similarity).toBeCloseTo((2 * 1) / 8)
    expect(stats.paragraphs).toMatchObject({ changed: 1, added: 1, equal: 0 })
    // Content shared: the left's 2 words all stand in a paired row; 2 of the right's 6 do.
    expect(stats.contentShared).toEqual({ left: 1, right: 2 / 6 })
  })

  it('tallies quote, fact and title statuses', () => {
    const side = { text: 'x', paragraph: 0, spans: [{ paragraph: 0, start: 0, end: 1 }] }
    const quotes: QuoteChange[] = [
      { status: 'altered', speaker: 'Trump', left: side, right: side },
      { status: 'unchanged', speaker: null, left: side, right: side },
      { status: 'altered', speaker: null, left: side, right: side },
    ]
    const facts: FactChange[] = [{ kind: 'number', status: 'added', left: null, right: side }]
    const titles: TitleChange[] = [{ status: 'changed', headline: true, left: side, right: side }]
    const stats = summarizeComparison([], quotes, facts, titles)
    expect(stats.quotes).toEqual({ unchanged: 1, altered: 2, added: 0, removed: 0, paraphrased: 0 })
    expect(stats.facts).toEqual({ added: 1, removed: 0, changed: 0 })
    expect(stats.titles).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 0 })
    expect(stats.similarity).toBe(1)
  })
})

describe('summarizeComparison with the articles read once', () => {
  it('counts each word of each article once, a compound split by a change included', () => {
    const texts = Object.values(SEED_TEXTS)
    for (const [left, right] of texts.slice(1).map((text, at) => [texts[at]!, text] as const)) {
      const comparison = compareArticles({ path: 'l', text: left }, { path: 'r', text: right })
      const content = comparison.rows.filter((row) => row.boilerplate !== true)
      const words = (side: 'left' | 'right'): number =>
        content.reduce(
          (sum, row) => sum + countWords(rowText(row[side], comparison[side].paragraphs)),
          0,
        )
      expect(comparison.stats.wordsLeft).toBe(words('left'))
      expect(comparison.stats.wordsRight).toBe(words('right'))
    }
  })

  it('counts a hyphenated compound whose second half changed as one word, not two', () => {
    const comparison = compareArticles(
      { path: 'l', text: 'A well-known man spoke.' },
      { path: 'r', text: 'A well-liked man spoke.' },
    )
    expect(comparison.stats).toMatchObject({ wordsLeft: 4, wordsRight: 4 })
  })
})
