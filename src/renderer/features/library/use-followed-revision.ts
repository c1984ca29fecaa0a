import { useEffect, useState } from 'react'
import type { RendererBridge } from '../../../shared/api'

/**
 * In a read-only window (another window holds the library), the library's revision as main last
 * pushed it: it changes when that window saves, so the list reloads. 0 otherwise.
 */
export function useFollowedRevision(
  api: Pick<RendererBridge, 'onLibraryChanged'>,
  readOnly: boolean,
): number {
  const [revision, setRevision] = useState(0)
  useEffect(() => {
    if (!readOnly) return
    return api.onLibraryChanged((status) => setRevision(status.revision))
  }, [api, readOnly])
  return revision
}
