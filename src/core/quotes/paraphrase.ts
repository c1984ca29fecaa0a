import type { Paragraph, SideText } from '../types'
import type { QuoteUnit } from './quote-units'
import { compoundWordSpans } from '../text/words'
import type { WordSpan } from '../text/words'
import { isStopWord, stemOf, wordKey } from './quote-words'
import { sentenceRanges, splitParagraphSentences, splitParagraphWords } from './sentence-ranges'
import type { ParagraphSentences, ParagraphWords } from './sentence-ranges'

/** Where the other article words a quote in its own words. */
export interface Paraphrase {
  /** The clauses that carry the quote's content words, as written. */
  readonly text: SideText
  /** Offset of `text` in its paragraph. */
  readonly start: number
  /** Unmatched quote units of the other side that the paraphrase absorbs ("complete “liberation”"). */
  readonly consumed: ReadonlyArray<number>
}

// Share of the quote's content words a paragraph the aligner linked must carry outside matched
// quotes: half, and at least two words. One shared word ("situation") is a topic in common, not a
// paraphrase. Only linked paragraphs are searched: a rewording elsewhere is too weak a signal to
// tell from a common topic, and searching everything would tokenise both articles whole.
const MIN_COVER = 0.5
const MIN_WORDS = 2
// An unmatched quote on the other side is part of the paraphrase when the quote covers at least
// half of its content words; otherwise it is a quote of its own.
const MIN_ABSORB = 0.5

// Words of context kept on each side of the reworded words when a clause is long.
const CONTEXT_WORDS = 3

const CLAUSE_BREAK = /[,;:\u2014\u2013]\s|\s[\u2014\u2013]\s?/gu

interface IndexedWord {
  readonly start: number
  readonly end: number
  readonly stem: string
  /** The quote unit the word lies in, or -1 outside quotes. */
  readonly unit: number
}

interface IndexedSentence {
  readonly paragraph: number
  readonly from: number
  readonly to: number
  readonly words: ReadonlyArray<IndexedWord>
}

/** One article's sentences and content words, tokenised on first use paragraph by paragraph. */
export interface ParaphraseIndex {
  sentencesOf(paragraph: number): ReadonlyArray<IndexedSentence>
  textOf(paragraph: number): string
  /** A paragraph's words and their keys (lower case), read once. */
  wordsOf(paragraph: number): ParagraphKeys
  /** The quote units that stand in a paragraph. */
  unitsIn(paragraph: number): ReadonlyArray<QuoteUnit>
  readonly units: ReadonlyArray<QuoteUnit>
}

/** A paragraph's words with the keys quotes compare them by, lower-cased. */
export interface ParagraphKeys {
  readonly words: ReadonlyArray<WordSpan>
  readonly keys: ReadonlyArray<string>
}

/** Prepares an article for paraphrase search; paragraphs are read only when searched. */
export function indexParaphrases(
  paragraphs: ReadonlyArray<Paragraph>,
  units: ReadonlyArray<QuoteUnit>,
  sentencesOf: ParagraphSentences = splitParagraphSentences,
  wordsOf: ParagraphWords = splitParagraphWords,
  quotedRanges: QuotedSentenceCache = new Map(),
): ParaphraseIndex {
  return new ArticleParaphrases(paragraphs, units, sentencesOf, wordsOf, quotedRanges)
}

/**
 * Sentences split inside quotations, by paragraph text: pass one cache to both sides' indexes of
 * a comparison, whose shared paragraphs are then split once.
 */
export type QuotedSentenceCache = Map<string, ReadonlyArray<readonly [number, number]>>

// A class rather than closures made per comparison, so that its optimised code outlives them.
class ArticleParaphrases implements ParaphraseIndex {
  private readonly byIndex = new Map<number, Paragraph>()
  private readonly unitsOf = new Map<
    number,
    Array<{ readonly unit: QuoteUnit; readonly id: number }>
  >()
  private readonly cache = new Map<number, ReadonlyArray<IndexedSentence>>()
  private readonly keys = new Map<number, ParagraphKeys>()

  constructor(
    paragraphs: ReadonlyArray<Paragraph>,
    readonly units: ReadonlyArray<QuoteUnit>,
    private readonly splitSentences: ParagraphSentences,
    private readonly readWords: ParagraphWords,
    private readonly quotedRanges: QuotedSentenceCache,
  ) {
    for (const paragraph of paragraphs) this.byIndex.set(paragraph.index, paragraph)
    for (let id = 0; id < units.length; id += 1) {
      const unit = units[id]!
      const list = this.unitsOf.get(unit.paragraph)
      if (list === undefined) this.unitsOf.set(unit.paragraph, [{ unit, id }])
      else list.push({ unit, id })
    }
  }

  textOf(index: number): string {
    return this.byIndex.get(index)?.text ?? ''
  }

