import { describe, expect, it } from 'vitest'
import { tokenizeText } from '../text/words'
import { analyseArticle, joinedTokens, wordsWithin } from './analyse-article'
import { segmentArticle } from './segment-article'
import { SEED_TEXTS } from './seed-texts.test-helper'
import { splitSentences } from './sentences'

describe('analyseArticle', () => {
  it('reads each paragraph once into tokens, words and sentences with exact offsets', () => {
    const paragraphs = segmentArticle('Talks end\n\nDr. Brown met the U.S. envoy. 😀 They left.')
    const [heading, body] = analyseArticle(paragraphs)
    expect(heading?.words.map((word) => word.text)).toEqual(['Talks', 'end'])
    expect(body?.sentences.map((sentence) => sentence.text)).toEqual([
      'Dr. Brown met the U.S. envoy.',
      '😀 They left.',
    ])
    const text = body?.paragraph.text ?? ''
    for (const word of body?.words ?? []) expect(text.slice(word.start, word.end)).toBe(word.text)
    const second = body?.sentences[1]
    expect(wordsWithin(body?.words ?? [], second?.start ?? 0, second?.end ?? 0)).toEqual([
      { text: 'They', start: 33, end: 37, kind: 'word' },
      { text: 'left', start: 38, end: 42, kind: 'word' },
    ])
  })

  it('gives a repeated paragraph its own index in its sentences', () => {
    const paragraphs = segmentArticle('Same words here.\n\nOther text.\n\nSame words here.')
    const analysis = analyseArticle(paragraphs)
    expect(analysis[2]?.sentences).toEqual(splitSentences(paragraphs[2]!))
  })

  it('joins the tokens of a row as tokenizeText reads the joined text', () => {
    for (const text of Object.values(SEED_TEXTS)) {
      const paragraphs = segmentArticle(text)
      const analysis = analyseArticle(paragraphs)
      const indices = [0, 1, 2].filter((index) => index < paragraphs.length)
      const joined = indices.map((index) => paragraphs[index]?.text).join('\n')
      expect(joinedTokens(analysis, indices)).toEqual(tokenizeText(joined))
    }
  })
})
