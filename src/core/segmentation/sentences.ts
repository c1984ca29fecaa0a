import type { Paragraph, Sentence } from '../types'
import type { TextSpan } from '../text/sentences'
import { splitSentenceRanges } from '../text/sentences'
import { boilerplateSpans } from './boilerplate'

/** Splits a paragraph's content (its boilerplate left out) into sentences. */
export function splitSentences(paragraph: Paragraph): ReadonlyArray<Sentence> {
  const spans = paragraph.kind === 'boilerplate' ? [] : contentSpans(paragraph.text)
  const ranges = spans.flatMap((span) =>
    splitSentenceRanges(paragraph.text.slice(span.start, span.end)).map((range) => ({
      start: range.start + span.start,
      end: range.end + span.start,
    })),
  )
  return ranges.map((range, index) => ({
    paragraph: paragraph.index,
    index,
    start: range.start,
    end: range.end,
    text: paragraph.text.slice(range.start, range.end),
  }))
}

function contentSpans(text: string): ReadonlyArray<TextSpan> {
  const spans: TextSpan[] = []
  let cursor = 0
  for (const furniture of boilerplateSpans(text)) {
    if (furniture.start > cursor) spans.push({ start: cursor, end: furniture.start })
    cursor = Math.max(cursor, furniture.end)
  }
  if (cursor < text.length) spans.push({ start: cursor, end: text.length })
  return spans
}
