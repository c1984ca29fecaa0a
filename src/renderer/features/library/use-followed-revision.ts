import { useEffect, useState } from 'react'
import type { RendererBridge } from '../../../shared/api'

// A read-only window asks this often whether the window holding the library saved a change.
const FOLLOW_INTERVAL_MS = 1500

/**
 * In a read-only window (another window holds the library), the library's revision as last polled:
 * it changes when that window saves, so the list reloads. 0 and no polling otherwise.
 */
export function useFollowedRevision(
  api: Pick<RendererBridge, 'libraryStatus'>,
  readOnly: boolean,
): number {
  const [revision, setRevision] = useState(0)
  useEffect(() => {
    if (!readOnly) return
    let live = true
    const timer = window.setInterval(() => {
      api.libraryStatus().then(
        (status) => live && setRevision(status.revision),
        // A failed poll changes nothing; the next one tries again.
        () => undefined,
      )
    }, FOLLOW_INTERVAL_MS)
    return () => {
      live = false
      window.clearInterval(timer)
    }
  }, [api, readOnly])
  return revision
}
