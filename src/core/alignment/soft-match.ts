import type { WordBag } from './text-units'
import type { Vocabulary } from './vocabulary'

/** How well two bags of words cover each other, with exact and embedding-near words matching. */
export interface BagMatch {
  /** Weighted share of the first bag's words found in the second. */
  readonly precision: number
  /** Weighted share of the second bag's words found in the first. */
  readonly recall: number
  readonly f1: number
}

/** Similarity 0..1 of two word ids; memoised because the same word pairs recur across sentences. */
export type WordSimilarity = (a: number, b: number) => number

// Cosines of merely topical word pairs in these 100-d vectors reach ~0.5; rescaling from this
// floor (the baseline rescaling of BERTScore, Zhang et al. 2020) keeps them from adding up.
const COSINE_FLOOR = 0.6
// Word-by-word embedding matching is only worth its cost for sentences whose mean vectors are
// this close; further apart, exact word matches alone decide (it never changed a corpus link).
const SEMANTIC_GATE = 0.6

/** Word similarity over a vocabulary: 1 for the same word, rescaled cosine for near words. */
export function createWordSimilarity(vocabulary: Vocabulary): WordSimilarity {
  const { dimensions, vectors, hasVector, exactOnly, size } = vocabulary
  const memo = new Map<number, number>()
  return (a, b) => {
    if (a === b) return 1
    if (!hasVector[a] || !hasVector[b] || exactOnly[a] || exactOnly[b]) return 0
    const key = a < b ? a * size + b : b * size + a
    const known = memo.get(key)
    if (known !== undefined) return known
    let dot = 0
    const rowA = a * dimensions
    const rowB = b * dimensions
    for (let k = 0; k < dimensions; k++) dot += (vectors[rowA + k] ?? 0) * (vectors[rowB + k] ?? 0)
    const similarity = dot <= COSINE_FLOOR ? 0 : (dot - COSINE_FLOOR) / (1 - COSINE_FLOOR)
    memo.set(key, similarity)
    return similarity
  }
}

/** Scores two bags of words against each other. */
export type BagMatcher = (a: WordBag, b: WordBag) => BagMatch

/**
 * Greedy soft matching in the manner of BERTScore: each word takes its best counterpart's
 * similarity, weighted by IDF, on both sides. Exact matches are found first through a marker
 * array, so embeddings are consulted only for the words left over.
 */
export function createBagMatcher(
  vocabulary: Vocabulary,
  { gated }: { readonly gated: boolean } = { gated: true },
): BagMatcher {
  const similarity = createWordSimilarity(vocabulary)
  const softMatchable = vocabulary.hasVector.map((has, id) =>
    has && !vocabulary.exactOnly[id] ? 1 : 0,
  )
  const { matchesAs } = vocabulary
  // Scratch space reused across calls: this runs for every candidate sentence pair.
  const positionInB = new Int32Array(vocabulary.size)
  let bestB = new Float64Array(64)
  let softA = new Int32Array(64)
  let softB = new Int32Array(64)
  return (a, b) => {
    if (a.total === 0 || b.total === 0) return { precision: 0, recall: 0, f1: 0 }
    if (bestB.length < b.ids.length) {
      bestB = new Float64Array(b.ids.length * 2)
      softB = new Int32Array(b.ids.length * 2)
    }
    if (softA.length < a.ids.length) softA = new Int32Array(a.ids.length * 2)
    bestB.fill(0, 0, b.ids.length)
    b.ids.forEach((id, j) => (positionInB[matchesAs[id] ?? id] = j + 1))
    let coveredA = 0
    let softCountA = 0
    for (let i = 0; i < a.ids.length; i++) {
      const id = a.ids[i] ?? 0
      const position = positionInB[matchesAs[id] ?? id] ?? 0
      if (position > 0) {
        coveredA += a.weights[i] ?? 0
        bestB[position - 1] = 1
      } else if (softMatchable[id]) softA[softCountA++] = i
    }
    b.ids.forEach((id) => (positionInB[matchesAs[id] ?? id] = 0))
    const worthIt = !gated || (a.vector && b.vector && dot(a.vector, b.vector) >= SEMANTIC_GATE)
    if (softCountA > 0 && worthIt) {
      let softCountB = 0
      for (let j = 0; j < b.ids.length; j++) {
        if ((bestB[j] ?? 0) < 1 && softMatchable[b.ids[j] ?? 0]) softB[softCountB++] = j
      }
      for (let s = 0; s < softCountA; s++) {
        const i = softA[s] ?? 0
        const idA = a.ids[i] ?? 0
        let best = 0
        for (let t = 0; t < softCountB; t++) {
          const j = softB[t] ?? 0
          const score = similarity(idA, b.ids[j] ?? 0)
          if (score > best) best = score
          if (score > (bestB[j] ?? 0)) bestB[j] = score
        }
        coveredA += best * (a.weights[i] ?? 0)
      }
    }
    let coveredB = 0
    for (let j = 0; j < b.ids.length; j++) coveredB += (bestB[j] ?? 0) * (b.weights[j] ?? 0)
    const precision = coveredA / a.total
    const recall = coveredB / b.total
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return { precision, recall, f1 }
  }
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0
  for (let k = 0; k < a.length; k++) sum += (a[k] ?? 0) * (b[k] ?? 0)
  return sum
}
