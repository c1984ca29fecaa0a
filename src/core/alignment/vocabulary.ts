import type { WordVectors } from '../types'
import type { WordToken } from './word-tokens'

/** Every content word of both articles, numbered, with what the aligner knows about it. */
export interface Vocabulary {
  readonly size: number
  readonly dimensions: number
  /** Row-major unit vectors (`dimensions` per word); a word without a vector has a zero row. */
  readonly vectors: Float32Array
  readonly hasVector: Uint8Array
  /** Names and numbers match only themselves: "russia" is at cosine 0.86 to "ukraine". */
  readonly exactOnly: Uint8Array
  /** The id a word matches as: a name's demonym matches the name ("ukrainian" as "ukraine"). */
  readonly matchesAs: Int32Array
  readonly idOf: ReadonlyMap<string, number>
  /** Each word's lower-case spellings in the articles (several share one stem). */
  readonly spellings: ReadonlyArray<ReadonlyArray<string>>
}

/** The tokens of one sentence and whether it is a heading, where capitals mark no names. */
export interface TokenisedText {
  readonly tokens: ReadonlyArray<WordToken>
  readonly inHeading: boolean
}

/** Numbers the words of both articles by key and looks up their vectors once. */
export function buildVocabulary(
  texts: ReadonlyArray<TokenisedText>,
  vectors: WordVectors | null,
): Vocabulary {
  const words = numberWords(texts)
  const { idOf, numeric } = words
  const size = idOf.size
  const dimensions = vectors?.dimensions ?? 0
  const matrix = new Float32Array(size * dimensions)
  const hasVector = new Uint8Array(size)
  const exactOnly = new Uint8Array(size)
  for (const [key, id] of idOf) {
    const isName = (words.namedMidSentence[id] ?? false) && !(words.seenLowerCase[id] ?? false)
    if (isName || numeric[id]) exactOnly[id] = 1
    if (!vectors || exactOnly[id]) continue
    const vector = firstVector(vectors, words.lowers[id] ?? [], key)
    if (vector && vector.length === dimensions) {
      matrix.set(vector, id * dimensions)
      hasVector[id] = 1
    }
  }
  return {
    size,
    dimensions,
    vectors: matrix,
    hasVector,
    exactOnly,
    matchesAs: nameVariants(idOf, exactOnly, numeric),
    idOf,
    spellings: words.lowers,
  }
}

/** The words of both articles by key, with what their spellings say (see `buildVocabulary`). */
interface NumberedWords {
  readonly idOf: Map<string, number>
  readonly lowers: ReadonlyArray<ReadonlyArray<string>>
  readonly namedMidSentence: ReadonlyArray<boolean>
  readonly seenLowerCase: ReadonlyArray<boolean>
  readonly numeric: ReadonlyArray<boolean>
}

// A loop of its own (also the lookups below): V8 compiles a hot loop's whole function, again after
// each full garbage collection, so hot loops sit in small functions.
function numberWords(texts: ReadonlyArray<TokenisedText>): NumberedWords {
  const idOf = new Map<string, number>()
  const lowers: string[][] = []
  const namedMidSentence: boolean[] = []
  const seenLowerCase: boolean[] = []
  const numeric: boolean[] = []
  for (const { tokens, inHeading } of texts) {
    for (const token of tokens) {
      let id = idOf.get(token.key)
      if (id === undefined) {
        id = idOf.size
        idOf.set(token.key, id)
        lowers.push([])
        namedMidSentence.push(false)
        seenLowerCase.push(false)
        numeric.push(token.numeric)
      }
      const forms = lowers[id]
      if (forms && !forms.includes(token.lower)) forms.push(token.lower)
      if (!token.capitalised) seenLowerCase[id] = true
      // Title-case headings and sentence starts capitalise ordinary words.
      else if (!token.initial && !inHeading) namedMidSentence[id] = true
    }
  }
  return { idOf, lowers, namedMidSentence, seenLowerCase, numeric }
}

/** The vector of the first of a word's spellings that has one, then of its key. */
function firstVector(
  vectors: WordVectors,
  lowers: ReadonlyArray<string>,
  key: string,
): Float32Array | undefined {
  for (const form of lowers) {
    const vector = vectors.vectorOf(form)
    if (vector !== undefined) return vector
  }
  return vectors.vectorOf(key)
}

// Endings that turn a place into its people or adjective: Russia·n, Ukrain·ian, Israel·i.
const DEMONYM_ENDING = /^(?:n|an|ian|i)$/
const MIN_NAME_STEM = 4

function nameVariants(
  idOf: ReadonlyMap<string, number>,
  exactOnly: Uint8Array,
  numeric: ReadonlyArray<boolean>,
): Int32Array {
  const matchesAs = Int32Array.from({ length: idOf.size }, (_, id) => id)
  for (const [key, id] of idOf) {
    if (!exactOnly[id] || numeric[id]) continue
    for (let cut = 1; cut <= 3 && key.length - cut >= MIN_NAME_STEM; cut++) {
      const base = idOf.get(key.slice(0, -cut))
      if (base !== undefined && exactOnly[base] && DEMONYM_ENDING.test(key.slice(-cut))) {
        matchesAs[id] = base
        break
      }
    }
  }
  return matchesAs
}
