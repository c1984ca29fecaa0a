import { describe, expect, it } from 'vitest'
import type { DiffToken } from '../types'
import { diffLeftText, diffRightText, formatDiff } from './format-diff'

const tokens: ReadonlyArray<DiffToken> = [
  { type: 'equal', text: 'Russia’s', rightText: "Russia's" },
  { type: 'equal', text: ' envoy ' },
  { type: 'removed', text: 'said' },
  { type: 'added', text: 'warned' },
]

describe('formatDiff', () => {
  it('writes git --word-diff style markers and the left spelling of equal runs', () => {
    expect(formatDiff(tokens)).toBe('Russia’s envoy [-said-]{+warned+}')
  })
})

describe('diffLeftText and diffRightText', () => {
  it('rebuild the two texts, equal runs as written on each side', () => {
    expect(diffLeftText(tokens)).toBe('Russia’s envoy said')
    expect(diffRightText(tokens)).toBe("Russia's envoy warned")
  })
})
