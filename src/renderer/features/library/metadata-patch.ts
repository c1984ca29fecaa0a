import type { ArticleMetadataPatch, ArticleSummary } from '../../../shared/api'

/** Only the fields the user changed, trimmed, so an edit never rewrites untouched metadata. */
export function metadataPatch(
  article: ArticleSummary,
  fields: {
    readonly title: string
    readonly source: string
    readonly url: string
    readonly publishedAt: string
    readonly byline: string
  },
): ArticleMetadataPatch {
  const patch: { -readonly [K in keyof ArticleMetadataPatch]: string } = {}
  for (const key of ['title', 'source', 'url', 'publishedAt', 'byline'] as const) {
    const value = fields[key].trim()
    if (value !== (article[key] ?? '')) patch[key] = value
  }
  return patch
}
