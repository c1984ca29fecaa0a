import { describe, expect, it } from 'vitest'
import { alignParagraphs } from './alignment/align-paragraphs'
import { DEFAULT_COMPARE_OPTIONS } from './types'
import type { Paragraph } from './types'
import {
  cosine,
  dotProduct,
  weightedMean,
  wordVectorsFromSubset,
  wordsForVectors,
} from './word-vectors'

describe('word vector math', () => {
  it('computes cosines and dot products', () => {
    expect(cosine([1, 0], [0, 1])).toBe(0)
    expect(cosine([2, 0], [3, 0])).toBe(1)
    expect(cosine([0, 0], [1, 0])).toBe(0)
    expect(dotProduct([0.6, 0.8], [0.6, 0.8])).toBeCloseTo(1)
  })

  it('takes a unit-length weighted mean', () => {
    expect(
      Array.from(
        weightedMean(
          [
            [1, 0],
            [0, 1],
          ],
          [3, 0],
          2,
        ) ?? [],
      ),
    ).toEqual([1, 0])
    const mean = Array.from(
      weightedMean(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 1],
        2,
      ) ?? [],
    )
    expect(mean[0]).toBeCloseTo(Math.SQRT1_2)
    expect(weightedMean([[1, 0]], [0], 2)).toBeUndefined()
  })
})

describe('wordVectorsFromSubset', () => {
  it('looks words up in the subset main sent', () => {
    const vectors = wordVectorsFromSubset({ dimensions: 2, vectors: { car: [1, 0] } })
    expect(vectors.dimensions).toBe(2)
    expect(Array.from(vectors.vectorOf('car') ?? [])).toEqual([1, 0])
    expect(vectors.vectorOf('boat')).toBeUndefined()
  })
})

describe('wordsForVectors', () => {
  const paragraphs: Paragraph[] = [
    { index: 0, kind: 'paragraph', text: 'The Kremlin’s officials were reviewing 30 proposals.' },
    { index: 1, kind: 'boilerplate', text: 'Subscribe to our newsletter' },
  ]

  it('lists lower-cased content words and their stems, not numbers, stop words or boilerplate', () => {
    expect(wordsForVectors(paragraphs)).toEqual([
      'kremlin',
      'official',
      'officials',
      'proposal',
      'proposals',
      'review',
      'reviewing',
    ])
  })

  it('covers every word the aligner looks up', () => {
    const looked = new Set<string>()
    const vectors = {
      dimensions: 1,
      vectorOf: (word: string) => {
        looked.add(word)
        return undefined
      },
    }
    alignParagraphs(paragraphs, paragraphs, vectors, DEFAULT_COMPARE_OPTIONS)
    const listed = new Set(wordsForVectors(paragraphs))
    expect([...looked].filter((word) => !listed.has(word))).toEqual([])
  })
})
