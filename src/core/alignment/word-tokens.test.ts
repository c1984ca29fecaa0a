import { describe, expect, it } from 'vitest'
import { isContentWord, stemWord, tokenizeWords } from './word-tokens'

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

describe('stemWord', () => {
  it('joins inflections of one word', () => {
    const stems = (words: string) => words.split(' ').map(stemWord).join(' ')
    expect(stems('advance advanced advancing')).toBe('advanc advanc advanc')
    expect(stems('liberate liberation negotiations negotiate')).toBe(
      'liberat liberat negotiat negotiat',
    )
    expect(stems('cities city reportedly reported')).toBe('city city report report')
  })
})