  wordsOf(index: number): ParagraphKeys {
    let known = this.keys.get(index)
    if (known === undefined) {
      const paragraph = this.byIndex.get(index)
      const words = paragraph === undefined ? [] : this.readWords(paragraph)
      known = { words, keys: words.map((word) => wordKey(word.text, true)) }
      this.keys.set(index, known)
    }
    return known
  }

  unitsIn(index: number): ReadonlyArray<QuoteUnit> {
    return (this.unitsOf.get(index) ?? []).map(({ unit }) => unit)
  }

  sentencesOf(index: number): ReadonlyArray<IndexedSentence> {
    const known = this.cache.get(index)
    if (known !== undefined) return known
    const sentences = this.read(index)
    this.cache.set(index, sentences)
    return sentences
  }

  /** A text's sentences split inside its quotations too, read once per text for both sides. */
  private insideQuotations(text: string): ReadonlyArray<readonly [number, number]> {
    let ranges = this.quotedRanges.get(text)
    if (ranges === undefined) {
      ranges = sentenceRanges(withSingleQuotationMarks(text))
      this.quotedRanges.set(text, ranges)
    }
    return ranges
  }

  private read(index: number): ReadonlyArray<IndexedSentence> {
    const paragraph = this.byIndex.get(index)
    if (paragraph === undefined || paragraph.kind === 'boilerplate') return []
    const inParagraph = this.unitsOf.get(index) ?? []
    const ranges = DOUBLE_QUOTATION_MARK.test(paragraph.text)
      ? this.insideQuotations(paragraph.text)
      : this.splitSentences(paragraph)
    const sentences: IndexedSentence[] = []
    const all = this.wordsOf(index).words
    let next = 0
    for (const [from, to] of ranges) {
      const words: IndexedWord[] = []
      while (next < all.length && all[next]!.start < from) next += 1
      for (; next < all.length && all[next]!.start < to; next += 1) {
        const word = all[next]!
        if (isStopWord(word.text)) continue
        let unit = -1
        for (const candidate of inParagraph) {
          if (candidate.unit.start <= word.start && word.start < candidate.unit.end) {
            unit = candidate.id
            break
          }
        }
        words.push({ start: word.start, end: word.end, stem: stemOf(word.text), unit })
      }
      sentences.push({ paragraph: index, from, to, words })
    }
    return sentences
  }
}

/**
 * Finds the sentence of the given (linked) paragraphs that best carries a quote's content words
 * unquoted — or inside one of its leftover quotes that says no more than that — or null when none
 * carries enough.
 */
export function findParaphrase(
  quote: ReadonlyArray<QuoteUnit>,
  index: ParaphraseIndex,
  used: ReadonlySet<number>,
  paragraphs: ReadonlyArray<number>,
): Paraphrase | null {
  const content = new Set(quote.flatMap((unit) => [...unit.content]))
  if (content.size === 0) return null
  let best: (Paraphrase & { readonly cover: number }) | null = null
  const sentences = [...paragraphs]
    .sort(ascending)
    .flatMap((paragraph) => index.sentencesOf(paragraph))
  for (const sentence of sentences) {
    const covered = new Set<string>()
    const found: IndexedWord[] = []
    for (const word of sentence.words) {
      if (!content.has(word.stem)) continue
      if (word.unit >= 0) {
        const unit = index.units[word.unit]!
        if (used.has(word.unit) || coverOf(unit.content, content) < MIN_ABSORB) continue
      }
      covered.add(word.stem)
      found.push(word)
    }
    const cover = covered.size / content.size
    if (cover < MIN_COVER || covered.size < MIN_WORDS) continue
    if (best !== null && cover <= best.cover) continue
    const window = shortestWindow(found, covered.size)
    const hits = window.map((word): readonly [number, number] => [word.start, word.end])
    const consumed = new Set(window.filter((word) => word.unit >= 0).map((word) => word.unit))
    const text = index.textOf(sentence.paragraph)
    const [start, end] = clauseSpan(text, sentence.from, sentence.to, hits)
    best = {
      text: {
        text: text.slice(start, end),
        paragraph: sentence.paragraph,
        spans: [{ paragraph: sentence.paragraph, start, end }],
      },
      start,
      consumed: [...consumed],
      cover,
    }
  }
  if (best === null) return null
  return { text: best.text, start: best.start, consumed: best.consumed }
}

/**
 * Finds the quote's words, all of them in order, written without quotation marks in one of the
 * given (linked) paragraphs: the rewrite kept the words and dropped the marks, which makes the
 * quote reported speech, not a quote removed ("stickers" → stickers).
 */
