import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channelOf } from '../shared/api'
import type { MenuCommand, RewriteLensApi } from '../shared/api'
import { buildAppMenu } from './app-menu'
import { contractMethodNames } from './contract-methods.test-helper'
import { RequestError } from './handlers'
import { registerApi } from './ipc'
import { createPendingWork } from './quit-guard'

// Electron's binary is not available to unit tests: these stand-ins record what main registers.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  templates: [] as unknown[],
}))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) =>
      electron.handlers.set(channel, listener),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => {
      electron.templates.push(template)
      return template
    },
  },
}))

const ourFrame = { url: 'app://rewrite-lens/index.html', parent: null }
const childFrame = { url: 'app://rewrite-lens/index.html', parent: ourFrame }
const strangerFrame = { url: 'https://evil.example/', parent: null }

describe('registerApi', () => {
  beforeEach(() => electron.handlers.clear())

  it('registers every API method and answers only our renderer main frame', async () => {
    // The expected channels come from the interface itself, so a method missing here fails.
    const methods = contractMethodNames()
    const api = Object.fromEntries(
      methods.map((method) => [method, async (...args: unknown[]) => ({ method, args })]),
    ) as unknown as RewriteLensApi
    registerApi(api, (frame) => frame === (ourFrame as unknown))
    expect([...electron.handlers.keys()].sort()).toEqual(methods.map(channelOf).sort())

    const getArticle = electron.handlers.get(channelOf('getArticle'))!
    expect(await getArticle({ senderFrame: ourFrame }, 'id-1')).toEqual({
      ok: true,
      value: { method: 'getArticle', args: ['id-1'] },
    })
    const refused = {
      ok: false,
      message: 'Rewrite Lens refused a request from an unknown page.',
    }
    expect(await getArticle({ senderFrame: childFrame }, 'id-1')).toEqual(refused)
    expect(await getArticle({ senderFrame: strangerFrame }, 'id-1')).toEqual(refused)
    expect(await getArticle({ senderFrame: null }, 'id-1')).toEqual(refused)
  })

  it('sends a user error as its sentence', async () => {
    const api = {
      exportAllPairs: async () => {
        throw new RequestError('Select at least two articles to compare.')
      },
    } as unknown as RewriteLensApi
    registerApi(api, () => true)
    const exportAll = electron.handlers.get(channelOf('exportAllPairs'))!
    expect(await exportAll({ senderFrame: ourFrame })).toEqual({
      ok: false,
      message: 'Select at least two articles to compare.',
    })
  })
})

describe('registerApi and quitting', () => {
  beforeEach(() => electron.handlers.clear())

  it('counts a call as pending until it answers, so quitting can wait for its save', async () => {
    let finish = (): void => undefined
    const api = {
      updateArticle: () => new Promise<string>((resolve) => (finish = () => resolve('saved'))),
    } as unknown as RewriteLensApi
    const pending = createPendingWork()
    registerApi(api, () => true, pending)
    const answer = electron.handlers.get(channelOf('updateArticle'))!({ senderFrame: ourFrame })
    let quitMayProceed = false
    void pending.settled().then(() => (quitMayProceed = true))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(quitMayProceed).toBe(false)
    finish()
    expect(await answer).toEqual({ ok: true, value: 'saved' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(quitMayProceed).toBe(true)
  })
})

describe('buildAppMenu', () => {
  interface Item {
    readonly label?: string
    readonly accelerator?: string
    readonly registerAccelerator?: boolean
    readonly click?: () => void
    readonly submenu?: ReadonlyArray<Item>
  }

  it('sends each command from its menu item, registering only keys the page does not handle', () => {
    const sent: MenuCommand[] = []
    const template = buildAppMenu(
      (command) => sent.push(command),
      false,
      'linux',
    ) as unknown as Item[]
    const items = template.flatMap((menu) => menu.submenu ?? []).filter((item) => item.click)
    for (const item of items) item.click!()
    expect(sent.sort()).toEqual(
      [
        'export-all',
        'export-report',
        'import',
        'next-change',
        'paste-article',
        'previous-change',
        'swap-sides',
        'toggle-inline',
        'zoom-in',
        'zoom-out',
        'zoom-reset',
      ].sort(),
    )
    const keys = items.map(
      (item) =>
        `${item.label} ${item.accelerator ?? ''}${item.registerAccelerator ? '' : ' (shown)'}`,
    )
    expect(keys).toEqual([
      'Import… CmdOrCtrl+O',
      'Paste as New Article… CmdOrCtrl+Shift+V',
      'Export Report… CmdOrCtrl+E',
      'Export All Pairs… CmdOrCtrl+Shift+E',
      'Swap Sides S (shown)',
      'Inline Mode I (shown)',
      'Next Change F7 (shown)',
      'Previous Change Shift+F7 (shown)',
      'Larger Text CmdOrCtrl+=',
      'Smaller Text CmdOrCtrl+-',
      'Actual Size CmdOrCtrl+0',
    ])
  })

  it('gives macOS no single-key accelerators, which would fire while typing in a text field', () => {
    const template = buildAppMenu(() => undefined, false, 'darwin') as unknown as Item[]
    const items = template.flatMap((menu) => menu.submenu ?? []).filter((item) => item.click)
    const keys = items.flatMap((item) => (item.accelerator ? [item.accelerator] : []))
    expect(keys).toEqual([
      'CmdOrCtrl+O',
      'CmdOrCtrl+Shift+V',
      'CmdOrCtrl+E',
      'CmdOrCtrl+Shift+E',
      'CmdOrCtrl+=',
      'CmdOrCtrl+-',
      'CmdOrCtrl+0',
    ])
    expect(items.map((item) => item.label)).toContain('Swap Sides')
  })
})
