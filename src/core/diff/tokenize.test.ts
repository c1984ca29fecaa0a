import { describe, expect, it } from 'vitest'
import { tokenizeWords } from './tokenize'

/** Tokens joined by "|", with whitespace shown as "_". */
function tokens(text: string): string {
  return tokenizeWords(text)
    .map((token) => (token.kind === 'space' ? '_' : token.text))
    .join('|')
}

describe('tokenizeWords', () => {
  it('keeps words, punctuation and whitespace runs as tokens of their own', () => {
    expect(tokens('“Positive messages,” he said.')).toBe('“|Positive|_|messages|,|”|_|he|_|said|.')
  })

  it('keeps words with inner apostrophes, full stops and digits whole', () => {
    expect(tokens('Zelensky’s U.S. $5.5bn 30-day')).toBe('Zelensky’s|_|U.S|.|_|$|5.5bn|_|30|-|day')
  })

  it('splits Chinese and Thai into words', () => {
    expect(tokens('我们是中国人')).toBe('我们|是|中国人')
    expect(tokens('ภาษาไทยง่าย')).toBe('ภาษา|ไทย|ง่าย')
  })

  it('makes "..." and "--" one token each', () => {
    expect(tokens('wait... no -- yes')).toBe('wait|..._|no|_|--|_|yes'.replace('..._', '...|_'))
  })

  it('gives tokens that concatenate to the text, with their offsets', () => {
    const text = 'A\u00A0b  c\r\n“d”—e… 😀 中国'
    const found = tokenizeWords(text)
    expect(found.map((token) => token.text).join('')).toBe(text)
    expect(found.every((token) => text.startsWith(token.text, token.start))).toBe(true)
  })

  it('agrees with Intl.Segmenter on every seed-like word form', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
    const text = '(AP) “Yes,” officials’ 86% [Russia’s] ¿Qué? e.g. Kursk; Rubio: ¡ok!'
    const expected = Array.from(segmenter.segment(text), (segment) => segment.segment)
    expect(tokenizeWords(text).map((token) => token.text)).toEqual(expected)
  })
})