export function findVerbatim(
  quote: ReadonlyArray<QuoteUnit>,
  index: ParaphraseIndex,
  paragraphs: ReadonlyArray<number>,
): Paraphrase | null {
  const keys = quote.flatMap((unit) => unit.keys.map((key) => key.toLowerCase()))
  if (keys.length === 0) return null
  for (const paragraph of [...paragraphs].sort(ascending)) {
    const text = index.textOf(paragraph)
    const { words, keys: wordKeys } = index.wordsOf(paragraph)
    const quoted = index.unitsIn(paragraph)
    for (let at = 0; at + keys.length <= words.length; at += 1) {
      if (!keysAt(wordKeys, at, keys)) continue
      const start = words[at]!.start
      const end = words[at + keys.length - 1]!.end
      if (quoted.some((unit) => unit.start < end && start < unit.end)) continue
      return {
        text: { text: text.slice(start, end), paragraph, spans: [{ paragraph, start, end }] },
        start,
        consumed: [],
      }
    }
  }
  return null
}

/** True when `keys` stand in `words` from `at` on. */
function keysAt(words: ReadonlyArray<string>, at: number, keys: ReadonlyArray<string>): boolean {
  for (let offset = 0; offset < keys.length; offset += 1) {
    if (words[at + offset] !== keys[offset]) return false
  }
  return true
}

function ascending(a: number, b: number): number {
  return a - b
}

/** The shortest run of hits that still holds every distinct stem found (two pointers). */
function shortestWindow(
  hits: ReadonlyArray<IndexedWord>,
  distinct: number,
): ReadonlyArray<IndexedWord> {
  const counts = new Map<string, number>()
  let best: readonly [number, number] = [0, hits.length]
  let from = 0
  for (let to = 0; to < hits.length; to += 1) {
    const stem = hits[to]!.stem
    counts.set(stem, (counts.get(stem) ?? 0) + 1)
    while (counts.size === distinct) {
      if (
        to + 1 - from < best[1] - best[0] ||
        (to + 1 - from === best[1] - best[0] && from < best[0])
      ) {
        best = [from, to + 1]
      }
      const first = hits[from]!.stem
      const left = (counts.get(first) ?? 0) - 1
      if (left === 0) counts.delete(first)
      else counts.set(first, left)
      from += 1
    }
  }
  return hits.slice(best[0], best[1])
}

function coverOf(words: ReadonlySet<string>, by: ReadonlySet<string>): number {
  if (words.size === 0) return 0
  return [...words].filter((word) => by.has(word)).length / words.size
}

/** The clauses of a sentence from the first to the last one holding a hit, trimmed. */
function clauseSpan(
  text: string,
  from: number,
  to: number,
  hits: ReadonlyArray<readonly [number, number]>,
): readonly [number, number] {
  const breaks = [from]
  for (const match of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    breaks.push(from + match.index + match[0].length)
  }
  breaks.push(to)
  const first = hits[0]![0]
  const last = hits[hits.length - 1]![1]
  let start = from
  let end = to
  for (let index = 0; index < breaks.length - 1; index += 1) {
    if (breaks[index]! <= first) start = breaks[index]!
    if (breaks[index + 1]! >= last) {
      end = breaks[index + 1]!
      break
    }
  }
  // A long clause is cut to the words around the hits: the reader needs the rewording, not the
  // whole clause.
  const words = compoundWordSpans(text.slice(start, end))
  const firstHit = words.findIndex((word) => start + word.end > first)
  const lastHit = words.findIndex((word) => start + word.end >= last)
  if (firstHit >= 0 && lastHit >= 0 && words.length > lastHit - firstHit + 1 + 2 * CONTEXT_WORDS) {
    const from = words[Math.max(0, firstHit - CONTEXT_WORDS)]!
    const to = words[Math.min(words.length - 1, lastHit + CONTEXT_WORDS)]!
    end = start + to.end
    start = start + from.start
  }
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1
  while (end > start && /[\s,;:\u2014\u2013]/u.test(text[end - 1] ?? '')) end -= 1
  return [start, end]
}

const DOUBLE_QUOTATION_MARK = /[“”„«»"]/u
const DOUBLE_QUOTATION_MARKS = /[“”„«»"]/gu
// Double quotation marks and the single marks of the same sentence-break class (UAX #29 Close).
const SINGLE_MARK_OF: Readonly<Record<string, string>> = {
  '“': '‘',
  '”': '’',
  '„': '‚',
  '«': '‹',
  '»': '›',
  '"': "'",
}

/**
 * The text with its double quotation marks made single, one unit for one. The splitter keeps a
 * closed double quotation in one sentence, but a paraphrase is sought sentence by sentence inside
 * quotations too; single marks break sentences alike and the splitter does not pair them.
 */
function withSingleQuotationMarks(text: string): string {
  return text.replace(DOUBLE_QUOTATION_MARKS, (mark) => SINGLE_MARK_OF[mark] ?? mark)
}
