import type { ArticleMetadataPatch, ArticleSummary } from '../../../shared/api'

/** The text fields of the Edit dialog. */
export interface MetadataFields {
  readonly title: string
  readonly source: string
  readonly label: string
  readonly url: string
  readonly publishedAt: string
  readonly byline: string
}

const EDITABLE = ['title', 'source', 'label', 'url', 'publishedAt', 'byline'] as const

/** Only the fields the user changed, trimmed, so an edit never rewrites untouched metadata. */
export function metadataPatch(
  article: ArticleSummary,
  fields: MetadataFields,
): ArticleMetadataPatch {
  const patch: { -readonly [K in keyof ArticleMetadataPatch]: string } = {}
  for (const key of EDITABLE) {
    const value = fields[key].trim()
    if (value !== (article[key] ?? '')) patch[key] = value
  }
  return patch
}

/** A published date-time as the date and time inputs show it (local time when it has a zone). */
export function splitPublished(iso: string): { readonly date: string; readonly time: string } {
  const plain = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?(?::\d{2}(?:\.\d+)?)?$/.exec(iso)
  if (plain) return { date: plain[1] ?? '', time: plain[2] ?? '' }
  const parsed = new Date(iso)
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(parsed.getTime())) {
    return { date: '', time: '' }
  }
  const two = (value: number): string => String(value).padStart(2, '0')
  return {
    date: `${parsed.getFullYear()}-${two(parsed.getMonth() + 1)}-${two(parsed.getDate())}`,
    time: `${two(parsed.getHours())}:${two(parsed.getMinutes())}`,
  }
}

/** The stored form of the date and time inputs: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or ''. */
export function joinPublished(date: string, time: string): string {
  if (date === '') return ''
  return time === '' ? date : `${date}T${time}`
}
