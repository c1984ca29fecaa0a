import type { CompareOptions, Paragraph, TitleChange } from '../types'
import { changedSpans } from './changed-spans'
import type { PresenceCell, TitleRow } from './story-types'
import { createUnionFind } from './union-find'

/** The title changes of one lineage edge's full comparison (parent on the left). */
export interface EdgeTitles {
  readonly parent: number
  readonly child: number
  readonly titles: ReadonlyArray<TitleChange>
}

/**
 * The title ledger: the headline and each subheading across the versions, joined along the
 * lineage edges' title matches; the headline row first.
 */
export function buildTitleLedger(
  versions: ReadonlyArray<ReadonlyArray<Paragraph>>,
  headlines: ReadonlyArray<number | null>,
  edges: ReadonlyArray<EdgeTitles>,
  order: ReadonlyArray<number>,
  options: CompareOptions,
): ReadonlyArray<TitleRow> {
  const sets = createUnionFind()
  const key = (version: number, paragraph: number): string => `${version}|${paragraph}`
  versions.forEach((paragraphs, version) =>
    paragraphs
      .filter((paragraph) => paragraph.kind === 'heading')
      .forEach((paragraph) => sets.add(key(version, paragraph.index))),
  )
  // Every version's headline is the story's headline, however differently worded.
  const withHeadline = headlines.flatMap((paragraph, version) =>
    paragraph === null ? [] : [key(version, paragraph)],
  )
  for (const other of withHeadline.slice(1)) sets.union(withHeadline[0]!, other)
  for (const edge of edges) {
    for (const change of edge.titles) {
      if (change.left === null || change.right === null) continue
      sets.union(key(edge.parent, change.left.paragraph), key(edge.child, change.right.paragraph))
    }
  }
  const headlineKeys = new Set(withHeadline)
  const rank = new Map(order.map((version, position) => [version, position]))
  return sets
    .groups()
    .map((group) => {
      const places = group.map((item) => item.split('|').map(Number) as [number, number])
      const chosen = versions.map(
        (_paragraphs, version) =>
          places
            .filter(([owner]) => owner === version)
            .map(([, paragraph]) => paragraph)
            .sort((a, b) => a - b)[0] ?? null,
      )
      const reference = order.find((version) => chosen[version] !== null) ?? 0
      const textOf = (version: number): string | null => {
        const paragraph = chosen[version]
        return paragraph === null || paragraph === undefined
          ? null
          : (versions[version]?.[paragraph]?.text ?? null)
      }
      const referenceText = textOf(reference) ?? ''
      const cells: PresenceCell[] = chosen.map((paragraph, article) => {
        const text = textOf(article)
        return text === null || paragraph === null
          ? { article, status: 'absent', text: null, paragraph: null, spans: [] }
          : {
              article,
              status: 'present',
              text,
              paragraph,
              spans: article === reference ? [] : changedSpans(referenceText, text, options),
            }
      })
      const headline = group.some((item) => headlineKeys.has(item))
      const row: TitleRow = { headline, reference, cells }
      return { row, paragraph: chosen[reference] ?? 0 }
    })
    .sort(
      (a, b) =>
        Number(b.row.headline) - Number(a.row.headline) ||
        rank.get(a.row.reference)! - rank.get(b.row.reference)! ||
        a.paragraph - b.paragraph,
    )
    .map((placed) => placed.row)
}
