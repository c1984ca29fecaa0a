import { useEffect, useState } from 'react'
import type { CompareOptions } from '../../../core/types'
import { messageOf } from '../../bridge'
import type { ComparisonSource } from './comparison-source'
import { IDLE, pairKey, pairOf, shownComparison } from './comparison-state'
import type { ComparisonState } from './comparison-state'

/** Compares the chosen pair whenever it, the options or `revision` change. */
export function useComparison(
  source: ComparisonSource,
  leftId: string | null,
  rightId: string | null,
  options: CompareOptions,
  revision: number,
): ComparisonState {
  const pair = pairKey(leftId, rightId)
  const [state, setState] = useState<ComparisonState>(IDLE)

  useEffect(() => {
    if (!leftId || !rightId) return
    let live = true
    const key = pairKey(leftId, rightId)
    source
      .compare(leftId, rightId, options, (stage) => {
        if (!live) return
        setState((previous) => ({
          status: 'comparing',
          pair: key,
          stage,
          // Options changes keep the old rows on screen until the new ones arrive.
          previous: pairOf(previous) === key ? shownComparison(previous) : null,
        }))
      })
      .then(
        ({ comparison, milliseconds }) => {
          if (live) setState({ status: 'ready', pair: key, comparison, milliseconds })
        },
        (error: unknown) => {
          if (!live || (error instanceof Error && error.name === 'StaleRequestError')) return
          setState({ status: 'failed', pair: key, error: messageOf(error) })
        },
      )
    return () => {
      live = false
    }
  }, [source, leftId, rightId, options, revision])

  if (pair === '') return IDLE
  // Until the effect reports its first stage, a newly chosen pair reads as opening.
  return pairOf(state) === pair
    ? state
    : { status: 'comparing', pair, stage: 'loading', previous: null }
}
