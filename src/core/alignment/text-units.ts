import { progressCounter, progressSpan } from '../progress'
import type { ProgressReport } from '../progress'
import { analyseArticle, wordsWithin } from '../segmentation/analyse-article'
import type { ArticleAnalysis, ParagraphAnalysis } from '../segmentation/analyse-article'
import type { WordSpan } from '../text/words'
import type { Paragraph, WordVectors } from '../types'
import { buildVocabulary } from './vocabulary'
import type { Vocabulary } from './vocabulary'
import { contentWordForms, isContentWord, tokenizeWords } from './word-tokens'
import type { WordFormCache, WordToken } from './word-tokens'

/** The distinct content words of a sentence or paragraph with their weights. */
export interface WordBag {
  readonly ids: Int32Array
  readonly weights: Float64Array
  readonly total: number
  /** Unit IDF-weighted mean vector of the words that can match by embedding, if any. */
  readonly vector: Float32Array | undefined
}

/** A sentence of one side, the unit the aligner matches. */
export interface SentenceUnit {
  readonly paragraph: number
  readonly heading: boolean
  readonly bag: WordBag
  /** The sentence's clauses when it has several substantial ones, else none (built on demand). */
  readonly clauses: ClauseList
}

/** Both articles prepared for alignment: sentence units, paragraph bags and the shared vocabulary. */
export interface AlignmentInput {
  readonly vocabulary: Vocabulary
  readonly left: SideUnits
  readonly right: SideUnits
}

/** One article's sentence units (in reading order) and one bag per paragraph (empty when skipped). */
export interface SideUnits {
  readonly units: ReadonlyArray<SentenceUnit>
  readonly paragraphBags: ReadonlyArray<WordBag>
}

// Names and numbers identify a statement better than common words do.
const EXACT_ONLY_BOOST = 1.5

/**
 * Reads both articles' words from their analyses (made here when not given), builds the
 * vocabulary and weighs words by IDF over all sentences.
 */
export function prepareAlignmentInput(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  vectors: WordVectors | null,
  analysis: { readonly left: ArticleAnalysis; readonly right: ArticleAnalysis } = analyseBoth(
    left,
    right,
  ),
  progress?: ProgressReport,
): AlignmentInput {
  const forms: WordFormCache = new Map()
  const sentences: SentenceCache = new Map()
  // Reading the analysed words takes ~40% of this step on a 1 MB pair, the vocabulary the rest.
  const tokenised = progressCounter(
    progressSpan(progress, 0, 0.4),
    analysis.left.length + analysis.right.length,
    12,
  )
  const leftSentences = tokenizeSide(analysis.left, forms, sentences, tokenised, 0)
  const rightSentences = tokenizeSide(
    analysis.right,
    forms,
    sentences,
    tokenised,
    analysis.left.length,
  )
  const vocabulary = buildVocabulary(
    [...leftSentences, ...rightSentences].map((sentence) => ({
      tokens: sentence.tokens,
      inHeading: sentence.heading,
    })),
    vectors,
  )
  // A sentence repeated in a long text is numbered, weighed and divided once (see SentenceCache).
  const idsOfWords = new Map<SentenceWords, Int32Array>()
  const leftIds = sentenceIds(leftSentences, vocabulary, idsOfWords)
  const rightIds = sentenceIds(rightSentences, vocabulary, idsOfWords)
  const bags: BagContext = {
    vocabulary,
    weightOf: inverseDocumentFrequencies([...leftIds, ...rightIds], vocabulary),
    forms,
    sentenceBags: new Map(),
    clauseLists: new Map(),
  }
  return {
    vocabulary,
    left: sideUnits(left.length, leftSentences, leftIds, bags),
    right: sideUnits(right.length, rightSentences, rightIds, bags),
  }
}

function sentenceIds(
  sentences: ReadonlyArray<TokenisedSentence>,
  vocabulary: Vocabulary,
  idsOfWords: Map<SentenceWords, Int32Array>,
): ReadonlyArray<Int32Array> {
  return sentences.map((sentence) => {
    let ids = idsOfWords.get(sentence.words)
    if (!ids) {
      ids = distinctIds(sentence.words.tokens, vocabulary)
      idsOfWords.set(sentence.words, ids)
    }
    return ids
  })
}

/**
 * What the bags of one comparison are made from, and those made so far. Plain data read by module
 * functions and one class, not closures made per comparison: V8 drops the optimised code of a
 * dead closure's callers at each full garbage collection, so every comparison re-optimised them.
 */
