import { diffText } from '../diff/word-diff'
import type { CompareOptions } from '../types'
import type { StorySpan } from './story-types'

/** Offsets in `text` of the words a word diff from `reference` marks as added (changed). */
export function changedSpans(
  reference: string,
  text: string,
  options: CompareOptions,
): ReadonlyArray<StorySpan> {
  if (reference === text) return []
  const spans: StorySpan[] = []
  let at = 0
  for (const token of diffText(reference, text, options)) {
    switch (token.type) {
      case 'equal':
        at += (token.rightText ?? token.text).length
        break
      case 'added': {
        const start = at + (token.text.length - token.text.trimStart().length)
        const end = at + token.text.trimEnd().length
        at += token.text.length
        if (end <= start) break
        const last = spans[spans.length - 1]
        // Two changed words separated by a space read as one change.
        if (last !== undefined && /^\s*$/u.test(text.slice(last.end, start))) {
          spans[spans.length - 1] = { start: last.start, end }
        } else {
          spans.push({ start, end })
        }
        break
      }
      case 'removed':
        break
    }
  }
  return spans
}
