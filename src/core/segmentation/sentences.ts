import type { Paragraph, Sentence } from '../types'

// TEMPORARY naive implementation (to be replaced by the segmentation work).
/** Splits a paragraph into sentences. */
export function splitSentences(paragraph: Paragraph): ReadonlyArray<Sentence> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  return [...segmenter.segment(paragraph.text)]
    .filter((s) => s.segment.trim() !== '')
    .map((s, index) => ({
      paragraph: paragraph.index,
      index,
      start: s.index,
      end: s.index + s.segment.length,
      text: s.segment,
    }))
}
