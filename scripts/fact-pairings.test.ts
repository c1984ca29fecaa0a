import { describe, expect, it } from 'vitest'
import { compareArticles } from '../src/core'
import type { Comparison, FactChange } from '../src/core'
import { factPairings } from './fact-pairings'

const LEFT = 'Markets rose. Police said 5000 people marched through the city centre on Saturday.'
const RIGHT =
  'Markets rose. Police said 6000 protesters marched through the city on Saturday. Done.'

function withFacts(facts: ReadonlyArray<FactChange>): Comparison {
  return {
    ...compareArticles({ path: 'a', text: LEFT }, { path: 'b', text: RIGHT }),
    facts,
  }
}

const at = (text: string, whole: string) => {
  const start = whole.indexOf(text)
  return { text, paragraph: 0, spans: [{ paragraph: 0, start, end: start + text.length }] }
}

describe('factPairings', () => {
  it('gives each changed fact the sentences its sides stand in and the words they share', () => {
    const [pairing, ...rest] = factPairings(
      withFacts([
        { kind: 'number', status: 'changed', left: at('5000', LEFT), right: at('6000', RIGHT) },
        { kind: 'date', status: 'removed', left: at('Saturday', LEFT), right: null },
      ]),
    )
    expect(rest).toEqual([])
    expect(pairing?.leftSentence).toBe(
      'Police said 5000 people marched through the city centre on Saturday.',
    )
    expect(pairing?.rightSentence).toBe(
      'Police said 6000 protesters marched through the city on Saturday.',
    )
    // police, marched, through, city, saturday of the right's six content words
    expect(pairing?.shared).toBeCloseTo(5 / 6)
  })
})