interface BagContext {
  readonly vocabulary: Vocabulary
  readonly weightOf: Float64Array
  readonly forms: WordFormCache
  readonly sentenceBags: Map<Int32Array, WordBag>
  readonly clauseLists: Map<string, ClauseList>
}

function sentenceBag(context: BagContext, ids: Int32Array): WordBag {
  let bag = context.sentenceBags.get(ids)
  if (!bag) {
    bag = bagOf(ids, context.weightOf, context.vocabulary)
    context.sentenceBags.set(ids, bag)
  }
  return bag
}

/** A sentence's clauses as bags, built on first use: few sentence pairs need them. */
export class ClauseList {
  private built: ReadonlyArray<WordBag> | undefined

  constructor(
    private readonly text: string | null,
    private readonly context: BagContext | null,
  ) {}

  /** The clause bags (none when the sentence does not divide). */
  bags(): ReadonlyArray<WordBag> {
    const { text, context } = this
    if (text === null || context === null) return []
    this.built ??= clausesOf(text, context.forms).map((tokens) =>
      bagOf(distinctIds(tokens, context.vocabulary), context.weightOf, null),
    )
    return this.built
  }
}

const NO_CLAUSES = new ClauseList(null, null)

function clauseListOf(context: BagContext, text: string | null): ClauseList {
  if (text === null) return NO_CLAUSES
  let list = context.clauseLists.get(text)
  if (!list) {
    list = new ClauseList(text, context)
    context.clauseLists.set(text, list)
  }
  return list
}

interface TokenisedSentence {
  readonly paragraph: number
  readonly heading: boolean
  readonly tokens: ReadonlyArray<WordToken>
  /** The sentence's text when it may divide into clauses, else null. */
  readonly divisible: string | null
  /** The cached word list this occurrence shares with every repeat of its paragraph. */
  readonly words: SentenceWords
}

/** A sentence's content words, and its text when it may divide into clauses. */
interface SentenceWords {
  readonly tokens: ReadonlyArray<WordToken>
  readonly divisible: string | null
}

/**
 * Sentence word lists of paragraphs already seen, by the analysis's word list, which the analysis
 * shares between paragraphs of the same kind and text (texts repeat in long files).
 */
type SentenceCache = Map<ReadonlyArray<WordSpan>, ReadonlyArray<SentenceWords>>

// Commas, semicolons, colons, brackets and dashes separate the clauses of a long sentence, each of
// which may be all that a shorter sentence on the other side restates.
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/u
// A clause needs this many content words to be matched on its own; shorter pieces join the next.
const MIN_CLAUSE_WORDS = 3

function clausesOf(text: string, forms: WordFormCache): ReadonlyArray<ReadonlyArray<WordToken>> {
  const clauses: WordToken[][] = []
  let pending: WordToken[] = []
  for (const piece of text.split(CLAUSE_BREAK)) {
    const words = tokenizeWords(piece, forms).filter(isContentWord)
    const previous = clauses[clauses.length - 1]
    // A short piece is mostly an aside to what precedes it ("his chief, Valery Gerasimov,").
    if (words.length < MIN_CLAUSE_WORDS && previous) previous.push(...words)
    else {
      pending = [...pending, ...words]
      if (pending.length >= MIN_CLAUSE_WORDS) {
        clauses.push(pending)
        pending = []
      }
    }
  }
  const last = clauses[clauses.length - 1]
  if (last && pending.length > 0) last.push(...pending)
  return clauses.length > 1 ? clauses : []
}

function analyseBoth(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
): { readonly left: ArticleAnalysis; readonly right: ArticleAnalysis } {
  const cache = new Map()
  return { left: analyseArticle(left, cache), right: analyseArticle(right, cache) }
}

function tokenizeSide(
  analysis: ArticleAnalysis,
  forms: WordFormCache,
  sentences: SentenceCache,
  tokenised: (done: number) => void,
  doneBefore: number,
): ReadonlyArray<TokenisedSentence> {
  const side: TokenisedSentence[] = []
  for (let position = 0; position < analysis.length; position++) {
    tokenised(doneBefore + position)
    const {
      paragraph,
      words: paragraphWords,
      sentences: split,
    } = analysis[position] as ParagraphAnalysis
    // Boilerplate is shown but never aligned with content.
    if (paragraph.kind === 'boilerplate') continue
    const heading = paragraph.kind === 'heading'
    let words = sentences.get(paragraphWords)
    if (!words) {
      words = split
        .map((sentence) => {
          const within = wordsWithin(paragraphWords, sentence.start, sentence.end)
          const tokens = contentWordForms(within, forms)
          const divisible =
            tokens.length >= 2 * MIN_CLAUSE_WORDS && CLAUSE_BREAK.test(sentence.text)
          return { tokens, divisible: divisible ? sentence.text : null }
        })
        .filter((sentence) => sentence.tokens.length > 0)
      sentences.set(paragraphWords, words)
    }
    for (const sentence of words) {
      side.push({
        paragraph: position,
        heading,
        tokens: sentence.tokens,
        divisible: sentence.divisible,
        words: sentence,
      })
    }
  }
  return side
}

