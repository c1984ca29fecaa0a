import type { WordBag } from './text-units'
import type { Vocabulary } from './vocabulary'

/** How well two bags of words cover each other, with exact and embedding-near words matching. */
export interface BagMatch {
  /** Weighted share of the first bag's words found in the second. */
  readonly precision: number
  /** Weighted share of the second bag's words found in the first. */
  readonly recall: number
  readonly f1: number
  /** How many of the first bag's words found the same word or a near synonym in the second. */
  readonly matched: number
}

/**
 * Similarity 0..1 of two word ids over one vocabulary, memoised because the same word pairs recur
 * across sentences; one serves every matcher of that vocabulary (see `wordSimilarity`).
 */
export interface WordSimilarity {
  readonly vocabulary: Vocabulary
  readonly memo: PairMemo
}

// Cosines of merely topical word pairs in these 100-d vectors reach ~0.5; rescaling from this
// floor (the baseline rescaling of BERTScore, Zhang et al. 2020) keeps them from adding up.
const COSINE_FLOOR = 0.6
// Word-by-word embedding matching is only worth its cost for sentences whose mean vectors are
// this close; further apart, exact word matches alone decide (it never changed a corpus link).
const SEMANTIC_GATE = 0.6
// A soft match this close (rescaled; a cosine of 0.9) counts as the same word in `matched`:
// "talks" and "negotiations", not merely "think" and "know". Chosen on half of the corpora pairs
// (0, 0.5, 0.75 and exact-only tried) and checked on the other half (see notes/align.md).
const NEAR_SYNONYM = 0.75

// The hot paths below are module functions over plain state rather than closures made per
// comparison: optimised code that calls a closure is tied to that closure object, and V8 throws
// it away once a full garbage collection frees it, so after every such collection (the benchmark
// forces one before each comparison) the matching ran mostly unoptimised.

/** A memoised word similarity over a vocabulary (see `wordSimilarity`). */
export function createWordSimilarity(vocabulary: Vocabulary): WordSimilarity {
  return { vocabulary, memo: createPairMemo(vocabulary.size) }
}

/** Similarity 0..1 of two word ids: 1 for the same word, rescaled cosine for near words. */
export function wordSimilarity(similarity: WordSimilarity, a: number, b: number): number {
  if (a === b) return 1
  const { hasVector, exactOnly } = similarity.vocabulary
  if (!hasVector[a] || !hasVector[b] || exactOnly[a] || exactOnly[b]) return 0
  const size = similarity.vocabulary.size
  const key = a < b ? a * size + b : b * size + a
  const known = memoGet(similarity.memo, key)
  return known >= 0 ? known : cosineSimilarity(similarity, a, b, key)
}

function cosineSimilarity(similarity: WordSimilarity, a: number, b: number, key: number): number {
  const { dimensions, vectors } = similarity.vocabulary
  let dot = 0
  const rowA = a * dimensions
  const rowB = b * dimensions
  for (let k = 0; k < dimensions; k++)
    dot += (vectors[rowA + k] as number) * (vectors[rowB + k] as number)
  const value = dot <= COSINE_FLOOR ? 0 : (dot - COSINE_FLOOR) / (1 - COSINE_FLOOR)
  memoSet(similarity.memo, key, value)
  return value
}

/**
 * Non-negative numbers by non-negative integer key in an open-addressing table of typed arrays:
 * the similarity memo is read for every soft-matched word pair, and a `Map` of numbers allocates
 * and hashes far more. Mutable on purpose: it is scratch state owned by one similarity.
 */
interface PairMemo {
  keys: Float64Array
  values: Float64Array
  count: number
}

// Growing the table rehashes every pair stored, so it starts at about the size it will need: the
// bench's pairs look up 60 (10k words) to 120 (1 MB) distinct pairs per word of the vocabulary,
// and the table is kept at most half full. Capped so that a huge vocabulary starts at 4 MB.
const MEMO_SLOTS_PER_WORD = 128
const MAX_INITIAL_SLOTS = 1 << 18

function createPairMemo(words: number): PairMemo {
  let slots = 1024
  while (slots < MEMO_SLOTS_PER_WORD * words && slots < MAX_INITIAL_SLOTS) slots *= 2
  return { keys: new Float64Array(slots).fill(-1), values: new Float64Array(slots), count: 0 }
}

/** The value stored under `key`, or -1. */
function memoGet(memo: PairMemo, key: number): number {
  const { keys, values } = memo
  const mask = keys.length - 1
  for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
    const found = keys[slot] ?? -1
    if (found === key) return values[slot] ?? -1
    if (found === -1) return -1
  }
}

function memoSet(memo: PairMemo, key: number, value: number): void {
  if (2 * (memo.count + 1) > memo.keys.length) {
    const { keys, values } = memo
    memo.keys = new Float64Array(keys.length * 2).fill(-1)
    memo.values = new Float64Array(keys.length * 2)
    memo.count = 0
    for (let slot = 0; slot < keys.length; slot++) {
      const old = keys[slot] as number
      if (old !== -1) memoInsert(memo, old, values[slot] as number)
    }
  }
  memoInsert(memo, key, value)
}

function memoInsert(memo: PairMemo, key: number, value: number): void {
  const { keys, values } = memo
  const mask = keys.length - 1
  let slot = hashOf(key) & mask
  while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask
  if (keys[slot] === -1) memo.count++
  keys[slot] = key
  values[slot] = value
}

