/**
 * Sorts the gold links an alignment missed by what kept them apart, so that eval:corpora can say
 * where recall is lost. Pure: the caller aligns and reads the files.
 */
import type { ParagraphKind } from '../src/core'

/** Why a gold link was not found, as far as the alignment's output tells. */
export type MissCause =
  /** The aligner found no link at all between the two texts (it judged them unrelated). */
  | 'no-links'
  /** A heading on one side and a paragraph on the other: headings link only to headings. */
  | 'heading-paragraph'
  /** Both lines were linked, but to other lines. */
  | 'linked-elsewhere'
  /** At least one of the two lines has no link. */
  | 'unlinked'

/** A gold link the alignment missed. */
export interface MissedLink {
  readonly left: number
  readonly right: number
  readonly cause: MissCause
}

/** Every cause, in the order eval:corpora prints them. */
export const MISS_CAUSES: ReadonlyArray<MissCause> = [
  'no-links',
  'heading-paragraph',
  'linked-elsewhere',
  'unlinked',
]

/** The gold links missing from `links`, each with its cause. */
export function classifyMisses(
  gold: ReadonlyArray<readonly [number, number]>,
  links: ReadonlyArray<{ readonly left: number; readonly right: number }>,
  kinds: {
    readonly left: ReadonlyArray<ParagraphKind>
    readonly right: ReadonlyArray<ParagraphKind>
  },
): ReadonlyArray<MissedLink> {
  const made = new Set(links.map((link) => `${link.left}:${link.right}`))
  const linkedLeft = new Set(links.map((link) => link.left))
  const linkedRight = new Set(links.map((link) => link.right))
  const seen = new Set<string>()
  const missed: MissedLink[] = []
  for (const [left, right] of gold) {
    const key = `${left}:${right}`
    if (made.has(key) || seen.has(key)) continue
    seen.add(key)
    const heading = (kind: ParagraphKind | undefined): boolean => kind === 'heading'
    const cause: MissCause =
      links.length === 0
        ? 'no-links'
        : heading(kinds.left[left]) !== heading(kinds.right[right])
          ? 'heading-paragraph'
          : linkedLeft.has(left) && linkedRight.has(right)
            ? 'linked-elsewhere'
            : 'unlinked'
    missed.push({ left, right, cause })
  }
  return missed
}
