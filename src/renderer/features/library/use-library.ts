import { useEffect, useState } from 'react'
import type { ArticleSummary, LibrarySort, RendererBridge } from '../../../shared/api'
import { messageOf } from '../../bridge'

const SEARCH_DELAY_MS = 150

/** The library list for a search and sort, reloaded when `revision` changes. */
export function useLibrary(
  api: Pick<RendererBridge, 'listArticles'>,
  search: string,
  sort: LibrarySort,
  revision: number,
  onError: (message: string) => void,
): ReadonlyArray<ArticleSummary> | null {
  const [articles, setArticles] = useState<ReadonlyArray<ArticleSummary> | null>(null)
  useEffect(() => {
    let live = true
    const timer = window.setTimeout(
      () => {
        api.listArticles({ search: search.trim(), sort }).then(
          (list) => live && setArticles(list),
          (error: unknown) => live && onError(messageOf(error)),
        )
      },
      search ? SEARCH_DELAY_MS : 0,
    )
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [api, search, sort, revision, onError])
  return articles
}
