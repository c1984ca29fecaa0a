import type { Story, StorySpan } from '../story-types'

/** How reports name a version: its input index, as the JSON does. */
export function versionLabel(index: number): string {
  return `V${index}`
}

/** A share as a whole percentage ("0.294" → "29%"). */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** The text with each changed span passed through `mark` and the rest through `plain`. */
export function markSpans(
  text: string,
  spans: ReadonlyArray<StorySpan>,
  mark: (changed: string) => string,
  plain: (unchanged: string) => string = (unchanged) => unchanged,
): string {
  let out = ''
  let at = 0
  for (const span of spans) {
    out += plain(text.slice(at, span.start)) + mark(text.slice(span.start, span.end))
    at = span.end
  }
  return out + plain(text.slice(at))
}

/** One line on how the lineage was chosen. */
export function lineageMethod(story: Story): string {
  return story.options.inOrder
    ? `versions in time order (oldest first); each version's parent is the earlier one it shares most with`
    : `order unknown; a maximum spanning tree over the similarity, rooted at ${versionLabel(story.root)}, the version closest to all others`
}

/** The versions in lineage order: the root, then each version after its parent (depth first). */
export function lineageOrder(story: Story): ReadonlyArray<{ article: number; depth: number }> {
  const out: Array<{ article: number; depth: number }> = []
  const visit = (article: number, depth: number): void => {
    out.push({ article, depth })
    for (const entry of story.lineage) if (entry.parent === article) visit(entry.article, depth + 1)
  }
  visit(story.root, 0)
  return out
}

/** The changed words of a cell, for one CSV column: each span's text, joined by ' | '. */
export function changedWords(text: string | null, spans: ReadonlyArray<StorySpan>): string {
  return text === null ? '' : spans.map((span) => text.slice(span.start, span.end)).join(' | ')
}
