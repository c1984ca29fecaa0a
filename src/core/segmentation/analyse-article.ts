import type { TextToken, WordSpan } from '../text/words'
import { compoundWordsOf, firstSpanFrom, tokenizeText, wordsOf } from '../text/words'
import type { Paragraph, Sentence } from '../types'
import { splitSentences } from './sentences'

/** A paragraph read once: its tokens, words and sentences, all with offsets into its text. */
export interface ParagraphAnalysis {
  readonly paragraph: Paragraph
  readonly tokens: ReadonlyArray<TextToken>
  readonly words: ReadonlyArray<WordSpan>
  /** The words as people count them, a hyphenated compound as one (see `compoundWordsOf`). */
  readonly countedWords: ReadonlyArray<WordSpan>
  /** The content's sentences (none for boilerplate), as `splitSentences` gives them. */
  readonly sentences: ReadonlyArray<Sentence>
}

/** An article read once per comparison, one analysis per paragraph, shared by every lens. */
export type ArticleAnalysis = ReadonlyArray<ParagraphAnalysis>

/**
 * A paragraph as the lenses after the word diff read it: its words and sentences. Only the diff
 * reads the tokens, so a comparison lets them go once it has run (see `readingOf`).
 */
export type ParagraphReading = Omit<ParagraphAnalysis, 'tokens'>

/** An article as the lenses after the word diff read it, one reading per paragraph. */
export type ArticleReading = ReadonlyArray<ParagraphReading>

/** Both articles' readings. */
export interface ComparedReading {
  readonly left: ArticleReading
  readonly right: ArticleReading
}

/**
 * Both articles' readings, handed from stage to stage until the last reader takes them: a
 * variable would keep them alive to the end of the comparison, and a 20,000-paragraph article's
 * 560,000 word tokens (~35 MB) are held through its whole facts stage for nothing.
 */
export class HeldReading {
  #reading: ComparedReading | null

  constructor(reading: ComparedReading) {
    this.#reading = reading
  }

  /** The readings, for a stage that is not the last to read them. */
  read(): ComparedReading {
    if (this.#reading === null) throw new Error('rewrite-lens: the reading was already taken')
    return this.#reading
  }

  /** The readings, let go of: the caller holds the last reference. */
  take(): ComparedReading {
    const reading = this.read()
    this.#reading = null
    return reading
  }
}

/**
 * The analysis without its tokens. Spaces and marks are over half of an article's tokens, and a
 * comparison that keeps them through the quotes and facts stages holds them for nothing (a
 * 20,000-paragraph article's 770,000 spaces and marks were ~55 MB).
 */
export function readingOf(analysis: ArticleAnalysis): ArticleReading {
  const reading: ParagraphReading[] = []
  for (const { paragraph, words, countedWords, sentences } of analysis) {
    reading.push({ paragraph, words, countedWords, sentences })
  }
  return reading
}

/** What a paragraph's text alone decides, kept per text because long files repeat paragraphs. */
type TextCache = Map<string, Omit<ParagraphAnalysis, 'paragraph'>>

/**
 * Reads each paragraph once: the one tokenizer and the one sentence splitter. Pass one cache for
 * both sides of a comparison so a paragraph both articles share is read once.
 */
export function analyseArticle(
  paragraphs: ReadonlyArray<Paragraph>,
  cache: TextCache = new Map(),
): ArticleAnalysis {
  return paragraphs.map((paragraph) => {
    const key = `${paragraph.kind}:${paragraph.text}`
    let known = cache.get(key)
    if (known === undefined) {
      const tokens = tokenizeText(paragraph.text)
      // Words and counted words are the word tokens themselves, one list when no compound joins.
      const words = wordsOf(tokens)
      known = {
        tokens,
        words,
        countedWords: compoundWordsOf(tokens, words),
        sentences: splitSentences(paragraph),
      }
      cache.set(key, known)
    }
    // Sentences carry their paragraph's index, which differs between repeats of one text.
    const sentences =
      known.sentences[0]?.paragraph === paragraph.index
        ? known.sentences
        : known.sentences.map((sentence) => ({ ...sentence, paragraph: paragraph.index }))
    // Fields listed, not spread: V8 gave each spread copy a hidden class of its own (20,000
    // paragraphs, 3 MB of classes).
    const { tokens, words, countedWords } = known
    return { tokens, words, countedWords, sentences, paragraph }
  })
}

/** The words of one sentence of an analysed paragraph (its words are in order). */
export function wordsWithin(
  words: ReadonlyArray<WordSpan>,
  start: number,
  end: number,
): ReadonlyArray<WordSpan> {
  const first = firstSpanFrom(words, start)
  let stop = first
  while (stop < words.length && (words[stop]?.end ?? 0) <= end) stop += 1
  return words.slice(first, stop)
}

/**
 * The tokens of some paragraphs joined by line breaks (a row's text, see `rowText`): each
 * paragraph's tokens shifted, with the break between them one whitespace token, as
 * `tokenizeText` of the joined text gives them.
 */
export function joinedTokens(
  analysis: ArticleAnalysis,
  indices: ReadonlyArray<number>,
): ReadonlyArray<TextToken> {
  if (indices.length === 1) return analysis[indices[0] ?? 0]?.tokens ?? []
  const joined: TextToken[] = []
  let offset = 0
  indices.forEach((index, position) => {
    if (position > 0) {
      pushToken(joined, { text: '\n', start: offset, end: offset + 1, kind: 'space' })
      offset += 1
    }
    const read = analysis[index]
    for (const token of read?.tokens ?? []) {
      const { text, kind } = token
      pushToken(joined, { text, start: token.start + offset, end: token.end + offset, kind })
    }
    offset += read?.paragraph.text.length ?? 0
  })
  return joined
}

/** Appends a token, joining whitespace runs that meet at a paragraph break. */
function pushToken(tokens: TextToken[], token: TextToken): void {
  const last = tokens[tokens.length - 1]
  if (last?.kind === 'space' && token.kind === 'space') {
    tokens[tokens.length - 1] = { ...last, text: last.text + token.text, end: token.end }
  } else {
    tokens.push(token)
  }
}
