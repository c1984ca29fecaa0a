import { describe, expect, it } from 'vitest'
import { wordSpans } from '../text/words'
import { contentWordForms, isContentWord, tokenizeWords, wordForms } from './word-tokens'

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

describe('contentWordForms', () => {
  it('gives the content words of wordForms, the sentence opening marked only on the first word', () => {
    const words = wordSpans('The 2,839 officials’ talks in U.S. cities. Putin said no')
    const cache = new Map()
    expect(contentWordForms(words, cache)).toEqual(wordForms(words).filter(isContentWord))
    expect(contentWordForms(wordSpans('Officials said'), cache)[0]?.initial).toBe(true)
    expect(contentWordForms(wordSpans('The officials said'), cache)[0]?.initial).toBe(false)
  })
})
