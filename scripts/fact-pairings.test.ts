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

  it('reads whole sentences past abbreviations and spaced decimals ("3: 33 a. m.", "$27. 5 million")', () => {
    const left = 'The fire was reported at 3: 33 a. m. and is under investigation. It spread.'
    const right = 'A deal worth $27. 5 million was signed at 3: 30 by the U.S. company. Done.'
    const comparison = {
      ...compareArticles({ path: 'a', text: left }, { path: 'b', text: right }),
      facts: [
        {
          kind: 'date' as const,
          status: 'changed' as const,
          left: at('3: 33 a. m.', left),
          right: at('3: 30', right),
        },
      ],
    }
    const [pairing] = factPairings(comparison)
    expect(pairing?.leftSentence).toBe(
      'The fire was reported at 3: 33 a. m. and is under investigation.',
    )
    expect(pairing?.rightSentence).toBe(
      'A deal worth $27. 5 million was signed at 3: 30 by the U.S. company.',
    )
  })
})
