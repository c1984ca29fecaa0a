import { describe, expect, it } from 'vitest'
import { analyseText } from './entities'

describe('analyseText', () => {
  it('reads the one tokenizer’s words, digit groups apart and a dotted acronym with its stop', () => {
    const analysis = analyseText('The U.S. sent 5,000 troops and 3.5 tonnes to Russia’s border.')
    expect(analysis.tokens.map((token) => token.text).join('|')).toBe(
      'The|U.S.|sent|5|000|troops|and|3|5|tonnes|to|Russia’s|border',
    )
  })

  it('reads sentences with the one sentence splitter: not after a title, an acronym or a spaced decimal', () => {
    const sentences = (text: string): string => {
      const groups = new Map<number, string[]>()
      for (const token of analyseText(text).tokens) {
        groups.set(token.sentence, [...(groups.get(token.sentence) ?? []), token.text])
      }
      return [...groups.values()].map((words) => words.join(' ')).join(' | ')
    }
    expect(sentences('Dr. Smith left. Then Mr. Jones came.')).toBe(
      'Dr Smith left | Then Mr Jones came',
    )
    expect(sentences('The U.S. President spoke. A quake of about 6. 0 struck.')).toBe(
      'The U.S. President spoke | A quake of about 6 0 struck',
    )
  })

  it('takes the sentence ranges the caller has, words outside them a sentence of their own', () => {
    const text = 'Getty Images Putin visited Kursk. He left.'
    const tokens = analyseText(text, undefined, [
      { start: 13, end: 33 },
      { start: 34, end: 42 },
    ]).tokens
    const sentence = (word: string): number => tokens.find((token) => token.text === word)!.sentence
    expect(sentence('Images')).toBeLessThan(sentence('Putin'))
    expect(sentence('Putin')).toBe(sentence('Kursk'))
    expect(sentence('Kursk')).toBeLessThan(sentence('He'))
  })
})
