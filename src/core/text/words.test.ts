import { describe, expect, it } from 'vitest'
import { compoundWordSpans, countSpacedRuns, firstSpanFrom, tokenizeText, wordSpans } from './words'

/** Tokens joined by "|", with whitespace shown as "_". */
function tokens(text: string): string {
  return tokenizeText(text)
    .map((token) => (token.kind === 'space' ? '_' : token.text))
    .join('|')
}

/** The words of a text joined by "|". */
function words(text: string): string {
  return wordSpans(text)
    .map((word) => word.text)
    .join('|')
}

describe('tokenizeText', () => {
  it('keeps words, punctuation and whitespace runs as tokens of their own', () => {
    expect(tokens('“Positive messages,” he said.')).toBe('“|Positive|_|messages|,|”|_|he|_|said|.')
  })

  it('keeps words with inner apostrophes, full stops and digits whole', () => {
    expect(tokens('Zelensky’s U.S. $5.5bn 30-day')).toBe('Zelensky’s|_|U.S|.|_|$|5.5bn|_|30|-|day')
    expect(words('don’t 5,000 3.5% e.g. U.K.')).toBe('don’t|5,000|3.5|e.g|U.K')
  })

  it('splits Chinese, Japanese and Thai into words', () => {
    expect(tokens('我们是中国人')).toBe('我们|是|中国人')
    expect(tokens('ภาษาไทยง่าย')).toBe('ภาษา|ไทย|ง่าย')
    expect(words('東京に行きました')).not.toBe('東京に行きました')
  })

  it('splits words joined by hyphens and dashes as the segmenter does, marks included', () => {
    expect(tokens('“US-backed hometown—Odesa, 1.5-2 don’t-care')).toBe(
      '“|US|-|backed|_|hometown|—|Odesa|,|_|1.5|-|2|_|don’t|-|care',
    )
    expect(tokens('a--b -x y- ­z‑w')).toBe('a|--|b|_|-|x|_|y|-|_|\u00ad|z|‑|w')
  })

  it('makes "..." and "--" one token each', () => {
    expect(tokens('wait... no -- yes')).toBe('wait|...|_|no|_|--|_|yes')
  })

  it('gives tokens that concatenate to the text, with exact offsets', () => {
    const text = 'A\u00A0b  c\r\n“d”—e… 😀 中国 cafe\u0301 𝐁old 👩‍👩‍👧 naïve'
    const found = tokenizeText(text)
    expect(found.map((token) => token.text).join('')).toBe(text)
    for (const token of found) {
      expect(text.slice(token.start, token.end)).toBe(token.text)
    }
  })

  it('keeps combining marks inside their word and astral letters whole', () => {
    const text = 'the cafe\u0301 of हिन्दी and 𝐁old'
    const found = wordSpans(text)
    expect(found.map((word) => word.text)).toEqual([
      'the',
      'cafe\u0301',
      'of',
      'हिन्दी',
      'and',
      '𝐁old',
    ])
    expect(found.map((word) => [word.start, word.end])).toEqual([
      [0, 3],
      [4, 9],
      [10, 12],
      [13, 19],
      [20, 23],
      [24, 29],
    ])
  })

  it('agrees with Intl.Segmenter on every word form, fast path or not', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
    const texts = [
      '(AP) “Yes,” officials’ 86% [Russia’s] ¿Qué? e.g. Kursk; Rubio: ¡ok!',
      "U.S. 5,000. 3.5 a.5 5.a don't 'tis students' 90’s 1st A1 v1.2 x.y.z.",
      'naïve cafe\u0301. Ωμέγα’s Москва, 5’000 a’b’ ‘quoted’ “U.K.”',
    ]
    for (const text of texts) {
      const expected = Array.from(segmenter.segment(text), (segment) => segment.segment)
      const merged = expected.join('|').replace(/\.\|\.\|\./gu, '...')
      expect(
        tokenizeText(text)
          .map((token) => token.text)
          .join('|'),
      ).toBe(merged)
    }
  })
})

describe('compoundWordSpans', () => {
  it('joins hyphenated compounds, as people count words', () => {
    expect(
      compoundWordSpans('A well-known T-Mobile deal, a-t-il dit -- not - this')
        .map((word) => word.text)
        .join('|'),
    ).toBe('A|well-known|T-Mobile|deal|a-t-il|dit|not|this')
  })
})

describe('compoundWordSpans on quotes', () => {
  const words = (text: string) => compoundWordSpans(text).map((span) => span.text)

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

  it('splits a long unspaced paragraph the same way window by window as whole', () => {
    // The segmenter must not see it in one piece (V8's is quadratic there), yet the words must
    // not change at window edges.
    const sentence = '北京市政府宣布新的预算计划以支持公共图书馆的发展。'
    const long = sentence.repeat(400)
    const expected = words(sentence)
    const found = compoundWordSpans(long)
    expect(found.length).toBe(expected.length * 400)
    expect(found.slice(-expected.length).map((span) => span.text)).toEqual(expected)
    for (const span of found) expect(long.slice(span.start, span.end)).toBe(span.text)
  })
})

describe('countSpacedRuns', () => {
  it.each([
    '',
    ' ',
    'one',
    ' two  words ',
    'a\u00a0b\u2003c\u3000d\ufeffe',
    'tab\tand\nline\r\nends',
    '中国 😀 x',
  ])('counts the pieces a whitespace split leaves in %j', (text) => {
    expect(countSpacedRuns(text)).toBe(text.split(/\s+/).filter((word) => word !== '').length)
  })
})

describe('countSpacedRuns with a limit', () => {
  it('stops counting at the limit', () => {
    expect(countSpacedRuns('one two three four', 2)).toBe(2)
    expect(countSpacedRuns('one two', 5)).toBe(2)
    expect(countSpacedRuns('  ', 1)).toBe(0)
  })
})

describe('firstSpanFrom', () => {
  it('finds the first span starting at or after an offset, or the end', () => {
    const spans = [{ start: 0 }, { start: 4 }, { start: 4 }, { start: 9 }]
    expect(firstSpanFrom(spans, 0)).toBe(0)
    expect(firstSpanFrom(spans, 3)).toBe(1)
    expect(firstSpanFrom(spans, 4)).toBe(1)
    expect(firstSpanFrom(spans, 5)).toBe(3)
    expect(firstSpanFrom(spans, 10)).toBe(4)
    expect(firstSpanFrom([], 2)).toBe(0)
  })
})
