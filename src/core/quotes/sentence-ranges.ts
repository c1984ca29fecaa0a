import type { ArticleReading } from '../segmentation/analyse-article'
import type { TextSpan } from '../text/sentences'
import { splitSentenceRanges } from '../text/sentences'
import { compoundWordSpans } from '../text/words'
import type { WordSpan } from '../text/words'
import type { Paragraph } from '../types'

/** A paragraph's sentences as `[start, end)` ranges that cover its text end to end. */
export type ParagraphSentences = (paragraph: Paragraph) => ReadonlyArray<readonly [number, number]>

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

/** Splits each paragraph's text when asked. */
export const splitParagraphSentences: ParagraphSentences = (paragraph) =>
  sentenceRanges(paragraph.text)

/**
 * Reads each paragraph's sentences from the comparison's analysis, which has already split them
 * with the one splitter. Where the analysis left text out (boilerplate), or has not seen the
 * paragraph, its text is split again.
 */
export function analysedParagraphSentences(analysis: ArticleReading): ParagraphSentences {
  const byIndex = new Map(analysis.map((read) => [read.paragraph.index, read]))
  return (paragraph) => {
    const read = byIndex.get(paragraph.index)
    if (read === undefined || read.paragraph.text !== paragraph.text) {
      return splitParagraphSentences(paragraph)
    }
    return coversAll(paragraph.text, read.sentences)
      ? coveringRanges(paragraph.text, read.sentences)
      : splitParagraphSentences(paragraph)
  }
}

/** A paragraph's words, hyphenated compounds as one (`compoundWordSpans` of its text). */
export type ParagraphWords = (paragraph: Paragraph) => ReadonlyArray<WordSpan>

/** Reads each paragraph's words from its text when asked. */
export const splitParagraphWords: ParagraphWords = (paragraph) => compoundWordSpans(paragraph.text)

/**
 * Reads each paragraph's words from the comparison's analysis, which has already read them with
 * the one tokenizer; a paragraph the analysis has not seen is read again.
 */
export function analysedParagraphWords(analysis: ArticleReading): ParagraphWords {
  const byIndex = new Map(analysis.map((read) => [read.paragraph.index, read]))
  return (paragraph) => {
    const read = byIndex.get(paragraph.index)
    return read !== undefined && read.paragraph.text === paragraph.text
      ? read.countedWords
      : compoundWordSpans(paragraph.text)
  }
}

/**
 * Words as names and attributions read them: the one tokenizer's words (hyphenated compounds as
 * one), and words that a single apostrophe or full stop joins ("90's", "St.Petersburg"), as a
 * name is written.
 */
export function nameWordsOf(words: ReadonlyArray<WordSpan>, text: string): ReadonlyArray<WordSpan> {
  const joined: WordSpan[] = []
  for (const word of words) {
    const last = joined[joined.length - 1]
    if (
      last !== undefined &&
      word.start === last.end + 1 &&
      isWordJoiner(text.charCodeAt(last.end))
    ) {
      joined[joined.length - 1] = {
        text: text.slice(last.start, word.end),
        start: last.start,
        end: word.end,
      }
    } else {
      joined.push(word)
    }
  }
  return joined
}

/** An apostrophe (straight or curly), a full stop or a hyphen: no word ends with one. */
export function isWordJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d
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
