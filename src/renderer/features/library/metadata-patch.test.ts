import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../shared/api'
import { metadataPatch } from './metadata-patch'

const article: ArticleSummary = {
  id: '1',
  title: 'Talks in Moscow',
  source: 'BBC',
  url: '',
  publishedAt: '2025-03-12',
  importedAt: '2025-03-13T10:00:00Z',
  fileName: 'a.txt',
  format: 'txt',
  wordCount: 10,
}

describe('metadataPatch', () => {
  it('holds only the fields that changed, trimmed', () => {
    const patch = metadataPatch(article, {
      title: ' Talks in Moscow ',
      source: 'Reuters',
      url: '',
      publishedAt: '2025-03-12',
      byline: '',
    })
    expect(patch).toEqual({ source: 'Reuters' })
  })

  it('treats a missing byline as empty', () => {
    const fields = { ...article, byline: ' Jane Doe ' }
    expect(metadataPatch(article, fields)).toEqual({ byline: 'Jane Doe' })
  })
})
