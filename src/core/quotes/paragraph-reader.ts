import type { ArticleAnalysis, ParagraphAnalysis } from '../segmentation/analyse-article'
import type { TextSpan } from '../text/sentences'
import { splitSentenceRanges } from '../text/sentences'
import { compoundWordSpans } from '../text/words'
import type { WordSpan } from '../text/words'
import type { Paragraph } from '../types'

/** What quotes read of a paragraph, from the comparison's analysis when there is one. */
export interface ParagraphReader {
  /** Sentences as `[start, end)` ranges that cover the text end to end. */
  readonly sentences: (paragraph: Paragraph) => ReadonlyArray<readonly [number, number]>
  /** The words in order, a hyphenated compound as one (`compoundWordSpans`). */
  readonly words: (paragraph: Paragraph) => ReadonlyArray<WordSpan>
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u
const NOT_SPACE = /\S/u

/**
 * Sentence ranges `[start, end)` that cover a text end to end, each running to where the next
 * sentence starts: the one splitter's sentences (`splitSentenceRanges`), so that every offset,
 * spaces included, falls in one range.
 */
export function sentenceRanges(text: string): ReadonlyArray<readonly [number, number]> {
  return coveringRanges(text, splitSentenceRanges(text))
}

/** Reads each paragraph's text when asked. */
export const PARAGRAPH_READER: ParagraphReader = {
  sentences: (paragraph) => sentenceRanges(paragraph.text),
  words: (paragraph) => compoundWordSpans(paragraph.text),
}

/**
 * Reads each paragraph from the comparison's analysis, which has already split and tokenized it
 * with the one splitter and tokenizer. Where the analysis left text out (boilerplate) or has not
 * seen the paragraph, its text is read again.
 */
export function analysedParagraphReader(analysis: ArticleAnalysis): ParagraphReader {
  const byIndex = new Map(analysis.map((read) => [read.paragraph.index, read]))
  const analysed = (paragraph: Paragraph): ParagraphAnalysis | undefined => {
    const read = byIndex.get(paragraph.index)
    return read?.paragraph.text === paragraph.text ? read : undefined
  }
  return {
    sentences(paragraph) {
      const read = analysed(paragraph)
      return read !== undefined && coversAll(paragraph.text, read.sentences)
        ? coveringRanges(paragraph.text, read.sentences)
        : PARAGRAPH_READER.sentences(paragraph)
    },
    words: (paragraph) => analysed(paragraph)?.countedWords ?? PARAGRAPH_READER.words(paragraph),
  }
}

/**
 * Stretches sentences to cover the text. A piece with no letter or digit (a closing mark the
 * splitter left after "... ’") stays with the sentence before it.
 */
function coveringRanges(
  text: string,
  sentences: ReadonlyArray<TextSpan>,
): ReadonlyArray<readonly [number, number]> {
  const starts: number[] = []
  for (const span of sentences) {
    if (starts.length === 0) starts.push(0)
    else if (WORD_CHARACTER.test(text.slice(span.start, span.end))) starts.push(span.start)
  }
  return starts.map((start, index) => [start, starts[index + 1] ?? text.length])
}

/** Whether sentences leave out nothing but spaces: the splitter's own, for the whole text. */
function coversAll(text: string, sentences: ReadonlyArray<TextSpan>): boolean {
  let cursor = 0
  for (const span of sentences) {
    if (NOT_SPACE.test(text.slice(cursor, span.start))) return false
    cursor = span.end
  }
  return !NOT_SPACE.test(text.slice(cursor))
}