function hashOf(key: number): number {
  // Keys may exceed 32 bits in a very large vocabulary: fold the high part in before mixing.
  let hash =
    key < 4294967296 ? key >>> 0 : (key >>> 0) ^ Math.imul(Math.floor(key / 4294967296), 0x27d4eb2d)
  // MurmurHash3's finaliser, so that the low bits used as the slot depend on every bit of the key.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return (hash ^ (hash >>> 16)) >>> 0
}

/** What `matchBags` needs to score two bags of words against each other (see there). */
export interface BagMatcher {
  readonly gated: boolean
  readonly similarity: WordSimilarity
  readonly softMatchable: Uint8Array
  readonly matchesAs: Int32Array
  /** Scratch space reused across calls (mutable on purpose): this runs for every sentence pair. */
  readonly positionInB: Int32Array
  bestB: Float64Array
  softA: Int32Array
  softB: Int32Array
}

/** How a bag matcher compares words. */
export interface BagMatcherOptions {
  /** Skips embedding matching for bags whose mean vectors are far apart (see SEMANTIC_GATE). */
  readonly gated?: boolean
  /** A similarity over the same vocabulary to share, so that its memo serves several matchers. */
  readonly similarity?: WordSimilarity
}

/** A matcher over a vocabulary, for `matchBags`. */
export function createBagMatcher(
  vocabulary: Vocabulary,
  { gated = true, similarity = createWordSimilarity(vocabulary) }: BagMatcherOptions = {},
): BagMatcher {
  return {
    gated,
    similarity,
    softMatchable: vocabulary.hasVector.map((has, id) =>
      has && !vocabulary.exactOnly[id] ? 1 : 0,
    ),
    matchesAs: vocabulary.matchesAs,
    positionInB: new Int32Array(vocabulary.size),
    bestB: new Float64Array(64),
    softA: new Int32Array(64),
    softB: new Int32Array(64),
  }
}

/**
 * Scores two bags of words against each other by greedy soft matching in the manner of
 * BERTScore: each word takes its best counterpart's similarity, weighted by IDF, on both sides.
 * Exact matches are found first through a marker array, so embeddings are consulted only for the
 * words left over.
 */
export function matchBags(matcher: BagMatcher, a: WordBag, b: WordBag): BagMatch {
  if (a.total === 0 || b.total === 0) return { precision: 0, recall: 0, f1: 0, matched: 0 }
  const { similarity, softMatchable, matchesAs, positionInB } = matcher
  const idsA = a.ids
  const idsB = b.ids
  const weightsA = a.weights
  const weightsB = b.weights
  if (matcher.bestB.length < idsB.length) {
    matcher.bestB = new Float64Array(idsB.length * 2)
    matcher.softB = new Int32Array(idsB.length * 2)
  }
  if (matcher.softA.length < idsA.length) matcher.softA = new Int32Array(idsA.length * 2)
  const { bestB, softA, softB } = matcher
  bestB.fill(0, 0, idsB.length)
  for (let j = 0; j < idsB.length; j++) {
    const id = idsB[j] as number
    positionInB[matchesAs[id] ?? id] = j + 1
  }
  let coveredA = 0
  let matched = 0
  let softCountA = 0
  for (let i = 0; i < idsA.length; i++) {
    const id = idsA[i] as number
    const position = positionInB[matchesAs[id] ?? id] ?? 0
    if (position > 0) {
      matched++
      coveredA += weightsA[i] ?? 0
      bestB[position - 1] = 1
    } else if (softMatchable[id]) softA[softCountA++] = i
  }
  for (let j = 0; j < idsB.length; j++) {
    const id = idsB[j] as number
    positionInB[matchesAs[id] ?? id] = 0
  }
  const worthIt =
    !matcher.gated || (a.vector && b.vector && dot(a.vector, b.vector) >= SEMANTIC_GATE)
  if (softCountA > 0 && worthIt) {
    let softCountB = 0
    for (let j = 0; j < idsB.length; j++) {
      if ((bestB[j] as number) < 1 && softMatchable[idsB[j] as number]) softB[softCountB++] = j
    }
    const size = similarity.vocabulary.size
    const memo = similarity.memo
    for (let s = 0; s < softCountA; s++) {
      const i = softA[s] as number
      const idA = idsA[i] as number
      let best = 0
      for (let t = 0; t < softCountB; t++) {
        const j = softB[t] as number
        const idB = idsB[j] as number
        // Both words may match softly and differ (the same word matched exactly above). The memo
        // is probed here rather than through `wordSimilarity`: this is the aligner's hot loop.
        const key = idA < idB ? idA * size + idB : idB * size + idA
        let score = memoGet(memo, key)
        if (score < 0) score = cosineSimilarity(similarity, idA, idB, key)
        if (score > best) best = score
        if (score > (bestB[j] as number)) bestB[j] = score
      }
      if (best >= NEAR_SYNONYM) matched++
      coveredA += best * (weightsA[i] ?? 0)
    }
  }
  let coveredB = 0
  for (let j = 0; j < idsB.length; j++) coveredB += (bestB[j] as number) * (weightsB[j] ?? 0)
  const precision = coveredA / a.total
  const recall = coveredB / b.total
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, matched }
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0
  for (let k = 0; k < a.length; k++) sum += (a[k] ?? 0) * (b[k] ?? 0)
  return sum
}
