import { describe, expect, it } from 'vitest'
import { wordSpans } from './quote-words'

const words = (text: string) => wordSpans(text).map((span) => span.text)

describe('wordSpans', () => {
  it('keeps contractions, possessives and hyphenated words whole', () => {
    expect(words('Russia’s 30-day truce: “I don’t want that,” he said.')).toEqual([
      'Russia’s',
      '30-day',
      'truce',
      'I',
      'don’t',
      'want',
      'that',
      'he',
      'said',
    ])
  })

  it('splits scripts written without spaces into words, with offsets into the text', () => {
    const text = '他说：“北京欢迎你。”'
    const spans = wordSpans(text)
    expect(spans.length).toBeGreaterThan(2)
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text)
  })

  it('splits a long unspaced paragraph the same way window by window as whole', () => {
    // One regex match the length of the paragraph: the segmenter must not see it in one piece
    // (V8's is quadratic there), yet the words must not change at window edges.
    const sentence = '北京市政府宣布新的预算计划以支持公共图书馆的发展。'
    const long = sentence.repeat(400)
    const expected = words(sentence)
    const found = words(long)
    expect(found.length).toBe(expected.length * 400)
    expect(found.slice(-expected.length)).toEqual(expected)
    for (const span of wordSpans(long)) expect(long.slice(span.start, span.end)).toBe(span.text)
  })
})
