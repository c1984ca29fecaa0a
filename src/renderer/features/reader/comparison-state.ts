import { assertNever } from '../../../core'
import type { Comparison } from '../../../core'
import type { CompareStage } from './comparison-source'

/** What the reader shows for the chosen pair: one phase at a time, tagged by `status`. */
export type ComparisonState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'comparing'
      /** The pair being compared (`left\0right`), so a stale result is never shown. */
      readonly pair: string
      readonly stage: CompareStage
      /** How far into that stage, 0 to 1 (long stages report as they go; the others stay at 0). */
      readonly fraction: number
      /** The same pair's last result, kept on screen while new options are applied. */
      readonly previous: Comparison | null
    }
  | {
      readonly status: 'ready'
      readonly pair: string
      readonly comparison: Comparison
      readonly milliseconds: number
    }
  | { readonly status: 'failed'; readonly pair: string; readonly error: string }
  /** The user stopped the comparison; it runs again on request or when the pair changes. */
  | { readonly status: 'cancelled'; readonly pair: string }

/** The state before any pair is chosen. */
export const IDLE: ComparisonState = { status: 'idle' }

/** The key of a chosen pair, or '' when a side is empty. */
export function pairKey(leftId: string | null, rightId: string | null): string {
  return leftId && rightId ? `${leftId}\u0000${rightId}` : ''
}

/** The pair a state belongs to ('' when idle). */
export function pairOf(state: ComparisonState): string {
  switch (state.status) {
    case 'idle':
      return ''
    case 'comparing':
    case 'ready':
    case 'failed':
    case 'cancelled':
      return state.pair
    default:
      return assertNever(state)
  }
}

/** The comparison whose rows are on screen: the result, or the previous one while recomparing. */
export function shownComparison(state: ComparisonState): Comparison | null {
  switch (state.status) {
    case 'idle':
    case 'failed':
    case 'cancelled':
      return null
    case 'comparing':
      return state.previous
    case 'ready':
      return state.comparison
    default:
      return assertNever(state)
  }
}
