import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../types'
import { segmentArticle } from './segment-article'
import { SEED_TEXTS } from './seed-texts.test-helper'
import { splitSentences } from './sentences'

const paragraph = (text: string): Paragraph => ({ index: 3, text, kind: 'paragraph' })

/** The sentences of a text joined by " | ". */
function sentences(text: string): string {
  return splitSentences(paragraph(text))
    .map((sentence) => sentence.text)
    .join(' | ')
}

describe('splitSentences', () => {
  it('splits ordinary sentences', () => {
    expect(sentences('Talks begin today. Both sides are wary! Will they agree?')).toBe(
      'Talks begin today. | Both sides are wary! | Will they agree?',
    )
  })

  it('does not split after dotted acronyms before a name or a noun', () => {
    expect(sentences('The U.S. delegation left. The U.K. Foreign Office agreed.')).toBe(
      'The U.S. delegation left. | The U.K. Foreign Office agreed.',
    )
    expect(sentences('It is up to the U.S. President to decide.')).toBe(
      'It is up to the U.S. President to decide.',
    )
  })

  it('splits after a dotted acronym that ends a sentence', () => {
    expect(sentences('Talks were held in the U.S. The delegation then left.')).toBe(
      'Talks were held in the U.S. | The delegation then left.',
    )
  })

  it('does not split after titles and honorifics', () => {
    expect(sentences('Mr. Smith met Mrs. Jones and Dr. Brown. Gen. Syrsky agreed.')).toBe(
      'Mr. Smith met Mrs. Jones and Dr. Brown. | Gen. Syrsky agreed.',
    )
    expect(sentences('They met at St. Paul’s Cathedral. It rained.')).toBe(
      'They met at St. Paul’s Cathedral. | It rained.',
    )
  })

  it('does not split after initials', () => {
    expect(sentences('J. D. Vance was there. Donald J. Trump spoke.')).toBe(
      'J. D. Vance was there. | Donald J. Trump spoke.',
    )
  })

  it('does not split after a month or "No." before a number', () => {
    expect(
      sentences('It began on Jan. 5 and ended Feb. 28. He lives at No. 10 Downing St. now.'),
    ).toBe('It began on Jan. 5 and ended Feb. 28. | He lives at No. 10 Downing St. now.')
    expect(sentences('“Will you sign?” “No.” She left.')).toBe(
      '“Will you sign?” | “No.” | She left.',
    )
  })

  it('does not split after "vs." or "e.g."', () => {
    expect(sentences('It was Russia vs. Ukraine. Some issues, e.g. Land, remain.')).toBe(
      'It was Russia vs. Ukraine. | Some issues, e.g. Land, remain.',
    )
  })

  it('keeps a quoted question with its attribution', () => {
    expect(sentences('“Is this the end?” he asked. Nobody answered.')).toBe(
      '“Is this the end?” he asked. | Nobody answered.',
    )
  })

  it('does not split inside a quotation that closes', () => {
    expect(sentences('He said: “We are ready. Are they?” Then he left.')).toBe(
      'He said: “We are ready. Are they?” | Then he left.',
    )
    expect(sentences('He said: "We are ready. Are they?" Then he left.')).toBe(
      'He said: "We are ready. Are they?" | Then he left.',
    )
  })

  it('splits inside a quotation that never closes (it runs into the next paragraph)', () => {
    expect(sentences('He wrote: “We are ready. We will stay.')).toBe(
      'He wrote: “We are ready. | We will stay.',
    )
  })

  it('gives UTF-16 offsets into the paragraph text', () => {
    const text = 'Zelensky’s 😀 team agreed. Moscow did not.'
    for (const sentence of splitSentences(paragraph(text))) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      expect(sentence.paragraph).toBe(3)
    }
  })

  it('leaves out a credit glued to the first word', () => {
    const split = splitSentences(
      paragraph('Embed from Getty ImagesWhile Trump spoke, Leavitt left. She said so.'),
    )
    expect(split.map((sentence) => sentence.text)).toEqual([
      'While Trump spoke, Leavitt left.',
      'She said so.',
    ])
    expect(split[0]?.start).toBe(23)
  })

  it('has no sentences for a boilerplate paragraph', () => {
    expect(splitSentences({ index: 0, text: '0 Comments', kind: 'boilerplate' })).toEqual([])
  })

  it('covers all content of every seed paragraph, in order, without overlaps', () => {
    for (const text of Object.values(SEED_TEXTS)) {
      for (const seedParagraph of segmentArticle(text)) {
        const split = splitSentences(seedParagraph)
        let covered = ''
        let end = 0
        split.forEach((sentence, index) => {
          expect(sentence.index).toBe(index)
          expect(sentence.start).toBeGreaterThanOrEqual(end)
          covered += seedParagraph.text.slice(end, sentence.start).trim()
          end = sentence.end
        })
        if (seedParagraph.kind !== 'boilerplate' && !seedParagraph.text.startsWith('Embed')) {
          expect(covered + seedParagraph.text.slice(end).trim()).toBe('')
        }
      }
    }
  })
})
