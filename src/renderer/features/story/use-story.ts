import { useCallback, useEffect, useMemo, useState } from 'react'
import { orderVersionsByDate } from '../../../core'
import type { CompareOptions, Story, StoryProgress } from '../../../core'
import type { RewriteLensApi } from '../../../shared/api'
import { messageOf } from '../../bridge'
import { StoryCancelledError } from './story-client'
import type { StoryClient } from './story-client'

/** What the story view shows: one phase at a time, tagged by `status`. */
export type StoryState =
  | { readonly status: 'loading'; readonly progress: StoryProgress | null }
  | { readonly status: 'ready'; readonly story: Story; readonly milliseconds: number }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'cancelled' }

/** A state and the run (articles, options, attempt) it belongs to, so a stale one is never shown. */
interface RunState {
  readonly run: string
  readonly state: StoryState
}

const LOADING: StoryState = { status: 'loading', progress: null }

/** Stops the story in flight, or runs it again. */
export interface StoryControls {
  readonly cancel: () => void
  readonly retry: () => void
}

/**
 * Reads the chosen articles, orders them by published date (in time order when every one has a
 * date) and compares them as one story in the worker, whenever the ids or options change.
 */
export function useStory(
  api: Pick<RewriteLensApi, 'getArticle'>,
  client: StoryClient,
  ids: ReadonlyArray<string>,
  options: CompareOptions,
): readonly [StoryState, StoryControls] {
  const [current, setCurrent] = useState<RunState>({ run: '', state: LOADING })
  const [attempt, setAttempt] = useState(0)
  const key = ids.join('\u0000')
  const run = `${attempt}\u0001${key}\u0001${JSON.stringify(options)}`

  const cancel = useCallback(() => {
    client.cancel()
    setCurrent({ run, state: { status: 'cancelled' } })
  }, [client, run])
  const retry = useCallback(() => setAttempt((value) => value + 1), [])

  useEffect(() => {
    let live = true
    const setState = (state: StoryState): void => setCurrent({ run, state })
    const wanted = key.split('\u0000')
    Promise.all(wanted.map((id) => api.getArticle(id)))
      .then((articles) => {
        const ordered = orderVersionsByDate(
          articles.map((article) => ({
            path: article.fileName || article.id,
            id: article.id,
            title: article.title,
            text: article.text,
            date: article.publishedAt === '' ? null : article.publishedAt,
          })),
        )
        return client.compare(
          ordered.inputs,
          { ...options, inOrder: ordered.inOrder },
          (progress) => {
            if (live) setState({ status: 'loading', progress })
          },
        )
      })
      .then(
        ({ story, milliseconds }) => {
          if (live) setState({ status: 'ready', story, milliseconds })
        },
        (error: unknown) => {
          if (!live || error instanceof StoryCancelledError) return
          setState({ status: 'failed', error: messageOf(error) })
        },
      )
    return () => {
      live = false
      client.cancel()
    }
  }, [api, client, key, options, run])

  const controls = useMemo(() => ({ cancel, retry }), [cancel, retry])
  return [current.run === run ? current.state : LOADING, controls]
}
