import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../types'
import { segmentArticle, splitNonEmptyLines } from './segment-article'
import { isBoilerplateLine } from './boilerplate'
import { SEED_TEXTS } from './seed-texts.test-helper'

/** "¶index kind: text" per paragraph that is not plain body text. */
function kinds(text: string): ReadonlyArray<string> {
  return segmentArticle(text)
    .filter((paragraph) => paragraph.kind !== 'paragraph')
    .map((paragraph: Paragraph) => `¶${paragraph.index} ${paragraph.kind}: ${paragraph.text}`)
}

const BODY = 'This is a body paragraph that runs on for a while, as body paragraphs in news do.'

describe('splitNonEmptyLines', () => {
  it('handles a BOM and LF, CRLF and CR line ends, and trims lines', () => {
    expect(splitNonEmptyLines('\uFEFFa\r\nb\rc\n  d  ')).toEqual(['a', 'b', 'c', 'd'])
  })
  it('treats whitespace-only lines as empty', () => {
    expect(splitNonEmptyLines('a\n \t\n\u00A0\nb')).toEqual(['a', 'b'])
  })
})

describe('segmentArticle', () => {
  it('numbers paragraphs among non-empty lines', () => {
    const paragraphs = segmentArticle(`\n${BODY}\n\n\n${BODY} Again.\n`)
    expect(paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1])
    expect(paragraphs[1]?.text).toBe(`${BODY} Again.`)
  })

  it('gives the same paragraphs for LF, CRLF and CR files', () => {
    const lf = `Headline here\n${BODY}\n- item one\n0 Comments`
    expect(segmentArticle(lf.replace(/\n/g, '\r\n'))).toEqual(segmentArticle(lf))
    expect(segmentArticle(lf.replace(/\n/g, '\r'))).toEqual(segmentArticle(lf))
  })

  it('takes a Markdown # line as a heading wherever it is', () => {
    expect(kinds(`${BODY}\n## What it means.\n${BODY}\n# Last`)).toEqual([
      '¶1 heading: ## What it means.',
      '¶3 heading: # Last',
    ])
  })

  it('takes a short unpunctuated line before a longer paragraph as a heading', () => {
    expect(kinds(`Fighting continues amid ceasefire talks\n${BODY}`)).toEqual([
      '¶0 heading: Fighting continues amid ceasefire talks',
    ])
  })

  it('allows the headline (first line) to run longer than a subheading', () => {
    const headline =
      'Trump dispatches US officials to Moscow as Putin tours Kursk, where Russian forces push against Ukraine'
    expect(kinds(`${headline}\n${BODY} ${BODY}`)).toEqual([`¶0 heading: ${headline}`])
    expect(kinds(`${BODY}\n${headline}\n${BODY} ${BODY}`)).toEqual([])
  })

  it('takes a short Title-Cased question as a heading, not a quoted or sentence-case one', () => {
    const text = [
      BODY,
      'What’s Next?',
      BODY,
      'Who is Leading the Moscow Talks?',
      BODY,
      '“Is this the end?”',
      BODY,
      'But will it hold?',
      BODY,
    ].join('\n')
    expect(kinds(text)).toEqual([
      '¶1 heading: What’s Next?',
      '¶3 heading: Who is Leading the Moscow Talks?',
    ])
  })

  it('never takes a line ending in . : ; or a closing quote after them as a heading', () => {
    const text = ['In a post on Telegram, he wrote:', '“Saving lives comes first.”', BODY].join(
      '\n',
    )
    expect(kinds(text)).toEqual([])
  })

  it('does not take the last line, a line before a shorter one, or a wrapped line as a heading', () => {
    expect(kinds(`${BODY}\nThe end`)).toEqual([])
    expect(kinds(`Short line here\nShort`)).toEqual([])
    expect(
      kinds(`The talks in Jeddah marked the first\nsignificant meeting between the two sides.`),
    ).toEqual([])
    expect(kinds(`Officials said the talks would resume,\n${BODY}`)).toEqual([])
  })

  it('treats the first line after page furniture as the headline', () => {
    const headline =
      'Trump dispatches US officials to Moscow as Putin tours Kursk and Russian forces push on'
    expect(kinds(`Advertisement\n${headline}\n${BODY} ${BODY}`)).toEqual([
      '¶0 boilerplate: Advertisement',
      `¶1 heading: ${headline}`,
    ])
  })

  it('segments a long article in linear time', () => {
    const text = `Short heading here\n${BODY}\n`.repeat(20_000)
    const started = performance.now()
    expect(segmentArticle(text)).toHaveLength(40_000)
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('takes a headline followed by a byline as a heading', () => {
    expect(kinds(`Putin tours Kursk\nBy Jane Smith\n${BODY}`)).toEqual([
      '¶0 heading: Putin tours Kursk',
      '¶1 boilerplate: By Jane Smith',
    ])
  })

  it('recognises list items by their markers', () => {
    const text = [
      'Key questions',
      '- Will Russia accept?',
      '* Can it hold?',
      '• Who pays?',
      '1. First',
      '2) Second',
      'a) Third',
    ].join('\n')
    expect(kinds(`${text}\n${BODY}`).filter((line) => line.includes('list-item'))).toHaveLength(6)
    expect(
      kinds('J. D. Vance met Zelensky in the Oval Office on 28 February, aides said.'),
    ).toEqual([])
  })

  it('recognises page furniture as boilerplate', () => {
    const furniture = [
      '0 Comments',
      'Share',
      'Share this article',
      'Subscribe to our newsletter',
      'Follow us on Twitter',
      'Advertisement',
      'Read more: Putin visits Kursk',
      'Photo: Reuters',
      '(Getty Images)',
      'Embed from Getty Images',
    ]
    const paragraphs = segmentArticle(furniture.join('\n'))
    expect(paragraphs.map((paragraph) => paragraph.kind)).toEqual(
      furniture.map(() => 'boilerplate'),
    )
  })

  it('recognises a long parenthesised credit standing alone as boilerplate', () => {
    // Too many words for a furniture line, but the credit pattern covers the whole line.
    const credit = '(Photo: a to b, c to d, e to f, g to h, i to j, k and l / AFP)'
    const text = `The Kremlin said so on Wednesday.\n${credit}\nPutin visited Kursk.`
    expect(segmentArticle(text).map((paragraph) => paragraph.kind)).toEqual([
      'paragraph',
      'boilerplate',
      'paragraph',
    ])
    expect(isBoilerplateLine(credit)).toBe(false)
  })

  it('keeps a sentence that merely opens like a prompt as a paragraph', () => {
    const text =
      'Share prices fell sharply on Wednesday as investors weighed the prospect of a ceasefire in Ukraine.'
    expect(segmentArticle(text)[0]?.kind).toBe('paragraph')
  })

  it('classifies the seed articles', () => {
    expect(kinds(SEED_TEXTS['000'] ?? '')).toEqual([
      '¶0 heading: Trump dispatches US officials to Moscow as Putin tours Kursk, where Russian forces push against Ukraine',
    ])
    expect(kinds(SEED_TEXTS['001'] ?? '')).toEqual([
      '¶10 heading: Fighting continues amid ceasefire talks',
    ])
    expect(kinds(SEED_TEXTS['002'] ?? '')).toEqual([])
    expect(kinds(SEED_TEXTS['003'] ?? '')).toEqual([
      '¶2 heading: Trump and Putin: A Potential Conversation?',
      '¶5 heading: Who is Leading the Moscow Talks?',
      '¶9 heading: Putin’s Visit to Kursk: A Show of Strength?',
      '¶14 heading: Ukraine’s Strategic Withdrawal',
      '¶17 heading: Trump’s Leverage Over Russia',
      '¶20 heading: What’s Next?',
      '¶22 list-item: - Will Russia accept the US-backed ceasefire?',
      '¶23 list-item: - Can Ukraine secure a long-term security guarantee?',
      '¶24 list-item: - Will Trump impose financial sanctions to pressure Moscow?',
    ])
    expect(kinds(SEED_TEXTS['004'] ?? '')).toEqual([
      '¶3 heading: Progress on Ceasefire Negotiations',
      '¶7 heading: U.S. Delegation Prepares for Moscow Talks',
      '¶10 heading: Tensions Persist on the Ground',
      '¶13 heading: Trump Pressures Russia',
      '¶17 boilerplate: 0 Comments',
    ])
  })
})
