import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles'
import {
  describeSide,
  formatPublished,
  nameSide,
  pairSideNames,
  withProvenance,
} from './report-articles'
import { buildJsonReport } from './json-report'

const story = 'Council reopens the bridge.\nWork took a year.'

describe('nameSide', () => {
  it('names a side by title, file, source, label and published date', () => {
    const { left } = compareArticles(
      {
        path: 'lib-7f3a',
        title: 'Bridge reopens',
        fileName: 'bridge-bbc.html',
        source: 'BBC News',
        label: 'after legal',
        publishedAt: '2026-11-20T14:05:00Z',
        text: story,
      },
      { path: 'x', text: story },
    )
    expect(describeSide(left)).toBe(
      'Bridge reopens (file: bridge-bbc.html · source: BBC News · label: after legal · published: 2026-11-20 14:05 UTC)',
    )
    expect(nameSide(left).direction).toBe('ltr')
  })

  it('says "pasted text" for an article without a file, and falls back to the path without provenance', () => {
    const { left, right } = compareArticles(
      { path: 'lib-1', fileName: '', text: story },
      { path: 'drafts/v2.txt', text: story },
    )
    expect(describeSide(left)).toBe('Council reopens the bridge. (pasted text)')
    expect(describeSide(right)).toBe('Council reopens the bridge. (file: drafts/v2.txt)')
  })
})

describe('pairSideNames', () => {
  it('adds the label, or else what tells two same-titled versions apart', () => {
    const labelled = compareArticles(
      { path: 'a', label: 'v1', text: story },
      { path: 'b', label: 'v2', text: story },
    )
    expect(pairSideNames(labelled)).toEqual([
      'Council reopens the bridge. [v1]',
      'Council reopens the bridge. [v2]',
    ])
    const twoFiles = compareArticles(
      { path: 'a', fileName: 'bbc-1.html', source: 'BBC', text: story },
      { path: 'b', fileName: 'bbc-2.html', source: 'BBC', text: story },
    )
    expect(pairSideNames(twoFiles)).toEqual([
      'Council reopens the bridge. (bbc-1.html)',
      'Council reopens the bridge. (bbc-2.html)',
    ])
  })
})

describe('formatPublished', () => {
  it('shortens timestamps and keeps dates and other text as given', () => {
    expect(formatPublished('2026-11-20T14:05:09.123Z')).toBe('2026-11-20 14:05 UTC')
    expect(formatPublished('2026-11-20T14:05:00+02:00')).toBe('2026-11-20 14:05 +02:00')
    expect(formatPublished('2026-11-20')).toBe('2026-11-20')
    expect(formatPublished('last Tuesday')).toBe('last Tuesday')
  })
})

describe('withProvenance', () => {
  it('replaces ids with the library’s names, and the JSON report carries them', () => {
    const comparison = compareArticles({ path: 'id-1', text: story }, { path: 'id-2', text: story })
    const named = withProvenance(
      comparison,
      { title: 'Bridge', fileName: 'a.txt', label: 'v1', source: '', publishedAt: '' },
      { title: '', fileName: '', label: 'v2' },
    )
    expect(describeSide(named.left)).toBe('Bridge (file: a.txt · label: v1)')
    expect(describeSide(named.right)).toBe('Council reopens the bridge. (pasted text · label: v2)')
    const json = JSON.parse(buildJsonReport(named)) as { left: Record<string, unknown> }
    expect(json.left).toMatchObject({ title: 'Bridge', fileName: 'a.txt', label: 'v1' })
  })
})
