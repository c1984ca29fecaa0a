import { compareArticles } from '../compare-articles'
import { summarizeComparison } from '../stats'
import type {
  AlignedRow,
  Comparison,
  FactChange,
  ParagraphKind,
  QuoteChange,
  SideText,
  TitleChange,
} from '../types'

/** A side's words at `start` in paragraph `paragraph`, with their one span. */
export function sideAt(paragraph: number, start: number, text: string): SideText {
  return { text, paragraph, spans: [{ paragraph, start, end: start + text.length }] }
}

/** Text that must never reach a report unescaped: markup, an event handler, quotes, `&`. */
export const HOSTILE_TEXT =
  '<script>alert("x")</script> <img src=x onerror="alert(1)"> Tom & "Jerry"'

/** A small comparison built by the engine from two short texts (tests of the report builders). */
export function compareSmallTexts(
  leftLines: ReadonlyArray<string>,
  rightLines: ReadonlyArray<string>,
): Comparison {
  return compareArticles(
    { path: 'left.txt', text: leftLines.join('\n') },
    { path: 'right.txt', text: rightLines.join('\n') },
  )
}

/** A comparison with some parts replaced by hand, its stats recomputed to match. */
export function withParts(
  base: Comparison,
  parts: {
    readonly rows?: ReadonlyArray<AlignedRow>
    readonly quotes?: ReadonlyArray<QuoteChange>
    readonly facts?: ReadonlyArray<FactChange>
    readonly titles?: ReadonlyArray<TitleChange>
  },
): Comparison {
  const rows = parts.rows ?? base.rows
  const quotes = parts.quotes ?? base.quotes
  const facts = parts.facts ?? base.facts
  const titles = parts.titles ?? base.titles
  return {
    ...base,
    rows,
    quotes,
    facts,
    titles,
    stats: summarizeComparison(rows, quotes, facts, titles),
  }
}

/**
 * A four-paragraph story and its rewrite with one change of each kind the reports list, fixed by
 * hand so the report tests do not depend on what the engine finds.
 */
export function handMadeComparison(): Comparison {
  const base = compareSmallTexts(
    [
      'Talks set for Moscow',
      'Officials said the talks were “urgent” on Wednesday.',
      'The ceasefire would last 30 days.',
      'Analysts doubt the plan.',
    ],
    [
      'Talks set for Moscow next week',
      'The ceasefire would last 60 days.',
      'Officials said the talks were “vital” on Wednesday.',
      'A new paragraph about Kursk.',
    ],
  )
  const rows: ReadonlyArray<AlignedRow> = [
    {
      left: [0],
      right: [0],
      op: 'changed',
      similarity: 0.8,
      tokens: [
        { type: 'equal', text: 'Talks set for Moscow' },
        { type: 'added', text: ' next week' },
      ],
    },
    {
      left: [2],
      right: [1],
      op: 'moved',
      similarity: 0.9,
      movedFrom: 2,
      tokens: [
        { type: 'equal', text: 'The ceasefire would last ' },
        { type: 'removed', text: '30' },
        { type: 'added', text: '60' },
        { type: 'equal', text: ' days.' },
      ],
    },
    {
      left: [1],
      right: [2],
      op: 'changed',
      similarity: 0.85,
      movedTo: [1],
      tokens: [
        { type: 'equal', text: 'Officials said the talks were “' },
        { type: 'removed', text: 'urgent' },
        { type: 'added', text: 'vital' },
        { type: 'equal', text: '” on Wednesday.' },
      ],
    },
    {
      left: [3],
      right: [],
      op: 'removed',
      similarity: 0,
      tokens: [{ type: 'removed', text: 'Analysts doubt the plan.' }],
    },
    {
      left: [],
      right: [3],
      op: 'added',
      similarity: 0,
      tokens: [{ type: 'added', text: 'A new paragraph about Kursk.' }],
    },
  ]
  return withParts(base, {
    rows,
    quotes: [
      {
        status: 'altered',
        speaker: 'Officials',
        left: sideAt(1, 31, 'urgent'),
        right: sideAt(2, 31, 'vital'),
        tokens: [
          { type: 'removed', text: 'urgent' },
          { type: 'added', text: 'vital' },
        ],
      },
    ],
    facts: [
      {
        kind: 'number',
        status: 'changed',
        left: sideAt(2, 25, '30 days'),
        right: sideAt(1, 25, '60 days'),
      },
    ],
    titles: [
      {
        status: 'changed',
        headline: true,
        left: sideAt(0, 0, 'Talks set for Moscow'),
        right: sideAt(0, 0, 'Talks set for Moscow next week'),
        tokens: [
          { type: 'equal', text: 'Talks set for Moscow' },
          { type: 'added', text: ' next week' },
        ],
      },
    ],
  })
}

/** The comparison with one left paragraph's kind replaced (e.g. to make it boilerplate). */
export function withLeftKind(base: Comparison, index: number, kind: ParagraphKind): Comparison {
  const paragraphs = base.left.paragraphs.map((paragraph) =>
    paragraph.index === index ? { ...paragraph, kind } : paragraph,
  )
  return { ...base, left: { ...base.left, paragraphs } }
}
