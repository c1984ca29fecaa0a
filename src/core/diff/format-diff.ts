import type { DiffToken } from '../types'

/**
 * Serialises a diff the way `git diff --word-diff` does: `kept [-removed-]{+added+} kept`. Equal
 * runs show the left spelling.
 */
export function formatDiff(tokens: ReadonlyArray<DiffToken>): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'equal':
          return token.text
        case 'removed':
          return `[-${token.text}-]`
        case 'added':
          return `{+${token.text}+}`
      }
    })
    .join('')
}

/** The left text a diff was made from: its equal and removed runs. */
export function diffLeftText(tokens: ReadonlyArray<DiffToken>): string {
  return tokens.map((token) => (token.type === 'added' ? '' : token.text)).join('')
}

/** The right text a diff was made from: its equal runs as written on the right and added runs. */
export function diffRightText(tokens: ReadonlyArray<DiffToken>): string {
  return tokens
    .map((token) =>
      token.type === 'removed'
        ? ''
        : token.type === 'equal'
          ? (token.rightText ?? token.text)
          : token.text,
    )
    .join('')
}

/**
 * True when a removed run meets an added run (either order) with no whitespace between them.
 * Every view that shows both in one line puts a separator there: struck-through "messages" and
 * underlined "signals" otherwise copy and read aloud as "messagessignals".
 */
export function needsChangeSeparator(
  previous: { readonly type: DiffToken['type']; readonly text: string } | undefined,
  next: { readonly type: DiffToken['type']; readonly text: string },
): boolean {
  if (previous === undefined || previous.type === 'equal' || next.type === 'equal') return false
  if (previous.type === next.type) return false
  return !/\s$/u.test(previous.text) && !/^\s/u.test(next.text)
}
