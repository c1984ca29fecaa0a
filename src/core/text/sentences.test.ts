import { describe, expect, it } from 'vitest'
import { splitSentenceRanges } from './sentences'

/** The sentences of a text joined by " | ". */
function sentences(text: string): string {
  return splitSentenceRanges(text)
    .map((range) => text.slice(range.start, range.end))
    .join(' | ')
}

describe('splitSentenceRanges', () => {
  it('does not end a sentence after "U.S." before a name, nor after "Dr."', () => {
    expect(sentences('The U.S. President met Dr. Brown. They spoke.')).toBe(
      'The U.S. President met Dr. Brown. | They spoke.',
    )
  })

  it('keeps decimals and thousands inside their sentence', () => {
    expect(sentences('Prices rose 3.5 per cent to $1,250.75 today. Shares fell.')).toBe(
      'Prices rose 3.5 per cent to $1,250.75 today. | Shares fell.',
    )
  })

  it('ends a sentence after the quotation mark that closes after the full stop', () => {
    expect(sentences('He said: “We will go.” Then they left.')).toBe(
      'He said: “We will go.” | Then they left.',
    )
    expect(sentences('She said "no." They left.')).toBe('She said "no." | They left.')
  })

  it('splits Chinese and Japanese at their full stops', () => {
    expect(sentences('我们是中国人。他们不是。')).toBe('我们是中国人。 | 他们不是。')
  })

  it('gives UTF-16 offsets, astral characters included', () => {
    const text = '😀 Zelensky’s team agreed. 𝐁old Moscow did not.'
    const found = splitSentenceRanges(text)
    expect(found.map((range) => text.slice(range.start, range.end))).toEqual([
      '😀 Zelensky’s team agreed.',
      '𝐁old Moscow did not.',
    ])
  })

  it('never joins across a line break', () => {
    const text = 'The talks, he asked?\nthe envoy left.'
    expect(splitSentenceRanges(text).map((range) => text.slice(range.start, range.end))).toEqual([
      'The talks, he asked?',
      'the envoy left.',
    ])
  })

  it('splits a very long paragraph in linear time', () => {
    const text = 'Mr. Smith met the U.S. envoy on Jan. 5 in Kyiv. '.repeat(5000)
    const started = performance.now()
    expect(splitSentenceRanges(text)).toHaveLength(5000)
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('keeps a very long closed quotation as one sentence in linear time', () => {
    const text = `He said: “${'We are ready. '.repeat(5000)}” Then he left.`
    const started = performance.now()
    expect(splitSentenceRanges(text)).toHaveLength(2)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
