import { useCallback, useEffect, useMemo, useState } from 'react'
import type { CompareOptions } from '../../../core'
import { messageOf } from '../../bridge'
import type { ComparisonSource } from './comparison-source'
import { IDLE, pairKey, pairOf, shownComparison } from './comparison-state'
import type { ComparisonState } from './comparison-state'

/** Stops the comparison in flight, or runs it again. */
export interface ComparisonControls {
  readonly cancel: () => void
  readonly retry: () => void
}

/** Compares the chosen pair whenever it, the options or `revision` change. */
export function useComparison(
  source: ComparisonSource,
  leftId: string | null,
  rightId: string | null,
  options: CompareOptions,
  revision: number,
): readonly [ComparisonState, ComparisonControls] {
  const pair = pairKey(leftId, rightId)
  const [state, setState] = useState<ComparisonState>(IDLE)
  const [attempt, setAttempt] = useState(0)

  const cancel = useCallback(() => {
    if (pair === '') return
    source.cancel()
    setState({ status: 'cancelled', pair })
  }, [source, pair])
  const retry = useCallback(() => setAttempt((value) => value + 1), [])
  const controls = useMemo<ComparisonControls>(() => ({ cancel, retry }), [cancel, retry])

  useEffect(() => {
    if (!leftId || !rightId) return
    let live = true
    const key = pairKey(leftId, rightId)
    source
      .compare(leftId, rightId, options, (stage, fraction) => {
        if (!live) return
        setState((previous) => ({
          status: 'comparing',
          pair: key,
          stage,
          fraction,
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
  }, [source, leftId, rightId, options, revision, attempt])

  if (pair === '') return [IDLE, controls]
  // Until the effect reports its first stage, a newly chosen pair reads as opening.
  const shown: ComparisonState =
    pairOf(state) === pair
      ? state
      : { status: 'comparing', pair, stage: 'loading', fraction: 0, previous: null }
  return [shown, controls]
}
