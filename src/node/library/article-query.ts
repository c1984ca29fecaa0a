import type { Article, ArticleSummary, LibrarySort } from '../../shared/api'
import { assertNever } from '../../core/assert-never'

/** The list view of an article: everything but its text. */
export function summaryOf(article: Article): ArticleSummary {
  const { text: _text, ...summary } = article
  return summary
}

/** Folds case and accents so a search for "cafe" finds "Café". */
export function searchableText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The articles whose title, source, label, file name or text contain every word of the search, in the given order.
 * `haystackOf` supplies each article's folded text (cached by the caller).
 */
export function queryArticles(
  articles: ReadonlyArray<Article>,
  search: string,
  sort: LibrarySort,
  haystackOf: (article: Article) => string,
): ReadonlyArray<ArticleSummary> {
  const terms = searchableText(search)
    .split(/\s+/)
    .filter((term) => term !== '')
  const matching =
    terms.length === 0
      ? articles
      : articles.filter((article) => {
          const haystack = haystackOf(article)
          return terms.every((term) => haystack.includes(term))
        })
  return [...matching].sort(compareArticlesFor(sort)).map(summaryOf)
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/**
 * The order of the library list. Every key ends in the same tie-break (title, then newest
 * imported, then id, compared by code point), so equal keys never leave the order to the engine or
 * to the order articles happen to be stored in: the list is the same on every run and platform.
 */
export function compareArticlesFor(sort: LibrarySort): (a: Article, b: Article) => number {
  const byKey = keyComparatorFor(sort)
  return (a, b) => byKey(a, b) || tieBreak(a, b)
}

function keyComparatorFor(sort: LibrarySort): (a: Article, b: Article) => number {
  switch (sort) {
    case 'date':
      // Newest first; articles with no known date go last rather than first.
      return (a, b) =>
        emptyLast(a.publishedAt, b.publishedAt) || byCodePoint(b.publishedAt, a.publishedAt)
    case 'title':
      return () => 0
    case 'source':
      return (a, b) => emptyLast(a.source, b.source) || collator.compare(a.source, b.source)
    case 'label':
      return (a, b) => emptyLast(a.label, b.label) || collator.compare(a.label, b.label)
    case 'fileName':
      return (a, b) => emptyLast(a.fileName, b.fileName) || collator.compare(a.fileName, b.fileName)
    case 'imported':
      return (a, b) => byCodePoint(b.importedAt, a.importedAt)
    default:
      return assertNever(sort)
  }
}

function tieBreak(a: Article, b: Article): number {
  return (
    collator.compare(a.title, b.title) ||
    // Titles equal to the collator ("Cafe" and "café") still get one fixed order.
    byCodePoint(a.title, b.title) ||
    byCodePoint(b.importedAt, a.importedAt) ||
    byCodePoint(a.id, b.id)
  )
}

// ISO dates and ids compare by code point: the same answer in every locale.
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function emptyLast(a: string, b: string): number {
  return Number(a === '') - Number(b === '')
}
