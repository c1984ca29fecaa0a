import { describe, expect, it } from 'vitest'
import type { Article, LibrarySort } from '../../shared/api'
import { distinctWords, queryArticles, searchableText, searchWordsOf } from './article-query'

function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    title: 'Untitled',
    source: '',
    url: '',
    publishedAt: '',
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: '',
    format: 'txt',
    wordCount: 1,
    label: '',
    text: id,
    ...fields,
  }
}

// Every permutation of the input must give the same list, so ties cannot depend on storage order.
function permutations<T>(items: ReadonlyArray<T>): ReadonlyArray<ReadonlyArray<T>> {
  if (items.length <= 1) return [items]
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  )
}

function orders(articles: ReadonlyArray<Article>, sort: LibrarySort): ReadonlySet<string> {
  return new Set(
    permutations(articles).map((input) =>
      queryArticles(input, '', sort, (a) => searchableText(a.text))
        .map((summary) => summary.id)
        .join(' '),
    ),
  )
}

const early = '2026-01-01T00:00:00.000Z'
const late = '2026-02-01T00:00:00.000Z'

describe('library sort order', () => {
  it('orders undated articles by title, then newest import, then id, whatever the input order', () => {
    const articles = [
      article('d', { title: 'Bridge', importedAt: early }),
      article('b', { title: 'bridge', importedAt: early }),
      article('c', { title: 'Bridge', importedAt: late }),
      article('a', { title: 'Avenue', importedAt: early }),
    ]
    // "Bridge" and "bridge" are equal to the collator; code points put upper case first.
    expect([...orders(articles, 'date')]).toEqual(['a c d b'])
  })

  it('breaks ties the same way for every sort key', () => {
    const articles = [
      article('3', { title: 'Same', source: 'Wire', publishedAt: '2025-03-01', importedAt: late }),
      article('1', { title: 'Same', source: 'Wire', publishedAt: '2025-03-01', importedAt: late }),
      article('2', { title: 'Same', source: 'Wire', publishedAt: '2025-03-01', importedAt: early }),
      article('4', { title: 'Other', source: '', publishedAt: '', importedAt: late }),
    ]
    expect([...orders(articles, 'date')]).toEqual(['1 3 2 4'])
    expect([...orders(articles, 'source')]).toEqual(['1 3 2 4'])
    expect([...orders(articles, 'title')]).toEqual(['4 1 3 2'])
    expect([...orders(articles, 'imported')]).toEqual(['4 1 3 2'])
  })

  it('sorts by label and by file name, empty ones last', () => {
    const articles = [
      article('x', { label: 'v2', fileName: 'b.html' }),
      article('y', { label: '', fileName: 'a.txt' }),
      article('z', { label: 'after legal', fileName: '' }),
    ]
    expect([...orders(articles, 'label')]).toEqual(['z x y'])
    expect([...orders(articles, 'fileName')]).toEqual(['y x z'])
  })

  it('puts newer dates first and unknown dates last', () => {
    const articles = [
      article('old', { publishedAt: '2024-01-02' }),
      article('none'),
      article('new', { publishedAt: '2025-05-01T10:00:00Z' }),
    ]
    expect([...orders(articles, 'date')]).toEqual(['new old none'])
  })
})

describe('searchWordsOf', () => {
  it('gives the same words as folding the whole text, for accents, quotes, dashes and odd spaces', () => {
    const text =
      'Café CAFÉ naïve İstanbul it’s “Quoted” — dash\u00a0nbsp\u2003em a¨b ﬁne Ⅻ ½ Straße\nStraße ΣΊΣΥΦΟΣ'
    const sorted = (words: string): string => [...new Set(words.split(' '))].sort().join(' ')
    expect(sorted(searchWordsOf(text))).toBe(sorted(distinctWords(searchableText(text))))
    expect(searchWordsOf(text).split(' ')).toEqual(expect.arrayContaining(['cafe', "it's", 'fine']))
  })
})
