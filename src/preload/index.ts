import { contextBridge, ipcRenderer, webUtils } from 'electron'
import {
  API_GLOBAL,
  API_METHODS,
  LIBRARY_CHANGED_CHANNEL,
  MENU_COMMANDS,
  MENU_COMMAND_CHANNEL,
  channelOf,
} from '../shared/api'
import type {
  ApiMethod,
  IpcOutcome,
  LibraryStatus,
  MenuCommand,
  RendererBridge,
  RewriteLensApi,
} from '../shared/api'

const UNEXPECTED_ANSWER =
  'Rewrite Lens hit an unexpected problem; try again, and restart the app if it keeps happening.'

const KNOWN_COMMANDS: ReadonlySet<string> = new Set(MENU_COMMANDS)

// One function per API method; main answers with an outcome, and a failure becomes an Error whose
// message is main's one sentence (not Electron's "Error invoking remote method …" wrapper).
function callMain(method: ApiMethod) {
  return async (...args: ReadonlyArray<unknown>): Promise<unknown> => {
    const outcome = (await ipcRenderer.invoke(channelOf(method), ...args)) as
      IpcOutcome<unknown> | undefined
    if (outcome?.ok === true) return outcome.value
    // Anything but an outcome (a channel main never registered) still reads as one sentence.
    throw new Error(
      outcome?.ok === false && typeof outcome.message === 'string'
        ? outcome.message
        : UNEXPECTED_ANSWER,
    )
  }
}

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, callMain(method)]),
) as unknown as RewriteLensApi

const bridge: RendererBridge = {
  ...api,
  onMenuCommand: (listener) => {
    // The page gets the command only, never the IPC event (which would expose `sender`).
    const forward = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string' && KNOWN_COMMANDS.has(command))
        listener(command as MenuCommand)
    }
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward)
    }
  },
  onLibraryChanged: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, status: unknown): void => {
      if (isLibraryStatus(status)) listener(status)
    }
    ipcRenderer.on(LIBRARY_CHANGED_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(LIBRARY_CHANGED_CHANNEL, forward)
    }
  },
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file)
    } catch {
      return ''
    }
  },
}

// Only a status main could have sent reaches the page.
function isLibraryStatus(value: unknown): value is LibraryStatus {
  if (value === null || typeof value !== 'object') return false
  const status = value as Record<string, unknown>
  return (
    typeof status.revision === 'number' &&
    typeof status.articleCount === 'number' &&
    typeof status.readOnly === 'boolean' &&
    typeof status.dataDir === 'string' &&
    (status.notice === null || typeof status.notice === 'string')
  )
}

contextBridge.exposeInMainWorld(API_GLOBAL, bridge)
