import { describe, expect, it } from 'vitest'
import { boilerplateSpans, contentText, isBoilerplateLine } from './boilerplate'

const paragraph = (text: string) => ({ index: 4, text, kind: 'paragraph' as const })

describe('isBoilerplateLine', () => {
  it.each([
    '0 Comments',
    '12 comments',
    'Comments (3)',
    'Share',
    'Share on Facebook',
    'Subscribe to our newsletter',
    'Sign up for our daily briefing',
    'Follow us on Instagram',
    'Follow BBC News on X',
    'Advertisement',
    'Story continues below advertisement',
    'Read more:',
    'Read more: Trump sends envoy to Moscow',
    'Related Topics',
    'Photo: Sergei Ilnitsky/EPA',
    'Image source, Getty Images',
    '(Getty Images)',
    'Getty Images',
    'Reuters',
    'By Jane Smith and John Doe, BBC News',
    'Published 12 March 2025',
    'Reporting by Jane Smith; Editing by John Doe',
  ])('"%s" is furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it.each([
    'Share prices fell on Wednesday.',
    'Follow-up talks are planned in Moscow next week, officials said on Wednesday.',
    'Reuters reported that the delegation had landed.',
    'By Wednesday the talks had stalled.',
    'Comments by Peskov suggested the Kremlin was in no hurry to agree to the proposal.',
  ])('"%s" is content', (line) => {
    expect(isBoilerplateLine(line)).toBe(false)
  })
})

describe('boilerplateSpans', () => {
  it('finds a credit glued to the first word of the paragraph', () => {
    const text =
      'Embed from Getty ImagesWhile Trump did not confirm which officials were travelling'
    expect(boilerplateSpans(text)).toEqual([{ start: 0, end: 23 }])
  })
  it('includes the space after a leading credit', () => {
    expect(boilerplateSpans('Embed from Getty Images Trump spoke.')).toEqual([
      { start: 0, end: 24 },
    ])
  })
  it('finds parenthesised credits and wire tags inside a paragraph', () => {
    const text = 'MOSCOW (Reuters) - Putin visited Kursk (Photo: Sergei Ilnitsky/EPA) on Wednesday.'
    const spans = boilerplateSpans(text)
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      ' (Reuters)',
      ' (Photo: Sergei Ilnitsky/EPA)',
    ])
  })
  it('leaves ordinary parentheses alone', () => {
    expect(boilerplateSpans('The Kremlin (which has not commented) said nothing.')).toEqual([])
  })
  it('covers a whole furniture line', () => {
    expect(boilerplateSpans('0 Comments')).toEqual([{ start: 0, end: 10 }])
  })
})

describe('contentText', () => {
  it('drops a glued credit so nothing reports it', () => {
    expect(contentText(paragraph('Embed from Getty ImagesWhile Trump did not confirm it.'))).toBe(
      'While Trump did not confirm it.',
    )
  })
  it('drops inline credits and keeps the sentence readable', () => {
    expect(contentText(paragraph('Putin visited Kursk (Getty Images) on Wednesday.'))).toBe(
      'Putin visited Kursk on Wednesday.',
    )
  })
  it('is empty for a boilerplate paragraph and the text itself otherwise', () => {
    expect(contentText({ index: 0, text: 'Share', kind: 'boilerplate' })).toBe('')
    expect(contentText(paragraph('Nothing to remove.'))).toBe('Nothing to remove.')
  })
})

describe('datelines', () => {
  it.each([
    'Friday, November 11, 2011',
    'Apr 12, 2007',
    '2 October 2013, 15:39 (GMT+05:00)',
    'September 17, 2013 4:16 PM ET',
    'Thursday, Apr 2, 2009 | Updated 1:32 PM PDT',
    '27/09/2013',
    'April 12, 2013 | 4:00am',
    '18 September 2013 Last updated at 13:59 GMT',
    // Stamps of copied pages in the ECB+ corpus, read as headlines and subheadings before.
    'Story Created: Aug 7, 2012 at 9: 56 AM AKDT',
    'Originally published 05 / 03 / 2013 at 10: 20 AM EDT',
    '3 / 27 / 2012 @ 10: 05AM',
    '11: 39am UK, Monday 09 September 2013',
    'March 14, 2013 - UNITED STATES -',
  ])('"%s" is a timestamp line', (line) => {
    expect(isBoilerplateLine(line)).toBe(true)
  })

  it.each([
    'May the talks succeed',
    'At 5',
    '30-day ceasefire',
    'March on Moscow',
    'Seacom operations fully restored: 4 November 2011',
    'Created in March 2012, the fund has grown',
    'PARIS MARCH ON 14 MAY',
  ])('"%s" is not', (line) => {
    expect(isBoilerplateLine(line)).toBe(false)
  })

  it('rejects a long run of digits quickly (no backtracking)', () => {
    const started = performance.now()
    expect(isBoilerplateLine(`${'1'.repeat(5000)}x`)).toBe(false)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
