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
 * The articles whose title, source or text contain every word of the search, in the given order.
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
  return [...matching].sort(comparatorFor(sort)).map(summaryOf)
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function comparatorFor(sort: LibrarySort): (a: Article, b: Article) => number {
  const byTitle = (a: Article, b: Article): number => collator.compare(a.title, b.title)
  const newestImported = (a: Article, b: Article): number =>
    b.importedAt.localeCompare(a.importedAt) || byTitle(a, b)
  switch (sort) {
    case 'date':
      // Newest first; articles with no known date go last rather than first.
      return (a, b) =>
        emptyLast(a.publishedAt, b.publishedAt) ||
        b.publishedAt.localeCompare(a.publishedAt) ||
        newestImported(a, b)
    case 'title':
      return (a, b) => byTitle(a, b) || newestImported(a, b)
    case 'source':
      return (a, b) =>
        emptyLast(a.source, b.source) || collator.compare(a.source, b.source) || byTitle(a, b)
    case 'imported':
      return newestImported
    default:
      return assertNever(sort)
  }
}

function emptyLast(a: string, b: string): number {
  return Number(a === '') - Number(b === '')
}
