import { useEffect, useState } from 'react'
import type { CompareOptions, Comparison } from '../../../core/types'
import { messageOf } from '../../bridge'
import type { CompareStage, ComparisonSource } from './comparison-source'

/** What the reader shows for the chosen pair. */
export interface ComparisonState {
  /** The pair the state belongs to (`left\0right`), so a stale result is never shown. */
  readonly pair: string
  readonly comparison: Comparison | null
  readonly stage: CompareStage | null
  readonly error: string | null
  readonly milliseconds: number | null
}

const NONE: ComparisonState = {
  pair: '',
  comparison: null,
  stage: null,
  error: null,
  milliseconds: null,
}

/** Compares the chosen pair whenever it, the options or `revision` change. */
export function useComparison(
  source: ComparisonSource,
  leftId: string | null,
  rightId: string | null,
  options: CompareOptions,
  revision: number,
): ComparisonState {
  const pair = leftId && rightId ? `${leftId}\u0000${rightId}` : ''
  const [state, setState] = useState<ComparisonState>(NONE)

  useEffect(() => {
    if (!leftId || !rightId) return
    let live = true
    const key = `${leftId}\u0000${rightId}`
    source
      .compare(leftId, rightId, options, (stage) => {
        if (!live) return
        setState((previous) => ({
          ...previous,
          // Options changes keep the old rows on screen until the new ones arrive.
          comparison: previous.pair === key ? previous.comparison : null,
          pair: key,
          stage,
          error: null,
        }))
      })
      .then(
        ({ comparison, milliseconds }) => {
          if (live) setState({ pair: key, comparison, stage: null, error: null, milliseconds })
        },
        (error: unknown) => {
          if (!live || (error instanceof Error && error.name === 'StaleRequestError')) return
          setState({ ...NONE, pair: key, error: messageOf(error) })
        },
      )
    return () => {
      live = false
    }
  }, [source, leftId, rightId, options, revision])

  return state.pair === pair ? state : { ...NONE, pair }
}
