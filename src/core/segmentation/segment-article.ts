import type { Paragraph } from '../types'

// TEMPORARY naive implementation (to be replaced by the segmentation work).
/** Splits an article into paragraphs: its non-empty lines, each with a kind. */
export function segmentArticle(text: string): ReadonlyArray<Paragraph> {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => ({ index, text: line.trim(), kind: 'paragraph' as const }))
}
