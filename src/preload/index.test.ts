import { describe, expect, it, vi } from 'vitest'
import { API_GLOBAL, LIBRARY_CHANGED_CHANNEL, MENU_COMMAND_CHANNEL, channelOf } from '../shared/api'
import type { LibraryStatus, MenuCommand, RendererBridge } from '../shared/api'
import { contractMethodNames } from '../main/contract-methods.test-helper'

// Stand-ins for Electron's preload modules: what the page would see is what gets exposed.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
}))
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      electron.invoked.push([channel, ...args])
      if (args[0] === 'nothing') return undefined
      return args[0] === 'fail'
        ? { ok: false, message: 'That article is no longer in the library; refresh the list.' }
        : { ok: true, value: `answer to ${channel}` }
    },
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      electron.listeners.set(channel, listener),
    removeListener: (channel: string) => electron.listeners.delete(channel),
  },
  webUtils: {
    getPathForFile: (file: { name: string }) => `/dropped/${file.name}`,
  },
}))

await import('./index')
const bridge = electron.exposed.get(API_GLOBAL) as RendererBridge

describe('preload bridge', () => {
  it('exposes one function per API method plus the three helpers, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual([API_GLOBAL])
    expect(Object.keys(bridge).sort()).toEqual(
      [...contractMethodNames(), 'onLibraryChanged', 'onMenuCommand', 'pathForFile'].sort(),
    )
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true)
  })

  it('invokes the method channel and rethrows main’s sentence as the error message', async () => {
    expect(await bridge.getArticle('id-1')).toBe(`answer to ${channelOf('getArticle')}`)
    expect(electron.invoked.at(-1)).toEqual([channelOf('getArticle'), 'id-1'])
    await expect(bridge.getArticle('fail')).rejects.toThrow(
      /^That article is no longer in the library; refresh the list\.$/,
    )
  })

  it('turns an answer that is not an outcome into one plain sentence', async () => {
    await expect(bridge.getArticle('nothing')).rejects.toThrow(
      /^Rewrite Lens hit an unexpected problem; try again, and restart the app if it keeps happening\.$/,
    )
  })

  it('forwards known menu commands without the IPC event, and unsubscribes', () => {
    const received: unknown[] = []
    const unsubscribe = bridge.onMenuCommand((command: MenuCommand) => received.push(command))
    const deliver = electron.listeners.get(MENU_COMMAND_CHANNEL)!
    deliver({ sender: 'ipc internals' }, 'next-change')
    deliver({ sender: 'ipc internals' }, 'rm -rf')
    expect(received).toEqual(['next-change'])
    unsubscribe()
    expect(electron.listeners.has(MENU_COMMAND_CHANNEL)).toBe(false)
  })

  it('forwards the library status main sends after another process changed it, and unsubscribes', () => {
    const received: LibraryStatus[] = []
    const unsubscribe = bridge.onLibraryChanged((status) => received.push(status))
    const deliver = electron.listeners.get(LIBRARY_CHANGED_CHANNEL)!
    const status: LibraryStatus = {
      articleCount: 6,
      notice: null,
      dataDir: '/data',
      readOnly: true,
      revision: 3,
    }
    deliver({ sender: 'ipc internals' }, status)
    deliver({ sender: 'ipc internals' }, { revision: 'soon' })
    deliver({ sender: 'ipc internals' }, null)
    expect(received).toEqual([status])
    unsubscribe()
    expect(electron.listeners.has(LIBRARY_CHANGED_CHANNEL)).toBe(false)
  })

  it('gives the path of a dropped file', () => {
    expect(bridge.pathForFile({ name: 'story.html' } as File)).toBe('/dropped/story.html')
  })
})
