import { describe, expect, it, vi } from 'vitest'
import { bridgeHandlers } from '../../e2e/harness/bridge'
import { API_GLOBAL, API_METHODS, channelOf } from '../shared/api'
import type { RewriteLensApi } from '../shared/api'
import { contractMethodNames } from './contract-methods.test-helper'
import { createHandlers } from './handlers'
import type { HandlerDeps } from './handlers'
import { registerApi } from './ipc'

// Every layer is checked against the interface's own members (read from its source), never against
// API_METHODS: adding a method to `RewriteLensApi` and missing it anywhere makes this file fail.

const electron = vi.hoisted(() => ({
  handled: [] as string[],
  exposed: new Map<string, unknown>(),
}))
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string) => electron.handled.push(channel) },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: { invoke: async () => undefined, on: () => undefined },
  webUtils: { getPathForFile: () => '' },
}))

const methods = contractMethodNames()
const contract: ReadonlyArray<string> = [...methods].sort()

describe('the API contract', () => {
  it('is read from the interface (a sanity check on the reader itself)', () => {
    expect(contract).toContain('getArticle')
    expect(contract).toContain('exportAllPairs')
    expect(contract.length).toBeGreaterThan(10)
  })

  it('lists every method in API_METHODS, once', () => {
    expect([...API_METHODS].sort()).toEqual(contract)
  })

  it('has a handler for every method', () => {
    const handlers = createHandlers({ library: {}, dialogs: {} } as unknown as HandlerDeps)
    expect(Object.keys(handlers).sort()).toEqual(contract)
    expect(Object.values(handlers).every((handler) => typeof handler === 'function')).toBe(true)
  })

  it('registers an IPC channel for every method', () => {
    electron.handled.length = 0
    registerApi({} as RewriteLensApi, () => true)
    expect([...electron.handled].sort()).toEqual(methods.map(channelOf).sort())
  })

  it('exposes every method in the preload', async () => {
    await import('../preload/index')
    const bridge = electron.exposed.get(API_GLOBAL) as Record<string, unknown>
    const exposed = Object.keys(bridge).filter((name) => contract.includes(name))
    expect(exposed.sort()).toEqual(contract)
  })

  it('bridges every method into the e2e page', async () => {
    const bindings: string[] = []
    let script = ''
    const context = {
      exposeBinding: async (name: string) => void bindings.push(name),
      addInitScript: async (init: { content: string }) => void (script = init.content),
    }
    await bridgeHandlers(context as never, {} as RewriteLensApi, () => undefined)
    const bound = bindings.map((name) => name.replace(/^.*_/, '')).sort()
    expect(bound).toEqual(contract)
    for (const method of contract) expect(script).toContain(`"${method}"`)
  })
})
