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
