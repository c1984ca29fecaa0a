import { isAppUrl } from './app-urls'

/** What the sender check reads of a frame (Electron's `WebFrameMain`, or a fake in tests). */
export interface FrameIdentity {
  readonly processId: number
  readonly frameToken: string
  readonly url: string
  readonly parent: unknown
}

/**
 * True when an IPC call comes from our window's main frame while it shows our renderer: the same
 * frame (process and token, so another window or a subframe is refused) at an app URL (so the
 * frame, should it ever be navigated elsewhere, loses the API).
 */
export function isTrustedFrame(
  frame: FrameIdentity | null | undefined,
  ours: FrameIdentity | null | undefined,
  devServerUrl: string | undefined,
): boolean {
  if (!frame || !ours || frame.parent !== null) return false
  return (
    frame.processId === ours.processId &&
    frame.frameToken === ours.frameToken &&
    isAppUrl(frame.url, devServerUrl)
  )
}
