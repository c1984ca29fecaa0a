import { describe, expect, it } from 'vitest'
import { compareArticles } from '../src/core/compare-articles'
import type { Comparison, FactChange, QuoteChange } from '../src/core/types'
import { auditComparison, containsWords, judgeSpeaker, parseEvalLensesArgs } from './lens-audit'

const LEFT = 'Officials said 15 people attended and 5 left.\n“We will sign,” Peskov said. “Soon.”'
const RIGHT = 'Officials said 15 people attended.\nTwo officers spoke.'

function comparisonWith(
  facts: ReadonlyArray<FactChange>,
  quotes: ReadonlyArray<QuoteChange>,
): Comparison {
  return {
    ...compareArticles({ path: 'a', text: LEFT }, { path: 'b', text: RIGHT }),
    facts,
    quotes,
  }
}

const side = (text: string, paragraph = 0) => ({
  text,
  paragraph,
  spans: [{ paragraph, start: 0, end: text.length }],
})

describe('containsWords', () => {
  it('finds whole words only, whatever their case and typography', () => {
    expect(containsWords('15 people attended', '5')).toBe(false)
    expect(containsWords('a prize of £40,000', '40')).toBe(false)
    expect(containsWords('up 11.7% on the year', '11')).toBe(false)
    expect(containsWords('40,000 people', '000')).toBe(false)
    expect(containsWords('paid £40, then left.', '40')).toBe(true)
    expect(containsWords('rose 11. Then it fell', '11')).toBe(true)
    expect(containsWords('two officers', 'Two')).toBe(true)
    expect(containsWords('russia’s plan', "Russia's plan")).toBe(true)
  })
})

describe('auditComparison', () => {
  it('counts a removed fact whose words stand in the other article', () => {
    const audit = auditComparison(
      comparisonWith(
        [
          { kind: 'number', status: 'removed', left: side('15'), right: null },
          { kind: 'number', status: 'removed', left: side('5'), right: null },
          { kind: 'number', status: 'added', left: null, right: side('Two', 1) },
        ],
        [],
      ),
    )
    expect(audit.factsReported).toBe(3)
    expect(audit.factsVerbatim.map((found) => found.text)).toEqual(['15'])
  })

  it('flags quote text that its spans do not hold', () => {
    // Paragraph 1: “We will sign,” Peskov said. “Soon.”
    const parts = [
      { paragraph: 1, start: 1, end: 14 },
      { paragraph: 1, start: 30, end: 35 },
    ]
    const audit = auditComparison(
      comparisonWith(
        [],
        [
          {
            status: 'removed',
            speaker: 'Peskov',
            left: { text: 'We will sign, Soon.', paragraph: 1, spans: parts },
            right: null,
          },
          {
            status: 'removed',
            speaker: 'Peskov',
            left: { text: 'We will sign, … Soon.', paragraph: 1, spans: parts },
            right: null,
          },
        ],
      ),
    )
    expect(audit.quoteSides).toBe(2)
    expect(audit.quotesNotContiguous.map((found) => found.text)).toEqual(['We will sign, Soon.'])
  })
})

describe('judgeSpeaker', () => {
  it('accepts names and role phrases and rejects pronouns, question words and things', () => {
    expect(judgeSpeaker('Karoline Leavitt')).toBe('name')
    expect(judgeSpeaker('Ursula von der Leyen')).toBe('name')
    expect(judgeSpeaker('el-Haite')).toBe('name')
    expect(judgeSpeaker('a Kremlin spokesman')).toBe('role')
    expect(judgeSpeaker('his colleagues')).toBe('role')
    for (const label of ['What', 'shift', 'live television', 'a badge', 'its current form', 'He']) {
      expect(judgeSpeaker(label), label).toBe('not-a-speaker')
    }
  })
})

describe('parseEvalLensesArgs', () => {
  it('takes the corpora folder as the first argument, with or without --cases', () => {
    expect(parseEvalLensesArgs(['/data/corpora']).corporaDir).toBe('/data/corpora')
    expect(parseEvalLensesArgs(['--cases', '5', '/data/corpora'])).toEqual({
      corporaDir: '/data/corpora',
      cases: 5,
      vectors: true,
      seeds: true,
    })
    expect(parseEvalLensesArgs(['--no-vectors', '--no-seeds'])).toEqual({
      corporaDir: null,
      cases: 20,
      vectors: false,
      seeds: false,
    })
  })
})
