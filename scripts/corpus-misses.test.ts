import { describe, expect, it } from 'vitest'
import { classifyMisses } from './corpus-misses'

describe('classifyMisses', () => {
  const kinds = {
    left: ['heading', 'paragraph', 'paragraph', 'paragraph'] as const,
    right: ['paragraph', 'paragraph', 'paragraph', 'paragraph'] as const,
  }

  it('names why each missed gold link was missed, once per link', () => {
    const gold = [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [3, 3],
      [1, 3],
    ] as const
    const links = [
      { left: 1, right: 1 },
      { left: 3, right: 2 },
    ]
    expect(classifyMisses(gold, links, kinds)).toEqual([
      { left: 0, right: 0, cause: 'heading-paragraph' },
      { left: 2, right: 2, cause: 'unlinked' },
      { left: 3, right: 3, cause: 'unlinked' },
      { left: 1, right: 3, cause: 'unlinked' },
    ])
    expect(classifyMisses([[3, 1]], links, kinds)).toEqual([
      { left: 3, right: 1, cause: 'linked-elsewhere' },
    ])
  })

  it('says when the alignment found no link at all', () => {
    expect(classifyMisses([[1, 1]], [], kinds)).toEqual([{ left: 1, right: 1, cause: 'no-links' }])
  })
})
