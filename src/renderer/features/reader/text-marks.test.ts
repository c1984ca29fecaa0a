import { describe, expect, it } from 'vitest'
import { comparisonWith, paragraphsOf } from '../../test/comparison-fixture'
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
        left: { text: 'positive messages', paragraph: 1 },
        right: { text: 'positive signals', paragraph: 0 },
      },
    ],
    facts: [
      {
        kind: 'date',
        status: 'changed',
        left: { text: '12 March', paragraph: 1 },
        right: { text: '13 March', paragraph: 0 },
      },
      // Not in the text (e.g. normalised by the engine): skipped, never misplaced.
      { kind: 'number', status: 'added', left: null, right: { text: '99', paragraph: 0 } },
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
          left: { text: 'messages', paragraph: 1 },
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
})
