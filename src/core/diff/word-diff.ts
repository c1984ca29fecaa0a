import { diffWordsWithSpace } from 'diff'
import type { CompareOptions, DiffToken } from '../types'

// TEMPORARY naive implementation (to be replaced by the word-diff work).
/** Word diff of two texts as tokens that reconstruct both exactly. */
export function diffText(
  left: string,
  right: string,
  options: CompareOptions,
): ReadonlyArray<DiffToken> {
  return diffWordsWithSpace(left, right, { ignoreCase: options.ignoreCase }).map((change) => ({
    type: change.added ? 'added' : change.removed ? 'removed' : 'equal',
    text: change.value,
  }))
}
