import { describe, expect, it } from 'vitest'
import { seededRandom } from '../story/derive-versions'
import { createBagMatcher, createWordSimilarity, matchBags, wordSimilarity } from './soft-match'
import type { WordBag } from './text-units'
import type { Vocabulary } from './vocabulary'

// Seven dimensions, not a multiple of four, so the dot product's tail is read too.
const DIMENSIONS = 7

/** A vocabulary of `size` words with seeded unit vectors, word `id` named `w<id>`. */
function vocabularyOf(size: number, vectorOf?: (id: number) => ReadonlyArray<number>): Vocabulary {
  const random = seededRandom(7)
  const vectors = new Float32Array(size * DIMENSIONS)
  for (let id = 0; id < size; id++) {
    const raw = vectorOf?.(id) ?? Array.from({ length: DIMENSIONS }, () => random() - 0.5)
    const norm = Math.hypot(...raw)
    raw.forEach((value, k) => (vectors[id * DIMENSIONS + k] = value / norm))
  }
  return {
    size,
    dimensions: DIMENSIONS,
    vectors,
    hasVector: new Uint8Array(size).fill(1),
    exactOnly: new Uint8Array(size),
    matchesAs: Int32Array.from({ length: size }, (_, id) => id),
    idOf: new Map(Array.from({ length: size }, (_, id) => [`w${id}`, id])),
    spellings: Array.from({ length: size }, (_, id) => [`w${id}`]),
  }
}

/** The similarity `wordSimilarity` should give, by the plain loop: the cosine rescaled from 0.6. */
function expectedSimilarity(vocabulary: Vocabulary, a: number, b: number): number {
  let dot = 0
  for (let k = 0; k < DIMENSIONS; k++) {
    dot +=
      (vocabulary.vectors[a * DIMENSIONS + k] ?? 0) * (vocabulary.vectors[b * DIMENSIONS + k] ?? 0)
  }
  return dot <= 0.6 ? 0 : (dot - 0.6) / 0.4
}

function bagOf(ids: ReadonlyArray<number>): WordBag {
  return {
    ids: Int32Array.from(ids),
    weights: new Float64Array(ids.length).fill(1),
    total: ids.length,
    vector: undefined,
  }
}

describe('wordSimilarity', () => {
  it('gives every pair the rescaled cosine, before and after its memo grows', () => {
    // 1,830 pairs: the memo starts at 1,024 slots and is kept half full, so it grows twice.
    const vocabulary = vocabularyOf(61)
    const similarity = createWordSimilarity(vocabulary)
    for (let round = 0; round < 2; round++) {
      for (let a = 0; a < vocabulary.size; a++) {
        for (let b = 0; b < vocabulary.size; b++) {
          const expected = a === b ? 1 : expectedSimilarity(vocabulary, a, b)
          expect(wordSimilarity(similarity, a, b)).toBe(expected)
        }
      }
    }
  })
})

describe('matchBags', () => {
  it('matches the same word exactly and a near synonym softly, on both sides', () => {
    // w0 and w1 point almost the same way (cosine ~0.995); w2 and w3 are at right angles.
    const axes = [
      [1, 0, 0, 0, 0, 0, 0],
      [1, 0.1, 0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 1],
    ]
    const vocabulary = vocabularyOf(4, (id) => axes[id] ?? [])
    const matcher = createBagMatcher(vocabulary, { gated: false })
    const match = matchBags(matcher, bagOf([0, 2]), bagOf([1, 2, 3]))
    const soft = expectedSimilarity(vocabulary, 0, 1)
    expect(soft).toBeGreaterThan(0.75)
    expect(match.matched).toBe(2)
    expect(match.precision).toBeCloseTo((soft + 1) / 2, 12)
    expect(match.recall).toBeCloseTo((soft + 1) / 3, 12)
  })
})
