import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { API_METHODS, channelOf } from '../shared/api'
import type { RewriteLensApi } from '../shared/api'
import { toIpcOutcome } from './ipc-outcome'
import type { PendingWork } from './quit-guard'

const REFUSED = {
  ok: false,
  message: 'Rewrite Lens refused a request from an unknown page.',
} as const

/**
 * Registers one `ipcMain.handle` per API method. Each call must come from the main frame of our
 * own renderer; anything else (a frame, another page) is refused without running the handler.
 * Calls run under `pending`, so quitting can wait for one that is about to save.
 */
export function registerApi(
  api: RewriteLensApi,
  isTrustedFrame: (frame: WebFrameMain) => boolean,
  pending?: PendingWork,
): void {
  for (const method of API_METHODS) {
    const handler = api[method] as (...args: ReadonlyArray<unknown>) => Promise<unknown>
    ipcMain.handle(channelOf(method), (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isTrustedFrame(frame)) return REFUSED
      const run = (): Promise<unknown> => handler(...args)
      return toIpcOutcome(pending ? () => pending.track(run) : run, (error) =>
        console.error(`rewrite-lens: ${method} failed:`, error),
      )
    })
  }
}
