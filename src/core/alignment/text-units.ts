import { splitSentences } from '../segmentation/sentences'
import type { Paragraph, WordVectors } from '../types'
import { buildVocabulary } from './vocabulary'
import type { Vocabulary } from './vocabulary'
import { isContentWord, tokenizeWords } from './word-tokens'
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

/** Tokenises both articles, builds the vocabulary and weighs words by IDF over all sentences. */
export function prepareAlignmentInput(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  vectors: WordVectors | null,
): AlignmentInput {
  const forms: WordFormCache = new Map()
  const sentences: SentenceCache = new Map()
  const leftSentences = tokenizeSide(left, forms, sentences)
  const rightSentences = tokenizeSide(right, forms, sentences)
  const vocabulary = buildVocabulary(
    [...leftSentences, ...rightSentences].map((sentence) => ({
      tokens: sentence.tokens,
      inHeading: sentence.heading,
    })),
    vectors,
  )
  const leftIds = leftSentences.map((sentence) => distinctIds(sentence.tokens, vocabulary))
  const rightIds = rightSentences.map((sentence) => distinctIds(sentence.tokens, vocabulary))
  const weightOf = inverseDocumentFrequencies([...leftIds, ...rightIds], vocabulary)
  const bags = {
    sentence: (ids: Int32Array): WordBag => bagOf(ids, weightOf, vocabulary),
    // Paragraphs are only compared once linked, without the semantic gate: no mean vector.
    paragraph: (ids: Int32Array): WordBag => bagOf(ids, weightOf, null),
  }
  return {
    vocabulary,
    left: sideUnits(left.length, leftSentences, leftIds, bags),
    right: sideUnits(right.length, rightSentences, rightIds, bags),
  }
}

interface TokenisedSentence {
  readonly paragraph: number
  readonly heading: boolean
  readonly tokens: ReadonlyArray<WordToken>
}

/** Sentence word lists of paragraphs already seen, by kind and text (texts repeat in long files). */
type SentenceCache = Map<string, ReadonlyArray<ReadonlyArray<WordToken>>>

function tokenizeSide(
  paragraphs: ReadonlyArray<Paragraph>,
  forms: WordFormCache,
  sentences: SentenceCache,
): ReadonlyArray<TokenisedSentence> {
  return paragraphs.flatMap((paragraph, position) => {
    // Boilerplate is shown but never aligned with content.
    if (paragraph.kind === 'boilerplate') return []
    const heading = paragraph.kind === 'heading'
    const key = `${paragraph.kind}:${paragraph.text}`
    let words = sentences.get(key)
    if (!words) {
      words = splitSentences(paragraph)
        .map((sentence) => tokenizeWords(sentence.text, forms).filter(isContentWord))
        .filter((tokens) => tokens.length > 0)
      sentences.set(key, words)
    }
    return words.map((tokens) => ({ paragraph: position, heading, tokens }))
  })
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
  bags: { readonly [kind in 'sentence' | 'paragraph']: (ids: Int32Array) => WordBag },
): SideUnits {
  const units = sentences.map((sentence, position) => ({
    paragraph: sentence.paragraph,
    heading: sentence.heading,
    bag: bags.sentence(ids[position] ?? new Int32Array(0)),
  }))
  const paragraphIds: Set<number>[] = Array.from({ length: paragraphCount }, () => new Set())
  units.forEach((unit) => unit.bag.ids.forEach((id) => paragraphIds[unit.paragraph]?.add(id)))
  const paragraphBags = paragraphIds.map((set) => bags.paragraph(Int32Array.from(set).sort()))
  return { units, paragraphBags }
}

/** A bag of distinct word ids with their weights and, given the vocabulary, its mean vector. */
export function bagOf(
  ids: Int32Array,
  weightOf: Float64Array,
  vocabulary: Vocabulary | null,
): WordBag {
  const weights = Float64Array.from(ids, (id) => weightOf[id] ?? 0)
  const total = weights.reduce((sum, weight) => sum + weight, 0)
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
