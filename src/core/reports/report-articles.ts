import { provenanceOf } from '../compare-articles'
import { textDirection } from '../text/direction'
import type { TextDirection } from '../text/direction'
import type { ArticleProvenance, ComparedArticle, Comparison, ComparisonStats } from '../types'

/** One fact a report tells a side apart by, after its title. */
export interface SideDetail {
  readonly kind: 'file' | 'pasted' | 'source' | 'label' | 'published'
  /** The value as the reader sees it ("bbc-v2.html", "BBC News", "2026-11-20 14:05 UTC"). */
  readonly text: string
}

/** How a report names one side of a comparison. */
export interface SideName {
  /** The article's title, or "Untitled". */
  readonly title: string
  /** File name (or pasted), source, label and published date, those that are known. */
  readonly details: ReadonlyArray<SideDetail>
  /** The direction the article's text runs in, for formats that cannot leave it to the reader. */
  readonly direction: TextDirection
}

/**
 * The names a report gives a side: the title, then file name or "pasted", source, label and
 * published date. A comparison made without provenance names its file by the path it was given.
 */
export function nameSide(side: ComparedArticle): SideName {
  const file: ReadonlyArray<SideDetail> =
    side.fileName === undefined
      ? side.path
        ? [{ kind: 'file', text: side.path }]
        : []
      : side.fileName === ''
        ? [{ kind: 'pasted', text: 'pasted text' }]
        : [{ kind: 'file', text: side.fileName }]
  const given = (kind: SideDetail['kind'], value: string | undefined): SideDetail[] =>
    value?.trim() ? [{ kind, text: value.trim() }] : []
  return {
    title: side.title.trim() || 'Untitled',
    details: [
      ...file,
      ...given('source', side.source),
      ...given('label', side.label),
      ...given('published', side.publishedAt && formatPublished(side.publishedAt)),
    ],
    direction:
      side.direction ??
      textDirection(side.paragraphs.map((paragraph) => paragraph.text).join('\n')),
  }
}

/** What a detail's value is, as a report prefixes it ('' for "pasted text", which says it). */
export function sideDetailLabel(detail: SideDetail): string {
  return detail.kind === 'pasted' ? '' : `${detail.kind}: `
}

/** A detail as text: "file: a.txt", "source: BBC", "pasted text". */
export function formatSideDetail(detail: SideDetail): string {
  return `${sideDetailLabel(detail)}${detail.text}`
}

/** A side in one line: "Title (file: a.txt · source: BBC · label: v2 · published: 2026-11-20)". */
export function describeSide(side: ComparedArticle): string {
  const { title, details } = nameSide(side)
  return details.length === 0 ? title : `${title} (${details.map(formatSideDetail).join(' · ')})`
}

/**
 * Short names for the two sides, for a pair's heading: the titles, each followed by its label when
 * it has one; two versions with one title also get what first tells them apart.
 */
export function pairSideNames(comparison: Comparison): readonly [string, string] {
  const short = (name: SideName): string => {
    const label = name.details.find((detail) => detail.kind === 'label')
    return label ? `${name.title} [${label.text}]` : name.title
  }
  const left = nameSide(comparison.left)
  const right = nameSide(comparison.right)
  if (short(left) !== short(right)) return [short(left), short(right)]
  const differing = left.details.findIndex(
    (detail, index) =>
      formatSideDetail(detail) !== formatSideDetail(right.details[index] ?? detail),
  )
  const tell = (name: SideName): string => {
    const detail = name.details[differing]
    return detail ? `${short(name)} (${detail.text})` : short(name)
  }
  return differing < 0 ? [short(left), short(right)] : [tell(left), tell(right)]
}

/** "2026-11-20T14:05:00.000Z" → "2026-11-20 14:05 UTC"; a date alone or anything else as given. */
export function formatPublished(iso: string): string {
  const match =
    /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim())
  if (!match) return iso.trim()
  const zone = match[3] === 'Z' ? ' UTC' : match[3] ? ` ${match[3]}` : ''
  return `${match[1]} ${match[2]}${zone}`
}

/**
 * The comparison with each side's title and provenance replaced by what the caller knows (the
 * library's current metadata): reports then name the sides by it, not by an internal id.
 */
export function withProvenance(
  comparison: Comparison,
  left: ArticleProvenance & { readonly title?: string },
  right: ArticleProvenance & { readonly title?: string },
): Comparison {
  const apply = (
    side: ComparedArticle,
    given: ArticleProvenance & { readonly title?: string },
  ): ComparedArticle => ({
    ...side,
    ...(given.title?.trim() ? { title: given.title.trim() } : {}),
    ...provenanceOf(given),
  })
  return {
    ...comparison,
    left: apply(comparison.left, left),
    right: apply(comparison.right, right),
  }
}

/** What a report's similarity figures mean, in words, for readers who did not make it. */
export const SIMILARITY_EXPLAINED =
  'Wording kept is the share of words kept verbatim (twice the unchanged words over the words of ' +
  'both versions), so 100% means no word changed and a thorough rewrite of one story scores low. ' +
  'Content shared is the share of each version’s words in paragraphs paired with the other ' +
  '(original / rewrite), reworded or not, so a rewrite of one story scores high and two unrelated ' +
  'articles 0%. Boilerplate counts in neither. A row’s percentage is how much of its paragraphs’ ' +
  'content the aligner found shared, counting words of like meaning.'

/** "wording kept 23% · content shared 81% / 76%": the two similarity figures of a comparison. */
export function formatSimilarity(stats: ComparisonStats): string {
  const percent = (share: number): string => `${Math.round(share * 100)}%`
  return (
    `wording kept ${percent(stats.similarity)} · content shared ` +
    `${percent(stats.contentShared.left)} / ${percent(stats.contentShared.right)}`
  )
}
