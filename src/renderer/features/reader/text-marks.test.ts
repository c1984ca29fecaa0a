import { describe, expect, it } from 'vitest'
import { comparisonWith, paragraphsOf, sideAt } from '../../test/comparison-fixture'
import { indexMarks, markKey } from './text-marks'

describe('indexMarks', () => {
  const comparison = comparisonWith({
    left: {
      path: 'a',
      title: 'A',
      paragraphs: paragraphsOf('Intro.', 'Trump said Russia sent “positive messages” on 12 March.'),
    },
    right: {
      path: 'b',
      title: 'B',
      paragraphs: paragraphsOf('Trump said Russia sent “positive signals” on 13 March.'),
    },
    quotes: [
      {
        status: 'altered',
        speaker: 'Trump',
        left: sideAt(1, 24, 'positive messages'),
        right: sideAt(0, 24, 'positive signals'),
      },
    ],
    facts: [
      {
        kind: 'date',
        status: 'changed',
        left: sideAt(1, 46, '12 March'),
        right: sideAt(0, 45, '13 March'),
      },
    ],
  })

  it('places quotes and facts in their paragraph on each side', () => {
    const marks = indexMarks(comparison)
    expect(marks.get(markKey('left', 1))?.map((m) => `${m.kind}:${m.start}-${m.end}`)).toEqual([
      'quote:24-41',
      'fact:46-54',
    ])
    expect(marks.get(markKey('right', 0))?.map((m) => `${m.kind}@${m.item}:${m.detail}`)).toEqual([
      'quote@0:altered',
      'fact@0:date',
    ])
    expect(marks.has(markKey('left', 0))).toBe(false)
  })

  it('drops a mark that overlaps an earlier one', () => {
    const overlapping = comparisonWith({
      ...comparison,
      facts: [
        {
          kind: 'number',
          status: 'changed',
          left: sideAt(1, 33, 'messages'),
          right: null,
        },
      ],
    })
    expect(
      indexMarks(overlapping)
        .get(markKey('left', 1))
        ?.map((m) => m.kind),
    ).toEqual(['quote'])
  })

  it('marks a fact where the engine found it, not where its text first occurs', () => {
    const text = '15 people attended and 5 left.'
    const marks = indexMarks(
      comparisonWith({
        left: { path: 'a', title: 'A', paragraphs: paragraphsOf(text) },
        facts: [{ kind: 'number', status: 'removed', left: sideAt(0, 23, '5'), right: null }],
      }),
    )
    expect(
      marks.get(markKey('left', 0))?.map((m) => text.slice(m.start, m.end) + `@${m.start}`),
    ).toEqual(['5@23'])
  })

  it('marks every part of a quotation interrupted by its attribution', () => {
    const text = '“We will sign,” Peskov said. “But not yet.”'
    const quote = {
      text: 'We will sign, … But not yet.',
      paragraph: 0,
      spans: [
        { paragraph: 0, start: 1, end: 14 },
        { paragraph: 0, start: 30, end: 42 },
      ],
    }
    const marks = indexMarks(
      comparisonWith({
        left: { path: 'a', title: 'A', paragraphs: paragraphsOf(text) },
        quotes: [{ status: 'removed', speaker: 'Dmitry Peskov', left: quote, right: null }],
      }),
    )
    expect(marks.get(markKey('left', 0))?.map((m) => text.slice(m.start, m.end))).toEqual([
      'We will sign,',
      'But not yet.',
    ])
  })
})
