import type { StoryArticleInput } from './story-types'

/**
 * The versions oldest first by publication date where known (undated ones after, in the given
 * order), and whether that order is the time order: true only when every version has a date.
 */
export function orderVersionsByDate<T extends StoryArticleInput>(
  inputs: ReadonlyArray<T>,
): { readonly inputs: ReadonlyArray<T>; readonly inOrder: boolean } {
  const keyed = inputs.map((input, position) => ({ input, position, time: timeOf(input.date) }))
  keyed.sort((a, b) => {
    if (a.time === null || b.time === null) {
      return a.time === b.time ? a.position - b.position : a.time === null ? 1 : -1
    }
    return a.time - b.time || a.position - b.position
  })
  return {
    inputs: keyed.map((item) => item.input),
    inOrder: keyed.every((item) => item.time !== null),
  }
}

function timeOf(date: string | null | undefined): number | null {
  if (!date) return null
  const time = Date.parse(date)
  return Number.isNaN(time) ? null : time
}