function distinctIds(tokens: ReadonlyArray<WordToken>, vocabulary: Vocabulary): Int32Array {
  const ids: number[] = []
  for (const token of tokens) {
    const id = vocabulary.idOf.get(token.key)
    if (id !== undefined && !ids.includes(id)) ids.push(id)
  }
  return Int32Array.from(ids).sort()
}

function inverseDocumentFrequencies(
  sentences: ReadonlyArray<Int32Array>,
  vocabulary: Vocabulary,
): Float64Array {
  const frequency = new Float64Array(vocabulary.size)
  for (const ids of sentences) for (const id of ids) frequency[id] = (frequency[id] ?? 0) + 1
  const count = sentences.length
  return frequency.map((df, id) => {
    const idf = Math.log(1 + count / Math.max(df, 1))
    return vocabulary.exactOnly[id] ? idf * EXACT_ONLY_BOOST : idf
  })
}

function sideUnits(
  paragraphCount: number,
  sentences: ReadonlyArray<TokenisedSentence>,
  ids: ReadonlyArray<Int32Array>,
  bags: BagContext,
): SideUnits {
  const units = sentences.map((sentence, position) => ({
    paragraph: sentence.paragraph,
    heading: sentence.heading,
    bag: sentenceBag(bags, ids[position] ?? new Int32Array(0)),
    clauses: clauseListOf(bags, sentence.divisible),
  }))
  return { units, paragraphBags: paragraphBagsOf(units, paragraphCount, bags) }
}

/** One bag per paragraph: the distinct words of its sentences (consecutive units). */
function paragraphBagsOf(
  units: ReadonlyArray<SentenceUnit>,
  paragraphCount: number,
  bags: BagContext,
): ReadonlyArray<WordBag> {
  const seenIn = new Int32Array(bags.vocabulary.size).fill(-1)
  const paragraphBags: WordBag[] = []
  let next = 0
  for (let paragraph = 0; paragraph < paragraphCount; paragraph++) {
    const ids: number[] = []
    for (; next < units.length && (units[next] as SentenceUnit).paragraph === paragraph; next++) {
      for (const id of (units[next] as SentenceUnit).bag.ids) {
        if (seenIn[id] === paragraph) continue
        seenIn[id] = paragraph
        ids.push(id)
      }
    }
    // Paragraphs are only compared once linked, without the semantic gate: no mean vector.
    paragraphBags.push(bagOf(Int32Array.from(ids).sort(), bags.weightOf, null))
  }
  return paragraphBags
}

/** A bag of distinct word ids with their weights and, given the vocabulary, its mean vector. */
export function bagOf(
  ids: Int32Array,
  weightOf: Float64Array,
  vocabulary: Vocabulary | null,
): WordBag {
  const weights = new Float64Array(ids.length)
  let total = 0
  for (let k = 0; k < ids.length; k++) {
    const weight = weightOf[ids[k] ?? 0] ?? 0
    weights[k] = weight
    total += weight
  }
  if (!vocabulary) return { ids, weights, total, vector: undefined }
  const { dimensions, vectors, hasVector, exactOnly } = vocabulary
  let vector: Float32Array | undefined
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] ?? 0
    if (!hasVector[id] || exactOnly[id]) continue
    vector ??= new Float32Array(dimensions)
    const weight = weights[k] ?? 0
    const row = id * dimensions
    for (let d = 0; d < dimensions; d++) {
      vector[d] = (vector[d] as number) + weight * (vectors[row + d] as number)
    }
  }
  if (vector) {
    let squares = 0
    for (let d = 0; d < dimensions; d++) squares += (vector[d] as number) ** 2
    const inverse = squares > 0 ? 1 / Math.sqrt(squares) : 0
    for (let d = 0; d < dimensions; d++) vector[d] = (vector[d] as number) * inverse
  }
  return { ids, weights, total, vector }
}
