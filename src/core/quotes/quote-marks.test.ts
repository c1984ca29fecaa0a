import { describe, expect, it } from 'vitest'
import { findQuoteSpans } from './quote-marks'

/** The quoted words of a paragraph, an unclosed quote marked with a trailing "…open". */
function quoted(text: string): ReadonlyArray<string> {
  return findQuoteSpans(text).map(
    (span) => text.slice(span.start, span.end) + (span.closed ? '' : '…open'),
  )
}

describe('findQuoteSpans', () => {
  it('finds curly, straight, guillemet and low-9 double quotes', () => {
    expect(quoted('He said “yes” and "no", then «oui» and „ja“.')).toEqual([
      'yes',
      'no',
      'oui',
      'ja',
    ])
  })

  it('keeps a quote that spans sentences whole', () => {
    expect(quoted('She warned: “It is bad. It will get worse.” Then she left.')).toEqual([
      'It is bad. It will get worse.',
    ])
  })

  it('finds single quotes but not apostrophes', () => {
    const text =
      "Russia’s envoy called it ‘a trap’ and the students' union said 'no way' in the ’90s, don't"
    expect(quoted(text)).toEqual(['a trap', 'no way'])
  })

  it('does not end a single quote at a plural possessive inside it', () => {
    expect(quoted("He called it 'the workers' party of the future' today.")).toEqual([
      "the workers' party of the future",
    ])
  })

  it('keeps nested single quotes inside the double quote', () => {
    expect(quoted('“He told me ‘never’ twice,” she said.')).toEqual(['He told me ‘never’ twice,'])
  })

  it('leaves a quote open at the end of a paragraph', () => {
    expect(quoted('“We will continue the talks. And then')).toEqual([
      'We will continue the talks. And then…open',
    ])
  })

  it('accepts a quote opened curly and closed straight', () => {
    expect(quoted('the “fully liberate" order')).toEqual(['fully liberate'])
  })

  it('accepts an opening curly mark written with a space after it (tokenised text)', () => {
    expect(quoted('She said “ I am so excited to be hosting , ” and smiled.')).toEqual([
      'I am so excited to be hosting ,',
    ])
  })

  it('finds nothing in text without quotes', () => {
    expect(quoted("It's the '90s rock 'n' roll of the students' era.")).toEqual([])
  })
})
