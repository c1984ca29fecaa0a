import { describe, expect, it } from 'vitest'
import { isContentWord, tokenizeWords } from './word-tokens'

describe('tokenizeWords', () => {
  it('lower-cases, drops possessives, reads U.S. as US and splits hyphenated words', () => {
    const tokens = tokenizeWords('Ukraine’s 30-day truce, U.S. officials said. Don’t')
    expect(tokens.map((token) => token.lower)).toEqual([
      'ukraine',
      '30',
      'day',
      'truce',
      'us',
      'officials',
      'said',
      "don't",
    ])
    expect(tokens.filter(isContentWord).map((token) => token.key)).toEqual([
      'ukrain',
      '30',
      'day',
      'truc',
      'us',
      'official',
    ])
  })
})
