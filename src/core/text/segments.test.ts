import { describe, expect, it } from 'vitest'
import { segmentText } from './segments'

const words = new Intl.Segmenter('en', { granularity: 'word' })
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })

function direct(segmenter: Intl.Segmenter, text: string): ReadonlyArray<string> {
  return Array.from(segmenter.segment(text), (segment) => segment.segment)
}

describe('segmentText', () => {
  it('finds the same segments as one Intl.Segmenter pass over a long text', () => {
    const text = 'Mr. Smith met the U.S. envoy on 28 February. “Is it over?” he asked. '.repeat(120)
    expect(segmentText(words, text).map((segment) => segment.text)).toEqual(direct(words, text))
    expect(segmentText(sentences, text).map((segment) => segment.text)).toEqual(
      direct(sentences, text),
    )
  })
  it('keeps offsets into the whole text', () => {
    const text = 'word '.repeat(1000)
    const segments = segmentText(words, text)
    expect(segments.every((segment) => text.startsWith(segment.text, segment.index))).toBe(true)
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
  })
  it('never cuts a surrogate pair at a window edge', () => {
    const text = '😀'.repeat(3000)
    expect(
      segmentText(words, text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text)
    expect(segmentText(words, text).every((segment) => segment.text.length % 2 === 0)).toBe(true)
  })
})
