import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../shared/api'
import { joinPublished, metadataPatch, splitPublished } from './metadata-patch'

const article: ArticleSummary = {
  id: '1',
  title: 'Talks in Moscow',
  source: 'BBC',
  label: '',
  url: '',
  publishedAt: '2025-03-12',
  importedAt: '2025-03-13T10:00:00Z',
  fileName: 'a.txt',
  format: 'txt',
  wordCount: 10,
}

const unchanged = {
  title: 'Talks in Moscow',
  source: 'BBC',
  label: '',
  url: '',
  publishedAt: '2025-03-12',
  byline: '',
}

describe('metadataPatch', () => {
  it('holds only the fields that changed, trimmed', () => {
    const patch = metadataPatch(article, {
      ...unchanged,
      title: ' Talks in Moscow ',
      source: 'Reuters',
    })
    expect(patch).toEqual({ source: 'Reuters' })
  })

  it('treats a missing byline as empty', () => {
    expect(metadataPatch(article, { ...unchanged, byline: ' Jane Doe ' })).toEqual({
      byline: 'Jane Doe',
    })
  })

  it('carries a new label and a published time', () => {
    expect(
      metadataPatch(article, {
        ...unchanged,
        label: ' after legal ',
        publishedAt: '2025-03-12T14:30',
      }),
    ).toEqual({ label: 'after legal', publishedAt: '2025-03-12T14:30' })
  })
})

describe('published date and time', () => {
  it('splits a stored date-time into the inputs and joins it back unchanged', () => {
    expect(splitPublished('2025-03-12')).toEqual({ date: '2025-03-12', time: '' })
    expect(splitPublished('2025-03-12T14:30')).toEqual({ date: '2025-03-12', time: '14:30' })
    expect(joinPublished('2025-03-12', '14:30')).toBe('2025-03-12T14:30')
    expect(joinPublished('2025-03-12', '')).toBe('2025-03-12')
    expect(joinPublished('', '14:30')).toBe('')
  })

  it('leaves the inputs empty for no date or text that is not one', () => {
    expect(splitPublished('')).toEqual({ date: '', time: '' })
    expect(splitPublished('spring 2025')).toEqual({ date: '', time: '' })
  })
})
