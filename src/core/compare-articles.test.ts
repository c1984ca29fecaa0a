import { describe, expect, it } from 'vitest'
import { COMPARISON_STAGES, compareArticles } from './compare-articles'
import type { ComparisonStage, StageRunner } from './compare-articles'
import { DEFAULT_COMPARE_OPTIONS } from './types'

const LEFT = 'Talks resume\nThe envoy arrived on Monday, officials said.\n"We are ready," she said.'
const RIGHT =
  'Talks resume\nThe envoy arrived on Tuesday, officials said.\n"We are ready," she said.'

describe('compareArticles', () => {
  it('runs every stage once, in order, through the stage runner it is given', () => {
    const seen: ComparisonStage[] = []
    const record: StageRunner = (stage, run) => {
      seen.push(stage)
      return run()
    }
    const timed = compareArticles(
      { path: 'a', text: LEFT },
      { path: 'b', text: RIGHT },
      DEFAULT_COMPARE_OPTIONS,
      null,
      record,
    )
    expect(seen).toEqual([...COMPARISON_STAGES])
    const plain = compareArticles(
      { path: 'a', text: LEFT },
      { path: 'b', text: RIGHT },
      DEFAULT_COMPARE_OPTIONS,
    )
    expect(timed).toEqual(plain)
  })
})
